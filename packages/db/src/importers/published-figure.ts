/**
 * What a measurement import and an area-figure import share: the figure a source publishes, compared
 * at its precision, and the read of what is stored for a file's indicators and periods.
 */
import { chunks } from '../shared/bulk-insert.js';

/** The fields of a figure as a publication gives them. */
export interface PublishedFigure {
  value: number | null;
  valueStatus: string;
  numerator: number | null;
  denominator: number | null;
  note?: string | null;
}

/** The stored columns of those fields, for a partial read. */
export const PUBLISHED_FIGURE_FIELDS = ['value', 'valueStatus', 'numerator', 'denominator', 'note'] as const;

/**
 * Two numbers the same at the precision a source publishes: equal to 12 significant digits (no
 * publication has more), so a value stored one floating-point step off (by an older release) is not
 * reported as changed on every re-import.
 */
export function samePublishedNumber(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return a === b || Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
}

/** A stored figure the same as a file's row at the source's precision (value, status, numerator, denominator, note). */
export function samePublishedFigure(stored: PublishedFigure, row: PublishedFigure): boolean {
  return (
    samePublishedNumber(stored.value, row.value) &&
    stored.valueStatus === row.valueStatus &&
    samePublishedNumber(stored.numerator, row.numerator) &&
    samePublishedNumber(stored.denominator, row.denominator) &&
    (stored.note ?? null) === (row.note ?? null)
  );
}

/**
 * What is stored for the rows' indicators and periods, by `key`: `find` is called once per 500
 * indicators with the periods of the whole file (reads only).
 */
export async function storedForRows<T>(
  rows: readonly { indicatorId: number; period: string }[],
  find: (indicatorIds: number[], periods: string[]) => Promise<T[]>,
  key: (stored: T) => string,
): Promise<Map<string, T>> {
  const periods = [...new Set(rows.map((r) => r.period))];
  const stored = new Map<string, T>();
  for (const ids of chunks([...new Set(rows.map((r) => r.indicatorId))])) for (const s of await find(ids, periods)) stored.set(key(s), s);
  return stored;
}
