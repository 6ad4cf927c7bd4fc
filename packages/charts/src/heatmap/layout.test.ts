import { describe, expect, it } from 'vitest';
import { bandOf, layoutHeatMap } from './layout.js';

describe('layoutHeatMap', () => {
  const cells = [
    { likelihood: 5, impact: 5, count: 2, band: 'VERY_HIGH', riskIds: ['a', 'b'] },
    { likelihood: 1, impact: 1, count: 1, band: 'LOW', riskIds: ['c'] },
    { likelihood: 2, impact: 4, count: 3, band: 'MEDIUM', riskIds: ['d', 'e', 'f'] },
  ];

  it('draws all 25 cells, impact left to right and likelihood bottom to top, square and inside the plot', () => {
    const l = layoutHeatMap(cells, { width: 400 });
    expect(l.cells).toHaveLength(25);
    const at = (likelihood: number, impact: number) => l.cells.find((c) => c.likelihood === likelihood && c.impact === impact)!;
    expect(at(1, 1).x).toBeLessThan(at(1, 5).x);
    expect(at(5, 1).y).toBeLessThan(at(1, 1).y);
    expect(at(3, 3).size).toBeGreaterThan(0);
    for (const c of l.cells) {
      expect(c.x).toBeGreaterThanOrEqual(l.plot.left);
      expect(c.x + c.size).toBeLessThanOrEqual(l.plot.right + 0.001);
      expect(c.y + c.size).toBeLessThanOrEqual(l.plot.bottom + 0.001);
    }
    expect(l.plot.right - l.plot.left).toBeCloseTo(l.plot.bottom - l.plot.top);
    expect(l.width).toBeLessThanOrEqual(400);
  });

  it('keeps the counts and risks of the cells sent, fills the others empty with the band of their score', () => {
    const l = layoutHeatMap(cells, { width: 600, selected: { likelihood: 2, impact: 4 } });
    expect(l.total).toBe(6);
    const c = l.cells.find((x) => x.likelihood === 2 && x.impact === 4)!;
    expect(c).toMatchObject({ count: 3, score: 8, band: 'MEDIUM', selected: true, riskIds: ['d', 'e', 'f'] });
    expect(l.cells.filter((x) => x.selected)).toHaveLength(1);
    const empty = l.cells.find((x) => x.likelihood === 3 && x.impact === 5)!;
    expect(empty).toMatchObject({ count: 0, score: 15, band: 'VERY_HIGH', riskIds: [] });
    // At most 96 px a cell on a wide screen; ticks at the middle of each column and row.
    expect(c.size).toBeLessThanOrEqual(96);
    expect(l.xTicks.map((t) => t.value)).toEqual([1, 2, 3, 4, 5]);
    expect(l.yTicks[4]!.y).toBeLessThan(l.yTicks[0]!.y);
  });

  it('bands scores as the API does: 1-4 low, 5-9 medium, 10-14 high, 15-25 very high', () => {
    expect([1, 4, 5, 9, 10, 14, 15, 25].map(bandOf)).toEqual(['LOW', 'LOW', 'MEDIUM', 'MEDIUM', 'HIGH', 'HIGH', 'VERY_HIGH', 'VERY_HIGH']);
  });
});
