/**
 * Pure layout of a ranked comparison across councils: one column per council, best first (the API's
 * order), the highlighted council picked out, the median as a line. No DOM.
 */
import { scaleBand, scaleLinear } from 'd3-scale';

export interface CompareEntryInput {
  name: string;
  value: number | null;
  rank: number | null;
  highlighted: boolean;
}

export interface CompareBar {
  name: string;
  value: number;
  rank: number | null;
  x: number;
  y: number;
  width: number;
  height: number;
  highlighted: boolean;
}

export interface CompareLayout {
  width: number;
  height: number;
  bars: CompareBar[];
  medianY: number | null;
  yTicks: Array<{ value: number; y: number }>;
  /** Councils without a number (suppressed, not available, missing): not drawn. */
  missing: number;
  highlighted: CompareBar | null;
  baseline: number;
}

export function layoutComparison(
  entries: readonly CompareEntryInput[],
  median: number | null,
  options: { width: number; height: number; margin?: { top: number; right: number; bottom: number; left: number } },
): CompareLayout {
  const m = options.margin ?? { top: 24, right: 12, bottom: 24, left: 52 };
  const withValue = entries.filter((e) => typeof e.value === 'number' && Number.isFinite(e.value)) as Array<
    CompareEntryInput & { value: number }
  >;
  const max = Math.max(0, ...withValue.map((e) => e.value), median ?? 0);
  const min = Math.min(0, ...withValue.map((e) => e.value));
  const y = scaleLinear()
    .domain([min, max || 1])
    .range([options.height - m.bottom, m.top])
    .nice(4);
  const x = scaleBand<number>()
    .domain(withValue.map((_, i) => i))
    .range([m.left, options.width - m.right])
    .paddingInner(withValue.length > 60 ? 0.15 : 0.25);
  const zero = y(0);
  const bars = withValue.map((e, i) => {
    const top = y(Math.max(0, e.value));
    const bottom = y(Math.min(0, e.value));
    return {
      name: e.name,
      value: e.value,
      rank: e.rank,
      x: x(i) ?? 0,
      y: top,
      width: Math.max(1, x.bandwidth()),
      height: Math.max(1, bottom - top),
      highlighted: e.highlighted,
    };
  });
  return {
    width: options.width,
    height: options.height,
    bars,
    medianY: median == null ? null : y(median),
    yTicks: y.ticks(4).map((v) => ({ value: v, y: y(v) })),
    missing: entries.length - withValue.length,
    highlighted: bars.find((b) => b.highlighted) ?? null,
    baseline: zero,
  };
}
