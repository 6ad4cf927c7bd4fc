/**
 * The filters of the bulk open data (README "Bulk open data"): the same for GET /data/measurements.csv
 * and .jsonl (query parameters) and for the GraphQL change feed (its filter input). Each is checked
 * here once, and a bad one is a BAD_USER_INPUT naming the parameter, never an empty answer or a 500.
 */
import { AreaType, CouncilType, IndicatorFramework, parsePeriod, periodError } from '@goldenthread/domain';
import { badInput } from '../../errors.js';

/** What a download asks for: every list empty or absent means "any". */
export interface OpenDataFilter {
  frameworks: IndicatorFramework[];
  /** Indicator codes (or display codes) as published, e.g. 2A(2), ASC1. */
  indicators: string[];
  /** Councils by ONS GSS code. */
  councils: string[];
  /** Council types, and ENGLAND / REGION for the published figures of England and the regions (given only when asked for). */
  areaTypes: Array<CouncilType | AreaType>;
  /** First day of the first period asked for, and last day of the last one (YYYY-MM-DD). */
  periodFrom: string | null;
  periodTo: string | null;
  /** Only measurements changed (published or republished) after this instant. */
  updatedSince: Date | null;
}

/** The query parameters a download accepts: anything else is refused, so a misspelt filter never returns everything. */
export const FILTER_PARAMETERS = ['framework', 'indicator', 'council', 'areaType', 'periodFrom', 'periodTo', 'updatedSince'] as const;

/** At most this many values in one list parameter. */
export const MAX_FILTER_VALUES = 200;

export interface FilterText {
  framework?: readonly string[] | null;
  indicator?: readonly string[] | null;
  council?: readonly string[] | null;
  areaType?: readonly string[] | null;
  periodFrom?: string | null;
  periodTo?: string | null;
  updatedSince?: string | Date | null;
}

/** Values of a list parameter: repeated (`?council=A&council=B`) or comma-separated (`?council=A,B`). */
function listOf(field: string, values: readonly string[] | null | undefined): string[] {
  const out = [
    ...new Set(
      (values ?? [])
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter(Boolean),
    ),
  ];
  if (out.length > MAX_FILTER_VALUES) throw badInput(field, `at most ${MAX_FILTER_VALUES} values can be given at once.`);
  return out;
}

function oneOf<T extends string>(field: string, values: string[], allowed: Record<string, T>): T[] {
  const known = Object.values(allowed);
  return values.map((v) => {
    const found = known.find((k) => k === v.toUpperCase());
    if (!found) throw badInput(field, `"${v.slice(0, 40)}" is not one of ${known.join(', ')}.`, { value: v.slice(0, 40) });
    return found;
  });
}

function period(field: string, text: string | null | undefined, edge: 'start' | 'end'): string | null {
  if (text === null || text === undefined || text.trim() === '') return null;
  const p = parsePeriod(text);
  if (!p) throw badInput(field, periodError(text) ?? `"${text.slice(0, 20)}" is not a period.`);
  return edge === 'start' ? p.start : p.end;
}

const INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** The text's YYYY-MM-DD is a day of the calendar (Date would read 2025-02-30 as 2 March). */
function realDay(text: string): boolean {
  const [y, m, d] = text.slice(0, 10).split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

/** An instant in ISO 8601 (a date alone is midnight UTC), or null. */
export function parseInstant(field: string, value: string | Date | null | undefined): Date | null {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw badInput(field, 'is not a valid date and time.');
    return value;
  }
  const text = value.trim();
  const date = INSTANT.test(text) && realDay(text) ? new Date(text.length === 10 ? `${text}T00:00:00Z` : text) : null;
  if (!date || Number.isNaN(date.getTime()))
    throw badInput(field, `"${text.slice(0, 40)}" is not a date and time: write it in ISO 8601, like 2025-01-31T02:00:00Z or 2025-01-31.`);
  return date;
}

/** Checks and normalises a filter; throws BAD_USER_INPUT (with `field`) for the first bad value. */
export function parseOpenDataFilter(text: FilterText): OpenDataFilter {
  const councils = [...new Set(listOf('council', text.council).map((c) => c.toUpperCase()))];
  for (const c of councils)
    if (!/^E\d{8}$/.test(c))
      throw badInput('council', `"${c.slice(0, 20)}" is not a GSS code: councils are named by codes like E10000029.`);
  const filter: OpenDataFilter = {
    frameworks: oneOf('framework', listOf('framework', text.framework), IndicatorFramework),
    indicators: listOf('indicator', text.indicator),
    councils,
    areaTypes: oneOf('areaType', listOf('areaType', text.areaType), { ...CouncilType, ...AreaType }),
    periodFrom: period('periodFrom', text.periodFrom, 'start'),
    periodTo: period('periodTo', text.periodTo, 'end'),
    updatedSince: parseInstant('updatedSince', text.updatedSince),
  };
  if (filter.periodFrom && filter.periodTo && filter.periodFrom > filter.periodTo)
    throw badInput('periodTo', `${text.periodTo} ends before ${text.periodFrom} begins: give the earlier period as periodFrom.`);
  return filter;
}

/** The filter as one canonical text (part of the ETag: the same question has the same tag). */
export function filterKey(filter: OpenDataFilter): string {
  const sorted = (v: readonly string[]) => [...v].sort().join(',');
  return [
    sorted(filter.frameworks),
    sorted(filter.indicators),
    sorted(filter.councils),
    sorted(filter.areaTypes),
    filter.periodFrom ?? '',
    filter.periodTo ?? '',
    filter.updatedSince?.toISOString() ?? '',
  ].join('|');
}
