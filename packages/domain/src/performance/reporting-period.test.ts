import { describe, expect, it } from 'vitest';
import { reportingPeriod } from './reporting-period.js';

const months = (values: Record<string, boolean>) => Object.entries(values).map(([period, hasValue]) => ({ period, hasValue }));

describe('reportingPeriod', () => {
  it('judges an indicator of the asked kind at the asked period, figure or not', () => {
    expect(reportingPeriod('YEAR', '2024-25', [])).toBe('2024-25');
    expect(reportingPeriod('MONTH', '2025-02', [])).toBe('2025-02');
  });

  it('judges a monthly indicator asked for a year at its latest month of that year with a number', () => {
    const points = months({ '2024-03': true, '2024-11': true, '2024-12': true, '2025-01': false, '2025-02': false, '2025-04': true });
    expect(reportingPeriod('MONTH', '2024-25', points)).toBe('2024-12');
    // The points need not be in order, and a month of the next year is never taken.
    expect(reportingPeriod('MONTH', '2024-25', [...points].reverse())).toBe('2024-12');
    expect(reportingPeriod('MONTH', '2023-24', points)).toBe('2024-03');
  });

  it('judges a quarterly indicator asked for a year, and a monthly one asked for a quarter', () => {
    const quarters = [
      { period: '2024-25 Q2', hasValue: true },
      { period: '2024-25 Q3', hasValue: true },
      { period: '2024-25 Q4', hasValue: false },
    ];
    expect(reportingPeriod('QUARTER', '2024-25', quarters)).toBe('2024-25 Q3');
    expect(reportingPeriod('MONTH', '2024-25 Q3', months({ '2024-09': true, '2024-10': true, '2024-11': true, '2025-01': true }))).toBe(
      '2024-11',
    );
  });

  it("reads a monthly indicator's 2011-12 as December 2011, and the asked 2011-12 as the financial year", () => {
    expect(reportingPeriod('MONTH', '2011-12', months({ '2011-11': true, '2011-12': true, '2012-01': false }))).toBe('2011-12');
    expect(reportingPeriod('MONTH', '2011-12', months({ '2011-12': true, '2012-01': true }))).toBe('2012-01');
  });

  it('does not judge a longer period than the one asked, nor one with no number in it', () => {
    expect(reportingPeriod('YEAR', '2025-03', [{ period: '2024-25', hasValue: true }])).toBeNull();
    expect(reportingPeriod('QUARTER', '2025-03', [{ period: '2024-25 Q4', hasValue: true }])).toBeNull();
    expect(reportingPeriod('MONTH', '2024-25', months({ '2024-04': false, '2025-03': false }))).toBeNull();
  });
});
