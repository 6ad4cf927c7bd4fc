import { describe, expect, it } from 'vitest';
import { compareGroup, councilPosition, median, quantile, quartileForRank, type GroupEntry } from './compare.js';
import { NOT_AVAILABLE, SUPPRESSED, type MeasuredValue } from './values.js';

const v = (value: number): MeasuredValue => ({ kind: 'VALUE', value });

function group(values: Record<string, MeasuredValue | null | undefined>): GroupEntry[] {
  return Object.entries(values).map(([name, value], i) => ({ councilId: i + 1, name, value }));
}

/** [name, rank, quartile] for each entry, in the order listed. */
function table(entries: GroupEntry[], polarity: Parameters<typeof compareGroup>[1], band?: { low: number; high: number }) {
  return compareGroup(entries, polarity, { band }).ranked.map((r) => [r.name, r.rank, r.quartile]);
}

describe('compareGroup: higher is better, with a tie', () => {
  // A 80, B 70, C 70, D 60, E 50. Competition ranks 1, 2, 2, 4, 5.
  // count 5: quartile = ceil(4 x rank / 5): rank 1 -> ceil(0.8) = 1; rank 2 -> ceil(1.6) = 2;
  // rank 4 -> ceil(3.2) = 4; rank 5 -> 4.
  const entries = group({ A: v(80), C: v(70), B: v(70), D: v(60), E: v(50) });
  const result = compareGroup(entries, 'HIGHER_IS_BETTER');

  it('ranks best first, ties sharing a rank, listed by name within a tie', () => {
    expect(result.ranked.map((r) => [r.name, r.value, r.rank, r.quartile])).toEqual([
      ['A', 80, 1, 1],
      ['B', 70, 2, 2],
      ['C', 70, 2, 2],
      ['D', 60, 4, 4],
      ['E', 50, 5, 4],
    ]);
  });

  it('gives percentiles from 100 (best) to 0 (worst), ties in the middle of their places', () => {
    // (worse + half the others tied) / (count - 1): A 4/4 = 100; B, C (2 + 0.5)/4 = 62.5; D 1/4 = 25; E 0.
    expect(result.ranked.map((r) => r.percentile)).toEqual([100, 62.5, 62.5, 25, 0]);
  });

  it('gives the median and quartile values (type 7) of the numbers', () => {
    // Ascending 50, 60, 70, 70, 80. h = 4p: q1 h=1 -> 60; median h=2 -> 70; q3 h=3 -> 70.
    expect(result).toMatchObject({ count: 5, median: 70, q1: 60, q3: 70, min: 50, max: 80, best: 80, worst: 50 });
    expect(result).toMatchObject({ suppressedCount: 0, notAvailableCount: 0, missingCount: 0 });
  });
});

describe('compareGroup: lower is better reverses the ranks', () => {
  it('ranks the smallest value first', () => {
    // E 50 rank 1; D 60 rank 2; B, C 70 rank 3; A 80 rank 5.
    // Quartiles: ceil(4/5)=1, ceil(8/5)=2, ceil(12/5)=3, ceil(20/5)=4.
    const entries = group({ A: v(80), B: v(70), C: v(70), D: v(60), E: v(50) });
    expect(table(entries, 'LOWER_IS_BETTER')).toEqual([
      ['E', 1, 1],
      ['D', 2, 2],
      ['B', 3, 3],
      ['C', 3, 3],
      ['A', 5, 4],
    ]);
    const result = compareGroup(entries, 'LOWER_IS_BETTER');
    // The distribution does not depend on polarity; best and worst do.
    expect(result).toMatchObject({ median: 70, q1: 60, q3: 70, min: 50, max: 80, best: 50, worst: 80 });
  });
});

describe('compareGroup: quartiles', () => {
  it('splits eight distinct values two to a quartile', () => {
    // ceil(4r/8) = ceil(r/2): 1,1,2,2,3,3,4,4.
    const entries = group({ a: v(8), b: v(7), c: v(6), d: v(5), e: v(4), f: v(3), g: v(2), h: v(1) });
    const result = compareGroup(entries, 'HIGHER_IS_BETTER');
    expect(result.ranked.map((r) => r.quartile)).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
    // Ascending 1..8: q1 h = 7 x 0.25 = 1.75 -> 2 + 0.75 = 2.75; median h = 3.5 -> 4.5; q3 h = 5.25 -> 6.25.
    expect(result).toMatchObject({ q1: 2.75, median: 4.5, q3: 6.25 });
  });

  it('keeps tied councils in one quartile, the better one, when a tie straddles a boundary', () => {
    // 100, 90, 80, 80, 80, 50, 40, 30: ranks 1, 2, 3, 3, 3, 6, 7, 8.
    // ceil(r/2): 1, 1, 2, 2, 2, 3, 4, 4 (the third 80 is in 5th place but shares rank 3, so quartile 2).
    const entries = group({ a: v(100), b: v(90), c: v(80), d: v(80), e: v(80), f: v(50), g: v(40), h: v(30) });
    const result = compareGroup(entries, 'HIGHER_IS_BETTER');
    expect(result.ranked.map((r) => [r.rank, r.quartile])).toEqual([
      [1, 1],
      [2, 1],
      [3, 2],
      [3, 2],
      [3, 2],
      [6, 3],
      [7, 4],
      [8, 4],
    ]);
  });

  it('gives the textbook 1, 2, 2, 4 ranking in a group of four', () => {
    // Lower is better: 10, 20, 20, 30. Quartiles ceil(4r/4) = r: 1, 2, 2, 4.
    const entries = group({ w: v(30), x: v(20), y: v(20), z: v(10) });
    expect(table(entries, 'LOWER_IS_BETTER')).toEqual([
      ['z', 1, 1],
      ['x', 2, 2],
      ['y', 2, 2],
      ['w', 4, 4],
    ]);
    // Ascending 10, 20, 20, 30: q1 h = 0.75 -> 10 + 0.75 x 10 = 17.5; median 20; q3 h = 2.25 -> 20 + 0.25 x 10 = 22.5.
    expect(compareGroup(entries, 'LOWER_IS_BETTER')).toMatchObject({ q1: 17.5, median: 20, q3: 22.5 });
  });

  it('gives every council in an all-tied group rank 1 and quartile 1', () => {
    const entries = group({ a: v(5), b: v(5), c: v(5), d: v(5) });
    const result = compareGroup(entries, 'HIGHER_IS_BETTER');
    expect(result.ranked.map((r) => [r.rank, r.quartile, r.percentile])).toEqual([
      [1, 1, 50],
      [1, 1, 50],
      [1, 1, 50],
      [1, 1, 50],
    ]);
  });

  it('computes quartile from rank with integer arithmetic', () => {
    expect(quartileForRank(37, 148)).toBe(1); // 148/148 = 1
    expect(quartileForRank(38, 148)).toBe(2); // 152/148 = 1.03
    expect(quartileForRank(111, 148)).toBe(3); // 444/148 = 3 exactly
    expect(quartileForRank(112, 148)).toBe(4);
    expect(quartileForRank(1, 3)).toBeNull();
    expect(() => quartileForRank(0, 10)).toThrow(RangeError);
    expect(() => quartileForRank(11, 10)).toThrow(RangeError);
  });
});

describe('compareGroup: suppressed, not available and missing values', () => {
  const entries: GroupEntry[] = [
    { councilId: 1, name: 'Rutland', value: SUPPRESSED },
    { councilId: 2, name: 'Bury', value: v(10) },
    { councilId: 3, name: 'Hackney', value: NOT_AVAILABLE },
    { councilId: 4, name: 'Anywhere', value: undefined },
    { councilId: 5, name: 'Bolton', value: v(30) },
    { councilId: 6, name: 'Isles of Scilly', value: SUPPRESSED },
    { councilId: 7, name: 'Wigan', value: v(20) },
    { councilId: 8, name: 'Nowhere', value: null },
  ];
  const result = compareGroup(entries, 'HIGHER_IS_BETTER');

  it('ranks only the numbers and lists the others after them, never as zero', () => {
    expect(result.ranked.map((r) => [r.name, r.status, r.value, r.rank, r.quartile, r.percentile])).toEqual([
      ['Bolton', 'VALUE', 30, 1, null, 100],
      ['Wigan', 'VALUE', 20, 2, null, 50],
      ['Bury', 'VALUE', 10, 3, null, 0],
      ['Isles of Scilly', 'SUPPRESSED', null, null, null, null],
      ['Rutland', 'SUPPRESSED', null, null, null, null],
      ['Hackney', 'NOT_AVAILABLE', null, null, null, null],
      ['Anywhere', 'MISSING', null, null, null, null],
      ['Nowhere', 'MISSING', null, null, null, null],
    ]);
  });

  it('leaves them out of the count, median and quartiles', () => {
    // Numbers 10, 20, 30: median 20 (with five zeros it would be 0); count 3 < 4 so no quartiles.
    expect(result).toMatchObject({
      count: 3,
      median: 20,
      q1: 15,
      q3: 25,
      min: 10,
      max: 30,
      best: 30,
      worst: 10,
      suppressedCount: 2,
      notAvailableCount: 1,
      missingCount: 2,
    });
  });

  it('ranks a real zero like any other number', () => {
    const withZero = compareGroup(group({ a: v(0), b: v(5), c: SUPPRESSED }), 'HIGHER_IS_BETTER');
    expect(withZero.ranked.map((r) => [r.name, r.rank])).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', null],
    ]);
    expect(withZero.min).toBe(0);
    expect(withZero.worst).toBe(0);
  });
});

describe('compareGroup: small and empty groups', () => {
  it('ranks a group of three but gives no quartiles', () => {
    const result = compareGroup(group({ a: v(3), b: v(2), c: v(1) }), 'HIGHER_IS_BETTER');
    expect(result.ranked.map((r) => [r.rank, r.quartile, r.percentile])).toEqual([
      [1, null, 100],
      [2, null, 50],
      [3, null, 0],
    ]);
    // Ascending 1, 2, 3: q1 h = 0.5 -> 1.5; median 2; q3 h = 1.5 -> 2.5.
    expect(result).toMatchObject({ count: 3, median: 2, q1: 1.5, q3: 2.5 });
  });

  it('ranks a pair: best and worst, no quartiles', () => {
    const result = compareGroup(group({ a: v(40), b: v(60) }), 'LOWER_IS_BETTER');
    expect(result.ranked.map((r) => [r.name, r.rank, r.quartile, r.percentile])).toEqual([
      ['a', 1, null, 100],
      ['b', 2, null, 0],
    ]);
    expect(result.median).toBe(50);
  });

  it('gives a single council rank 1, no quartile and no percentile', () => {
    const result = compareGroup(group({ only: v(42), other: SUPPRESSED }), 'HIGHER_IS_BETTER');
    expect(result.ranked[0]).toEqual({ councilId: 1, name: 'only', value: 42, status: 'VALUE', rank: 1, quartile: null, percentile: null });
    expect(result).toMatchObject({ count: 1, median: 42, q1: 42, q3: 42, min: 42, max: 42, best: 42, worst: 42 });
  });

  it('gives a group of four quartiles 1 to 4', () => {
    const result = compareGroup(group({ a: v(4), b: v(3), c: v(2), d: v(1) }), 'HIGHER_IS_BETTER');
    expect(result.ranked.map((r) => r.quartile)).toEqual([1, 2, 3, 4]);
  });

  it('handles an empty group', () => {
    expect(compareGroup([], 'HIGHER_IS_BETTER')).toEqual({
      ranked: [],
      count: 0,
      median: null,
      min: null,
      max: null,
      q1: null,
      q3: null,
      best: null,
      worst: null,
      suppressedCount: 0,
      notAvailableCount: 0,
      missingCount: 0,
    });
  });

  it('handles a group with no numbers at all', () => {
    const result = compareGroup(group({ a: SUPPRESSED, b: NOT_AVAILABLE }), 'LOWER_IS_BETTER');
    expect(result).toMatchObject({ count: 0, median: null, best: null, worst: null, suppressedCount: 1, notAvailableCount: 1 });
    expect(result.ranked.map((r) => r.rank)).toEqual([null, null]);
  });
});

describe('compareGroup: within a band (60 to 80)', () => {
  const band = { low: 60, high: 80 };

  it('ranks by distance from the band, everyone inside tied first', () => {
    // Distances: 70 -> 0, 65 -> 0, 80 -> 0 (edge), 85 -> 5, 52 -> 8.
    // Ranks 1, 1, 1, 4, 5; quartiles ceil(4/5)=1 x3, ceil(16/5)=4, 4. Inside the band listed by value.
    const entries = group({ p: v(70), q: v(65), r: v(85), s: v(52), t: v(80) });
    const result = compareGroup(entries, 'WITHIN_BAND', { band });
    expect(result.ranked.map((x) => [x.name, x.value, x.rank, x.quartile])).toEqual([
      ['q', 65, 1, 1],
      ['p', 70, 1, 1],
      ['t', 80, 1, 1],
      ['r', 85, 4, 4],
      ['s', 52, 5, 4],
    ]);
    // In-band percentile: (2 worse + 2/2 tied) / 4 = 75.
    expect(result.ranked.map((x) => x.percentile)).toEqual([75, 75, 75, 25, 0]);
    // The distribution is of the values: ascending 52, 65, 70, 80, 85 -> median 70.
    expect(result).toMatchObject({ median: 70, best: 65, worst: 52, min: 52, max: 85 });
  });

  it('ties equal distances above and below despite floating-point noise', () => {
    // 80.3 - 80 and 60 - 59.7 are both 0.29999999999999716 or so; either way they tie.
    const result = compareGroup(group({ above: v(80.3), below: v(59.7), inside: v(70) }), 'WITHIN_BAND', { band });
    expect(result.ranked.map((x) => [x.name, x.rank])).toEqual([
      ['inside', 1],
      ['below', 2],
      ['above', 2],
    ]);
    // Worst among those tied last: the highest value.
    expect(result.worst).toBe(80.3);
  });

  it('needs the band', () => {
    expect(() => compareGroup(group({ a: v(1) }), 'WITHIN_BAND')).toThrow(RangeError);
  });
});

describe('compareGroup: bad input', () => {
  it('refuses a council listed twice', () => {
    expect(() =>
      compareGroup(
        [
          { councilId: 1, name: 'A', value: v(1) },
          { councilId: 1, name: 'A', value: v(2) },
        ],
        'HIGHER_IS_BETTER',
      ),
    ).toThrow(/listed twice/);
  });

  it('refuses a value that is not a finite number', () => {
    expect(() => compareGroup([{ councilId: 1, name: 'A', value: { kind: 'VALUE', value: Number.NaN } }], 'HIGHER_IS_BETTER')).toThrow(
      RangeError,
    );
  });
});

describe('quantile and median', () => {
  it('follows R type 7 / Excel QUARTILE.INC', () => {
    // 1, 2, 3, 4: h = 3p. p = 0.25 -> 1.75; 0.5 -> 2.5; 0.75 -> 3.25; 0 -> 1; 1 -> 4.
    expect(quantile([4, 1, 3, 2], 0.25)).toBe(1.75);
    expect(quantile([4, 1, 3, 2], 0.5)).toBe(2.5);
    expect(quantile([4, 1, 3, 2], 0.75)).toBe(3.25);
    expect(quantile([4, 1, 3, 2], 0)).toBe(1);
    expect(quantile([4, 1, 3, 2], 1)).toBe(4);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([5])).toBe(5);
    expect(median([])).toBeNull();
    expect(() => quantile([1], 1.5)).toThrow(RangeError);
  });

  it('does not reorder the caller’s array', () => {
    const xs = [3, 1, 2];
    quantile(xs, 0.5);
    expect(xs).toEqual([3, 1, 2]);
  });
});

describe('councilPosition', () => {
  const entries = group({ A: v(80), B: v(70), C: v(70), D: v(60), E: v(50), F: SUPPRESSED });

  it('places a council against the median (median 70 of 50, 60, 70, 70, 80)', () => {
    expect(councilPosition(entries, 1, 'HIGHER_IS_BETTER')).toEqual({
      councilId: 1,
      name: 'A',
      value: 80,
      status: 'VALUE',
      rank: 1,
      quartile: 1,
      percentile: 100,
      count: 5,
      median: 70,
      q1: 60,
      q3: 70,
      best: 80,
      worst: 50,
      differenceFromMedian: 10,
      betterThanMedian: true,
    });
    expect(councilPosition(entries, 5, 'HIGHER_IS_BETTER')).toMatchObject({
      rank: 5,
      quartile: 4,
      differenceFromMedian: -20,
      betterThanMedian: false,
    });
    // Equal to the median: neither better nor worse.
    expect(councilPosition(entries, 2, 'HIGHER_IS_BETTER')).toMatchObject({ differenceFromMedian: 0, betterThanMedian: null });
  });

  it('follows polarity: below the median is better when lower is better', () => {
    expect(councilPosition(entries, 5, 'LOWER_IS_BETTER')).toMatchObject({ rank: 1, quartile: 1, betterThanMedian: true });
  });

  it('reports a suppressed council without a rank, and an unknown council as null', () => {
    expect(councilPosition(entries, 6, 'HIGHER_IS_BETTER')).toMatchObject({
      status: 'SUPPRESSED',
      value: null,
      rank: null,
      quartile: null,
      median: 70,
      differenceFromMedian: null,
      betterThanMedian: null,
    });
    expect(councilPosition(entries, 99, 'HIGHER_IS_BETTER')).toBeNull();
  });
});
