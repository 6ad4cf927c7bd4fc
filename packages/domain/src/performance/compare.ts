/**
 * Comparison within a group of councils (a comparator group, a region, all England): rank, quartile,
 * percentile, and the group's median and quartile values.
 *
 * - Only numbers take part. Suppressed, not-available and missing values get no rank, quartile or
 *   percentile, are not counted, and are listed after the ranked councils. They are never zero.
 * - Rank 1 is the best value for the polarity. Ties share the best rank of the tie and the next rank
 *   skips (standard competition ranking: 1, 2, 2, 4). Values equal to 12 significant figures tie.
 *   WITHIN_BAND ranks by distance from the band: every council inside the band is rank 1.
 * - Quartile from the rank: quartile = ceil(4 x rank / count); 1 is the best quarter. Tied councils
 *   share a rank and therefore a quartile. With fewer than four numbers there are no quartiles (null).
 * - Percentile: 100 x (councils strictly worse + half the other councils tied) / (count - 1); 100 is the
 *   best, 0 the worst. Null when only one council has a number.
 * - Median, q1 and q3 are the 50th, 25th and 75th percentiles of the numbers in ascending order by
 *   linear interpolation between closest ranks: Excel QUARTILE.INC / PERCENTILE.INC, R quantile type 7,
 *   NumPy's default. q1 is always the numerically lower quartile, whatever the polarity.
 */
import { badness, type Band, type KnownPolarity } from './rag.js';
import type { ValueStatus } from './enums.js';
import { type MeasuredValue } from './values.js';

export type ComparisonStatus = ValueStatus | 'MISSING';
export type Quartile = 1 | 2 | 3 | 4;

export interface GroupEntry {
  councilId: number;
  name: string;
  /** The council's value; null or undefined when the council has no measurement (MISSING). */
  value?: MeasuredValue | null;
}

export interface RankedEntry {
  councilId: number;
  name: string;
  /** The number, or null when there is none. */
  value: number | null;
  status: ComparisonStatus;
  rank: number | null;
  quartile: Quartile | null;
  percentile: number | null;
}

export interface GroupComparison {
  /** Ranked councils best first (ties by value, then name), then the councils without a number. */
  ranked: RankedEntry[];
  /** How many councils have a number (those ranked). */
  count: number;
  median: number | null;
  min: number | null;
  max: number | null;
  /** Lower quartile value (25th percentile, ascending). */
  q1: number | null;
  /** Upper quartile value (75th percentile, ascending). */
  q3: number | null;
  /** Value of the best-ranked council (for WITHIN_BAND, the lowest value among those ranked first). */
  best: number | null;
  /** Value of the worst-ranked council (for WITHIN_BAND, the highest value among those ranked last). */
  worst: number | null;
  suppressedCount: number;
  notAvailableCount: number;
  missingCount: number;
}

export interface CompareOptions {
  /** Required for WITHIN_BAND. */
  band?: Band | null;
}

/** Smallest group for which quartiles are given. */
export const MIN_GROUP_FOR_QUARTILES = 4;

/**
 * The p-quantile (0 <= p <= 1) of the numbers by R type 7 / Excel PERCENTILE.INC: sort ascending,
 * h = (n - 1) x p, value = x[floor h] + (h - floor h) x (x[floor h + 1] - x[floor h]) (0-based).
 * Null for no numbers.
 */
export function quantile(values: readonly number[], p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`A quantile must be between 0 and 1, not ${p}.`);
  const xs = [...values].sort((a, b) => a - b);
  const n = xs.length;
  if (n === 0) return null;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const below = xs[lo]!;
  const above = xs[Math.min(lo + 1, n - 1)]!;
  return below + (h - lo) * (above - below);
}

/** The median (the middle value, or the mean of the middle two). Null for no numbers. */
export function median(values: readonly number[]): number | null {
  return quantile(values, 0.5);
}

/** Quartile from a rank within `count` ranked values: ceil(4 x rank / count); null when count < 4. */
export function quartileForRank(rank: number, count: number): Quartile | null {
  if (count < MIN_GROUP_FOR_QUARTILES) return null;
  if (!Number.isInteger(rank) || rank < 1 || rank > count) throw new RangeError(`Rank ${rank} is not within 1 to ${count}.`);
  // Integer arithmetic for ceil(4 x rank / count).
  return Math.floor((4 * rank + count - 1) / count) as Quartile;
}

function statusOf(value: MeasuredValue | null | undefined): ComparisonStatus {
  if (value === null || value === undefined) return 'MISSING';
  return value.kind;
}

const STATUS_ORDER: Record<ComparisonStatus, number> = { VALUE: 0, SUPPRESSED: 1, NOT_AVAILABLE: 2, MISSING: 3 };

function tieKey(value: number, polarity: KnownPolarity, band: Band | null | undefined): number {
  const k = badness(value, polarity, band);
  // 12 significant figures, so band distances such as 80.3 - 80 and 60 - 59.7 tie. (+0 for -0.)
  return Number(k.toPrecision(12)) + 0;
}

/**
 * Ranks a group of councils on one indicator and period. Throws a RangeError for a council listed twice,
 * a non-finite number, or WITHIN_BAND without a band.
 */
export function compareGroup(entries: readonly GroupEntry[], polarity: KnownPolarity, options: CompareOptions = {}): GroupComparison {
  const seen = new Set<number>();
  for (const e of entries) {
    if (seen.has(e.councilId)) throw new RangeError(`Council ${e.councilId} (${e.name}) is listed twice in the group.`);
    seen.add(e.councilId);
    if (e.value && e.value.kind === 'VALUE' && !Number.isFinite(e.value.value)) {
      throw new RangeError(`Council ${e.councilId} (${e.name}) has a value that is not a finite number.`);
    }
  }
  if (polarity === 'WITHIN_BAND' && !options.band) throw new RangeError('A WITHIN_BAND indicator needs its band to rank councils.');

  const numeric = entries
    .filter((e) => e.value && e.value.kind === 'VALUE')
    .map((e) => {
      const value = (e.value as { kind: 'VALUE'; value: number }).value;
      return { entry: e, value, key: tieKey(value, polarity, options.band) };
    })
    .sort(
      (a, b) => a.key - b.key || a.value - b.value || a.entry.name.localeCompare(b.entry.name) || a.entry.councilId - b.entry.councilId,
    );
  const count = numeric.length;

  const tiedCount = new Map<number, number>();
  for (const n of numeric) tiedCount.set(n.key, (tiedCount.get(n.key) ?? 0) + 1);

  const ranked: RankedEntry[] = [];
  let rank = 0;
  for (let i = 0; i < count; i++) {
    const current = numeric[i]!;
    if (i === 0 || current.key !== numeric[i - 1]!.key) rank = i + 1;
    const tied = tiedCount.get(current.key) ?? 1;
    const worse = count - (rank - 1) - tied;
    ranked.push({
      councilId: current.entry.councilId,
      name: current.entry.name,
      value: current.value,
      status: 'VALUE',
      rank,
      quartile: quartileForRank(rank, count),
      percentile: count > 1 ? (100 * (worse + (tied - 1) / 2)) / (count - 1) : null,
    });
  }

  const unranked = entries
    .filter((e) => !(e.value && e.value.kind === 'VALUE'))
    .map((e) => ({ e, status: statusOf(e.value) }))
    .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.e.name.localeCompare(b.e.name) || a.e.councilId - b.e.councilId);
  for (const { e, status } of unranked) {
    ranked.push({ councilId: e.councilId, name: e.name, value: null, status, rank: null, quartile: null, percentile: null });
  }

  const values = numeric.map((n) => n.value);
  return {
    ranked,
    count,
    median: quantile(values, 0.5),
    min: count ? Math.min(...values) : null,
    max: count ? Math.max(...values) : null,
    q1: quantile(values, 0.25),
    q3: quantile(values, 0.75),
    best: numeric[0]?.value ?? null,
    worst: worstValue(numeric),
    suppressedCount: unranked.filter((u) => u.status === 'SUPPRESSED').length,
    notAvailableCount: unranked.filter((u) => u.status === 'NOT_AVAILABLE').length,
    missingCount: unranked.filter((u) => u.status === 'MISSING').length,
  };
}

function worstValue(numeric: readonly { value: number; key: number }[]): number | null {
  const last = numeric[numeric.length - 1];
  if (!last) return null;
  // Among councils tied last, the highest value (for WITHIN_BAND, the one above the band if any).
  return Math.max(...numeric.filter((n) => n.key === last.key).map((n) => n.value));
}

export interface CouncilPosition extends RankedEntry {
  /** Councils with a number in the group. */
  count: number;
  median: number | null;
  q1: number | null;
  q3: number | null;
  best: number | null;
  worst: number | null;
  /** value - median (in the indicator's unit); null without both. */
  differenceFromMedian: number | null;
  /**
   * Better than the median for the polarity: true, false, or null when equal (as good as the median),
   * when the council has no number, or when the group has none.
   */
  betterThanMedian: boolean | null;
}

/** Where one council stands in its group; null when the council is not in the group. */
export function councilPosition(
  entries: readonly GroupEntry[],
  councilId: number,
  polarity: KnownPolarity,
  options: CompareOptions = {},
): CouncilPosition | null {
  const group = compareGroup(entries, polarity, options);
  const own = group.ranked.find((r) => r.councilId === councilId);
  if (!own) return null;
  let betterThanMedian: boolean | null = null;
  if (own.value !== null && group.median !== null) {
    const a = tieKey(own.value, polarity, options.band);
    const m = tieKey(group.median, polarity, options.band);
    betterThanMedian = a === m ? null : a < m;
  }
  return {
    ...own,
    count: group.count,
    median: group.median,
    q1: group.q1,
    q3: group.q3,
    best: group.best,
    worst: group.worst,
    differenceFromMedian: own.value !== null && group.median !== null ? own.value - group.median : null,
    betterThanMedian,
  };
}
