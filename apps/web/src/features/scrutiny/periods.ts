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

export const DIRECTION: Record<string, { icon: string; text: string }> = {
  IMPROVING: { icon: '↗', text: 'Improving' },
  STABLE: { icon: '→', text: 'Stable' },
  DETERIORATING: { icon: '↘', text: 'Getting worse' },
  UNKNOWN: { icon: '·', text: 'Not enough data' },
};

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
