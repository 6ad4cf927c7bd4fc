import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { Council, Directorate, Person } from '@goldenthread/db';
import { startTestServer, type TestServer } from '../testkit/index.js';
import { launchBrowser, screenshot, webDist, scrollTo } from './browser.js';
import { expectNoSidewaysScroll, giveAccounts, GSS, open } from './governance.helpers.js';

// A priority's performance status with its reason, in words (not colour only), where a priority's status
// appears: the cascade (row and details), the scrutiny drill-down and a person's thread. The reasons
// expected are the API's for the same viewer, so the page is checked against what the server says.
const C1 = 'Help people live independently at home for longer';
const CASCADE = `query($c: ID!) { cascade(councilId: $c, period: "2024-25") {
  corporate { id name performanceStatus { status reason basis drivers { decisive text } } } } }`;

describe('web app: priority performance status', () => {
  let server: TestServer;
  let browser: Browser;
  let councilId: string;
  let director: { email: string; name: string };

  beforeAll(async () => {
    server = await startTestServer('sqlite', { seed: 'demo', webDist });
    const em = server.em();
    const council = await em.findOneOrFail(Council, { gssCode: GSS });
    councilId = Buffer.from(`Council:${council.id}`).toString('base64url');
    const asc = await em.findOneOrFail(Directorate, { council: council.id, code: 'ASC' });
    const person = await em.findOneOrFail(Person, { id: asc.director!.id });
    director = { email: person.email!, name: person.name };
    await giveAccounts(server, director.email);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const c1Of = async (headers?: Record<string, string>) => {
    const res = await server.gql(CASCADE, { c: councilId }, headers);
    expect(res.errors).toBeUndefined();
    return res.data.cascade.corporate.find((p: any) => p.name === C1);
  };

  it('shows the public the status and reason in the cascade and the drill-down at 1440 px', async () => {
    const c1 = await c1Of();
    expect(c1.performanceStatus.basis).toBe('PUBLISHED');
    const words: Record<string, string> = { RED: 'Off track', AMBER: 'At risk', GREEN: 'On track', NONE: 'Not judged' };
    const { page, errors } = await open(browser, server, `/councils/${GSS}/priorities?view=list`, 1440);
    const cascade = page.getByRole('list', { name: 'Priority cascade' });
    const row = cascade
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: C1, exact: true }) })
      .first();
    await row.getByText(c1.performanceStatus.reason, { exact: true }).first().waitFor();
    await row
      .getByText(new RegExp(`${words[c1.performanceStatus.status]!}$`))
      .first()
      .waitFor();
    // The key says what each signal means, in words.
    await page.getByRole('list', { name: 'Key to the performance status' }).getByText('Not judged').waitFor();

    await page.getByRole('link', { name: C1, exact: true }).first().click();
    const details = page.getByRole('region', { name: 'Performance' });
    await details.getByText(c1.performanceStatus.reason, { exact: true }).waitFor();
    await details.getByRole('heading', { name: 'What decided it' }).waitFor();
    for (const d of c1.performanceStatus.drivers.filter((x: any) => x.decisive)) await details.getByText(d.text).first().waitFor();
    await details.getByText('Judged on published figures only.').waitFor();
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'priority-status-cascade-1440');

    await page.getByRole('link', { name: /Scrutinise/ }).click();
    await page.getByRole('heading', { level: 1, name: C1 }).waitFor();
    const drill = page.getByRole('region', { name: 'Performance' });
    await drill.getByText(c1.performanceStatus.reason, { exact: true }).waitFor();
    await drill.getByRole('heading', { name: 'What decided it' }).waitFor();
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'priority-status-scrutiny-1440');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("shows staff the status judged on validated figures, in the drill-down and a person's thread at 390 px", async () => {
    const { page, errors } = await open(browser, server, `/councils/${GSS}/scrutiny`, 390, director.email);
    const list = page.getByRole('list', { name: 'Priorities to scrutinise' });
    const row = list
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: C1, exact: true }) })
      .first();
    await row.locator('.perf__reason').first().waitFor();
    const reason = (await row.locator('.perf__reason').first().textContent())!;
    expect(reason.length).toBeGreaterThan(5);
    await row.getByRole('link', { name: C1, exact: true }).click();
    const drill = page.getByRole('region', { name: 'Performance' });
    await drill.getByText(reason, { exact: true }).waitFor();
    await drill.getByText('Judged on validated and published figures.').waitFor();
    await screenshot(page, 'priority-status-scrutiny-390');
    await expectNoSidewaysScroll(page);

    // The director's thread: their appraisal objective leads C1, shown with its status and reason.
    await page.goto(`${server.url}/councils/${GSS}/thread`);
    await page.getByRole('heading', { level: 1, name: `Golden thread of ${director.name}` }).waitFor();
    const step = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: C1, exact: true }) })
      .first();
    await step.getByText(reason, { exact: true }).waitFor();
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'priority-status-thread-390');

    await page.goto(`${server.url}/councils/${GSS}/priorities?view=list`);
    const shown = page.getByRole('list', { name: 'Priority cascade' }).getByText(reason, { exact: true }).first();
    await shown.waitFor();
    await scrollTo(page.getByRole('heading', { name: /^Corporate priorities/ }));
    await page.evaluate(() => document.querySelector('.cascade')?.scrollIntoView());
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'priority-status-cascade-390');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
