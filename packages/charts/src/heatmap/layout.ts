/**
 * Pure layout of a 5x5 risk heat map: impact left to right, likelihood bottom to top (the way risk
 * registers draw it), one square per cell from the API's riskHeatMap (likelihood, impact, count,
 * band). Cells the API did not send are drawn empty with the band of their score. No DOM.
 */
import { scaleBand } from 'd3-scale';

export type Band = 'LOW' | 'MEDIUM' | 'HIGH' | 'VERY_HIGH';

export interface HeatCellInput {
  likelihood: number;
  impact: number;
  count: number;
  band: string;
  riskIds: readonly string[];
}

export interface HeatCell {
  likelihood: number;
  impact: number;
  score: number;
  count: number;
  band: Band;
  riskIds: readonly string[];
  x: number;
  y: number;
  size: number;
  selected: boolean;
}

export interface HeatMapLayout {
  width: number;
  height: number;
  cells: HeatCell[];
  /** Impact 1..5 under the columns. */
  xTicks: Array<{ value: number; x: number }>;
  /** Likelihood 1..5 beside the rows (5 at the top). */
  yTicks: Array<{ value: number; y: number }>;
  plot: { left: number; top: number; right: number; bottom: number };
  total: number;
}

const LEVELS = [1, 2, 3, 4, 5];

/** The band of a score (likelihood x impact): 1-4 low, 5-9 medium, 10-14 high, 15-25 very high. */
export function bandOf(score: number): Band {
  if (score >= 15) return 'VERY_HIGH';
  if (score >= 10) return 'HIGH';
  if (score >= 5) return 'MEDIUM';
  return 'LOW';
}

const asBand = (b: string, score: number): Band => (b === 'LOW' || b === 'MEDIUM' || b === 'HIGH' || b === 'VERY_HIGH' ? b : bandOf(score));

export function layoutHeatMap(
  input: readonly HeatCellInput[],
  options: {
    width: number;
    selected?: { likelihood: number; impact: number } | null;
    margin?: { top: number; right: number; bottom: number; left: number };
  },
): HeatMapLayout {
  const m = options.margin ?? { top: 8, right: 8, bottom: 40, left: 40 };
  // Square cells: the plot is as tall as it is wide, at most 96 px a cell.
  const side = Math.max(120, Math.min(options.width - m.left - m.right, 5 * 96));
  const x = scaleBand<number>()
    .domain(LEVELS)
    .range([m.left, m.left + side])
    .paddingInner(0.06);
  const y = scaleBand<number>()
    .domain([...LEVELS].reverse())
    .range([m.top, m.top + side])
    .paddingInner(0.06);
  const byKey = new Map(input.map((c) => [`${c.likelihood}:${c.impact}`, c]));
  const cells: HeatCell[] = [];
  for (const likelihood of LEVELS) {
    for (const impact of LEVELS) {
      const c = byKey.get(`${likelihood}:${impact}`);
      const score = likelihood * impact;
      cells.push({
        likelihood,
        impact,
        score,
        count: c?.count ?? 0,
        band: asBand(c?.band ?? '', score),
        riskIds: c?.riskIds ?? [],
        x: x(impact) ?? 0,
        y: y(likelihood) ?? 0,
        size: x.bandwidth(),
        selected: options.selected?.likelihood === likelihood && options.selected?.impact === impact,
      });
    }
  }
  const half = x.bandwidth() / 2;
  return {
    width: m.left + side + m.right,
    height: m.top + side + m.bottom,
    cells,
    xTicks: LEVELS.map((v) => ({ value: v, x: (x(v) ?? 0) + half })),
    yTicks: LEVELS.map((v) => ({ value: v, y: (y(v) ?? 0) + half })),
    plot: { left: m.left, top: m.top, right: m.left + side, bottom: m.top + side },
    total: cells.reduce((n, c) => n + c.count, 0),
  };
}
