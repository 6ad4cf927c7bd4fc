/**
 * The public view for people who use services and carers (issue 15, item 4): the anonymous landing at
 * /councils/<GSS>, in plain English (Flesch reading ease 60 or more, text-readability), axe-core clean,
 * no sideways scroll at 1440 and 390 px, an easy-read mode, a year picker (?period=), the council's contact
 * details from the reference data and how to complain, published data only; the explorer stays
 * at /councils/<GSS>/explorer.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error text-readability ships no types
import readability from 'text-readability';
import { Council, DEMO_CASCADE_PERIOD, DEMO_COUNCIL_GSS, Person } from '@goldenthread/db';
import { startTestServer, type Client, type TestServer } from '../testkit/index.js';
import { axeViolations } from './axe.js';
import { artifacts, launchBrowser, screenshot, webDist } from './browser.js';
import { expectNoSidewaysScroll, open } from './governance.helpers.js';

const GSS = DEMO_COUNCIL_GSS;
const CORPORATE = `query($c: ID!, $p: String!) {
  cascade(councilId: $c, period: $p) { corporate { name status performanceStatus { status reason } } }
}`;
const WORDS: Record<string, string> = { GREEN: 'Going well', AMBER: 'Some worries', RED: 'Not going well', NONE: 'Too soon to say' };

/**
 * The page's words as a reader meets them: each heading, list item and table cell is its own line, so a
 * line without a full stop ends there instead of running into the next (readability counts sentences).
 */
function prose(text: string): string {
  return text
    .split(/\n|\t/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => (/[.!?:]$/.test(l) ? l : `${l}.`))
    .join(' ');
}

/** Screenshots of the window's first screen and of the whole page (the app's page scrolls inside the window). */
async function shoot(page: Page, name: string, width: number): Promise<void> {
  await screenshot(page, `${name}-top`);
  const height = await page.evaluate(() => Math.max(...[...document.querySelectorAll('.page')].map((e) => e.scrollHeight), 600));
  await page.setViewportSize({ width, height: Math.min(height + 80, 8000) });
  await screenshot(page, name);
  await page.setViewportSize({ width, height: width > 600 ? 900 : 844 });
}

describe('public view in chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let councilId: string;
  let ceo: Client;

  beforeAll(async () => {
    server = await startTestServer('sqlite', { seed: 'demo', publishedData: true, webDist });
    browser = await launchBrowser();
    councilId = (await server.gql(`{ council(gssCode: "${GSS}") { id } }`)).data.council.id;
    const em = server.em();
    const suffolk = await em.findOneOrFail(Council, { gssCode: GSS });
    const chief = await em.findOneOrFail(Person, { council: suffolk, jobTitle: 'Chief Executive' });
    ceo = await server.signIn(chief.email!);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  // biome-ignore lint/performance/useDomNodeTextContent: the words as laid out, one heading, item or cell a line (prose() needs the breaks)
  const mainText = (page: Page) => page.locator('.public').innerText();

  for (const width of [1440, 390]) {
    it(`lands the public at /councils/<GSS>/ in plain English, axe-clean, at ${width} px`, async () => {
      const { page, errors } = await open(browser, server, `/councils/${GSS}/`, width);
      await page.getByRole('heading', { level: 1, name: 'How Suffolk is doing' }).waitFor();
      const sections = ['What we said we would do', 'How we are doing', 'What you told us and what changed', 'Complaints'];
      for (const h of [...sections, 'How to complain or have your say']) await page.getByRole('heading', { level: 2, name: h }).waitFor();
      // The council's published priorities, each with its status in words.
      const published = (await server.gql(CORPORATE, { c: councilId, p: DEMO_CASCADE_PERIOD })).data.cascade.corporate as Array<{
        name: string;
        performanceStatus: { status: string; reason: string };
      }>;
      expect(published.length).toBeGreaterThan(0);
      const plans = page.locator('.public__plans li');
      await expect(plans.count()).resolves.toBe(published.length);
      // Each with the status the API gives the public, in words, and its reason.
      for (const p of published) {
        const row = plans.filter({ hasText: p.name }).first();
        await expect(row.locator('.public__status').textContent()).resolves.toBe(WORDS[p.performanceStatus.status]);
        await expect(row.locator('.public__why').textContent()).resolves.toBe(p.performanceStatus.reason);
      }
      // Published only: the priorities the council's people see but the public may not are not on the page.
      const all = (await ceo.gql(CORPORATE, { c: councilId, p: DEMO_CASCADE_PERIOD })).data.cascade.corporate as Array<{ name: string }>;
      const hidden = all.filter((p) => !published.some((q) => q.name === p.name));
      expect(hidden.length).toBeGreaterThan(0);
      const text = await mainText(page);
      for (const p of hidden) expect(text).not.toContain(p.name);
      // The published ASCOF figures, against the year before and similar councils.
      const figures = page.locator('.public__figure');
      expect(await figures.count()).toBeGreaterThanOrEqual(4);
      await figures
        .filter({ hasText: 'People who are happy with their care and support' })
        .getByText(/similar councils/)
        .first()
        .waitFor();
      await figures
        .first()
        .getByText(/than the year before|same as the year before/)
        .waitFor();
      await page.getByText('We had', { exact: false }).first().waitFor();
      await page.getByRole('link', { name: /Ombudsman/ }).waitFor();
      // How to reach the council: the reference data's name and region; no website there, so GOV.UK's finder.
      const contact = page.getByRole('region', { name: 'How to contact us' });
      await contact.getByText('Suffolk County Council', { exact: true }).waitFor();
      await contact.getByText('We are a county council in the East of England region of England.').waitFor();
      const finder = contact.getByRole('link', { name: /Find your local council on GOV.UK/ });
      await expect(finder.getAttribute('href')).resolves.toBe('https://www.gov.uk/find-local-council');
      await contact.getByText(/complaints team/).waitFor();
      // Plain English: Flesch reading ease 60 or more over everything the page says.
      const ease = readability.fleschReadingEase(prose(text));
      fs.mkdirSync(artifacts, { recursive: true });
      fs.writeFileSync(path.join(artifacts, `public-text-${width}.txt`), `Flesch reading ease ${ease}\n\n${text}`);
      expect(ease, `Flesch reading ease ${ease}`).toBeGreaterThanOrEqual(60);
      await expectNoSidewaysScroll(page);
      expect(await axeViolations(page)).toEqual([]);
      await shoot(page, `public-${width}`, width);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('picks the year from a list: the address keeps it, the page says that year, still plain and axe-clean', async () => {
    const { page, errors } = await open(browser, server, `/councils/${GSS}/`, 390);
    const year = page.getByLabel('Show the year');
    await year.waitFor();
    await expect(year.inputValue()).resolves.toBe(DEMO_CASCADE_PERIOD);
    await page.locator('.public__plans li').first().waitFor();
    await year.selectOption({ label: 'April 2023 to March 2024' });
    await expect.poll(() => page.url()).toContain('period=2023-24');
    // The demo council's plans for 2023-24 (it told people about four corporate priorities that year); the
    // complaints are those of the year picked.
    await page.getByText('These are our main plans for 2023-24.').waitFor();
    await page.locator('.public__plans li').filter({ hasText: 'Help people live independently at home for longer' }).waitFor();
    expect(await page.locator('.public__plans li').count()).toBe(4);
    await page
      .getByRole('region', { name: 'Complaints' })
      .getByText(/in 2023-24\./)
      .waitFor();
    const latest = await page.locator('.public__number span').allTextContents();
    expect(latest.length).toBeGreaterThanOrEqual(4);
    for (const l of latest) expect(l.replace('in ', '') <= '2023-24', l).toBe(true);
    expect(readability.fleschReadingEase(prose(await mainText(page)))).toBeGreaterThanOrEqual(60);
    await expectNoSidewaysScroll(page);
    expect(await axeViolations(page)).toEqual([]);
    await shoot(page, 'public-year-390', 390);
    // Opened again at its address, the year stays; back to the newest year, the address drops it.
    await page.reload();
    await expect(page.getByLabel('Show the year').inputValue()).resolves.toBe('2023-24');
    await page.getByLabel('Show the year').selectOption(DEMO_CASCADE_PERIOD);
    await page.locator('.public__plans li').first().waitFor();
    expect(page.url()).not.toContain('period=');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('switches to easy read: one idea a line, still plain, still axe-clean, on a phone', async () => {
    const { page, errors } = await open(browser, server, `/councils/${GSS}`, 390);
    const toggle = page.getByRole('button', { name: 'Easy read' });
    await toggle.waitFor();
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    await page.locator('.public__figure').first().waitFor();
    const before = await page.locator('.easy__line').count();
    expect(before).toBe(0);
    await toggle.click();
    await expect(page.getByRole('button', { name: 'Easy read is on' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await expect.poll(() => page.url()).toContain('easy=1');
    const lines = await page.locator('.easy__line').allTextContents();
    expect(lines.length).toBeGreaterThan(20);
    // One sentence a line: no line holds two sentences.
    for (const line of lines) expect(line.trim(), line).not.toMatch(/[.!?]\s+[A-Z]/);
    const ease = readability.fleschReadingEase(prose(await mainText(page)));
    expect(ease).toBeGreaterThanOrEqual(60);
    await expectNoSidewaysScroll(page);
    expect(await axeViolations(page)).toEqual([]);
    await shoot(page, 'public-easy-read-390', 390);
    // The address keeps the mode: opened again, it is easy read.
    await page.reload();
    await page.getByRole('button', { name: 'Easy read is on' }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lands on any council: one without an organisation here still shows its published figures', async () => {
    const { page, errors } = await open(browser, server, '/councils/E10000020', 390);
    await page.getByRole('heading', { level: 1, name: 'How Norfolk is doing' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Norfolk does not use Golden Thread yet' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'How we are doing' }).waitFor();
    await page.getByRole('region', { name: 'How to contact us' }).getByText('Norfolk County Council', { exact: true }).waitFor();
    expect(await page.locator('.public__figure').count()).toBeGreaterThanOrEqual(4);
    await page
      .getByText(/similar councils\. That is/)
      .first()
      .waitFor();
    await expectNoSidewaysScroll(page);
    expect(await axeViolations(page)).toEqual([]);
    await shoot(page, 'public-other-council-390', 390);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps the explorer at /councils/<GSS>/explorer, reachable from the navigation', async () => {
    const { page, errors } = await open(browser, server, `/councils/${GSS}`, 1440);
    await page.getByRole('heading', { level: 1, name: 'How Suffolk is doing' }).waitFor();
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Accountability' }).click();
    await page.waitForURL(`**/councils/${GSS}/explorer`);
    await page.getByRole('tree', { name: 'Organisation of Suffolk' }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
