import { formatFigure, type FigurePrecision } from '../../ui/figures.js';
/** Period ranges for an indicator's chart, by frequency (the API expects from/to of the same kind). */
export function seriesRange(frequency: string, around?: string | null): { from: string; to: string } {
  if (frequency === 'MONTHLY') return { from: '2023-04', to: '2025-03' };
  if (frequency === 'QUARTERLY') return { from: '2023-24 Q1', to: '2024-25 Q4' };
  void around;
  return { from: '2015-16', to: '2024-25' };
}

/** Drops the leading and trailing periods with neither a number nor a target. */
export function trimSeries<T extends { value?: number | null; target?: number | null }>(points: readonly T[]): T[] {
  const has = (p: T) => p.value != null || p.target != null;
  let a = 0;
  let b = points.length;
  while (a < b && !has(points[a]!)) a++;
  while (b > a && !has(points[b - 1]!)) b--;
  return points.slice(a, b);
}

export const GROUPS = [
  { kind: 'SAME_TYPE', label: 'Councils of the same type' },
  { kind: 'SAME_REGION', label: 'Councils in the same region' },
  { kind: 'ALL_ENGLAND', label: 'All of England' },
] as const;
export type GroupKindValue = (typeof GROUPS)[number]['kind'];

export function groupOf(value: string | null): GroupKindValue {
  return GROUPS.some((g) => g.kind === value) ? (value as GroupKindValue) : 'SAME_TYPE';
}

/** Direction of travel (the change from the previous figure) and the longer-run trend, in words. */
export const DIRECTION: Record<string, { icon: string; text: string }> = {
  IMPROVING: { icon: '↗', text: 'Improving' },
  STABLE: { icon: '→', text: 'No significant change' },
  DETERIORATING: { icon: '↘', text: 'Getting worse' },
  UNKNOWN: { icon: '·', text: 'Not enough data' },
};

interface Change {
  direction: string;
  period?: string | null;
  value?: number | null;
  previousPeriod?: string | null;
  previousValue?: number | null;
}

/** "961.6 in 2019-20 to 639.4 in 2020-21": the two figures the direction of travel compares. */
export function changeWords(c: Change | null | undefined, fmt: (v: number | null | undefined) => string): string {
  if (!c?.period) return 'No figure yet';
  if (!c.previousPeriod) return `Only ${c.period} has a figure`;
  return `${fmt(c.previousValue)} in ${c.previousPeriod} to ${fmt(c.value)} in ${c.period}`;
}

interface Trend {
  direction: string;
  slope?: number | null;
  pointsUsed: number;
  periodsUsed: readonly string[];
}

/** "Line through 5 figures, 2016-17 to 2020-21: +49.95 a period" (the longer-run trend's basis). */
export function trendWords(t: Trend | null | undefined, fmt: (v: number | null | undefined) => string): string {
  if (!t || t.pointsUsed < 2 || t.slope == null) return 'Needs two figures or more';
  const first = t.periodsUsed[0];
  const last = t.periodsUsed[t.periodsUsed.length - 1];
  const sign = t.slope > 0 ? '+' : t.slope < 0 ? '−' : '';
  return `Line through ${t.pointsUsed} figures, ${first} to ${last}: ${sign}${fmt(Math.abs(t.slope))} a period`;
}

export const POLARITY: Record<string, string> = {
  HIGHER_IS_BETTER: 'Higher is better',
  LOWER_IS_BETTER: 'Lower is better',
  WITHIN_BAND: 'Best within a band',
  UNKNOWN: 'Polarity not published',
};

export function ordinal(n: number): string {
  const s = ['th', 'st', 'nd', 'rd'];
  const v = n % 100;
  return `${n}${s[(v - 20) % 10] ?? s[v] ?? s[0]}`;
}

/**
 * Which target a figure is rated against, as both the indicator page and the drill-down say it:
 * "Target 60 for Locality Social Work (2024-25)", "Target 80 for the council (2024-25)".
 */
export function targetFor(
  point: { target?: number | null; targetPeriod?: string | null; targetService?: { name: string } | null } | null | undefined,
  unit?: string | null,
  precision?: FigurePrecision | null,
): string {
  if (point?.target == null) return 'No target set';
  const format = (v: number) => formatFigure(v, unit, precision);
  const who = point.targetService ? point.targetService.name : 'the council';
  return `Target ${format(point.target)} for ${who}${point.targetPeriod ? ` (${point.targetPeriod})` : ''}`;
}
