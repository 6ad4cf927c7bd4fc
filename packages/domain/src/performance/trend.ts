/**
 * The longer-run trend of a series, and a straight-line projection for judging whether a target is
 * realistic. The direction of travel itself is the change from the previous figure (direction.ts); the
 * longer-run trend is a separate, named figure ("trend over the last five figures").
 *
 * Method: take the last `window` periods (default 5) that have a number (suppressed and not-available periods are
 * skipped, never read as zero), fit a least-squares straight line through them with x = the period's
 * position in time (so a gap of two years counts as two years), and read the slope in units per period.
 * The slope is STABLE when its size is no more than the stable threshold; otherwise it is IMPROVING or
 * DETERIORATING depending on the polarity. Fewer than two numbers: UNKNOWN.
 */
import { parsePeriodSeries, periodFromIndex, periodIndex, type Period, type PeriodLike } from './period.js';
import { badness, distanceFromBand, type Band, type KnownPolarity } from './rag.js';
import { type MeasuredValue } from './values.js';

export type Direction = 'IMPROVING' | 'STABLE' | 'DETERIORATING' | 'UNKNOWN';

export interface SeriesPoint {
  period: PeriodLike;
  value: MeasuredValue | null | undefined;
}

export interface TrendOptions {
  /** How many of the latest numeric points to use (default 5, LONG_RUN_TREND_WINDOW; at least 2). */
  window?: number;
  /**
   * Absolute stable threshold in the indicator's unit per period. When given, |slope| <= this is STABLE.
   * When not given, the relative threshold applies.
   */
  stableThreshold?: number | null;
  /**
   * Relative stable threshold (default 0.01, that is 1%): |slope| <= relative x the mean absolute value
   * of the points used is STABLE.
   */
  relativeStableThreshold?: number;
  /** For WITHIN_BAND: the band. Improving means moving towards (or staying in) the band. */
  band?: Band | null;
}

export interface TrendResult {
  direction: Direction;
  /** Least-squares slope of the values, in units per period; null when UNKNOWN. */
  slope: number | null;
  /** Number of numeric points the slope was fitted to (0 or 1 when UNKNOWN for lack of data). */
  pointsUsed: number;
  /** The periods used, oldest first, canonical text. */
  periodsUsed: string[];
  /** The stable threshold applied (units per period); null when UNKNOWN. */
  threshold: number | null;
  /** WITHIN_BAND only: slope of the distance from the band, which decides the direction. */
  bandDistanceSlope?: number | null;
}

/** The longer-run trend's window: the last five figures (five years of an annual measure). */
export const LONG_RUN_TREND_WINDOW = 5;
/** The projection's window (for target realism): the last three figures. */
export const DEFAULT_TREND_WINDOW = 3;
export const DEFAULT_RELATIVE_STABLE_THRESHOLD = 0.01;

interface NumericPoint {
  period: Period;
  x: number;
  y: number;
}

/**
 * The numeric points of a series, oldest first. Throws a RangeError for a bad period, a mixture of
 * period kinds, or two entries for the same period.
 */
export function numericPoints(series: readonly SeriesPoint[]): { period: Period; index: number; value: number }[] {
  const periods = parsePeriodSeries(series.map((p) => p.period));
  const seen = new Set<string>();
  periods.forEach((p) => {
    if (seen.has(p.text)) throw new RangeError(`The series has more than one value for ${p.text}.`);
    seen.add(p.text);
  });
  const points: { period: Period; index: number; value: number }[] = [];
  series.forEach((point, i) => {
    const v = point.value;
    if (v && v.kind === 'VALUE' && Number.isFinite(v.value)) {
      const period = periods[i]!;
      points.push({ period, index: periodIndex(period), value: v.value });
    }
  });
  return points.sort((a, b) => a.index - b.index);
}

/** Least-squares line through the points: y = intercept + slope * x (x centred for accuracy). */
export function leastSquares(
  points: readonly { x: number; y: number }[],
): { slope: number; intercept: number; meanX: number; meanY: number } | null {
  const n = points.length;
  if (n < 2) return null;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const p of points) {
    sxy += (p.x - mx) * (p.y - my);
    sxx += (p.x - mx) ** 2;
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  return { slope, intercept: my - slope * mx, meanX: mx, meanY: my };
}

function lastWindow(series: readonly SeriesPoint[], window: number | undefined, fallback: number): NumericPoint[] {
  const w = window ?? fallback;
  if (!Number.isInteger(w) || w < 2) throw new RangeError(`The trend window must be a whole number of at least 2, not ${w}.`);
  return numericPoints(series)
    .slice(-w)
    .map((p) => ({ period: p.period, x: p.index, y: p.value }));
}

const REL_EPS = 1e-9;

/**
 * The longer-run trend over the last `window` numeric points (default 5). See the module comment for the
 * method. For WITHIN_BAND the direction follows the distance from the band (shrinking = IMPROVING);
 * without a band it is UNKNOWN.
 */
export function longRunTrend(series: readonly SeriesPoint[], polarity: KnownPolarity, options: TrendOptions = {}): TrendResult {
  const points = lastWindow(series, options.window, LONG_RUN_TREND_WINDOW);
  const periodsUsed = points.map((p) => p.period.text);
  const unknown: TrendResult = { direction: 'UNKNOWN', slope: null, pointsUsed: points.length, periodsUsed, threshold: null };
  const fit = leastSquares(points);
  if (!fit) return unknown;

  let threshold: number;
  if (options.stableThreshold !== undefined && options.stableThreshold !== null) {
    if (!Number.isFinite(options.stableThreshold) || options.stableThreshold < 0) {
      throw new RangeError(`The stable threshold must be zero or more, not ${options.stableThreshold}.`);
    }
    threshold = options.stableThreshold;
  } else {
    const relative = options.relativeStableThreshold ?? DEFAULT_RELATIVE_STABLE_THRESHOLD;
    if (!Number.isFinite(relative) || relative < 0)
      throw new RangeError(`The relative stable threshold must be zero or more, not ${relative}.`);
    const meanAbs = points.reduce((s, p) => s + Math.abs(p.y), 0) / points.length;
    threshold = relative * meanAbs;
  }

  let judged = fit.slope;
  let bandDistanceSlope: number | null | undefined;
  if (polarity === 'WITHIN_BAND') {
    const band = options.band;
    if (!band || !(band.low <= band.high)) return { ...unknown, slope: fit.slope, bandDistanceSlope: null };
    const distanceFit = leastSquares(points.map((p) => ({ x: p.x, y: distanceFromBand(p.y, band) })));
    bandDistanceSlope = distanceFit ? distanceFit.slope : null;
    judged = bandDistanceSlope ?? 0;
  }

  const noise = REL_EPS * Math.max(1, threshold, ...points.map((p) => Math.abs(p.y)));
  let direction: Direction;
  if (Math.abs(judged) <= threshold + noise) direction = 'STABLE';
  else {
    // A positive slope of "badness" is getting worse.
    const worse = polarity === 'WITHIN_BAND' ? judged > 0 : badness(judged, polarity) > 0;
    direction = worse ? 'DETERIORATING' : 'IMPROVING';
  }
  const result: TrendResult = { direction, slope: fit.slope, pointsUsed: points.length, periodsUsed, threshold };
  if (polarity === 'WITHIN_BAND') result.bandDistanceSlope = bandDistanceSlope ?? null;
  return result;
}

export interface TrendProjection {
  /** The period projected to (canonical text). */
  period: string;
  /** The projected value: the fitted line at that period (clamped when asked). */
  value: number;
  slope: number;
  /** The latest period with a number, from which `periodsAhead` is counted. */
  fromPeriod: string;
  pointsUsed: number;
}

export interface ProjectionOptions {
  /** How many of the latest numeric points to fit (default 3). */
  window?: number;
  /** Keep the projection within limits, e.g. {min: 0, max: 100} for a percentage. */
  clamp?: { min?: number; max?: number };
}

/**
 * Straight-line projection `periodsAhead` periods after the latest numeric point, from the least-squares
 * line through the last `window` numeric points. It projects the fitted line, not the last value plus
 * the slope. Null when there are fewer than two numbers.
 */
export function trendProjection(
  series: readonly SeriesPoint[],
  periodsAhead: number,
  options: ProjectionOptions = {},
): TrendProjection | null {
  if (!Number.isInteger(periodsAhead) || periodsAhead < 0) {
    throw new RangeError(`periodsAhead must be a whole number of periods, zero or more, not ${periodsAhead}.`);
  }
  const points = lastWindow(series, options.window, DEFAULT_TREND_WINDOW);
  const fit = leastSquares(points);
  const last = points[points.length - 1];
  if (!fit || !last) return null;
  const x = last.x + periodsAhead;
  // Through the centre of the points: the same line as intercept + slope * x, with less rounding.
  let value = fit.meanY + fit.slope * (x - fit.meanX);
  const { min, max } = options.clamp ?? {};
  if (min !== undefined && value < min) value = min;
  if (max !== undefined && value > max) value = max;
  return {
    period: periodFromIndex(last.period.kind, x).text,
    value,
    slope: fit.slope,
    fromPeriod: last.period.text,
    pointsUsed: points.length,
  };
}
