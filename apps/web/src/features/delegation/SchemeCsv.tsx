import { useApolloClient, useMutation } from '@apollo/client/react';
import { type ChangeEvent, useId, useState } from 'react';
import type { ImportSchemeMutation } from '../../graphql/graphql.js';
import { apiError } from '../../ui/errors.js';
import { ImportSchemeMutation as Import, SchemeCsvQuery } from './delegation.queries.js';

type Report = ImportSchemeMutation['importSchemeOfDelegation'];

const words = (r: Report) => {
  const wrong = `${r.errors.length} row${r.errors.length === 1 ? ' is' : 's are'} wrong of ${r.rows}`;
  if (r.errors.length) return `${wrong}: nothing ${r.dryRun ? 'would be' : 'was'} stored.`;
  return (
    `${r.rows} rows: ${r.created} new, ${r.updated} changed, ${r.unchanged} unchanged, ${r.powersCreated} new powers` +
    (r.applied ? ' — stored.' : ' — a dry run: nothing stored yet.')
  );
};

/**
 * The scheme as a CSV file (README "Scheme of delegation CSV"): downloaded by anyone who sees it; for
 * those `delegationViewerCan.importScheme` allows, a file checked with a dry run (every bad row with its
 * line) and only then applied.
 */
export function SchemeCsv({ councilId, canImport, onApplied }: { councilId: string; canImport: boolean; onApplied: () => Promise<void> }) {
  const id = useId();
  const client = useApolloClient();
  const [run] = useMutation(Import);
  const [csv, setCsv] = useState<{ name: string; text: string } | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const download = async () => {
    const r = await client.query({ query: SchemeCsvQuery, variables: { councilId }, fetchPolicy: 'network-only' });
    const url = URL.createObjectURL(new Blob([r.data?.schemeOfDelegationCsv ?? ''], { type: 'text/csv' }));
    const a = Object.assign(document.createElement('a'), { href: url, download: 'scheme-of-delegation.csv' });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };
  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const chosen = e.target.files?.[0];
    setReport(null);
    setRefusal(null);
    setCsv(chosen ? { name: chosen.name, text: await chosen.text() } : null);
  };
  const send = async (dryRun: boolean) => {
    if (!csv) return;
    setBusy(true);
    setRefusal(null);
    try {
      const r = await run({ variables: { input: { councilId, csv: csv.text, dryRun } } });
      const got = r.data!.importSchemeOfDelegation;
      setReport(got);
      if (got.applied) {
        setCsv(null);
        await onApplied();
      }
    } catch (err) {
      setReport(null);
      setRefusal(apiError(err).message);
    } finally {
      setBusy(false);
    }
  };
  const checked = report?.dryRun && report.errors.length === 0 && csv !== null;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>The scheme as a CSV file</h2>
      <p>
        <button type="button" className="button" onClick={() => void download()}>
          Download the scheme (CSV)
        </button>
      </p>
      {canImport && (
        <form aria-label="Import the scheme from CSV" onSubmit={(e) => e.preventDefault()}>
          <div className="field">
            <label htmlFor={`${id}-file`}>CSV file</label>
            <input id={`${id}-file`} type="file" accept=".csv,text/csv" onChange={(e) => void onFile(e)} aria-describedby={`${id}-hint`} />
            <span className="field__hint" id={`${id}-hint`}>
              All or nothing: check it first; nothing is stored while a row is wrong.
            </span>
          </div>
          <div className="actions">
            <button type="button" className="button" disabled={busy || !csv} onClick={() => void send(true)}>
              Check the file (dry run)
            </button>
            {checked && (
              <button type="button" className="button button--primary" disabled={busy} onClick={() => void send(false)}>
                Apply {csv.name}
              </button>
            )}
          </div>
        </form>
      )}
      <div aria-live="polite">
        {refusal && (
          <p className="form-error" role="alert">
            <strong>⚠ Not imported</strong> <span>{refusal}</span>
          </p>
        )}
        {report && (
          <div role={report.errors.length ? 'alert' : 'status'}>
            <p className={report.errors.length ? 'form-error' : 'form-ok'}>{words(report)}</p>
            {report.errors.length > 0 && (
              <ul aria-label="Rows with problems">
                {report.errors.map((e, i) => (
                  <li key={`${e.line}:${i}`}>
                    <strong>Line {e.line}</strong>
                    {e.column ? ` (${e.column})` : ''}: {e.message}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
