import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './dates.js';

describe('dates, one en-GB style', () => {
  it('writes a calendar date as "4 Mar 2025", the same day whatever the time part', () => {
    expect(formatDate('2025-03-04')).toBe('4 Mar 2025');
    expect(formatDate('2026-12-01T23:30:00.000Z')).toBe('1 Dec 2026');
    expect(formatDate(null)).toBe('—');
    expect(formatDate('soon')).toBe('soon');
  });

  it('writes a moment with its time', () => {
    expect(formatDateTime('2025-03-04T12:05:00Z')).toBe('4 Mar 2025, 12:05');
    expect(formatDateTime('2025-07-04T12:05:00Z')).toBe('4 Jul 2025, 13:05');
    expect(formatDateTime(undefined)).toBe('—');
  });
});
