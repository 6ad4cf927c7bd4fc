import { describe, expect, it } from 'vitest';
import { layoutHistory } from './layout.js';

describe('layoutHistory', () => {
  const history = [
    { assessedOn: '2024-10-01', inherentScore: 20, residualScore: 12 },
    { assessedOn: '2024-04-01', inherentScore: 20, residualScore: 16 },
    { assessedOn: '2025-01-15', inherentScore: 16, residualScore: 6 },
  ];

  it('places assessments in date order left to right, higher scores higher, inside the plot', () => {
    const l = layoutHistory(history, { width: 500, height: 200, until: '2025-06-01' });
    expect(l.points.map((p) => p.assessedOn)).toEqual(['2024-04-01', '2024-10-01', '2025-01-15']);
    expect(l.points[0]!.x).toBe(l.plot.left);
    expect(l.points[1]!.x).toBeLessThan(l.points[2]!.x);
    expect(l.points[2]!.x).toBeLessThan(l.plot.right);
    expect(l.points[0]!.inherentY).toBeLessThan(l.points[0]!.residualY);
    expect(l.points[2]!.residualY).toBeGreaterThan(l.points[1]!.residualY);
    for (const p of l.points) expect(p.residualY).toBeLessThanOrEqual(l.plot.bottom);
  });

  it('draws steps that hold the last score to the right edge, over four bands from the bottom', () => {
    const l = layoutHistory(history, { width: 500, height: 200, until: '2025-06-01' });
    expect(l.residualPath).toMatch(/^M/);
    expect(l.residualPath).toContain(`${l.plot.right},`);
    expect(l.bands.map((b) => b.band)).toEqual(['LOW', 'MEDIUM', 'HIGH', 'VERY_HIGH']);
    expect(l.bands[0]!.y + l.bands[0]!.height).toBeCloseTo(l.plot.bottom);
    expect(l.bands[3]!.y).toBeCloseTo(l.plot.top);
    expect(l.xTicks.length).toBeGreaterThan(1);
  });

  it('labels each tick once, with days over a short span', () => {
    const l = layoutHistory([{ assessedOn: '2026-12-02', inherentScore: 16, residualScore: 12 }], {
      width: 600,
      height: 150,
      until: '2026-12-02',
    });
    const labels = l.xTicks.map((t) => t.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels[0]).toMatch(/^\d{1,2} Dec$/);
  });

  it('has no lines without assessments', () => {
    const l = layoutHistory([], { width: 300, height: 150, until: '2025-06-01' });
    expect(l.residualPath).toBeNull();
    expect(l.points).toEqual([]);
  });
});
