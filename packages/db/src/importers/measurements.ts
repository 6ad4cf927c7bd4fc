/**
 * Measurement import: CSV files in the layouts councils and national bodies publish, read as a stream,
 * checked row by row, then stored all or nothing. The parts: the layouts' readers
 * (measurement-formats/), the checks they share (measurement-rows.ts), reading a file
 * (measurement-csv.ts), and the plan and its application (measurement-store.ts).
 *
 * Formats (see README "Indicators"): `ascof` (NHS Digital "Measures from ASCOF" open data),
 * `ascof_outcomes` (ASCOF outcome values per council and year), `oflog` (Office for Local Government
 * adult social care measures) and `template` (`gss_code, indicator_code, period, value, numerator,
 * denominator, note`, and optionally `disaggregation`).
 *
 * What a council officer's spreadsheet really looks like is accepted: a byte-order mark, CRLF line
 * ends, blank lines (also at the end), stray spaces and any case in the headers, thousands separators,
 * percent signs, `[c]` (suppressed) and `[x]` (not available). Anything else wrong is reported with its
 * line number and the reason, and nothing is stored.
 */
import type { Readable } from 'node:stream';
import { IndicatorFramework, type IndicatorFrequency, type MeasurementStatus } from '@goldenthread/domain';
import { Area } from '../indicators/area.entity.js';
import { Indicator } from '../indicators/indicator.entity.js';
import { Council } from '../organisation/council.entity.js';
import type { Em } from '../orm.js';
import { applyAreaFigureImport, planAreaFigureImport } from './area-figure-store.js';
import { planWrites } from './import-plan.js';
import { parseMeasurementCsv } from './measurement-csv.js';
import { periodFromFileName } from './measurement-formats/index.js';
import { applyMeasurementImport, planMeasurementImport, type ApplyOptions, type PlannedRow } from './measurement-store.js';
import type { ImportFormat, ImportOptions, ImportRowError, Lookups, ParsedMeasurement } from './measurement-types.js';

export async function loadLookups(em: Em): Promise<Lookups> {
  const councils = await em.find(Council, {}, { fields: ['id', 'gssCode', 'name'] });
  const areas = await em.find(Area, {}, { fields: ['id', 'gssCode', 'name'] });
  const indicators = await em.find(Indicator, {}, { fields: ['id', 'framework', 'code', 'displayCode', 'council', 'frequency', 'title'] });
  const map = new Map<string, { id: number; frequency: IndicatorFrequency; title: string; code: string }>();
  for (const i of indicators) {
    const v = { id: i.id, frequency: i.frequency, title: i.title, code: i.displayCode ?? i.code };
    const prefix = i.framework === IndicatorFramework.LOCAL ? `LOCAL:${i.council?.id ?? 0}` : i.framework;
    map.set(`${prefix}:${i.code.toUpperCase()}`, v);
    if (i.displayCode) map.set(`${prefix}:${i.displayCode.toUpperCase()}`, v);
  }
  return {
    councilsByGss: new Map(councils.map((c) => [c.gssCode, { id: c.id, name: c.name }])),
    areasByGss: new Map(areas.map((a) => [a.gssCode, { id: a.id, name: a.name }])),
    indicators: map,
  };
}

/** A row of a dry run's preview: what the import would do with one line of the file. */
export interface ImportPreviewRow {
  line: number;
  action: 'CREATE' | 'CHANGE' | 'UNCHANGED';
  councilName: string;
  indicatorCode: string;
  indicatorTitle: string;
  period: string;
  disaggregation: string;
  value: number | null;
  valueStatus: ParsedMeasurement['valueStatus'];
  /** The figure stored now (a changed or unchanged row), null for a new one. */
  storedValue: number | null;
  storedValueStatus: ParsedMeasurement['valueStatus'] | null;
  storedStatus: MeasurementStatus | null;
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
  /** England's and the regions' published figures in the file (none for an import of one council): new, changed, unchanged. */
  areaFigures: { created: number; changed: number; unchanged: number };
  /** The first rows (PREVIEW_ROWS, by line) with what the import does with each; empty when the file has problems. */
  preview: ImportPreviewRow[];
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
    areaFigures: { created: 0, changed: 0, unchanged: 0 },
    preview: [],
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
  report.preview = previewRows(plan.preview, lookups);
  const areaPlan = await planAreaFigureImport(em, parsed.areaRows);
  report.areaFigures = { created: areaPlan.create.length, changed: areaPlan.change.length, unchanged: areaPlan.unchanged };
  if (report.dryRun || (!planWrites(plan) && !planWrites(areaPlan))) return report;
  const source = options.source ?? defaultSource(parsed.format, options);
  // One transaction: the councils' measurements and the areas' figures are stored together or not at all.
  await em.transactional(async (tx) => {
    if (planWrites(plan)) await applyMeasurementImport(tx, plan, { ...options, status, source });
    await applyAreaFigureImport(tx, areaPlan, source);
  });
  report.stored = true;
  return report;
}

function previewRows(planned: readonly PlannedRow[], lookups: Lookups): ImportPreviewRow[] {
  const councils = new Map([...lookups.councilsByGss.values()].map((c) => [c.id, c.name]));
  const indicators = new Map<number, { code: string; title: string }>();
  for (const i of lookups.indicators.values()) indicators.set(i.id, { code: i.code ?? '', title: i.title });
  return planned.map(({ line, action, row, stored }) => ({
    line,
    action,
    councilName: councils.get(row.councilId) ?? '',
    indicatorCode: indicators.get(row.indicatorId)?.code ?? '',
    indicatorTitle: indicators.get(row.indicatorId)?.title ?? '',
    period: row.period,
    disaggregation: row.disaggregation,
    value: row.value,
    valueStatus: row.valueStatus,
    storedValue: stored?.value ?? null,
    storedValueStatus: stored?.valueStatus ?? null,
    storedStatus: stored?.status ?? null,
  }));
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
