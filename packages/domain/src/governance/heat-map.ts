/**
 * The 5x5 heat map of a risk register: one cell per likelihood and impact (1 to 5 each), with the
 * risks in it and the band of its score. Pure, so the web app's chart (d3) and reports draw the
 * same thing.
 */
import { riskRating, riskScore, type RiskRating, type RiskScores } from './risks.js';

export interface HeatMapCell {
  likelihood: number;
  impact: number;
  score: number;
  band: RiskRating;
  count: number;
  /** The ids of the risks in the cell, in the order given. */
  riskIds: number[];
}

export interface HeatMapOptions {
  /** Plot the scores before controls (inherent) or after them (residual). */
  which: 'inherent' | 'residual';
}

/**
 * The 25 cells, impact 1..5 within likelihood 1..5 (row-major from likelihood 1, impact 1), every
 * cell present even when empty. A risk whose levels are outside 1..5 is not placed.
 */
export function heatMapLayout<R extends RiskScores & { id: number }>(risks: readonly R[], options: HeatMapOptions): HeatMapCell[] {
  const cells: HeatMapCell[] = [];
  for (let likelihood = 1; likelihood <= 5; likelihood++) {
    for (let impact = 1; impact <= 5; impact++) {
      const score = riskScore(likelihood, impact);
      cells.push({ likelihood, impact, score, band: riskRating(score), count: 0, riskIds: [] });
    }
  }
  for (const r of risks) {
    const l = options.which === 'inherent' ? r.inherentLikelihood : r.residualLikelihood;
    const i = options.which === 'inherent' ? r.inherentImpact : r.residualImpact;
    if (!Number.isInteger(l) || !Number.isInteger(i) || l < 1 || l > 5 || i < 1 || i > 5) continue;
    const cell = cells[(l - 1) * 5 + (i - 1)]!;
    cell.count++;
    cell.riskIds.push(r.id);
  }
  return cells;
}
