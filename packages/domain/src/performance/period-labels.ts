/** Plain-English labels of periods and dates (`2020-21 (April 2020 to March 2021)`, `30 April 2021`). */
import { MONTH_NAMES, type PeriodLike, toPeriod } from './period.js';

function longDate(iso: string, withDay: boolean): string {
  const y = iso.slice(0, 4);
  const month = MONTH_NAMES[Number(iso.slice(5, 7)) - 1] ?? '';
  return withDay ? `${Number(iso.slice(8, 10))} ${month} ${y}` : `${month} ${y}`;
}

/** A plain-English label: `2020-21 (April 2020 to March 2021)`, `2020-21 Q1 (April to June 2020)`, `April 2020`. */
export function describePeriod(p: PeriodLike): string {
  const period = toPeriod(p);
  if (period.kind === 'MONTH') return longDate(period.start, false);
  if (period.kind === 'YEAR') return `${period.text} (${longDate(period.start, false)} to ${longDate(period.end, false)})`;
  const startMonth = MONTH_NAMES[Number(period.start.slice(5, 7)) - 1] ?? '';
  return `${period.text} (${startMonth} to ${longDate(period.end, false)})`;
}

/** `2021-04-30` -> `30 April 2021`. */
export function describeDate(iso: string): string {
  return longDate(iso, true);
}
