import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testkit/index.js';
import { launchBrowser, screenshot, watchErrors, webDist, scrollTo } from './browser.js';

// Issue 17, defect 1: a measure with no 2019-20 figure must still draw its lines, with the missing
// year as a gap (two drawn pieces), not shrink every line to a point. The measure is found from the
// API (a published ASCOF series with a gap between figures), so the test follows the real data.
const GSS = 'E10000029';
const FIND = `query { indicators(filter: { framework: ASCOF }, first: 100) { edges { node { id code displayCode frequency } } } }`;
const SERIES = `query($ids: [ID!]!) { indicatorSeries(indicatorIds: $ids, from: "2015-16", to: "2024-25", gssCode: "${GSS}") {
  indicator { id code displayCode } points { period value } } }`;

describe('web app: the trend chart with a missing year', () => {
  let server: TestServer;
  let browser: Browser;
  let gap: { id: string; code: string; periods: string[]; missing: string[] };

  beforeAll(async () => {
    server = await startTestServer('sqlite', { seed: 'demo', publishedData: true, webDist });
    const list = await server.gql(FIND);
    expect(list.errors).toBeUndefined();
    const annual = list.data.indicators.edges.map((e: any) => e.node).filter((n: any) => n.frequency === 'ANNUAL');
    const res = await server.gql(SERIES, { ids: annual.map((n: any) => n.id) });
    expect(res.errors).toBeUndefined();
    const withGap = res.data.indicatorSeries
      .map((s: any) => {
        const idx = s.points.map((p: any, i: number) => (p.value != null ? i : -1)).filter((i: number) => i >= 0);
        const first = idx[0];
        const last = idx[idx.length - 1];
        const inner = first == null ? [] : s.points.slice(first, last + 1).filter((p: any) => p.value == null);
        return { s, inner, count: idx.length };
      })
      .filter((x: any) => x.inner.length > 0 && x.count >= 2);
    // Prefer the issue's own example, 1C2A, when it has the gap.
    const pick = withGap.find((x: any) => /^1C\(?2A\)?$/i.test(x.s.indicator.displayCode ?? x.s.indicator.code)) ?? withGap[0];
    expect(pick, 'a published ASCOF measure with a missing year between figures').toBeDefined();
    gap = {
      id: pick.s.indicator.id,
      code: pick.s.indicator.displayCode ?? pick.s.indicator.code,
      periods: pick.s.points.filter((p: any) => p.value != null).map((p: any) => p.period),
      missing: pick.inner.map((p: any) => p.period),
    };
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const width of [1440, 390]) {
    it(`draws the lines with the missing year as a gap at ${width} px`, async () => {
      const context = await browser.newContext({ viewport: { width, height: width > 600 ? 900 : 844 } });
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto(`${server.url}/councils/${GSS}/indicator/${gap.id}`);
      await page.getByRole('heading', { level: 2, name: 'Trend' }).waitFor();
      const chart = page.locator('svg.chart').first();
      await chart.locator('g.point').first().waitFor({ state: 'attached' });
      // Comparators arrive in a second request; wait for the median line.
      await page.getByText('Loading comparators').waitFor({ state: 'detached' });
      await page.locator('.chart-legend').getByText('Median of English councils').waitFor();
      await scrollTo(chart);
      // Where each period sits on the x axis (its label), and what is visibly drawn there for each line:
      // a path piece of some length, or a mark with an area (a single point drawn as a point).
      const drawn = await chart.evaluate((svg) => {
        const ticks = Object.fromEntries(
          [...svg.querySelectorAll<SVGTextElement>('g.axis text')]
            .filter((t) => /^\d{4}-\d{2}$/.test(t.textContent ?? ''))
            .map((t) => [t.textContent, Number(t.getAttribute('x'))]),
        );
        // A path is measured a piece at a time (each "M"), so two points with a gap between are not one wide mark.
        const measure = (el: SVGGraphicsElement) => {
          const b = el.getBBox();
          const left = b.x + (el.getCTM()?.e ?? 0) - ((svg as unknown as SVGGraphicsElement).getCTM()?.e ?? 0);
          return { left, right: left + b.width, size: Math.max(b.width, b.height) };
        };
        const marks = (cls: string) =>
          [...svg.querySelectorAll<SVGGraphicsElement>(`.${cls}`)].flatMap((el) => {
            if (!(el instanceof SVGPathElement)) {
              const m = measure(el);
              return [{ ...m, visible: m.size >= 4 }];
            }
            return (el.getAttribute('d') ?? '').split(/(?=M)/).map((d) => {
              const piece = document.createElementNS('http://www.w3.org/2000/svg', 'path');
              piece.setAttribute('d', d);
              el.parentNode!.appendChild(piece);
              const m = { ...measure(piece), length: piece.getTotalLength() };
              piece.remove();
              // A filled area (the band) is visible when it has width; a line when it has length.
              return { ...m, visible: m.length >= 4 && (cls !== 'band' || m.right - m.left >= 4) };
            });
          });
        return {
          ticks,
          actual: marks('actual'),
          points: marks('point'),
          median: marks('median'),
          england: marks('england'),
          band: marks('band'),
        };
      });
      const at = (ms: typeof drawn.actual, x: number) => ms.some((m) => m.visible && m.left - 2 <= x && m.right + 2 >= x);
      for (const period of gap.periods) {
        const x = drawn.ticks[period];
        expect(x, `${period} on the axis`).toBeTypeOf('number');
        expect(at([...drawn.actual, ...drawn.points], x!), `the council's ${period} drawn`).toBe(true);
      }
      // The comparators' lines are drawn too (as pieces or points), each at some period with a figure.
      for (const name of ['median', 'england', 'band'] as const) {
        const seen = gap.periods.filter((p) => at(drawn[name], drawn.ticks[p]!));
        expect(seen.length, `${name} drawn at a period with a figure`).toBeGreaterThan(0);
      }
      // The missing year is a gap: nothing of the council's is drawn across it, and it says so.
      for (const period of gap.missing) {
        const x = drawn.ticks[period];
        if (x != null) expect(at([...drawn.actual, ...drawn.points], x), `nothing drawn at ${period}`).toBe(false);
      }
      await chart.getByText('no figure', { exact: false }).first().waitFor();
      await screenshot(page, `trend-gaps-${gap.code}-${width}`);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
