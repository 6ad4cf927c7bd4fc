import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.js';
import { DEMO_PASSWORD, screenshot, scrollTo } from './browser.js';
import { ADMIN, demoServer, expectNoSidewaysScroll, giveAccounts, GSS, open, unexpected } from './governance.helpers.js';

// Issue 16: decision bodies and powers changed and deleted in place (confirming first; the server's
// refusal shown; a deletion then in the latest changes), a power delegated over a directorate, the
// scheme as at a past day, the buttons absent for an officer, and a version conflict between two browser contexts on one power's form.
const PAGE = `/councils/${GSS}/delegation`;
const OFFICER = 'sunita.rahman2@suffolk.gov.uk';
const SCHEME = `query($c: ID!, $d: String) { node(id: $c) { ... on Council {
  decisionBodies { id name kind version } decisionPowers { id name financialLimit version sourceBody { id name } }
  directorates(first: 50) { nodes { id name } }
  people(first: 50, kind: OFFICER) { nodes { id name } }
  delegations(first: 500, asOf: $d) { nodes { id power { id name } toPerson { id } scopeKind scopeId revokedOn } } } } }`;

describe('web app: changing and deleting decision bodies and powers', () => {
  const env = demoServer();
  let councilId = '';
  // One API session for the file: signing in again for each call would run into the sign-in throttle.
  let me: Awaited<ReturnType<typeof env.server.signIn>>;
  const api = async (query: string, variables: Record<string, unknown> = {}) => {
    const r = await me.gql(query, variables);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return r.data;
  };
  const scheme = async (asOf: string | null = null) => (await api(SCHEME, { c: councilId, d: asOf })).node;
  const addPower = async (name: string, sourceBodyId: string, financialLimit: number | null) =>
    (
      await api(`mutation($i: CreateDecisionPowerInput!) { createDecisionPower(input: $i) { power { id version } } }`, {
        i: { councilId, name, kind: 'TEST_POWER', sourceBodyId, financialLimit },
      })
    ).createDecisionPower.power as { id: string; version: number };
  beforeAll(async () => {
    councilId = (await env.server.gql(`{ council(gssCode: "${GSS}") { id } }`)).data.council.id;
    await giveAccounts(env.server, OFFICER);
    me = await env.server.signIn(ADMIN, { password: DEMO_PASSWORD });
  });
  const scheme$ = (page: Page) => page.getByRole('heading', { name: 'Scheme of delegation' }).waitFor();
  /** An entry of the scheme's latest changes. */
  const latest = (page: Page, text: string): Locator =>
    page.getByRole('list', { name: 'Latest changes' }).getByRole('listitem').filter({ hasText: text }).first();
  const item = (page: Page, list: string, name: string): Locator =>
    page.getByRole('list', { name: list }).getByRole('listitem', { name, exact: true });

  it('lets an administrator rename a body, be refused deleting one that holds powers, and delete one nothing hangs on', async () => {
    const s = await scheme();
    const holding = s.decisionBodies.find((b: any) => s.decisionPowers.some((p: any) => p.sourceBody.id === b.id));
    const { page, errors } = await open(env.browser, env.server, PAGE, 1440, ADMIN);
    await scheme$(page);
    await page.getByRole('button', { name: 'New decision body' }).click();
    const nf = page.getByRole('form', { name: 'A new decision body' });
    await nf.getByLabel('Name').fill('Pensions Panel');
    await nf.getByRole('button', { name: 'Add the body' }).click();
    const panel = item(page, 'Decision bodies', 'Pensions Panel');
    await panel.waitFor();
    await panel.getByRole('button', { name: 'Change Pensions Panel' }).click();
    const ef = page.getByRole('form', { name: 'Change “Pensions Panel”' });
    await ef.getByLabel('Name').fill('Pensions Committee');
    await ef.getByLabel('Kind').selectOption('EXECUTIVE');
    await ef.getByRole('button', { name: 'Save the body' }).click();
    const renamed = item(page, 'Decision bodies', 'Pensions Committee');
    await renamed.getByText('(executive)').waitFor();
    expect((await scheme()).decisionBodies.find((b: any) => b.name === 'Pensions Committee')).toMatchObject({
      kind: 'EXECUTIVE',
      version: 2,
    });

    // The body holding powers: refused, saying why, and still there.
    const held = item(page, 'Decision bodies', holding.name);
    await held.getByRole('button', { name: `Delete ${holding.name}` }).click();
    await held.getByRole('button', { name: 'Yes, delete it' }).click();
    await held
      .getByRole('alert')
      .filter({ hasText: /cannot be deleted: it still holds \d+ powers?/ })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'delegation-scheme-edits-refused-1440');
    expect((await scheme()).decisionBodies.some((b: any) => b.id === holding.id)).toBe(true);

    await renamed.getByRole('button', { name: 'Delete Pensions Committee' }).click();
    const yes = renamed.getByRole('button', { name: 'Yes, delete it' });
    await expect.poll(() => yes.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await renamed.waitFor({ state: 'detached' });
    expect((await scheme()).decisionBodies.some((b: any) => b.name === 'Pensions Committee')).toBe(false);
    // The deletion is in the scheme's latest changes, naming the body.
    await latest(page, 'Decision body deleted “Pensions Committee”').waitFor();
    await scrollTo(page.getByRole('heading', { name: 'Latest changes' }));
    await screenshot(page, 'delegation-scheme-deleted-latest-1440');
    expect(unexpected(errors)).toEqual([]);
    await page.context().close();
  });

  it('lets an administrator change a power, delegate it over a directorate, be refused deleting it, and delete an unused one', async () => {
    const s = await scheme();
    const body = s.decisionBodies[0];
    await addPower('Waive library fines', body.id, 500);
    const unused = 'Name a new road';
    await addPower(unused, body.id, null);
    const directorate = s.directorates.nodes[0];
    const { page, errors } = await open(env.browser, env.server, PAGE, 1440, ADMIN);
    await scheme$(page);
    const power = item(page, 'Powers', 'Waive library fines');
    await power.getByRole('button', { name: 'Change “Waive library fines”' }).click();
    const pf = page.getByRole('form', { name: 'Change “Waive library fines”' });
    await pf.getByLabel('Financial limit (£)').fill('800');
    await pf.getByLabel('Description').fill('Fines on overdue books, for hardship.');
    await pf.getByRole('button', { name: 'Save the power' }).click();
    await power.getByText('£800').waitFor();

    // Delegated over a directorate, to the first officer of the list.
    await power.getByRole('button', { name: 'Delegate “Waive library fines”' }).click();
    const df = page.getByRole('form', { name: 'Delegate “Waive library fines”' });
    // Someone whose name no one else's contains, so a search finds them alone.
    const names = s.people.nodes.map((n: any) => n.name.toLowerCase());
    const holder = s.people.nodes.find((n: any) => names.filter((x: string) => x.includes(n.name.toLowerCase())).length === 1);
    await df.getByLabel('Search: to').fill(holder.name);
    await expect.poll(() => df.getByLabel('To', { exact: true }).inputValue()).toBe(holder.id);
    await df.getByLabel('Over').selectOption({ label: `${directorate.name} (directorate)` });
    await df.getByLabel('Financial limit (£)').fill('900');
    await df.getByRole('button', { name: 'Delegate', exact: true }).click();
    // Wider than the power: refused on the field.
    await expect.poll(() => df.getByLabel('Financial limit (£)').getAttribute('aria-invalid')).toBe('true');
    await df.getByLabel('Financial limit (£)').fill('300');
    await df.getByRole('button', { name: 'Delegate', exact: true }).click();
    await df.waitFor({ state: 'detached' });
    const made = (await scheme()).delegations.nodes.filter((d: any) => d.power.name === 'Waive library fines');
    expect(made).toEqual([
      expect.objectContaining({ toPerson: { id: holder.id }, scopeKind: 'DIRECTORATE', scopeId: directorate.id, revokedOn: null }),
    ]);
    await item(page, 'Delegations', `Waive library fines to ${holder.name}`).getByText(`over ${directorate.name}`).waitFor();

    // Deleting it now: refused while the delegation is in force.
    await power.getByRole('button', { name: 'Delete “Waive library fines”' }).click();
    await power.getByRole('button', { name: 'Yes, delete it' }).click();
    await power
      .getByRole('alert')
      .filter({ hasText: /1 delegation of it is in force or to come/ })
      .waitFor();
    const never = item(page, 'Powers', unused);
    await never.getByRole('button', { name: `Delete “${unused}”` }).click();
    await never.getByRole('button', { name: 'Yes, delete it' }).click();
    await never.waitFor({ state: 'detached' });
    expect((await scheme()).decisionPowers.map((p: any) => p.name)).not.toContain(unused);
    await latest(page, `Power deleted “${unused}”`).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'delegation-scheme-edits-390');
    expect(unexpected(errors)).toEqual([]);
    await page.context().close();
  });

  it('shows the scheme as at a past day: a delegation revoked since is in it, and gone again back at today', async () => {
    const s = await scheme();
    const p = await addPower('Approve festival licences', s.decisionBodies[0].id, null);
    const to = s.people.nodes[1];
    const d = (
      await api(`mutation($i: DelegateInput!) { delegate(input: $i) { delegation { id version } } }`, {
        i: {
          powerId: p.id,
          fromBodyId: s.decisionBodies[0].id,
          toPersonId: to.id,
          scope: { kind: 'COUNCIL' },
          effectiveFrom: '2024-01-01',
        },
      })
    ).delegate.delegation;
    await api(`mutation($i: RevokeDelegationInput!) { revokeDelegation(input: $i) { revokedIds } }`, {
      i: { id: d.id, version: d.version, revokedOn: '2024-07-01' },
    });
    const { page, errors } = await open(env.browser, env.server, PAGE, 1440, ADMIN);
    await scheme$(page);
    const row = item(page, 'Delegations', `Approve festival licences to ${to.name}`);
    await page.getByRole('list', { name: 'Delegations' }).getByRole('listitem').first().waitFor();
    expect(await row.count()).toBe(0);
    await page.getByLabel('Show the scheme as at').fill('2024-03-01');
    await page.getByRole('heading', { name: 'Delegations in force on 1 March 2024' }).waitFor();
    await row.getByText('(revoked on 1 July 2024)').waitFor();
    // The past is read only: no pass on or revoke there.
    expect(await page.getByRole('list', { name: 'Delegations' }).getByRole('button').count()).toBe(0);
    const shown = await page.getByRole('list', { name: 'Delegations' }).getByRole('listitem').count();
    expect(shown).toBe((await scheme('2024-03-01')).delegations.nodes.length);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'delegation-scheme-as-at-1440');
    await page.getByRole('button', { name: 'Back to today' }).click();
    await page.getByRole('heading', { name: 'Delegations in force', exact: true }).waitFor();
    await row.waitFor({ state: 'detached' });
    expect(unexpected(errors)).toEqual([]);
    await page.context().close();
  });

  it('offers an officer no button to change or delete a body or power', async () => {
    const { page, errors } = await open(env.browser, env.server, PAGE, 390, OFFICER);
    await scheme$(page);
    await page.getByRole('list', { name: 'Powers' }).getByRole('listitem').first().waitFor();
    await page.waitForLoadState('networkidle');
    for (const name of [/^Change /, /^Delete /, 'New decision body', 'New power'])
      expect(await page.getByRole('button', { name }).count(), String(name)).toBe(0);
    expect(await page.getByRole('list', { name: 'Decision bodies' }).getByRole('listitem').count()).toBeGreaterThan(0);
    expect(unexpected(errors)).toEqual([]);
    await page.context().close();
  });

  it('answers a stale save of a power with their change beside mine: take theirs, then keep mine', async () => {
    const s = await scheme();
    const p = await addPower('Approve school transport appeals', s.decisionBodies[0].id, 1000);
    const name = 'Approve school transport appeals';
    const editing = async () => {
      const { page, errors } = await open(env.browser, env.server, PAGE, 1440, ADMIN);
      await scheme$(page);
      await item(page, 'Powers', name)
        .getByRole('button', { name: `Change “${name}”` })
        .click();
      return { page, errors, form: page.getByRole('form', { name: `Change “${name}”` }) };
    };
    const first = await editing();
    const second = await editing();
    await first.form.getByLabel('Financial limit (£)').fill('2000');
    await first.form.getByRole('button', { name: 'Save the power' }).click();
    await first.form.waitFor({ state: 'detached' });
    await second.form.getByLabel('Kind of decision').fill('TRANSPORT_APPEAL');
    await second.form.getByRole('button', { name: 'Save the power' }).click();
    const conflict = second.page.getByRole('region', { name: 'Someone else changed this power while you were editing it' });
    await conflict.waitFor();
    expect(await conflict.locator('.conflict__change').count()).toBe(1);
    expect(await conflict.locator('.conflict__change').textContent()).toMatch(/Financial limit \(£\)\s*Theirs:\s*£2,000\s*Yours:\s*£1,000/);
    expect(await second.form.getByRole('alert').count()).toBe(0);
    expect(await axeViolations(second.page)).toEqual([]);
    await screenshot(second.page, 'delegation-scheme-conflict-1440');
    await conflict.getByRole('button', { name: 'Take theirs' }).click();
    await expect.poll(() => second.form.getByLabel('Financial limit (£)').inputValue()).toBe('2000');
    expect(await second.form.getByLabel('Kind of decision').inputValue()).toBe('TEST_POWER');

    // Again: the first renames it; the second, at the version it took, saves its kind; keep mine saves over theirs.
    await first.page.reload();
    await scheme$(first.page);
    await item(first.page, 'Powers', name)
      .getByRole('button', { name: `Change “${name}”` })
      .click();
    const again = first.page.getByRole('form', { name: `Change “${name}”` });
    await again.getByLabel('Financial limit (£)').fill('3000');
    await again.getByRole('button', { name: 'Save the power' }).click();
    await again.waitFor({ state: 'detached' });
    await second.form.getByLabel('Kind of decision').fill('TRANSPORT_APPEAL');
    await second.form.getByRole('button', { name: 'Save the power' }).click();
    await conflict.waitFor();
    await conflict.getByRole('button', { name: 'Keep mine' }).click();
    await second.form.waitFor({ state: 'detached' });
    const stored = (await api(`query($id: ID!) { node(id: $id) { ... on DecisionPower { kind financialLimit version } } }`, { id: p.id }))
      .node;
    expect(stored).toEqual({ kind: 'TRANSPORT_APPEAL', financialLimit: 2000, version: p.version + 3 });
    expect(unexpected([...first.errors, ...second.errors])).toEqual([]);
    await first.page.context().close();
    await second.page.context().close();
  });
});
