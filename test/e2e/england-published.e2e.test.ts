import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referenceDataDir } from '@goldenthread/db';
import { startTestServer, type TestServer } from '../testkit/index.js';
import { launchBrowser, screenshot, scrollTo, watchErrors, webDist } from './browser.js';

// Issue 18, item 1: an indicator's page shows England's published figure and the region's beside the
// median of English councils, each named for what it is. The figures come from the source file.
const GSS = 'E10000029'; // Suffolk, East of England (E12000006)

const rows = parse(fs.readFileSync(path.join(referenceDataDir, 'ascof_2020_21_open_data.csv'), 'utf8'), {
  columns: true,
  bom: true,
}) as Array<Record<string, string>>;
const published = (gss: string) =>
  Number(
    rows.find(
      (r) =>
        r['ONS Code'] === gss && r['Measure Group'] === '2A2' && r['Disaggregation Level'] === 'Total' && r['Measure Type'] === 'Outcome',
    )!['Measure Value'],
  );

describe("web app: England's and the region's published figures on an indicator's page", () => {
  let server: TestServer;
  let browser: Browser;
  let id: string;

  beforeAll(async () => {
    server = await startTestServer('sqlite', { seed: 'demo', publishedData: true, webDist });
    id = (await server.gql(`{ indicator(framework: ASCOF, code: "2A2") { id } }`)).data.indicator.id;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const width of [1440, 390]) {
    it(`draws and names both lines beside the median of English councils at ${width} px`, async () => {
      const context = await browser.newContext({ viewport: { width, height: width > 600 ? 900 : 844 } });
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto(`${server.url}/councils/${GSS}/indicator/${id}?period=2020-21`);
      await page.getByRole('heading', { level: 2, name: 'Trend' }).waitFor();
      await page.getByText('Loading comparators').waitFor({ state: 'detached' });
      const legend = page.locator('.chart-legend');
      await legend.getByText('England (published)', { exact: true }).waitFor();
      await expect(legend.getByText('East of England (published)', { exact: true }).count()).resolves.toBe(1);
      await expect(legend.getByText('Median of English councils', { exact: true }).count()).resolves.toBe(1);
      await expect(legend.getByText('England median').count()).resolves.toBe(0);
      const chart = page.locator('svg.chart').first();
      await scrollTo(chart);
      await screenshot(page, `england-published-chart-${width}`);
      // Each published figure is drawn: a line through the years, or a level mark where it stands alone.
      for (const cls of ['england-published', 'region-published']) expect(await chart.locator(`.${cls}`).count(), cls).toBeGreaterThan(0);
      // The table has both columns with the published values of 2020-21.
      await page.getByText('The figures as a table').click();
      const table = page.locator('details').filter({ hasText: 'The figures as a table' }).locator('table');
      await table.getByRole('columnheader', { name: 'England (published)', exact: true }).waitFor();
      await table.getByRole('columnheader', { name: 'East of England (published)', exact: true }).waitFor();
      const row = table.getByRole('row').filter({ hasText: '2020-21' });
      const text = (await row.textContent()) ?? '';
      expect(text).toContain(published('E92000001').toLocaleString('en-GB', { maximumFractionDigits: 1 }));
      expect(text).toContain(published('E12000006').toLocaleString('en-GB', { maximumFractionDigits: 1 }));
      // The comparison card says both figures and calls the median what it is.
      const figures = page.getByTestId('published-figures');
      await scrollTo(figures);
      await expect(figures.textContent()).resolves.toContain('England (published)');
      await expect(page.getByText('median of English councils').first().isVisible()).resolves.toBe(true);
      await screenshot(page, `england-published-${width}`);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
