/**
 * The HTML report pack in Debian's chromium: it has no navigation (no app bar, no links out of the
 * document), passes axe-core, and prints on A4 with each section on a new page, the running header
 * and "Page n of m" (page.pdf(), read back with pdf-parse).
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Council, DEMO_CASCADE_PERIOD, DEMO_COUNCIL_GSS, Person } from '@goldenthread/db';
import { startTestServer, type Client, type TestServer } from '../testkit/index.js';
import { axeViolations } from './axe.js';
import { artifacts, launchBrowser, watchErrors, webDist } from './browser.js';

const require = createRequire(import.meta.url);
const { PDFParse } = require('pdf-parse') as {
  PDFParse: new (o: {
    data: Uint8Array;
  }) => { getText(): Promise<{ text: string; pages: Array<{ text: string; num: number }> }>; destroy(): Promise<void> };
};

describe('report packs in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let ceo: Client;

  beforeAll(async () => {
    server = await startTestServer('sqlite', { seed: 'demo', webDist });
    browser = await launchBrowser();
    const em = server.em();
    const suffolk = await em.findOneOrFail(Council, { gssCode: DEMO_COUNCIL_GSS });
    const chief = await em.findOneOrFail(Person, { council: suffolk, jobTitle: 'Chief Executive' });
    ceo = await server.signIn(chief.email!);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const [audience, signedIn] of [
    ['scrutiny', true],
    ['public', false],
  ] as const) {
    it(`the ${audience} pack's print view has no navigation and paginates on A4`, async () => {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, extraHTTPHeaders: signedIn ? ceo.headers : {} });
      const page = await context.newPage();
      const errors = watchErrors(page);
      const res = await page.goto(`${server.url}/reports/${audience}/${DEMO_COUNCIL_GSS}/${DEMO_CASCADE_PERIOD}.html`);
      expect(res?.status()).toBe(200);
      await page.getByRole('heading', { level: 1 }).waitFor();
      // No navigation: no nav landmark, no app bar, no link that leaves the document.
      expect(await page.locator('nav, [role="navigation"], header.topbar, .app-header').count()).toBe(0);
      const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.length).toBeGreaterThan(2);
      expect(hrefs.every((h) => h.startsWith('#'))).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      const sections = await page.locator('section.report-section h2').allTextContents();
      expect(sections.length).toBeGreaterThan(3);

      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      fs.mkdirSync(artifacts, { recursive: true });
      fs.writeFileSync(path.join(artifacts, `report-${audience}-print.pdf`), pdf);
      const parser = new PDFParse({ data: new Uint8Array(pdf) });
      const text = await parser.getText();
      await parser.destroy();
      // Cover, contents, then each section from a new page: every section heading opens a page.
      expect(text.pages.length).toBeGreaterThanOrEqual(sections.length + 2);
      const firstLines = text.pages.map((p) => p.text.replace(/\s+/g, ' '));
      for (const heading of sections) {
        expect(
          firstLines.some((p) => p.replace(/^.*?Page \d+ of \d+ /, '').startsWith(heading.replace(/\s+/g, ' '))),
          heading,
        ).toBe(true);
      }
      // The running header and page numbers on the pages after the cover (CSS paged media).
      const last = text.pages.length;
      expect(firstLines[1]).toContain(`Page 2 of ${last}`);
      expect(firstLines[1]).toMatch(/^Suffolk – .+ – 2024-25/);
      expect(firstLines[0]).not.toContain('Page 1 of');
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
