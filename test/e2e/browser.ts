import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The built web app; GT_E2E_WEB_DIST points at another build (`vite build --outDir`), so two builds never overwrite each other. */
export const webDist = process.env.GT_E2E_WEB_DIST ? path.resolve(process.env.GT_E2E_WEB_DIST) : path.join(repoRoot, 'apps/web/dist');
export const artifacts = path.join(repoRoot, 'test-artifacts/e2e');

/** Debian's chromium (never a downloaded browser build): `apt-get install -y chromium`. */
export const CHROMIUM = process.env.GT_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`No browser at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium), or run npm test as root.`);
  if (!fs.existsSync(path.join(webDist, 'index.html')))
    throw new Error('The web app is not built: run `pnpm --filter @goldenthread/web run build` (npm test does).');
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: path.join(artifacts, `${name}.png`) });
}

/**
 * Scrolls an element into view for a screenshot. A view that re-renders after a save (a query
 * refetching) can replace the element between Playwright finding it and scrolling to it ("not
 * attached to the DOM"); the locator is found again then, a few times, before the error stands.
 */
export async function scrollTo(target: Locator): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await target.scrollIntoViewIfNeeded();
      return;
    } catch (error) {
      if (attempt >= 5 || !/not attached to the DOM/.test(String(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

/** Collects page errors so a test can assert there were none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}

export const DEMO_PASSWORD = 'golden-thread-demo';

/**
 * Signs in through the real sign-in page. The session is the browser's (an HttpOnly cookie every tab
 * of the context shares), so closing this page signs the context out again: the next page a test
 * opens in the same context starts signed out, as it would in a fresh browser.
 */
export async function signIn(page: Page, baseUrl: string, email: string, next = '/councils/E10000029/explorer'): Promise<void> {
  const close = page.close.bind(page);
  page.close = async (options) => {
    if (!page.isClosed()) await page.evaluate(() => localStorage.removeItem('goldenthread.hasSession')).catch(() => undefined);
    await page.context().clearCookies();
    return close(options);
  };
  await page.goto(`${baseUrl}/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  // On tablets and phones "Sign out" is in the header's menu, closed.
  await page.getByRole('button', { name: 'Sign out', includeHidden: true }).waitFor({ state: 'attached' });
}

/**
 * A link of the header's navigation by its text, found whether or not it is on screen: on tablets and
 * phones (960 px and below) the navigation is in the header's menu, closed until the "Menu" button opens it.
 */
export function navLink(page: Page, name: string): Locator {
  return page.getByRole('navigation', { name: 'Views', includeHidden: true }).getByRole('link', { name, exact: true, includeHidden: true });
}

/** Opens the header's menu on a tablet or a phone (where the navigation and the account are behind "Menu"); on a desktop, nothing. */
export async function openMenu(page: Page): Promise<void> {
  const menu = page.getByRole('button', { name: 'Menu' });
  if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
}
