/**
 * A figure written as its indicator publishes it: the API's `Indicator.precision` (decimal places or
 * significant figures, from the domain's publishedPrecision) applied the way `Indicator.formatValue`
 * does, so the page shows ASCOF 1J's 0.41 as "0.410" and a count as "18,232". Short units (%, "pts")
 * follow the number; without a precision, one decimal place at most, as before.
 */
export interface FigurePrecision {
  kind: string;
  digits: number;
}

export function formatFigure(value: number | null | undefined, unit?: string | null, precision?: FigurePrecision | null): string {
  if (value == null || !Number.isFinite(value)) return '—';
  const suffix = unit && unit.length <= 3 ? unit : '';
  return `${value.toLocaleString('en-GB', localeOptions(precision))}${suffix}`;
}

function localeOptions(precision: FigurePrecision | null | undefined): Intl.NumberFormatOptions {
  if (!precision) return { maximumFractionDigits: 1 };
  if (precision.kind === 'SIGNIFICANT_FIGURES') {
    const s = Math.max(1, Math.min(15, Math.trunc(precision.digits)));
    return { minimumSignificantDigits: s, maximumSignificantDigits: s };
  }
  const d = Math.max(0, Math.min(10, Math.trunc(precision.digits)));
  return { minimumFractionDigits: d, maximumFractionDigits: d };
}
