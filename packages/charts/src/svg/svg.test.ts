import { describe, expect, it } from 'vitest';
import { layoutColumns, layoutRows } from '../bars/layout.js';
import { layoutComparison } from '../compare/layout.js';
import { layoutHeatMap } from '../heatmap/layout.js';
import { layoutHistory } from '../history/layout.js';
import { layoutSeries } from '../series/layout.js';
import { columnsSvg, compareSvg, heatMapSvg, historySvg, rowsSvg, seriesSvg } from './charts.js';

const num = (s: string, attr: string) => [...s.matchAll(new RegExp(`\\s${attr}="(-?[\\d.]+)"`, 'g'))].map((m) => Number(m[1]));

describe('SVG of the chart layouts', () => {
  const series = [
    { period: '2021-22', value: 80, target: 75, rag: 'GREEN', status: 'PUBLISHED' },
    { period: '2022-23', value: 70, target: 75, rag: 'AMBER', status: 'PUBLISHED' },
    { period: '2023-24', value: 50, target: 75, rag: 'RED', status: 'DRAFT' },
  ];
  const comps = [
    { period: '2021-22', median: 72, q1: 65, q3: 79, england: 74 },
    { period: '2022-23', median: 73, q1: 66, q3: 80, england: 75 },
    { period: '2023-24', median: 74, q1: 67, q3: 81, england: 76 },
  ];

  it('draws a series with the layout geometry: one mark per point at its place, RAG as shape, a key naming the comparators', () => {
    const l = layoutSeries(series, comps, { width: 600, height: 260 });
    const svg = seriesSvg(l, { label: 'Carers satisfied', groupName: 'nearest neighbours' });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="600"')).toBe(true);
    for (const p of l.points) expect(svg).toContain(`translate(${Math.round(p.x * 100) / 100},${Math.round(p.y * 100) / 100})`);
    expect(svg).toContain('M0,-6 L6,5 L-6,5 Z'); // the amber triangle
    expect(svg.match(/<rect x="-5" y="-5"/g)).toHaveLength(1); // the red square
    expect(svg).toContain('stroke-dasharray="2 2"'); // the draft's ring
    expect(svg).toContain('Median of nearest neighbours');
    expect(svg).toContain('England median');
    expect(svg).toContain('<title>Carers satisfied</title>');
    for (const t of l.xTicks) expect(svg).toContain(`>${t.period}</text>`);
    // The key is under the plot: the document is taller than the layout.
    const height = Number(/height="([\d.]+)" viewBox/.exec(svg)?.[1]);
    expect(height).toBeGreaterThan(260);
  });

  it('escapes text, so a name with markup cannot break the document', () => {
    const l = layoutComparison([{ name: 'A <b> & "C"', value: 3, rank: 1, highlighted: true }], 3, { width: 400, height: 200 });
    const svg = compareSvg(l, { label: 'x < y' });
    expect(svg).toContain('A &lt;b&gt; &amp; &quot;C&quot;: 3 (rank 1)');
    expect(svg).not.toContain('<b>');
  });

  it('draws columns and rows at the layout places, leaving a gap for a missing value', () => {
    const l = layoutColumns(
      [
        { label: 'Q1', value: 4 },
        { label: 'Q2', value: null },
        { label: 'Q3', value: 8 },
      ],
      { width: 300, height: 200 },
    );
    const svg = columnsSvg(l, { label: 'Received' });
    const bars = [...svg.matchAll(/<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" fill="#6f86b0"/g)];
    expect(bars).toHaveLength(2);
    expect(Number(bars[1]![4])).toBeCloseTo(l.bars[2]!.height, 1);
    const rows = rowsSvg(
      layoutRows(
        [
          { label: 'Delay', value: 5 },
          { label: 'Attitude', value: 9 },
        ],
        { width: 300 },
      ),
      { label: 'Themes' },
    );
    expect(rows.indexOf('Attitude')).toBeLessThan(rows.indexOf('Delay'));
  });

  it('draws the 25 cells of a heat map with their counts, and a risk history over the four bands', () => {
    const heat = heatMapSvg(layoutHeatMap([{ likelihood: 5, impact: 4, count: 2, band: 'VERY_HIGH', riskIds: [] }], { width: 400 }), {
      label: 'Risks',
    });
    expect(heat.match(/rx="4"/g)).toHaveLength(25);
    expect(heat).toMatch(/font-size="18"[^>]*>2<\/text>/);
    expect(heat).toContain('Very high (15-25)');
    const history = historySvg(
      layoutHistory([{ assessedOn: '2024-01-10', inherentScore: 20, residualScore: 12 }], { width: 400, height: 180, until: '2024-06-01' }),
      { label: 'Score history' },
    );
    expect(num(history, 'r').filter((r) => r === 4)).toHaveLength(1);
    expect(history).toContain('Residual (after controls)');
  });
});
