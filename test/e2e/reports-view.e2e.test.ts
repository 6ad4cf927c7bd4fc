/**
 * The Reports view in chromium: a member of the council picks audience, portfolio or meeting, year and
 * format and downloads the pack, fetched with the session's bearer token (a plain link is refused);
 * the files are real (the PDF starts with %PDF and has pages naming the council; the docx is a zip
 * with word/document.xml); a refused download says why in words with its code; a viewer who may not
 * read the staff packs is told so, at 1440 and 390 px.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import JSZip from 'jszip';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Council, DEMO_CASCADE_PERIOD, DEMO_COUNCIL_GSS, Person } from '@goldenthread/db';
import { startTestServer, type Client, type TestServer } from '../testkit/index.js';
import { axeViolations } from './axe.js';
import { artifacts, DEMO_PASSWORD, launchBrowser, navLink, screenshot, webDist } from './browser.js';
import { expectNoSidewaysScroll, open } from './governance.helpers.js';

const require = createRequire(import.meta.url);
const { PDFParse } = require('pdf-parse') as {
  PDFParse: new (o: {
    data: Uint8Array;
  }) => {
    getText(): Promise<{ text: string; pages: Array<{ text: string }> }>;
    destroy(): Promise<void>;
  };
};

const GSS = DEMO_COUNCIL_GSS;
const REPORTS = `/councils/${GSS}/reports`;
const OUTSIDER = 'reports.outsider@norfolk.example';

async function saved(download: Download): Promise<Buffer> {
  const file = await download.path();
  const body = fs.readFileSync(file!);
  fs.mkdirSync(artifacts, { recursive: true });
  fs.writeFileSync(path.join(artifacts, `reports-view-${download.suggestedFilename()}`), body);
  return body;
}

async function pdfPages(body: Buffer): Promise<string[]> {
  const parser = new PDFParse({ data: new Uint8Array(body) });
  try {
    return (await parser.getText()).pages.map((p) => p.text.replace(/\s+/g, ' '));
  } finally {
    await parser.destroy();
  }
}

async function download(page: Page): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download' }).click()]);
  const body = await saved(file);
  await page
    .getByRole('status')
    .filter({ hasText: `Downloaded ${file.suggestedFilename()}` })
    .waitFor();
  return body;
}

describe('Reports view in chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let ceo: string;
  let outsider: Client;

  beforeAll(async () => {
    server = await startTestServer('sqlite', { seed: 'demo', webDist });
    browser = await launchBrowser();
    const em = server.em();
    const suffolk = await em.findOneOrFail(Council, { gssCode: GSS });
    ceo = (await em.findOneOrFail(Person, { council: suffolk, jobTitle: 'Chief Executive' })).email!;
    // A signed-in person of another council: may read only the public pack of Suffolk.
    const norfolk = await em.findOneOrFail(Council, { gssCode: 'E10000020' });
    em.create(Person, { council: norfolk, name: 'Robin Outsider', email: OUTSIDER, jobTitle: 'Performance Officer' });
    await em.flush();
    outsider = await server.signIn(OUTSIDER, { password: DEMO_PASSWORD });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('downloads the scrutiny pack as a real PDF for a meeting, from the navigation, at 1440 px', async () => {
    const { page, errors } = await open(browser, server, `/councils/${GSS}/health-check`, 1440, ceo);
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Reports' }).click();
    await page.waitForURL(`**${REPORTS}`);
    await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
    await page.getByRole('radio', { name: /Scrutiny committee/ }).check();
    const meeting = page.getByLabel('Meeting');
    await meeting.locator('option').nth(1).waitFor({ state: 'attached' });
    const heldOn = await meeting.locator('option').nth(1).getAttribute('value');
    await meeting.selectOption(heldOn!);
    await page.getByLabel('Financial year').selectOption(DEMO_CASCADE_PERIOD);
    await page.getByRole('radio', { name: /PDF/ }).check();
    await expect.poll(() => page.url()).toContain(`meeting=${heldOn}`);
    await page.getByText(`/reports/scrutiny/${GSS}/${DEMO_CASCADE_PERIOD}.pdf?meeting=${heldOn}`).waitFor();
    const pdf = await download(page);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = await pdfPages(pdf);
    expect(pages.length).toBeGreaterThan(3);
    expect(pages[0]).toContain('Suffolk');
    expect(pages[0]).toContain(DEMO_CASCADE_PERIOD);
    expect(pages[0]).toMatch(/scrutiny/i);
    // The same address without the session's token is refused: that is why the view fetches it.
    const plain = await fetch(`${server.url}/reports/scrutiny/${GSS}/${DEMO_CASCADE_PERIOD}.pdf`);
    expect(plain.status).toBe(401);
    await expectNoSidewaysScroll(page);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'reports-view-1440');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('downloads a portfolio holder’s pack as Word on a phone, and says in words why a year has no pack', async () => {
    const { page, errors } = await open(browser, server, REPORTS, 390, ceo);
    await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
    await page.getByRole('radio', { name: /Portfolio holder/ }).check();
    const portfolio = page.getByLabel('Portfolio', { exact: true });
    await portfolio.waitFor();
    const options = await portfolio.locator('option').allTextContents();
    expect(options.length).toBeGreaterThan(0);
    await portfolio.selectOption({ label: options[options.length - 1]! });
    await page.getByRole('radio', { name: /Word/ }).check();
    const docx = await download(page);
    expect(docx.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    const zip = await JSZip.loadAsync(docx);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('<w:body>');
    expect(xml).toContain('Suffolk');
    expect(xml).toContain(options[options.length - 1]!);
    await expectNoSidewaysScroll(page);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'reports-view-390');

    // A year with nothing to report: the server's coded refusal, in words.
    await page.getByLabel('Financial year').selectOption('2022-23');
    const [res] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/reports/portfolio/')),
      page.getByRole('button', { name: 'Download' }).click(),
    ]);
    expect(res.status()).toBe(404);
    const alert = page.getByRole('alert');
    await alert.getByText('There is no such pack').waitFor();
    await alert.getByText('Suffolk has no priorities or figures for 2022-23.').waitFor();
    await alert.getByText('Code: NOT_FOUND').waitFor();
    await expectNoSidewaysScroll(page);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'reports-view-refused-390');
    expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
    await page.context().close();
  });

  for (const width of [1440, 390]) {
    it(`tells a viewer who may not read the staff packs so, and offers no Reports link, at ${width} px`, async () => {
      const { page, errors } = await open(browser, server, REPORTS, width, OUTSIDER);
      await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
      await page.getByText(/You are signed in for Norfolk: this view shows only your own council’s data/).waitFor();
      expect(await page.getByRole('button', { name: 'Download' }).count()).toBe(0);
      expect(await navLink(page, 'Reports').count()).toBe(0);
      // The server agrees: Norfolk's token is refused Suffolk's staff pack, with a coded error.
      const res = await fetch(`${server.url}/reports/executive/${GSS}/${DEMO_CASCADE_PERIOD}.pdf`, { headers: outsider.headers });
      expect(res.status).toBe(403);
      expect(((await res.json()) as any).errors[0].extensions.code).toBe('FORBIDDEN');
      await expectNoSidewaysScroll(page);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `reports-view-refused-outsider-${width}`);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('asks a signed-out visitor to sign in', async () => {
    const { page, errors } = await open(browser, server, REPORTS, 390);
    await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
    await page.getByRole('main').getByRole('link', { name: 'Sign in' }).waitFor();
    expect(await page.getByRole('button', { name: 'Download' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
