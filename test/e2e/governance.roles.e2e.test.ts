import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../testkit/index.js';
import { launchBrowser, webDist } from './browser.js';
import { ADMIN, expectNoSidewaysScroll, GSS, giveAccounts, gov, open, shoot, unexpected } from './governance.helpers.js';

const iso = (d: Date) => d.toISOString().slice(0, 10);
const today = new Date();
const TODAY = iso(today);
const YESTERDAY = iso(new Date(today.getTime() - 86_400_000));
const MONTH_AGO = iso(new Date(today.getTime() - 30 * 86_400_000));
const WEEKS_AGO = iso(new Date(today.getTime() - 20 * 86_400_000));
const LONG_AGO = iso(new Date(today.getTime() - 60 * 86_400_000));
/** As the page writes a day: 4 Nov 2026. */
const shown = (d: string) =>
  new Date(`${d}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
/** The 400s are the refusals the tests provoke on purpose (BAD_USER_INPUT, CONFLICT); nothing else may go wrong. */

// Councillors' roles, portfolios, ward enquiries and complaint themes: what the public sees (roles,
// portfolios and themes, never ward casework) and the forms as the demo's administrator and as a ward
// councillor, each change checked on the page and through the API, at 1440 and 390 px.
describe('web app: councillors’ roles, portfolios, ward enquiries and complaint themes', () => {
  let server: TestServer;
  let browser: Browser;
  let councilId: string;
  /** The demo's scrutiny councillor (a demo account), a ward councillor like every councillor. */
  let councillor: { email: string; name: string; ward: string };

  beforeAll(async () => {
    server = await startTestServer('sqlite', { seed: 'demo', webDist });
    councilId = (await server.gql(`{ council(gssCode: "${GSS}") { id } }`)).data.council.id;
    const admin = await server.signIn(ADMIN);
    const roles = await admin.gql(
      `query($id: ID!) { council(id: $id) { councillorRoles(current: true) { role ward person { id name email } } } }`,
      {
        id: councilId,
      },
    );
    const all = roles.data.council.councillorRoles as Array<{
      role: string;
      ward: string | null;
      person: { id: string; name: string; email: string };
    }>;
    const scrutiny = all.find((r) => r.role === 'SCRUTINY_MEMBER')!.person;
    councillor = {
      email: scrutiny.email,
      name: scrutiny.name,
      ward: all.find((r) => r.person.id === scrutiny.id && r.role === 'WARD_COUNCILLOR')!.ward!,
    };
    await giveAccounts(server, ADMIN, councillor.email);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const width of [1440, 390]) {
    it(`shows the public roles, portfolios and themes without forms, and refuses ward casework, at ${width} px`, async () => {
      const { page, errors } = await open(browser, server, gov(), width);
      const cards = page.getByRole('list', { name: 'Areas of governance' });
      await cards.getByText(/^\d+ councillors$/).waitFor();
      await cards.getByText(/^\d+ portfolios$/).waitFor();
      await cards.getByText(/^\d+ themes in use$/).waitFor();
      await cards.getByRole('link', { name: 'Councillors’ roles' }).click();
      await page.getByRole('heading', { level: 1, name: 'Councillors’ roles' }).waitFor();
      const councillors = page.getByRole('list', { name: 'Councillors' });
      await councillors.getByText(/^Leader of the council$/).waitFor();
      await councillors
        .getByText(/^Portfolio holder: /)
        .first()
        .waitFor();
      await councillors
        .getByText(/^Ward councillor: /)
        .first()
        .waitFor();
      expect(await councillors.getByRole('heading', { level: 2 }).count()).toBeGreaterThan(20);
      expect(await page.getByText('Record a role', { exact: true }).count()).toBe(0);
      expect(await page.getByText(/^Change or end:/).count()).toBe(0);
      await expectNoSidewaysScroll(page);
      await shoot(page, 'roles-public', width);

      await page.getByRole('navigation', { name: 'Governance' }).getByRole('link', { name: 'Portfolios' }).click();
      await page.getByRole('heading', { level: 1, name: 'Portfolios' }).waitFor();
      const portfolios = page.getByRole('list', { name: 'Portfolios' });
      await portfolios.getByRole('heading', { name: 'Adult Social Care' }).waitFor();
      await portfolios.getByText('Held by').first().waitFor();
      expect(await page.getByRole('heading', { name: /^Gaps in/ }).count()).toBe(0);
      expect(await page.getByText('Add a portfolio', { exact: true }).count()).toBe(0);
      await expectNoSidewaysScroll(page);
      await shoot(page, 'portfolios-public', width);

      await page.getByRole('navigation', { name: 'Governance' }).getByRole('link', { name: 'Complaint themes' }).click();
      await page.getByRole('list', { name: 'Themes in use' }).getByText('Communication', { exact: true }).waitFor();
      expect(await page.getByText('Add a theme', { exact: true }).count()).toBe(0);
      await expectNoSidewaysScroll(page);

      await page.getByRole('navigation', { name: 'Governance' }).getByRole('link', { name: 'Ward enquiries' }).click();
      await page.getByText(/This is for .+’s own staff and councillors\./).waitFor();
      await page.getByRole('link', { name: 'Sign in' }).first().waitFor();
      expect(await page.getByRole('list', { name: 'Enquiries' }).count()).toBe(0);
      await expectNoSidewaysScroll(page);
      await shoot(page, 'enquiries-public', width);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('tells the public nothing of ward casework and refuses its writes (the API is the check)', async () => {
    const read = await server.gql(`query($id: ID!) { wardEnquiries(councilId: $id) { totalCount } }`, { id: councilId });
    expect(read.data.wardEnquiries.totalCount).toBe(0);
    const write = await server.gql(
      `mutation($id: ID!) { createComplaintTheme(input: { councilId: $id, name: "Anonymous" }) { theme { id } } }`,
      {
        id: councilId,
      },
    );
    expect(write.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('records a councillor role as the administrator, changes it (a refused date shown beside its field), then ends it', async () => {
    // A councillor who holds only their ward today, so the new role is the only one of its kind on the card.
    const roles = await server.gql(`query($id: ID!) { council(id: $id) { councillorRoles(current: true) { role person { id name } } } }`, {
      id: councilId,
    });
    const byPerson = new Map<string, { name: string; kinds: string[] }>();
    for (const r of roles.data.council.councillorRoles) {
      const p = byPerson.get(r.person.id) ?? { name: r.person.name, kinds: [] as string[] };
      p.kinds.push(r.role);
      byPerson.set(r.person.id, p);
    }
    const [personId, who] = [...byPerson].find(([, p]) => p.kinds.every((k) => k === 'WARD_COUNCILLOR'))!;

    const { page, errors } = await open(browser, server, gov('roles'), 1440, ADMIN);
    await page.getByText('Record a role', { exact: true }).click();
    const form = page.getByRole('form', { name: 'Record a role' });
    await form.getByLabel('Councillor', { exact: true }).selectOption({ label: who.name });
    await form.getByLabel('Role', { exact: true }).selectOption({ label: 'Complaints panel' });
    await form.getByLabel('First day').fill(MONTH_AGO);
    await form.getByRole('button', { name: 'Record the role' }).click();
    await form.getByRole('status').getByText(`${who.name}: Complaints panel`).waitFor();

    const card = page.getByRole('list', { name: `Roles of ${who.name}` });
    await card.getByText('Complaints panel', { exact: true }).waitFor();
    await page.getByLabel('Councillor’s name').fill(who.name);
    await expect.poll(() => page.getByRole('list', { name: 'Councillors' }).getByRole('heading', { level: 2 }).count()).toBe(1);
    await shoot(page, 'roles-recorded', 1440);

    // Change it: a last day before the first is the server's refusal, shown beside the field; then a later first day is saved.
    await card.getByText('Change or end: Complaints panel', { exact: true }).click();
    const change = card.getByRole('form', { name: `Change the role Complaints panel of ${who.name}` });
    await change.getByLabel('Last day').fill(LONG_AGO);
    await change.getByRole('button', { name: 'Save the role' }).click();
    await change
      .locator('.field__error')
      .getByText(/the end cannot come before the start/)
      .waitFor();
    await expect(change.getByLabel('Last day').getAttribute('aria-invalid')).resolves.toBe('true');
    await change.getByLabel('Last day').fill('');
    await change.getByLabel('First day').fill(WEEKS_AGO);
    await change.getByRole('button', { name: 'Save the role' }).click();
    await change.getByRole('status').getByText('The role is saved.').waitFor();
    await card.getByText(`From ${shown(WEEKS_AGO)}`).waitFor();

    const end = card.getByRole('form', { name: `End the role Complaints panel of ${who.name}` });
    await end.getByLabel('Its last day').fill(YESTERDAY);
    await end.getByRole('button', { name: 'End the role' }).click();
    await expect.poll(() => card.getByText('Complaints panel', { exact: true }).count()).toBe(0);

    await page.getByRole('radio', { name: 'Ended' }).check();
    await expect.poll(() => page.url()).toMatch(/show=past/);
    await card.getByText('Complaints panel', { exact: true }).waitFor();
    await card.getByText('Ended', { exact: true }).waitFor();

    const after = await server.gql(
      `query($id: ID!) { council(id: $id) { councillorRoles(kind: COMPLAINTS_PANEL) { startsOn endsOn current person { id } } } }`,
      {
        id: councilId,
      },
    );
    const mine = after.data.council.councillorRoles.filter((r: { person: { id: string } }) => r.person.id === personId);
    expect(mine).toEqual([{ startsOn: WEEKS_AGO, endsOn: YESTERDAY, current: false, person: { id: personId } }]);
    expect(unexpected(errors)).toEqual([]);
    await page.context().close();
  });

  it('adds a portfolio that closes a gap, shows a refused name beside its field, renames it and deletes it', async () => {
    const { page, errors } = await open(browser, server, gov('portfolios'), 1440, ADMIN);
    const gaps = page.getByRole('region', { name: /^Gaps in/ });
    await gaps.waitFor();
    const gap = gaps.getByText(/No cabinet portfolio covers (.+?) or any of its services/).first();
    const gapText = (await gap.textContent())!;
    const directorate = /covers (.+?) or any of its services/.exec(gapText)![1]!;

    await page.getByText('Add a portfolio', { exact: true }).click();
    const form = page.getByRole('form', { name: 'Add a portfolio' });
    await form.getByLabel('Name', { exact: true }).fill('Adult Social Care');
    await form.getByRole('button', { name: 'Add the portfolio' }).click();
    await form
      .locator('.field__error')
      .getByText(/The council already has a portfolio called 'Adult Social Care'/)
      .waitFor();
    await expect(form.getByLabel('Name', { exact: true }).getAttribute('aria-invalid')).resolves.toBe('true');

    await form.getByLabel('Name', { exact: true }).fill('Prevention');
    await form.getByLabel('Description').fill('Keeping people well for longer.');
    await form.getByRole('checkbox', { name: directorate, exact: true }).check();
    await form.getByRole('button', { name: 'Add the portfolio' }).click();
    const card = page.getByRole('listitem', { name: 'Prevention' });
    await card.getByText(directorate, { exact: true }).first().waitFor();
    await card.getByText('No holder').waitFor();
    await expect.poll(() => gaps.getByText(gapText, { exact: true }).count()).toBe(0);

    await card.getByText('Change this portfolio', { exact: true }).click();
    const change = card.getByRole('form', { name: 'Change the portfolio Prevention' });
    await change.getByLabel('Name', { exact: true }).fill('Prevention and Public Health');
    await change.getByRole('button', { name: 'Save the portfolio' }).click();
    const renamed = page.getByRole('listitem', { name: 'Prevention and Public Health' });
    await renamed.locator('p', { hasText: 'Keeping people well for longer.' }).waitFor();
    await shoot(page, 'portfolios-admin', 1440);

    const api = await server.gql(`query($id: ID!) { council(id: $id) { portfolios { id name description directorates { name } } } }`, {
      id: councilId,
    });
    const saved = api.data.council.portfolios.find((p: { name: string }) => p.name === 'Prevention and Public Health');
    expect(saved).toMatchObject({ description: 'Keeping people well for longer.', directorates: [{ name: directorate }] });

    // A portfolio a role names stays on record: the server's CONFLICT is shown.
    const held = page.getByRole('listitem', { name: 'Adult Social Care' });
    await held.getByRole('button', { name: 'Delete this portfolio' }).click();
    await held.getByRole('button', { name: 'Yes, delete Adult Social Care' }).click();
    await held
      .getByRole('alert')
      .getByText(/is named by \d+ councillor role/)
      .waitFor();

    await renamed.getByRole('button', { name: 'Delete this portfolio' }).click();
    await renamed.getByRole('button', { name: 'Yes, delete Prevention and Public Health' }).click();
    await expect.poll(() => page.getByRole('listitem', { name: 'Prevention and Public Health' }).count()).toBe(0);
    expect(unexpected(errors)).toEqual([]);
    await page.context().close();
  });

  it('a ward councillor records an enquiry in their ward, the administrator the answer; overdue ones marked', async () => {
    const subject = `Dropped kerb outside the day centre (${Date.now()})`;
    const { page, errors } = await open(browser, server, gov('enquiries'), 1440, councillor.email);
    await page.getByRole('heading', { level: 1, name: 'Ward enquiries' }).waitFor();
    await page.getByText('Record an enquiry', { exact: true }).click();
    const form = page.getByRole('form', { name: 'Record an enquiry' });
    await expect.poll(() => form.getByLabel('Ward', { exact: true }).inputValue()).toBe(councillor.ward);
    expect(await form.getByLabel('Raised by').count()).toBe(0);
    await form.getByLabel('Service', { exact: true }).selectOption({ index: 1 });
    await form.getByLabel('What was raised').fill(subject);
    await form.getByRole('button', { name: 'Record the enquiry' }).click();
    const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: subject }) });
    await item.getByText('Awaiting an answer').waitFor();
    await item.getByText(new RegExp(`${councillor.ward} · .+ · raised by ${councillor.name}`)).waitFor();
    // The councillor who raised it corrects when it is due; nobody else's enquiry offers them that.
    const due = iso(new Date(today.getTime() + 21 * 86_400_000));
    await item.getByText('Correct the enquiry', { exact: true }).click();
    const correct = item.getByRole('form', { name: `Correct the enquiry: ${subject}` });
    await correct.getByLabel('Answer due').fill(due);
    await correct.getByRole('button', { name: 'Save the enquiry' }).click();
    await item.getByText(new RegExp(`answer due ${shown(due)}$`)).waitFor();
    const items = page.getByRole('list', { name: 'Enquiries' }).locator(':scope > li');
    expect(await page.getByText('Correct the enquiry', { exact: true }).count()).toBe(1);
    expect(await items.count()).toBeGreaterThan(1);
    expect(await page.getByText(/^(Record|Change) the answer$/).count()).toBe(0);
    expect(unexpected(errors)).toEqual([]);
    await page.context().close();

    const admin = await open(browser, server, gov('enquiries'), 1440, ADMIN);
    const mine = admin.page.getByRole('listitem').filter({ has: admin.page.getByRole('heading', { name: subject }) });
    await mine.getByText('Record the answer', { exact: true }).click();
    const answer = mine.getByRole('form', { name: `Answer the enquiry: ${subject}` });
    await answer.getByLabel('The answer').fill('Highways will lower the kerb in January.');
    await answer.getByRole('button', { name: 'Save the answer' }).click();
    await mine.getByText(/^Answered \d+ \w+ \d{4}$/).waitFor();
    await mine.getByText(/^Answer: Highways will lower the kerb in January\.$/).waitFor();
    const adminClient = await server.signIn(ADMIN);
    const api = await adminClient.gql(
      `query($id: ID!) { wardEnquiries(councilId: $id) { nodes { subject status respondedOn outcome } } }`,
      {
        id: councilId,
      },
    );
    expect(api.data.wardEnquiries.nodes.find((e: { subject: string }) => e.subject === subject)).toEqual({
      subject,
      status: 'RESPONDED',
      respondedOn: TODAY,
      outcome: 'Highways will lower the kerb in January.',
    });

    await admin.page.getByRole('radio', { name: 'Overdue' }).check();
    const list = admin.page.getByRole('list', { name: 'Enquiries' });
    await expect.poll(() => admin.page.url()).toMatch(/show=overdue/);
    await expect.poll(() => list.locator(':scope > li').count()).toBeGreaterThan(0);
    await expect.poll(() => list.getByRole('heading', { level: 3, name: subject }).count()).toBe(0);
    const overdue = await list.locator(':scope > li').count();
    expect(await list.locator(':scope > li .tag--warn', { hasText: 'Overdue' }).count()).toBe(overdue);
    await admin.page.getByRole('table', { name: 'By service' }).waitFor();
    await admin.page.getByRole('table', { name: 'By ward' }).getByRole('cell', { name: /^\d+$/ }).first().waitFor();
    await shoot(admin.page, 'enquiries-overdue', 1440);
    expect(unexpected(admin.errors)).toEqual([]);
    await admin.page.context().close();
  });

  it('adds a complaint theme as the administrator, refuses a duplicate beside the field, renames and retires it', async () => {
    const { page, errors } = await open(browser, server, gov('themes'), 1440, ADMIN);
    await page.getByText('Add a theme', { exact: true }).click();
    const form = page.getByRole('form', { name: 'Add a theme' });
    await form.getByLabel('Name of the theme').fill('communication');
    await form.getByRole('button', { name: 'Add the theme' }).click();
    await form
      .locator('.field__error')
      .getByText(/already has the theme 'Communication'/)
      .waitFor();
    await form.getByLabel('Name of the theme').fill('Transport to day services');
    await form.getByRole('button', { name: 'Add the theme' }).click();
    const inUse = page.getByRole('list', { name: 'Themes in use' });
    await inUse.getByText('Transport to day services', { exact: true }).waitFor();

    await inUse.getByText('Rename or retire: Transport to day services', { exact: true }).click();
    const rename = inUse.getByRole('form', { name: 'Rename the theme Transport to day services' });
    await rename.getByLabel('New name').fill('Transport to day centres');
    await rename.getByRole('button', { name: 'Save the name' }).click();
    await inUse.getByText('Transport to day centres', { exact: true }).waitFor();
    // Retired (its panel is still open): no longer offered, still listed.
    await inUse.getByRole('form', { name: 'Rename the theme Transport to day centres' }).getByRole('button', { name: 'Retire it' }).click();
    await page.getByRole('list', { name: 'Retired themes' }).getByText('Transport to day centres', { exact: true }).waitFor();
    expect(await inUse.getByText('Transport to day centres', { exact: true }).count()).toBe(0);
    const api = await server.gql(`query($id: ID!) { complaintThemes(councilId: $id, includeRetired: true) { name retired } }`, {
      id: councilId,
    });
    const themes = api.data.complaintThemes as Array<{ name: string; retired: boolean }>;
    expect(themes.filter((t) => t.name.startsWith('Transport to day'))).toEqual([{ name: 'Transport to day centres', retired: true }]);
    expect(unexpected(errors)).toEqual([]);
    await page.context().close();
  });

  it('fits every view and its open forms into 390 px as the administrator', async () => {
    for (const [area, form] of [
      ['roles', 'Record a role'],
      ['portfolios', 'Add a portfolio'],
      ['enquiries', 'Record an enquiry'],
      ['themes', 'Add a theme'],
    ] as const) {
      const { page, errors } = await open(browser, server, gov(area), 390, ADMIN);
      await page.getByText(form, { exact: true }).click();
      await page.getByRole('form', { name: form }).getByRole('button').first().waitFor();
      await openFirstRecordForm(page, area);
      await expectNoSidewaysScroll(page);
      await shoot(page, `${area}-admin`, 390);
      expect(unexpected(errors)).toEqual([]);
      await page.context().close();
    }
  });
});

/** Opens the first record's own form (a role's, a portfolio's, an enquiry's answer, a theme's), so its width is checked too. */
async function openFirstRecordForm(page: Page, area: string): Promise<void> {
  const summary =
    area === 'roles'
      ? page.getByText(/^Change or end: /).first()
      : area === 'portfolios'
        ? page.getByText('Change this portfolio', { exact: true }).first()
        : area === 'enquiries'
          ? page.getByText(/^(Record|Change) the answer$/).first()
          : page.getByText(/^Rename or retire: /).first();
  await summary.click();
}
