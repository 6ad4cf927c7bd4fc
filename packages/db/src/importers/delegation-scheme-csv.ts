/**
 * The CSV layout of a council's scheme of delegation (see README "Scheme of delegation CSV"):
 * one row per delegation, parents before or after their children (rows refer to each other by ref).
 * This file only reads and writes the text; resolving names and checking the rules is the API's.
 */
import { parse } from 'csv-parse/sync';
import { RowErrors, type RowError } from './row-errors.js';

/** Every column, in the order the export writes them. */
export const SCHEME_COLUMNS = [
  'ref',
  'power',
  'power_kind',
  'source_body',
  'power_limit',
  'from',
  'to',
  'scope',
  'limit',
  'conditions',
  'may_sub_delegate',
  'parent_ref',
  'effective_from',
  'effective_to',
] as const;

export type SchemeColumn = (typeof SCHEME_COLUMNS)[number];

/** Columns a file must have (the others may be left out). */
export const REQUIRED_SCHEME_COLUMNS: readonly SchemeColumn[] = ['ref', 'power', 'to', 'scope', 'effective_from'];

/** Largest CSV accepted (bytes) and most rows. */
export const SCHEME_CSV_MAX_BYTES = 1_000_000;
export const SCHEME_CSV_MAX_ROWS = 10_000;

export interface SchemeCsvRow {
  /** Line of the file where the row starts (header = line 1). */
  line: number;
  values: Record<SchemeColumn, string>;
}

export type SchemeCsvProblem = RowError;

export type SchemeCsvParse = { ok: true; rows: SchemeCsvRow[] } | { ok: false; problems: SchemeCsvProblem[] };

/** Parses the text; header problems and unreadable CSV come back as problems (line 1 for the header). */
export function parseSchemeCsv(text: string): SchemeCsvParse {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { info: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as never;
  } catch (error) {
    const e = error as { lines?: number; message?: string };
    return {
      ok: false,
      problems: [{ line: e.lines ?? 1, column: null, message: `The file is not valid CSV: ${e.message ?? 'unreadable'}.` }],
    };
  }
  if (records.length === 0)
    return {
      ok: false,
      problems: [{ line: 1, column: null, message: 'The file is empty: expected a header row and at least one delegation.' }],
    };
  const header = records[0]!.record.map((h) => h.trim().toLowerCase().replace(/\s+/g, '_'));
  const known = new Set<string>(SCHEME_COLUMNS);
  const unknown = header.filter((h) => !known.has(h));
  const missing = REQUIRED_SCHEME_COLUMNS.filter((c) => !header.includes(c));
  const repeated = header.filter((h, i) => header.indexOf(h) !== i);
  if (unknown.length || missing.length || repeated.length) {
    const parts = [];
    if (unknown.length) parts.push(`unknown column${unknown.length > 1 ? 's' : ''} ${unknown.map((c) => `"${c}"`).join(', ')}`);
    if (missing.length) parts.push(`missing column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `"${c}"`).join(', ')}`);
    if (repeated.length) parts.push(`column${repeated.length > 1 ? 's' : ''} given twice: ${repeated.join(', ')}`);
    return {
      ok: false,
      problems: [{ line: 1, column: null, message: `Wrong header: ${parts.join('; ')}. Expected columns: ${SCHEME_COLUMNS.join(', ')}.` }],
    };
  }
  if (records.length - 1 > SCHEME_CSV_MAX_ROWS) {
    return {
      ok: false,
      problems: [
        {
          line: 1,
          column: null,
          message: `The file has ${records.length - 1} rows; at most ${SCHEME_CSV_MAX_ROWS} can be imported at once.`,
        },
      ],
    };
  }
  const problems = new RowErrors();
  const rows: SchemeCsvRow[] = [];
  for (const { record, info } of records.slice(1)) {
    // info.lines is the line the record ends on; count its own line breaks back to where it starts.
    const breaks = record.reduce((n, v) => n + (v.match(/\n/g)?.length ?? 0), 0);
    const line = info.lines - breaks;
    if (record.length > header.length) {
      problems.add(line, null, `The row has ${record.length} values but the header has ${header.length} columns.`);
      continue;
    }
    const values = Object.fromEntries(SCHEME_COLUMNS.map((c) => [c, ''])) as Record<SchemeColumn, string>;
    header.forEach((h, i) => {
      values[h as SchemeColumn] = (record[i] ?? '').trim();
    });
    rows.push({ line, values });
  }
  return problems.count ? { ok: false, problems: problems.listed } : { ok: true, rows };
}

function cell(value: string): string {
  return /[",\n\r]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Writes rows (values by column) as CSV with the full header, CRLF-free, ending with a newline. */
export function formatSchemeCsv(rows: readonly Partial<Record<SchemeColumn, string>>[]): string {
  const lines = [SCHEME_COLUMNS.join(',')];
  for (const r of rows) lines.push(SCHEME_COLUMNS.map((c) => cell(r[c] ?? '')).join(','));
  return `${lines.join('\n')}\n`;
}
