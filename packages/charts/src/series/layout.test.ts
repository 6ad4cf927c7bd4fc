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

  it('labels the value axis of a ratio near 0.4 with distinct ticks', () => {
    const ratio = [0.416, 0.432, 0.422, 0.401].map((value, i) => ({ period: `201${i + 6}-${17 + i}`, value, target: null, rag: 'NONE' }));
    const labels = layoutSeries(ratio, [], size).yTicks.map((t) => t.label);
    expect(labels.length).toBeGreaterThan(2);
    expect(new Set(labels).size).toBe(labels.length);
  });

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
    const tight = layoutSeries(
      [
        { period: '2024-01', value: 98, target: 99, rag: 'AMBER' },
        { period: '2024-02', value: 99.5, target: 99, rag: 'GREEN' },
      ],
      [],
      size,
    );
    expect(tight.domain[0]).toBeGreaterThan(50);
    expect(formatTick(12500)).toBe('13k');
    expect(formatTick(2.5)).toBe('2.5');
    // Ticks closer than 0.1 get the decimals that tell them apart.
    expect(formatTick(0.395, 0.005)).toBe('0.395');
    expect(formatTick(0.4, 0.005)).toBe('0.400');
    expect(formatTick(0.42, 0.02)).toBe('0.42');
    expect(formatTick(2, 0.5)).toBe('2');
    // An axis of 42, 42.5, 43 is not "42, 42, 43" (issue 17: repeated labels at 390 px).
    expect([42, 42.5, 43].map((v) => formatTick(v, 0.5))).toEqual(['42.0', '42.5', '43.0']);
  });

  it('labels periods so that no two labels touch and none runs out of the chart, at a phone width and a desktop one', () => {
    const years = Array.from({ length: 8 }, (_, i) => ({ period: `20${17 + i}-${18 + i}`, value: i, target: null, rag: 'NONE' }));
    for (const series of [months, years, months.slice(0, 11), years.slice(0, 3)])
      for (const width of [320, 340, 800, 1300]) {
        const l = layoutSeries(series, [], { width, height: 320, maxXTicks: Math.max(4, Math.floor(width / 90)) });
        const boxes = l.xTicks.map((t): [number, number] => {
          const w = t.period.length * 7.5;
          return t.anchor === 'end' ? [t.x - w, t.x] : t.anchor === 'start' ? [t.x, t.x + w] : [t.x - w / 2, t.x + w / 2];
        });
        for (const [from, to] of boxes) expect(from >= 0 && to <= width, `${width} px`).toBe(true);
        for (let i = 1; i < boxes.length; i++) expect(boxes[i]![0] - boxes[i - 1]![1], `${width} px`).toBeGreaterThanOrEqual(8);
        expect(l.xTicks.at(-1)!.period, 'the latest period is labelled').toBe(series.at(-1)!.period);
        expect(l.xTicks.length).toBeGreaterThanOrEqual(Math.min(2, series.length));
      }
  });

  /** April 2023 to March 2025. */
  const months = Array.from({ length: 24 }, (_, i) => ({
    period: `20${23 + Math.floor((i + 3) / 12)}-${String(((i + 3) % 12) + 1).padStart(2, '0')}`,
    value: 70 + i,
    target: 80,
    rag: 'AMBER',
  }));

  it('thins period labels on long monthly series but keeps the last', () => {
    const l = layoutSeries(months, [], { ...size, maxXTicks: 8 });
    expect(l.xTicks.length).toBeLessThanOrEqual(9);
    expect(l.xTicks.at(-1)!.period).toBe(months.at(-1)!.period);
  });

  it('says when there is nothing to draw', () => {
    expect(layoutSeries([], [], size).empty).toBe(true);
  });
});

describe('layoutSeries with gaps (issue 17: a missing year must not blank the chart)', () => {
  const pt = (period: string, value: number | null, target: number | null = null) => ({ period, value, target, rag: 'NONE' });
  const cmp = (period: string, v: number | null) => ({
    period,
    median: v,
    q1: v == null ? null : v - 5,
    q3: v == null ? null : v + 5,
    england: v == null ? null : v + 1,
  });
  /** The pieces of a path: one per moveto, each with its number of points. */
  const pieces = (d: string | null) => (d ? d.split(/(?=M)/).map((p) => p.split(/[ML]/).filter(Boolean).length) : []);

  it('a middle gap: value, gap, value (1C2A in 2019-20) draws two points for every line, never bridged', () => {
    const l = layoutSeries(
      [pt('2018-19', 22.6, 25), pt('2019-20', null), pt('2020-21', 22, 25)],
      [cmp('2018-19', 20), cmp('2019-20', null), cmp('2020-21', 21)],
      size,
    );
    expect(l.actualPath).toBeNull();
    expect(l.points.map((p) => p.period)).toEqual(['2018-19', '2020-21']);
    for (const dots of [l.medianDots, l.englandDots, l.targetMarks]) expect(dots.map((d) => d.period)).toEqual(['2018-19', '2020-21']);
    expect(l.medianPath).toBeNull();
    expect(l.englandPath).toBeNull();
    expect(l.bandPath).toBeNull();
    expect(l.bandMarks.map((b) => b.period)).toEqual(['2018-19', '2020-21']);
    for (const b of l.bandMarks) expect(b.y0).toBeGreaterThan(b.y1); // q1 below q3
    expect(l.gaps.map((g) => g.period)).toEqual(['2019-20']);
    expect(l.medianDots[0]!.value).toBe(20);
  });

  it('a middle gap between runs draws two line pieces with nothing across the gap', () => {
    const periods = ['2016-17', '2017-18', '2018-19', '2019-20', '2020-21', '2021-22'];
    const vals = [10, 12, 13, null, 15, 16];
    const l = layoutSeries(
      periods.map((p, i) => pt(p, vals[i]!)),
      periods.map((p, i) => cmp(p, vals[i]!)),
      size,
    );
    expect(pieces(l.actualPath)).toEqual([3, 2]);
    expect(pieces(l.medianPath)).toEqual([3, 2]);
    expect(pieces(l.englandPath)).toEqual([3, 2]);
    expect(l.bandPath!.split(/(?=M)/)).toHaveLength(2);
    expect(l.medianDots).toEqual([]);
    expect(l.bandMarks).toEqual([]);
    expect(l.gaps.map((g) => g.period)).toEqual(['2019-20']);
    // No piece of the council's line reaches the missing year's x.
    const gapX = l.gaps[0]!.x;
    const xs = l.actualPath!.split(/(?=M)/).map((d) =>
      d
        .split(/[ML]/)
        .filter(Boolean)
        .map((c) => Number(c.split(',')[0])),
    );
    expect(xs[0]!.every((x) => x < gapX)).toBe(true);
    expect(xs[1]!.every((x) => x > gapX)).toBe(true);
  });

  it('a leading gap: the line starts at the first figure and the gap before it is not a gap inside the series', () => {
    const l = layoutSeries(
      [pt('2017-18', null, 50), pt('2018-19', 40), pt('2019-20', 42), pt('2020-21', 45)],
      [cmp('2017-18', null), cmp('2018-19', 41), cmp('2019-20', 43), cmp('2020-21', 44)],
      size,
    );
    expect(pieces(l.actualPath)).toEqual([3]);
    expect(pieces(l.medianPath)).toEqual([3]);
    expect(l.gaps).toEqual([]);
    expect(l.targetMarks.map((t) => t.period)).toEqual(['2017-18']);
    expect(l.points[0]!.period).toBe('2018-19');
  });

  it('a single point with a gap after it is a point; a lone comparator figure is a point too', () => {
    const l = layoutSeries(
      [pt('2018-19', 7.1), pt('2019-20', null), pt('2020-21', null)],
      [cmp('2018-19', 6), cmp('2019-20', null), cmp('2020-21', null)],
      size,
    );
    expect(l.actualPath).toBeNull();
    expect(l.points).toHaveLength(1);
    expect(l.medianDots).toEqual([expect.objectContaining({ period: '2018-19', value: 6 })]);
    expect(l.englandDots).toEqual([expect.objectContaining({ period: '2018-19', value: 7 })]);
    expect(l.bandMarks).toHaveLength(1);
    expect(l.gaps).toEqual([]);
    expect(l.empty).toBe(false);
  });

  it('all missing: nothing drawn and the chart says it is empty', () => {
    const l = layoutSeries([pt('2018-19', null), pt('2019-20', null)], [cmp('2018-19', null), cmp('2019-20', null)], size);
    expect(l.empty).toBe(true);
    expect([l.actualPath, l.targetPath, l.medianPath, l.englandPath, l.bandPath]).toEqual([null, null, null, null, null]);
    expect([l.points, l.medianDots, l.englandDots, l.bandMarks, l.targetMarks, l.gaps]).toEqual([[], [], [], [], [], []]);
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
