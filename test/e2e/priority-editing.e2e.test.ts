import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { Council, Directorate, Person, PersonKind, Priority, PriorityLevel, Service } from '@goldenthread/db';
import { startTestServer, type TestServer } from '../testkit/index.js';
import { launchBrowser, screenshot, webDist, scrollTo } from './browser.js';
import { expectNoSidewaysScroll, giveAccounts, GSS, open } from './governance.helpers.js';

// A director takes her own draft priority from DRAFT to COMMUNICATED in the cascade, with an
// objective, a milestone (marked done) and a target, and the server's state is checked after; an
// ordinary officer sees the same priority with no action offered.
const C1 = 'Help people live independently at home for longer';
const NAME = 'Carers heard first';
const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');

describe('web app: editing a priority in place', () => {
  let server: TestServer;
  let browser: Browser;
  let c1: string;
  let director: string;
  let officer: string;
  let ascName: string;

  beforeAll(async () => {
    server = await startTestServer('sqlite', { seed: 'demo', webDist });
    const em = server.em();
    const council = await em.findOneOrFail(Council, { gssCode: GSS });
    c1 = gid('Priority', (await em.findOneOrFail(Priority, { council: council.id, name: C1, level: PriorityLevel.CORPORATE })).id);
    const asc = await em.findOneOrFail(Directorate, { council: council.id, code: 'ASC' });
    ascName = asc.name;
    director = (await em.findOneOrFail(Person, { id: asc.director!.id })).email!;
    const people = await em.find(
      Person,
      { council: council.id, kind: PersonKind.OFFICER, email: { $ne: null } },
      { orderBy: { id: 'desc' } },
    );
    const managers = new Set(people.map((p) => p.lineManager?.id));
    const owners = new Set((await em.find(Service, { council: council.id })).map((s) => s.accountableOwner?.id));
    officer = people.find((p) => !managers.has(p.id) && !owners.has(p.id) && p.id !== asc.director!.id)!.email!;
    await giveAccounts(server, director);
    await server.signIn(officer, { password: 'golden-thread-demo' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const status = (page: Page, word: string) =>
    page.locator('section[aria-labelledby="priority-title"] .status-tag').first().filter({ hasText: word }).waitFor();

  it('lets a director create, edit, agree, communicate her priority and add an objective, a milestone and a target', async () => {
    const { page, errors } = await open(browser, server, `/councils/${GSS}/priorities/${c1}`, 1440, director);
    await page.getByRole('heading', { level: 2, name: C1 }).waitFor();
    await page.getByRole('button', { name: 'Add a priority under this' }).click();
    const form = page.getByRole('form', { name: 'A directorate priority under this' });
    // The server's refusal lands on its field: no directorate chosen yet.
    await form.getByRole('button', { name: 'Create as a draft' }).click();
    const place = form.getByLabel('Directorate');
    await expect.poll(() => place.getAttribute('aria-invalid')).toBe('true');
    await form
      .locator('.field__error')
      .filter({ hasText: /Say which directorate/ })
      .waitFor();
    await form.getByLabel('Name').fill(NAME);
    await form.getByLabel('Directorate').selectOption({ label: ascName });
    await form.getByRole('button', { name: 'Create as a draft' }).click();
    await page.getByRole('heading', { level: 2, name: NAME }).waitFor();
    await status(page, 'Draft');

    // Edit: resources, from the keyboard.
    await page.getByRole('button', { name: 'Edit details' }).click();
    const edit = page.getByRole('form', { name: 'Edit details' });
    await edit.getByLabel('Budget (£)').fill('25000');
    await edit.getByLabel('Staff time (FTE)').fill('1.5');
    await edit.getByLabel('Staff time (FTE)').press('Enter');
    await edit.waitFor({ state: 'detached' });

    // Agree, after confirming.
    await page.getByRole('button', { name: 'Agree', exact: true }).click();
    const confirm = page.getByRole('group', { name: 'Confirm: Agree' });
    await expect
      .poll(() => confirm.getByRole('button', { name: 'Yes, agree it' }).evaluate((b) => b === document.activeElement))
      .toBe(true);
    await page.keyboard.press('Enter');
    await status(page, 'Agreed');

    // Record the communication, then communicate (public: confirmed).
    await page.getByRole('button', { name: 'Record a communication' }).click();
    const told = page.getByRole('form', { name: 'Record a communication' });
    await told.getByLabel('How (channel)').fill('Staff briefing');
    await told.getByLabel('Who was told (staff group)').fill('Adult social care staff');
    await told.getByRole('button', { name: 'Record it' }).click();
    await page.getByText(/Communicated on .*\(Staff briefing\)/).waitFor();
    await page.getByRole('button', { name: 'Mark as communicated' }).click();
    await page.getByRole('group', { name: 'Confirm: Mark as communicated' }).getByRole('button', { name: 'Yes, make it public' }).click();
    await status(page, 'Communicated');

    // An objective, its milestone marked done, and a target.
    await page.getByRole('button', { name: 'Add an objective' }).click();
    const obj = page.getByRole('form', { name: 'An objective delivering this priority' });
    await obj.getByLabel('Objective').fill('Offer every carer an assessment');
    await obj.getByRole('button', { name: 'Add the objective' }).click();
    const item = page
      .getByRole('list', { name: 'Objectives to change' })
      .getByRole('listitem', { name: 'Offer every carer an assessment' });
    await item.getByRole('button', { name: 'Add a milestone' }).click();
    const ms = item.getByRole('form', { name: /A milestone of/ });
    await ms.getByLabel('Milestone').fill('Assessment offer letters sent');
    await ms.getByLabel('Due').fill('2025-01-31');
    await ms.getByRole('button', { name: 'Add the milestone' }).click();
    await item.getByRole('button', { name: 'Mark done: “Assessment offer letters sent”' }).click();
    await item.getByText(/Assessment offer letters sent \(due 31 Jan 2025, done\)/).waitFor();
    await item.getByRole('button', { name: 'Add a target' }).click();
    const tf = item.getByRole('form', { name: /A target measuring/ });
    const select = tf.getByLabel('Indicator');
    await expect.poll(() => select.locator('option').count()).toBeGreaterThan(2);
    const option = (await select.locator('option').nth(1).getAttribute('value'))!;
    await select.selectOption(option);
    await tf.getByLabel(/Value for/).fill('80');
    await tf.getByRole('button', { name: 'Set the target' }).click();
    await item.getByText(/Target: .* 80 in 2024-25/).waitFor();
    await expectNoSidewaysScroll(page);
    await scrollTo(page.locator('section[aria-labelledby="priority-title"]'));
    await screenshot(page, 'priority-editing-director-1440');

    // The server agrees.
    const me = await server.signIn(director, { password: 'golden-thread-demo' });
    const q = `query($c: ID!) { node(id: $c) { ... on Priority { children { name status budget fte owner { email }
      communications { channel } objectives { name milestones { name status } targets { value period } } } } } }`;
    const made = (await me.gql(q, { c: c1 })).data.node.children.find((p: any) => p.name === NAME);
    expect(made).toMatchObject({
      status: 'COMMUNICATED',
      budget: 25000,
      fte: 1.5,
      owner: { email: director },
      communications: [{ channel: 'Staff briefing' }],
    });
    expect(made.objectives).toEqual([
      {
        name: 'Offer every carer an assessment',
        milestones: [{ name: 'Assessment offer letters sent', status: 'COMPLETE' }],
        targets: [{ value: 80, period: '2024-25' }],
      },
    ]);

    // At 390 px the editor fits the phone.
    await page.setViewportSize({ width: 390, height: 844 });
    await scrollTo(page.getByRole('heading', { name: 'Change this priority' }));
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'priority-editing-director-390');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('offers an ordinary officer no edit button on the same priorities', async () => {
    const { page, errors } = await open(browser, server, `/councils/${GSS}/priorities/${c1}`, 390, officer);
    await page.getByRole('heading', { level: 2, name: C1 }).waitFor();
    await page.getByRole('link', { name: /Scrutinise/ }).waitFor();
    // The permissions have been asked for (the same query the director's editor answers) and allow nothing.
    await page.waitForLoadState('networkidle');
    for (const name of [
      'Edit details',
      'Add a priority under this',
      'Agree',
      'Record a communication',
      'Mark as communicated',
      'Add an objective',
      'Add a milestone',
      'Add a target',
    ]) {
      expect(await page.getByRole('button', { name, exact: true }).count(), name).toBe(0);
    }
    expect(await page.getByRole('heading', { name: 'Change this priority' }).count()).toBe(0);
    await scrollTo(page.getByRole('heading', { level: 2, name: C1 }));
    await screenshot(page, 'priority-editing-officer-390');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
