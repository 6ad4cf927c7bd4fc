import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { scrollTo } from './browser.js';
import { demoServer, expectNoSidewaysScroll, GSS, open, shoot } from './governance.helpers.js';

// Issue 17, defect 8 ("Smaller"): Back returned to the top of the page; an indicator opened from a priority
// said "Priority" in its breadcrumbs; a council's own local indicator was ranked "1st of 1"; a failed
// request showed Apollo's "Response not successful: Received status code 500".
const env = demoServer();
const LOCAL = `query($c: ID!) { indicators(filter: { councilId: $c, framework: LOCAL }, first: 50) { edges { node { id code title } } } }`;
const COUNCIL = `query { council(gssCode: "${GSS}") { id } }`;

/** Where the view is scrolled to: its own box (.page) or the window, whichever scrolls. */
const scrolled = (page: Page) => page.evaluate(() => Math.max(document.querySelector('#main .page')?.scrollTop ?? 0, window.scrollY));

describe('web app: the smaller defects of issue 17', () => {
  for (const width of [1440, 390]) {
    it(`goes Back to where the person was on the page at ${width} px`, async () => {
      const { page, errors } = await open(env.browser, env.server, `/councils/${GSS}/scrutiny`, width);
      const card = page.locator('.card').filter({ has: page.getByRole('heading', { name: 'Indicators with targets' }) });
      const link = card.getByRole('link').last();
      await link.waitFor();
      await scrollTo(link);
      await page.waitForTimeout(300);
      const before = await scrolled(page);
      expect(before, 'the page scrolled down to the last indicator').toBeGreaterThan(400);
      const title = (await link.locator('.person-link__name').textContent())!;
      await link.click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.goBack();
      await link.waitFor();
      await expect.poll(() => scrolled(page), { timeout: 5000 }).toBeGreaterThan(before - 5);
      expect(Math.abs((await scrolled(page)) - before)).toBeLessThanOrEqual(5);
      await expect(link.isVisible()).resolves.toBe(true);
      expect(errors).toEqual([]);
    });
  }

  it("names the priority an indicator was opened from in the indicator's breadcrumbs", async () => {
    const { page, errors } = await open(env.browser, env.server, `/councils/${GSS}/scrutiny`, 1440);
    const priorities = page.getByRole('list', { name: 'Priorities to scrutinise' });
    await priorities.getByRole('link').first().click();
    const name = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
    const indicator = page.locator('main table a[href*="/indicator/"]').first();
    await indicator.waitFor();
    await indicator.click();
    const crumbs = page.getByRole('navigation', { name: 'Where you are' });
    await crumbs.getByRole('link', { name, exact: true }).waitFor();
    await expect(crumbs.getByRole('link', { name: 'Priority', exact: true }).count()).resolves.toBe(0);
    await crumbs.getByRole('link', { name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(name);
    expect(errors).toEqual([]);
  });

  for (const width of [1440, 390]) {
    it(`says a local indicator is not ranked against other councils at ${width} px`, async () => {
      const councilId = (await env.server.gql(COUNCIL)).data.council.id;
      const local = (await env.server.gql(LOCAL, { c: councilId })).data.indicators.edges.map((e: any) => e.node);
      expect(local.length).toBeGreaterThan(0);
      const { page, errors } = await open(env.browser, env.server, `/councils/${GSS}/indicator/${local[0].id}`, width);
      const rank = page.locator('dt', { hasText: /^Rank$/ }).locator('xpath=following-sibling::dd[1]');
      await rank.waitFor();
      await expect(rank.textContent()).resolves.toMatch(/^Local indicator: only this council measures it/);
      await expect(page.locator('main').textContent()).resolves.not.toMatch(/1st of 1\b/);
      await expectNoSidewaysScroll(page);
      await shoot(page, 'local-indicator-rank', width);
      expect(errors).toEqual([]);
    });
  }

  it('explains a failed request in words, never as "status code 500"', async () => {
    const { page } = await open(env.browser, env.server, `/councils/${GSS}/scrutiny?exceptions=2024-25`, 1440);
    const answers: Array<{ status: number; contentType: string; body: string; expect: RegExp }> = [
      { status: 500, contentType: 'text/plain', body: 'Internal Server Error', expect: /^Something went wrong on the server/ },
      { status: 503, contentType: 'text/html', body: '<h1>Service Unavailable</h1>', expect: /^The server is not answering just now/ },
      {
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({ errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }], data: null }),
        expect: /^Something went wrong on the server/,
      },
    ];
    for (const answer of answers) {
      await page.unroute('**/graphql');
      await page.route('**/graphql', async (route) => {
        if (!route.request().postData()?.includes('ExceptionsView')) return route.fallback();
        await route.fulfill({ status: answer.status, contentType: answer.contentType, body: answer.body });
      });
      await page.reload();
      const alert = page.getByRole('alert').filter({ hasText: 'Exceptions could not be loaded' });
      await alert.waitFor();
      const words = (await alert.locator('span').first().textContent())!;
      expect(words, `HTTP ${answer.status}`).toMatch(answer.expect);
      await expect(page.locator('main').textContent()).resolves.not.toMatch(/status code|Response not successful/i);
    }
    await shoot(page, 'error-in-words', 1440);
  });

  for (const width of [1440, 390]) {
    it(`writes every date one way, "4 Mar 2025", never as ISO at ${width} px`, async () => {
      const iso = /\b\d{4}-\d{2}-\d{2}\b/;
      const { page, errors } = await open(env.browser, env.server, `/councils/${GSS}/scrutiny?exceptions=2024-12`, width);
      // An exception's commentary: who wrote it and when.
      const summary = page.locator('summary', { hasText: /^Commentary by / }).first();
      await summary.waitFor();
      await expect(summary.textContent()).resolves.toMatch(/, \d{1,2} [A-Z][a-z]{2} \d{4}$/);
      // A priority's milestones in the cascade: their due dates.
      await page.goto(`${env.server.url}/councils/${GSS}/scrutiny`);
      await page.getByRole('list', { name: 'Priorities to scrutinise' }).getByRole('link').first().click();
      await page.getByRole('link', { name: 'Show in the cascade' }).click();
      await page.waitForURL(/\/priorities\//);
      // The cascade's list (the drawing on a desktop shows the same details beside the list).
      await page.goto(`${page.url()}${page.url().includes('?') ? '&' : '?'}view=list`);
      const details = page.locator('section[aria-labelledby="priority-title"]');
      await details
        .getByText(/\(due /)
        .first()
        .waitFor({ state: 'attached' });
      const text = (await details.textContent())!;
      expect(text).toMatch(/\(due \d{1,2} [A-Z][a-z]{2} \d{4}/);
      expect(text).not.toMatch(iso);
      expect(errors).toEqual([]);
    });
  }
});
