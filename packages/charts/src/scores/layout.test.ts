import { describe, expect, it } from 'vitest';
import { layoutScores } from './layout.js';

describe('layoutScores', () => {
  const lines = [
    {
      key: 'Q1',
      label: 'Direction',
      points: [
        { period: '2024-25', score: 3 },
        { period: '2022-23', score: 1 },
        { period: '2023-24', score: 2 },
      ],
    },
    {
      key: 'Q2',
      label: 'Engagement',
      points: [
        { period: '2022-23', score: 4 },
        { period: '2023-24', score: null },
        { period: '2024-25', score: 0 },
      ],
    },
  ];

  it('puts the periods in order across one shared frame, higher scores higher, 0 on the bottom and the maximum on top', () => {
    const l = layoutScores(lines, { width: 200, height: 90 });
    expect(l.periods).toEqual(['2022-23', '2023-24', '2024-25']);
    const q1 = l.panels[0]!;
    expect(q1.points.map((p) => p.period)).toEqual(l.periods);
    expect(q1.points[0]!.x).toBeLessThan(q1.points[1]!.x);
    expect(q1.points[2]!.y).toBeLessThan(q1.points[0]!.y);
    expect(l.yTicks.map((t) => t.value)).toEqual([0, 1, 2, 3, 4]);
    expect(l.yTicks[0]!.y).toBe(l.plot.bottom);
    expect(l.yTicks[4]!.y).toBe(l.plot.top);
    for (const p of l.panels.flatMap((x) => x.points)) {
      expect(p.x).toBeGreaterThanOrEqual(l.plot.left);
      expect(p.x).toBeLessThanOrEqual(l.plot.right);
    }
    expect(l.single).toBe(false);
    expect(l.empty).toBe(false);
  });

  it('breaks the line at a period the data could not answer, and gives the change from the first score to the latest', () => {
    const l = layoutScores(lines, { width: 200, height: 90 });
    const [q1, q2] = l.panels;
    expect(q1!.path).toMatch(/^M[^M]*$/); // one unbroken line
    expect(q1!.change).toBe(2);
    expect(q1!.latest).toBe(3);
    expect(q2!.gaps.map((g) => g.period)).toEqual(['2023-24']);
    expect(q2!.gaps[0]!.x).toBeCloseTo(q1!.points[1]!.x);
    expect(q2!.points.map((p) => p.period)).toEqual(['2022-23', '2024-25']);
    expect(q2!.path!.match(/M/g)).toHaveLength(2); // two pieces: the gap breaks it
    expect(q2!.change).toBe(-4);
  });

  it('draws points, not a line, for a single period, and says the trend needs more', () => {
    const l = layoutScores([{ key: 'H1', label: 'Habit', points: [{ period: '2024-25', score: 2 }] }], { width: 160, height: 80 });
    expect(l.single).toBe(true);
    const [h1] = l.panels;
    expect(h1!.path).toBeNull();
    expect(h1!.points).toHaveLength(1);
    expect(h1!.points[0]!.x).toBeCloseTo((l.plot.left + l.plot.right) / 2);
    expect(h1!.change).toBeNull();
    expect(l.xTicks.map((t) => t.period)).toEqual(['2024-25']);
  });

  it('has no latest score when the latest period could not be answered, and is empty with no score at all', () => {
    const l = layoutScores(
      [
        {
          key: 'B1',
          label: 'Barrier',
          points: [
            { period: '2023-24', score: 2 },
            { period: '2024-25', score: null },
          ],
        },
      ],
      { width: 160, height: 80 },
    );
    expect(l.panels[0]!.latest).toBeNull();
    expect(l.panels[0]!.change).toBeNull();
    expect(l.empty).toBe(false);
    const none = layoutScores([{ key: 'B1', label: 'Barrier', points: [{ period: '2024-25', score: null }] }], { width: 160, height: 80 });
    expect(none.empty).toBe(true);
    expect(none.panels[0]!.points).toEqual([]);
  });

  it('labels every period when they fit, else only the first and the last', () => {
    const many = ['2018-19', '2019-20', '2020-21', '2021-22', '2022-23', '2023-24', '2024-25'];
    const series = [{ key: 'Q1', label: 'Direction', points: many.map((period, i) => ({ period, score: i % 5 })) }];
    expect(layoutScores(series, { width: 600, height: 90 }).xTicks).toHaveLength(7);
    expect(layoutScores(series, { width: 160, height: 90 }).xTicks.map((t) => t.period)).toEqual(['2018-19', '2024-25']);
  });
});
