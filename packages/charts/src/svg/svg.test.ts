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
    expect(svg).toContain('Median of English councils');
    expect(svg).not.toContain('England (published)'); // no published figure given
    expect(svg).toContain('<title>Carers satisfied</title>');
    for (const t of l.xTicks) expect(svg).toContain(`>${t.period}</text>`);
    // The key is under the plot: the document is taller than the layout.
    const height = Number(/height="([\d.]+)" viewBox/.exec(svg)?.[1]);
    expect(height).toBeGreaterThan(260);
  });

  it("draws England's and the region's published figures as lines of their own, named apart from the median of councils", () => {
    const published = comps.map((c, i) => ({ ...c, englandPublished: 77 + i, regionPublished: i === 1 ? null : 60 + i }));
    const l = layoutSeries(series, published, { width: 600, height: 260 });
    expect(l.englandPublishedPath).toMatch(/^M/);
    // The region's figure has a gap in 2022-23: two lone points, never a line across.
    expect(l.regionPublishedPath).toBeNull();
    expect(l.regionPublishedDots.map((d) => d.period)).toEqual(['2021-22', '2023-24']);
    const svg = seriesSvg(l, { label: 'Carers satisfied', groupName: 'nearest neighbours', regionName: 'North West' });
    expect(svg).toContain('stroke="#6941c6"');
    expect(svg.match(/stroke="#0e7090"/g)?.length).toBeGreaterThanOrEqual(3); // two level marks and the key
    expect(svg).toContain('England (published)');
    expect(svg).toContain('North West (published)');
    expect(svg).toContain('Median of English councils');
    // The published figures are inside the scale: 79 (England 2023-24) is on the plot.
    expect(l.domain[1]).toBeGreaterThanOrEqual(79);
  });

  it('draws the gaps inside the series as "no figure" and a lone comparator figure as a bar and level marks, never a line across', () => {
    // 2019-20 has no figure for the council or its comparators; 2018-19 stands alone between the start and the gap.
    const gappy = [
      { period: '2018-19', value: 60, target: 70, rag: 'RED', status: 'PUBLISHED' },
      { period: '2019-20', value: null, target: null, rag: 'NONE', status: null },
      ...series,
    ];
    const gapComps = [{ period: '2018-19', median: 71, q1: 64, q3: 78, england: 73 }, ...comps];
    const l = layoutSeries(gappy, gapComps, { width: 640, height: 260 });
    expect(l.gaps.map((g) => g.period)).toEqual(['2019-20']);
    expect(l.medianDots.map((m) => m.period)).toEqual(['2018-19']);
    expect(l.englandDots.map((m) => m.period)).toEqual(['2018-19']);
    expect(l.bandMarks).toHaveLength(1);
    const svg = seriesSvg(l, { label: 'Carers satisfied', groupName: 'nearest neighbours' });
    const round = (v: number) => Math.round(v * 100) / 100;
    const gap = l.gaps[0]!;
    expect(svg).toContain(`<text x="${round(gap.x)}" y="${round(l.plot.bottom - 8)}"`);
    expect(svg.match(/>no figure<\/text>/g)).toHaveLength(2); // at the gap and in the key
    const band = l.bandMarks[0]!;
    expect(svg).toContain(
      `<rect x="${round(band.x - 7)}" y="${round(band.y1)}" width="14" height="${round(band.y0 - band.y1)}" fill="#dfe6f3"/>`,
    );
    for (const [m, dash] of [
      [l.medianDots[0]!, '5 4'],
      [l.englandDots[0]!, '1 3'],
    ] as const) {
      const at = `<line x1="${round(m.x - 10)}" x2="${round(m.x + 10)}" y1="${round(m.y)}" y2="${round(m.y)}"`;
      expect(svg).toMatch(new RegExp(`${at}[^>]*stroke-dasharray="${dash}"`));
    }
    // The council's lone 2018-19 figure is a mark of its own; no path crosses the gap's x.
    const lone = l.points.find((p) => p.period === '2018-19')!;
    expect(svg).toContain(`translate(${round(lone.x)},${round(lone.y)})`);
    for (const path of svg.matchAll(/<path d="([^"]+)" fill="none"/g)) {
      for (const piece of path[1]!.split('M').filter(Boolean)) {
        const xs = [...piece.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((c) => Number(c[1]));
        expect(Math.min(...xs) < gap.x && Math.max(...xs) > gap.x, `a line across the gap: M${piece}`).toBe(false);
      }
    }
    expect(svg).toContain('Median of nearest neighbours');
    expect(svg).toContain('Median of English councils');
    expect(svg).not.toContain('England (published)'); // no published figure given
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
