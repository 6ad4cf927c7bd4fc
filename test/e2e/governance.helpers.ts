import { expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { TestServer } from '../testkit/index.js';
import { DEMO_PASSWORD, screenshot, signIn, watchErrors } from './browser.js';

export const GSS = 'E10000029';
export const gov = (area = '', id = '') => `/councils/${GSS}/governance${area ? `/${area}` : ''}${id ? `/${id}` : ''}`;
/** Designated in the governance demo; they have no demo account, so the tests give them one. */
export const COMPLAINTS_OFFICER = 'sunita.rahman2@suffolk.gov.uk';
export const RISK_MANAGER = 'zainab.hussain@suffolk.gov.uk';
export const ADMIN = 'megan.llewellyn@suffolk.gov.uk';

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
