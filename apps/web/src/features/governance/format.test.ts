import { describe, expect, it } from 'vitest';
import { BV_STATUSES, day, financialQuarters, financialYear, forwardFrom, percent, words } from './format.js';

describe('governance words', () => {
  it('writes codes, dates and shares for people', () => {
    expect(words('IN_PROGRESS')).toBe('In progress');
    expect(words('VERY_HIGH', { VERY_HIGH: 'Very high' })).toBe('Very high');
    expect(words(null)).toBe('—');
    expect(day('2025-03-04')).toBe('4 Mar 2025');
    expect(day(null)).toBe('—');
    expect(percent(0.666)).toBe('67%');
    expect(percent(null)).toBe('—');
  });

  it('moves forward only: the current stage and those after it', () => {
    expect(forwardFrom(BV_STATUSES, 'OPTIONS')).toEqual(['OPTIONS', 'RECOMMENDATIONS_AGREED', 'IMPLEMENTING', 'CLOSED']);
    expect(forwardFrom(BV_STATUSES, 'CLOSED')).toEqual(['CLOSED']);
  });

  it('splits financial years into quarters, oldest first', () => {
    const q = financialQuarters('2024-25');
    expect(q).toHaveLength(8);
    expect(q[0]).toEqual({ label: 'Q1 2023-24', from: '2023-04-01', to: '2023-06-30' });
    expect(q[7]).toEqual({ label: 'Q4 2024-25', from: '2025-01-01', to: '2025-03-31' });
    expect(financialQuarters('2099-00', 1)[3]!.to).toBe('2100-03-31');
    expect(financialYear('2024-25')).toEqual({ from: '2024-04-01', to: '2025-03-31' });
  });
});
