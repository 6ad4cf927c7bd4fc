import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { Council, Directorate, Indicator, IndicatorFramework, Person, PersonKind, Service } from '@goldenthread/db';
import { startTestServer, type TestServer } from '../testkit/index.js';
import { axeViolations } from './axe.js';
import { launchBrowser, screenshot, webDist, scrollTo } from './browser.js';
import { ADMIN, expectNoSidewaysScroll, giveAccounts, GSS, open } from './governance.helpers.js';

// An administrator creates a local indicator, names its data owner (the DATA_OWNER_MISSING finding it
// raised disappears from the Findings view without a reload), makes a comparator group of three
// councils found by search and deletes the indicator; the server's state is checked after each. An
// ordinary officer sees the same pages with no button to change anything.
const TITLE = 'Carers assessed within 28 days';
const CODE = 'L-CARERS-01';
const GROUP = 'Eastern neighbours';
const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');
const missing = (title: string) => `The indicator "${title}" is in use but has no data owner`;

describe('web app: editing indicators, their owners and comparator groups', () => {
  let server: TestServer;
  let browser: Browser;
  let councilId: string;
  let officer: string;
  let owner: { name: string; id: string };
  let picks: string[];
  let local: string;

  beforeAll(async () => {
    server = await startTestServer('sqlite', { seed: 'demo', webDist });
    const em = server.em();
    const council = await em.findOneOrFail(Council, { gssCode: GSS });
    councilId = gid('Council', council.id);
    const people = await em.find(
      Person,
      { council: council.id, kind: PersonKind.OFFICER, email: { $ne: null } },
      { orderBy: { id: 'desc' } },
    );
    const managers = new Set(people.map((p) => p.lineManager?.id));
    const owners = new Set((await em.find(Service, { council: council.id })).map((s) => s.accountableOwner?.id));
    const directors = new Set((await em.find(Directorate, { council: council.id })).map((d) => d.director?.id));
    const plain = people.filter((p) => !managers.has(p.id) && !owners.has(p.id) && !directors.has(p.id) && p.email !== ADMIN);
    officer = plain[0]!.email!;
    // A data owner whose name no one else in the council shares.
    const names = people.map((p) => p.name);
    const o = plain.slice(1).find((p) => names.filter((n) => n.toLowerCase().includes(p.name.toLowerCase())).length === 1)!;
    owner = { name: o.name, id: gid('Person', o.id) };
    // Three councils each found alone by its name.
    const councils = (await em.find(Council, { current: true, id: { $ne: council.id } }, { orderBy: { name: 'asc' } })).map((c) => c.name);
    picks = councils.filter((n) => councils.filter((m) => m.toLowerCase().includes(n.toLowerCase())).length === 1).slice(0, 3);
    // One of the demo council's own local indicators: the administrator may change it, the officer may not.
    const own = await em.findOneOrFail(Indicator, { framework: IndicatorFramework.LOCAL, council: council.id }, { orderBy: { id: 'asc' } });
    local = gid('Indicator', own.id);
    await giveAccounts(server, ADMIN, officer);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const api = async (query: string, variables: Record<string, unknown>) => {
    const me = await server.signIn(ADMIN, { password: 'golden-thread-demo' });
    const r = await me.gql(query, variables);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return r.data;
  };
  const axeClean = async (page: Page) => expect(await axeViolations(page)).toEqual([]);
  const nav = (page: Page, name: string) =>
    page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name, exact: true }).click();

  it('lets an administrator create a local indicator, name its data owner, make a comparator group and delete the indicator', async () => {
    const { page, errors } = await open(browser, server, `/councils/${GSS}/indicators`, 1440, ADMIN);
    await page.getByRole('link', { name: 'New local indicator' }).click();
    const form = page.getByRole('form', { name: 'A new local indicator' });
    // The server's refusal lands on its field: no code yet.
    await form.getByRole('button', { name: 'Create the indicator' }).click();
    await expect.poll(() => form.getByLabel('Code').getAttribute('aria-invalid')).toBe('true');
    await form
      .locator('.field__error')
      .filter({ hasText: /must not be empty/ })
      .first()
      .waitFor();
    await form.getByLabel('Code').fill(CODE);
    await form.getByLabel('Title').fill(TITLE);
    await form.getByLabel('Unit').fill('%');
    await form.getByLabel('How often').selectOption('QUARTERLY');
    await form.getByLabel('Title').press('Enter');
    const details = page.getByRole('region', { name: TITLE });
    await details.getByText(/Nobody named: nobody is answerable/).waitFor();
    await axeClean(page);
    await screenshot(page, 'indicator-editing-created-1440');

    // The new indicator is in use with no data owner: a finding says so.
    await nav(page, 'Findings');
    await page.getByText(missing(TITLE)).waitFor();
    await page.goBack();

    // Name its data owner from a search of the council's people, from the keyboard.
    await details.getByRole('button', { name: 'Name the data owner and manager' }).click();
    const owners = page.getByRole('form', { name: 'Who answers for it' });
    await owners.getByLabel('Find the data owner').fill(owner.name);
    await expect.poll(() => owners.getByLabel('Data owner', { exact: true }).inputValue()).toBe(owner.id);
    await owners.getByRole('button', { name: 'Save who answers for it' }).focus();
    await page.keyboard.press('Enter');
    await owners.waitFor({ state: 'detached' });
    await details.getByRole('definition').filter({ hasText: owner.name }).waitFor();
    await page
      .getByRole('list', { name: 'Indicators' })
      .getByRole('listitem')
      .filter({ hasText: TITLE })
      .getByText(`data owner: ${owner.name}`)
      .waitFor();

    // Edit the definition: the server's refusal lands on its field (a band needs both ends), then it saves.
    await details.getByRole('button', { name: 'Edit the definition' }).click();
    const edit = page.getByRole('form', { name: `Edit “${TITLE}”` });
    await edit.getByLabel('Definition').fill('Carers whose assessment began within 28 days of asking, of all carers assessed.');
    await edit.getByLabel('Which way is better').selectOption('WITHIN_BAND');
    await edit.getByLabel('Band from').fill('80');
    await edit.getByRole('button', { name: 'Save the changes' }).click();
    await expect.poll(() => edit.getByLabel('Band from').getAttribute('aria-invalid')).toBe('true');
    await edit
      .locator('.field__error')
      .filter({ hasText: /needs bandLow and bandHigh/ })
      .waitFor();
    await edit.getByLabel('Which way is better').selectOption('HIGHER_IS_BETTER');
    await edit.getByRole('button', { name: 'Save the changes' }).click();
    await edit.waitFor({ state: 'detached' });
    await details.getByText(/began within 28 days of asking/).waitFor();

    // The finding is gone from the Findings view, without a reload.
    await nav(page, 'Findings');
    await page
      .getByText(/is in use but has no data owner|in use but its data owner/)
      .first()
      .waitFor();
    await expect.poll(() => page.getByText(missing(TITLE)).count()).toBe(0);
    const q = `query($c: ID!) { accountabilityFindings(councilId: $c, codes: ["DATA_OWNER_MISSING"]) { message } }`;
    const left = (await api(q, { c: councilId })).accountabilityFindings.map((f: any) => f.message);
    expect(left.some((m: string) => m.includes(TITLE))).toBe(false);

    // A comparator group of three councils found by search (Enter adds the only match).
    await nav(page, 'Indicators');
    await page.getByRole('navigation', { name: 'Indicators' }).getByRole('link', { name: 'Comparator groups' }).click();
    await page.getByRole('button', { name: 'New comparator group' }).click();
    const gf = page.getByRole('form', { name: 'A new comparator group' });
    await gf.getByLabel('Name').fill(GROUP);
    for (const name of picks) {
      await gf.getByLabel('Find a council').fill(name);
      await gf.getByText('1 of').waitFor();
      await gf.getByLabel('Find a council').press('Enter');
      await gf.getByRole('list', { name: 'Chosen councils' }).getByText(name).waitFor();
    }
    await gf.getByLabel('Find a council').fill(picks[0]!.slice(0, 3));
    await axeClean(page);
    await screenshot(page, 'indicator-editing-group-form-1440');
    await gf.getByRole('button', { name: 'Create the group' }).click();
    const made = page.getByRole('list', { name: 'The council’s comparator groups' }).getByRole('listitem', { name: GROUP });
    await made.getByText(`3 councils: ${[...picks].sort((a, b) => a.localeCompare(b)).join(', ')}`).waitFor();
    const groups = (await api(`query($c: ID!) { comparatorGroups(councilId: $c) { name members { name } } }`, { c: councilId }))
      .comparatorGroups;
    expect(
      groups
        .find((g: any) => g.name === GROUP)
        .members.map((m: any) => m.name)
        .sort(),
    ).toEqual([...picks].sort());
    await expectNoSidewaysScroll(page);

    // Another group, deleted after confirming.
    await page.getByRole('button', { name: 'New comparator group' }).click();
    const second = page.getByRole('form', { name: 'A new comparator group' });
    await second.getByLabel('Name').fill('To go');
    await second.getByLabel('Find a council').fill(picks[0]!);
    await second.getByLabel('Find a council').press('Enter');
    await second.getByRole('button', { name: 'Create the group' }).click();
    const doomed = page.getByRole('list', { name: 'The council’s comparator groups' }).getByRole('listitem', { name: 'To go' });
    await doomed.getByRole('button', { name: 'Delete “To go”' }).click();
    await doomed.getByRole('button', { name: 'Yes, delete it' }).click();
    await doomed.waitFor({ state: 'detached' });

    // At 390 px the groups and the indicator fit the phone.
    await page.setViewportSize({ width: 390, height: 844 });
    await scrollTo(made);
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'indicator-editing-groups-390');

    // Delete the indicator, confirming first.
    await page.getByRole('navigation', { name: 'Indicators' }).getByRole('link', { name: 'Indicators and owners' }).click();
    await page.getByLabel('Find an indicator').fill(CODE);
    await page
      .getByRole('list', { name: 'Indicators' })
      .getByRole('link', { name: new RegExp(TITLE) })
      .click();
    await details.getByRole('button', { name: 'Delete the indicator' }).click();
    const confirm = page.getByRole('group', { name: 'Confirm: Delete the indicator' });
    await expect
      .poll(() => confirm.getByRole('button', { name: 'Yes, delete it' }).evaluate((b) => b === document.activeElement))
      .toBe(true);
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'indicator-editing-delete-390');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Choose an indicator' }).waitFor();
    await page.getByText('0 indicators').waitFor();
    const ids = (
      await api(`query($c: ID!) { indicators(first: 500, filter: { councilId: $c, framework: LOCAL }) { nodes { code } } }`, {
        c: councilId,
      })
    ).indicators.nodes.map((n: any) => n.code);
    expect(ids).not.toContain(CODE);
    await axeClean(page);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('offers an ordinary officer no button to change indicators, owners or comparator groups', async () => {
    const { page, errors } = await open(browser, server, `/councils/${GSS}/indicators/${local}`, 390, officer);
    await page
      .getByRole('region')
      .getByText(/Data owner/)
      .first()
      .waitFor();
    await page.waitForLoadState('networkidle');
    for (const name of ['Name the data owner and manager', 'Edit the definition', 'Delete the indicator'])
      expect(await page.getByRole('button', { name }).count(), name).toBe(0);
    expect(await page.getByRole('link', { name: 'New local indicator' }).count()).toBe(0);
    await expectNoSidewaysScroll(page);
    await axeClean(page);
    await screenshot(page, 'indicator-editing-officer-390');
    await page.getByRole('link', { name: 'Comparator groups' }).click();
    await page.getByRole('heading', { name: 'Every council’s groups' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('button', { name: 'New comparator group' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^(Change|Delete) / }).count()).toBe(0);
    await axeClean(page);
    await page.setViewportSize({ width: 1440, height: 900 });
    await screenshot(page, 'indicator-editing-officer-groups-1440');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
