import { describe, expect, it } from 'vitest';
import { changeWords, nodeHref, pickerPeriods, scoreBand, scoreWords, shortName, typeWords } from './board.js';

describe('the health check board', () => {
  it('links each kind of record to its page, and others to nothing', () => {
    const gss = 'E10000029';
    expect(nodeHref(gss, { id: 'P1', type: 'Priority' }, '2024-25')).toBe('/councils/E10000029/priorities/P1?period=2024-25');
    expect(nodeHref(gss, { id: 'I1', type: 'Indicator' }, '2024-25')).toBe('/councils/E10000029/indicator/I1');
    expect(nodeHref(gss, { id: 'U1', type: 'Person' }, '2024-25')).toBe('/councils/E10000029/thread/U1?period=2024-25');
    expect(nodeHref(gss, { id: 'S1', type: 'Service' }, '2024-25')).toBe('/councils/E10000029/explorer/S1');
    expect(nodeHref(gss, { id: 'D1', type: 'Directorate' }, '2024-25')).toBe('/councils/E10000029/explorer/D1');
    expect(nodeHref(gss, { id: 'R1', type: 'Risk' }, '2024-25')).toBe('/councils/E10000029/governance/risks/R1');
    expect(nodeHref(gss, { id: 'B1', type: 'BestValueReview' }, '2024-25')).toBe('/councils/E10000029/governance/reviews/B1');
    expect(nodeHref(gss, { id: 'A1', type: 'Action' }, '2024-25')).toBe('/councils/E10000029/governance/actions');
    expect(nodeHref(gss, { id: 'X1', type: 'ScrutinyRecommendation' }, '2024-25')).toBe('/councils/E10000029/governance/scrutiny');
    expect(nodeHref(gss, { id: 'E1', type: 'EngagementGroup' }, '2024-25')).toBeNull();
  });

  it('names kinds and answers in words', () => {
    expect(typeWords('BestValueReview')).toBe('Best Value review');
    expect(typeWords('ScrutinyRecommendation')).toBe('Scrutiny recommendation');
    expect(typeWords('Priority')).toBe('Priority');
    expect(shortName('B2_NO_TIME_TO_LEARN')).toBe('B2 No time to learn');
    expect(shortName('Q1_DIRECTION')).toBe('Q1 Direction');
  });

  it('says the change with words beside the arrow, and why there is none', () => {
    expect(changeWords({ previousScore: 2, delta: 1, direction: 'UP' }, '2023-24', true)).toBe('▲ Up 1 since 2023-24 (2 of 4 in 2023-24)');
    const down = changeWords({ previousScore: 3, delta: -2, direction: 'DOWN' }, '2023-24', true);
    expect(down).toBe('▼ Down 2 since 2023-24 (3 of 4 in 2023-24)');
    expect(changeWords({ previousScore: 3, delta: 0, direction: 'SAME' }, '2023-24', true)).toMatch(/^= No change since 2023-24/);
    expect(changeWords(null, null, true)).toBe('No earlier year to compare with');
    expect(changeWords(null, '2023-24', true)).toBe('No score for 2023-24 to compare with');
    expect(changeWords(null, '2023-24', false)).toBe('Not compared with 2023-24');
  });

  it('reads scores as "n of max", with a band that follows the number', () => {
    expect(scoreWords(3, 4)).toBe('3 of 4');
    expect(scoreWords(null, 4)).toBe('Cannot tell yet');
    expect([4, 3, 2, 1, 0, null].map((s) => scoreBand(s, 4))).toEqual(['good', 'good', 'fair', 'poor', 'poor', 'unknown']);
  });

  it("offers the history's periods newest first, with the one shown", () => {
    expect(pickerPeriods(['2023-24', '2024-25'], '2024-25')).toEqual(['2024-25', '2023-24']);
    expect(pickerPeriods([], '2025-26')).toEqual(['2025-26']);
  });
});
