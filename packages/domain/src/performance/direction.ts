/**
 * Direction of travel by the convention LG Inform uses for annual measures: the latest figure against
 * the figure before it, judged by the indicator's polarity, with a stated "no significant change" band.
 * The longer-run trend (a straight line through the last five figures, `longRunTrend` in trend.ts) is a
 * separate, named figure: it never decides the direction of travel.
 *
 * Rule (docs/methods/performance.md, "Direction of travel"):
 * 1. The latest period with a number is compared with the nearest earlier period with a number
 *    (suppressed, not-available and missing periods are skipped, never read as zero); the result names
 *    both periods, so a comparison across a gap says so.
 * 2. The change is latest - previous. It is NO SIGNIFICANT CHANGE (STABLE) when its size is no more than
 *    the band: by default 2% of the size of the previous figure (`DEFAULT_NO_CHANGE_BAND`), or a fixed
 *    amount in the indicator's unit when one is given; also when the two figures are the same at the
 *    indicator's published precision (a change that does not show is no change).
 * 3. Otherwise the polarity decides: a rise is IMPROVING when higher is better and DETERIORATING when
 *    lower is better, a fall the reverse. Within a band: the distance from the band shrinking is
 *    IMPROVING, growing DETERIORATING (both figures inside it: STABLE); without a band, UNKNOWN.
 * 4. Fewer than two numbers: UNKNOWN.
 */
import { formatValue, type Precision } from './measures.js';
import { badness, distanceFromBand, type Band, type KnownPolarity } from './rag.js';
import { numericPoints, type Direction, type SeriesPoint } from './trend.js';

/** The default "no significant change" band: 2% of the previous figure. */
export const DEFAULT_NO_CHANGE_BAND = 0.02;

/** The name of the rule, as the API and the screens give it. */
export const DIRECTION_RULE = 'CHANGE_FROM_PREVIOUS';

export interface DirectionOptions {
  /** A fixed band in the indicator's unit: |change| <= this is no significant change. */
  noChangeBand?: number | null;
  /** The relative band (default 0.02): |change| <= this x |previous| is no significant change. */
  relativeNoChangeBand?: number;
  /** The published precision: figures equal when written to it are no change. */
  precision?: Precision | null;
  /** For WITHIN_BAND: the band the figure should be in. */
  band?: Band | null;
}

export interface DirectionResult {
  rule: typeof DIRECTION_RULE;
  direction: Direction;
  /** The latest period with a number, and its figure (null without numbers). */
  period: string | null;
  value: number | null;
  /** The nearest earlier period with a number, and its figure (null with fewer than two numbers). */
  previousPeriod: string | null;
  previousValue: number | null;
  /** value - previousValue; null when UNKNOWN for lack of numbers. */
  change: number | null;
  /** The no-significant-change band applied, in the indicator's unit (null when not judged). */
  noChangeBand: number | null;
}

const REL_EPS = 1e-9;

function checkedBand(options: DirectionOptions, previous: number): number {
  if (options.noChangeBand !== undefined && options.noChangeBand !== null) {
    if (!Number.isFinite(options.noChangeBand) || options.noChangeBand < 0) {
      throw new RangeError(`The no-change band must be zero or more, not ${options.noChangeBand}.`);
    }
    return options.noChangeBand;
  }
  const relative = options.relativeNoChangeBand ?? DEFAULT_NO_CHANGE_BAND;
  if (!Number.isFinite(relative) || relative < 0)
    throw new RangeError(`The relative no-change band must be zero or more, not ${relative}.`);
  return relative * Math.abs(previous);
}

/** Direction of travel: the latest figure against the one before it (see the module comment). */
export function directionOfTravel(
  series: readonly SeriesPoint[],
  polarity: KnownPolarity,
  options: DirectionOptions = {},
): DirectionResult {
  const points = numericPoints(series);
  const last = points[points.length - 1];
  const before = points[points.length - 2];
  const result: DirectionResult = {
    rule: DIRECTION_RULE,
    direction: 'UNKNOWN',
    period: last?.period.text ?? null,
    value: last?.value ?? null,
    previousPeriod: before?.period.text ?? null,
    previousValue: before?.value ?? null,
    change: last && before ? last.value - before.value : null,
    noChangeBand: null,
  };
  if (!last || !before) return result;
  const band = checkedBand(options, before.value);
  if (polarity === 'WITHIN_BAND' && !(options.band && options.band.low <= options.band.high)) return result;
  result.noChangeBand = band;

  const shown = options.precision ? formatValue(last.value, options.precision) === formatValue(before.value, options.precision) : false;
  // For a band indicator the distance from the band moves; for the others the figure itself.
  const judged =
    polarity === 'WITHIN_BAND'
      ? distanceFromBand(last.value, options.band!) - distanceFromBand(before.value, options.band!)
      : last.value - before.value;
  const noise = REL_EPS * Math.max(1, band, Math.abs(last.value), Math.abs(before.value));
  if (shown || Math.abs(judged) <= band + noise) result.direction = 'STABLE';
  else {
    const worse = polarity === 'WITHIN_BAND' ? judged > 0 : badness(judged, polarity) > 0;
    result.direction = worse ? 'DETERIORATING' : 'IMPROVING';
  }
  return result;
}

/** "Improving since 2022-23 (961.6 to 639.4)": the direction in words, naming the comparison. */
export function describeDirection(d: DirectionResult, format: (v: number) => string = String): string {
  if (d.direction === 'UNKNOWN' || d.previousPeriod === null || d.value === null || d.previousValue === null) {
    return d.period && !d.previousPeriod ? `Too early to say: only ${d.period} has a figure` : 'Too early to say';
  }
  const word = d.direction === 'IMPROVING' ? 'Improving' : d.direction === 'DETERIORATING' ? 'Getting worse' : 'No significant change';
  return `${word} since ${d.previousPeriod} (${format(d.previousValue)} to ${format(d.value)})`;
}
