import { type ChangeEvent, useId, useRef, useState } from 'react';
import { useViewer } from '../../auth/viewer.js';
import {
  CSV_MAX_BYTES,
  type CsvFile,
  type CsvProblem,
  type CsvRefusal,
  type CsvReport,
  csvRefusal,
  csvUrl,
  downloadName,
  reportWords,
} from './csv.js';
import { graphql } from '../../graphql/index.js';
import { words } from './format.js';
import { FormPanel } from './forms.js';
import { useGovernance } from './useGovernance.js';

/** The report the CSV routes answer with (apps/server/src/governance-csv.ts asks importRiskRegister / importActions for these). */
export const CsvImportReportFields = graphql(`
  fragment CsvImportReport on GovernanceImportPayload {
    applied
    dryRun
    rows
    created
    updated
    unchanged
    errors {
      line
      column
      code
      message
    }
  }
`);

type State =
  | { kind: 'idle' }
  | { kind: 'busy'; what: string }
  | { kind: 'report'; report: CsvReport }
  | { kind: 'refused'; refusal: CsvRefusal };

const OFFLINE: CsvRefusal = {
  code: 'NETWORK',
  message: 'The server could not be reached. Check your connection and try again.',
  problems: [],
};

/**
 * The register's (or the actions') CSV file: a download of the current one for every member of the
 * council, and for those who may import, a file chosen, checked with a dry run (what would change, every
 * bad row with its line) and then applied; every refusal in words beside the form.
 */
export function CsvPanel({ file, what, onApplied }: { file: CsvFile; what: string; onApplied: () => void }) {
  const { gss, can } = useGovernance();
  const { session } = useViewer();
  const id = useId();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [csv, setCsv] = useState<{ name: string; text: string } | null>(null);
  const [checked, setChecked] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const call = async (url: string, init?: RequestInit): Promise<Response | null> => {
    try {
      const res = await session.fetch(url, init);
      if (res.ok) return res;
      const json = (res.headers.get('content-type') ?? '').includes('json') ? await res.json().catch(() => null) : null;
      setState({ kind: 'refused', refusal: csvRefusal(res.status, json) });
    } catch {
      setState({ kind: 'refused', refusal: OFFLINE });
    }
    return null;
  };

  const download = async () => {
    setState({ kind: 'busy', what: 'Downloading…' });
    const res = await call(csvUrl(gss, file));
    if (!res) return;
    const url = URL.createObjectURL(await res.blob());
    const a = Object.assign(document.createElement('a'), {
      href: url,
      download: downloadName(res.headers.get('content-disposition'), gss, file),
    });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    setState({ kind: 'idle' });
  };

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const chosen = e.target.files?.[0];
    setChecked(false);
    setCsv(null);
    if (!chosen) return setState({ kind: 'idle' });
    if (chosen.size > CSV_MAX_BYTES) {
      const mb = (chosen.size / 1024 / 1024).toFixed(1);
      return setState({
        kind: 'refused',
        refusal: { code: 'FILE_TOO_LARGE', message: `${chosen.name} is ${mb} MB: at most 2 MB.`, problems: [] },
      });
    }
    setCsv({ name: chosen.name, text: await chosen.text() });
    setState({ kind: 'idle' });
  };

  const send = async (dryRun: boolean) => {
    if (!csv) return setState({ kind: 'refused', refusal: { code: 'NO_FILE', message: 'Choose a CSV file first.', problems: [] } });
    setState({ kind: 'busy', what: dryRun ? 'Checking the file…' : 'Applying the file…' });
    const res = await call(csvUrl(gss, file, dryRun), { method: 'POST', headers: { 'content-type': 'text/csv' }, body: csv.text });
    if (!res) return setChecked(false);
    const report = (await res.json()) as CsvReport;
    setState({ kind: 'report', report });
    setChecked(dryRun && report.errors.length === 0);
    if (!dryRun && report.applied) {
      setCsv(null);
      if (input.current) input.current.value = '';
      onApplied();
    }
  };

  const busy = state.kind === 'busy';
  return (
    <section className="card gov-csv" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{what} as a CSV file</h2>
      <p className="small">
        The way it is kept in Excel (README “CSV layouts”).{' '}
        <button type="button" className="button" onClick={() => void download()} disabled={busy}>
          Download the current {what.toLowerCase()} (CSV)
        </button>
      </p>
      {can.importCsv && (
        <FormPanel title={`Import ${what.toLowerCase()} from CSV`}>
          <form aria-label={`Import ${what.toLowerCase()} from CSV`} className="gov-form" onSubmit={(e) => e.preventDefault()}>
            <div className="field">
              <label htmlFor={`${id}-file`}>CSV file</label>
              <input
                ref={input}
                id={`${id}-file`}
                type="file"
                accept=".csv,text/csv"
                onChange={(e) => void onFile(e)}
                aria-describedby={`${id}-hint`}
              />
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
                  Apply {csv?.name ?? 'the file'}
                </button>
              )}
            </div>
          </form>
        </FormPanel>
      )}
      <div aria-live="polite">
        {state.kind === 'busy' && <p className="muted">{state.what}</p>}
        {state.kind === 'report' && <Report report={state.report} />}
        {state.kind === 'refused' && (
          <div role="alert">
            <p className="form-error">
              <strong>⚠ {state.refusal.problems.length ? 'Not imported' : 'Not done'}</strong> <span>{state.refusal.message}</span>
            </p>
            <Problems problems={state.refusal.problems} />
          </div>
        )}
      </div>
    </section>
  );
}

function Report({ report: r }: { report: CsvReport }) {
  return r.errors.length > 0 ? (
    <div role="alert">
      <p className="form-error">
        <strong>⚠ {r.dryRun ? 'Not ready to apply' : 'Not imported'}</strong> <span>{reportWords(r)}</span>
      </p>
      <Problems problems={r.errors} />
    </div>
  ) : (
    <p className="form-ok" role="status">
      ✓ {reportWords(r)}
    </p>
  );
}

/** Every bad row: its line, the column and the problem in words. */
function Problems({ problems }: { problems: readonly CsvProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <ul className="gov-csv__problems" aria-label="Rows with problems">
      {problems.map((p, i) => (
        <li key={`${p.line}:${p.column ?? ''}:${i}`}>
          <strong>Line {p.line}</strong>
          {p.column && <> · {p.column}</>}
          {p.code && <span className="small muted"> ({words(p.code)})</span>}: {p.message}
        </li>
      ))}
    </ul>
  );
}
