import { describe, expect, it } from 'vitest';
import { checkMeasurement, checkPeriod, parseNumber } from './validation.js';

const ok = { period: '2025-04', value: '81.5', numerator: '', denominator: '' };

describe('measurement form checks', () => {
  it('accepts the periods of each frequency and explains the wrong ones', () => {
    expect(checkPeriod('2025-04', 'MONTHLY')).toBeNull();
    expect(checkPeriod('2025-13', 'MONTHLY')).toBe('Months run from 01 to 12.');
    expect(checkPeriod('2025-26', 'MONTHLY')).toBe('Months run from 01 to 12.');
    expect(checkPeriod('2024-25', 'ANNUAL')).toBeNull();
    expect(checkPeriod('2024-26', 'ANNUAL')).toMatch(/not a financial year/);
    expect(checkPeriod('2024-25 Q2', 'QUARTERLY')).toBeNull();
    expect(checkPeriod('2024-25', 'QUARTERLY')).toMatch(/a quarter/);
    expect(checkPeriod('', 'ANNUAL')).toBe('Enter the period.');
  });

  it('accepts numbers as spreadsheets write them, [c] and [x], and names the bad field', () => {
    expect(checkMeasurement(ok, 'MONTHLY')).toEqual({});
    expect(checkMeasurement({ ...ok, value: '[c]' }, 'MONTHLY')).toEqual({});
    expect(parseNumber('1,234.5')).toBe(1234.5);
    expect(parseNumber('45.2%')).toBe(45.2);
    expect(checkMeasurement({ ...ok, value: 'abc' }, 'MONTHLY').value).toMatch(/'abc' is not a number/);
    expect(checkMeasurement({ ...ok, value: '' }, 'MONTHLY').value).toMatch(/Enter a value/);
    expect(checkMeasurement({ ...ok, numerator: '12', denominator: '0' }, 'MONTHLY').denominator).toMatch(/cannot be zero/);
    expect(checkMeasurement({ ...ok, numerator: '12', denominator: '10' }, 'MONTHLY').numerator).toMatch(/larger than the denominator/);
  });
});
