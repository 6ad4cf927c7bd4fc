import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testkit/index.js';
import { axeViolations } from './axe.js';
import { launchBrowser, screenshot, scrollTo, watchErrors, webDist } from './browser.js';

// Issue 18, item 3: the direction of travel is the change from the previous figure (LG Inform's
// convention), the longer-run trend is a separate figure, and the screens say which is which. Trafford's
// ASCOF 2A(2) (lower is better) went 539.5, 961.6, 639.4 from 2018-19 to 2020-21: the indicator page
// says improving since 2019-20 and, apart, that the line through the three rises; its 2020-21 exception
// (if any) is not "worse than the previous figure". The page said "Getting worse" before.
const TRAFFORD = 'E08000009';
const SERIES = `query($id: ID!) { indicatorSeries(indicatorIds: [$id], from: "2015-16", to: "2024-25", gssCode: "${TRAFFORD}") {
  change { direction period value previousPeriod previousValue } trend { direction pointsUsed periodsUsed } } }`;
const FORMAT = `query($id: ID!, $v: Float) { indicator(id: $id) { title formatValue(value: $v) } }`;

describe('web app: direction of travel and the longer-run trend', () => {
  let server: TestServer;
  let browser: Browser;
  let id: string;
  let expected: { title: string; from: string; to: string; change: any; trend: any };

  beforeAll(async () => {
    server = await startTestServer('sqlite', { seed: 'reference', publishedData: true, webDist });
    id = (await server.gql(`{ indicator(framework: ASCOF, code: "2A2") { id } }`)).data.indicator.id;
    const s = (await server.gql(SERIES, { id })).data.indicatorSeries[0];
    expect(s.change).toMatchObject({ direction: 'IMPROVING', period: '2020-21', previousPeriod: '2019-20' });
    expect(s.trend.direction).toBe('DETERIORATING');
    const from = (await server.gql(FORMAT, { id, v: s.change.previousValue })).data.indicator;
    const to = (await server.gql(FORMAT, { id, v: s.change.value })).data.indicator;
    expected = { title: from.title, from: from.formatValue, to: to.formatValue, change: s.change, trend: s.trend };
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const width of [1440, 390]) {
    it(`names the direction of travel and the longer-run trend apart on the indicator page at ${width} px`, async () => {
      const context = await browser.newContext({ viewport: { width, height: width > 600 ? 900 : 844 } });
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto(`${server.url}/councils/${TRAFFORD}/indicator/${id}`);
      const direction = page.getByTestId('direction-of-travel');
      await direction.waitFor();
      expect(await direction.textContent()).toBe(
        `↗ Improving (change from the previous figure: ${expected.from} in 2019-20 to ${expected.to} in 2020-21)`,
      );
      const trend = page.getByTestId('longer-run-trend');
      const periods = expected.trend.periodsUsed;
      expect(await trend.textContent()).toMatch(
        new RegExp(`^↘ Getting worse \\(Line through ${expected.trend.pointsUsed} figures, ${periods[0]} to ${periods.at(-1)}: \\+`),
      );
      await expect(page.getByTestId('direction-rule').textContent()).resolves.toMatch(/never makes an exception/);
      await page.getByText('Loading comparators').waitFor({ state: 'detached' });
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `direction-indicator-${width}`);

      // The exceptions of 2020-21 say what "worse" means, and Trafford's 2A(2) is not one for getting worse.
      await page.goto(`${server.url}/councils/${TRAFFORD}/scrutiny?exceptions=2020-21`);
      const rule = page.getByTestId('exceptions-rule');
      await rule.waitFor();
      expect(await rule.textContent()).toMatch(/2020-21's figure against the one before it/);
      const list = page.getByRole('list', { name: 'Exceptions in 2020-21' });
      await list.waitFor();
      const own = list.getByRole('listitem').filter({ hasText: expected.title });
      for (let i = 0; i < (await own.count()); i++) {
        expect(await own.nth(i).textContent()).not.toMatch(/[Ww]orse than (in|the previous|its previous)|[Gg]etting worse/);
      }
      const worse = list.getByRole('listitem').filter({ hasText: 'Worse than the previous figure' });
      if ((await worse.count()) > 0) {
        await scrollTo(worse.first());
        expect(await worse.first().textContent()).toMatch(/worse than in \d{4}-\d{2}/);
      }
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `direction-exceptions-${width}`);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
