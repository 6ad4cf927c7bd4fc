/**
 * Which councils existed in a period. A council's end date is the day it ceased to exist (the day its
 * successors started: Northamptonshire 2021-04-01, Cumbria 2023-04-01), so it exists up to the day before.
 */
import { toPeriod, type PeriodLike } from './period.js';

export interface CouncilLifetime {
  /** ISO date it started (null: before any data). */
  startDate: string | null;
  /** ISO date it ceased to exist (null: it still exists). */
  endDate: string | null;
}

/** True when the council existed on at least one day of the period. */
export function existedDuring(c: CouncilLifetime, period: PeriodLike): boolean {
  const p = toPeriod(period);
  return (c.startDate === null || c.startDate <= p.end) && (c.endDate === null || c.endDate > p.start);
}

/** The councils that existed in the period (a comparator group for that period). */
export function existingIn<T extends CouncilLifetime>(councils: readonly T[], period: PeriodLike): T[] {
  return councils.filter((c) => existedDuring(c, period));
}
