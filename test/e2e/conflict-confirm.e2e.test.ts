import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.js';
import { screenshot, scrollTo } from './browser.js';
import { apiAs, changes, panelOf, nodeAs, staleFixture, twoContexts } from './conflict-cascade.helpers.js';
import { demoServer, expectNoSidewaysScroll, GSS, unexpected } from './governance.helpers.js';

// Issue 16: the confirmed steps of the cascade (agree, mark done, delete) send the version they read. On a
// stale one the second of two browser contexts sees what the first changed and chooses: "Do it anyway" does
// the step at the stored version, "Cancel" does nothing and shows the stored record. Never done unseen.
const NAME = 'Carers agreed twice';
const OBJECTIVE = 'Call every carer back';
const MILESTONE = 'Call-back rota drawn up';

describe('web app: a stale agree, mark done or delete answered with their change and do it anyway / cancel', () => {
  const env = demoServer();
  let director = '';
  let manager = '';
  let priorityId = '';
  let objectiveId = '';
  let milestoneId = '';
  let appraisal = { id: '', name: '', person: '' };
  let me: Awaited<ReturnType<typeof env.server.signIn>>;
  let boss: typeof me;
  let fixture: Awaited<ReturnType<typeof staleFixture>>;
  const api = (query: string, variables: Record<string, unknown> = {}, as = me) => apiAs(as, query, variables);
  const node = (id: string, fields: string, as = me) => nodeAs(as, id, fields);

  beforeAll(async () => {
    const f = await staleFixture(env.server, (x) => x.reviewedOn === null && x.agreedOn === null);
    fixture = f;
    ({ director, manager, appraisal, me, boss } = f);
    const made = await api(`mutation($i: CreatePriorityInput!) { createPriority(input: $i) { priority { id } } }`, {
      i: { councilId: f.councilGid, name: NAME, ...f.placed, ownerId: f.directorId, budget: 10000 },
    });
    priorityId = made.createPriority.priority.id;
    const objective = await api(`mutation($i: CreateObjectiveInput!) { createObjective(input: $i) { objective { id } } }`, {
      i: { name: OBJECTIVE, serviceId: f.serviceGid, period: '2024-25', priorityIds: [priorityId] },
    });
    objectiveId = objective.createObjective.objective.id;
    const milestone = await api(`mutation($i: CreateMilestoneInput!) { createMilestone(input: $i) { milestone { id } } }`, {
      i: { objectiveId, name: MILESTONE, due: '2025-01-31' },
    });
    milestoneId = milestone.createMilestone.milestone.id;
  });

  const two = (path: string, who: string, ready: (page: Page) => Promise<void>, width = 1440) => twoContexts(env, path, who, ready, width);
  /** Clicks a confirmed step's button and its "yes". */
  const step = async (page: Page, button: string, yes?: string) => {
    await page.getByRole('button', { name: button, exact: true }).click();
    if (yes) await page.getByRole('button', { name: yes }).click();
  };
  const priorityPage = `/councils/${GSS}/priorities/`;
  const ready = async (page: Page) => {
    await page.getByRole('heading', { level: 2, name: NAME }).waitFor();
    await page.getByRole('heading', { name: 'Change this priority' }).waitFor();
  };
  const reload = async (...pages: Page[]) => {
    for (const page of pages) {
      await page.reload();
      await ready(page);
    }
  };

  it('answers a stale agree of a priority, mark done of a milestone and delete of an objective', async () => {
    const { first, second } = await two(priorityPage + priorityId, director, ready);
    const [a, b] = [first.page, second.page];

    // Agree: they change the budget first. The stale agree is not done; cancel shows the stored record and
    // the agree, asked again, is done at its version.
    await a.getByRole('button', { name: 'Edit details', exact: true }).click();
    const details = a.getByRole('form', { name: 'Edit details' });
    await details.getByLabel('Budget (£)').fill('30000');
    await details.getByRole('button', { name: 'Save' }).click();
    await details.waitFor({ state: 'detached' });
    await step(b, 'Agree', 'Yes, agree it');
    const priority = panelOf(b, 'this priority');
    expect(await changes(priority)).toEqual(['Budget (£) Theirs: 30000 You read: 10000']);
    await expect.poll(() => priority.textContent()).toContain('Not done yet. They changed 1 field since you read it.');
    // The server's CONFLICT message is answered by the panel, not repeated as an alert.
    expect(await b.getByRole('alert').count()).toBe(0);
    expect(await node(priorityId, '... on Priority { status }')).toEqual({ status: 'DRAFT' });
    await scrollTo(priority);
    expect(await axeViolations(b)).toEqual([]);
    await screenshot(b, 'conflict-confirm-priority-agree-1440');
    await priority.getByRole('button', { name: 'Cancel' }).click();
    await b.getByRole('status').filter({ hasText: 'Not done (agree): the stored record is shown' }).waitFor();
    expect(await node(priorityId, '... on Priority { status }')).toEqual({ status: 'DRAFT' });
    await step(b, 'Agree', 'Yes, agree it');
    await b.getByRole('button', { name: 'Agree', exact: true }).waitFor({ state: 'detached' });
    expect(await priority.count()).toBe(0);
    expect(await node(priorityId, '... on Priority { status budget }')).toEqual({ status: 'AGREED', budget: 30000 });

    // Mark done (one click): they rename the milestone first; do it anyway marks it done with their name.
    await reload(a, b);
    await a.getByRole('button', { name: `Edit milestone “${MILESTONE}”` }).click();
    const edit = a.getByRole('form', { name: `Edit milestone “${MILESTONE}”` });
    await edit.getByLabel('Milestone').fill(`${MILESTONE} and shared`);
    await edit.getByRole('button', { name: 'Save' }).click();
    await edit.waitFor({ state: 'detached' });
    await step(b, `Mark done: “${MILESTONE}”`);
    const milestone = panelOf(b, 'this milestone');
    expect(await changes(milestone)).toEqual([`Milestone Theirs: ${MILESTONE} and shared You read: ${MILESTONE}`]);
    expect(await node(milestoneId, '... on Milestone { status }')).toEqual({ status: 'NOT_STARTED' });
    await milestone.getByRole('button', { name: 'Do it anyway' }).click();
    await b.getByRole('list', { name: 'Objectives to change' }).getByText(`${MILESTONE} and shared (due 31 Jan 2025, done)`).waitFor();
    expect(await node(milestoneId, '... on Milestone { name status }')).toEqual({ name: `${MILESTONE} and shared`, status: 'COMPLETE' });

    // Delete: they describe the objective first. Cancel keeps it (and shows their description); asked again
    // over another change of theirs, do it anyway deletes it.
    await reload(a, b);
    const objective = (page: Page) =>
      page.getByRole('list', { name: 'Objectives to change' }).getByRole('listitem', { name: OBJECTIVE, exact: true });
    const describe = async (words: string) => {
      await objective(a)
        .getByRole('button', { name: `Edit objective “${OBJECTIVE}”` })
        .click();
      const form = a.getByRole('form', { name: `Edit objective “${OBJECTIVE}”` });
      await form.getByLabel('Description').fill(words);
      await form.getByRole('button', { name: 'Save the objective' }).click();
      await form.waitFor({ state: 'detached' });
    };
    await describe('Within two working days');
    await step(b, `Delete objective “${OBJECTIVE}”`, 'Yes, delete it');
    const panel = panelOf(b, 'this objective');
    expect(await changes(panel)).toEqual(['Description Theirs: Within two working days You read: (empty)']);
    expect((await node(objectiveId, '... on Objective { id }'))?.id).toBe(objectiveId);
    await panel.getByRole('button', { name: 'Cancel' }).click();
    await objective(b).getByText('Within two working days').waitFor();
    expect((await node(objectiveId, '... on Objective { description }'))?.description).toBe('Within two working days');
    await describe('Within one working day');
    await step(b, `Delete objective “${OBJECTIVE}”`, 'Yes, delete it');
    expect(await changes(panel)).toEqual(['Description Theirs: Within one working day You read: Within two working days']);
    await panel.getByRole('button', { name: 'Do it anyway' }).click();
    await objective(b).waitFor({ state: 'detached' });
    expect(await node(objectiveId, '... on Objective { id }')).toBeNull();
    expect(unexpected([...first.errors, ...second.errors])).toEqual([]);
    await a.context().close();
    await b.context().close();
  }, 240_000);

  it('answers a stale agree of an appraisal objective, at 390 px', async () => {
    const path = `/councils/${GSS}/thread/${appraisal.person}?period=2024-25`;
    const agree = `Agree “${appraisal.name}”`;
    const readyThread = (page: Page) => page.getByRole('button', { name: agree }).waitFor();
    const { first, second } = await two(path, manager, readyThread, 390);
    const [a, b] = [first.page, second.page];
    // They agree it and rate it first (the review dated today, as the form opens).
    await a.getByRole('button', { name: agree }).click();
    await a.getByRole('button', { name: 'Yes, it is agreed' }).click();
    await a.getByRole('button', { name: agree }).waitFor({ state: 'detached' });
    await a.getByRole('button', { name: `Review and rate “${appraisal.name}”` }).click();
    const review = a.getByRole('form', { name: `Review “${appraisal.name}”` });
    await review.getByLabel('Rating').selectOption('MET');
    await review.getByRole('button', { name: 'Save the review' }).click();
    await review.waitFor({ state: 'detached' });
    const theirs = await node(appraisal.id, '... on AppraisalObjective { version }', boss);
    await b.getByRole('button', { name: agree }).click();
    await b.getByRole('button', { name: 'Yes, it is agreed' }).click();
    const panel = panelOf(b, 'this appraisal objective');
    const seen = await changes(panel);
    expect(seen).toHaveLength(3);
    expect(seen[0]).toMatch(/^Agreed on Theirs: \d{1,2} \w+ \d{4} You read: Not agreed$/);
    expect(seen[1]).toMatch(/^Reviewed on Theirs: \d{1,2} \w+ \d{4} You read: Not reviewed$/);
    expect(seen[2]).toBe('Rating Theirs: Met You read: Not rated yet');
    // Not agreed again unseen: their record stands, at its version, until the choice.
    expect(await node(appraisal.id, '... on AppraisalObjective { version }', boss)).toEqual(theirs);
    await scrollTo(panel);
    await expectNoSidewaysScroll(b);
    expect(await axeViolations(b)).toEqual([]);
    await screenshot(b, 'conflict-confirm-appraisal-390');
    await panel.getByRole('button', { name: 'Do it anyway' }).click();
    await b.getByRole('button', { name: agree }).waitFor({ state: 'detached' });
    const stored = await node(appraisal.id, '... on AppraisalObjective { agreedOn rating }', boss);
    expect(stored).toEqual({ agreedOn: new Date().toISOString().slice(0, 10), rating: 'MET' });
    expect(unexpected([...first.errors, ...second.errors])).toEqual([]);
    await a.context().close();
    await b.context().close();
  }, 120_000);

  it('answers a stale delete of a priority: cancel keeps it, do it anyway deletes it', async () => {
    const made = await api(`mutation($i: CreatePriorityInput!) { createPriority(input: $i) { priority { id } } }`, {
      i: { councilId: fixture.councilGid, name: 'Deleted twice', ...fixture.placed, budget: 5000 },
    });
    const id = made.createPriority.priority.id;
    const readyIt = async (page: Page) => {
      await page.getByRole('heading', { level: 2, name: 'Deleted twice' }).waitFor();
      await page.getByRole('heading', { name: 'Change this priority' }).waitFor();
    };
    const { first, second } = await two(priorityPage + id, director, readyIt);
    const [a, b] = [first.page, second.page];
    const budget = async (value: string) => {
      await a.getByRole('button', { name: 'Edit details', exact: true }).click();
      const details = a.getByRole('form', { name: 'Edit details' });
      await details.getByLabel('Budget (£)').fill(value);
      await details.getByRole('button', { name: 'Save' }).click();
      await details.waitFor({ state: 'detached' });
    };
    await budget('6000');
    await b.getByRole('button', { name: 'Delete this priority' }).click();
    const form = b.getByRole('form', { name: 'Delete this priority' });
    await form.getByRole('button', { name: 'Yes, delete it' }).click();
    const panel = panelOf(b, 'this priority');
    expect(await changes(panel)).toEqual(['Budget (£) Theirs: 6000 You read: 5000']);
    expect(await form.getByRole('alert').count()).toBe(0);
    expect((await node(id, '... on Priority { budget }'))?.budget).toBe(6000);
    await panel.getByRole('button', { name: 'Cancel' }).click();
    await form.getByRole('status').filter({ hasText: 'Not done (delete this priority)' }).waitFor();
    expect((await node(id, '... on Priority { budget }'))?.budget).toBe(6000);
    // Asked again over another change of theirs: do it anyway deletes it.
    await budget('7000');
    await form.getByRole('button', { name: 'Yes, delete it' }).click();
    expect(await changes(panel)).toEqual(['Budget (£) Theirs: 7000 You read: 6000']);
    await panel.getByRole('button', { name: 'Do it anyway' }).click();
    await expect.poll(() => node(id, '... on Priority { id }')).toBeNull();
    expect(unexpected([...first.errors, ...second.errors])).toEqual([]);
    await a.context().close();
    await b.context().close();
  }, 120_000);
});
