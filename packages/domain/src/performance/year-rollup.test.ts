import { describe, expect, it } from 'vitest';
import { rollUpToYears } from './year-rollup.js';

const quarters = (year: string, values: Array<number | null>) => values.map((value, i) => ({ period: `${year} Q${i + 1}`, value }));

describe('rolling monthly and quarterly figures up to the year', () => {
  const points = [...quarters('2023-24', [10, 20, 30, 40]), ...quarters('2024-25', [5, null, 7, 9])];

  it('sums, averages or takes the last period of each complete year', () => {
    expect(rollUpToYears('SUM', points)).toEqual([
      { year: '2023-24', value: 100, periods: 4, expected: 4 },
      { year: '2024-25', value: null, periods: 3, expected: 4 },
    ]);
    expect(rollUpToYears('MEAN', points)[0]!.value).toBe(25);
    expect(rollUpToYears('LAST', points)[0]!.value).toBe(40);
  });

  it('takes the last period by date, whatever order the figures come in', () => {
    expect(rollUpToYears('LAST', [...quarters('2023-24', [1, 2, 3, 4])].reverse())[0]!.value).toBe(4);
  });

  it('rolls up months (12 to a year) and leaves a year with months missing incomplete', () => {
    const months = ['04', '05', '06', '07', '08', '09', '10', '11', '12', '01', '02', '03'].map((m, i) => ({
      period: `${i < 9 ? 2023 : 2024}-${m}`,
      value: i + 1,
    }));
    expect(rollUpToYears('SUM', months)).toEqual([{ year: '2023-24', value: 78, periods: 12, expected: 12 }]);
    expect(rollUpToYears('SUM', months.slice(0, 11))[0]!.value).toBeNull();
  });

  it('does not roll up under NONE, nor annual figures', () => {
    expect(rollUpToYears('NONE', points)).toEqual([]);
    expect(rollUpToYears('SUM', [{ period: '2023-24', value: 3 }])).toEqual([]);
  });
});
