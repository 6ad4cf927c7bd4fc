/**
 * Monthly and quarterly figures rolled up to the financial year by the indicator's stated rule
 * (`Indicator.yearRollup`, docs/methods/performance.md "Rolling up to the year"): SUM (the year's total:
 * counts), MEAN (the mean of the periods: rates and percentages), LAST (the year's last period: stocks and
 * snapshots), NONE (not rolled up). A year rolls up only when every one of its periods has a number: a
 * year with a missing, suppressed or not-available period is incomplete and has no rolled-up figure. Pure.
 */
import { YearRollup } from './enums.js';
import { toPeriod } from './period.js';

export interface RollupPoint {
  /** The period's text (`2023-24 Q1`, `2023-04`). */
  period: string;
  /** The number, or null when there is none (missing, suppressed, not available). */
  value: number | null;
}

export interface YearRollupFigure {
  /** The financial year (`2023-24`). */
  year: string;
  /** The rolled-up figure; null while the year is incomplete. */
  value: number | null;
  /** Periods of the year with a number. */
  periods: number;
  /** Periods the year has (4 quarters or 12 months). */
  expected: number;
}

const PER_YEAR = { QUARTER: 4, MONTH: 12 } as const;

/** The years of `points` (one kind: quarters or months) rolled up by `rule`, oldest first; none for NONE or annual figures. */
export function rollUpToYears(rule: YearRollup, points: readonly RollupPoint[]): YearRollupFigure[] {
  if (rule === YearRollup.NONE || points.length === 0) return [];
  const byYear = new Map<string, Array<{ start: string; value: number | null }>>();
  let expected = 0;
  for (const p of points) {
    const period = toPeriod(p.period);
    if (period.kind === 'YEAR') continue;
    expected = PER_YEAR[period.kind];
    const list = byYear.get(period.financialYear) ?? [];
    if (!list.some((x) => x.start === period.start)) list.push({ start: period.start, value: p.value });
    byYear.set(period.financialYear, list);
  }
  return [...byYear.keys()].sort().map((year) => {
    const list = byYear.get(year)!.sort((a, b) => a.start.localeCompare(b.start));
    const numbers = list.filter((x) => x.value !== null).map((x) => x.value!);
    const complete = numbers.length === expected;
    return { year, value: complete ? combine(rule, numbers) : null, periods: numbers.length, expected };
  });
}

function combine(rule: YearRollup, ordered: number[]): number {
  if (rule === YearRollup.SUM) return ordered.reduce((a, b) => a + b, 0);
  if (rule === YearRollup.MEAN) return ordered.reduce((a, b) => a + b, 0) / ordered.length;
  return ordered[ordered.length - 1]!;
}
