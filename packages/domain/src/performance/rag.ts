/**
 * Red / amber / green against a target, with the indicator's polarity and its tolerance for amber.
 *
 * - GREEN: meets or beats the target (for WITHIN_BAND: inside the band, edges included).
 * - AMBER: misses by no more than the tolerance. A miss exactly equal to the tolerance is AMBER.
 * - RED: misses by more than the tolerance.
 * - NONE: no judgement possible: actual or target missing, suppressed or not available, or the
 *   indicator's settings unusable (the `reason` of `ragDetail` says which).
 *
 * Tolerance is ABSOLUTE (in the indicator's own unit: for a percentage indicator, percentage points)
 * or PERCENT (a percentage of the target: 5 means 5% of the target value; for WITHIN_BAND, of the band
 * edge that was missed). Comparisons allow for floating-point noise of one part in 10^9, so 75.3 - 70.3
 * counts as exactly 5.
 */
import type { Polarity, ToleranceKind } from './enums.js';
import { asMeasuredValue, type MeasuredValue } from './values.js';

/** The polarities the rules can judge by (an indicator's UNKNOWN polarity gives no RAG or ranking). */
export type KnownPolarity = Exclude<Polarity, 'UNKNOWN'>;
export type Rag = 'GREEN' | 'AMBER' | 'RED' | 'NONE';

export const POLARITIES: readonly KnownPolarity[] = ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'WITHIN_BAND'];

export interface Band {
  low: number;
  high: number;
}

export interface RagInput {
  /** The measured value (a plain number is a value; null/undefined is not available). */
  actual: MeasuredValue | number | null | undefined;
  /** The target. Not used for WITHIN_BAND, whose target is the band. */
  target?: MeasuredValue | number | null | undefined;
  polarity: KnownPolarity;
  /** How far off target still counts as AMBER; 0 (the default) means no amber zone. */
  tolerance?: number | null;
  /** ABSOLUTE (default) or PERCENT of the target. */
  toleranceKind?: ToleranceKind;
  /** For WITHIN_BAND: the acceptable range, both ends included. */
  band?: Band | null;
}

export type RagReason =
  | 'MEETS_TARGET'
  | 'WITHIN_TOLERANCE'
  | 'BEYOND_TOLERANCE'
  | 'NO_ACTUAL'
  | 'ACTUAL_SUPPRESSED'
  | 'NO_TARGET'
  | 'TARGET_SUPPRESSED'
  | 'NO_BAND'
  | 'INVALID_BAND'
  | 'INVALID_TOLERANCE';

export interface RagResult {
  rag: Rag;
  reason: RagReason;
  /**
   * How far the actual falls short of the target (or outside the band), in the indicator's unit;
   * 0 when the target is met; null when there is no judgement.
   */
  shortfall: number | null;
  /** The tolerance in the indicator's unit (after converting PERCENT); null when there is no judgement. */
  allowed: number | null;
}

/** Relative allowance for floating-point noise in comparisons. */
const REL_EPS = 1e-9;

function eps(...xs: number[]): number {
  return REL_EPS * Math.max(1, ...xs.map(Math.abs));
}

function none(reason: RagReason): RagResult {
  return { rag: 'NONE', reason, shortfall: null, allowed: null };
}

function judge(shortfall: number, allowed: number, noise: number): RagResult {
  if (shortfall <= noise) return { rag: 'GREEN', reason: 'MEETS_TARGET', shortfall: 0, allowed };
  if (shortfall <= allowed + noise) return { rag: 'AMBER', reason: 'WITHIN_TOLERANCE', shortfall, allowed };
  return { rag: 'RED', reason: 'BEYOND_TOLERANCE', shortfall, allowed };
}

function allowance(tolerance: number, kind: ToleranceKind, reference: number): number {
  return kind === 'PERCENT' ? (Math.abs(reference) * tolerance) / 100 : tolerance;
}

/** The RAG rating with the reason, the shortfall and the tolerance applied. */
export function ragDetail(input: RagInput): RagResult {
  const actual = asMeasuredValue(input.actual);
  if (actual.kind === 'SUPPRESSED') return none('ACTUAL_SUPPRESSED');
  if (actual.kind !== 'VALUE') return none('NO_ACTUAL');

  const tolerance = input.tolerance ?? 0;
  if (!Number.isFinite(tolerance) || tolerance < 0) return none('INVALID_TOLERANCE');
  const kind: ToleranceKind = input.toleranceKind ?? 'ABSOLUTE';
  const a = actual.value;

  if (input.polarity === 'WITHIN_BAND') {
    const band = input.band;
    if (!band) return none('NO_BAND');
    if (!Number.isFinite(band.low) || !Number.isFinite(band.high) || band.low > band.high) return none('INVALID_BAND');
    const noise = eps(a, band.low, band.high);
    if (a < band.low) return judge(band.low - a, allowance(tolerance, kind, band.low), noise);
    if (a > band.high) return judge(a - band.high, allowance(tolerance, kind, band.high), noise);
    return judge(0, allowance(tolerance, kind, a), noise);
  }

  const target = asMeasuredValue(input.target);
  if (target.kind === 'SUPPRESSED') return none('TARGET_SUPPRESSED');
  if (target.kind !== 'VALUE') return none('NO_TARGET');
  const t = target.value;
  const shortfall = input.polarity === 'HIGHER_IS_BETTER' ? t - a : a - t;
  return judge(Math.max(0, shortfall), allowance(tolerance, kind, t), eps(a, t));
}

/** GREEN, AMBER, RED, or NONE when there is nothing to judge. See `ragDetail` for the reason. */
export function rag(input: RagInput): Rag {
  return ragDetail(input).rag;
}

/**
 * How far a value is from a band: 0 inside (edges included), otherwise the distance to the nearer edge.
 * Used to rank and trend WITHIN_BAND indicators.
 */
export function distanceFromBand(value: number, band: Band): number {
  if (value < band.low) return band.low - value;
  if (value > band.high) return value - band.high;
  return 0;
}

/** True when `a` is a better value than `b` for the polarity (strictly). WITHIN_BAND needs the band. */
export function isBetter(a: number, b: number, polarity: KnownPolarity, band?: Band | null): boolean {
  return badness(a, polarity, band) < badness(b, polarity, band);
}

/**
 * A number that is smaller for better values: -value when higher is better, value when lower is better,
 * distance from the band for WITHIN_BAND. Throws a RangeError for WITHIN_BAND without a band.
 */
export function badness(value: number, polarity: KnownPolarity, band?: Band | null): number {
  switch (polarity) {
    case 'HIGHER_IS_BETTER':
      return -value;
    case 'LOWER_IS_BETTER':
      return value;
    case 'WITHIN_BAND':
      if (!band) throw new RangeError('A WITHIN_BAND indicator needs its band to compare values.');
      if (!(band.low <= band.high)) throw new RangeError(`Invalid band: low ${band.low} is above high ${band.high}.`);
      return distanceFromBand(value, band);
  }
}
