import type { Page } from 'playwright-core';
import { beforeAll, describe, it } from 'vitest';
import type { Client } from '../testkit/index.js';
import { byLabel as field, type ConflictCase, conflictRound, editingHeading as heading } from './conflict.helpers.js';
import {
  ADMIN,
  chooseCommittee,
  COMMITTEE,
  COMPLAINTS_OFFICER,
  demoServer,
  giveAccounts,
  gov,
  LEAD_OFFICER,
  reveal,
  SCRUTINY_CHAIR,
} from './governance.helpers.js';

// Issue 16, "forms that behave", on the governance forms that change a versioned record: two browser contexts of one
// person open the record; one saves, the other saves over it and sees the panel naming the change; "Keep mine" saves
// over it at the next version, "Take theirs" puts the stored value in the form. The stored value is read through the API.
const REVIEW = 'Best Value review of day opportunities for adults with learning disabilities';

describe('web app: the conflict panel on the governance forms', () => {
  const env = demoServer();
  const cases = {} as Record<string, ConflictCase & { who: string }>;
  let api: Client;
  const node = async (id: string, fields: string) => {
    const r = await api.gql(`query($id: ID!) { node(id: $id) { ... on Node { id } ${fields} } }`, { id });
    return r.data.node;
  };

  beforeAll(async () => {
    await giveAccounts(env.server, ADMIN, COMPLAINTS_OFFICER);
    api = await env.server.signIn(ADMIN);
    const councilId = (await api.gql(`{ council(gssCode: "E10000029") { id } }`)).data.council.id as string;

    // A Best Value review's finding, added for the test.
    const lead = await env.server.signIn(LEAD_OFFICER);
    const reviews = await lead.gql(`query($c: ID!) { bestValueReviews(councilId: $c, first: 50) { nodes { id title } } }`, {
      c: councilId,
    });
    const reviewId = reviews.data.bestValueReviews.nodes.find((r: { title: string }) => r.title === REVIEW).id as string;
    const FINDING = 'Day centres are a third dearer than their neighbours’.';
    const added = await lead.gql(`mutation($i: AddBestValueFindingInput!) { addBestValueFinding(input: $i) { finding { id } } }`, {
      i: { reviewId, kind: 'CONSULT', text: FINDING },
    });
    const findingId = added.data.addBestValueFinding.finding.id as string;
    cases.finding = {
      who: LEAD_OFFICER,
      name: 'bv-finding',
      path: gov('reviews', reviewId),
      form: async (page) => {
        const item = page.getByRole('region', { name: 'Consult', exact: true }).locator('li', { hasText: FINDING });
        await reveal(item, 'Change or remove');
        return item.getByRole('form', { name: `Change the finding: ${FINDING}` });
      },
      ...field('Evidence'),
      save: (form) => form.getByRole('button', { name: 'Save the finding' }).click(),
      heading: heading('this finding'),
      label: 'Evidence',
      theirs: 'Their survey of 40 carers',
      mine: 'My benchmarking table',
      stored: async () => {
        const n = await node(findingId, '... on BestValueFinding { version evidence }');
        return { value: n.evidence ?? '', version: n.version };
      },
    };

    const REC = 'Bring the two day centres under one manager.';
    const recId = (
      await lead.gql(`mutation($i: AddBestValueRecommendationInput!) { addBestValueRecommendation(input: $i) { recommendation { id } } }`, {
        i: { reviewId, text: REC },
      })
    ).data.addBestValueRecommendation.recommendation.id as string;
    cases.bvRecommendation = {
      who: LEAD_OFFICER,
      name: 'bv-recommendation',
      path: gov('reviews', reviewId),
      form: async (page) => {
        const item = page.locator('li', { hasText: REC }).last();
        await reveal(item, 'Change the recommendation');
        return item.getByRole('form', { name: `Change the recommendation: ${REC}` });
      },
      ...field('Recommendation'),
      save: (form) => form.getByRole('button', { name: 'Save the recommendation' }).click(),
      heading: heading('this recommendation'),
      label: 'Recommendation',
      theirs: 'Bring the day centres under one manager by April.',
      mine: 'Bring the day centres under one manager, and ask the families first.',
      stored: async () => {
        const n = await node(recId, '... on BestValueRecommendation { version text }');
        return { value: n.text, version: n.version };
      },
    };

    // The committee's first topic and first recommendation, as the chair sees them.
    const chair = await env.server.signIn(SCRUTINY_CHAIR);
    const programme = (
      await chair.gql(
        `query($c: ID!) { scrutinyWorkProgramme(councilId: $c) { committees { committee { name }
          topics { id title } recommendations { id text } meetings { id } } } }`,
        { c: councilId },
      )
    ).data.scrutinyWorkProgramme.committees.find((c: { committee: { name: string } }) => c.committee.name === COMMITTEE);
    const topic = programme.topics[0] as { id: string; title: string };
    const scrutiny = async (page: Page) => {
      await chooseCommittee(page);
    };
    cases.topic = {
      who: SCRUTINY_CHAIR,
      name: 'scrutiny-topic',
      path: gov('scrutiny'),
      form: async (page) => {
        await scrutiny(page);
        const item = page.getByRole('list', { name: `Topics of ${COMMITTEE}` }).locator(':scope > li', { hasText: topic.title });
        await reveal(item, 'Change the topic');
        return item.getByRole('form', { name: `Change the topic ${topic.title}` });
      },
      ...field('Why, in words'),
      save: (form) => form.getByRole('button', { name: 'Save the topic' }).click(),
      heading: heading('this topic'),
      label: 'Note on why',
      theirs: 'Bottom quartile for three years',
      mine: 'Residents’ concern at two meetings',
      stored: async () => {
        const n = await node(topic.id, '... on ScrutinyTopic { version reasonNote }');
        return { value: n.reasonNote ?? '', version: n.version };
      },
    };
    const meeting = programme.meetings[0].id as string;
    cases.meeting = {
      who: SCRUTINY_CHAIR,
      name: 'scrutiny-meeting',
      path: gov('scrutiny'),
      // The list's first meeting, as the programme lists them.
      form: async (page) => {
        await scrutiny(page);
        const item = page.locator('.meeting-list > li').first();
        await reveal(item, 'Change the meeting');
        return item.getByRole('form', { name: 'Move the meeting' });
      },
      ...field('Held on'),
      save: (form) => form.getByRole('button', { name: 'Move the meeting' }).click(),
      heading: heading('this meeting'),
      label: 'Held on',
      theirs: '2030-03-11',
      mine: '2030-03-18',
      shown: { theirs: '11 Mar 2030', mine: '18 Mar 2030' },
      stored: async () => {
        const n = await node(meeting, '... on ScrutinyMeeting { version heldOn }');
        return { value: n.heldOn, version: n.version };
      },
    };
    const rec = programme.recommendations[0] as { id: string; text: string };
    cases.recommendation = {
      who: SCRUTINY_CHAIR,
      name: 'scrutiny-recommendation',
      path: gov('scrutiny'),
      form: async (page) => {
        await scrutiny(page);
        const item = page.getByRole('list', { name: `Recommendations of ${COMMITTEE}` }).locator(':scope > li', { hasText: rec.text });
        await reveal(item, 'Correct the recommendation');
        return item.getByRole('form', { name: /^Correct the recommendation/ });
      },
      ...field('Response due'),
      save: (form) => form.getByRole('button', { name: 'Save the recommendation' }).click(),
      heading: heading('this recommendation'),
      label: 'Response due',
      theirs: '2031-01-15',
      mine: '2031-02-14',
      shown: { theirs: '15 Jan 2031', mine: '14 Feb 2031' },
      stored: async () => {
        const n = await node(rec.id, '... on ScrutinyRecommendation { version responseDue }');
        return { value: n.responseDue, version: n.version };
      },
    };

    // A councillor's first role, as the administrator manages it.
    const roles = (
      await api.gql(`query($c: ID!) { node(id: $c) { ... on Council { councillorRoles(current: true) { id role person { name } } } } }`, {
        c: councilId,
      })
    ).data.node.councillorRoles as Array<{ id: string; person: { name: string } }>;
    const role = roles[0]!;
    cases.role = {
      who: ADMIN,
      name: 'councillor-role',
      path: gov('roles'),
      form: async (page) => {
        await page.getByLabel('Councillor’s name').fill(role.person.name);
        const card = page
          .getByRole('list', { name: `Roles of ${role.person.name}` })
          .locator(':scope > li')
          .first();
        await card.locator('summary', { hasText: /^Change or end:/ }).click();
        return card.getByRole('form', { name: /^Change the role / });
      },
      ...field('First day'),
      save: (form) => form.getByRole('button', { name: 'Save the role' }).click(),
      heading: heading('this role'),
      label: 'First day',
      theirs: '2024-05-09',
      mine: '2024-05-16',
      shown: { theirs: '9 May 2024', mine: '16 May 2024' },
      stored: async () => {
        const n = await node(role.id, '... on CouncillorRole { version startsOn }');
        return { value: n.startsOn ?? '', version: n.version };
      },
    };
  });

  // The register's first complaint and the first enquiry listed, each found by what its form is named after.
  const first = { complaint: '', enquiry: '' };
  beforeAll(async () => {
    const councilId = (await api.gql(`{ council(gssCode: "E10000029") { id } }`)).data.council.id as string;
    const list = async (query: string, key: string) => (await api.gql(query, { c: councilId })).data[key].nodes as any[];
    const complaint = async () =>
      (await list(`query($c: ID!) { complaints(councilId: $c, first: 500) { nodes { reference version lessons } } }`, 'complaints')).find(
        (n) => n.reference === first.complaint,
      );
    cases.complaint = {
      who: COMPLAINTS_OFFICER,
      name: 'complaint',
      path: gov('complaints'),
      form: async (page) => {
        const open = page.getByRole('button', { name: /^Open / }).first();
        first.complaint = (await open.textContent())!.replace(/^Open\s*/, '').trim();
        await open.click();
        return page.getByRole('form', { name: `Change complaint ${first.complaint}` });
      },
      ...field('Lessons learned'),
      save: (form) => form.getByRole('button', { name: /^Save / }).click(),
      heading: /^Someone else changed complaint .+ while you were editing it$/,
      label: 'Lessons learned',
      theirs: 'Tell people before a review is cancelled.',
      mine: 'Book the review again within a week.',
      stored: async () => {
        const n = await complaint();
        return { value: n.lessons ?? '', version: n.version };
      },
    };
    cases.enquiry = {
      who: ADMIN,
      name: 'enquiry-answer',
      path: gov('enquiries'),
      form: async (page) => {
        const item = page.locator('li', { has: page.locator('summary', { hasText: /^(Record|Change) the answer$/ }) }).first();
        await item.locator('summary', { hasText: /^(Record|Change) the answer$/ }).click();
        const form = item.getByRole('form', { name: /^Answer the enquiry: / });
        first.enquiry = (await form.getAttribute('aria-label'))!.replace(/^Answer the enquiry: /, '');
        return form;
      },
      ...field('The answer'),
      save: (form) => form.getByRole('button', { name: /^(Save the answer|Open it again)$/ }).click(),
      heading: heading('this enquiry'),
      label: 'The answer',
      theirs: 'The kerb is booked for lowering in March.',
      mine: 'The highways team will visit next week.',
      stored: async () => {
        const all = await list(
          `query($c: ID!) { wardEnquiries(councilId: $c, first: 500) { nodes { subject version outcome } } }`,
          'wardEnquiries',
        );
        const n = all.find((e) => e.subject === first.enquiry);
        return { value: n.outcome ?? '', version: n.version };
      },
    };
  });

  const run = (key: string, choice: 'keep' | 'take', width = 1440) =>
    conflictRound(env.browser, env.server, cases[key]!.who, cases[key]!, choice, width);

  it('a Best Value finding, at 390 px: keep mine saves mine over theirs', () => run('finding', 'keep', 390));
  it('a scrutiny topic: take theirs shows their words', () => run('topic', 'take'));
  it('a scrutiny recommendation: keep mine', () => run('recommendation', 'keep'));
  it('a councillor’s role: take theirs', () => run('role', 'take'));
  it('a complaint: keep mine', () => run('complaint', 'keep'));
  it('a Best Value recommendation: keep mine', () => run('bvRecommendation', 'keep'));
  it('a scrutiny meeting’s date: keep mine', () => run('meeting', 'keep'));
  it('the answer to a ward enquiry: take theirs', () => run('enquiry', 'take'));
});
