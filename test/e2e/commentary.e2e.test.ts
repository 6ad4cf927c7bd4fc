import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { Council, Indicator, IndicatorOwnership, Person } from '@goldenthread/db';
import { startTestServer, type TestServer } from '../testkit/index.js';
import { launchBrowser, screenshot, webDist } from './browser.js';
import { expectNoSidewaysScroll, giveAccounts, GSS, open } from './governance.helpers.js';

// Commentary as the responsible manager of "Annual reviews completed on time" (an exception of the
// demo in 2025-02 and 2025-03 without a commentary): recorded on the indicator page at 1440 px and from
// the exceptions list at 390 px; the exception then shows it and its MISSING_COMMENTARY finding is gone.
describe('web app: commentary on a figure', () => {
  let server: TestServer;
  let browser: Browser;
  let manager: { email: string; name: string };
  let indicatorId: string;

  beforeAll(async () => {
    server = await startTestServer('sqlite', { seed: 'demo', webDist });
    const em = server.em();
    const council = await em.findOneOrFail(Council, { gssCode: GSS });
    const indicator = await em.findOneOrFail(Indicator, { council: council.id, code: 'L-ASC-03' });
    indicatorId = Buffer.from(`Indicator:${indicator.id}`).toString('base64url');
    const owner = await em.findOneOrFail(IndicatorOwnership, { council: council.id, indicator: indicator.id });
    const person = await em.findOneOrFail(Person, { id: owner.responsibleManager!.id });
    manager = { email: person.email!, name: person.name };
    await giveAccounts(server, manager.email);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const exceptionItem = (page: Page, period: string) =>
    page
      .getByRole('list', { name: `Exceptions in ${period}` })
      .getByRole('listitem')
      .filter({ hasText: 'Annual reviews completed on time' });
  /** The element fits the window's width (the scrutiny page's priority tree is another matter). */
  const fits = async (page: Page, what: ReturnType<Page['locator']>) => {
    const box = await what.boundingBox();
    const width = page.viewportSize()!.width;
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(width);
  };
  const findingFor = (page: Page) =>
    page
      .getByRole('list', { name: 'Findings' })
      .getByRole('listitem')
      .filter({ hasText: /Annual reviews completed on time is an exception in March 2025/ });

  it('records a commentary on the indicator page at 1440 px; the exception shows it and the finding goes', async () => {
    const { page, errors } = await open(browser, server, `/councils/${GSS}/findings`, 1440, manager.email);
    await page.getByRole('list', { name: 'Findings' }).waitFor();
    await expect.poll(() => findingFor(page).count()).toBe(1);
    await page.goto(`${server.url}/councils/${GSS}/scrutiny?exceptions=2025-03`);
    await exceptionItem(page, '2025-03').getByText('No commentary').waitFor();

    await page.goto(`${server.url}/councils/${GSS}/indicator/${indicatorId}?period=2025-03`);
    const card = page.getByRole('region', { name: 'Commentary' });
    // The demo's commentary on December, with its author and date.
    await card
      .getByRole('article', { name: 'Commentary on 2024-12' })
      .getByText(/Annual reviews completed on time fell again/)
      .waitFor();
    const form = card.getByRole('form', { name: 'Comment on 2025-03' });
    // Nothing in "What happened": the server's coded refusal, beside the field.
    await form.getByLabel('Why').fill('Reviewers were moved to hospital discharges.');
    await form.getByRole('button', { name: 'Record the commentary' }).click();
    await form.getByText('Say what happened to the figure').waitFor();
    await expect(form.getByLabel('What happened').getAttribute('aria-invalid')).resolves.toBe('true');
    await form.getByLabel('What happened').fill('Reviews on time fell for the fifth month running.');
    await form.getByLabel('What we are doing').fill('An agency review team starts in May.');
    await form.getByRole('button', { name: 'Record the commentary' }).click();
    const shown = card.getByRole('article', { name: 'Commentary on 2025-03' });
    await shown.getByText('Reviews on time fell for the fifth month running.').waitFor();
    await shown.getByText('An agency review team starts in May.').waitFor();
    await shown.getByText(new RegExp(`^${manager.name}, `)).waitFor();
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'commentary-indicator-1440');

    await page.goto(`${server.url}/councils/${GSS}/scrutiny?exceptions=2025-03`);
    const item = exceptionItem(page, '2025-03');
    await item.getByText(`Commentary by ${manager.name}`).waitFor();
    expect(await item.getByText('No commentary').count()).toBe(0);
    await page.goto(`${server.url}/councils/${GSS}/findings`);
    await page.getByRole('list', { name: 'Findings' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'findings' }).waitFor();
    expect(await findingFor(page).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('records a commentary from the exceptions list at 390 px, without sideways scrolling', async () => {
    const { page, errors } = await open(browser, server, `/councils/${GSS}/scrutiny?exceptions=2025-02`, 390, manager.email);
    const item = exceptionItem(page, '2025-02');
    await item.getByText('No commentary').waitFor();
    await item.getByRole('button', { name: 'Add a commentary' }).click();
    const form = item.getByRole('form', { name: 'Comment on 2025-02' });
    await form.getByLabel('What happened').fill('Reviews on time fell again in February.');
    await fits(page, item);
    await fits(page, form.getByRole('button', { name: 'Record the commentary' }));
    await screenshot(page, 'commentary-exceptions-form-390');
    await form.getByRole('button', { name: 'Record the commentary' }).click();
    await item.getByText(`Commentary by ${manager.name}`).waitFor();
    expect(await item.getByText('No commentary').count()).toBe(0);
    await item.getByText(`Commentary by ${manager.name}`).click();
    await item.getByText('Reviews on time fell again in February.').waitFor();
    await fits(page, item);
    await screenshot(page, 'commentary-exceptions-390');
    // On the indicator page too, at the phone's width.
    await page.goto(`${server.url}/councils/${GSS}/indicator/${indicatorId}`);
    await page.getByRole('article', { name: 'Commentary on 2025-02' }).waitFor();
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'commentary-indicator-390');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows a signed-out visitor the commentary of published figures only, with no form', async () => {
    const { page, errors } = await open(browser, server, `/councils/${GSS}/indicator/${indicatorId}`, 1440);
    const card = page.getByRole('region', { name: 'Commentary' });
    await card.getByRole('article', { name: 'Commentary on 2024-12' }).waitFor();
    expect(await card.getByRole('article', { name: 'Commentary on 2025-03' }).count()).toBe(0);
    expect(await card.getByRole('form').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
