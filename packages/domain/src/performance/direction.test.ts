import { describe, expect, it } from 'vitest';
import { DEFAULT_NO_CHANGE_BAND, describeDirection, directionOfTravel } from './direction.js';
import { longRunTrend, type SeriesPoint } from './trend.js';
import { NOT_AVAILABLE, SUPPRESSED, type MeasuredValue } from './values.js';

const v = (value: number): MeasuredValue => ({ kind: 'VALUE', value });

function yearly(startYear: number, values: (number | MeasuredValue | null)[]): SeriesPoint[] {
  return values.map((value, i) => {
    const y = startYear + i;
    return { period: `${y}-${String((y + 1) % 100).padStart(2, '0')}`, value: typeof value === 'number' ? v(value) : value };
  });
}

describe('directionOfTravel: the change from the previous figure (LG Inform convention)', () => {
  // Trafford, ASCOF 2A(2), older people's permanent admissions to care homes per 100,000 (lower is
  // better), NHS Digital: 2018-19 539.5, 2019-20 961.6, 2020-21 639.4.
  const trafford = yearly(2018, [539.5, 961.6, 639.4]);

  it('calls Trafford 2A(2) improving in 2020-21, the year the rate fell by a third', () => {
    const d = directionOfTravel(trafford, 'LOWER_IS_BETTER');
    expect(d).toMatchObject({
      rule: 'CHANGE_FROM_PREVIOUS',
      direction: 'IMPROVING',
      period: '2020-21',
      value: 639.4,
      previousPeriod: '2019-20',
      previousValue: 961.6,
    });
    expect(d.change).toBeCloseTo(-322.2, 9);
    expect(d.noChangeBand).toBeCloseTo(0.02 * 961.6, 9);
  });

  it('keeps the line fit as the longer-run trend, a separate figure that may disagree', () => {
    // Least squares through the three: slope (639.4 - 539.5) / 2 = 49.95 a year, rising: worse.
    const trend = longRunTrend(trafford, 'LOWER_IS_BETTER');
    expect(trend.direction).toBe('DETERIORATING');
    expect(trend.slope).toBeCloseTo(49.95, 9);
    expect(directionOfTravel(trafford, 'LOWER_IS_BETTER').direction).toBe('IMPROVING');
  });

  it('judges the change by polarity', () => {
    expect(directionOfTravel(yearly(2020, [70, 74]), 'HIGHER_IS_BETTER').direction).toBe('IMPROVING');
    expect(directionOfTravel(yearly(2020, [70, 74]), 'LOWER_IS_BETTER').direction).toBe('DETERIORATING');
    expect(directionOfTravel(yearly(2020, [74, 70]), 'HIGHER_IS_BETTER').direction).toBe('DETERIORATING');
    expect(directionOfTravel(yearly(2020, [74, 70]), 'LOWER_IS_BETTER').direction).toBe('IMPROVING');
  });

  it('uses only the last two figures: the years before do not count', () => {
    // Falling for years, then up: improving this year.
    expect(directionOfTravel(yearly(2016, [90, 80, 70, 60, 64]), 'HIGHER_IS_BETTER')).toMatchObject({
      direction: 'IMPROVING',
      previousPeriod: '2019-20',
      change: 4,
    });
  });

  it('calls a change of no more than 2% of the previous figure no significant change, edge included', () => {
    expect(DEFAULT_NO_CHANGE_BAND).toBe(0.02);
    // 2% of 50 = 1: 51 is at the edge (STABLE), 51.01 beyond it.
    expect(directionOfTravel(yearly(2020, [50, 51]), 'HIGHER_IS_BETTER')).toMatchObject({ direction: 'STABLE', noChangeBand: 1 });
    expect(directionOfTravel(yearly(2020, [50, 49]), 'HIGHER_IS_BETTER').direction).toBe('STABLE');
    expect(directionOfTravel(yearly(2020, [50, 51.01]), 'HIGHER_IS_BETTER').direction).toBe('IMPROVING');
    expect(directionOfTravel(yearly(2020, [50, 48.99]), 'HIGHER_IS_BETTER').direction).toBe('DETERIORATING');
    // Floating-point noise at the edge: 1.1 x 1.02 is 1.1220000000000001.
    expect(directionOfTravel(yearly(2020, [1.1, 1.1 * 1.02]), 'HIGHER_IS_BETTER').direction).toBe('STABLE');
  });

  it('takes a fixed band in the unit, or another relative band, when given', () => {
    expect(directionOfTravel(yearly(2020, [50, 52]), 'HIGHER_IS_BETTER', { noChangeBand: 2 }).direction).toBe('STABLE');
    expect(directionOfTravel(yearly(2020, [50, 52]), 'HIGHER_IS_BETTER', { noChangeBand: 1.5 }).direction).toBe('IMPROVING');
    expect(directionOfTravel(yearly(2020, [50, 50.4]), 'HIGHER_IS_BETTER', { relativeNoChangeBand: 0 }).direction).toBe('IMPROVING');
    expect(() => directionOfTravel(yearly(2020, [1, 2]), 'HIGHER_IS_BETTER', { noChangeBand: -1 })).toThrow(RangeError);
    expect(() => directionOfTravel(yearly(2020, [1, 2]), 'HIGHER_IS_BETTER', { relativeNoChangeBand: Number.NaN })).toThrow(RangeError);
  });

  it('calls figures equal at the published precision no change', () => {
    const dp1 = { kind: 'DECIMAL_PLACES' as const, digits: 1 };
    // 0.41 and 0.414 with no band: 0.4 and 0.4 to one place, 0.410 and 0.414 to three.
    const series = yearly(2020, [0.41, 0.414]);
    expect(directionOfTravel(series, 'HIGHER_IS_BETTER', { relativeNoChangeBand: 0, precision: dp1 }).direction).toBe('STABLE');
    const dp3 = { kind: 'DECIMAL_PLACES' as const, digits: 3 };
    expect(directionOfTravel(series, 'HIGHER_IS_BETTER', { relativeNoChangeBand: 0, precision: dp3 }).direction).toBe('IMPROVING');
  });

  it('compares with the nearest earlier figure across a gap, and names it', () => {
    // 2019-20 66, 2020-21 not collected [x], 2021-22 suppressed [c], 2022-23 60: against 2019-20.
    const d = directionOfTravel(yearly(2019, [66, NOT_AVAILABLE, SUPPRESSED, 60, null]), 'HIGHER_IS_BETTER');
    expect(d).toMatchObject({ direction: 'DETERIORATING', period: '2022-23', previousPeriod: '2019-20', change: -6 });
  });

  it('is UNKNOWN with fewer than two figures', () => {
    expect(directionOfTravel([], 'HIGHER_IS_BETTER')).toMatchObject({ direction: 'UNKNOWN', period: null, change: null });
    expect(directionOfTravel(yearly(2020, [SUPPRESSED, 70]), 'HIGHER_IS_BETTER')).toMatchObject({
      direction: 'UNKNOWN',
      period: '2021-22',
      previousPeriod: null,
      noChangeBand: null,
    });
  });

  it('judges a band indicator by its distance from the band (60 to 80)', () => {
    const band = { low: 60, high: 80 };
    expect(directionOfTravel(yearly(2020, [90, 84]), 'WITHIN_BAND', { band }).direction).toBe('IMPROVING');
    expect(directionOfTravel(yearly(2020, [50, 56]), 'WITHIN_BAND', { band }).direction).toBe('IMPROVING');
    expect(directionOfTravel(yearly(2020, [75, 88]), 'WITHIN_BAND', { band }).direction).toBe('DETERIORATING');
    // Both inside: no change whatever they do inside.
    expect(directionOfTravel(yearly(2020, [62, 78]), 'WITHIN_BAND', { band }).direction).toBe('STABLE');
    expect(directionOfTravel(yearly(2020, [62, 78]), 'WITHIN_BAND')).toMatchObject({ direction: 'UNKNOWN', change: 16 });
  });

  it('works on quarters across the financial year end', () => {
    const series: SeriesPoint[] = [
      { period: '2020-21 Q4', value: v(10) },
      { period: '2021-22 Q1', value: v(12) },
    ];
    expect(directionOfTravel(series, 'LOWER_IS_BETTER')).toMatchObject({ direction: 'DETERIORATING', previousPeriod: '2020-21 Q4' });
  });
});

describe('describeDirection', () => {
  it('says which comparison it is, in words', () => {
    const d = directionOfTravel(yearly(2018, [539.5, 961.6, 639.4]), 'LOWER_IS_BETTER');
    expect(describeDirection(d, (x) => x.toFixed(1))).toBe('Improving since 2019-20 (961.6 to 639.4)');
    expect(describeDirection(directionOfTravel(yearly(2020, [50, 51]), 'HIGHER_IS_BETTER'))).toBe(
      'No significant change since 2020-21 (50 to 51)',
    );
    expect(describeDirection(directionOfTravel(yearly(2020, [70]), 'HIGHER_IS_BETTER'))).toBe(
      'Too early to say: only 2020-21 has a figure',
    );
    expect(describeDirection(directionOfTravel([], 'HIGHER_IS_BETTER'))).toBe('Too early to say');
  });
});
