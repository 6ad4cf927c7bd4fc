/**
 * Pure layout of an indicator's time-series chart: the council's actuals (points coloured and
 * shaped by RAG), its target, the comparator group's median with the inter-quartile band, and the
 * England median. Periods are categories in order; gaps (no number) break the lines. No DOM.
 */
import { scaleLinear, scalePoint } from 'd3-scale';
import { area, line } from 'd3-shape';

export interface SeriesInput {
  period: string;
  value: number | null;
  target: number | null;
  rag: string;
  /** DRAFT, VALIDATED, PUBLISHED, or null when there is no measurement. */
  status?: string | null;
}

export interface ComparatorInput {
  period: string;
  median: number | null;
  q1: number | null;
  q3: number | null;
  /** The median of English councils (all councils: not England's own figure). */
  england?: number | null;
  /** England's figure as its publisher gives it (NHS Digital's, not a median). */
  englandPublished?: number | null;
  /** The council's region's published figure. */
  regionPublished?: number | null;
}

export interface SeriesLayoutOptions {
  width: number;
  height: number;
  margin?: { top: number; right: number; bottom: number; left: number };
  /** At most this many period labels on the x axis. */
  maxXTicks?: number;
  /** Width of one character of the axis labels in px (12 px system sans: 7.5 allows for wider fonts); labels are thinned so none touch. */
  labelCharWidth?: number;
}

export interface PlotPoint {
  period: string;
  x: number;
  y: number;
  value: number;
  rag: 'GREEN' | 'AMBER' | 'RED' | 'NONE';
  status: string | null;
}

export interface SeriesLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  /** Period labels, thinned so that none overlap; the latest period always labelled; `anchor` keeps the end ones inside the chart. */
  xTicks: Array<{ period: string; x: number; anchor: 'start' | 'middle' | 'end' }>;
  yTicks: Array<{ value: number; y: number; label: string }>;
  actualPath: string | null;
  targetPath: string | null;
  medianPath: string | null;
  englandPath: string | null;
  bandPath: string | null;
  points: PlotPoint[];
  /** Target markers where a target stands alone (one period, or a gap either side): a line needs two points. */
  targetMarks: Array<{ period: string; x: number; y: number; value: number }>;
  /** The median and England median where a figure stands alone between gaps, drawn as points. */
  medianDots: Array<{ period: string; x: number; y: number; value: number }>;
  englandDots: Array<{ period: string; x: number; y: number; value: number }>;
  /** England's and the region's published figures: lines, and points where a figure stands alone. */
  englandPublishedPath: string | null;
  englandPublishedDots: Array<{ period: string; x: number; y: number; value: number }>;
  regionPublishedPath: string | null;
  regionPublishedDots: Array<{ period: string; x: number; y: number; value: number }>;
  /** The inter-quartile range where it stands alone: a bar from q1 (y0) to q3 (y1). */
  bandMarks: Array<{ period: string; x: number; y0: number; y1: number }>;
  /** Periods between the council's first and last figures that have no figure: drawn as gaps, never bridged. */
  gaps: Array<{ period: string; x: number }>;
  domain: [number, number];
  empty: boolean;
}

const DEFAULT_MARGIN = { top: 16, right: 20, bottom: 36, left: 56 };

function finite(v: number | null | undefined): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

const WHOLE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const ONE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** The gap between two axis labels, in px. */
const LABEL_GAP = 8;

/**
 * The x axis's labels: every `step`-th period counted back from the latest (so the latest is always labelled and
 * the spacing even), with `step` the fewest periods whose width holds a label and its gap (and at most `maxTicks`
 * labels); a label at either end is anchored so that it stays inside the chart, and one that would still touch its
 * neighbour is left out.
 */
export function thinPeriodTicks(
  periods: readonly string[],
  xOf: (p: string) => number,
  options: { width: number; maxTicks: number; charWidth: number },
): SeriesLayout['xTicks'] {
  if (periods.length === 0) return [];
  const labelWidth = Math.max(...periods.map((p) => p.length)) * options.charWidth;
  const pitch = periods.length > 1 ? Math.abs(xOf(periods[1]!) - xOf(periods[0]!)) : Infinity;
  const byWidth = Math.ceil((labelWidth + LABEL_GAP) / pitch);
  const step = Math.max(1, byWidth, Math.ceil(periods.length / Math.max(1, options.maxTicks)));
  const kept: SeriesLayout['xTicks'] = [];
  let leftEdge = Infinity;
  for (let i = periods.length - 1; i >= 0; i -= step) {
    const period = periods[i]!;
    const x = xOf(period);
    const w = period.length * options.charWidth;
    const anchor = x + w / 2 > options.width - 2 ? 'end' : x - w / 2 < 2 ? 'start' : 'middle';
    const [from, to] = anchor === 'end' ? [x - w, x] : anchor === 'start' ? [x, x + w] : [x - w / 2, x + w / 2];
    if (to + LABEL_GAP > leftEdge) continue;
    kept.unshift({ period, x, anchor });
    leftEdge = from;
  }
  return kept;
}

/**
 * An axis label. `step`, the distance between ticks: below 0.1, as many decimals as tell the ticks apart
 * (a ratio axis of 0.395, 0.400, 0.405 is not five labels of "0.4").
 */
export function formatTick(v: number, step?: number): string {
  const abs = Math.abs(v);
  if (abs >= 10_000) return `${WHOLE.format(Math.round(v / 1000))}k`;
  // Below 1 on an axis of whole numbers (42, 42.5, 43), or below 0.1: as many decimals as the step has.
  if (step !== undefined && step > 0 && (step < 0.1 || (step < 1 && abs >= 10))) {
    const digits = Math.min(6, Math.ceil(-Math.log10(step) - 1e-9));
    return v.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  }
  return (abs < 10 ? ONE : WHOLE).format(v);
}

export function layoutSeries(
  series: readonly SeriesInput[],
  comparators: readonly ComparatorInput[],
  options: SeriesLayoutOptions,
): SeriesLayout {
  const margin = options.margin ?? DEFAULT_MARGIN;
  const { width, height } = options;
  const plot = { left: margin.left, top: margin.top, right: width - margin.right, bottom: height - margin.bottom };
  const periods = series.map((s) => s.period);
  for (const c of comparators) if (!periods.includes(c.period)) periods.push(c.period);
  periods.sort();
  const byPeriod = new Map(comparators.map((c) => [c.period, c]));

  const values: number[] = [];
  for (const s of series) {
    if (finite(s.value)) values.push(s.value);
    if (finite(s.target)) values.push(s.target);
  }
  for (const c of comparators)
    for (const v of [c.median, c.q1, c.q3, c.england, c.englandPublished, c.regionPublished]) if (finite(v)) values.push(v);
  const empty = values.length === 0 || periods.length === 0;
  let lo = empty ? 0 : Math.min(...values);
  let hi = empty ? 1 : Math.max(...values);
  if (lo === hi) {
    lo = lo - Math.max(1, Math.abs(lo) * 0.1);
    hi = hi + Math.max(1, Math.abs(hi) * 0.1);
  }
  // Start at zero when the data are not far from it, so differences are not exaggerated.
  if (lo > 0 && lo < (hi - lo) * 1.5) lo = 0;
  const y = scaleLinear().domain([lo, hi]).range([plot.bottom, plot.top]).nice(5);
  const x = scalePoint<string>().domain(periods).range([plot.left, plot.right]).padding(0.5);
  const xOf = (p: string) => x(p) ?? plot.left;

  const xTicks = thinPeriodTicks(periods, xOf, { width, maxTicks: options.maxXTicks ?? 12, charWidth: options.labelCharWidth ?? 7.5 });
  const tickValues = y.ticks(5);
  const tickStep = tickValues.length > 1 ? tickValues[1]! - tickValues[0]! : undefined;
  const yTicks = tickValues.map((v) => ({ value: v, y: y(v), label: formatTick(v, tickStep) }));

  // Runs of consecutive periods with a number: a run of two or more is a line, a run of one is a point.
  const runs = <T>(data: readonly T[], ok: (d: T) => boolean): T[][] => {
    const out: T[][] = [];
    let run: T[] = [];
    for (const d of data) {
      if (ok(d)) run.push(d);
      else if (run.length) {
        out.push(run);
        run = [];
      }
    }
    if (run.length) out.push(run);
    return out;
  };
  const linePath = <T>(data: readonly T[], get: (d: T) => number | null | undefined, period: (d: T) => string): string | null => {
    const pieces = runs(data, (d) => finite(get(d)))
      .filter((r) => r.length >= 2)
      .map((r) =>
        line<T>()
          .x((d) => xOf(period(d)))
          .y((d) => y(get(d) as number))(r),
      )
      .filter((d): d is string => Boolean(d));
    return pieces.length ? pieces.join('') : null;
  };
  const alone = <T extends { period: string }>(data: readonly T[], get: (d: T) => number | null | undefined) =>
    runs(data, (d) => finite(get(d)))
      .filter((r) => r.length === 1)
      .map(([d]) => ({ period: d!.period, x: xOf(d!.period), y: y(get(d!) as number), value: get(d!) as number }));

  const ordered = [...series].sort((a, b) => a.period.localeCompare(b.period));
  const comps = periods.map((p) => byPeriod.get(p) ?? { period: p, median: null, q1: null, q3: null, england: null });
  const inBand = (c: ComparatorInput) => finite(c.q1) && finite(c.q3);
  const bandPieces = runs(comps, inBand)
    .filter((r) => r.length >= 2)
    .map((r) =>
      area<ComparatorInput>()
        .x((c) => xOf(c.period))
        .y0((c) => y(c.q1 as number))
        .y1((c) => y(c.q3 as number))(r),
    )
    .filter((d): d is string => Boolean(d));
  const bandPath = bandPieces.length ? bandPieces.join('') : null;
  const bandMarks = runs(comps, inBand)
    .filter((r) => r.length === 1)
    .map(([c]) => ({ period: c!.period, x: xOf(c!.period), y0: y(c!.q1 as number), y1: y(c!.q3 as number) }));
  const withValue = ordered.map((s, i) => (finite(s.value) ? i : -1)).filter((i) => i >= 0);
  const gapPeriods = withValue.length
    ? periods.filter((p) => p > ordered[withValue[0]!]!.period && p < ordered[withValue[withValue.length - 1]!]!.period)
    : [];
  const gaps = gapPeriods.filter((p) => !ordered.some((s) => s.period === p && finite(s.value))).map((p) => ({ period: p, x: xOf(p) }));

  const points: PlotPoint[] = ordered
    .filter((s) => finite(s.value))
    .map((s) => ({
      period: s.period,
      x: xOf(s.period),
      y: y(s.value as number),
      value: s.value as number,
      rag: (['GREEN', 'AMBER', 'RED'].includes(s.rag) ? s.rag : 'NONE') as PlotPoint['rag'],
      status: s.status ?? null,
    }));
  return {
    width,
    height,
    plot,
    xTicks,
    yTicks,
    actualPath: linePath(
      ordered,
      (s) => s.value,
      (s) => s.period,
    ),
    targetPath: linePath(
      ordered,
      (s) => s.target,
      (s) => s.period,
    ),
    medianPath: linePath(
      comps,
      (c) => c.median,
      (c) => c.period,
    ),
    englandPath: linePath(
      comps,
      (c) => c.england,
      (c) => c.period,
    ),
    bandPath,
    points,
    targetMarks: alone(ordered, (s) => s.target),
    medianDots: alone(comps, (c) => c.median),
    englandDots: alone(comps, (c) => c.england),
    englandPublishedPath: linePath(
      comps,
      (c) => c.englandPublished,
      (c) => c.period,
    ),
    englandPublishedDots: alone(comps, (c) => c.englandPublished),
    regionPublishedPath: linePath(
      comps,
      (c) => c.regionPublished,
      (c) => c.period,
    ),
    regionPublishedDots: alone(comps, (c) => c.regionPublished),
    bandMarks,
    gaps,
    domain: y.domain() as [number, number],
    empty,
  };
}
