import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { Council, Person, ScrutinyMeetingItem } from '@goldenthread/db';
import { axeViolations } from './axe.js';
import { DEMO_PASSWORD, screenshot, scrollTo } from './browser.js';
import { byLabel as field, type ConflictCase, conflictRound, editingHeading as heading } from './conflict.helpers.js';
import { apiAs, changes, gid, nodeAs, panelOf, twoContexts } from './conflict-cascade.helpers.js';
import {
  ADMIN,
  CHIEF_EXECUTIVE,
  chooseCommittee,
  COMMITTEE,
  demoServer,
  expectNoSidewaysScroll,
  giveAccounts,
  gov,
  GSS,
  LEAD_OFFICER,
  open,
  reveal,
  SCRUTINY_CHAIR,
  unexpected,
} from './governance.helpers.js';

// Issue 16, the forms and steps left without a browser test of their stale version: the executive's response to a
// scrutiny recommendation (a correction, and a first response given meanwhile), a Best Value review's stage and an
// option's appraisal, correcting a ward enquiry; deleting a decision body and a power, taking an item off a scrutiny
// meeting and unlinking a target from a priority on the indicator's page. Two browser contexts of one person: one
// changes the record, the other acts on the version it read and is shown the change and a choice; nothing is written
// until it chooses, and the stored record is read through the API.
type Session = Awaited<ReturnType<ReturnType<typeof demoServer>['server']['signIn']>>;
const REC_CORRECTED = 'Publish the waiting list for home care every month.';
const REC_FIRST = 'Ask carers what respite they need before the budget is set.';

describe('web app: stale versions of more governance forms and steps answered with their change and a choice', () => {
  const env = demoServer();
  const cases = {} as Record<string, ConflictCase & { who: string }>;
  let admin: Session;
  let councilId = '';
  const api = (query: string, variables: Record<string, unknown> = {}, as = admin) => apiAs(as, query, variables);
  const node = (id: string, fields: string) => nodeAs(admin, id, `... on Node { id } ${fields}`);

  beforeAll(async () => {
    await giveAccounts(env.server, ADMIN, LEAD_OFFICER, SCRUTINY_CHAIR, CHIEF_EXECUTIVE);
    admin = await env.server.signIn(ADMIN, { password: DEMO_PASSWORD });
    councilId = (await api(`{ council(gssCode: "${GSS}") { id } }`)).council.id;
    const chair = await env.server.signIn(SCRUTINY_CHAIR, { password: DEMO_PASSWORD });
    const chief = await env.server.signIn(CHIEF_EXECUTIVE, { password: DEMO_PASSWORD });
    const programme = (
      await api(`query($c: ID!) { scrutinyWorkProgramme(councilId: $c) { committees { committee { id name } } } }`, { c: councilId })
    ).scrutinyWorkProgramme.committees.find((c: { committee: { name: string } }) => c.committee.name === COMMITTEE);
    const make = async (text: string) =>
      (
        await api(
          `mutation($i: MakeScrutinyRecommendationInput!) { makeScrutinyRecommendation(input: $i) { recommendation { id version } } }`,
          { i: { councilId, committeeId: programme.committee.id, text, madeOn: '2026-10-01' } },
          chair,
        )
      ).makeScrutinyRecommendation.recommendation as { id: string; version: number };
    const corrected = await make(REC_CORRECTED);
    await api(
      `mutation($i: RespondToScrutinyRecommendationInput!) { respondToScrutinyRecommendation(input: $i) { recommendation { id } } }`,
      { i: { id: corrected.id, response: 'ACCEPTED', text: 'From April.', respondedOn: '2026-11-02' } },
      chief,
    );
    const first = await make(REC_FIRST);
    const response = (id: string, text: string, summary: string, name: string): ConflictCase & { who: string } => ({
      who: CHIEF_EXECUTIVE,
      name,
      path: gov('scrutiny'),
      form: async (page) => {
        await chooseCommittee(page);
        const item = page.getByRole('list', { name: `Recommendations of ${COMMITTEE}` }).locator(':scope > li', { hasText: text });
        await reveal(item, summary);
        return item.getByRole('form', { name: "The executive's response" });
      },
      ...field('What the executive will do, or why not'),
      save: (form) => form.getByRole('button', { name: 'Record the response' }).click(),
      heading: heading('the executive’s response'),
      label: 'What the executive will do, or why not',
      theirs: 'From April, on the council’s website.',
      mine: 'From April, and in the libraries.',
      stored: async () => {
        const n = await node(id, '... on ScrutinyRecommendation { version responseText }');
        return { value: n.responseText ?? '', version: n.version };
      },
    });
    cases.corrected = response(corrected.id, REC_CORRECTED, "Correct the executive's response", 'scrutiny-response-corrected');
    cases.first = response(first.id, REC_FIRST, "Record the executive's response", 'scrutiny-response-first');

    // Two Best Value reviews of their own: one at scoping (its stage), one with an option appraised.
    const person = await env.server.em().findOneOrFail(Person, { email: LEAD_OFFICER });
    const review = async (title: string) =>
      (
        await api(`mutation($i: CreateBestValueReviewInput!) { createBestValueReview(input: $i) { review { id version } } }`, {
          i: {
            councilId,
            title,
            scope: 'Whether the service is best run as it is.',
            leadOfficerId: gid('Person', person.id),
            ...(person.directorate ? { directorateId: gid('Directorate', person.directorate.id) } : {}),
          },
        })
      ).createBestValueReview.review as { id: string; version: number };
    const staged = await review('Best Value review of meals on wheels');
    cases.stage = {
      who: ADMIN,
      name: 'bv-stage',
      path: gov('reviews', staged.id),
      form: async (page) => {
        await reveal(page, 'Move the review on, or choose an option');
        return page.getByRole('form', { name: 'Move the review' });
      },
      fill: async (form, value) => {
        await form.getByLabel('Stage', { exact: true }).selectOption(value);
      },
      value: (form) => form.getByLabel('Stage', { exact: true }).inputValue(),
      save: (form) => form.getByRole('button', { name: 'Save', exact: true }).click(),
      heading: heading('this review'),
      label: 'Stage',
      theirs: 'EVIDENCE',
      mine: 'OPTIONS',
      shown: { theirs: 'Evidence', mine: 'Options' },
      stored: async () => {
        const n = await node(staged.id, '... on BestValueReview { version status }');
        return { value: n.status, version: n.version };
      },
    };
    const appraised = await review('Best Value review of community transport');
    const option = (
      await api(`mutation($i: AppraiseBestValueOptionInput!) { appraiseBestValueOption(input: $i) { option { id } } }`, {
        i: { reviewId: appraised.id, option: 'SHARE', appraisal: 'Share the buses with the next county.' },
      })
    ).appraiseBestValueOption.option.id as string;
    cases.option = {
      who: ADMIN,
      name: 'bv-option',
      path: gov('reviews', appraised.id),
      form: async (page) => {
        const item = page.locator('.option-list > li', { hasText: 'Share' });
        await reveal(item, 'Change or remove');
        return item.getByRole('form', { name: 'Appraise Share again' });
      },
      ...field('Appraisal'),
      save: (form) => form.getByRole('button', { name: 'Save the appraisal' }).click(),
      heading: heading('this option’s appraisal'),
      label: 'Appraisal',
      theirs: 'Share the buses and the drivers with the next county.',
      mine: 'Share the buses; keep our own drivers.',
      stored: async () => {
        const n = await node(option, '... on BestValueOption { version appraisal }');
        return { value: n.appraisal ?? '', version: n.version };
      },
    };

    // The first ward enquiry listed, found by what its correcting form is named after.
    let subject = '';
    cases.enquiry = {
      who: ADMIN,
      name: 'enquiry-corrected',
      path: gov('enquiries'),
      form: async (page) => {
        const item = page.locator('li', { has: page.locator('summary', { hasText: /^Correct the enquiry$/ }) }).first();
        await reveal(item, 'Correct the enquiry');
        const form = item.getByRole('form', { name: /^Correct the enquiry: / });
        subject = (await form.getAttribute('aria-label'))!.replace(/^Correct the enquiry: /, '');
        return form;
      },
      ...field('Answer due'),
      save: (form) => form.getByRole('button', { name: 'Save the enquiry' }).click(),
      heading: heading('this enquiry'),
      label: 'Answer due',
      theirs: '2031-03-03',
      mine: '2031-03-10',
      shown: { theirs: '3 Mar 2031', mine: '10 Mar 2031' },
      stored: async () => {
        const all = (
          await api(`query($c: ID!) { wardEnquiries(councilId: $c, first: 500) { nodes { subject version responseDue } } }`, {
            c: councilId,
          })
        ).wardEnquiries.nodes as Array<{ subject: string; version: number; responseDue: string }>;
        const n = all.find((e) => e.subject === subject)!;
        return { value: n.responseDue, version: n.version };
      },
    };
  });

  const run = (key: string, choice: 'keep' | 'take', width = 1440) =>
    conflictRound(env.browser, env.server, cases[key]!.who, cases[key]!, choice, width);

  it('correcting the executive’s response: keep mine saves mine over theirs', () => run('corrected', 'keep'));
  it('a first response given meanwhile by someone else: keep mine corrects it with mine', () => run('first', 'keep'));
  it('a Best Value review’s stage: take theirs shows their stage', () => run('stage', 'take'));
  it('a Best Value option’s appraisal, at 390 px: keep mine', () => run('option', 'keep', 390));
  it('correcting a ward enquiry: take theirs', () => run('enquiry', 'take'));

  /** The confirm step's panel naming `what`, listing `expected`; looked at (axe, sideways scroll, a screenshot). */
  const answered = async (page: Page, what: string, expected: string[], name: string) => {
    const panel = panelOf(page, what);
    expect(await changes(panel)).toEqual(expected);
    await scrollTo(panel);
    expect(await axeViolations(page, { include: '.conflict' })).toEqual([]);
    await expectNoSidewaysScroll(page);
    await screenshot(page, name);
    return panel;
  };
  const PAGE = `/councils/${GSS}/delegation`;
  const schemeReady = (page: Page) => page.getByRole('heading', { name: 'Scheme of delegation' }).waitFor();
  const entry = (page: Page, list: string, name: string) =>
    page.getByRole('list', { name: list }).getByRole('listitem', { name, exact: true });

  it('deleting a decision body changed since: cancel keeps it, asked again it is deleted', async () => {
    const NAME = 'Licensing Panel';
    const body = (
      await api(`mutation($i: CreateDecisionBodyInput!) { createDecisionBody(input: $i) { body { id version } } }`, {
        i: { councilId, name: NAME, kind: 'COMMITTEE' },
      })
    ).createDecisionBody.body as { id: string; version: number };
    const { first, second } = await twoContexts(env, PAGE, ADMIN, schemeReady);
    const [a, b] = [first.page, second.page];
    await entry(a, 'Decision bodies', NAME)
      .getByRole('button', { name: `Change ${NAME}` })
      .click();
    const form = a.getByRole('form', { name: `Change “${NAME}”` });
    await form.getByLabel('Kind').selectOption('EXECUTIVE');
    await form.getByRole('button', { name: 'Save the body' }).click();
    await entry(a, 'Decision bodies', NAME).getByText('(executive)').waitFor();

    const item = entry(b, 'Decision bodies', NAME);
    await item.getByRole('button', { name: `Delete ${NAME}` }).click();
    await item.getByRole('button', { name: 'Yes, delete it' }).click();
    const panel = await answered(b, NAME, ['Kind Theirs: Executive (cabinet) You read: Committee'], 'conflict-more-body-1440');
    expect((await node(body.id, '... on DecisionBody { version }')).version).toBe(body.version + 1);
    await panel.getByRole('button', { name: 'Cancel' }).click();
    await item.getByRole('status').filter({ hasText: 'Not done (delete)' }).waitFor();
    await item.getByText('(executive)').waitFor();
    expect(await node(body.id, '... on DecisionBody { version }')).not.toBeNull();
    // Asked again, it is done on the version the page now shows.
    await item.getByRole('button', { name: `Delete ${NAME}` }).click();
    await item.getByRole('button', { name: 'Yes, delete it' }).click();
    await item.waitFor({ state: 'detached' });
    expect(await nodeAs(admin, body.id, 'id')).toBeNull();
    expect(unexpected([...first.errors, ...second.errors])).toEqual([]);
    await a.context().close();
    await b.context().close();
  });

  it('deleting a power whose limit was changed since: do it anyway deletes it', async () => {
    const NAME = 'Approve road closures';
    const bodies = (await api(`query($c: ID!) { node(id: $c) { ... on Council { decisionBodies { id } } } }`, { c: councilId })).node
      .decisionBodies as Array<{ id: string }>;
    const power = (
      await api(`mutation($i: CreateDecisionPowerInput!) { createDecisionPower(input: $i) { power { id version } } }`, {
        i: { councilId, name: NAME, kind: 'TEST_POWER', sourceBodyId: bodies[0]!.id, financialLimit: 1000 },
      })
    ).createDecisionPower.power as { id: string; version: number };
    const { first, second } = await twoContexts(env, PAGE, ADMIN, schemeReady);
    const [a, b] = [first.page, second.page];
    await entry(a, 'Powers', NAME)
      .getByRole('button', { name: `Change “${NAME}”` })
      .click();
    const form = a.getByRole('form', { name: `Change “${NAME}”` });
    await form.getByLabel('Financial limit (£)').fill('2500');
    await form.getByRole('button', { name: 'Save the power' }).click();
    await entry(a, 'Powers', NAME).getByText('£2,500').waitFor();

    const item = entry(b, 'Powers', NAME);
    await item.getByRole('button', { name: `Delete “${NAME}”` }).click();
    await item.getByRole('button', { name: 'Yes, delete it' }).click();
    const panel = await answered(b, `“${NAME}”`, ['Financial limit (£) Theirs: £2,500 You read: £1,000'], 'conflict-more-power-1440');
    expect((await node(power.id, '... on DecisionPower { version financialLimit }')).financialLimit).toBe(2500);
    await panel.getByRole('button', { name: 'Do it anyway' }).click();
    await item.waitFor({ state: 'detached' });
    expect(await nodeAs(admin, power.id, 'id')).toBeNull();
    expect(unexpected([...first.errors, ...second.errors])).toEqual([]);
    await a.context().close();
    await b.context().close();
  });

  it('taking an item off a meeting after its notes changed: do it anyway takes it off', async () => {
    const TITLE = 'Briefing on hospital discharge';
    const meetingId = (
      await api(`query($c: ID!) { scrutinyWorkProgramme(councilId: $c) { committees { committee { name } meetings { id } } } }`, {
        c: councilId,
      })
    ).scrutinyWorkProgramme.committees.find((c: { committee: { name: string } }) => c.committee.name === COMMITTEE).meetings[0].id;
    const chair = await env.server.signIn(SCRUTINY_CHAIR, { password: DEMO_PASSWORD });
    const added = (
      await api(
        `mutation($i: AddScrutinyMeetingItemInput!) { addScrutinyMeetingItem(input: $i) { item { id version } } }`,
        { i: { meetingId, title: TITLE } },
        chair,
      )
    ).addScrutinyMeetingItem.item as { id: string; version: number };
    const { page, errors } = await open(env.browser, env.server, gov('scrutiny'), 1440, SCRUTINY_CHAIR);
    await chooseCommittee(page);
    const meeting = page.locator('.meeting-list > li', { hasText: TITLE });
    await reveal(meeting, 'Change the meeting');
    // No form changes an item once added (only its meeting's date moves): its notes change as a correction in the
    // database would make it, at the next version.
    const dbId = Number(Buffer.from(added.id, 'base64url').toString().split(':')[1]);
    await env.server
      .em()
      .nativeUpdate(ScrutinyMeetingItem, { id: dbId }, { notes: 'Taken at the March meeting', version: added.version + 1 });
    await meeting.getByRole('button', { name: `Remove “${TITLE}”` }).click();
    const panel = await answered(
      page,
      'this item',
      ['Notes Theirs: Taken at the March meeting You read: (empty)'],
      'conflict-more-item-1440',
    );
    expect(await nodeAs(admin, added.id, 'id')).not.toBeNull();
    await panel.getByRole('button', { name: 'Do it anyway' }).click();
    await expect.poll(() => meeting.locator(':scope > ul > li', { hasText: TITLE }).count()).toBe(0);
    expect(await nodeAs(admin, added.id, 'id')).toBeNull();
    expect(unexpected(errors)).toEqual([]);
    await page.context().close();
  });

  it('unlinking a target changed since from a priority, at 390 px: cancel keeps the link, asked again it goes', async () => {
    const council = await env.server.em().findOneOrFail(Council, { gssCode: GSS });
    const indicator = (await api('{ indicator(framework: ASCOF, code: "2A2") { id title } }')).indicator as { id: string; title: string };
    const set = (
      await api(`mutation($i: SetTargetInput!) { setTarget(input: $i) { target { id version } } }`, {
        i: { councilId: gid('Council', council.id), indicatorId: indicator.id, period: '2024-25', value: 12 },
      })
    ).setTarget.target as { id: string; version: number };
    const priorities = (
      await api(
        `query($c: ID!) { node(id: $c) { ... on Council { priorities(period: "2024-25") { id name isNonPriority
      viewerCan { update } } } } }`,
        { c: councilId },
      )
    ).node.priorities as Array<{ id: string; name: string; isNonPriority: boolean; viewerCan: { update: boolean } }>;
    const priority = priorities.find((p) => !p.isNonPriority && p.viewerCan.update)!;
    await api(`mutation($i: TargetLinkInput!) { linkTarget(input: $i) { changed } }`, { i: { targetId: set.id, priorityId: priority.id } });
    const linked = async () =>
      (await node(set.id, '... on Target { version value priorities { id } }')) as {
        version: number;
        value: number;
        priorities: unknown[];
      };
    const path = `/councils/${GSS}/indicator/${indicator.id}`;
    const targets = (page: Page) => page.getByRole('region', { name: 'Targets' });
    const what = '2024-25 for the council as a whole: 12';
    const ready = (page: Page) =>
      targets(page)
        .getByRole('listitem', { name: `Target ${what}` })
        .waitFor();
    // One context changes the target at 1440 px; the other, on a phone, unlinks it at the version it read.
    const first = await open(env.browser, env.server, path, 1440, ADMIN);
    const second = await open(env.browser, env.server, path, 390, ADMIN);
    await ready(first.page);
    await ready(second.page);
    const [a, b] = [first.page, second.page];
    const rowA = targets(a).getByRole('listitem', { name: `Target ${what}` });
    await rowA.getByRole('button', { name: `Change the target ${what}` }).click();
    const form = rowA.getByRole('form', { name: `Change the target ${what}` });
    await form.getByLabel('Target value').fill('14');
    await form.getByRole('button', { name: 'Save the target' }).click();
    await expect.poll(async () => (await linked()).value).toBe(14);

    const row = targets(b).getByRole('listitem', { name: `Target ${what}` });
    const unlink = row.getByRole('button', { name: `Unlink “${priority.name}” from the target ${what}` });
    await scrollTo(unlink);
    await unlink.click();
    await row.getByRole('button', { name: 'Yes, unlink it' }).click();
    const panel = await answered(b, 'this target', ['Value Theirs: 14 You read: 12'], 'conflict-more-unlink-390');
    expect((await linked()).priorities.length).toBe(1);
    await panel.getByRole('button', { name: 'Cancel' }).click();
    await targets(b).getByRole('status').filter({ hasText: 'Not done (unlink)' }).waitFor();
    expect((await linked()).priorities.length).toBe(1);
    // The page shows the stored target now; unlinked at its version.
    const now = targets(b).getByRole('listitem', { name: 'Target 2024-25 for the council as a whole: 14' });
    await now.getByRole('button', { name: /^Unlink / }).click();
    await now.getByRole('button', { name: 'Yes, unlink it' }).click();
    await expect.poll(async () => (await linked()).priorities.length).toBe(0);
    expect(unexpected([...first.errors, ...second.errors])).toEqual([]);
    await a.context().close();
    await b.context().close();
  });
});
