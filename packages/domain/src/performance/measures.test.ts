import { describe, expect, it } from 'vitest';
import { existedDuring, existingIn } from './councils.js';
import { exceptionsFor } from './exceptions.js';
import { formatValue, publishedPrecision, sameMeasureAs, unitKind, unitMismatch, unitRange } from './measures.js';
import { oneExceptionPerMeasure } from './one-per-measure.js';

describe('same measure as', () => {
  it('maps Oflog ASC1-ASC5 to ASCOF 1D, 1J, 3D(1), 3D(2), 2D and nothing else', () => {
    const codes = ['ASC1', 'ASC2', 'ASC3', 'ASC4', 'ASC5', 'ASC6', 'ASC7'].map((code) => sameMeasureAs({ framework: 'OFLOG', code })?.code);
    expect(codes).toEqual(['1D', '1J', '3D1', '3D2', '2D', undefined, undefined]);
    expect(sameMeasureAs({ framework: 'ASCOF', code: '2D' })).toBeNull();
  });

  it('keeps one exception per measure, the ASCOF one naming both codes', () => {
    const perf = (indicatorId: number, name: string) => ({
      indicatorId,
      name,
      polarity: 'HIGHER_IS_BETTER' as const,
      rag: 'NONE' as const,
      direction: 'STABLE' as const,
      quartile: 4 as const,
      period: '2022-23',
    });
    const exceptions = exceptionsFor({
      indicators: [perf(1, 'Short-term services (2D)'), perf(2, 'Sequel (ASC5)'), perf(3, 'Carer QoL (ASC1)')],
    });
    const indicators = new Map([
      [1, { id: 1, framework: 'ASCOF' as const, code: '2D', displayCode: '2D' }],
      [2, { id: 2, framework: 'OFLOG' as const, code: 'ASC5' }],
      [3, { id: 3, framework: 'OFLOG' as const, code: 'ASC1' }],
    ]);
    const one = oneExceptionPerMeasure(exceptions, indicators);
    expect(one.map((e) => e.indicatorId).sort()).toEqual([1, 3]);
    const ascof = one.find((e) => e.indicatorId === 1)!;
    expect(ascof.alsoCodes).toEqual(['Oflog ASC5']);
    expect(ascof.message).toBe(
      'In 2022-23, Short-term services (2D) is in the bottom quarter of councils in the group (ASCOF 2D, also Oflog ASC5).',
    );
    // The published code, 3D(1), not the stored 3D1.
    const [info] = oneExceptionPerMeasure(
      exceptionsFor({ indicators: [perf(4, 'Ease of finding information'), perf(5, 'Ease (ASC3)')] }),
      new Map([
        [4, { id: 4, framework: 'ASCOF' as const, code: '3D1', displayCode: '3D(1)' }],
        [5, { id: 5, framework: 'OFLOG' as const, code: 'ASC3' }],
      ]),
    );
    expect(info!.message).toMatch(/ \(ASCOF 3D\(1\), also Oflog ASC3\)\.$/);
    // ASC1 has no ASCOF 1D exception beside it: kept as it is.
    expect(one.find((e) => e.indicatorId === 3)!.alsoCodes).toEqual([]);
  });
});

describe('units and precision', () => {
  it('reads the unit texts of the catalogue', () => {
    expect(unitKind('%')).toBe('PERCENT');
    expect(unitKind('score 0-24')).toBe('SCORE');
    expect(unitKind('ratio (values ~0.4)')).toBe('RATIO');
    expect(unitKind('per 100,000 population aged 65+')).toBe('RATE');
    expect(unitKind('people')).toBe('COUNT');
    expect(unitRange('score 0-12')).toEqual({ min: 0, max: 12 });
  });

  it('says when values do not fit the unit', () => {
    expect(unitMismatch('%', [0, 55.5, 100])).toBeNull();
    expect(unitMismatch('%', [132.1, 50, 18231.9])).toBe("2 value(s) outside 0 to 100 for unit '%' (from 132.1 to 18231.9)");
    expect(unitMismatch('per 100,000 adults', [132.1, 18231.9])).toBeNull();
    expect(unitMismatch('ratio', [0.41, 1.2])).toMatch(/1 value/);
    expect(unitMismatch(null, [1])).toBe('no unit');
  });

  it('formats to the published precision: ratios at three places, not "0.4"', () => {
    const ratio = publishedPrecision({ framework: 'ASCOF', code: '1J', unit: 'ratio (values ~0.4)' });
    expect(ratio).toEqual({ kind: 'DECIMAL_PLACES', digits: 3 });
    expect(formatValue(0.41, ratio)).toBe('0.410');
    expect(formatValue(0.4089, ratio)).toBe('0.409');
    expect(formatValue(0.413, publishedPrecision({ framework: 'OFLOG', code: 'ASC2' }))).toBe('0.413');
    expect(formatValue(18231.88884, publishedPrecision({ framework: 'OFLOG', code: 'ASC6', unit: 'per 100,000 adults' }))).toBe('18,232');
    expect(formatValue(484.05, publishedPrecision({ framework: 'ASCOF', code: '2A2', unit: 'per 100,000 population aged 65+' }))).toBe(
      '484.1',
    );
    expect(formatValue(9, publishedPrecision({ framework: 'ASCOF', code: '1F', unit: '%' }))).toBe('9.0');
    expect(formatValue(0.41234, publishedPrecision({ framework: 'LOCAL', code: 'X', unit: 'ratio' }))).toBe('0.412');
    expect(formatValue(820, publishedPrecision({ framework: 'LOCAL', code: 'X', unit: 'people' }))).toBe('820');
    expect(formatValue(null, ratio)).toBeNull();
    expect(formatValue(Number.NaN, ratio)).toBeNull();
  });
});

describe('councils that no longer exist', () => {
  const northants = { startDate: null, endDate: '2021-04-01' };
  const westNorthants = { startDate: '2021-04-01', endDate: null };
  const cumbria = { startDate: null, endDate: '2023-04-01' };

  it('ends the day before its end date (the day its successors start)', () => {
    expect(existedDuring(northants, '2020-21')).toBe(true);
    expect(existedDuring(northants, '2021-22')).toBe(false);
    expect(existedDuring(northants, '2021-03')).toBe(true);
    expect(existedDuring(northants, '2021-04')).toBe(false);
    expect(existedDuring(westNorthants, '2020-21')).toBe(false);
    expect(existedDuring(westNorthants, '2021-22')).toBe(true);
    expect(existedDuring(cumbria, '2022-23')).toBe(true);
    expect(existedDuring(cumbria, '2023-24')).toBe(false);
    expect(existedDuring(cumbria, '2022-23 Q4')).toBe(true);
  });

  it('keeps only councils that existed in the period in a group', () => {
    const all = [
      { name: 'Northamptonshire', ...northants },
      { name: 'West Northamptonshire', ...westNorthants },
      { name: 'Suffolk', startDate: null, endDate: null },
    ];
    expect(existingIn(all, '2021-22').map((c) => c.name)).toEqual(['West Northamptonshire', 'Suffolk']);
    expect(existingIn(all, '2020-21').map((c) => c.name)).toEqual(['Northamptonshire', 'Suffolk']);
  });
});
