import { useMutation } from '@apollo/client/react';
import { useRef, useState, type ChangeEvent } from 'react';
import { Link } from '../../app/Link.js';
import { routePath } from '../../app/router.js';
import type { ImportFormat, ImportMeasurementsMutation as ImportResult } from '../../graphql/graphql.js';
import { Page } from '../../ui/Page.js';
import { apiError } from '../../ui/errors.js';
import { ImportPreview } from './ImportPreview.js';
import { ImportMeasurementsMutation } from './queries.js';
import './worklist.css';

const MAX_BYTES = 10 * 1024 * 1024;
const TEMPLATE = 'gss_code,indicator_code,period,value,numerator,denominator,note\n';

interface RowError {
  line: number;
  column?: string | null;
  message: string;
}

/** CSV import of measurements: a dry run shows what would change and every bad row; then import. */
export function ImportPage({ gss }: { gss: string }) {
  const [content, setContent] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [format, setFormat] = useState<ImportFormat | ''>('');
  const [result, setResult] = useState<ImportResult['importMeasurements'] | null>(null);
  const [error, setError] = useState<{ message: string; rows: RowError[] } | null>(null);
  const [run, running] = useMutation(ImportMeasurementsMutation);
  const resultRef = useRef<HTMLDivElement>(null);

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    setResult(null);
    setError(null);
    if (file.size > MAX_BYTES) {
      setError({
        message:
          `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB: the web app takes files up to 10 MB. Use the command line ` +
          `for larger ones (README "Importing measurements").`,
        rows: [],
      });
      return;
    }
    setFileName(file.name);
    setContent(await file.text());
  };

  const go = async (dryRun: boolean) => {
    setResult(null);
    setError(null);
    if (!content.trim()) {
      setError({ message: 'Choose a CSV file or paste its contents first.', rows: [] });
      return;
    }
    try {
      const res = await run({
        variables: { content, dryRun, councilGss: gss, ...(format ? { format } : {}), ...(fileName ? { fileName } : {}) },
      });
      setResult(res.data?.importMeasurements ?? null);
    } catch (e) {
      const err = apiError(e);
      const rows = Array.isArray(err.extensions.rowErrors) ? (err.extensions.rowErrors as RowError[]) : [];
      // Every problem of every line is listed: count both.
      const lines = new Set(rows.map((r) => r.line)).size;
      const problems = rows.length === 1 ? '1 problem' : `${rows.length} problems`;
      setError({
        message: rows.length
          ? `${lines === 1 ? '1 line has' : `${lines} lines have`} ${problems}, so nothing ${dryRun ? 'would be' : 'was'} ` +
            `imported. Correct ${rows.length === 1 ? 'it' : 'them'} and try again.`
          : err.message,
        rows,
      });
    }
    requestAnimationFrame(() => resultRef.current?.focus());
  };

  return (
    <Page labelledBy="import-title">
      <div className="page__head">
        <div>
          <h1 id="import-title">Import measurements</h1>
          <p className="lead">
            A CSV file in the template layout (<code>gss_code, indicator_code, period, value, numerator, denominator, note</code>) is stored
            as drafts; national files (ASCOF, Oflog) as published. An import is all or nothing: check it with a dry run first.
          </p>
        </div>
        <div className="page__tools">
          <a className="button" href={`data:text/csv;charset=utf-8,${encodeURIComponent(TEMPLATE)}`} download="measurements-template.csv">
            Download the template
          </a>
        </div>
      </div>
      <div className="card">
        <div className="filters">
          <div className="field">
            <label htmlFor="import-file">CSV file</label>
            <input id="import-file" type="file" accept=".csv,text/csv" onChange={(e) => void onFile(e)} />
          </div>
          <label>
            Format
            <select value={format} onChange={(e) => setFormat(e.target.value as ImportFormat | '')}>
              <option value="">Detect from the header</option>
              <option value="template">Template</option>
              <option value="ascof">ASCOF open data</option>
              <option value="ascof_outcomes">ASCOF outcomes</option>
              <option value="oflog">Oflog</option>
            </select>
          </label>
        </div>
        <div className="field">
          <label htmlFor="import-content">Or paste the CSV</label>
          <span className="field__hint">Rows for other councils are refused: this imports {gss} only.</span>
          <textarea
            id="import-content"
            className="csv"
            value={content}
            spellCheck={false}
            onChange={(e) => {
              setContent(e.target.value);
              setFileName(null);
              setResult(null);
              setError(null);
            }}
            placeholder={`${TEMPLATE}${gss},L-ASC-01,2025-04,81.5,,,`}
          />
        </div>
        <div className="actions">
          <button type="button" className="button" disabled={running.loading} onClick={() => void go(true)}>
            Check (dry run)
          </button>
          <button type="button" className="button button--primary" disabled={running.loading} onClick={() => void go(false)}>
            Import
          </button>
          {running.loading && <span className="muted">Working…</span>}
        </div>
      </div>
      <div ref={resultRef} tabIndex={-1} aria-live="polite">
        {error && (
          <div className="card" role="alert">
            <div className="form-error">
              <strong>⚠ Not imported</strong>
              <span>{error.message}</span>
            </div>
            {error.rows.length > 0 && (
              <table className="table" aria-label="Rows with problems">
                <thead>
                  <tr>
                    <th className="num">Line</th>
                    <th>Column</th>
                    <th>Problem</th>
                  </tr>
                </thead>
                <tbody>
                  {error.rows.map((r, i) => (
                    <tr key={i}>
                      <td className="num">{r.line}</td>
                      <td>{r.column ?? '—'}</td>
                      <td>{r.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        )}
        {result && (
          <div className="card" role="status">
            <p className="form-ok">
              {result.dryRun
                ? '✓ Dry run: the file is fine. Nothing has been stored yet.'
                : result.stored
                  ? '✓ Imported.'
                  : '✓ Imported: nothing changed (the same figures were already stored).'}
            </p>
            <dl className="facts-grid">
              <div>
                <dt>Format</dt>
                <dd>{result.format ?? '—'}</dd>
              </div>
              <div>
                <dt>Lines read</dt>
                <dd>{result.linesRead}</dd>
              </div>
              <div>
                <dt>{result.dryRun ? 'Would be new' : 'New'}</dt>
                <dd>{result.created}</dd>
              </div>
              <div>
                <dt>{result.dryRun ? 'Would change' : 'Changed'}</dt>
                <dd>{result.changed}</dd>
              </div>
              <div>
                <dt>Unchanged</dt>
                <dd>{result.unchanged}</dd>
              </div>
              <div>
                <dt>Skipped</dt>
                <dd>{result.skipped}</dd>
              </div>
            </dl>
            <ImportPreview result={result} />
            {!result.dryRun && (
              <p>
                <Link href={routePath(gss, 'measurements')}>Go to measurements</Link> to validate and publish them.
              </p>
            )}
          </div>
        )}
      </div>
    </Page>
  );
}
