import { beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { Council, Directorate, Person, PersonKind, Service } from '@goldenthread/db';
import type { Client } from '../testkit/index.js';
import { axeViolations } from './axe.js';
import { DEMO_PASSWORD, screenshot, scrollTo } from './browser.js';
import { ADMIN, demoServer, expectNoSidewaysScroll, giveAccounts, GSS, open, unexpected } from './governance.helpers.js';

// Targets from the indicator's page (issue 16): the demo council's administrator sets a target of an indicator, changes
// its tolerance, links it to a priority and unlinks it, each reflected in the API; an officer who answers for nothing
// sees the council's targets with none of the buttons.
const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');
const TARGETS = `query($c: ID!, $i: ID) { targets(councilId: $c, indicatorId: $i) { id period value tolerance version
  service { id } priorities { id name } } }`;
const BUTTONS = ['Set a target', 'Change', 'Delete', 'Link to a priority', 'Unlink'];

describe("web app: an indicator's targets on its page", () => {
  const env = demoServer();
  let admin: Client;
  let councilId: string;
  let officer: string;
  let indicator: { id: string; title: string };

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
    await giveAccounts(env.server, ADMIN, officer);
    admin = await env.server.signIn(ADMIN, { password: DEMO_PASSWORD });
    const res = await admin.gql('{ indicator(framework: ASCOF, code: "2A2") { id title } }');
    expect(res.errors).toBeUndefined();
    indicator = res.data.indicator;
  });

  const stored = async () => {
    const r = await admin.gql(TARGETS, { c: councilId, i: indicator.id });
    expect(r.errors).toBeUndefined();
    return r.data.targets as Array<{ id: string; period: string; value: number; tolerance: number | null; priorities: { id: string }[] }>;
  };
  const section = (page: Page): Locator => page.getByRole('region', { name: 'Targets' });
  const openPage = async (width: number, as: string) => {
    const opened = await open(env.browser, env.server, `/councils/${GSS}/indicator/${indicator.id}`, width, as);
    await opened.page.getByRole('heading', { level: 1, name: indicator.title }).waitFor();
    await section(opened.page).waitFor();
    return opened;
  };

  it('lets an administrator set, change, link and unlink a target, at 1440 and 390 px', async () => {
    const before = await stored();
    const { page, errors } = await openPage(1440, ADMIN);
    const targets = section(page);
    await targets.getByRole('button', { name: 'Set a target' }).click();
    let form = targets.getByRole('form', { name: `A new target of “${indicator.title}”` });
    expect(await form.getByLabel('Year').inputValue()).toBe('2024-25');
    await form.getByLabel('Target value').fill('7.5');
    await form.getByLabel('Tolerance').fill('-1');
    await form.getByRole('button', { name: 'Set the target' }).click();
    // The server's refusal is shown on the field, and nothing is written.
    await form.locator('.field__error').first().waitFor();
    expect((await stored()).length).toBe(before.length);
    await form.getByLabel('Tolerance').fill('');
    await form.getByRole('button', { name: 'Set the target' }).click();
    await targets
      .getByRole('status')
      .filter({ hasText: `The 2024-25 target of ${indicator.title} for the council as a whole is 7.5.` })
      .waitFor();
    const made = (await stored()).find((t) => t.period === '2024-25' && t.value === 7.5)!;
    expect(made).toBeTruthy();
    const what = '2024-25 for the council as a whole: 7.5';
    const row = targets.getByRole('listitem', { name: `Target ${what}` });
    await row.waitFor();

    // Changed: a tolerance.
    await row.getByRole('button', { name: `Change the target ${what}` }).click();
    form = row.getByRole('form', { name: `Change the target ${what}` });
    await form.getByLabel('Tolerance').fill('0.5');
    await form.getByRole('button', { name: 'Save the target' }).click();
    await expect.poll(async () => (await stored()).find((t) => t.id === made.id)?.tolerance).toBe(0.5);
    await row.getByText('(± 0.5)').waitFor();

    // Linked to a priority of its year, asked first.
    await row.getByRole('button', { name: `Link to a priority: the target ${what}` }).click();
    form = row.getByRole('form', { name: `Link the target ${what} to a priority` });
    const select = form.getByLabel('Priority of 2024-25');
    await expect.poll(() => select.locator('option').count()).toBeGreaterThan(1);
    await select.selectOption({ index: 1 });
    const priority = (await select.locator('option:checked').textContent())!;
    await form.getByRole('button', { name: 'Link it' }).click();
    await form.getByText(`Link the target ${what} to “${priority}”, so it measures it?`).waitFor();
    expect((await stored()).find((t) => t.id === made.id)!.priorities).toEqual([]);
    expect(await axeViolations(page, { include: '.card' })).toEqual([]);
    await screenshot(page, 'indicator-targets-link-confirm-1440');
    await form.getByRole('button', { name: 'Yes, link it' }).click();
    await row.getByText(`Measures “${priority}”`).waitFor();
    await form.waitFor({ state: 'detached' });
    expect((await stored()).find((t) => t.id === made.id)!.priorities.length).toBe(1);

    // On a phone: unlinked again, asked first.
    await page.setViewportSize({ width: 390, height: 844 });
    const unlink = row.getByRole('button', { name: `Unlink “${priority}” from the target ${what}` });
    await scrollTo(unlink);
    await unlink.click();
    await row.getByRole('button', { name: 'Yes, unlink it' }).click();
    await targets
      .getByRole('status')
      .filter({ hasText: `no longer measures “${priority}”` })
      .waitFor();
    expect((await stored()).find((t) => t.id === made.id)!.priorities).toEqual([]);
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'indicator-targets-390');
    expect(unexpected(errors)).toEqual([]);
    await page.context().close();
  });

  it('shows an ordinary officer the targets with none of the buttons', async () => {
    expect((await stored()).length).toBeGreaterThan(0);
    for (const width of [1440, 390]) {
      const { page, errors } = await openPage(width, officer);
      await section(page).getByRole('listitem').first().waitFor();
      await page.waitForLoadState('networkidle');
      for (const name of BUTTONS) expect(await section(page).getByRole('button', { name, exact: false }).count(), name).toBe(0);
      await expectNoSidewaysScroll(page);
      await screenshot(page, `indicator-targets-officer-${width}`);
      expect(unexpected(errors)).toEqual([]);
      await page.context().close();
    }
  });
});
