import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe.js';
import { artifacts } from './browser.js';
import {
  CHIEF_EXECUTIVE,
  chooseCommittee,
  COMMITTEE,
  demoServer,
  expectNoSidewaysScroll,
  gov,
  LEAD_OFFICER,
  open,
  reveal,
  shoot,
  unexpected,
} from './governance.helpers.js';

// A Best Value review's scope form answers a save over someone else's change as the risk form does:
// what they changed, field by field, then keep mine or take theirs. And the review's form and the work
// programme's "Add a topic" are not offered to a person of the council the server refuses (the
// performance officer: neither on the review nor on the committee, and no manager). Each at 1440 and 390 px.
const STALLED = 'Best Value review of day opportunities for adults with learning disabilities';
const EDIT_REVIEW = 'Change the scope, panel or efficiency evidence';
const CONFLICT = 'Someone else changed this review while you were editing it';
const OUTSIDER = 'yusuf.kaya@suffolk.gov.uk';
const WIDTHS = [1440, 390] as const;

/** A screenshot of one form, to look at beside the whole page's. */
const shootForm = (form: Locator, name: string, width: number) =>
  form.screenshot({ path: path.join(artifacts, `governance-${name}-${width}.png`) });

/** One line of the conflict panel: the field's label, their value and mine. */
async function changeOf(panel: Locator, label: string): Promise<{ theirs: string; mine: string }> {
  const row = panel.locator('.conflict__change').filter({ has: panel.page().locator('dt', { hasText: label }) });
  const values = row.locator('.conflict__value');
  return { theirs: (await values.nth(0).textContent())!.trim(), mine: (await values.nth(1).textContent())!.trim() };
}

describe('web app: Governance, a review’s scope saved over another change; forms absent for those refused', () => {
  const env = demoServer();

  const council = async () => {
    const boss = await env.server.signIn(CHIEF_EXECUTIVE);
    return (await boss.gql(`{ council(gssCode: "E10000029") { id } }`)).data.council.id as string;
  };
  const reviewId = async (): Promise<string> => {
    const boss = await env.server.signIn(CHIEF_EXECUTIVE);
    const res = await boss.gql(`query($c: ID!) { bestValueReviews(councilId: $c, first: 50) { nodes { id title } } }`, {
      c: await council(),
    });
    return res.data.bestValueReviews.nodes.find((r: { title: string }) => r.title === STALLED).id;
  };
  const readReview = async (id: string) => {
    const boss = await env.server.signIn(CHIEF_EXECUTIVE);
    const res = await boss.gql(
      `query($id: ID!) { node(id: $id) { ... on BestValueReview { version scope unitCost annualSpend efficiencyNote } } }`,
      { id },
    );
    return res.data.node;
  };
  /** The chief executive (above the service's owner) changes the review meanwhile, through the API. */
  const theyChange = async (id: string, change: Record<string, unknown>) => {
    const boss = await env.server.signIn(CHIEF_EXECUTIVE);
    const { version } = await readReview(id);
    const res = await boss.gql(
      `mutation($input: UpdateBestValueReviewInput!) { updateBestValueReview(input: $input) { review { version } } }`,
      { input: { id, version, ...change } },
    );
    expect(res.errors).toBeUndefined();
  };
  const save = async (form: Locator) => form.getByRole('button', { name: 'Save the review' }).click();
  const conflictPanel = (page: Page) => page.getByRole('region', { name: CONFLICT });

  for (const width of WIDTHS) {
    it(`lead officer, ${width} px: their change shown field by field; keep mine saves mine, take theirs shows theirs`, async () => {
      const id = await reviewId();
      const before = await readReview(id);
      const { page, errors } = await open(env.browser, env.server, gov('reviews', id), width, LEAD_OFFICER);
      await page.getByRole('heading', { level: 1, name: STALLED }).waitFor();
      await reveal(page, EDIT_REVIEW);
      const form = page.getByRole('form', { name: EDIT_REVIEW });
      const scope = form.getByLabel('Scope', { exact: true });
      await expect.poll(() => scope.inputValue()).toBe(before.scope);

      // Keep mine: my scope and the unit cost I loaded go over theirs.
      const mine = `Whether day centres still fit, against support into work (mine, ${width} px).`;
      const theirs = `The chief executive's scope (${width} px).`;
      await scope.fill(mine);
      await theyChange(id, { scope: theirs, unitCost: 999 });
      await save(form);
      const panel = conflictPanel(page);
      await panel.waitFor();
      await expect(panel.getByText('Not saved yet.', { exact: false }).count()).resolves.toBe(1);
      expect(await changeOf(panel, 'Scope')).toEqual({ theirs, mine });
      const unit = before.unitCost === null ? '(empty)' : String(before.unitCost);
      expect(await changeOf(panel, 'Unit cost')).toEqual({ theirs: '999', mine: unit });
      // The panel answers the CONFLICT: the server's message is not shown beside it.
      await expect(form.getByRole('alert').count()).resolves.toBe(0);
      await expectNoSidewaysScroll(page);
      expect(await axeViolations(page, { include: `form[aria-label="${EDIT_REVIEW}"]` })).toEqual([]);
      await shootForm(form, 'review-scope-conflict-form', width);
      await shoot(page, 'review-scope-conflict', width);
      await panel.getByRole('button', { name: 'Keep mine' }).click();
      await form.getByText('Your values are saved over their change.').waitFor();
      await expect(panel.count()).resolves.toBe(0);
      await expect.poll(async () => (await readReview(id)).scope).toBe(mine);
      expect((await readReview(id)).unitCost).toBe(before.unitCost);

      // Take theirs: the form shows the stored values, and saves from them.
      const spend = 2_400_000 + width;
      await form.getByLabel('Note on the evidence').fill(`My note (${width} px).`);
      await theyChange(id, { efficiencyNote: `Their note (${width} px).`, annualSpend: spend });
      await save(form);
      await panel.waitFor();
      expect(await changeOf(panel, 'Note on the evidence')).toEqual({
        theirs: `Their note (${width} px).`,
        mine: `My note (${width} px).`,
      });
      expect((await changeOf(panel, 'Annual spend')).theirs).toBe(String(spend));
      await panel.getByRole('button', { name: 'Take theirs' }).click();
      await form.getByText(/^The form shows the stored values now/).waitFor();
      await expect.poll(() => form.getByLabel('Note on the evidence').inputValue()).toBe(`Their note (${width} px).`);
      await expect.poll(() => form.getByLabel('Annual spend', { exact: true }).inputValue()).toBe(String(spend));
      const stored = await readReview(id);
      expect(stored).toMatchObject({ efficiencyNote: `Their note (${width} px).`, annualSpend: spend, scope: mine });
      // Saving again now goes through on the stored version.
      await form.getByLabel('Unit cost', { exact: true }).fill(String(400 + width / 10));
      await save(form);
      await form.getByRole('status').filter({ hasText: 'The scope, panel and evidence are saved.' }).waitFor();
      await expect.poll(async () => (await readReview(id)).unitCost).toBe(400 + width / 10);
      expect((await readReview(id)).efficiencyNote).toBe(`Their note (${width} px).`);
      await shootForm(form, 'review-scope-took-theirs-form', width);
      await shoot(page, 'review-scope-took-theirs', width);
      expect(unexpected(errors)).toEqual([]);
      await page.context().close();
    });
  }

  for (const width of WIDTHS) {
    it(`performance officer, ${width} px: the review and the work programme shown with no form; the server refuses him`, async () => {
      const id = await reviewId();
      const officer = await env.server.signIn(OUTSIDER);
      const { version } = await readReview(id);
      const refused = await officer.gql(
        `mutation($input: UpdateBestValueReviewInput!) { updateBestValueReview(input: $input) { review { id } } }`,
        { input: { id, version, scope: 'Not mine to change.' } },
      );
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const c = await council();
      const programme = await officer.gql(
        `query($c: ID!) { scrutinyWorkProgramme(councilId: $c) { committees { committee { id name } } } }`,
        {
          c,
        },
      );
      const committee = programme.data.scrutinyWorkProgramme.committees.find((x: any) => x.committee.name === COMMITTEE).committee;
      const topic = await officer.gql(
        `mutation($input: CreateScrutinyTopicInput!) { createScrutinyTopic(input: $input) { topic { id } } }`,
        { input: { councilId: c, committeeId: committee.id, title: 'Not his to add', reason: 'OTHER' } },
      );
      expect(topic.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

      const { page, errors } = await open(env.browser, env.server, gov('reviews', id), width, OUTSIDER);
      await page.getByRole('heading', { level: 1, name: STALLED }).waitFor();
      await page.getByRole('region', { name: 'Scope and evidence of efficiency' }).getByText('Lead officer').waitFor();
      // Every query answered (his duties too), so a form that would follow them has had its chance to appear.
      await page.waitForLoadState('networkidle');
      await expect(page.locator('summary', { hasText: EDIT_REVIEW }).count()).resolves.toBe(0);
      await expect(page.getByRole('heading', { name: 'Work on the review' }).count()).resolves.toBe(0);
      await expectNoSidewaysScroll(page);
      await shoot(page, 'review-not-allowed', width);

      await page.goto(`${env.server.url}${gov('scrutiny')}`);
      await chooseCommittee(page);
      await page.getByRole('list', { name: `Topics of ${COMMITTEE}` }).waitFor();
      await page.waitForLoadState('networkidle');
      await expect(page.locator('summary', { hasText: 'Add a topic' }).count()).resolves.toBe(0);
      await expect(page.getByRole('form', { name: 'Add a topic' }).count()).resolves.toBe(0);
      await expectNoSidewaysScroll(page);
      await shoot(page, 'scrutiny-not-allowed', width);
      expect(unexpected(errors)).toEqual([]);
      await page.context().close();
    });
  }
});
