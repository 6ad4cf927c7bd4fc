import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testkit/index.js';
import { launchBrowser, webDist, scrollTo } from './browser.js';
import { expectNoSidewaysScroll, GSS, open, shoot } from './governance.helpers.js';

// Issue 17, defect 3: exceptions opened on 2020-21 while the year picker said 2024-25, the period list
// mixed years and months and lacked 2023-24 and 2024-25, the newest year's worst case (Oflog ASC5,
// last of the county councils) was hidden, and no exception said which priority it affects. The newest
// published national figures in the test data are Oflog's 2022-23: with none yet for 2024-25 or 2023-24,
// the list says so and shows 2022-23.
const NEWEST = '2022-23';
const EXCEPTIONS = `query { performanceExceptions(gssCode: "${GSS}", period: "${NEWEST}") { severity message indicator { code title } } }`;
// The demo council's monthly indicators have figures to 2025-03: the year's exceptions include them at
// their latest month (published to the public: earlier than the staff's drafts), tagged with that month.
const YEAR = '2024-25';
const MONTHLY = `query { performanceExceptions(gssCode: "${GSS}", period: "${YEAR}") { period message indicator { frequency title } } }`;

describe('web app: the exceptions of the newest year', () => {
  let server: TestServer;
  let browser: Browser;
  let worst: { severity: string; message: string; indicator: { code: string; title: string } };
  let monthly: Array<{ period: string; message: string; indicator: { title: string } }>;

  beforeAll(async () => {
    server = await startTestServer('sqlite', { seed: 'demo', publishedData: true, webDist });
    const res = await server.gql(EXCEPTIONS);
    expect(res.errors).toBeUndefined();
    const asc5 = res.data.performanceExceptions.filter((e: any) => e.indicator.code === 'ASC5');
    expect(asc5.length, 'the Oflog ASC5 exception of the newest year').toBe(1);
    worst = asc5[0];
    const year = await server.gql(MONTHLY);
    expect(year.errors).toBeUndefined();
    monthly = year.data.performanceExceptions.filter((e: any) => e.indicator.frequency === 'MONTHLY');
    expect(monthly.length, `monthly indicators' exceptions in ${YEAR}`).toBeGreaterThan(0);
    expect(monthly.every((e) => e.period > '2024-03' && e.period <= '2025-03')).toBe(true);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const width of [1440, 390]) {
    it(`opens on the year picker's year with the worst case and the priorities affected at ${width} px`, async () => {
      const { page, errors } = await open(browser, server, `/councils/${GSS}/scrutiny`, width);
      const picker = page.getByRole('region', { name: 'Exceptions' }).locator('select');
      await picker.waitFor();
      await expect(page.getByLabel('Financial year').inputValue()).resolves.toBe('2024-25');
      await page.getByRole('status').filter({ hasText: `No exceptions of annual indicators in 2024-25 or 2023-24 yet` }).waitFor();
      await expect.poll(() => picker.inputValue()).toBe(NEWEST);
      // Years in order, newest first, months apart in their own group.
      const years = await picker.locator('optgroup[label="Financial years"] option').allTextContents();
      expect(years).toContain('2024-25');
      expect(years).toContain('2023-24');
      expect(years.every((y) => /^\d{4}-\d{2}$/.test(y) && Number(y.slice(5)) === (Number(y.slice(2, 4)) + 1) % 100)).toBe(true);
      expect([...years].sort().reverse()).toEqual(years);
      const months = await picker.locator('optgroup[label^="Months"] option').allTextContents();
      expect(months.every((m) => /^\d{4}-\d{2}$/.test(m) && Number(m.slice(5)) <= 12 && !years.includes(m))).toBe(true);

      const list = page.getByRole('list', { name: `Exceptions in ${NEWEST}` });
      const item = list.getByRole('listitem').filter({ hasText: worst.message });
      await item.first().waitFor();
      await scrollTo(item.first());
      await expect(item.first().isVisible()).resolves.toBe(true);
      // Every exception says which priority it affects (or that none of this year's targets uses it).
      const items = list.locator(':scope > li');
      const count = await items.count();
      expect(count).toBeGreaterThan(0);
      for (let i = 0; i < count; i++)
        await expect(
          items
            .nth(i)
            .getByText(/^Affects /)
            .count(),
        ).resolves.toBe(1);
      await expectNoSidewaysScroll(page);
      await shoot(page, 'exceptions-newest', width);
      expect(errors).toEqual([]);
    });
  }

  for (const width of [1440, 390]) {
    it(`shows the monthly indicators' exceptions of ${YEAR} at their latest month at ${width} px`, async () => {
      const { page, errors } = await open(browser, server, `/councils/${GSS}/scrutiny`, width);
      const region = page.getByRole('region', { name: 'Exceptions' });
      // Beside the newest year of annual figures, the picker's year keeps its monthly indicators' exceptions.
      const recent = region.getByRole('list', { name: `Monthly and quarterly exceptions in ${YEAR}` });
      await recent.waitFor();
      // The annual ones settle on the newest year with any; the monthly list stays put meanwhile.
      await region.getByRole('status').filter({ hasText: 'No exceptions of annual indicators in 2024-25 or 2023-24 yet' }).waitFor();
      const checkList = async (list: typeof recent) => {
        for (const e of monthly) {
          const item = list.getByRole('listitem').filter({ hasText: e.message });
          await expect(item.count()).resolves.toBe(1);
          await expect(item.getByText(`Monthly: latest month ${e.period}`).count()).resolves.toBe(1);
        }
        await expect(list.locator(':scope > li').count()).resolves.toBe(monthly.length);
      };
      await checkList(recent);
      await scrollTo(recent);
      await expectNoSidewaysScroll(page);
      await shoot(page, 'exceptions-monthly', width);
      // Chosen, the year lists them among its own exceptions.
      await region.locator('select').selectOption(YEAR);
      const list = region.getByRole('list', { name: `Exceptions in ${YEAR}` });
      await list.waitFor();
      for (const e of monthly) await expect(list.getByRole('listitem').filter({ hasText: e.message }).count()).resolves.toBe(1);
      expect(errors).toEqual([]);
    });
  }
});
