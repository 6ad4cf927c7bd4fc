/** The indicator page's words for its monthly or quarterly figures rolled up to the financial year (Indicator.yearRollup). */

export interface YearRollupShown {
  year: string;
  rule: string;
  value?: number | null;
  periods: number;
  expected: number;
}

const RULE: Record<string, string> = { SUM: 'total', MEAN: 'mean', LAST: 'last figure' };

/** "2024-25: 83.4% (mean of 12 months); 2025-26: 4 of 12 months so far", or why there is none. */
export function yearRollupWords(
  rule: string,
  years: readonly YearRollupShown[],
  fmt: (v: number | null | undefined, unit?: string | null) => string,
  unit: string | null | undefined,
): string {
  if (rule === 'NONE') return 'Not rolled up to the year (the indicator states no rule)';
  if (!years.length) return 'No figures yet';
  const periods = (y: YearRollupShown) => `${y.expected === 4 ? 'quarters' : 'months'}`;
  return years
    .slice(-2)
    .reverse()
    .map((y) =>
      y.value === null || y.value === undefined
        ? `${y.year}: ${y.periods} of ${y.expected} ${periods(y)} so far`
        : `${y.year}: ${fmt(y.value, unit)} (${RULE[y.rule] ?? y.rule.toLowerCase()} of ${y.expected} ${periods(y)})`,
    )
    .join('; ');
}
