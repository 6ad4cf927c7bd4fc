import { describe, expect, it } from 'vitest';
import { betterBy, comparisonText, figure, outpacedGroup } from './comparators.js';
import type { NationalComparisonRow } from './evidence.js';
import { answerOf, figureOf, healthyEvidence } from './fixtures.js';

function row(over: Partial<NationalComparisonRow> = {}): NationalComparisonRow {
  return {
    indicatorId: 1001,
    label: 'ASCOF 1A',
    polarity: 'HIGHER_IS_BETTER',
    groupName: 'East of England county councils',
    previousPeriod: '2022-23',
    period: '2023-24',
    previousValue: 19,
    value: 19.4,
    previousMedian: 19.1,
    median: 19.2,
    ...over,
  };
}

describe('Q7 comparators: the direction of travel against the comparator group median', () => {
  it('measures the change in the better direction, whichever way is better', () => {
    expect(betterBy('HIGHER_IS_BETTER', 19, 19.4)).toBeCloseTo(0.4);
    expect(betterBy('LOWER_IS_BETTER', 540, 520)).toBe(20);
    expect(betterBy('LOWER_IS_BETTER', 520, 540)).toBe(-20);
  });

  it('counts an indicator when it moved better than the median: more improvement, or less decline; a tie does not count', () => {
    expect(outpacedGroup(row())).toBe(true); // +0.4 against +0.1
    expect(outpacedGroup(row({ value: 19.1 }))).toBe(false); // +0.1 against +0.1: kept pace, no more
    expect(outpacedGroup(row({ value: 18.9, previousMedian: 19.5, median: 19 }))).toBe(true); // -0.1 against -0.5
    const admissions = row({ polarity: 'LOWER_IS_BETTER', previousValue: 540, value: 560, previousMedian: 520, median: 515 });
    expect(outpacedGroup(admissions)).toBe(false); // -20 against +5
    expect(outpacedGroup({ ...admissions, value: 500 })).toBe(true); // +40 against +5
  });

  it('names the figures: both values and both medians with the changes, rounded to 2 places', () => {
    const r = row({
      polarity: 'LOWER_IS_BETTER',
      label: 'ASCOF 2A2',
      previousValue: 540.123,
      value: 560.3,
      previousMedian: 520,
      median: 515.2,
    });
    expect(comparisonText(r)).toBe("ASCOF 2A2 540.12 to 560.3 (-20.18) against the median's 520 to 515.2 (+4.8), 2022-23 to 2023-24");
    expect(figure(0.41)).toBe('0.41');
  });

  it('scores the share that moved better by the share rule, listing those behind the score first', () => {
    const e = healthyEvidence();
    e.nationalComparisons = [
      row({ indicatorId: 1 }),
      row({ indicatorId: 2, label: 'ASCOF 1B', value: 18 }),
      row({ indicatorId: 3, label: 'ASCOF 1C', value: 20 }),
      row({ indicatorId: 4, label: 'ASCOF 1D', value: 21 }),
    ];
    const a = answerOf(e, 'Q7_DIFFERENCE');
    const f = figureOf(a, 'comparatorTravel');
    expect(f).toMatchObject({ numerator: 3, denominator: 4, score: 3 });
    expect(f.text).toMatch(/^3 of 4 national indicators moved better than the median of East of England county councils \(/);
    // The one that fell behind is named first, with its figures; only three are named.
    expect(f.text).toContain("ASCOF 1B 19 to 18 (-1) against the median's 19.1 to 19.2 (+0.1), 2022-23 to 2023-24; ASCOF 1A");
    expect(f.text).toMatch(/; \.\.\.\)$/);
    expect(a.nodes.find((n) => n.id === 2)).toMatchObject({ kind: 'Indicator', ok: false });
    expect(a.score).toBe(3); // (4 + 4 + 4 + 4 + 3) / 5 = 3.8
    expect(a.answer).toContain('but 3 of 4 national indicators moved better');
  });

  it('cannot be computed without comparisons, and then does not count (never a guess)', () => {
    const a = answerOf(healthyEvidence(), 'Q7_DIFFERENCE');
    const f = figureOf(a, 'comparatorTravel');
    expect(f).toMatchObject({ numerator: null, denominator: null, score: null });
    expect(f.text).toBe('No national indicator in use has two published figures to set against its comparator group');
    expect(a.score).toBe(4);
    expect(a.improve).toContain('publish the national indicators for at least two periods');
  });

  it('scores 0 when every national indicator fell behind the group', () => {
    const e = healthyEvidence();
    e.nationalComparisons = [row({ value: 18 }), row({ indicatorId: 2, value: 19.05 })];
    expect(figureOf(answerOf(e, 'Q7_DIFFERENCE'), 'comparatorTravel')).toMatchObject({ numerator: 0, denominator: 2, score: 0 });
  });
});
