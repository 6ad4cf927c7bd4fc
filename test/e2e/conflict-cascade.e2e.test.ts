import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { Person, PersonKind } from '@goldenthread/db';
import { axeViolations } from './axe.js';
import { screenshot, scrollTo } from './browser.js';
import { apiAs, gid, nodeAs, staleFixture, twoContexts } from './conflict-cascade.helpers.js';
import { demoServer, expectNoSidewaysScroll, GSS, unexpected } from './governance.helpers.js';

// Issue 16: the forms of the priority cascade that send a version answer a stale one with the other
// person's change beside mine and a choice. For each, two browser contexts open the same record; the
// first saves, the second saves stale and sees the panel naming the change; "Take theirs" puts the
// stored values in the form; the first saves again, and "Keep mine" saves the second's values over it.
const NAME = 'Carers heard sooner';
const OBJECTIVE = 'Answer every carer within a week';
const MILESTONE = 'Carers line staffed';

describe('web app: a stale save on the cascade’s forms answered with keep mine / take theirs', () => {
  const env = demoServer();
  let director = '';
  let manager = '';
  let priorityId = '';
  let appraisal = { id: '', name: '', person: '' };
  let councilGid = '';
  /** Where a directorate priority of the director's goes: under C1, in her directorate. */
  let placed: Record<string, string> = {};
  let serviceGid = '';
  /** Three officers whose names no other officer's name contains, so a search finds each alone. */
  let owners: Array<{ id: string; name: string }> = [];
  let me: Awaited<ReturnType<typeof env.server.signIn>>;
  let boss: typeof me;
  const api = (query: string, variables: Record<string, unknown> = {}, as = me) => apiAs(as, query, variables);
  const node = (id: string, fields: string, as = me) => nodeAs(as, id, fields);

  beforeAll(async () => {
    const f = await staleFixture(env.server, (x) => x.reviewedOn === null);
    ({ director, manager, appraisal, councilGid, serviceGid, placed, me, boss } = f);
    const all = await env.server.em().find(Person, { council: f.council.id, kind: PersonKind.OFFICER });
    const names = all.map((x) => x.name.toLowerCase());
    owners = all
      .filter((x) => names.filter((n) => n.includes(x.name.toLowerCase())).length === 1)
      .slice(0, 3)
      .map((x) => ({ id: gid('Person', x.id), name: x.name }));
    const made = await api(`mutation($i: CreatePriorityInput!) { createPriority(input: $i) { priority { id } } }`, {
      i: {
        councilId: councilGid,
        name: NAME,
        ...placed,
        budget: 10000,
        fte: 1,
      },
    });
    priorityId = made.createPriority.priority.id;
    const objective = await api(`mutation($i: CreateObjectiveInput!) { createObjective(input: $i) { objective { id } } }`, {
      i: { name: OBJECTIVE, serviceId: serviceGid, period: '2024-25', priorityIds: [priorityId] },
    });
    await api(`mutation($i: CreateMilestoneInput!) { createMilestone(input: $i) { milestone { id } } }`, {
      i: { objectiveId: objective.createObjective.objective.id, name: MILESTONE, due: '2025-01-31' },
    });
  });

  const two = (path: string, who: string, ready: (page: Page) => Promise<void>, width = 1440) => twoContexts(env, path, who, ready, width);
  const panelOf = (page: Page, what: string) =>
    page.getByRole('region', { name: `Someone else changed ${what} while you were editing it` });
  /** The one change the panel lists, as its words read. */
  const change = async (panel: Locator) => {
    await panel.waitFor();
    expect(await panel.locator('.conflict__change').count()).toBe(1);
    // Its label, their value and mine (each a dt or dd), as one line.
    const parts = await panel.locator('.conflict__change > *').allTextContents();
    return parts.join(' ').replace(/\s+/g, ' ').trim();
  };

  /**
   * One form's round trip: the first context saves `theirs` (twice, the second time after a reload), the
   * second saves `mine` stale each time: take theirs the first time, keep mine the second.
   */
  const clash = async (c: {
    first: Page;
    second: Page;
    ready: (page: Page) => Promise<void>;
    form: (page: Page) => Promise<Locator>;
    save: string;
    what: string;
    theirs: (form: Locator, round: number) => Promise<void>;
    mine: (form: Locator) => Promise<void>;
    named: RegExp;
    tookTheirs: (form: Locator) => Promise<void>;
    shot?: string;
  }) => {
    const a = await c.form(c.first);
    const b = await c.form(c.second);
    await c.theirs(a, 1);
    await a.getByRole('button', { name: c.save }).click();
    await a.waitFor({ state: 'detached' });
    await c.mine(b);
    await b.getByRole('button', { name: c.save }).click();
    const panel = panelOf(c.second, c.what);
    expect(await change(panel)).toMatch(c.named);
    // The panel answers the server's CONFLICT: its message is not repeated as an alert.
    expect(await b.getByRole('alert').count()).toBe(0);
    if (c.shot) {
      await scrollTo(panel);
      expect(await axeViolations(c.second)).toEqual([]);
      await screenshot(c.second, c.shot);
    }
    await panel.getByRole('button', { name: 'Take theirs' }).click();
    await b.getByRole('status').filter({ hasText: 'The form shows the stored values now' }).waitFor();
    await c.tookTheirs(b);

    // Again: the first saves another change; the second, at the version it took, saves stale; keep mine.
    await c.first.reload();
    await c.ready(c.first);
    const again = await c.form(c.first);
    await c.theirs(again, 2);
    await again.getByRole('button', { name: c.save }).click();
    await again.waitFor({ state: 'detached' });
    await c.mine(b);
    await b.getByRole('button', { name: c.save }).click();
    await panel.waitFor();
    await panel.getByRole('button', { name: 'Keep mine' }).click();
    await b.waitFor({ state: 'detached' });
  };

  const priorityPage = `/councils/${GSS}/priorities/`;
  const readyPriority = async (page: Page) => {
    await page.getByRole('heading', { level: 2, name: NAME }).waitFor();
    await page.getByRole('heading', { name: 'Change this priority' }).waitFor();
  };

  it('answers stale saves of a priority’s details, its objective, its milestone and its non-priority reason', async () => {
    const { first, second } = await two(priorityPage + priorityId, director, readyPriority);
    const c = { first: first.page, second: second.page, ready: readyPriority };
    const opener = (button: string, name: string) => async (page: Page) => {
      await page.getByRole('button', { name: button, exact: true }).click();
      return page.getByRole('form', { name });
    };

    // The details: they change the budget, I change the staff time.
    const before = (await node(priorityId, '... on Priority { version }')).version;
    await clash({
      ...c,
      form: opener('Edit details', 'Edit details'),
      save: 'Save',
      what: 'this priority',
      theirs: (f, round) => f.getByLabel('Budget (£)').fill(round === 1 ? '30000' : '40000'),
      mine: (f) => f.getByLabel('Staff time (FTE)').fill('2.5'),
      named: /^Budget \(£\) Theirs: 30000 Yours: 10000$/,
      tookTheirs: async (f) => {
        await expect.poll(() => f.getByLabel('Budget (£)').inputValue()).toBe('30000');
        expect(await f.getByLabel('Staff time (FTE)').inputValue()).toBe('1');
      },
      shot: 'conflict-cascade-priority-1440',
    });
    expect(await node(priorityId, '... on Priority { budget fte version }')).toEqual({ budget: 30000, fte: 2.5, version: before + 3 });

    // The objective: they change its description, I rename it.
    const objective = (page: Page) =>
      page.getByRole('list', { name: 'Objectives to change' }).getByRole('listitem', { name: OBJECTIVE, exact: true });
    await clash({
      ...c,
      form: async (page) => {
        await objective(page)
          .getByRole('button', { name: `Edit objective “${OBJECTIVE}”` })
          .click();
        return page.getByRole('form', { name: `Edit objective “${OBJECTIVE}”` });
      },
      save: 'Save the objective',
      what: 'this objective',
      theirs: (f, round) => f.getByLabel('Description').fill(`Checked weekly (${round})`),
      mine: (f) => f.getByLabel('Objective').fill(`${OBJECTIVE}, or sooner`),
      named: /^Description Theirs: Checked weekly \(1\) Yours: \(empty\)$/,
      tookTheirs: async (f) => {
        await expect.poll(() => f.getByLabel('Description').inputValue()).toBe('Checked weekly (1)');
        expect(await f.getByLabel('Objective').inputValue()).toBe(OBJECTIVE);
      },
    });
    const stored = await node(priorityId, '... on Priority { objectives { name description version milestones { id } } }');
    expect(stored.objectives).toEqual([
      expect.objectContaining({ name: `${OBJECTIVE}, or sooner`, description: 'Checked weekly (1)', version: 4 }),
    ]);

    // The milestone (under the renamed objective, on both pages once read again): they move its due date, I rename it.
    for (const page of [first.page, second.page]) {
      await page.reload();
      await readyPriority(page);
    }
    const milestoneForm = async (page: Page) => {
      await page.getByRole('button', { name: `Edit milestone “${MILESTONE}”` }).click();
      return page.getByRole('form', { name: `Edit milestone “${MILESTONE}”` });
    };
    await clash({
      ...c,
      form: milestoneForm,
      save: 'Save',
      what: 'this milestone',
      theirs: (f, round) => f.getByLabel('Due').fill(round === 1 ? '2025-02-28' : '2025-03-31'),
      mine: (f) => f.getByLabel('Milestone').fill('Carers line staffed all week'),
      named: /^Due Theirs: 28 Feb 2025 Yours: 31 Jan 2025$/,
      tookTheirs: async (f) => {
        await expect.poll(() => f.getByLabel('Due').inputValue()).toBe('2025-02-28');
        expect(await f.getByLabel('Milestone').inputValue()).toBe(MILESTONE);
      },
    });
    const milestone = await node(stored.objectives[0].milestones[0].id, '... on Milestone { name due version }');
    expect(milestone).toEqual({ name: 'Carers line staffed all week', due: '2025-02-28', version: 4 });

    // Not a priority: they mark it with their reason first; my stale reason meets theirs. Take theirs shows it.
    for (const page of [first.page, second.page]) {
      await page.reload();
      await readyPriority(page);
    }
    const a = await opener('Mark as not a priority', 'Mark as not a priority')(first.page);
    const b = await opener('Mark as not a priority', 'Mark as not a priority')(second.page);
    await a.getByLabel('Why we will not prioritise it').fill('Funded by the NHS this year');
    await a.getByRole('button', { name: 'Mark as not a priority' }).click();
    await a.waitFor({ state: 'detached' });
    await b.getByLabel('Why we will not prioritise it').fill('Covered by the carers strategy');
    await b.getByRole('button', { name: 'Mark as not a priority' }).click();
    const panel = panelOf(second.page, 'this priority');
    expect(await change(panel)).toBe(
      'Why we will not prioritise it Theirs: Funded by the NHS this year Yours: Covered by the carers strategy',
    );
    await second.page.setViewportSize({ width: 390, height: 844 });
    await scrollTo(panel);
    await expectNoSidewaysScroll(second.page);
    expect(await axeViolations(second.page)).toEqual([]);
    await screenshot(second.page, 'conflict-cascade-non-priority-390');
    await panel.getByRole('button', { name: 'Take theirs' }).click();
    await expect.poll(() => b.getByLabel('Why we will not prioritise it').inputValue()).toBe('Funded by the NHS this year');
    // Then keep mine over a rename of theirs (through the API: a priority not prioritised leaves the cascade's
    // tree, so the first page no longer opens it): my reason is stored, their name kept.
    const { version } = await node(priorityId, '... on Priority { version }');
    await api(`mutation($i: UpdatePriorityInput!) { updatePriority(input: $i) { priority { id } } }`, {
      i: { id: priorityId, version, name: `${NAME} (NHS)` },
    });
    await b.getByLabel('Why we will not prioritise it').fill('Covered by the carers strategy');
    await b.getByRole('button', { name: 'Mark as not a priority' }).click();
    expect(await change(panel)).toBe(`Name Theirs: ${NAME} (NHS) Yours: ${NAME}`);
    await panel.getByRole('button', { name: 'Keep mine' }).click();
    await b.waitFor({ state: 'detached' });
    expect(await node(priorityId, '... on Priority { name isNonPriority nonPriorityReason }')).toEqual({
      name: `${NAME} (NHS)`,
      isNonPriority: true,
      nonPriorityReason: 'Covered by the carers strategy',
    });
    expect(unexpected([...first.errors, ...second.errors])).toEqual([]);
    await first.page.context().close();
    await second.page.context().close();
  }, 240_000);

  it('answers stale saves of a priority’s owner and of an objective’s target', async () => {
    const made = await api(`mutation($i: CreatePriorityInput!) { createPriority(input: $i) { priority { id } } }`, {
      i: { councilId: councilGid, name: 'Owned twice', ...placed },
    });
    const id = made.createPriority.priority.id;
    const objective = await api(`mutation($i: CreateObjectiveInput!) { createObjective(input: $i) { objective { id } } }`, {
      i: { name: 'Measured twice', serviceId: serviceGid, period: '2024-25', priorityIds: [id] },
    });
    const indicator = (await api(`{ indicators(first: 1) { nodes { id } } }`)).indicators.nodes[0].id;
    const target = await api(`mutation($i: SetTargetInput!) { setTarget(input: $i) { target { id } } }`, {
      i: { councilId: councilGid, serviceId: serviceGid, indicatorId: indicator, period: '2024-25', value: 50 },
    });
    const targetId = target.setTarget.target.id;
    await api(`mutation($i: TargetLinkInput!) { linkTarget(input: $i) { changed } }`, {
      i: { targetId, objectiveId: objective.createObjective.objective.id },
    });
    const ready = async (page: Page) => {
      await page.getByRole('heading', { level: 2, name: 'Owned twice' }).waitFor();
      await page.getByRole('heading', { name: 'Change this priority' }).waitFor();
    };
    const { first, second } = await two(priorityPage + id, director, ready);
    const [them, mine, later] = owners;
    const pick = async (f: Locator, who: { id: string; name: string }) => {
      await f.getByLabel("Search the council's staff").fill(who.name);
      await expect.poll(() => f.getByLabel('Owner (who answers for it)', { exact: true }).inputValue()).toBe(who.id);
    };
    await clash({
      first: first.page,
      second: second.page,
      ready,
      form: async (page) => {
        await page.getByRole('button', { name: 'Change owner', exact: true }).click();
        return page.getByRole('form', { name: 'Change owner' });
      },
      save: 'Save the owner',
      what: 'this priority',
      theirs: (f, round) => pick(f, round === 1 ? them : later),
      mine: (f) => pick(f, mine),
      named: new RegExp(`^Owner Theirs: ${them.name}.* Yours: ${mine.name}`),
      tookTheirs: (f) => expect.poll(() => f.getByLabel('Owner (who answers for it)', { exact: true }).inputValue()).toBe(them.id),
    });
    expect((await node(id, '... on Priority { owner { id } }')).owner).toEqual({ id: mine.id });

    const targetForm = async (page: Page) => {
      await page.getByRole('button', { name: /^Edit target .* 50 in 2024-25$/ }).click();
      return page.getByRole('form', { name: /^Edit target .* 50 in 2024-25$/ });
    };
    await clash({
      first: first.page,
      second: second.page,
      ready,
      form: targetForm,
      save: 'Save the target',
      what: 'this target',
      theirs: (f, round) => f.getByLabel(/^Tolerance/).fill(round === 1 ? '5' : '7'),
      mine: (f) => f.getByLabel('Value').fill('50'),
      named: /^Tolerance Theirs: 5 Yours: \(empty\)$/,
      tookTheirs: (f) => expect.poll(() => f.getByLabel(/^Tolerance/).inputValue()).toBe('5'),
    });
    expect(await node(targetId, '... on Target { value tolerance version }')).toEqual({ value: 50, tolerance: 5, version: 4 });
    expect(unexpected([...first.errors, ...second.errors])).toEqual([]);
    await first.page.context().close();
    await second.page.context().close();
  }, 120_000);

  it('answers a stale review of an appraisal objective, at 390 px', async () => {
    const path = `/councils/${GSS}/thread/${appraisal.person}?period=2024-25`;
    const ready = (page: Page) => page.getByRole('button', { name: `Review and rate “${appraisal.name}”` }).waitFor();
    const { first, second } = await two(path, manager, ready, 390);
    await clash({
      first: first.page,
      second: second.page,
      ready,
      form: async (page) => {
        await page.getByRole('button', { name: `Review and rate “${appraisal.name}”` }).click();
        return page.getByRole('form', { name: `Review “${appraisal.name}”` });
      },
      save: 'Save the review',
      what: 'this appraisal objective',
      theirs: async (f, round) => {
        await f.getByLabel('Rating').selectOption(round === 1 ? 'MET' : 'EXCEEDED');
      },
      mine: (f) => f.getByLabel('Reviewed on').fill('2025-03-20'),
      named: /^Rating Theirs: Met Yours: Not rated yet$/,
      tookTheirs: async (f) => {
        await expect.poll(() => f.getByLabel('Rating').inputValue()).toBe('MET');
        expect(await f.getByLabel('Reviewed on').inputValue()).not.toBe('2025-03-20');
      },
      shot: 'conflict-cascade-appraisal-390',
    }).catch(async (e) => {
      await screenshot(second.page, 'conflict-cascade-appraisal-failed-390');
      throw e;
    });
    await expectNoSidewaysScroll(second.page);
    // Mine (the date) saved over their second rating, with the rating I took from their first.
    const stored = await node(appraisal.id, '... on AppraisalObjective { reviewedOn rating }', boss);
    expect(stored).toEqual({ reviewedOn: '2025-03-20', rating: 'MET' });
    expect(unexpected([...first.errors, ...second.errors])).toEqual([]);
    await first.page.context().close();
    await second.page.context().close();
  }, 120_000);
});
