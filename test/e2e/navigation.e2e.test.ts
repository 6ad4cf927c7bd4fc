import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startTestServer, type TestServer } from '../testkit/index.js';
import { launchBrowser, screenshot, signIn, webDist } from './browser.js';

// Issue 17 (phones and tablets): the navigation showed its views in one row that scrolled sideways, so
// at 390 px Findings, Measurements, Import and Admin were off-screen. Every view an administrator may
// open must be in sight, and the page must not scroll sideways, at a phone's and a tablet's width.
describe('web app: the navigation on phones and tablets, in chromium', () => {
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
    it(`shows every view an administrator may open within the screen at ${width} px`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await signIn(page, server.url, 'megan.llewellyn@suffolk.gov.uk', '/councils/E10000029/findings');
      const links = page.getByRole('navigation', { name: 'Views' }).getByRole('link');
      const names = await links.allInnerTexts();
      expect(names).toEqual(expect.arrayContaining(['Findings', 'Measurements', 'Import', 'Admin', 'Reports']));
      for (let i = 0; i < names.length; i++) {
        const box = (await links.nth(i).boundingBox())!;
        expect(box.x, `${names[i]} starts on screen`).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, `${names[i]} ends on screen`).toBeLessThanOrEqual(width);
        expect(box.height, `${names[i]} is a target you can press`).toBeGreaterThanOrEqual(24);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await screenshot(page, `navigation-${width}`);
      await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Admin' }).click();
      await page.getByRole('heading', { level: 1 }).filter({ hasText: /Admin/ }).waitFor();
      await page.close();
      await context.close();
    });
  }
});
