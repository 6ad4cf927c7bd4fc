/**
 * The CSV layouts of a council's risk register and actions (README "CSV layouts"): one row per
 * risk or action, the way councils keep them in Excel. This file only reads and writes the text
 * (UTF-8 with or without a byte-order mark, comma- or semicolon-separated, quoted fields with commas,
 * quotes and line breaks); resolving names and checking the rules is the API's.
 */
import { parse } from 'csv-parse/sync';
import { RowErrors } from './row-errors.js';

/** Every column of the risk register, in the order the export writes them. */
export const RISK_CSV_COLUMNS = [
  'reference',
  'title',
  'register',
  'cause',
  'effect',
  'owner_email',
  'inherent_likelihood',
  'inherent_impact',
  'residual_likelihood',
  'residual_impact',
  'controls',
  'status',
  'review_due',
  'priority',
  'service',
  'service_plan_period',
] as const;

/** Columns a risk register file must have (the others may be left out: left out, they leave stored risks as they are). */
export const REQUIRED_RISK_CSV_COLUMNS = [
  'reference',
  'title',
  'inherent_likelihood',
  'inherent_impact',
  'residual_likelihood',
  'residual_impact',
] as const;

/** Every column of the actions file, in the order the export writes them. */
export const ACTION_CSV_COLUMNS = [
  'id',
  'title',
  'description',
  'owner_email',
  'due',
  'status',
  'completed_on',
  'dropped_reason',
  'service',
  'source',
  'source_ref',
  'finding_key',
] as const;

/** Columns an actions file must have. */
export const REQUIRED_ACTION_CSV_COLUMNS = ['id', 'title'] as const;

/** Largest file accepted (bytes) and most rows, for either layout. */
export const GOVERNANCE_CSV_MAX_BYTES = 2_000_000;
export const GOVERNANCE_CSV_MAX_ROWS = 5_000;

/** What is wrong, for a program to act on (the message says it to a person). */
export type GovernanceCsvCode =
  | 'FILE_TOO_LARGE'
  | 'UNREADABLE'
  | 'EMPTY'
  | 'UNKNOWN_COLUMN'
  | 'MISSING_COLUMN'
  | 'REPEATED_COLUMN'
  | 'TOO_MANY_ROWS'
  | 'TOO_MANY_VALUES'
  | 'REQUIRED'
  | 'BAD_NUMBER'
  | 'BAD_DATE'
  | 'BAD_VALUE'
  | 'UNKNOWN_PERSON'
  | 'UNKNOWN_REFERENCE'
  | 'AMBIGUOUS'
  | 'DUPLICATE'
  | 'NOT_ALLOWED';

/** A problem of a governance file (a RowError with a code). */
export interface GovernanceCsvProblem {
  /** Line of the file where the row starts (the header is line 1). */
  line: number;
  column: string | null;
  code: GovernanceCsvCode;
  message: string;
}

export interface GovernanceCsvRow<C extends string> {
  line: number;
  /** The cells of the columns the file has (trimmed); columns it does not have are absent. */
  values: Partial<Record<C, string>>;
}

export type GovernanceCsvParse<C extends string> =
  | { ok: true; columns: C[]; rows: GovernanceCsvRow<C>[] }
  | { ok: false; problems: GovernanceCsvProblem[] };

/** The separator of the header line: a semicolon when it has more semicolons than commas outside quotes. */
function separatorOf(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

const header = (h: string) =>
  h
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/** Parses the text against a layout; header problems and unreadable CSV come back as problems (line 1 for the header). */
export function parseGovernanceCsv<C extends string>(
  text: string,
  layout: { columns: readonly C[]; required: readonly C[]; what: string },
): GovernanceCsvParse<C> {
  const body = text.replace(/^\uFEFF/, '');
  const fail = (code: GovernanceCsvCode, message: string, line = 1): GovernanceCsvParse<C> => ({
    ok: false,
    problems: [{ line, column: null, code, message }],
  });
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(body, { info: true, relax_column_count: true, skip_empty_lines: true, delimiter: separatorOf(body) }) as never;
  } catch (error) {
    const e = error as { lines?: number; message?: string };
    return fail('UNREADABLE', `The file is not valid CSV: ${e.message ?? 'unreadable'}.`, e.lines ?? 1);
  }
  if (records.length === 0) return fail('EMPTY', `The file is empty: expected a header row and at least one ${layout.what}.`);
  const names = records[0]!.record.map(header);
  const known = new Set<string>(layout.columns);
  const problems = new RowErrors<GovernanceCsvProblem>();
  for (const h of names.filter((n) => !known.has(n))) {
    problems.report({
      line: 1,
      column: h,
      code: 'UNKNOWN_COLUMN',
      message: `Unknown column "${h}". The columns are: ${layout.columns.join(', ')}.`,
    });
  }
  for (const c of layout.required.filter((r) => !names.includes(r)))
    problems.report({ line: 1, column: c, code: 'MISSING_COLUMN', message: `The column "${c}" is missing.` });
  for (const h of names.filter((n, i) => names.indexOf(n) !== i))
    problems.report({ line: 1, column: h, code: 'REPEATED_COLUMN', message: `The column "${h}" is given twice.` });
  if (problems.count) return { ok: false, problems: problems.listed };
  if (records.length - 1 > GOVERNANCE_CSV_MAX_ROWS) {
    return fail('TOO_MANY_ROWS', `The file has ${records.length - 1} rows; at most ${GOVERNANCE_CSV_MAX_ROWS} can be imported at once.`);
  }
  const rows: GovernanceCsvRow<C>[] = [];
  for (const { record, info } of records.slice(1)) {
    // info.lines is the line the record ends on; count its own line breaks back to where it starts.
    const breaks = record.reduce((n, v) => n + (v.match(/\n/g)?.length ?? 0), 0);
    const line = info.lines - breaks;
    if (record.length > names.length) {
      problems.report({
        line,
        column: null,
        code: 'TOO_MANY_VALUES',
        message: `The row has ${record.length} values but the header has ${names.length} columns.`,
      });
      continue;
    }
    const values: Partial<Record<C, string>> = {};
    names.forEach((h, i) => {
      values[h as C] = (record[i] ?? '').replace(/\r\n/g, '\n').trim();
    });
    rows.push({ line, values });
  }
  return problems.count ? { ok: false, problems: problems.listed } : { ok: true, columns: names as C[], rows };
}

function cell(value: string): string {
  return /[",;\n\r]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Writes rows (values by column) as comma-separated CSV with the full header, ending with a newline. */
export function formatGovernanceCsv<C extends string>(columns: readonly C[], rows: readonly Partial<Record<C, string>>[]): string {
  const lines = [columns.join(',')];
  for (const r of rows) lines.push(columns.map((c) => cell(r[c] ?? '')).join(','));
  return `${lines.join('\n')}\n`;
}
