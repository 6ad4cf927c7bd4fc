import { describe, expect, it } from 'vitest';
import { describePeriod } from './period-labels.js';
import {
  comparePeriods,
  isAmbiguousPeriod,
  nextPeriod,
  parsePeriod,
  parsePeriodSeries,
  periodError,
  periodFromIndex,
  periodIndex,
  periodsApart,
  periodsBetween,
  periodSortKey,
  previousPeriod,
  shiftPeriod,
  toPeriod,
} from './period.js';

describe('parsePeriod: financial years', () => {
  it('reads 2020-21 as April 2020 to March 2021', () => {
    expect(parsePeriod('2020-21')).toEqual({
      kind: 'YEAR',
      text: '2020-21',
      start: '2020-04-01',
      end: '2021-03-31',
      financialYear: '2020-21',
    });
  });

  it.each(['2020/21', ' 2020-21 ', '2020-2021', '2020/2021', 'FY2020-21', 'fy 2020/21', '2020–21', '2020 - 21'])(
    'canonicalises the harmless variant %j to 2020-21',
    (text) => {
      expect(parsePeriod(text)?.text).toBe('2020-21');
      expect(parsePeriod(text)?.start).toBe('2020-04-01');
    },
  );

  it('handles the turn of a century: 1999-00 ends in March 2000', () => {
    expect(parsePeriod('1999-00')).toEqual({
      kind: 'YEAR',
      text: '1999-00',
      start: '1999-04-01',
      end: '2000-03-31',
      financialYear: '1999-00',
    });
  });

  it.each(['2020-22', '2020-20', '2020-2022', '2020-19', 'FY 2020-04'])('refuses %j: the years are not consecutive', (text) => {
    expect(parsePeriod(text)).toBeNull();
  });

  it('explains a wrong second year', () => {
    // 2020-22: not a year (2020 is followed by 21) and not a month (22 > 12).
    expect(periodError('2020-22')).toContain('2020-21');
    expect(periodError('2020-2022')).toContain('April to March');
  });
});

describe('parsePeriod: quarters', () => {
  it('maps Q1..Q4 to April-June, July-September, October-December and January-March', () => {
    expect(parsePeriod('2020-21 Q1')).toEqual({
      kind: 'QUARTER',
      text: '2020-21 Q1',
      start: '2020-04-01',
      end: '2020-06-30',
      financialYear: '2020-21',
    });
    expect(parsePeriod('2020-21 Q2')).toMatchObject({ start: '2020-07-01', end: '2020-09-30' });
    expect(parsePeriod('2020-21 Q3')).toMatchObject({ start: '2020-10-01', end: '2020-12-31' });
    // Q4 is in the next calendar year but the same financial year.
    expect(parsePeriod('2020-21 Q4')).toEqual({
      kind: 'QUARTER',
      text: '2020-21 Q4',
      start: '2021-01-01',
      end: '2021-03-31',
      financialYear: '2020-21',
    });
  });

  it.each(['2020-21 q1', '2020/21 Q1', '2020-21Q1', '2020-21 Q 1', 'Q1 2020-21', 'q1 2020/21', 'FY2020-21 Q1', '2020-2021 Q1'])(
    'canonicalises %j to 2020-21 Q1',
    (text) => {
      expect(parsePeriod(text)?.text).toBe('2020-21 Q1');
    },
  );

  it.each(['2020-21 Q5', '2020-21 Q0', '2020-21 Q12', '2020-22 Q1', 'Q1', '2020 Q1', '2020-21 Q'])('refuses %j', (text) => {
    expect(parsePeriod(text)).toBeNull();
    expect(periodError(text)).toEqual(expect.any(String));
  });

  it('explains a quarter that does not exist', () => {
    expect(periodError('2020-21 Q5')).toContain('no quarter 5');
    expect(periodError('2020-21 Q5')).toContain('Q1 (April to June)');
  });
});

describe('parsePeriod: months', () => {
  it('reads 2020-04 as April 2020 in financial year 2020-21', () => {
    expect(parsePeriod('2020-04')).toEqual({
      kind: 'MONTH',
      text: '2020-04',
      start: '2020-04-01',
      end: '2020-04-30',
      financialYear: '2020-21',
    });
  });

  it('puts January to March in the financial year that started the April before', () => {
    expect(parsePeriod('2021-01')?.financialYear).toBe('2020-21');
    expect(parsePeriod('2021-03')?.financialYear).toBe('2020-21');
    expect(parsePeriod('2021-04')?.financialYear).toBe('2021-22');
  });

  it('knows the length of February, including the century rules', () => {
    expect(parsePeriod('2020-02')?.end).toBe('2020-02-29'); // divisible by 4
    expect(parsePeriod('2021-02')?.end).toBe('2021-02-28');
    expect(parsePeriod('2000-02')?.end).toBe('2000-02-29'); // divisible by 400
    expect(parsePeriod('1900-02')?.end).toBe('1900-02-28'); // divisible by 100 only
    expect(parsePeriod('2019-20 Q4')?.end).toBe('2020-03-31');
  });

  it.each([
    ['2020-4', '2020-04'],
    ['2020/04', '2020-04'],
    ['Apr 2020', '2020-04'],
    ['april 2020', '2020-04'],
    ['APRIL 2020', '2020-04'],
    ['Sept 2020', '2020-09'],
    ['Dec. 2020', '2020-12'],
  ])('canonicalises %j to %j', (text, canonical) => {
    expect(parsePeriod(text)?.text).toBe(canonical);
  });

  it.each(['2020-13', '2020-00', '2020-0', 'Foo 2020', 'Ap 2020'])('refuses %j', (text) => {
    expect(parsePeriod(text)).toBeNull();
  });

  it('explains 2020-13 as neither a year nor a month', () => {
    const reason = periodError('2020-13');
    expect(reason).toContain('neither a financial year');
    expect(reason).toContain('2020-21');
    expect(reason).toContain('months run from 01 to 12');
  });
});

describe('parsePeriod: garbage and ranges', () => {
  it.each(['', '   ', 'abc', '2020', '20-21', '2020-21-22', '2020-21 Q1 Q2', '21/22', '0202-03', '1800-01', '2100-01', '2020-21 H1'])(
    'refuses %j with a reason',
    (text) => {
      expect(parsePeriod(text)).toBeNull();
      expect(periodError(text)).toMatch(/\S/);
    },
  );

  it('gives no error for a good period', () => {
    expect(periodError('2020-21')).toBeNull();
    expect(periodError('2020-21 Q3')).toBeNull();
    expect(periodError('2020-04')).toBeNull();
  });

  it('refuses a non-string without throwing', () => {
    expect(parsePeriod(2020 as unknown as string)).toBeNull();
  });

  it('says what was expected when a kind is asked for', () => {
    expect(parsePeriod('2020-21', 'QUARTER')).toBeNull();
    expect(periodError('2020-21', 'QUARTER')).toContain('a quarter like 2020-21 Q1');
    expect(parsePeriod('2020-21 Q1', 'QUARTER')?.text).toBe('2020-21 Q1');
  });
});

describe('the 2011-12 ambiguity (financial year or December 2011)', () => {
  it('reads it as a financial year by default', () => {
    expect(isAmbiguousPeriod('2011-12')).toBe(true);
    expect(isAmbiguousPeriod('2000-01')).toBe(true);
    expect(isAmbiguousPeriod('2020-21')).toBe(false);
    expect(isAmbiguousPeriod('2020-04')).toBe(false);
    expect(parsePeriod('2011-12')?.kind).toBe('YEAR');
  });

  it('reads it as a month when a month is expected', () => {
    expect(parsePeriod('2011-12', 'MONTH')).toEqual({
      kind: 'MONTH',
      text: '2011-12',
      start: '2011-12-01',
      end: '2011-12-31',
      financialYear: '2011-12',
    });
    expect(parsePeriod('2020-21', 'MONTH')).toBeNull();
  });

  it('settles it from the other periods of a series', () => {
    // 2011-11 and 2012-01 can only be months, so 2011-12 is December 2011.
    const series = parsePeriodSeries(['2011-11', '2011-12', '2012-01']);
    expect(series.map((p) => [p.kind, p.start])).toEqual([
      ['MONTH', '2011-11-01'],
      ['MONTH', '2011-12-01'],
      ['MONTH', '2012-01-01'],
    ]);
    expect(parsePeriodSeries(['2010-11', '2011-12']).map((p) => p.kind)).toEqual(['YEAR', 'YEAR']);
    expect(periodsBetween('2011-11', '2012-02')).toEqual(['2011-11', '2011-12', '2012-01', '2012-02']);
  });

  it('keeps the kind of a parsed Period passed back in', () => {
    const december = parsePeriod('2011-12', 'MONTH')!;
    expect(toPeriod(december).kind).toBe('MONTH');
    expect(nextPeriod(december)).toBe('2012-01');
    expect(previousPeriod(december)).toBe('2011-11');
  });

  it('refuses a series that mixes kinds', () => {
    expect(() => parsePeriodSeries(['2020-21', '2020-04'])).toThrow(RangeError);
    expect(() => parsePeriodSeries(['2020-21', 'nonsense'])).toThrow(RangeError);
  });
});

describe('ordering', () => {
  it('orders by start date, shortest first when periods start together', () => {
    expect(comparePeriods('2019-20', '2020-21')).toBeLessThan(0);
    expect(comparePeriods('2020-21', '2019-20')).toBeGreaterThan(0);
    expect(comparePeriods('2020/21', '2020-21')).toBe(0);
    expect(comparePeriods('2020-21 Q4', '2020-21 Q3')).toBeGreaterThan(0);
    // April 2020, 2020-21 Q1 and 2020-21 all start on 1 April 2020.
    expect(comparePeriods('2020-04', '2020-21 Q1')).toBeLessThan(0);
    expect(comparePeriods('2020-21 Q1', '2020-21')).toBeLessThan(0);
    // Q3 starts in October 2020, before January 2021.
    expect(comparePeriods('2021-01', '2020-21 Q3')).toBeGreaterThan(0);
  });

  it('gives a string sort key in date order', () => {
    expect(periodSortKey('2020-21 Q2')).toBe('2020-07-01/2020-09-30');
    expect(periodSortKey('2020/21')).toBe('2020-04-01/2021-03-31');
    const keys = ['2021-22', '2020-21 Q4', '2019-20', '2020-21 Q1'].sort((a, b) => comparePeriods(a, b));
    expect(keys).toEqual(['2019-20', '2020-21 Q1', '2020-21 Q4', '2021-22']);
  });

  it('throws on a bad period (a programming error once input is validated)', () => {
    expect(() => comparePeriods('2020-22', '2020-21')).toThrow(RangeError);
    expect(() => periodSortKey('abc')).toThrow(/not a period/);
  });
});

describe('stepping and ranges', () => {
  it('steps back one period of the same kind', () => {
    expect(previousPeriod('2020-21')).toBe('2019-20');
    expect(previousPeriod('2000-01')).toBe('1999-00');
    expect(previousPeriod('2020-21 Q1')).toBe('2019-20 Q4');
    expect(previousPeriod('2020-21 Q4')).toBe('2020-21 Q3');
    expect(previousPeriod('2020-01')).toBe('2019-12');
    expect(previousPeriod('2020/21 q2')).toBe('2020-21 Q1');
  });

  it('steps forward and shifts', () => {
    expect(nextPeriod('2020-21 Q4')).toBe('2021-22 Q1');
    expect(nextPeriod('2020-12')).toBe('2021-01');
    expect(nextPeriod('1999-00')).toBe('2000-01');
    expect(shiftPeriod('2020-21', 3)).toBe('2023-24');
    expect(shiftPeriod('2020-21 Q2', -5)).toBe('2019-20 Q1');
    expect(() => shiftPeriod('2099-00', 1)).toThrow(RangeError);
  });

  it('lists every period between two, inclusive', () => {
    expect(periodsBetween('2018-19', '2020-21')).toEqual(['2018-19', '2019-20', '2020-21']);
    expect(periodsBetween('2019-20 Q3', '2020-21 Q2')).toEqual(['2019-20 Q3', '2019-20 Q4', '2020-21 Q1', '2020-21 Q2']);
    expect(periodsBetween('2020-11', '2021-02')).toEqual(['2020-11', '2020-12', '2021-01', '2021-02']);
    expect(periodsBetween('2020-21', '2020/21')).toEqual(['2020-21']);
    expect(periodsBetween('2020-21', '2018-19')).toEqual([]);
  });

  it('refuses a range between different kinds', () => {
    expect(() => periodsBetween('2020-21', '2021-22 Q1')).toThrow(RangeError);
  });

  it('numbers periods consecutively within a kind', () => {
    expect(periodIndex('2020-21')).toBe(2020);
    expect(periodIndex('2020-21 Q1')).toBe(2020 * 4); // 8080
    expect(periodIndex('2020-21 Q4')).toBe(8083);
    expect(periodIndex('2021-22 Q1')).toBe(8084);
    expect(periodIndex('2020-04')).toBe(2020 * 12 + 3); // 24243
    expect(periodFromIndex('QUARTER', 8083).text).toBe('2020-21 Q4');
    expect(periodFromIndex('MONTH', 24243).text).toBe('2020-04');
    expect(periodsApart('2018-19', '2020-21')).toBe(2);
    expect(periodsApart('2020-21 Q4', '2020-21 Q1')).toBe(-3);
  });
});

describe('describePeriod', () => {
  it('labels periods in plain English', () => {
    expect(describePeriod('2020-21')).toBe('2020-21 (April 2020 to March 2021)');
    expect(describePeriod('2020-21 Q1')).toBe('2020-21 Q1 (April to June 2020)');
    expect(describePeriod('2020-21 Q4')).toBe('2020-21 Q4 (January to March 2021)');
    expect(describePeriod('2020-04')).toBe('April 2020');
  });
});
