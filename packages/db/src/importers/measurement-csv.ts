/**
 * Reading a measurement file: the stream, the header (which layout, its columns), then each data
 * line through the layout's reader (measurement-formats/) and the checks they share
 * (measurement-rows.ts). Never throws for bad content: every problem is a row error with its line,
 * or the file's one problem.
 */
import type { Readable } from 'node:stream';
import { readCsvStream } from './csv-stream.js';
import { detectFormat, MEASUREMENT_FORMATS, TEMPLATE_HEADER, type RowReader } from './measurement-formats/index.js';
import { MeasurementRows } from './measurement-rows.js';
import { MAX_IMPORT_BYTES, type ImportFormat, type ImportOptions, type Lookups, type ParseResult } from './measurement-types.js';

function normaliseHeader(h: string): string {
  return h
    .replace(/^\uFEFF/, '')
    .replace(/[\s_]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The layout and reader of a file from its header line, or the header's problem. */
function openFile(
  header: string[],
  rows: MeasurementRows,
  options: ImportOptions,
): { format: ImportFormat | null; reader: RowReader | string } {
  const format = options.format ?? detectFormat(header);
  if (!format) {
    const layouts = `the template header (${TEMPLATE_HEADER}), the NHS Digital ASCOF open-data layout or the Oflog layout`;
    return { format, reader: `Line 1: the header is not one this system reads. Use ${layouts}.` };
  }
  const layout = MEASUREMENT_FORMATS[format];
  const missing = layout.required.filter((h) => !header.includes(h));
  if (missing.length) {
    const names = missing.map((m) => `'${m.replace(/ /g, '_')}'`).join(', ');
    const expected = format === 'template' ? ` (expected: ${TEMPLATE_HEADER})` : '';
    return {
      format,
      reader: `Line 1: the header of a ${format} file must have the column${missing.length > 1 ? 's' : ''} ${names}${expected}.`,
    };
  }
  const dup = header.find((h, i) => h !== '' && header.indexOf(h) !== i);
  if (dup) return { format, reader: `Line 1: the column '${dup}' appears twice in the header.` };
  return { format, reader: layout.open(rows, options) };
}

/** Reads a CSV stream into checked measurements. */
export async function parseMeasurementCsv(input: Readable | string, lookups: Lookups, options: ImportOptions = {}): Promise<ParseResult> {
  const result: ParseResult = {
    format: options.format ?? null,
    rows: [],
    areaRows: [],
    errors: [],
    errorCount: 0,
    linesRead: 0,
    skipped: 0,
    fileError: null,
  };
  let onlyCouncil: { id: number; name: string } | null = null;
  if (options.councilGss) {
    onlyCouncil = lookups.councilsByGss.get(options.councilGss.trim().toUpperCase()) ?? null;
    if (!onlyCouncil) {
      result.fileError = `There is no council with GSS code '${options.councilGss}'.`;
      return result;
    }
  }
  const rows = new MeasurementRows(lookups, onlyCouncil);
  result.rows = rows.rows;
  result.areaRows = rows.areaRows;
  result.errors = rows.errors.listed;
  let header: string[] | null = null;
  let columns = new Map<string, number>();
  let reader: RowReader | null = null;
  const onRecord = (record: string[], line: number): boolean => {
    if (!header) {
      header = record.map(normaliseHeader);
      const opened = openFile(header, rows, options);
      result.format = opened.format;
      if (typeof opened.reader === 'string') {
        result.fileError = opened.reader;
        return false;
      }
      reader = opened.reader;
      columns = new Map(header.map((h, i) => [h, i]));
      return true;
    }
    result.linesRead += 1;
    if (record.length > header.length && record.slice(header.length).some((c) => c.trim() !== '')) {
      rows.fail(line, null, `The row has ${record.length} cells but the header has ${header.length} columns.`);
      return true;
    }
    reader!.row((column) => {
      const i = columns.get(column);
      return i === undefined ? '' : (record[i] ?? '').trim();
    }, line);
    return true;
  };
  const fileError = await readCsvStream(input, options.maxBytes ?? MAX_IMPORT_BYTES, onRecord);
  const done = () => Object.assign(result, { errorCount: rows.errors.count, skipped: rows.skipped });
  if (fileError) result.fileError = fileError;
  if (result.fileError) return done();
  if (!header) {
    result.fileError = `The file is empty: it needs a header line (${TEMPLATE_HEADER}) and at least one row.`;
    return done();
  }
  (reader as RowReader | null)?.finish?.();
  if (result.linesRead === 0) result.fileError = 'The file has a header but no rows.';
  rows.errors.byLine();
  return done();
}
