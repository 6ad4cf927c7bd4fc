/** The measurement import's shapes: the layouts, the options, the checked rows and what reading a file gives. */
import type { IndicatorFrequency, PeriodKind, ValueStatus } from '@goldenthread/domain';
import type { RowError } from './row-errors.js';

export type ImportFormat = 'ascof' | 'ascof_outcomes' | 'oflog' | 'template';
export const IMPORT_FORMATS: readonly ImportFormat[] = ['ascof', 'ascof_outcomes', 'oflog', 'template'];

/** Largest file accepted (bytes): 50 MB, about ten times the largest national file. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** Most errors listed (the count of all of them is still given). */
export const MAX_LISTED_ERRORS = 1000;

export type ImportRowError = RowError;

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

/** A published figure for England or a region (ascof, ascof_outcomes): the same reading, for an area instead of a council. */
export type ParsedAreaFigure = Omit<ParsedMeasurement, 'councilId'> & { areaId: number };

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
  /** England's and the regions' published figures (not for an import of one council). */
  areaRows: ParsedAreaFigure[];
  errors: ImportRowError[];
  errorCount: number;
  /** Data lines read (after the header, blank lines not counted). */
  linesRead: number;
  /** Lines about neither a council nor England or a region (council types), or about another council than the one imported. */
  skipped: number;
  /** A whole-file problem (too large, wrong header, unreadable). */
  fileError: string | null;
}

export interface Lookups {
  councilsByGss: Map<string, { id: number; name: string }>;
  /** England and the regions (table area) by GSS code. */
  areasByGss: Map<string, { id: number; name: string }>;
  /** Key `FRAMEWORK:CODE` (upper case) for national indicators; `LOCAL:<councilId>:CODE` for local ones. */
  indicators: Map<string, { id: number; frequency: IndicatorFrequency; title: string; code?: string }>;
}
