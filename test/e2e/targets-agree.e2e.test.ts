import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Council, Indicator, IndicatorOwnership, Objective, ObjectivePriority, Person } from '@goldenthread/db';
import { startTestServer, type TestServer } from '../testkit/index.js';
import { launchBrowser, webDist } from './browser.js';
import { expectNoSidewaysScroll, giveAccounts, GSS, open, shoot } from './governance.helpers.js';

// Issue 17, defect 2: the priority drill-down and the indicator page rated Care Act assessments
// against different targets (the drill-down showed Locality Social Work's 60, the indicator page the
// council's 80) without saying which. Both now say "Target X for <service|the council> (<period>)"
// and, from the drill-down, agree on the target, the latest figure and the rating.
const INDICATOR = 'Care Act assessments completed within 28 days';
const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');

describe('web app: one target per figure on the drill-down and the indicator page', () => {
  let server: TestServer;
  let browser: Browser;
  let priorityId: string;
  let indicatorId: string;
  let manager: string;

  beforeAll(async () => {
    server = await startTestServer('sqlite', { seed: 'demo', webDist });
    const em = server.em();
    const council = await em.findOneOrFail(Council, { gssCode: GSS });
    const objective = await em.findOneOrFail(Objective, { council: council.id, name: 'Strengths-based assessments in every locality' });
    const link = await em.findOneOrFail(ObjectivePriority, { objective: objective.id });
    priorityId = gid('Priority', link.priority.id);
    const indicator = await em.findOneOrFail(Indicator, { council: council.id, code: 'L-ASC-01' });
    indicatorId = gid('Indicator', indicator.id);
    const owner = await em.findOneOrFail(IndicatorOwnership, { council: council.id, indicator: indicator.id });
    manager = (await em.findOneOrFail(Person, { id: owner.responsibleManager!.id })).email!;
    await giveAccounts(server, manager);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const row = (page: Page) => page.getByRole('row').filter({ has: page.getByRole('link', { name: INDICATOR }) });
  const ratingOf = (where: ReturnType<Page['locator']>) => where.locator('.rag').first().getAttribute('class');

  for (const [width, as] of [
    [1440, 'manager'],
    [390, null],
  ] as const) {
    it(`agrees on the target of ${INDICATOR} at ${width} px (${as ?? 'signed out'})`, async () => {
      const { page, errors } = await open(browser, server, `/councils/${GSS}/scrutiny/${priorityId}`, width, as ? manager : undefined);
      const cell = row(page).getByTestId('rated-against');
      // Written to the indicator's published precision: a percentage to one decimal place.
      await expect.poll(() => cell.textContent(), { timeout: 20_000 }).toBe('Target 60.0% for Locality Social Work (2024-25)');
      const latest = (await row(page).locator('td').nth(2).textContent())!;
      const rating = await ratingOf(row(page));
      await expectNoSidewaysScroll(page);
      await shoot(page, `targets-drill-down-${as ?? 'public'}`, width);

      await page.setViewportSize({ width, height: width > 600 ? 900 : 844 });
      await row(page).getByRole('link', { name: INDICATOR }).click();
      await page.getByRole('heading', { level: 1, name: INDICATOR }).waitFor();
      const facts = page.locator('dl[aria-label="Where it stands"]');
      await expect
        .poll(() => page.getByTestId('rated-against').textContent(), { timeout: 20_000 })
        .toBe('Target 60.0% for Locality Social Work (2024-25)');
      // The same latest figure and rating as the drill-down's row.
      const [value, period] = latest.match(/^(.*) \((.*)\)$/)!.slice(1);
      await expect(facts.getByText(`${value}% in ${period}`).count()).resolves.toBe(1);
      expect(await ratingOf(facts)).toBe(rating);
      await expectNoSidewaysScroll(page);
      await shoot(page, `targets-indicator-service-${as ?? 'public'}`, width);

      // Opened on its own, the page rates the council's series against the council-wide target and says so.
      await page.goto(`${server.url}/councils/${GSS}/indicator/${indicatorId}`);
      await expect
        .poll(() => page.getByTestId('rated-against').textContent(), { timeout: 20_000 })
        .toBe('Target 80.0% for the council (2024-25)');
      await shoot(page, `targets-indicator-council-${as ?? 'public'}`, width);
      expect(errors).toEqual([]);
    });
  }
});
