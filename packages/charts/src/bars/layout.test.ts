import { describe, expect, it } from 'vitest';
import { layoutColumns, layoutRows } from './layout.js';

describe('layoutColumns', () => {
  const items = [
    { label: 'Q1', value: 4 },
    { label: 'Q2', value: 10 },
    { label: 'Q3', value: null },
    { label: 'Q4', value: 0 },
  ];

  it('keeps the order of the categories, taller bars for larger values, a gap (no bar) for a missing one', () => {
    const l = layoutColumns(items, { width: 400, height: 200 });
    const [a, b, c, d] = l.bars;
    expect(l.bars.map((x) => x.label)).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
    expect(a!.x).toBeLessThan(b!.x);
    expect(b!.height).toBeGreaterThan(a!.height);
    expect(b!.height / a!.height).toBeCloseTo(10 / 4);
    expect(c!.height).toBe(0);
    expect(c!.value).toBeNull();
    expect(d!.height).toBe(0);
    for (const bar of l.bars) expect(bar.y + bar.height).toBeCloseTo(l.plot.bottom);
    expect(l.yTicks[0]!.value).toBe(0);
  });

  it('uses a fixed maximum when given (shares of 1), and thins labels on a narrow chart', () => {
    const shares = Array.from({ length: 12 }, (_, i) => ({ label: `P${i}`, value: i / 11 }));
    const l = layoutColumns(shares, { width: 320, height: 160, max: 1 });
    expect(l.bars.at(-1)!.y).toBeCloseTo(l.plot.top);
    expect(l.labelEvery).toBeGreaterThan(1);
    expect(layoutColumns(shares, { width: 1200, height: 160, max: 1 }).labelEvery).toBe(1);
  });
});

describe('layoutRows', () => {
  it('ranks rows largest first (ties by name), widths in proportion, labels above their bars', () => {
    const l = layoutRows(
      [
        { label: 'Delay', value: 3 },
        { label: 'Communication', value: 6 },
        { label: 'Attitude', value: 3 },
      ],
      { width: 300 },
    );
    expect(l.rows.map((r) => r.label)).toEqual(['Communication', 'Attitude', 'Delay']);
    expect(l.rows[0]!.width).toBeCloseTo(260);
    expect(l.rows[1]!.width).toBeCloseTo(130);
    expect(l.rows[0]!.labelY).toBeLessThan(l.rows[0]!.y);
    expect(l.rows[1]!.y).toBeGreaterThan(l.rows[0]!.y + l.rows[0]!.height);
    expect(l.height).toBe(3 * 38);
  });
});
