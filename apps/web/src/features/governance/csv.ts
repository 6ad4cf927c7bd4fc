/**
 * The risk register and actions as CSV files over HTTP (README "CSV layouts"): the addresses, the
 * words of an import's report and of the server's coded refusals. Pure.
 */
import type { CsvImportReportFragment } from '../../graphql/graphql.js';

export type CsvFile = 'risks.csv' | 'actions.csv';

/** What `POST /councils/<GSS>/<file>` answers: the import's report (the fragment CsvImportReport in CsvPanel.tsx). */
export type CsvReport = CsvImportReportFragment;
export type CsvProblem = Pick<CsvReport['errors'][number], 'line' | 'column' | 'message'> & { code?: string | null };

/** A refusal in words: what happened, and every bad row when the server listed them. */
export interface CsvRefusal {
  code: string;
  message: string;
  problems: CsvProblem[];
}

/** The file's address; `dryRun` checks it without storing anything. */
export const csvUrl = (gss: string, file: CsvFile, dryRun?: boolean): string =>
  `/councils/${encodeURIComponent(gss)}/${file}${dryRun === undefined ? '' : `?dryRun=${dryRun}`}`;

/** At most 2 MB a file (the server's limit). */
export const CSV_MAX_BYTES = 2 * 1024 * 1024;

const STATUS_WORDS: Record<number, string> = {
  401: 'You are signed out: sign in again, then try once more.',
  403: 'You may not do this here.',
  404: 'This council is not known to the server.',
  413: 'The file is too large: at most 2 MB can be imported at once.',
  429: 'Too many requests at once: wait a minute, then try again.',
};

/** The server's coded JSON error (or a bare status) as words, with the row problems it lists in `rowErrors`. */
export function csvRefusal(status: number, body: unknown): CsvRefusal {
  const first = (body as { errors?: Array<{ message?: unknown; extensions?: Record<string, unknown> }> } | null)?.errors?.[0];
  const ext = first?.extensions ?? {};
  const problems = Array.isArray(ext.rowErrors) ? (ext.rowErrors as CsvProblem[]) : [];
  const code = typeof ext.code === 'string' ? ext.code : `HTTP_${status}`;
  const said = typeof first?.message === 'string' ? first.message : null;
  const message =
    problems.length > 0
      ? `${rowsHave(problems)}, so nothing was stored. Correct ${problems.length === 1 ? 'it' : 'them'} and try again.`
      : (said ?? STATUS_WORDS[status] ?? `The server answered ${status}; nothing was stored.`);
  return { code, message, problems };
}

const rowsHave = (problems: readonly CsvProblem[]) => {
  const lines = new Set(problems.map((p) => p.line)).size;
  return lines === 1 ? 'One row has a problem' : `${lines} rows have problems`;
};

/** What a report says in words: nothing wrong and what would change (or changed), or how many rows are wrong. */
export function reportWords(r: CsvReport): string {
  if (r.errors.length > 0)
    return `${rowsHave(r.errors)}: nothing ${r.dryRun ? 'would be' : 'was'} stored. Correct the file and check it again.`;
  const counts = `${r.created} new, ${r.updated} changed, ${r.unchanged} unchanged`;
  const rows = `${r.rows} row${r.rows === 1 ? '' : 's'}`;
  if (r.dryRun) return `The file is fine: ${rows} (${counts} if applied). Nothing is stored yet.`;
  return r.created + r.updated === 0 ? `Applied: nothing changed (${rows}, all as stored).` : `Applied: ${rows}, ${counts}.`;
}

/** The download's name from the server's Content-Disposition, or one made up in the same way. */
export function downloadName(disposition: string | null, gss: string, file: CsvFile): string {
  const named = /filename="([^"]+)"/.exec(disposition ?? '');
  return named?.[1] ?? `${gss}-${file === 'risks.csv' ? 'risk-register' : 'actions'}.csv`;
}
