import { describe, expect, it } from 'vitest';
import { changeWords, trendWords } from './periods.js';

const fmt = (v: number | null | undefined) => (v == null ? '—' : v.toFixed(1));

describe('direction of travel and longer-run trend in words', () => {
  it('names the two figures the direction of travel compares', () => {
    const c = { direction: 'IMPROVING', period: '2020-21', value: 639.4, previousPeriod: '2019-20', previousValue: 961.6 };
    expect(changeWords(c, fmt)).toBe('961.6 in 2019-20 to 639.4 in 2020-21');
    expect(changeWords({ direction: 'UNKNOWN', period: '2020-21', value: 1, previousPeriod: null }, fmt)).toBe('Only 2020-21 has a figure');
    expect(changeWords({ direction: 'UNKNOWN', period: null }, fmt)).toBe('No figure yet');
  });

  it("says what the longer-run trend's line was fitted to, and its slope", () => {
    const t = { direction: 'DETERIORATING', slope: 49.95, pointsUsed: 3, periodsUsed: ['2018-19', '2019-20', '2020-21'] };
    expect(trendWords(t, fmt)).toBe('Line through 3 figures, 2018-19 to 2020-21: +50.0 a period');
    expect(trendWords({ ...t, slope: -4 }, fmt)).toBe('Line through 3 figures, 2018-19 to 2020-21: −4.0 a period');
    expect(trendWords({ direction: 'UNKNOWN', slope: null, pointsUsed: 1, periodsUsed: ['2020-21'] }, fmt)).toBe(
      'Needs two figures or more',
    );
  });
});
