/**
 * Pure layouts of simple bar charts: columns over categories in order (e.g. complaints received per
 * quarter, or a share per quarter), and labelled rows ranked by size (e.g. the top themes). A missing
 * value (null) leaves a gap, never a zero bar. No DOM.
 */
import { scaleBand, scaleLinear } from 'd3-scale';

export interface BarInput {
  label: string;
  value: number | null;
}

export interface Bar {
  label: string;
  value: number | null;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ColumnLayout {
  width: number;
  height: number;
  bars: Bar[];
  yTicks: Array<{ value: number; y: number }>;
  plot: { left: number; top: number; right: number; bottom: number };
  /** Show every nth category label so they do not overlap. */
  labelEvery: number;
}

export function layoutColumns(
  items: readonly BarInput[],
  options: { width: number; height: number; max?: number; margin?: { top: number; right: number; bottom: number; left: number } },
): ColumnLayout {
  const m = options.margin ?? { top: 12, right: 8, bottom: 36, left: 40 };
  const values = items.map((i) => i.value).filter((v): v is number => v !== null && Number.isFinite(v));
  const max = options.max ?? Math.max(1, ...values);
  const y = scaleLinear()
    .domain([0, max])
    .range([options.height - m.bottom, m.top]);
  if (options.max === undefined) y.nice(4);
  const x = scaleBand<number>()
    .domain(items.map((_, i) => i))
    .range([m.left, options.width - m.right])
    .paddingInner(0.25)
    .paddingOuter(0.1);
  const bars = items.map((it, i) => {
    const v = it.value !== null && Number.isFinite(it.value) ? Math.max(0, it.value) : null;
    const top = v === null ? y(0) : y(v);
    return {
      label: it.label,
      value: it.value,
      x: x(i) ?? 0,
      y: top,
      width: Math.max(1, x.bandwidth()),
      height: v === null ? 0 : y(0) - top,
    };
  });
  // Labels of about 60 px each.
  const labelEvery = Math.max(1, Math.ceil(items.length / Math.max(1, Math.floor((options.width - m.left - m.right) / 60))));
  return {
    width: options.width,
    height: options.height,
    bars,
    yTicks: y.ticks(4).map((v) => ({ value: v, y: y(v) })),
    plot: { left: m.left, top: m.top, right: options.width - m.right, bottom: options.height - m.bottom },
    labelEvery,
  };
}

export interface RowLayout {
  width: number;
  height: number;
  rows: Array<Bar & { labelY: number }>;
}

/** Horizontal bars, largest first, the label above each bar (room for long names on a phone). */
export function layoutRows(
  items: readonly BarInput[],
  options: { width: number; rowHeight?: number; margin?: { left: number; right: number } },
): RowLayout {
  const rowHeight = options.rowHeight ?? 38;
  const m = options.margin ?? { left: 0, right: 40 };
  const sorted = [...items]
    .filter((i) => i.value !== null)
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0) || a.label.localeCompare(b.label));
  const max = Math.max(1, ...sorted.map((i) => i.value ?? 0));
  const x = scaleLinear()
    .domain([0, max])
    .range([0, Math.max(10, options.width - m.left - m.right)]);
  const rows = sorted.map((it, i) => ({
    label: it.label,
    value: it.value,
    x: m.left,
    y: i * rowHeight + 18,
    width: Math.max(2, x(it.value ?? 0)),
    height: rowHeight - 24,
    labelY: i * rowHeight + 13,
  }));
  return { width: options.width, height: Math.max(rowHeight, sorted.length * rowHeight), rows };
}
