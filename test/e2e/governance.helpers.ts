import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { startTestServer, type TestServer } from '../testkit/index.js';
import { DEMO_PASSWORD, launchBrowser, screenshot, signIn, watchErrors, webDist } from './browser.js';

export const GSS = 'E10000029';
export const gov = (area = '', id = '') => `/councils/${GSS}/governance${area ? `/${area}` : ''}${id ? `/${id}` : ''}`;
/** Designated in the governance demo; they have no demo account, so the tests give them one. */
export const COMPLAINTS_OFFICER = 'sunita.rahman2@suffolk.gov.uk';
export const RISK_MANAGER = 'zainab.hussain@suffolk.gov.uk';
export const ADMIN = 'megan.llewellyn@suffolk.gov.uk';
/** Demo accounts the demo designates. */
export const SCRUTINY_OFFICER = 'thomas.taylor@suffolk.gov.uk';
export const SCRUTINY_CHAIR = 'cllr.jerome.boateng@suffolk.gov.uk';
export const CHIEF_EXECUTIVE = 'conor.gallagher@suffolk.gov.uk';
export const LEAD_OFFICER = 'sofia.romano@suffolk.gov.uk';
export const COMMITTEE = 'Adults and Health Scrutiny Committee';

/** The demo council served with the built web app, and a browser, for one file's tests (started once, closed after). */
export function demoServer(): { readonly server: TestServer; readonly browser: Browser } {
  const env = {} as { server: TestServer; browser: Browser };
  beforeAll(async () => {
    env.server = await startTestServer('sqlite', { seed: 'demo', webDist });
    env.browser = await launchBrowser();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/** The server's refusals are 400s, 403s or 409s in the console (the forms show them); nothing else may go wrong. */
export const unexpected = (errors: string[]) => errors.filter((e) => !/status of (400|403|409)/.test(e));

/** Opens a form behind its button (a <details> summary) inside `scope`, unless it is open already. */
export async function reveal(scope: Locator | Page, title: string): Promise<void> {
  const summary = scope
    .locator('summary')
    .filter({ hasText: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) })
    .first();
  if (!(await summary.evaluate((e) => (e.parentElement as HTMLDetailsElement).open))) await summary.click();
}

/** The committee with the work programme (a picker only when there are several). */
export async function chooseCommittee(page: Page, committee = COMMITTEE): Promise<void> {
  await page.locator('.gov-committee').waitFor();
  const picker = page.locator('.page__tools').getByLabel('Committee', { exact: true });
  if ((await picker.count()) > 0) await picker.selectOption({ label: committee });
  await page.getByRole('heading', { level: 2, name: committee }).waitFor();
}

export async function giveAccounts(server: TestServer, ...emails: string[]): Promise<void> {
  for (const email of emails) await server.signIn(email, { password: DEMO_PASSWORD });
}

/** Opens a page at a width, signed in as `as` or anonymous, and collects its errors. */
export async function open(
  browser: Browser,
  server: TestServer,
  path: string,
  width: number,
  as?: string,
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: width > 600 ? 900 : 844 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  if (as) await signIn(page, server.url, as, path);
  else await page.goto(`${server.url}${path}`);
  return { page, errors };
}

/** Neither the document nor the app's scrolling page is wider than the window. */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() =>
    [document.scrollingElement, ...document.querySelectorAll('.page')].map((e) => (e ? e.scrollWidth - e.clientWidth : 0)),
  );
  expect(overflow.every((x) => x <= 0)).toBe(true);
}

/** Screenshot of the whole scrolling page (tall), named with its width. */
export async function shoot(page: Page, name: string, width: number): Promise<void> {
  const height = await page.evaluate(() => Math.max(...[...document.querySelectorAll('.page')].map((e) => e.scrollHeight), 600));
  await page.setViewportSize({ width, height: Math.min(height + 80, 6000) });
  await screenshot(page, `governance-${name}-${width}`);
}

/** A view to open on a phone: its name (for the screenshot), address, who signs in, and what to open first. */
export type PhonePage = [string, string, string, (p: Page) => Promise<void>];

/** Opens each page at 390 px as its viewer, readies it, and checks that nothing scrolls sideways; a screenshot of each. */
export async function fitsPhone(browser: Browser, server: TestServer, pages: readonly PhonePage[]): Promise<void> {
  for (const [name, path, who, ready] of pages) {
    const { page, errors } = await open(browser, server, path, 390, who);
    await ready(page);
    await expectNoSidewaysScroll(page);
    const widest = await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
    expect(widest, name).toBe(true);
    await shoot(page, `${name}-worked`, 390);
    expect(unexpected(errors), name).toEqual([]);
    await page.context().close();
  }
}

/** Validates a council's draft of `period` over the API as `email` (a second person: four eyes on data); its status after. */
export async function validateDraftAs(server: TestServer, email: string, gss: string, period: string): Promise<string> {
  const who = await server.signIn(email);
  const council = (await who.gql(`query($g: String!) { council(gssCode: $g) { id } }`, { g: gss })).data.council.id;
  const list = await who.gql(
    `query($c: ID!) { measurements(councilId: $c, status: DRAFT, first: 500) { nodes { id version period viewerCan { validate } } } }`,
    { c: council },
  );
  const m = list.data.measurements.nodes.find((n: { period: string }) => n.period === period);
  if (!m?.viewerCan.validate) throw new Error(`${email} may not validate the draft of ${period}`);
  const done = await who.gql(`mutation($id: ID!, $v: Int!) { validateMeasurement(id: $id, version: $v) { measurement { status } } }`, {
    id: m.id,
    v: m.version,
  });
  return done.data.validateMeasurement.measurement.status;
}
