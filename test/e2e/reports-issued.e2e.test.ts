/**
 * Issuing report packs from the Reports view in chromium (issue 15, "issued reports are frozen"): a
 * member of the council issues the scrutiny pack for a meeting and the portfolio holder's pack with a
 * meeting date typed in; the council's issued packs are listed with version, audience, year, meeting,
 * who issued them and when, the content hash and each file's hash, the same as the server's list;
 * each file downloads with the session's token, byte for byte as issued (its SHA-256), also after the
 * data changed and the pack was issued again as version 2; a refused issue says why in words with its
 * code. Axe-clean, no sideways scroll, at 1440 and 390 px.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Download, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Council, DEMO_CASCADE_PERIOD, DEMO_COUNCIL_GSS, Person, Priority } from '@goldenthread/db';
import { startTestServer, type Client, type TestServer } from '../testkit/index.js';
import { axeViolations } from './axe.js';
import { artifacts, DEMO_PASSWORD, launchBrowser, screenshot, webDist } from './browser.js';
import { expectNoSidewaysScroll, open } from './governance.helpers.js';

const GSS = DEMO_COUNCIL_GSS;
const PERIOD = DEMO_CASCADE_PERIOD;
const REPORTS = `/councils/${GSS}/reports`;
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

interface Listed {
  id: number;
  audience: string;
  version: number;
  meetingDate: string | null;
  contentSha256: string;
  issuedBy: string;
  files: Array<{ format: string; sha256: string; size: number }>;
}

async function saved(download: Download): Promise<Buffer> {
  const body = fs.readFileSync((await download.path())!);
  fs.mkdirSync(artifacts, { recursive: true });
  fs.writeFileSync(path.join(artifacts, `reports-issued-${download.suggestedFilename()}`), body);
  return body;
}

/** Presses a file's button in an issued pack's entry and answers the saved bytes. */
async function downloadFrom(page: Page, entry: Locator, label: RegExp): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), entry.getByRole('button', { name: label }).click()]);
  const body = await saved(file);
  await entry
    .getByRole('status')
    .filter({ hasText: `Downloaded ${file.suggestedFilename()}` })
    .waitFor();
  return body;
}

describe('issuing report packs in the Reports view, in chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let ceo: Client;
  let ceoEmail: string;
  let ceoName: string;

  const listed = async (): Promise<Listed[]> => {
    const res = await fetch(`${server.url}/reports/issued/${GSS}`, { headers: ceo.headers });
    expect(res.status).toBe(200);
    return ((await res.json()) as { packs: Listed[] }).packs;
  };
  const entryOf = (page: Page, heading: string) =>
    page.locator('.issued__pack').filter({ has: page.getByRole('heading', { level: 3, name: heading, exact: true }) });

  beforeAll(async () => {
    server = await startTestServer('sqlite', { seed: 'demo', webDist });
    browser = await launchBrowser();
    const em = server.em();
    const suffolk = await em.findOneOrFail(Council, { gssCode: GSS });
    const chief = await em.findOneOrFail(Person, { council: suffolk, jobTitle: 'Chief Executive' });
    ceoEmail = chief.email!;
    ceoName = chief.name;
    ceo = await server.signIn(ceoEmail, { password: DEMO_PASSWORD });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('issues the scrutiny pack for a meeting, lists it as the server does, and its files stay frozen, at 1440 px', async () => {
    const { page, errors } = await open(browser, server, REPORTS, 1440, ceoEmail);
    await page.getByRole('heading', { level: 2, name: 'Issued packs' }).waitFor();
    await page.getByText('No pack has been issued yet.').waitFor();
    await page.getByRole('radio', { name: /Scrutiny committee/ }).check();
    const meeting = page.getByLabel('Meeting');
    await meeting.locator('option').nth(1).waitFor({ state: 'attached' });
    const heldOn = (await meeting.locator('option').nth(1).getAttribute('value'))!;
    await meeting.selectOption(heldOn);
    await page.getByLabel('Financial year').selectOption(PERIOD);
    await page.getByRole('button', { name: 'Issue for the meeting' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Issued version 1 of the scrutiny committee pack for ${PERIOD}` })
      .waitFor();

    // Listed as the server lists it: version, audience, year, meeting, who, the hashes.
    const [v1] = await listed();
    expect(v1).toMatchObject({ audience: 'scrutiny', version: 1, meetingDate: heldOn, issuedBy: ceoName });
    const entry = entryOf(page, `Scrutiny committee, ${PERIOD}, version 1`);
    await entry.waitFor();
    const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    await entry.getByText(day.format(new Date(`${heldOn}T00:00:00Z`)), { exact: true }).waitFor();
    await entry.getByText(`by ${ceoName}`).waitFor();
    await entry.getByText(v1!.contentSha256, { exact: true }).waitFor();
    const buttons = await entry.getByRole('button').allTextContents();
    expect(buttons.map((b) => b.replace(/\s*\([^()]*\)$/, ''))).toEqual(['Web page', 'PDF', 'Word', 'Excel', 'Data (.json)']);
    await entry.getByText('Each file’s hash (SHA-256)').click();
    for (const f of v1!.files) await entry.getByText(f.sha256, { exact: true }).waitFor();

    const pdf = await downloadFrom(page, entry, /^PDF/);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(sha256(pdf)).toBe(v1!.files.find((f) => f.format === 'pdf')!.sha256);
    const html = await downloadFrom(page, entry, /^Web page/);

    // The data changes and the pack is issued again: version 2 comes first; version 1 is as it was.
    const em = server.em();
    const suffolk = await em.findOneOrFail(Council, { gssCode: GSS });
    const priority = await em.findOneOrFail(Priority, { council: suffolk, period: PERIOD, level: 'CORPORATE' } as never, {
      orderBy: { id: 'asc' },
    });
    await em.nativeUpdate(Priority, { id: priority.id }, { name: `${priority.name} (renamed after issue)` });
    await page.getByRole('button', { name: 'Issue for the meeting' }).click();
    await page.getByRole('status').filter({ hasText: 'Issued version 2 of the scrutiny committee pack' }).waitFor();
    const headings = await page.locator('.issued__pack h3').allTextContents();
    expect(headings).toEqual([`Scrutiny committee, ${PERIOD}, version 2`, `Scrutiny committee, ${PERIOD}, version 1`]);
    const again = await downloadFrom(page, entryOf(page, `Scrutiny committee, ${PERIOD}, version 1`), /^Web page/);
    expect(again.equals(html)).toBe(true);
    expect(again.toString('utf8')).not.toContain('(renamed after issue)');
    const v2 = await downloadFrom(page, entryOf(page, `Scrutiny committee, ${PERIOD}, version 2`), /^Web page/);
    expect(v2.toString('utf8')).toContain('(renamed after issue)');

    await expectNoSidewaysScroll(page);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'reports-issued-1440');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 240_000);

  it('issues a portfolio holder’s pack with a typed meeting date on a phone, and says why a year cannot be issued', async () => {
    const { page, errors } = await open(browser, server, REPORTS, 390, ceoEmail);
    await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
    await page.getByRole('radio', { name: /Portfolio holder/ }).check();
    const portfolio = page.getByLabel('Portfolio', { exact: true });
    await portfolio.locator('option').first().waitFor({ state: 'attached' });
    const name = (await portfolio.locator('option').first().textContent())!;
    await page.getByLabel('Meeting date').fill('2025-03-04');
    await expect.poll(() => page.url()).toContain('meeting=2025-03-04');
    await page.getByLabel('Financial year').selectOption(PERIOD);
    await page.getByRole('button', { name: 'Issue for the meeting' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Issued version 1 of the portfolio holder pack for ${PERIOD}, for the meeting on 4 Mar 2025` })
      .waitFor();
    const entry = entryOf(page, `Portfolio holder (${name}), ${PERIOD}, version 1`);
    await entry.getByText('4 Mar 2025', { exact: true }).waitFor();
    const pack = (await listed()).find((p) => p.audience === 'portfolio')!;
    expect(pack).toMatchObject({ version: 1, meetingDate: '2025-03-04', issuedBy: ceoName });
    const docx = await downloadFrom(page, entry, /^Word/);
    expect(docx.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    expect(sha256(docx)).toBe(pack.files.find((f) => f.format === 'docx')!.sha256);
    await expectNoSidewaysScroll(page);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'reports-issued-390');

    // A year with nothing to report: the server's coded refusal, in words; nothing new is listed.
    const before = (await listed()).length;
    await page.getByLabel('Financial year').selectOption('2022-23');
    const [res] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/issue')),
      page.getByRole('button', { name: 'Issue for the meeting' }).click(),
    ]);
    expect(res.status()).toBe(404);
    const alert = page.getByRole('alert');
    await alert.getByText('There is no such pack').waitFor();
    await alert.getByText('Suffolk has no priorities or figures for 2022-23.').waitFor();
    await alert.getByText('Code: NOT_FOUND').waitFor();
    expect((await listed()).length).toBe(before);
    expect(await page.locator('.issued__pack').count()).toBe(before);
    await expectNoSidewaysScroll(page);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'reports-issued-refused-390');
    expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
    await page.context().close();
  }, 240_000);
});
