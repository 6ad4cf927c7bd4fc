import { describe, expect, it } from 'vitest';
import { longRunTrend, leastSquares, trendProjection, type SeriesPoint } from './trend.js';
import { NOT_AVAILABLE, SUPPRESSED, type MeasuredValue } from './values.js';

const v = (value: number): MeasuredValue => ({ kind: 'VALUE', value });

function yearly(startYear: number, values: (number | MeasuredValue | null)[]): SeriesPoint[] {
  return values.map((value, i) => {
    const y = startYear + i;
    return {
      period: `${y}-${String((y + 1) % 100).padStart(2, '0')}`,
      value: typeof value === 'number' ? v(value) : value,
    };
  });
}

describe('longRunTrend: polarity', () => {
  // 70, 72, 74: x centred -1, 0, 1; slope = (-1 x -2 + 1 x 2) / 2 = 2 per year.
  // Threshold = 1% of the mean 72 = 0.72; |2| > 0.72.
  const rising = yearly(2018, [70, 72, 74]);

  it('is IMPROVING when the figure rises and higher is better', () => {
    expect(longRunTrend(rising, 'HIGHER_IS_BETTER')).toEqual({
      direction: 'IMPROVING',
      slope: 2,
      pointsUsed: 3,
      periodsUsed: ['2018-19', '2019-20', '2020-21'],
      threshold: 0.72,
    });
  });

  it('is DETERIORATING when the same figure rises and lower is better', () => {
    expect(longRunTrend(rising, 'LOWER_IS_BETTER')).toMatchObject({ direction: 'DETERIORATING', slope: 2 });
  });

  it('is DETERIORATING when it falls and higher is better, IMPROVING when lower is better', () => {
    const falling = yearly(2018, [74, 72, 70]); // slope -2
    expect(longRunTrend(falling, 'HIGHER_IS_BETTER')).toMatchObject({ direction: 'DETERIORATING', slope: -2 });
    expect(longRunTrend(falling, 'LOWER_IS_BETTER')).toMatchObject({ direction: 'IMPROVING', slope: -2 });
  });
});

describe('longRunTrend: window', () => {
  // 90, 80, 70, 72, 74 from 2016-17.
  const series = yearly(2016, [90, 80, 70, 72, 74]);

  it('uses the last three numeric points when asked', () => {
    // 70, 72, 74 -> slope 2: improving, although the five-year picture is a fall.
    expect(longRunTrend(series, 'HIGHER_IS_BETTER', { window: 3 })).toMatchObject({
      direction: 'IMPROVING',
      slope: 2,
      pointsUsed: 3,
      periodsUsed: ['2018-19', '2019-20', '2020-21'],
    });
  });

  it('uses the last five numeric points by default (the longer-run trend)', () => {
    // x centred -2..2, mean y 77.2, deviations 12.8, 2.8, -7.2, -5.2, -3.2;
    // sum(dx dy) = -25.6 - 2.8 + 0 - 5.2 - 6.4 = -40; sum(dx^2) = 10; slope -4.
    const result = longRunTrend(series, 'HIGHER_IS_BETTER');
    expect(result.direction).toBe('DETERIORATING');
    expect(result.slope).toBeCloseTo(-4, 12);
    expect(result.pointsUsed).toBe(5);
    expect(result.threshold).toBeCloseTo(0.772, 12);
  });

  it('refuses a window smaller than two', () => {
    expect(() => longRunTrend(series, 'HIGHER_IS_BETTER', { window: 1 })).toThrow(RangeError);
    expect(() => longRunTrend(series, 'HIGHER_IS_BETTER', { window: 2.5 })).toThrow(RangeError);
  });
});

describe('longRunTrend: stable', () => {
  it('is STABLE when the slope is within 1% of the mean per period', () => {
    // 70, 70.5, 70.4: slope = (70.4 - 70) / 2 = 0.2; threshold 1% of 70.3 = 0.703.
    const result = longRunTrend(yearly(2018, [70, 70.5, 70.4]), 'HIGHER_IS_BETTER');
    expect(result.direction).toBe('STABLE');
    expect(result.slope).toBeCloseTo(0.2, 12);
    expect(result.threshold).toBeCloseTo(0.703, 12);
  });

  it('counts a slope exactly at the threshold as STABLE (relative)', () => {
    // 99, 100, 101: slope 1; threshold 1% of 100 = 1.
    expect(longRunTrend(yearly(2018, [99, 100, 101]), 'HIGHER_IS_BETTER')).toMatchObject({
      direction: 'STABLE',
      slope: 1,
      threshold: 1,
    });
    // 98, 100, 102: slope 2 > 1.
    expect(longRunTrend(yearly(2018, [98, 100, 102]), 'HIGHER_IS_BETTER').direction).toBe('IMPROVING');
  });

  it('uses an absolute threshold when given, edge included', () => {
    const series = yearly(2018, [10, 11, 12]); // slope 1
    expect(longRunTrend(series, 'HIGHER_IS_BETTER', { stableThreshold: 1 })).toMatchObject({ direction: 'STABLE', threshold: 1 });
    expect(longRunTrend(series, 'HIGHER_IS_BETTER', { stableThreshold: 0.99 }).direction).toBe('IMPROVING');
    // Relative 1% of 11 = 0.11 would call it improving too.
    expect(longRunTrend(series, 'HIGHER_IS_BETTER').direction).toBe('IMPROVING');
  });

  it('uses a different relative threshold when given', () => {
    // slope 2, mean 72: 5% of 72 = 3.6 >= 2.
    expect(longRunTrend(yearly(2018, [70, 72, 74]), 'HIGHER_IS_BETTER', { relativeStableThreshold: 0.05 }).direction).toBe('STABLE');
  });

  it('is STABLE for a flat series of zeros (threshold 0, slope 0)', () => {
    expect(longRunTrend(yearly(2018, [0, 0, 0]), 'LOWER_IS_BETTER')).toMatchObject({ direction: 'STABLE', slope: 0, threshold: 0 });
  });

  it('refuses a negative threshold', () => {
    expect(() => longRunTrend(yearly(2018, [1, 2, 3]), 'HIGHER_IS_BETTER', { stableThreshold: -1 })).toThrow(RangeError);
  });
});

describe('longRunTrend: gaps, suppressed and missing values', () => {
  it('skips suppressed and missing values and measures time across the gap', () => {
    // Numbers only in 2016-17 (60) and 2019-20 (66): slope (66 - 60) / 3 years = 2 per year.
    // Were [c] and [x] read as zero, the line would fall steeply.
    const series = yearly(2016, [60, SUPPRESSED, NOT_AVAILABLE, 66, null]);
    expect(longRunTrend(series, 'HIGHER_IS_BETTER')).toMatchObject({
      direction: 'IMPROVING',
      slope: 2,
      pointsUsed: 2,
      periodsUsed: ['2016-17', '2019-20'],
    });
  });

  it('fits the last three numbers across gaps', () => {
    // 2015-16: 50, 2017-18: 52, 2019-20: 56 (x 2015, 2017, 2019; mean x 2017, mean y 52.667)
    // sum(dx dy) = -2 x -2.667 + 0 + 2 x 3.333 = 12; sum(dx^2) = 8; slope 1.5 per year.
    // (2013-14's 90 is the fourth number back, outside a window of three.)
    const series = [...yearly(2013, [90, SUPPRESSED]), ...yearly(2015, [50, SUPPRESSED, 52, NOT_AVAILABLE, 56])];
    const result = longRunTrend(series, 'HIGHER_IS_BETTER', { window: 3 });
    expect(result.slope).toBeCloseTo(1.5, 12);
    expect(result.pointsUsed).toBe(3);
    expect(result.direction).toBe('IMPROVING');
  });

  it('does not depend on the order of the input', () => {
    const series = yearly(2016, [90, 80, 70, 72, 74]);
    const shuffled = [series[3]!, series[0]!, series[4]!, series[2]!, series[1]!];
    expect(longRunTrend(shuffled, 'HIGHER_IS_BETTER')).toEqual(longRunTrend(series, 'HIGHER_IS_BETTER'));
  });

  it('is UNKNOWN with fewer than two numbers', () => {
    expect(longRunTrend([], 'HIGHER_IS_BETTER')).toEqual({
      direction: 'UNKNOWN',
      slope: null,
      pointsUsed: 0,
      periodsUsed: [],
      threshold: null,
    });
    expect(longRunTrend(yearly(2020, [70]), 'HIGHER_IS_BETTER')).toMatchObject({ direction: 'UNKNOWN', pointsUsed: 1 });
    expect(longRunTrend(yearly(2018, [SUPPRESSED, 70, NOT_AVAILABLE]), 'HIGHER_IS_BETTER')).toMatchObject({
      direction: 'UNKNOWN',
      slope: null,
      pointsUsed: 1,
    });
    expect(longRunTrend(yearly(2018, [SUPPRESSED, SUPPRESSED]), 'LOWER_IS_BETTER')).toMatchObject({
      direction: 'UNKNOWN',
      pointsUsed: 0,
    });
  });

  it('refuses two values for the same period, and a mixture of kinds', () => {
    expect(() =>
      longRunTrend(
        [
          { period: '2020-21', value: v(1) },
          { period: '2020/21', value: v(2) },
        ],
        'HIGHER_IS_BETTER',
      ),
    ).toThrow(/more than one value for 2020-21/);
    expect(() =>
      longRunTrend(
        [
          { period: '2020-21', value: v(1) },
          { period: '2021-22 Q1', value: v(2) },
        ],
        'HIGHER_IS_BETTER',
      ),
    ).toThrow(RangeError);
  });
});

describe('longRunTrend: quarters and months', () => {
  it('measures a quarterly slope per quarter, across the financial year end', () => {
    // 10, 12, 14 in consecutive quarters 2019-20 Q4, 2020-21 Q1, Q2: slope 2 per quarter.
    const series: SeriesPoint[] = [
      { period: '2019-20 Q4', value: v(10) },
      { period: '2020-21 Q1', value: v(12) },
      { period: '2020-21 Q2', value: v(14) },
    ];
    expect(longRunTrend(series, 'LOWER_IS_BETTER')).toMatchObject({ direction: 'DETERIORATING', slope: 2 });
  });

  it('reads 2011-12 as December 2011 in a monthly series', () => {
    // Nov 2011: 5, Dec 2011: 6, Jan 2012: 7 -> 1 per month. Read as a year, 2011-12 would clash.
    const series: SeriesPoint[] = [
      { period: '2011-11', value: v(5) },
      { period: '2011-12', value: v(6) },
      { period: '2012-01', value: v(7) },
    ];
    expect(longRunTrend(series, 'HIGHER_IS_BETTER')).toMatchObject({ slope: 1, periodsUsed: ['2011-11', '2011-12', '2012-01'] });
  });
});

describe('longRunTrend: within a band (60 to 80)', () => {
  const band = { low: 60, high: 80 };

  it('is IMPROVING when moving towards the band from above', () => {
    // 90, 86, 82: distances 10, 6, 2 -> distance slope -4; value slope -4.
    expect(longRunTrend(yearly(2018, [90, 86, 82]), 'WITHIN_BAND', { band })).toMatchObject({
      direction: 'IMPROVING',
      slope: -4,
      bandDistanceSlope: -4,
    });
  });

  it('is IMPROVING when moving towards the band from below', () => {
    // 50, 55, 58: distances 10, 5, 2 -> slope (2 - 10) / 2 = -4; value slope +4.
    expect(longRunTrend(yearly(2018, [50, 55, 58]), 'WITHIN_BAND', { band })).toMatchObject({
      direction: 'IMPROVING',
      slope: 4,
      bandDistanceSlope: -4,
    });
  });

  it('is DETERIORATING when leaving the band', () => {
    // 70, 85, 90: distances 0, 5, 10 -> slope 5.
    expect(longRunTrend(yearly(2018, [70, 85, 90]), 'WITHIN_BAND', { band })).toMatchObject({
      direction: 'DETERIORATING',
      bandDistanceSlope: 5,
    });
  });

  it('is STABLE while inside the band, whatever the values do', () => {
    // 62, 70, 78: all inside, distances 0 -> STABLE although the value slope is 8.
    expect(longRunTrend(yearly(2018, [62, 70, 78]), 'WITHIN_BAND', { band })).toMatchObject({
      direction: 'STABLE',
      slope: 8,
      bandDistanceSlope: 0,
    });
  });

  it('is UNKNOWN without a band', () => {
    expect(longRunTrend(yearly(2018, [62, 70, 78]), 'WITHIN_BAND')).toMatchObject({ direction: 'UNKNOWN', slope: 8 });
  });
});

describe('trendProjection', () => {
  it('extends a straight line', () => {
    // 70, 72, 74 to 2020-21, slope 2: two years on, 2022-23, 78.
    expect(trendProjection(yearly(2018, [70, 72, 74]), 2)).toEqual({
      period: '2022-23',
      value: 78,
      slope: 2,
      fromPeriod: '2020-21',
      pointsUsed: 3,
    });
  });

  it('projects the fitted line, not the last value plus the slope', () => {
    // 70, 74, 75: mean 73, slope (-1 x -3 + 1 x 2) / 2 = 2.5; fitted 2020-21 = 73 + 2.5 = 75.5;
    // one year on 78 (not 75 + 2.5 = 77.5). Zero years on: the fitted 75.5.
    expect(trendProjection(yearly(2018, [70, 74, 75]), 1)?.value).toBeCloseTo(78, 12);
    expect(trendProjection(yearly(2018, [70, 74, 75]), 0)?.value).toBeCloseTo(75.5, 12);
  });

  it('counts ahead from the latest number, across a gap', () => {
    // 60 in 2016-17, 66 in 2019-20, 2020-21 suppressed: slope 2; 2019-20 + 2 = 2021-22 at 70.
    const projection = trendProjection(yearly(2016, [60, SUPPRESSED, NOT_AVAILABLE, 66, SUPPRESSED]), 2);
    expect(projection).toMatchObject({ period: '2021-22', fromPeriod: '2019-20', pointsUsed: 2 });
    expect(projection?.value).toBeCloseTo(70, 12);
  });

  it('clamps when asked (a percentage cannot pass 100)', () => {
    // 90, 95, 99: mean 94.667, slope 4.5; three years on: 94.667 + 4.5 x 4 = 112.667 -> 100.
    expect(trendProjection(yearly(2018, [90, 95, 99]), 3)?.value).toBeCloseTo(112.6667, 3);
    expect(trendProjection(yearly(2018, [90, 95, 99]), 3, { clamp: { min: 0, max: 100 } })?.value).toBe(100);
  });

  it('is null with fewer than two numbers, and refuses a negative horizon', () => {
    expect(trendProjection(yearly(2018, [70, SUPPRESSED]), 1)).toBeNull();
    expect(trendProjection([], 1)).toBeNull();
    expect(() => trendProjection(yearly(2018, [70, 72]), -1)).toThrow(RangeError);
  });

  it('projects quarters into the next financial year', () => {
    const series: SeriesPoint[] = [
      { period: '2020-21 Q2', value: v(10) },
      { period: '2020-21 Q3', value: v(12) },
      { period: '2020-21 Q4', value: v(14) },
    ];
    expect(trendProjection(series, 2)).toMatchObject({ period: '2021-22 Q2', value: 18 });
  });
});

describe('leastSquares', () => {
  it('fits y = 1 + 2x', () => {
    expect(
      leastSquares([
        { x: 0, y: 1 },
        { x: 1, y: 3 },
        { x: 2, y: 5 },
      ]),
    ).toEqual({ slope: 2, intercept: 1, meanX: 1, meanY: 3 });
  });

  it('has no line through one point or one x', () => {
    expect(leastSquares([{ x: 0, y: 1 }])).toBeNull();
    expect(
      leastSquares([
        { x: 1, y: 1 },
        { x: 1, y: 2 },
      ]),
    ).toBeNull();
  });
});
