import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testkit/index.js';
import { axeViolations } from './axe.js';
import { launchBrowser, screenshot, watchErrors, webDist } from './browser.js';

// Issue 18, item 5: the indicator page writes figures as the measure is published. ASCOF 1J (social care
// related quality of life adjusted for the impact of services) is published to three decimal places:
// Suffolk's latest figure must read as the API's Indicator.formatValue gives it (e.g. "0.410"), not
// rounded to one place ("0.4") as the page did before.
const GSS = 'E10000029';
const FIND = `query($f: IndicatorFramework!) {
  indicators(filter: { framework: $f }, first: 200) { edges { node { id code precision { kind digits } } } } }`;
const LATEST = `query($ids: [ID!]!) { indicatorSeries(indicatorIds: $ids, from: "2015-16", to: "2024-25", gssCode: "${GSS}") {
  latest { period value } } }`;
const FORMAT = `query($id: ID!, $v: Float) { indicator(id: $id) { formatValue(value: $v) } }`;

describe('web app: figures to their published precision', () => {
  let server: TestServer;
  let browser: Browser;
  let measure: { id: string; period: string; value: number; written: string };

  beforeAll(async () => {
    server = await startTestServer('sqlite', { seed: 'demo', publishedData: true, webDist });
    // ASCOF 1J, or Oflog's ASC2 (the same measure republished), whichever has Suffolk's figures.
    const found = [];
    for (const [f, code] of [
      ['ASCOF', '1J'],
      ['OFLOG', 'ASC2'],
    ] as const) {
      const list = await server.gql(FIND, { f });
      expect(list.errors).toBeUndefined();
      const node = list.data.indicators.edges.map((e: any) => e.node).find((n: any) => n.code === code);
      expect(node?.precision, `${f} ${code}`).toEqual({ kind: 'DECIMAL_PLACES', digits: 3 });
      const series = await server.gql(LATEST, { ids: [node.id] });
      expect(series.errors).toBeUndefined();
      const latest = series.data.indicatorSeries[0]?.latest;
      if (latest?.value != null) found.push({ id: node.id, latest });
    }
    expect(found.length, "Suffolk's published ASCOF 1J or Oflog ASC2 figures").toBeGreaterThan(0);
    const { id, latest } = found[0]!;
    const written = (await server.gql(FORMAT, { id, v: latest.value })).data.indicator.formatValue as string;
    expect(written).toMatch(/^\d+\.\d{3}$/);
    measure = { id, period: latest.period, value: latest.value, written };
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const width of [1440, 390]) {
    it(`shows the latest quality-of-life figure to three decimal places at ${width} px`, async () => {
      const context = await browser.newContext({ viewport: { width, height: width > 600 ? 900 : 844 } });
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto(`${server.url}/councils/${GSS}/indicator/${measure.id}`);
      const facts = page
        .getByRole('definition')
        .filter({ hasText: ` in ${measure.period}` })
        .first();
      await facts.waitFor();
      expect(await facts.textContent()).toBe(`${measure.written} in ${measure.period}`);
      // The table of figures (opened) writes the same value the same way.
      await page.getByText('The figures as a table').click();
      await page.getByRole('cell', { name: measure.written, exact: true }).first().waitFor();
      // The chart's value axis tells its ticks apart (0.400, 0.405, ... not five labels of "0.4").
      const ticks = await page.locator('svg.chart').first().locator('g.axis text').allTextContents();
      const values = ticks.filter((t) => /^\d+\.\d+$/.test(t));
      expect(values.length).toBeGreaterThan(2);
      expect(new Set(values).size).toBe(values.length);
      // Comparators arrive in a second request (the facts are dimmed until then).
      await page.getByText('Loading comparators').waitFor({ state: 'detached' });
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `precision-${width}`);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
