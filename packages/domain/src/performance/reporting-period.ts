/**
 * The period an indicator is judged at when exceptions are asked for a period (`exceptionsFor`):
 * an indicator of the period's own kind at that period; a monthly or quarterly indicator, asked for a
 * financial year (or a monthly one for a quarter), at its latest period inside it with a number, so
 * exceptions for 2024-25 include a monthly indicator as it stood in its newest month of 2024-25.
 * An indicator of a longer period than the one asked (an annual one for a month) is not judged.
 */
import type { PeriodKind } from './enums.js';
import { comparePeriods, toPeriod, type Period, type PeriodLike } from './period.js';

const LENGTH: Record<PeriodKind, number> = { MONTH: 1, QUARTER: 3, YEAR: 12 };

/** A period of the indicator's series and whether it holds a number. */
export interface ReportedPoint {
  period: string;
  hasValue: boolean;
}

/**
 * The indicator's period to judge for `asked`: `asked` itself for its own kind, the latest period
 * within `asked` that has a number for a shorter kind, or null (a longer kind, or no number in it).
 */
export function reportingPeriod(kind: PeriodKind, asked: PeriodLike, points: readonly ReportedPoint[]): string | null {
  const p = toPeriod(asked);
  if (kind === p.kind) return p.text;
  if (LENGTH[kind] > LENGTH[p.kind]) return null;
  let latest: Period | null = null;
  for (const point of points) {
    if (!point.hasValue) continue;
    const q = toPeriod(point.period, kind);
    if (q.start < p.start || q.end > p.end) continue;
    if (latest === null || comparePeriods(q, latest) > 0) latest = q;
  }
  return latest?.text ?? null;
}
