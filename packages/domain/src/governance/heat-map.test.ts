import { describe, expect, it } from 'vitest';
import { heatMapLayout } from './heat-map.js';
import { RiskRating } from './risks.js';

const risk = (id: number, il: number, ii: number, rl: number, ri: number) => ({
  id,
  inherentLikelihood: il,
  inherentImpact: ii,
  residualLikelihood: rl,
  residualImpact: ri,
});

describe('heatMapLayout', () => {
  it('has all 25 cells, row-major by likelihood then impact, with scores and bands', () => {
    const cells = heatMapLayout([], { which: 'residual' });
    expect(cells).toHaveLength(25);
    expect(cells[0]).toEqual({ likelihood: 1, impact: 1, score: 1, band: RiskRating.LOW, count: 0, riskIds: [] });
    expect(cells[7]).toMatchObject({ likelihood: 2, impact: 3, score: 6, band: RiskRating.MEDIUM });
    expect(cells[24]).toMatchObject({ likelihood: 5, impact: 5, score: 25, band: RiskRating.VERY_HIGH });
    expect(
      cells
        .filter((c) => c.band === RiskRating.HIGH)
        .map((c) => c.score)
        .sort((a, b) => a - b),
    ).toEqual([10, 10, 12, 12]);
  });

  it('places each risk by the scores asked for', () => {
    const risks = [risk(1, 5, 5, 3, 4), risk(2, 5, 5, 5, 5), risk(3, 2, 3, 2, 3)];
    const inherent = heatMapLayout(risks, { which: 'inherent' });
    expect(inherent.find((c) => c.likelihood === 5 && c.impact === 5)).toMatchObject({ count: 2, riskIds: [1, 2] });
    const residual = heatMapLayout(risks, { which: 'residual' });
    expect(residual.find((c) => c.likelihood === 3 && c.impact === 4)).toMatchObject({ count: 1, riskIds: [1] });
    expect(residual.find((c) => c.likelihood === 5 && c.impact === 5)?.riskIds).toEqual([2]);
    expect(residual.reduce((n, c) => n + c.count, 0)).toBe(3);
  });

  it('leaves out a risk whose levels are outside 1..5', () => {
    const cells = heatMapLayout([risk(9, 6, 1, 0, 1), risk(10, 1, 1, 1, 1.5)], { which: 'residual' });
    expect(cells.reduce((n, c) => n + c.count, 0)).toBe(0);
    expect(heatMapLayout([risk(9, 6, 1, 0, 1)], { which: 'inherent' }).reduce((n, c) => n + c.count, 0)).toBe(0);
  });
});
