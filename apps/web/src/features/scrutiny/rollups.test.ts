import { describe, expect, it } from 'vitest';
import { yearRollupWords } from './rollups.js';

const fmt = (v: number | null | undefined, unit?: string | null) => `${v}${unit ?? ''}`;

describe('the financial year beside monthly figures', () => {
  it('names the latest year first, with its rule, and a year in progress by its months', () => {
    const years = [
      { year: '2023-24', rule: 'MEAN', value: 80, periods: 12, expected: 12 },
      { year: '2024-25', rule: 'MEAN', value: null, periods: 9, expected: 12 },
    ];
    expect(yearRollupWords('MEAN', years, fmt, '%')).toBe('2024-25: 9 of 12 months so far; 2023-24: 80% (mean of 12 months)');
    expect(yearRollupWords('SUM', [{ year: '2023-24', rule: 'SUM', value: 7, periods: 4, expected: 4 }], fmt, null)).toBe(
      '2023-24: 7 (total of 4 quarters)',
    );
  });
  it('says when the indicator is not rolled up or has no figures', () => {
    expect(yearRollupWords('NONE', [], fmt, '%')).toMatch(/^Not rolled up/);
    expect(yearRollupWords('LAST', [], fmt, '%')).toBe('No figures yet');
  });
});
