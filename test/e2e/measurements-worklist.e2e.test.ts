import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { Council, Indicator, IndicatorOwnership, Measurement, MeasurementStatus, Person } from '@goldenthread/db';
import { startTestServer, type TestServer } from '../testkit/index.js';
import { launchBrowser, screenshot, scrollTo, webDist } from './browser.js';
import { ADMIN, expectNoSidewaysScroll, giveAccounts, GSS, open, unexpected } from './governance.helpers.js';

// The measurements work lists (issue 17 defect 4) as a data owner (performance officer), a validator who
// also publishes (the MI-responsible manager, the demo's administrator) and an officer who may not validate:
// only the steps the server allows are offered; a saved draft joins "Awaiting validation" at once; a clash
// shows the figure already stored with keep mine / take theirs; each figure's history opens; several
// figures are validated or published at once, publishing only after a confirmation saying how many.
const PAGE = `/councils/${GSS}/measurements`;

describe('web app: the measurements work lists', () => {
  let server: TestServer;
  let browser: Browser;
  let owner: string;
  let plain: string;
  let ownIndicator: { id: number; title: string };
  let ownDrafts: number;
  let drafts: number;

  beforeAll(async () => {
    server = await startTestServer('sqlite', { seed: 'demo', webDist });
    const em = server.em();
    const council = await em.findOneOrFail(Council, { gssCode: GSS });
    let ownerships = await em.find(IndicatorOwnership, { council: council.id, dataOwner: { $ne: null } }, { orderBy: { id: 'asc' } });
    const ownerId = ownerships[0]!.dataOwner!.id;
    owner = (await em.findOneOrFail(Person, ownerId)).email!;
    // One who may not validate: an officer made the data owner of one national measure (which has no drafts),
    // so the view is theirs but none of the figures awaiting validation is.
    const owners = new Set(ownerships.map((o) => o.dataOwner!.id));
    const others = await em.find(Person, { council: council.id, email: { $ne: null, $nin: [ADMIN, owner] } }, { orderBy: { id: 'desc' } });
    const someone = others.find((p) => !owners.has(p.id) && p.kind === 'OFFICER')!;
    plain = someone.email!;
    const national = await em.find(IndicatorOwnership, { council: council.id, indicator: { framework: 'ASCOF' as never } }, { limit: 1 });
    national[0]!.dataOwner = em.getReference(Person, someone.id, { wrapped: true });
    await em.flush();
    ownerships = await em.find(IndicatorOwnership, { council: council.id, dataOwner: ownerId }, { refresh: true });
    const owned = ownerships.map((o) => o.indicator.id);
    const ind = await em.findOneOrFail(Indicator, { id: { $in: owned }, framework: 'LOCAL' as never }, { orderBy: { id: 'asc' } });
    ownIndicator = { id: ind.id, title: ind.title };
    const all = await em.find(Measurement, { council: council.id, status: MeasurementStatus.DRAFT, disaggregation: 'Total' });
    drafts = all.length;
    ownDrafts = all.filter((m) => owned.includes(m.indicator.id)).length;
    await giveAccounts(server, ADMIN, owner, plain);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const awaiting = (page: Page, name: 'Awaiting validation' | 'Awaiting publication') =>
    page.getByRole('region', { name: new RegExp(`^${name}`) });
  const count = async (page: Page, name: 'Awaiting validation' | 'Awaiting publication') =>
    Number(/\((\d+)\)/.exec((await awaiting(page, name).getByRole('heading', { level: 2 }).textContent()) ?? '')?.[1]);

  for (const width of [1440, 390]) {
    it(`offers Validate only on the figures each viewer may validate, at ${width} px`, async () => {
      // The data owner: a Validate button (and a box to choose) on their own indicators' drafts only.
      const a = await open(browser, server, PAGE, width, owner);
      const list = awaiting(a.page, 'Awaiting validation');
      await list.getByRole('table').waitFor();
      expect(await count(a.page, 'Awaiting validation')).toBe(drafts);
      await expect.poll(() => list.getByRole('button', { name: /^Validate .* for / }).count()).toBe(ownDrafts);
      expect(ownDrafts).toBeLessThan(drafts);
      expect(await list.getByRole('checkbox', { name: /^Choose .* for / }).count()).toBe(ownDrafts);
      // Nothing to publish for a data owner, and the list says who does.
      const pub = awaiting(a.page, 'Awaiting publication');
      await pub.getByText('You may not publish these figures').waitFor();
      expect(await pub.getByRole('button', { name: /^Publish / }).count()).toBe(0);
      await expectNoSidewaysScroll(a.page);
      await screenshot(a.page, `measurements-worklist-owner-${width}`);
      expect(unexpected(a.errors)).toEqual([]);
      await a.page.close();

      // The data owner of a national measure only: the figures, no buttons, and why.
      const b = await open(browser, server, PAGE, width, plain);
      const theirs = awaiting(b.page, 'Awaiting validation');
      await theirs.getByText('You may not validate these figures').waitFor();
      expect(await theirs.getByRole('button', { name: /^Validate/ }).count()).toBe(0);
      expect(await theirs.getByRole('checkbox').count()).toBe(0);
      expect(await theirs.getByRole('row').count()).toBeGreaterThan(1);
      await screenshot(b.page, `measurements-worklist-not-validator-${width}`);
      expect(unexpected(b.errors)).toEqual([]);
      await b.page.close();
    });
  }

  it('puts a saved draft in "Awaiting validation" at once, and shows the figure already stored on a clash', async () => {
    const { page, errors } = await open(browser, server, `${PAGE}/${gidOf('Indicator', ownIndicator.id)}`, 1440, owner);
    const before = await (async () => {
      await awaiting(page, 'Awaiting validation').getByRole('table').waitFor();
      return count(page, 'Awaiting validation');
    })();
    const form = page.getByRole('form', { name: `Enter a figure for ${ownIndicator.title}` });
    await form.getByLabel('Period').fill('2031-01');
    await form.getByLabel(/^Value/).fill('61.5');
    await form.getByRole('button', { name: 'Save as draft' }).click();
    await page.getByText(/Saved .* for 2031-01 as a draft \(version 1\)/).waitFor();
    await expect.poll(() => count(page, 'Awaiting validation')).toBe(before + 1);
    await awaiting(page, 'Awaiting validation')
      .getByRole('cell', { name: /^2031-01/ })
      .waitFor();

    // The same period again: the stored figure is shown (61.5, draft), with keep mine / take theirs.
    await form.getByLabel('Period').fill('2031-01');
    await form.getByLabel(/^Value/).fill('64');
    await form.getByRole('button', { name: 'Save as draft' }).click();
    const storedNow = page.getByRole('region', { name: 'The figure stored for 2031-01' });
    await storedNow.getByText('61.5').waitFor();
    const panel = page.getByRole('region', { name: /^2031-01 already has a figure/ });
    await panel.getByText('Theirs:').first().waitFor();
    await scrollTo(panel);
    await screenshot(page, 'measurements-clash-1440');
    await panel.getByRole('button', { name: 'Keep mine' }).click();
    await page.getByText(/Saved .* for 2031-01 as a draft \(version 2\)/).waitFor();
    const m = await server.em().findOneOrFail(Measurement, { indicator: ownIndicator.id, period: '2031-01' });
    expect([m.value, m.version, m.status]).toEqual([64, 2, MeasurementStatus.DRAFT]);

    // Take theirs puts the stored figure in the form and stores nothing.
    await form.getByLabel('Period').fill('2031-01');
    await form.getByLabel(/^Value/).fill('70');
    await form.getByRole('button', { name: 'Save as draft' }).click();
    await page
      .getByRole('region', { name: /^2031-01 already has a figure/ })
      .getByRole('button', { name: 'Take theirs' })
      .click();
    await expect.poll(() => form.getByLabel(/^Value/).inputValue()).toBe('64');
    expect((await server.em().findOneOrFail(Measurement, { indicator: ownIndicator.id, period: '2031-01' })).version).toBe(2);

    // Each figure's history opens in the work list.
    const row = awaiting(page, 'Awaiting validation').getByRole('row').filter({ hasText: '2031-01' });
    await row.getByText(/^History \(2\)/).click();
    await row.getByText(/^v1 · Entered · 61\.5/).waitFor();
    await row.getByText(/^v2 · Changed · 64/).waitFor();
    await scrollTo(row);
    await screenshot(page, 'measurements-history-1440');
    expect(unexpected(errors)).toEqual([]);
    await page.close();
  });

  for (const width of [1440, 390]) {
    it(`validates several figures at once, and publishes them only after confirming how many become public, at ${width} px`, async () => {
      const { page, errors } = await open(browser, server, PAGE, width, ADMIN);
      const list = awaiting(page, 'Awaiting validation');
      await list.getByRole('table').waitFor();
      const pick = list.getByRole('checkbox', { name: /^Choose .* for / });
      await expect.poll(() => pick.count()).toBeGreaterThan(1);
      await pick.nth(0).check();
      await pick.nth(1).check();
      await list.getByRole('button', { name: 'Validate 2 chosen' }).click();
      await list.getByText('2 figures are now validated.').waitFor();

      const pub = awaiting(page, 'Awaiting publication');
      const choose = pub.getByRole('checkbox', { name: /^Choose .* for / });
      await expect.poll(() => choose.count()).toBeGreaterThan(2);
      const published = () => server.em().fork().count(Measurement, { status: MeasurementStatus.PUBLISHED });
      const before = await published();
      await choose.nth(0).check();
      await choose.nth(1).check();
      await choose.nth(2).check();
      await pub.getByRole('button', { name: 'Publish 3 chosen' }).click();
      const dialog = page.getByRole('dialog', { name: 'Publish 3 figures?' });
      await dialog.getByText(/They become public at once/).waitFor();
      await expectNoSidewaysScroll(page);
      await screenshot(page, `measurements-publish-confirm-${width}`);
      // Cancel publishes nothing.
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await dialog.waitFor({ state: 'detached' });
      expect(await published()).toBe(before);
      await pub.getByRole('button', { name: 'Publish 3 chosen' }).click();
      await page.getByRole('dialog', { name: 'Publish 3 figures?' }).getByRole('button', { name: 'Publish 3 figures' }).click();
      await pub.getByText('3 figures are now published.').waitFor();
      expect(await published()).toBe(before + 3);
      await scrollTo(pub);
      await screenshot(page, `measurements-published-${width}`);
      expect(unexpected(errors)).toEqual([]);
      await page.close();
    });
  }
});

function gidOf(type: string, id: number): string {
  return Buffer.from(`${type}:${id}`).toString('base64url');
}
