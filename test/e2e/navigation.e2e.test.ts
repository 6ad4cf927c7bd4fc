import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../testkit/index.js';
import { launchBrowser, screenshot, signIn, webDist } from './browser.js';

const focused = (page: Page) =>
  page.evaluate(() => {
    const e = document.activeElement;
    return e ? `${e.tagName.toLowerCase()}: ${(e.textContent ?? '').trim()}` : '';
  });

// Issue 17 (phones and tablets): at 390 px the navigation wrapped into a header 260 of 844 px tall that
// never scrolled away. On tablets and phones the views are behind a "Menu" button (a disclosure), the
// header is one short row, and every view an administrator may open is within the screen once it is open.
// (Accessibility): after a navigation, focus is on the new view's main heading, so a screen reader says
// where the person is; the document's title names the view.
describe('web app: the navigation on phones and tablets, focus and titles, in chromium', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer('sqlite', { seed: 'demo', webDist });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const width of [390, 768]) {
    it(`puts the views behind a Menu button at ${width} px: one short header row, every view within the screen`, async () => {
      const context = await browser.newContext({ viewport: { width, height: width > 600 ? 1024 : 844 } });
      const page = await context.newPage();
      await signIn(page, server.url, 'megan.llewellyn@suffolk.gov.uk', '/councils/E10000029/findings');
      const header = (await page.locator('header').boundingBox())!;
      expect(header.height, 'the header is one short row').toBeLessThanOrEqual(64);
      const menu = page.getByRole('button', { name: 'Menu' });
      await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
      const controls = (await menu.getAttribute('aria-controls'))!;
      await expect(page.locator(`#${controls} nav[aria-label="Views"]`).count()).resolves.toBe(1);
      const nav = page.getByRole('navigation', { name: 'Views' });
      await expect(nav.isVisible()).resolves.toBe(false);
      await screenshot(page, `navigation-${width}-closed`);

      // From the keyboard: open, Tab into it, Escape closes it and gives focus back to the button.
      await menu.focus();
      await page.keyboard.press('Enter');
      await expect(menu.getAttribute('aria-expanded')).resolves.toBe('true');
      await nav.waitFor();
      await page.keyboard.press('Tab');
      await expect(focused(page)).resolves.toBe('a: Overview');
      await page.keyboard.press('Escape');
      await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
      await expect(focused(page)).resolves.toBe('button: Menu');

      await menu.click();
      const links = nav.getByRole('link');
      const names = await links.allInnerTexts();
      expect(names).toEqual(expect.arrayContaining(['Findings', 'Measurements', 'Import', 'Admin', 'Reports']));
      for (let i = 0; i < names.length; i++) {
        const box = (await links.nth(i).boundingBox())!;
        expect(box.x, `${names[i]} starts on screen`).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, `${names[i]} ends on screen`).toBeLessThanOrEqual(width);
        expect(box.height, `${names[i]} is a target you can press`).toBeGreaterThanOrEqual(24);
      }
      await page.getByRole('button', { name: 'Sign out' }).waitFor(); // the account is in the menu too
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await screenshot(page, `navigation-${width}`);

      // Opening a view closes the menu, and focus goes to the view's heading.
      await nav.getByRole('link', { name: 'Admin' }).click();
      await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
      await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
      await expect.poll(() => focused(page)).toBe('h1: Administration');
      // A press outside an open menu closes it.
      await menu.click();
      await nav.waitFor();
      await page.mouse.click(width / 2, (width > 600 ? 1024 : 844) - 20);
      await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
      await page.close();
      await context.close();
    });
  }

  it('keeps the desktop header as it was: the views in the header, no Menu button', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/councils/E10000029/scrutiny`);
    await page.getByRole('heading', { level: 1, name: 'Scrutiny' }).waitFor();
    await expect(page.getByRole('button', { name: 'Menu' }).isVisible()).resolves.toBe(false);
    await expect(page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Governance' }).isVisible()).resolves.toBe(true);
    await page.close();
    await context.close();
  });

  it('moves focus to the new view’s main heading after a navigation, and names the view in the title', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/councils/E10000029/scrutiny`);
    await page.getByRole('heading', { level: 1, name: 'Scrutiny' }).waitFor();
    // The first load leaves focus where the browser puts it (the top of the document).
    await expect(focused(page)).resolves.toMatch(/^body/);
    await expect.poll(() => page.title()).toBe('Scrutiny – Suffolk – Golden Thread');

    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Governance' }).click();
    await expect.poll(() => focused(page)).toBe('h1: Governance');
    // A screen reader announces the focused element by its role and name: the heading.
    const heading = page.locator(':focus');
    await expect(heading.evaluate((e) => e.tagName)).resolves.toBe('H1');
    await expect(page.getByRole('heading', { level: 1, name: 'Governance' }).evaluate((e) => e === document.activeElement)).resolves.toBe(
      true,
    );
    await expect.poll(() => page.title()).toBe('Governance – Suffolk – Golden Thread');

    // Back and a link inside a view move it too.
    await page.goBack();
    await expect.poll(() => focused(page)).toBe('h1: Scrutiny');
    await page
      .getByRole('list', { name: 'Priorities to scrutinise' })
      .getByRole('link', { name: 'Help people live independently at home for longer' })
      .click();
    await expect.poll(() => focused(page)).toBe('h1: Help people live independently at home for longer');
    await expect.poll(() => page.title()).toBe('Help people live independently at home for longer – Suffolk – Golden Thread');

    // A choice within a view (its address changes, the view stays) leaves focus where the person is.
    await page.goBack();
    await expect.poll(() => focused(page)).toBe('h1: Scrutiny');
    const year = page.getByRole('combobox', { name: /^Financial year/ });
    await year.focus();
    await page.evaluate(() => {
      window.history.pushState(null, '', `${window.location.pathname}?exceptions=2020-21`);
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await page.waitForFunction(() => !document.querySelector('main .spinner'));
    await expect(year.evaluate((e) => e === document.activeElement)).resolves.toBe(true);
    await page.close();
    await context.close();
  });
});
