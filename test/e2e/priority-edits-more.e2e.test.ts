import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { Council, Directorate, Person, PersonKind, Service } from '@goldenthread/db';
import { startTestServer, type Client, type TestServer } from '../testkit/index.js';
import { axeViolations } from './axe.js';
import { launchBrowser, screenshot, webDist, scrollTo } from './browser.js';
import { ADMIN, expectNoSidewaysScroll, giveAccounts, GSS, open } from './governance.helpers.js';

// A director deletes one of her priorities, moving its objectives to another, marks one as not a
// priority with the reason, edits and deletes an objective, marks a milestone done, edits a target,
// records a consultation and sees it listed; the server's state is checked after each. An ordinary
// officer sees the same priority with none of these buttons.
const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');
const Q = `query($c: ID!) { node(id: $c) { ... on Council { priorities(period: "2024-25") { id name level isNonPriority nonPriorityReason
  directorate { id } children { id } objectives { id name service { id } milestones { name status } targets { id value period } }
  consultations { title } } } } }`;

describe('web app: more edits of a priority in place', () => {
  let server: TestServer;
  let browser: Browser;
  let director: string;
  let officer: string;
  let api: Client;
  let councilId: string;
  let ascId: string;
  let ascServices: Set<string>;

  beforeAll(async () => {
    server = await startTestServer('sqlite', { seed: 'demo', webDist });
    const em = server.em();
    const council = await em.findOneOrFail(Council, { gssCode: GSS });
    councilId = gid('Council', council.id);
    const asc = await em.findOneOrFail(Directorate, { council: council.id, code: 'ASC' });
    ascId = gid('Directorate', asc.id);
    ascServices = new Set((await em.find(Service, { directorate: asc.id })).map((s) => gid('Service', s.id)));
    director = (await em.findOneOrFail(Person, { id: asc.director!.id })).email!;
    const people = await em.find(
      Person,
      { council: council.id, kind: PersonKind.OFFICER, email: { $ne: null } },
      { orderBy: { id: 'desc' } },
    );
    const managers = new Set(people.map((p) => p.lineManager?.id));
    const owners = new Set((await em.find(Service, { council: council.id })).map((s) => s.accountableOwner?.id));
    officer = people.find((p) => !managers.has(p.id) && !owners.has(p.id) && p.id !== asc.director!.id)!.email!;
    await giveAccounts(server, director, officer, ADMIN);
    api = await server.signIn(director, { password: 'golden-thread-demo' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function priorities(): Promise<any[]> {
    const r = await api.gql(Q, { c: councilId });
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return r.data.node.priorities;
  }
  const mine = async () => (await priorities()).filter((p) => p.level === 'DIRECTORATE' && p.directorate?.id === ascId && !p.isNonPriority);
  const at = (id: string) => `/councils/${GSS}/priorities/${id}`;
  const heading = (page: Page, name: string) => page.getByRole('heading', { level: 2, name, exact: true }).waitFor();
  const objectiveItem = (page: Page, name: string) =>
    page.getByRole('list', { name: 'Objectives to change' }).getByRole('listitem', { name, exact: true });
  async function axeClean(page: Page): Promise<void> {
    const found = await axeViolations(page);
    expect(found.map((v) => `${v.id}: ${v.targets.join(' ')}`)).toEqual([]);
  }

  it('lets a director delete with relinking, mark a non-priority, change objectives, milestones and targets, and consult', async () => {
    const ps = await mine();
    const gone = ps.find((p) => p.objectives.some((o: any) => ascServices.has(o.service.id)))!;
    const heir = ps.find((p) => p.id !== gone.id)!;
    const dropped = ps.find((p) => p.id !== gone.id && p.id !== heir.id)!;
    expect([gone, heir, dropped].every(Boolean)).toBe(true);
    const moving = gone.objectives.map((o: any) => o.id);

    // Delete, choosing the priority that takes its objectives on (the server refuses without one: shown on the form).
    const { page, errors } = await open(browser, server, at(gone.id), 1440, director);
    await heading(page, gone.name);
    await page.getByRole('button', { name: 'Delete this priority' }).click();
    const del = page.getByRole('form', { name: 'Delete this priority' });
    await del.getByRole('button', { name: 'Yes, delete it' }).click();
    await del
      .getByRole('alert')
      .filter({ hasText: /cannot be deleted while/ })
      .waitFor();
    const relink = del.getByLabel('Move them to');
    await expect.poll(() => relink.locator('option').count()).toBeGreaterThan(1);
    await relink.selectOption({ label: `${heir.name} (directorate)` });
    await del.getByRole('button', { name: 'Yes, delete it' }).click();
    await heading(page, heir.name);
    let now = await priorities();
    expect(now.some((p) => p.id === gone.id)).toBe(false);
    const heirNow = now.find((p) => p.id === heir.id);
    for (const id of moving) expect(heirNow.objectives.map((o: any) => o.id)).toContain(id);

    // An objective of the heir edited, with its target; a milestone marked done.
    const objective =
      heirNow.objectives.find((o: any) => ascServices.has(o.service.id) && o.targets.length > 0) ??
      heirNow.objectives.find((o: any) => ascServices.has(o.service.id));
    const item = objectiveItem(page, objective.name);
    await item.getByRole('button', { name: `Edit objective “${objective.name}”` }).click();
    const oe = item.getByRole('form', { name: /Edit objective/ });
    await oe.getByLabel('Objective').fill(`${objective.name} (revised)`);
    await oe.getByLabel('Objective').press('Enter');
    const revised = objectiveItem(page, `${objective.name} (revised)`);
    await revised.waitFor();
    if (objective.targets.length === 0) {
      await revised.getByRole('button', { name: 'Add a target' }).click();
      const tf = revised.getByRole('form', { name: /A target measuring/ });
      const select = tf.getByLabel('Indicator');
      await expect.poll(() => select.locator('option').count()).toBeGreaterThan(2);
      await select.selectOption((await select.locator('option').nth(1).getAttribute('value'))!);
      await tf.getByLabel(/Value for/).fill('70');
      await tf.getByRole('button', { name: 'Set the target' }).click();
      await revised.getByText(/Target: .* 70 in 2024-25/).waitFor();
    }
    await revised
      .getByRole('button', { name: /^Edit target / })
      .first()
      .click();
    const te = revised.getByRole('form', { name: /Edit target/ });
    await te.getByLabel('Value').fill('91');
    await te.getByLabel(/Tolerance/).fill('2');
    await te.getByRole('button', { name: 'Save the target' }).click();
    await revised.getByText(/Target: .* 91 in 2024-25 \(± 2\)/).waitFor();

    // A new objective with a milestone marked done, then the objective deleted (confirmed).
    await page.getByRole('button', { name: 'Add an objective' }).click();
    const add = page.getByRole('form', { name: 'An objective delivering this priority' });
    await add.getByLabel('Objective').fill('Short-lived objective');
    await add.getByRole('button', { name: 'Add the objective' }).click();
    const temp = objectiveItem(page, 'Short-lived objective');
    await temp.getByRole('button', { name: 'Add a milestone' }).click();
    const ms = temp.getByRole('form', { name: /A milestone of/ });
    await ms.getByLabel('Milestone').fill('Kick-off held');
    await ms.getByLabel('Due').fill('2024-09-30');
    await ms.getByRole('button', { name: 'Add the milestone' }).click();
    await temp.getByRole('button', { name: 'Mark done: “Kick-off held”' }).click();
    await temp.getByText(/Kick-off held \(due 30 Sept? 2024, done\)/).waitFor();
    now = await priorities();
    const made = now.find((p) => p.id === heir.id).objectives.find((o: any) => o.name === 'Short-lived objective');
    expect(made.milestones).toEqual([{ name: 'Kick-off held', status: 'COMPLETE' }]);
    await temp.getByRole('button', { name: 'Delete objective “Short-lived objective”' }).click();
    await temp
      .getByRole('group', { name: /Confirm: Delete objective/ })
      .getByRole('button', { name: 'Yes, delete it' })
      .click();
    await temp.waitFor({ state: 'detached' });

    // A consultation with a hard-to-reach group, listed on the priority.
    await page.getByRole('button', { name: 'Record a consultation' }).click();
    const rc = page.getByRole('form', { name: 'Record a consultation' });
    await rc.getByLabel('Title').fill('Carers forum, Ipswich');
    await rc.getByRole('button', { name: 'Record the consultation' }).click();
    await rc
      .getByText(/what was heard/i)
      .first()
      .waitFor();
    await rc.getByLabel('Group 1: name').fill('Young carers');
    await rc.getByLabel('Group 1 is hard to reach').check();
    await rc.getByLabel('What was heard').fill('Young carers want breaks they can book themselves.');
    await rc.getByRole('button', { name: 'Record the consultation' }).click();
    const listed = page.getByRole('list', { name: 'Consultations' }).getByRole('listitem', { name: 'Carers forum, Ipswich' });
    await listed.getByText(/Young carers \(carers, hard to reach\)/).waitFor();
    await expectNoSidewaysScroll(page);
    await axeClean(page);
    await scrollTo(page.getByRole('heading', { name: /Consultations that informed it/ }));
    await screenshot(page, 'priority-edits-more-director-1440');

    // Marked as not a priority, with the reason: listed apart.
    await page.goto(`${server.url}${at(dropped.id)}`);
    await heading(page, dropped.name);
    await page.getByRole('button', { name: 'Mark as not a priority' }).click();
    const np = page.getByRole('form', { name: 'Mark as not a priority' });
    // No reason: the server's refusal lands on the reason.
    await np.getByRole('button', { name: 'Mark as not a priority' }).click();
    const reason = np.getByLabel('Why we will not prioritise it');
    await expect.poll(() => reason.getAttribute('aria-invalid')).toBe('true');
    await np.getByLabel('Why we will not prioritise it').fill('The NHS leads this work in Suffolk.');
    await np.getByRole('button', { name: 'Mark as not a priority' }).click();
    await page.getByText('Because: The NHS leads this work in Suffolk.').waitFor();

    now = await priorities();
    expect(now.find((p) => p.id === dropped.id)).toMatchObject({
      isNonPriority: true,
      nonPriorityReason: 'The NHS leads this work in Suffolk.',
    });
    const heirAfter = now.find((p) => p.id === heir.id);
    expect(heirAfter.consultations.map((c: any) => c.title)).toContain('Carers forum, Ipswich');
    expect(heirAfter.objectives.some((o: any) => o.name === 'Short-lived objective')).toBe(false);
    const changed = heirAfter.objectives.find((o: any) => o.id === objective.id);
    expect(changed.name).toBe(`${objective.name} (revised)`);
    expect(changed.targets.some((t: any) => t.value === 91)).toBe(true);

    // At 390 px the editor fits the phone.
    await page.goto(`${server.url}${at(heir.id)}`);
    await heading(page, heir.name);
    await page.setViewportSize({ width: 390, height: 844 });
    await scrollTo(page.getByRole('heading', { name: 'Change this priority' }));
    await expectNoSidewaysScroll(page);
    await axeClean(page);
    await screenshot(page, 'priority-edits-more-director-390');
    expect(errors.filter((e) => !/status of (400|403|409)/.test(e))).toEqual([]);
    await page.context().close();
  });

  it('offers an ordinary officer none of these buttons', async () => {
    const heir = (await mine())[0];
    const { page, errors } = await open(browser, server, at(heir.id), 390, officer);
    await heading(page, heir.name);
    await page.getByRole('heading', { name: /Consultations that informed it/ }).waitFor();
    await page.waitForLoadState('networkidle');
    for (const name of [
      'Delete this priority',
      'Change owner',
      'Mark as not a priority',
      'Record a consultation',
      'Edit details',
      'Change the limits',
    ]) {
      expect(await page.getByRole('button', { name, exact: true }).count(), name).toBe(0);
    }
    for (const name of [/^Edit objective/, /^Delete objective/, /^Edit target/, /^Delete target/, /^Unlink target/, /^Edit milestone/]) {
      expect(await page.getByRole('button', { name }).count(), String(name)).toBe(0);
    }
    await axeClean(page);
    await scrollTo(page.getByRole('heading', { name: /Consultations that informed it/ }));
    await screenshot(page, 'priority-edits-more-officer-390');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("lets an administrator change the council's limit on active priorities, the server's refusal on the field", async () => {
    const { page, errors } = await open(browser, server, `/councils/${GSS}/priorities`, 1440, ADMIN);
    const limits = page.getByRole('region', { name: 'Limits on active priorities' });
    await limits.getByRole('button', { name: 'Change the limit of service priorities' }).click();
    const form = limits.getByRole('form', { name: 'Limit of service priorities' });
    const field = form.getByLabel(/Most active priorities/);
    await field.fill('0');
    await field.press('Enter');
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    await form
      .locator('.field__error')
      .filter({ hasText: /whole number from 1 to 100/ })
      .waitFor();
    await field.fill('30');
    await field.press('Enter');
    await limits.getByText(/Service:\s*30/).waitFor();
    const admin = await server.signIn(ADMIN, { password: 'golden-thread-demo' });
    const r = await admin.gql(`query($c: ID!) { node(id: $c) { ... on Council { priorityLimits { level limit } } } }`, { c: councilId });
    expect(r.data.node.priorityLimits).toContainEqual({ level: 'SERVICE', limit: 30 });
    await axeClean(page);
    await scrollTo(limits);
    await screenshot(page, 'priority-edits-more-admin-limits-1440');
    expect(errors.filter((e) => !/status of (400|403|409)/.test(e))).toEqual([]);
    await page.context().close();
  });

  it('lets an administrator delete a communication, asked first and refused for the only one of a communicated priority', async () => {
    const admin = await server.signIn(ADMIN, { password: 'golden-thread-demo' });
    const list = async () =>
      (
        await admin.gql(
          `query($c: ID!) { node(id: $c) { ... on Council { priorities(period: "2024-25") { id name status
            communications { id date channel } } } } }`,
          { c: councilId },
        )
      ).data.node.priorities as Array<{ id: string; name: string; status: string; communications: Array<{ id: string; date: string }> }>;
    const alone = (await list()).find((p) => p.status === 'COMMUNICATED' && p.communications.length === 1)!;
    expect(alone).toBeTruthy();
    // A second communication of the same priority, which may go.
    const made = await admin.gql(
      `mutation($i: RecordCommunicationInput!) { recordCommunication(input: $i) { communication { id date } } }`,
      {
        i: {
          councilId,
          date: '2025-01-20',
          channel: 'Easy-read leaflet',
          groups: [{ kind: 'CARERS', name: 'Carers forum' }],
          priorityIds: [alone.id],
        },
      },
    );
    expect(made.errors, JSON.stringify(made.errors)).toBeUndefined();
    const { page, errors } = await open(browser, server, at(alone.id), 1440, ADMIN);
    await heading(page, alone.name);
    const recorded = page.getByRole('list', { name: 'Communications recorded' });
    await recorded.getByRole('listitem').filter({ hasText: 'Easy-read leaflet' }).waitFor();
    await recorded.getByRole('button', { name: 'Delete the communication of 2025-01-20' }).click();
    const sure = recorded.getByRole('group', { name: 'Confirm: Delete the communication of 2025-01-20' });
    await sure.getByText(/Delete the communication of 2025-01-20 \(Easy-read leaflet\)\?/).waitFor();
    expect((await list()).find((p) => p.id === alone.id)!.communications).toHaveLength(2);
    await axeClean(page);
    await screenshot(page, 'priority-edits-more-communication-delete-1440');
    await sure.getByRole('button', { name: 'Yes, delete it' }).click();
    await expect.poll(() => recorded.getByRole('listitem').count()).toBe(1);
    expect((await list()).find((p) => p.id === alone.id)!.communications.map((c) => c.id)).toEqual(alone.communications.map((c) => c.id));

    // The last one of a communicated priority stays, in the server's words.
    const last = alone.communications[0]!;
    await recorded.getByRole('button', { name: `Delete the communication of ${last.date}` }).click();
    await recorded
      .getByRole('group', { name: `Confirm: Delete the communication of ${last.date}` })
      .getByRole('button', { name: 'Yes, delete it' })
      .click();
    await recorded
      .getByRole('alert')
      .filter({ hasText: /only recorded communication/ })
      .waitFor();
    expect((await list()).find((p) => p.id === alone.id)!.communications).toHaveLength(1);
    await page.setViewportSize({ width: 390, height: 844 });
    await scrollTo(recorded);
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'priority-edits-more-communication-refused-390');
    expect(errors.filter((e) => !/status of (400|403|409)/.test(e))).toEqual([]);
    await page.context().close();

    // The director and an ordinary officer get no button to delete it (the council's writers may).
    for (const who of [director, officer]) {
      const seen = await open(browser, server, at(alone.id), 390, who);
      await heading(seen.page, alone.name);
      await seen.page.getByRole('heading', { name: /Consultations that informed it/ }).waitFor();
      await seen.page.waitForLoadState('networkidle');
      expect(await seen.page.getByRole('button', { name: /^Delete the communication/ }).count(), who).toBe(0);
      await seen.page.context().close();
    }
  });
});
