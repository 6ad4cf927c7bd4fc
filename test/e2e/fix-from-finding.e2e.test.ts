import { beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { Council, Directorate, Person, PersonKind, Service } from '@goldenthread/db';
import type { Client } from '../testkit/index.js';
import { axeViolations } from './axe.js';
import { DEMO_PASSWORD, screenshot, scrollTo } from './browser.js';
import { ADMIN, demoServer, expectNoSidewaysScroll, giveAccounts, GSS, open, unexpected } from './governance.helpers.js';

// "Fix from the finding" (issue 16): the demo council's administrator clears every UNOWNED_SERVICE and
// DATA_OWNER_MISSING finding from the Findings view itself: each card offers the fix it describes (an owner
// prefilled with the person the finding suggests; a data owner), asks before it writes, and the finding goes
// without a reload; the health check's "checks that find nothing wrong" then counts more. An ordinary officer
// sees the same findings with no fix buttons.
const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');
const FINDINGS =
  'query($c: ID!) { accountabilityFindings(councilId: $c) { code message nodes { id type name } suggestedPerson { id name } } }';
const HEALTH =
  'query($c: ID!, $p: String!) { leadershipHealthCheck(councilId: $c, period: $p) ' +
  '{ habits { key evidence { key text numerator denominator } } } }';
const HISTORY = `query($c: ID!) { leadershipHealthCheckHistory(councilId: $c) { period } }`;
const FIX_BUTTONS = ['Make owner', 'Change owner', 'Name the data owner', 'Name who is responsible', 'Record a communication'];

interface ApiFinding {
  code: string;
  message: string;
  nodes: Array<{ id: string; type: string; name: string }>;
  suggestedPerson: { id: string; name: string } | null;
}

describe('web app: fixing a finding from the Findings view', () => {
  const env = demoServer();
  let admin: Client;
  let councilId: string;
  let officer: string;
  /** An active manager with a name nobody else in the council shares: an owner when the finding suggests nobody. */
  let manager: { id: string; name: string };
  let period: string;

  beforeAll(async () => {
    const em = env.server.em();
    const council = await em.findOneOrFail(Council, { gssCode: GSS });
    councilId = gid('Council', council.id);
    const people = await em.find(Person, { council: council.id, kind: PersonKind.OFFICER }, { orderBy: { id: 'asc' } });
    const managers = new Set(people.map((p) => p.lineManager?.id));
    const owners = new Set((await em.find(Service, { council: council.id })).map((s) => s.accountableOwner?.id));
    const directors = new Set((await em.find(Directorate, { council: council.id })).map((d) => d.director?.id));
    const plain = people.filter((p) => p.email && !managers.has(p.id) && !owners.has(p.id) && !directors.has(p.id) && p.email !== ADMIN);
    officer = plain.at(-1)!.email!;
    const unique = (name: string) => people.filter((p) => p.name.toLowerCase().includes(name.toLowerCase())).length === 1;
    const m = people.find((p) => !p.leftOn && managers.has(p.id) && /Manager/.test(p.jobTitle ?? '') && unique(p.name))!;
    manager = { id: gid('Person', m.id), name: m.name };
    await giveAccounts(env.server, ADMIN, officer);
    admin = await env.server.signIn(ADMIN, { password: DEMO_PASSWORD });
    const history = await admin.gql(HISTORY, { c: councilId });
    expect(history.errors).toBeUndefined();
    period = history.data.leadershipHealthCheckHistory.at(-1).period;
  });

  const findings = async (code: string): Promise<ApiFinding[]> => {
    const res = await admin.gql(FINDINGS, { c: councilId });
    expect(res.errors).toBeUndefined();
    return res.data.accountabilityFindings.filter((f: ApiFinding) => f.code === code);
  };
  /** The health check's figure that counts the checks finding nothing wrong (H8), as the API gives it. */
  const checksClear = async (): Promise<{ text: string; numerator: number }> => {
    const res = await admin.gql(HEALTH, { c: councilId, p: period });
    expect(res.errors).toBeUndefined();
    const h8 = res.data.leadershipHealthCheck.habits.find((a: { key: string }) => a.key === 'H8_REVIEW_ARRANGEMENTS');
    return h8.evidence.find((e: { key: string }) => e.key === 'checksClear');
  };
  const cards = (page: Page) => page.getByRole('list', { name: 'Findings' }).locator('li.finding-card');
  const cardOf = (page: Page, message: string): Locator => cards(page).filter({ hasText: message });
  const showOnly = async (page: Page, code: string) => {
    await page.getByLabel('Kind of finding').selectOption(code);
    await expect.poll(() => page.url()).toContain(`code=${code}`);
  };

  it('offers an ordinary officer the same findings with no fix buttons, at 390 and 1440 px', async () => {
    const [unowned] = await findings('UNOWNED_SERVICE');
    const [ownerless] = await findings('DATA_OWNER_MISSING');
    expect(unowned && ownerless).toBeTruthy();
    for (const width of [390, 1440]) {
      const { page, errors } = await open(env.browser, env.server, `/councils/${GSS}/findings`, width, officer);
      await cardOf(page, unowned!.message).waitFor();
      await cards(page)
        .filter({ hasText: /has not been communicated back|no communication about it is recorded/ })
        .first()
        .waitFor();
      await cardOf(page, ownerless!.message).waitFor();
      // The records' permissions have been asked (the query of the fixes' targets) before the buttons are counted.
      await page.waitForLoadState('networkidle');
      for (const name of FIX_BUTTONS) expect(await page.getByRole('button', { name }).count(), name).toBe(0);
      await expectNoSidewaysScroll(page);
      await screenshot(page, `fix-from-finding-officer-${width}`);
      expect(unexpected(errors)).toEqual([]);
      await page.context().close();
    }
  });

  it("offers the same fix on the explorer's side panel, prefilled with the person the finding suggests", async () => {
    const f = (await findings('UNOWNED_SERVICE')).find((x) => x.suggestedPerson)!;
    expect(f).toBeTruthy();
    const service = f.nodes.find((x) => x.type === 'Service')!;
    const { page, errors } = await open(env.browser, env.server, `/councils/${GSS}/explorer/${service.id}`, 1440, ADMIN);
    const panel = page.locator('aside.details');
    await panel.getByRole('heading', { level: 2, name: service.name }).waitFor();
    await panel.getByRole('button', { name: 'Make owner' }).click();
    const select = panel
      .getByRole('form', { name: `Accountable owner of ${service.name}` })
      .getByLabel('Accountable owner', { exact: true });
    await expect.poll(() => select.locator('option').count()).toBeGreaterThan(10);
    await expect.poll(() => select.inputValue()).toBe(f.suggestedPerson!.id);
    await screenshot(page, 'fix-from-finding-explorer-prefilled-1440');
    await panel.getByRole('button', { name: 'Cancel' }).click();
    expect((await findings('UNOWNED_SERVICE')).some((x) => x.message === f.message)).toBe(true);
    expect(unexpected(errors)).toEqual([]);
    await page.context().close();
  });

  it("lets an administrator clear the demo council's UNOWNED_SERVICE and DATA_OWNER_MISSING findings without a reload", async () => {
    const before = await checksClear();
    const unowned = await findings('UNOWNED_SERVICE');
    const ownerless = await findings('DATA_OWNER_MISSING');
    expect(unowned.length).toBeGreaterThan(0);
    expect(ownerless.length).toBeGreaterThan(0);

    const { page, errors } = await open(env.browser, env.server, `/councils/${GSS}/findings`, 1440, ADMIN);
    await page.getByRole('heading', { level: 1, name: 'Findings' }).waitFor();
    await cards(page).first().waitFor();
    // Marks the document: a reload would lose the mark.
    await page.evaluate(() => Object.assign(window, { gtNoReload: true }));
    await showOnly(page, 'UNOWNED_SERVICE');

    for (const [n, f] of unowned.entries()) {
      const service = f.nodes.find((x) => x.type === 'Service')!;
      const card = cardOf(page, f.message);
      await card.getByRole('button', { name: 'Make owner' }).click();
      const form = card.getByRole('form', { name: `Accountable owner of ${service.name}` });
      const select = form.getByLabel('Accountable owner', { exact: true });
      await expect.poll(() => select.locator('option').count()).toBeGreaterThan(10);
      const owner = f.suggestedPerson ?? manager;
      if (f.suggestedPerson) await expect.poll(() => select.inputValue()).toBe(f.suggestedPerson.id);
      else {
        expect(await select.inputValue()).toBe('');
        await form.getByLabel('Search: accountable owner').fill(owner.name);
        await expect.poll(() => select.inputValue()).toBe(owner.id);
      }
      // Nothing is written before the question is answered.
      await form.getByRole('button', { name: 'Make owner' }).click();
      await form.getByText(`Make ${owner.name} the one person who answers for ${service.name}’s performance?`).waitFor();
      expect((await findings('UNOWNED_SERVICE')).length).toBe(unowned.length - n);
      if (n === 0) {
        expect(await axeViolations(page, { include: '.finding-list' })).toEqual([]);
        await screenshot(page, 'fix-from-finding-owner-confirm-1440');
      }
      await form.getByRole('button', { name: 'Yes, make them owner' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `${owner.name} now answers for ${service.name}.` })
        .waitFor();
      await card.waitFor({ state: 'detached' });
    }
    await page.getByText('Nothing matches these filters.').waitFor();
    expect(await findings('UNOWNED_SERVICE')).toEqual([]);
    await screenshot(page, 'fix-from-finding-owners-done-1440');

    // The data owners, on a phone.
    await page.setViewportSize({ width: 390, height: 844 });
    await showOnly(page, 'DATA_OWNER_MISSING');
    for (const [n, f] of ownerless.entries()) {
      const indicator = f.nodes.find((x) => x.type === 'Indicator')!;
      const card = cardOf(page, f.message);
      await card.getByRole('button', { name: 'Name the data owner' }).click();
      const form = card.getByRole('form', { name: 'Who answers for it' });
      await form.getByRole('heading', { name: `Who answers for “${indicator.name}”` }).waitFor();
      const select = form.getByLabel('Data owner', { exact: true });
      await expect.poll(() => select.locator('option').count()).toBeGreaterThan(10);
      await form.getByLabel('Find the data owner').fill(manager.name);
      await expect.poll(() => select.inputValue()).toBe(manager.id);
      await form.getByRole('button', { name: 'Save who answers for it' }).click();
      await form.getByText(`Make ${manager.name} answerable for the accuracy of “${indicator.name}”’s figures?`).waitFor();
      expect((await findings('DATA_OWNER_MISSING')).length).toBe(ownerless.length - n);
      if (n === 0) {
        await scrollTo(form.getByRole('button', { name: 'Yes, save who answers for it' }));
        await expectNoSidewaysScroll(page);
        expect(await axeViolations(page, { include: '.finding-list' })).toEqual([]);
        await screenshot(page, 'fix-from-finding-data-owner-confirm-390');
      }
      await form.getByRole('button', { name: 'Yes, save who answers for it' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `${manager.name} is now the data owner of “${indicator.name}”.` })
        .waitFor();
      await card.waitFor({ state: 'detached' });
    }
    await page.getByText('Nothing matches these filters.').waitFor();
    expect(await findings('DATA_OWNER_MISSING')).toEqual([]);
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'fix-from-finding-data-owners-done-390');

    // The health check counts more checks finding nothing wrong, shown when the board is opened from the navigation.
    const after = await checksClear();
    expect(after.numerator).toBeGreaterThan(before.numerator);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Health check' }).click();
    const toggle = page.locator('[data-key="H8_REVIEW_ARRANGEMENTS"] button.hc-card__toggle');
    await toggle.click();
    await page.locator('[data-key="H8_REVIEW_ARRANGEMENTS"]').getByText(after.text, { exact: true }).waitFor();
    expect(after.text).not.toBe(before.text);
    await screenshot(page, 'fix-from-finding-health-check-1440');
    expect(await page.evaluate(() => (window as unknown as { gtNoReload?: boolean }).gtNoReload)).toBe(true);
    expect(unexpected(errors)).toEqual([]);
    await page.context().close();
  });

  it('lets an administrator record the communication a NOT_COMMUNICATED finding asks for, asked first', async () => {
    const untold = async () => {
      const res = await admin.gql(
        `query($c: ID!, $p: String!) { goldenThread(councilId: $c, period: $p) { findings { code message nodes { id type name } } } }`,
        { c: councilId, p: '2024-25' },
      );
      expect(res.errors).toBeUndefined();
      return (res.data.goldenThread.findings as ApiFinding[]).filter(
        (f) => f.code === 'NOT_COMMUNICATED' && f.nodes.length === 1 && f.nodes[0]!.type === 'Priority',
      );
    };
    const [f] = await untold();
    expect(f).toBeTruthy();
    const priority = f!.nodes[0]!;
    const { page, errors } = await open(
      env.browser,
      env.server,
      `/councils/${GSS}/findings?code=NOT_COMMUNICATED&period=2024-25`,
      390,
      ADMIN,
    );
    const card = cardOf(page, f!.message);
    await card.getByRole('button', { name: 'Record a communication' }).click();
    const form = card.getByRole('form', { name: 'Record a communication' });
    await form.getByLabel('How (channel)').fill('Staff briefing');
    await form.getByLabel('Who was told (staff group)').fill('All staff of the directorate');
    await form.getByRole('button', { name: 'Record it' }).click();
    await form.getByText(`Record that people were told about “${priority.name}”?`).waitFor();
    expect((await untold()).some((x) => x.nodes[0]!.id === priority.id)).toBe(true);
    await scrollTo(form.getByRole('button', { name: 'Yes, record it' }));
    await expectNoSidewaysScroll(page);
    expect(await axeViolations(page, { include: '.finding-list' })).toEqual([]);
    await screenshot(page, 'fix-from-finding-communication-confirm-390');
    await form.getByRole('button', { name: 'Yes, record it' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Recorded the communication about “${priority.name}”.` })
      .waitFor();
    await card.waitFor({ state: 'detached' });
    expect((await untold()).some((x) => x.nodes[0]!.id === priority.id)).toBe(false);
    expect(unexpected(errors)).toEqual([]);
    await page.context().close();
  });
});
