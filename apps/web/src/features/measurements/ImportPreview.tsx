import type { ImportMeasurementsMutation as ImportResult } from '../../graphql/graphql.js';

type Result = ImportResult['importMeasurements'];
type Row = Result['preview'][number];

const ACTION: Record<Row['action'], string> = { CREATE: 'New', CHANGE: 'Changes', UNCHANGED: 'Unchanged' };

const value = (v: number | null | undefined, status?: string | null) =>
  status === 'SUPPRESSED' ? '[c]' : status === 'NOT_AVAILABLE' ? '[x]' : v == null ? '—' : v.toLocaleString('en-GB');

/** The first rows of an import (from the server's answer) and what it does, or would do, with each. */
export function ImportPreview({ result }: { result: Result }) {
  const rows = result.preview;
  if (rows.length === 0) return null;
  const id = 'import-preview-title';
  return (
    <>
      <h2 id={id}>{result.dryRun ? 'What the import would do' : 'What the import did'}</h2>
      <p className="small muted">
        {rows.length < result.measurements
          ? `The first ${rows.length} of ${result.measurements} rows, by line.`
          : `All ${result.measurements} ${result.measurements === 1 ? 'row' : 'rows'}.`}
      </p>
      <table className="table wl-table" aria-labelledby={id}>
        <thead>
          <tr>
            <th scope="col" className="num">
              Line
            </th>
            <th scope="col">Indicator</th>
            <th scope="col">Period</th>
            <th scope="col" className="num">
              Value
            </th>
            <th scope="col" className="num">
              Stored now
            </th>
            <th scope="col">{result.dryRun ? 'Would be' : 'Was'}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.line}>
              <td className="num" data-label="Line">
                {r.line}
              </td>
              <td>
                {r.indicatorTitle} <span className="small muted">{r.indicatorCode}</span>
              </td>
              <td data-label="Period">
                {r.period}
                {r.disaggregation !== 'Total' && <span className="small muted"> · {r.disaggregation}</span>}
              </td>
              <td className="num" data-label="Value">
                {value(r.value, r.valueStatus)}
              </td>
              <td className="num" data-label="Stored now">
                {r.action === 'CREATE' ? '—' : `${value(r.storedValue)}${r.storedStatus ? ` (${r.storedStatus.toLowerCase()})` : ''}`}
              </td>
              <td data-label={result.dryRun ? 'Would be' : 'Was'}>{ACTION[r.action]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
