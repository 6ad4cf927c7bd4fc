import { describe, expect, it } from 'vitest';
import { layoutComparison } from '../compare/layout.js';
import { formatTick, layoutSeries } from './layout.js';

const size = { width: 600, height: 300, margin: { top: 10, right: 10, bottom: 30, left: 50 } };

describe('layoutSeries', () => {
  const series = [
    { period: '2018-19', value: 767.9, target: null, rag: 'NONE', status: 'PUBLISHED' },
    { period: '2019-20', value: 864, target: 520, rag: 'RED', status: 'PUBLISHED' },
    { period: '2020-21', value: 304.7, target: 520, rag: 'GREEN', status: 'PUBLISHED' },
    { period: '2021-22', value: null, target: null, rag: 'NONE' },
  ];
  const comps = [
    { period: '2018-19', median: 580, q1: 480, q3: 700, england: 580 },
    { period: '2019-20', median: 560, q1: 450, q3: 690, england: 560 },
    { period: '2020-21', median: 484, q1: 388, q3: 638, england: 490 },
  ];

  it('places periods in order left to right and values bottom to top, inside the plot', () => {
    const l = layoutSeries(series, comps, size);
    expect(l.points.map((p) => p.period)).toEqual(['2018-19', '2019-20', '2020-21']);
    const [a, b, c] = l.points;
    expect(a!.x).toBeLessThan(b!.x);
    expect(b!.x).toBeLessThan(c!.x);
    expect(b!.y).toBeLessThan(a!.y); // 864 is higher than 767.9
    for (const p of l.points) {
      expect(p.x).toBeGreaterThanOrEqual(l.plot.left);
      expect(p.x).toBeLessThanOrEqual(l.plot.right);
      expect(p.y).toBeGreaterThanOrEqual(l.plot.top);
      expect(p.y).toBeLessThanOrEqual(l.plot.bottom);
    }
    expect(l.points.map((p) => p.rag)).toEqual(['NONE', 'RED', 'GREEN']);
  });

  it('draws actuals, target, median, England and the inter-quartile band, and no path for a line of one point', () => {
    const l = layoutSeries(series, comps, size);
    for (const p of [l.actualPath, l.targetPath, l.medianPath, l.englandPath, l.bandPath]) expect(p).toMatch(/^M/);
    expect(l.empty).toBe(false);
    const one = layoutSeries([{ period: '2024-25', value: null, target: 540, rag: 'NONE' }], [], size);
    expect(one.actualPath).toBeNull();
    expect(one.targetPath).toBeNull();
    expect(one.targetMarks).toEqual([expect.objectContaining({ period: '2024-25', value: 540 })]);
    expect(one.points).toEqual([]);
  });

  it('covers every value in the y domain, starting at zero when near it, with readable ticks', () => {
    const l = layoutSeries(series, comps, size);
    expect(l.domain[0]).toBe(0);
    expect(l.domain[1]).toBeGreaterThanOrEqual(864);
    expect(l.yTicks.length).toBeGreaterThanOrEqual(3);
    const tight = layoutSeries([{ period: '2024-01', value: 98, target: 99, rag: 'AMBER' }, { period: '2024-02', value: 99.5, target: 99, rag: 'GREEN' }], [], size);
    expect(tight.domain[0]).toBeGreaterThan(50);
    expect(formatTick(12500)).toBe('13k');
    expect(formatTick(2.5)).toBe('2.5');
  });

  it('thins period labels on long monthly series but keeps the last', () => {
    const months = Array.from({ length: 24 }, (_, i) => ({ period: `20${23 + Math.floor((i + 3) / 12)}-${String(((i + 3) % 12) + 1).padStart(2, '0')}`, value: 70 + i, target: 80, rag: 'AMBER' }));
    const l = layoutSeries(months, [], { ...size, maxXTicks: 8 });
    expect(l.xTicks.length).toBeLessThanOrEqual(9);
    expect(l.xTicks.at(-1)!.period).toBe(months.at(-1)!.period);
  });

  it('says when there is nothing to draw', () => {
    expect(layoutSeries([], [], size).empty).toBe(true);
  });
});

describe('layoutComparison', () => {
  const entries = [
    { name: 'Best', value: 300, rank: 1, highlighted: false },
    { name: 'Suffolk', value: 304.7, rank: 2, highlighted: true },
    { name: 'Worst', value: 900, rank: 3, highlighted: false },
    { name: 'Hidden', value: null, rank: null, highlighted: false },
  ];

  it('keeps the ranked order, picks out the council, and leaves out councils without a number', () => {
    const l = layoutComparison(entries, 484, { width: 400, height: 200 });
    expect(l.bars.map((b) => b.name)).toEqual(['Best', 'Suffolk', 'Worst']);
    expect(l.bars[0]!.x).toBeLessThan(l.bars[1]!.x);
    expect(l.highlighted!.name).toBe('Suffolk');
    expect(l.missing).toBe(1);
    expect(l.bars[2]!.height).toBeGreaterThan(l.bars[0]!.height);
    expect(l.bars.every((b) => Math.abs(b.y + b.height - l.baseline) < 0.001)).toBe(true);
    expect(l.medianY).toBeGreaterThan(0);
    expect(l.medianY).toBeLessThan(l.baseline);
  });
});
