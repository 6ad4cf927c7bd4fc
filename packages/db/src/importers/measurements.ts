/**
 * Measurement import: CSV files in the layouts councils and national bodies publish, read as a stream,
 * checked row by row, then stored all or nothing.
 *
 * Formats (see README "Indicators"):
 * - `ascof`: NHS Digital "Measures from ASCOF" open data (one row per council, measure, breakdown and
 *   measure type: Numerator, Denominator, Outcome, Base, Margin Of Error). The file has no period
 *   column: the period is given, or read from a file name such as `ascof_2020_21_open_data.csv`.
 *   Rows for regions, council types and England are skipped (they are not councils).
 * - `ascof_outcomes`: ASCOF outcome values per council and year (`year, geography_level, ons_code,
 *   geography_name, measure_group, disaggregation, outcome, ...`), as in the 2018-19/2019-20 file.
 * - `oflog`: Office for Local Government adult social care measures (`Financial year, Local authority
 *   code, ..., Code, Value, ...`).
 * - `template`: the simple template `gss_code, indicator_code, period, value, numerator, denominator,
 *   note` (and optionally `disaggregation`).
 *
 * What a council officer's spreadsheet really looks like is accepted: a byte-order mark, CRLF line
 * ends, blank lines (also at the end), stray spaces and any case in the headers, thousands separators,
 * percent signs, `[c]` (suppressed) and `[x]` (not available). Anything else wrong is reported with its
 * line number and the reason, and nothing is stored.
 */
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { parse } from 'csv-parse';
import {
  IndicatorFramework,
  IndicatorFrequency,
  MeasurementAction,
  MeasurementStatus,
  parseMeasuredValue,
  parsePeriod,
  PeriodKind,
  periodError,
  ValueStatus,
} from '@goldenthread/domain';
import { Council } from '../organisation/council.entity.js';
import { Indicator } from '../indicators/indicator.entity.js';
import { MeasurementHistory } from '../indicators/measurement-history.entity.js';
import { Measurement, TOTAL } from '../indicators/measurement.entity.js';
import type { Em } from '../orm.js';
import { auditSnapshot, recordAuditEvents, type AuditChange } from '../access/audit.js';
import { reserveIds } from '../shared/ids.js';

export type ImportFormat = 'ascof' | 'ascof_outcomes' | 'oflog' | 'template';
export const IMPORT_FORMATS: readonly ImportFormat[] = ['ascof', 'ascof_outcomes', 'oflog', 'template'];

/** Largest file accepted (bytes): 50 MB, about ten times the largest national file. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** Most errors listed (the count of all of them is still given). */
export const MAX_LISTED_ERRORS = 1000;

export interface ImportRowError {
  /** Line of the file (1 is the header). */
  line: number;
  /** The column at fault, when one is. */
  column: string | null;
  message: string;
}

export interface ParsedMeasurement {
  line: number;
  councilId: number;
  indicatorId: number;
  period: string;
  periodKind: PeriodKind;
  periodStart: string;
  disaggregation: string;
  value: number | null;
  valueStatus: ValueStatus;
  numerator: number | null;
  denominator: number | null;
  note: string | null;
}

export interface ImportOptions {
  /** The layout; detected from the header when not given. */
  format?: ImportFormat | null;
  /** Only this council (GSS code): national files keep its rows only; a template row for another council is an error. */
  councilGss?: string | null;
  /** The period of an `ascof` open-data file (it has no period column). */
  period?: string | null;
  /** A file name, to read the period of an `ascof` file from (`ascof_2020_21_open_data.csv`). */
  fileName?: string | null;
  maxBytes?: number;
}

export interface ParseResult {
  format: ImportFormat | null;
  rows: ParsedMeasurement[];
  errors: ImportRowError[];
  errorCount: number;
  /** Data lines read (after the header, blank lines not counted). */
  linesRead: number;
  /** Lines not about a council (regions, England) or about another council than the one imported. */
  skipped: number;
  /** A whole-file problem (too large, wrong header, unreadable). */
  fileError: string | null;
}

export interface Lookups {
  councilsByGss: Map<string, { id: number; name: string }>;
  /** Key `FRAMEWORK:CODE` (upper case) for national indicators; `LOCAL:<councilId>:CODE` for local ones. */
  indicators: Map<string, { id: number; frequency: IndicatorFrequency; title: string }>;
}

export async function loadLookups(em: Em): Promise<Lookups> {
  const councils = await em.find(Council, {}, { fields: ['id', 'gssCode', 'name'] });
  const indicators = await em.find(Indicator, {}, { fields: ['id', 'framework', 'code', 'displayCode', 'council', 'frequency', 'title'] });
  const map = new Map<string, { id: number; frequency: IndicatorFrequency; title: string }>();
  for (const i of indicators) {
    const v = { id: i.id, frequency: i.frequency, title: i.title };
    const prefix = i.framework === IndicatorFramework.LOCAL ? `LOCAL:${i.council?.id ?? 0}` : i.framework;
    map.set(`${prefix}:${i.code.toUpperCase()}`, v);
    if (i.displayCode) map.set(`${prefix}:${i.displayCode.toUpperCase()}`, v);
  }
  return { councilsByGss: new Map(councils.map((c) => [c.gssCode, { id: c.id, name: c.name }])), indicators: map };
}

function normaliseHeader(h: string): string {
  return h.replace(/^\uFEFF/, '').replace(/[\s_]+/g, ' ').trim().toLowerCase();
}

const LAYOUTS: Record<ImportFormat, { required: string[]; optional: string[] }> = {
  ascof: {
    required: ['geographical level', 'ons code', 'disaggregation level', 'measure type', 'measure value', 'measure group'],
    optional: ['geographical code', 'geographical description', 'ascof measure code'],
  },
  ascof_outcomes: { required: ['year', 'geography level', 'ons code', 'measure group', 'disaggregation', 'outcome'], optional: ['geography name', 'measure group description'] },
  oflog: {
    required: ['financial year', 'local authority code', 'code', 'value'],
    optional: ['local authority name', 'grouping', 'entity name', 'region', 'measure', 'median', 'mads from median', 'rank order'],
  },
  template: { required: ['gss code', 'indicator code', 'period', 'value'], optional: ['numerator', 'denominator', 'note', 'disaggregation'] },
};

const TEMPLATE_HEADER = 'gss_code, indicator_code, period, value, numerator, denominator, note';

function detectFormat(headers: string[]): ImportFormat | null {
  const has = (h: string) => headers.includes(h);
  if (has('measure type') && has('measure group')) return 'ascof';
  if (has('outcome') && has('measure group')) return 'ascof_outcomes';
  if (has('local authority code')) return 'oflog';
  if (has('gss code') || has('indicator code')) return 'template';
  return null;
}

const PERIOD_KIND_OF: Record<IndicatorFrequency, PeriodKind> = { ANNUAL: 'YEAR', QUARTERLY: 'QUARTER', MONTHLY: 'MONTH' };

/** Counts bytes going through and fails the stream past the limit. */
class ByteLimit extends Transform {
  bytes = 0;
  exceeded = false;
  constructor(private readonly limit: number) {
    super();
  }
  override _transform(chunk: Buffer | string, _enc: BufferEncoding, done: TransformCallback): void {
    this.bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
    if (this.bytes > this.limit) {
      this.exceeded = true;
      done(new Error('too large'));
      return;
    }
    done(null, chunk);
  }
}

function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

/** The period of an ASCOF open-data file from its name: `ascof_2020_21_open_data.csv` -> 2020-21. */
export function periodFromFileName(name: string | null | undefined): string | null {
  if (!name) return null;
  const m = /(\d{4})[_-](\d{2})(?!\d)/.exec(name.split(/[\\/]/).pop() ?? '');
  if (!m) return null;
  const p = parsePeriod(`${m[1]}-${m[2]}`, 'YEAR');
  return p ? p.text : null;
}

/**
 * Reads a CSV stream into checked measurements. Never throws for bad content: every problem is in
 * `errors` (with its line) or `fileError`.
 */
export async function parseMeasurementCsv(input: Readable | string, lookups: Lookups, options: ImportOptions = {}): Promise<ParseResult> {
  const result: ParseResult = { format: options.format ?? null, rows: [], errors: [], errorCount: 0, linesRead: 0, skipped: 0, fileError: null };
  const limit = options.maxBytes ?? MAX_IMPORT_BYTES;
  const source = typeof input === 'string' ? Readable.from([input]) : input;
  const counter = new ByteLimit(limit);
  const parser = parse({
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_empty_values: true,
    trim: false,
  });
  const fail = (line: number, column: string | null, message: string) => {
    result.errorCount += 1;
    if (result.errors.length < MAX_LISTED_ERRORS) result.errors.push({ line, column, message });
  };

  let onlyCouncil: { id: number; name: string } | null = null;
  if (options.councilGss) {
    const gss = options.councilGss.trim().toUpperCase();
    onlyCouncil = lookups.councilsByGss.get(gss) ?? null;
    if (!onlyCouncil) {
      result.fileError = `There is no council with GSS code '${options.councilGss}'.`;
      return result;
    }
  }

  let header: string[] | null = null;
  let format: ImportFormat | null = options.format ?? null;
  let columnIndex = new Map<string, number>();
  let ascofPeriod: ReturnType<typeof parsePeriod> = null;
  const seen = new Map<string, number>();
  /** ascof: measurement parts by key, assembled at the end. */
  const ascofGroups = new Map<string, { line: number; councilId: number; indicatorId: number; disaggregation: string; outcome?: { line: number; raw: string }; numerator?: string; denominator?: string }>();

  const cell = (record: string[], name: string): string => {
    const i = columnIndex.get(name);
    return i === undefined ? '' : (record[i] ?? '').trim();
  };

  const numberOrNull = (line: number, column: string, raw: string): number | null | undefined => {
    if (raw === '') return null;
    const parsed = parseMeasuredValue(raw);
    if (!parsed.ok) {
      fail(line, column, parsed.error);
      return undefined;
    }
    return parsed.value.kind === 'VALUE' ? parsed.value.value : null;
  };

  const council = (line: number, column: string, raw: string): { id: number } | 'skip' | null => {
    const gss = raw.trim().toUpperCase();
    if (!gss) {
      fail(line, column, 'The GSS code of the council is empty.');
      return null;
    }
    const found = lookups.councilsByGss.get(gss);
    if (!found) {
      fail(line, column, `There is no council with GSS code '${raw.trim()}' (a code such as E10000029).`);
      return null;
    }
    if (onlyCouncil && found.id !== onlyCouncil.id) {
      if (format === 'template') {
        fail(line, column, `This row is for ${found.name} (${gss}), but the import is for ${onlyCouncil.name} only.`);
        return null;
      }
      return 'skip';
    }
    return found;
  };

  const indicator = (line: number, column: string, framework: string, raw: string, councilId: number) => {
    const code = raw.trim().toUpperCase();
    if (!code) {
      fail(line, column, 'The indicator code is empty.');
      return null;
    }
    const found =
      framework === 'ANY'
        ? (lookups.indicators.get(`LOCAL:${councilId}:${code}`) ??
          lookups.indicators.get(`ASCOF:${code}`) ??
          lookups.indicators.get(`OFLOG:${code}`) ??
          lookups.indicators.get(`PAF:${code}`))
        : lookups.indicators.get(`${framework}:${code}`);
    if (!found) {
      const what = framework === 'ANY' ? 'indicator (ASCOF, Oflog, PAF or one of the council\'s local indicators)' : `${framework} indicator`;
      fail(line, column, `There is no ${what} with code '${raw.trim()}'.`);
      return null;
    }
    return found;
  };

  const period = (line: number, column: string, raw: string, frequency: IndicatorFrequency) => {
    const kind = PERIOD_KIND_OF[frequency];
    const p = parsePeriod(raw, kind);
    if (!p) {
      fail(line, column, periodError(raw, kind) ?? `'${raw}' is not a period.`);
      return null;
    }
    return p;
  };

  const duplicate = (line: number, key: string, what: string): boolean => {
    const first = seen.get(key);
    if (first !== undefined) {
      fail(line, null, `Duplicate row: ${what} is already on line ${first}.`);
      return true;
    }
    seen.set(key, line);
    return false;
  };

  const push = (line: number, councilId: number, ind: { id: number }, p: NonNullable<ReturnType<typeof parsePeriod>>, disaggregation: string, valueRaw: string, valueColumn: string, numerator: number | null, denominator: number | null, note: string | null) => {
    const parsed = parseMeasuredValue(valueRaw);
    if (!parsed.ok) {
      fail(line, valueColumn, parsed.error);
      return;
    }
    const v = parsed.value;
    const markers = parsed.markers.length ? `[${parsed.markers.join('][')}]` : null;
    result.rows.push({
      line,
      councilId,
      indicatorId: ind.id,
      period: p.text,
      periodKind: p.kind,
      periodStart: p.start,
      disaggregation,
      value: v.kind === 'VALUE' ? v.value : null,
      valueStatus: v.kind,
      numerator,
      denominator,
      note: [note, markers].filter(Boolean).join(' ') || null,
    });
  };

  const handle = (record: string[], line: number) => {
    if (!header) {
      header = record.map(normaliseHeader);
      const detected = detectFormat(header);
      if (!format) format = detected;
      result.format = format;
      if (!format) {
        result.fileError = `Line 1: the header is not one this system reads. Use the template header (${TEMPLATE_HEADER}), the NHS Digital ASCOF open-data layout or the Oflog layout.`;
        return false;
      }
      const missing = LAYOUTS[format].required.filter((h) => !header!.includes(h));
      if (missing.length) {
        result.fileError = `Line 1: the header of a ${format} file must have the column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `'${m.replace(/ /g, '_')}'`).join(', ')}${format === 'template' ? ` (expected: ${TEMPLATE_HEADER})` : ''}.`;
        return false;
      }
      const dup = header.find((h, i) => h !== '' && header!.indexOf(h) !== i);
      if (dup) {
        result.fileError = `Line 1: the column '${dup}' appears twice in the header.`;
        return false;
      }
      columnIndex = new Map(header.map((h, i) => [h, i]));
      if (format === 'ascof') {
        const given = options.period ?? periodFromFileName(options.fileName);
        if (!given) {
          result.fileError = 'An ASCOF open-data file has no period column: give the period (for example 2020-21).';
          return false;
        }
        ascofPeriod = parsePeriod(given, 'YEAR');
        if (!ascofPeriod) {
          result.fileError = `The period of the ASCOF file: ${periodError(given, 'YEAR')}`;
          return false;
        }
      }
      return true;
    }
    result.linesRead += 1;
    if (record.length > header.length && record.slice(header.length).some((c) => c.trim() !== '')) {
      fail(line, null, `The row has ${record.length} cells but the header has ${header.length} columns.`);
      return true;
    }
    switch (format) {
      case 'template': {
        const c = council(line, 'gss_code', cell(record, 'gss code'));
        const periodRaw = cell(record, 'period');
        if (c === 'skip' || !c) return true;
        const ind = indicator(line, 'indicator_code', 'ANY', cell(record, 'indicator code'), c.id);
        if (!ind) return true;
        const p = period(line, 'period', periodRaw, ind.frequency);
        if (!p) return true;
        const disaggregation = cell(record, 'disaggregation') || TOTAL;
        const num = numberOrNull(line, 'numerator', cell(record, 'numerator'));
        const den = numberOrNull(line, 'denominator', cell(record, 'denominator'));
        if (num === undefined || den === undefined) return true;
        if (duplicate(line, `${c.id}|${ind.id}|${p.text}|${disaggregation}`, `${cell(record, 'gss code')} ${cell(record, 'indicator code')} ${p.text}${disaggregation !== TOTAL ? ` ${disaggregation}` : ''}`)) return true;
        const value = cell(record, 'value');
        push(line, c.id, ind, p, disaggregation, value, 'value', num, den, cell(record, 'note') || null);
        return true;
      }
      case 'oflog': {
        const c = council(line, 'Local authority code', cell(record, 'local authority code'));
        if (c === 'skip') {
          result.skipped += 1;
          return true;
        }
        if (!c) return true;
        const ind = indicator(line, 'Code', 'OFLOG', cell(record, 'code'), c.id);
        if (!ind) return true;
        const p = period(line, 'Financial year', cell(record, 'financial year'), ind.frequency);
        if (!p) return true;
        if (duplicate(line, `${c.id}|${ind.id}|${p.text}`, `${cell(record, 'local authority code')} ${cell(record, 'code')} ${p.text}`)) return true;
        push(line, c.id, ind, p, TOTAL, cell(record, 'value'), 'Value', null, null, null);
        return true;
      }
      case 'ascof_outcomes': {
        if (cell(record, 'geography level').toLowerCase() !== 'council') {
          result.skipped += 1;
          return true;
        }
        const c = council(line, 'ons_code', cell(record, 'ons code'));
        if (c === 'skip') {
          result.skipped += 1;
          return true;
        }
        if (!c) return true;
        const ind = indicator(line, 'measure_group', 'ASCOF', cell(record, 'measure group'), c.id);
        if (!ind) return true;
        const p = period(line, 'year', cell(record, 'year'), ind.frequency);
        if (!p) return true;
        const disaggregation = cell(record, 'disaggregation') || TOTAL;
        if (duplicate(line, `${c.id}|${ind.id}|${p.text}|${disaggregation}`, `${cell(record, 'ons code')} ${cell(record, 'measure group')} ${p.text} ${disaggregation}`)) return true;
        push(line, c.id, ind, p, disaggregation, cell(record, 'outcome'), 'outcome', null, null, null);
        return true;
      }
      case 'ascof': {
        if (cell(record, 'geographical level').toLowerCase() !== 'council') {
          result.skipped += 1;
          return true;
        }
        const c = council(line, 'ONS Code', cell(record, 'ons code'));
        if (c === 'skip') {
          result.skipped += 1;
          return true;
        }
        if (!c) return true;
        const ind = indicator(line, 'Measure Group', 'ASCOF', cell(record, 'measure group'), c.id);
        if (!ind) return true;
        const disaggregation = cell(record, 'disaggregation level') || TOTAL;
        const type = cell(record, 'measure type').toLowerCase();
        const raw = cell(record, 'measure value');
        const key = `${c.id}|${ind.id}|${disaggregation}`;
        if (!['outcome', 'numerator', 'denominator', 'base', 'margin of error'].includes(type)) {
          fail(line, 'Measure Type', `'${cell(record, 'measure type')}' is not a measure type: use Outcome, Numerator, Denominator, Base or Margin Of Error.`);
          return true;
        }
        if (duplicate(line, `${key}|${type}`, `${cell(record, 'ons code')} ${cell(record, 'measure group')} ${disaggregation} ${cell(record, 'measure type')}`)) return true;
        let group = ascofGroups.get(key);
        if (!group) {
          group = { line, councilId: c.id, indicatorId: ind.id, disaggregation };
          ascofGroups.set(key, group);
        }
        if (type === 'outcome') group.outcome = { line, raw };
        else if (type === 'numerator' || type === 'denominator') {
          const n = numberOrNull(line, 'Measure Value', raw);
          if (n === undefined) return true;
          if (type === 'numerator') group.numerator = raw;
          else group.denominator = raw;
        } else {
          // Base and margin of error are not stored, but must still be readable.
          if (numberOrNull(line, 'Measure Value', raw) === undefined) return true;
        }
        return true;
      }
    }
    return true;
  };

  try {
    await new Promise<void>((resolve, reject) => {
      let stopped = false;
      parser.on('readable', () => {
        const next = () => parser.read() as { record: string[]; info: { lines: number } } | null;
        for (let item = next(); item !== null; item = next()) {
          if (stopped) continue;
          if (!handle(item.record, item.info.lines)) {
            stopped = true;
            source.unpipe(counter);
            counter.unpipe(parser);
            source.destroy();
            resolve();
            return;
          }
        }
      });
      parser.on('end', () => resolve());
      parser.on('error', reject);
      counter.on('error', reject);
      source.on('error', reject);
      source.pipe(counter).pipe(parser);
    });
  } catch (error) {
    if (counter.exceeded) {
      result.fileError = `The file is larger than the limit of ${megabytes(limit)}: split it into smaller files (for example one per year).`;
    } else {
      const e = error as { code?: string; lines?: number; message?: string };
      result.fileError = e.lines ? `Line ${e.lines}: the file is not valid CSV (${e.message ?? 'unreadable'}).` : `The file could not be read as CSV: ${e.message ?? String(error)}`;
    }
    return result;
  }
  if (result.fileError) return result;
  if (!header) {
    result.fileError = `The file is empty: it needs a header line (${TEMPLATE_HEADER}) and at least one row.`;
    return result;
  }

  if (format === 'ascof') {
    for (const g of ascofGroups.values()) {
      if (!g.outcome) {
        fail(g.line, 'Measure Type', 'This measure has no Outcome row: the value itself is missing.');
        continue;
      }
      const num = g.numerator !== undefined ? (numberOrNull(g.line, 'Measure Value', g.numerator) ?? null) : null;
      const den = g.denominator !== undefined ? (numberOrNull(g.line, 'Measure Value', g.denominator) ?? null) : null;
      push(g.outcome.line, g.councilId, { id: g.indicatorId }, ascofPeriod!, g.disaggregation, g.outcome.raw, 'Measure Value', num, den, null);
    }
  }
  if (result.linesRead === 0) result.fileError = 'The file has a header but no rows.';
  result.errors.sort((a, b) => a.line - b.line);
  return result;
}

// ------------------------------------------------------------------------------------------ storing

export interface ImportPlan {
  create: ParsedMeasurement[];
  change: Array<{ row: ParsedMeasurement; existing: { id: number; version: number; status: MeasurementStatus } }>;
  unchanged: number;
}

const keyOf = (r: { councilId: number; indicatorId: number; period: string; disaggregation: string }) => `${r.councilId}|${r.indicatorId}|${r.period}|${r.disaggregation}`;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Compares the rows with what is stored: new, changed and unchanged measurements. Reads only. */
export async function planMeasurementImport(em: Em, rows: readonly ParsedMeasurement[]): Promise<ImportPlan> {
  const plan: ImportPlan = { create: [], change: [], unchanged: 0 };
  if (!rows.length) return plan;
  const indicatorIds = [...new Set(rows.map((r) => r.indicatorId))];
  const periods = [...new Set(rows.map((r) => r.period))];
  const existing = new Map<string, Pick<Measurement, 'id' | 'version' | 'value' | 'valueStatus' | 'numerator' | 'denominator' | 'note' | 'status'>>();
  for (const ids of chunks(indicatorIds, 500)) {
    const found = await em.find(
      Measurement,
      { indicator: { $in: ids }, period: { $in: periods } },
      { fields: ['id', 'version', 'council', 'indicator', 'period', 'disaggregation', 'value', 'valueStatus', 'numerator', 'denominator', 'note', 'status'], disableIdentityMap: true },
    );
    for (const m of found) existing.set(`${m.council.id}|${m.indicator.id}|${m.period}|${m.disaggregation}`, m);
  }
  for (const row of rows) {
    const m = existing.get(keyOf(row));
    if (!m) plan.create.push(row);
    else if (m.value === row.value && m.valueStatus === row.valueStatus && m.numerator === row.numerator && m.denominator === row.denominator && (m.note ?? null) === row.note) plan.unchanged += 1;
    else plan.change.push({ row, existing: { id: m.id, version: m.version, status: m.status } });
  }
  return plan;
}

export interface ApplyOptions {
  /** Status of new and changed measurements. */
  status: MeasurementStatus;
  /** Where the values come from, e.g. "NHS Digital ASCOF open data 2020-21". */
  source: string | null;
  /** The person importing (null for the system). */
  changedBy?: number | null;
  /** Write a history row for each new or changed measurement (default true). */
  history?: boolean;
}

/**
 * A file could not be stored because someone else changed the same measurements while it was being
 * imported (between the comparison and the write). Nothing of the file is stored; importing it
 * again compares with what they stored.
 */
export class ImportConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportConflictError';
  }
}

/**
 * Stores a plan in one transaction: new measurements inserted in batches, changed ones updated with a
 * new version (only if still at the version compared with), each with its history row. New ids come
 * from the database's own counter (reserveIds), so single writes and other imports running at the
 * same time never collide with them. With an audited EntityManager (an actor), every row written is
 * recorded in the audit trail in the same transaction, in bulk.
 */
export async function applyMeasurementImport(em: Em, plan: ImportPlan, options: ApplyOptions): Promise<void> {
  const now = new Date();
  const person = options.changedBy ?? null;
  const published = options.status === MeasurementStatus.PUBLISHED;
  const validated = published || options.status === MeasurementStatus.VALIDATED;
  const writeHistory = options.history ?? true;
  await em.transactional(async (tx) => {
    const t = tx;
    const meta = t.getMetadata().get(Measurement.name);
    const history: Array<Record<string, unknown>> = [];
    const ids = await reserveIds(t, meta.tableName, plan.create.length);
    let offset = 0;
    for (const batch of chunks(plan.create, 500)) {
      const batchIds = ids.slice(offset, offset + batch.length);
      offset += batch.length;
      // The audited EntityManager records one CREATE event per row (access/audit.ts).
      await t.insertMany(
        Measurement,
        batch.map((r, i) => ({
          id: batchIds[i],
          council: r.councilId,
          indicator: r.indicatorId,
          period: r.period,
          periodKind: r.periodKind,
          periodStart: r.periodStart,
          disaggregation: r.disaggregation,
          value: r.value,
          valueStatus: r.valueStatus,
          numerator: r.numerator,
          denominator: r.denominator,
          note: r.note,
          status: options.status,
          source: options.source,
          enteredBy: person,
          validatedBy: validated ? person : null,
          publishedBy: published ? person : null,
          version: 1,
          createdAt: now,
          updatedAt: now,
        })) as never[],
      );
      if (writeHistory) {
        batch.forEach((r, i) => {
          history.push(historyRow(batchIds[i]!, 1, MeasurementAction.CREATED, r, options, person, now));
        });
      }
    }
    // Changes: each only if still at the version compared with; the rows before, for the audit trail.
    const before = new Map<number, Record<string, unknown>>();
    for (const batch of chunks(plan.change, 500)) {
      const rows = (await t.getDriver().find(meta.className, { id: { $in: batch.map((c) => c.existing.id) } } as never, { ctx: t.getTransactionContext() } as never)) as Array<Record<string, unknown>>;
      for (const r of rows) before.set(Number(r.id), r);
    }
    const audit: AuditChange[] = [];
    for (const { row, existing } of plan.change) {
      const data = {
        value: row.value,
        valueStatus: row.valueStatus,
        numerator: row.numerator,
        denominator: row.denominator,
        note: row.note,
        status: options.status,
        source: options.source,
        enteredBy: person,
        validatedBy: validated ? person : null,
        publishedBy: published ? person : null,
        version: existing.version + 1,
        updatedAt: now,
      };
      const stored = before.get(existing.id);
      // Written with the query builder (one statement a row); the audit events are recorded below, in bulk.
      const result = stored && Number(stored.version) === existing.version ? await t.createQueryBuilder(Measurement).update(data as never).where({ id: existing.id, version: existing.version }).execute('run') : null;
      if (result?.affectedRows !== 1) {
        throw new ImportConflictError(
          `Line ${row.line}: the measurement ${row.period}${row.disaggregation === TOTAL ? '' : ` (${row.disaggregation})`} was changed or removed by someone else while the file was being imported, so nothing was imported. Import the file again: it will be compared with what is stored now.`,
        );
      }
      const snapshot = auditSnapshot(meta, stored);
      audit.push({ id: existing.id, before: snapshot, after: { ...snapshot, ...auditSnapshot(meta, data) } });
      if (writeHistory) history.push(historyRow(existing.id, existing.version + 1, MeasurementAction.CHANGED, row, options, person, now));
    }
    await recordAuditEvents(t, meta.className, 'UPDATE', audit);
    for (const batch of chunks(history, 500)) await t.insertMany(MeasurementHistory, batch as never[]);
  });
}

function historyRow(id: number, version: number, action: MeasurementAction, r: ParsedMeasurement, options: ApplyOptions, person: number | null, now: Date): Record<string, unknown> {
  return {
    measurement: id,
    version,
    action,
    value: r.value,
    valueStatus: r.valueStatus,
    numerator: r.numerator,
    denominator: r.denominator,
    status: options.status,
    note: r.note,
    source: options.source,
    changedBy: person,
    changedAt: now,
  };
}

export interface ImportReport {
  format: ImportFormat | null;
  dryRun: boolean;
  stored: boolean;
  linesRead: number;
  skipped: number;
  measurements: number;
  created: number;
  changed: number;
  unchanged: number;
  errors: ImportRowError[];
  errorCount: number;
  fileError: string | null;
}

/**
 * Parse, check, compare and (unless a dry run or anything is wrong) store a file. All or nothing: a
 * file with any bad row stores nothing. `beforeApply` runs with the plan before anything is written
 * (access checks).
 */
export async function importMeasurements(
  em: Em,
  input: Readable | string,
  options: ImportOptions &
    Omit<ApplyOptions, 'source' | 'status'> & {
      /** The status to store, or a choice by format (national publications may be stored as PUBLISHED). */
      status: MeasurementStatus | ((format: ImportFormat) => MeasurementStatus);
      dryRun?: boolean;
      source?: string | null;
      beforeApply?: (rows: ParsedMeasurement[], status: MeasurementStatus) => Promise<void>;
    },
): Promise<ImportReport> {
  const lookups = await loadLookups(em);
  const parsed = await parseMeasurementCsv(input, lookups, options);
  const report: ImportReport = {
    format: parsed.format,
    dryRun: options.dryRun ?? false,
    stored: false,
    linesRead: parsed.linesRead,
    skipped: parsed.skipped,
    measurements: parsed.rows.length,
    created: 0,
    changed: 0,
    unchanged: 0,
    errors: parsed.errors,
    errorCount: parsed.errorCount,
    fileError: parsed.fileError,
  };
  if (parsed.fileError || parsed.errorCount > 0) return report;
  const status = typeof options.status === 'function' ? options.status(parsed.format!) : options.status;
  if (options.beforeApply) await options.beforeApply(parsed.rows, status);
  const plan = await planMeasurementImport(em, parsed.rows);
  report.created = plan.create.length;
  report.changed = plan.change.length;
  report.unchanged = plan.unchanged;
  if (report.dryRun || (plan.create.length === 0 && plan.change.length === 0)) return report;
  const source = options.source ?? defaultSource(parsed.format, options);
  await applyMeasurementImport(em, plan, { ...options, status, source });
  report.stored = true;
  return report;
}

function defaultSource(format: ImportFormat | null, options: ImportOptions): string {
  switch (format) {
    case 'ascof':
      return `NHS Digital, Measures from ASCOF, England ${options.period ?? periodFromFileName(options.fileName) ?? ''} (OGL v3)`.trim();
    case 'ascof_outcomes':
      return 'NHS Digital ASCOF outcomes (OGL v3)';
    case 'oflog':
      return 'Office for Local Government adult social care measures (OGL v3)';
    default:
      return options.fileName ? `import: ${options.fileName.split(/[\\/]/).pop()}` : 'import';
  }
}
