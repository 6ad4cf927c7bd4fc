import path from 'node:path';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe.js';
import { artifacts } from './browser.js';
import {
  CHIEF_EXECUTIVE,
  COMMITTEE,
  demoServer,
  expectNoSidewaysScroll,
  gov,
  LEAD_OFFICER,
  open,
  reveal,
  SCRUTINY_CHAIR,
  shoot,
  unexpected,
} from './governance.helpers.js';

// The Governance forms that name something from a long list, and the Best Value review's own fields, as
// the people the demo designates: the head of learning disabilities (lead officer of the stalled review)
// changes its scope, panel and efficiency evidence, and is refused once it is closed; the committee's
// chair adds a topic that examines a priority and an indicator found by searching; the chief executive
// adds an action that carries out a commentary. Each at 1440 px and 390 px, checked on the page and
// through the API.
const STALLED = 'Best Value review of day opportunities for adults with learning disabilities';
const CLOSED = 'Best Value review of community equipment and adaptations';
const EDIT_REVIEW = 'Change the scope, panel or efficiency evidence';
const WIDTHS = [1440, 390] as const;

/**
 * Types into a list's search box, waits until every option left has `text` in its label, then picks the
 * first; returns its value and label.
 */
async function searchAndPick(
  form: Locator,
  search: string,
  list: string,
  term: string,
  text: string,
): Promise<{ value: string; label: string }> {
  const select = form.getByLabel(list, { exact: true });
  const options = select.locator('option:not([value=""])');
  await expect.poll(() => options.count()).toBeGreaterThan(0);
  const all = await options.count();
  await form.getByLabel(search, { exact: true }).fill(term);
  await expect.poll(async () => (await options.allTextContents()).every((l) => l.includes(text))).toBe(true);
  expect(await options.count()).toBeLessThanOrEqual(all);
  const option = options.first();
  const value = (await option.getAttribute('value'))!;
  const label = (await option.textContent())!.trim();
  await select.selectOption(value);
  return { value, label };
}

/** A screenshot of one form, to look at beside the whole page's. */
const shootForm = (form: Locator, name: string, width: number) =>
  form.screenshot({ path: path.join(artifacts, `governance-${name}-${width}.png`) });

describe('web app: Governance edits (a review’s scope and panel; topics and actions that name a priority, indicator or commentary)', () => {
  const env = demoServer();

  const reviewId = async (title: string): Promise<string> => {
    const officer = await env.server.signIn(LEAD_OFFICER);
    const council = await officer.gql(`{ council(gssCode: "E10000029") { id } }`);
    const res = await officer.gql(`query($c: ID!) { bestValueReviews(councilId: $c, first: 50) { nodes { id title } } }`, {
      c: council.data.council.id,
    });
    return res.data.bestValueReviews.nodes.find((r: { title: string }) => r.title === title).id;
  };
  const readReview = async (id: string) => {
    const officer = await env.server.signIn(LEAD_OFFICER);
    const res = await officer.gql(
      `query($id: ID!) { node(id: $id) { ... on BestValueReview {
        version status scope unitCost comparatorUnitCost annualSpend efficiencyNote panel { id name } } } }`,
      { id },
    );
    return res.data.node;
  };

  for (const width of WIDTHS) {
    it(`lead officer, ${width} px: the stalled review's scope, panel and efficiency evidence changed; none for a closed one`, async () => {
      const id = await reviewId(STALLED);
      const before = await readReview(id);
      const { page, errors } = await open(env.browser, env.server, gov('reviews', id), width, LEAD_OFFICER);
      await page.getByRole('heading', { level: 1, name: STALLED }).waitFor();
      await reveal(page, EDIT_REVIEW);
      const form = page.getByRole('form', { name: EDIT_REVIEW });
      const scope = `Whether day centres are still the right offer (${width} px pass), against support into work.`;
      await form.getByLabel('Scope', { exact: true }).fill(scope);
      // The panel: one councillor off, another on.
      const panel = form.getByRole('group', { name: 'Panel (councillors)' });
      const boxes = panel.getByRole('checkbox');
      const checked = await boxes.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).checked));
      const off = checked.indexOf(true);
      const on = checked.indexOf(false);
      expect(off).toBeGreaterThanOrEqual(0);
      expect(on).toBeGreaterThanOrEqual(0);
      const offName = (await panel.locator('label').nth(off).textContent())!.trim();
      const onName = (await panel.locator('label').nth(on).textContent())!.trim();
      await boxes.nth(off).uncheck();
      await boxes.nth(on).check();
      const unit = width === 1440 ? '412.5' : '405';
      await form.getByLabel('Unit cost', { exact: true }).fill(unit);
      await form.getByLabel('Comparators’ unit cost').fill('380');
      await form.getByLabel('Note on the evidence').fill('Cost per attendance, against the CIPFA nearest neighbours (2024-25).');
      await form.getByRole('button', { name: 'Save the review' }).click();
      await form.getByRole('status').filter({ hasText: 'The scope, panel and evidence are saved.' }).waitFor();
      // The form starts again from what was saved (the answer carries every field it shows).
      await expect.poll(() => form.getByLabel('Scope', { exact: true }).inputValue()).toBe(scope);
      await expect.poll(() => form.getByLabel('Unit cost', { exact: true }).inputValue()).toBe(unit);
      await expect(boxes.nth(on).isChecked()).resolves.toBe(true);
      await expect(boxes.nth(off).isChecked()).resolves.toBe(false);
      await shootForm(form, 'review-scope-form', width);
      expect(await axeViolations(page, { include: `form[aria-label="${EDIT_REVIEW}"]` })).toEqual([]);

      const card = page.getByRole('region', { name: 'Scope and evidence of efficiency' });
      await card.locator(':scope > p', { hasText: scope }).waitFor();
      const fact = (name: string) =>
        card
          .locator('dl > div')
          .filter({ has: page.locator('dt', { hasText: name }) })
          .locator('dd');
      await expect.poll(() => fact('Unit cost').textContent()).toBe(`£${unit} against comparators’ £380`);
      const panelShown = (await fact('Panel').textContent())!;
      expect(panelShown).toContain(onName);
      expect(panelShown).not.toContain(offName);
      await fact('Note').getByText('Cost per attendance, against the CIPFA nearest neighbours (2024-25).').waitFor();
      // Stored as shown, and nothing else changed.
      const after = await readReview(id);
      expect(after.scope).toBe(scope);
      expect(after.unitCost).toBe(Number(unit));
      expect(after.comparatorUnitCost).toBe(380);
      expect(after.annualSpend).toBe(before.annualSpend);
      expect(after.status).toBe('EVIDENCE');
      expect(after.panel.map((p: { name: string }) => p.name).sort()).toEqual(
        [...before.panel.map((p: { name: string }) => p.name).filter((n: string) => n !== offName), onName].sort(),
      );
      await expectNoSidewaysScroll(page);
      await shoot(page, 'review-scope-edited', width);
      expect(unexpected(errors)).toEqual([]);
      await page.context().close();

      // The closed review: its figures shown, no form to change them.
      const closedId = await reviewId(CLOSED);
      const closed = await open(env.browser, env.server, gov('reviews', closedId), width, LEAD_OFFICER);
      await closed.page.getByRole('heading', { level: 1, name: CLOSED }).waitFor();
      const closedCard = closed.page.getByRole('region', { name: 'Scope and evidence of efficiency' });
      await closedCard.getByText(/£118 against comparators’ £96/).waitFor();
      await expect(closed.page.locator('summary', { hasText: EDIT_REVIEW }).count()).resolves.toBe(0);
      await expect(closed.page.getByRole('form').count()).resolves.toBe(0);
      expect(unexpected(closed.errors)).toEqual([]);
      await closed.page.context().close();
    });
  }

  it('lead officer: a review closed while the form is open refuses the change, says why, and offers no form after', async () => {
    const id = await reviewId(STALLED);
    const { page, errors } = await open(env.browser, env.server, gov('reviews', id), 1440, LEAD_OFFICER);
    await page.getByRole('heading', { level: 1, name: STALLED }).waitFor();
    await reveal(page, EDIT_REVIEW);
    const form = page.getByRole('form', { name: EDIT_REVIEW });
    await form.getByLabel('Scope', { exact: true }).fill('A scope written after the review was closed.');

    // Meanwhile the review is closed (an option appraised and chosen), through the API.
    const officer = await env.server.signIn(LEAD_OFFICER);
    const appraised = await officer.gql(
      `mutation($id: ID!) { appraiseBestValueOption(input: {
        reviewId: $id, option: CHANGE, appraisal: "Fewer centres, more support into work." }) { option { id } } }`,
      { id },
    );
    expect(appraised.errors).toBeUndefined();
    const { version } = await readReview(id);
    const closing = await officer.gql(
      `mutation($id: ID!, $v: Int!) { updateBestValueReview(input: {
        id: $id, version: $v, status: CLOSED, chosenOption: CHANGE, chosenReason: "Carers and users asked for it."
      }) { review { status } } }`,
      { id, v: version },
    );
    expect(closing.errors).toBeUndefined();
    expect(closing.data.updateBestValueReview.review.status).toBe('CLOSED');

    await form.getByRole('button', { name: 'Save the review' }).click();
    await form
      .getByRole('alert')
      .filter({ hasText: /was closed on \d{4}-\d{2}-\d{2}: it is the record of what was decided/ })
      .waitFor();
    expect((await readReview(id)).scope).not.toBe('A scope written after the review was closed.');
    await shoot(page, 'review-scope-refused', 1440);
    await shootForm(form, 'review-scope-refused-form', 1440);
    await page.reload();
    await page.getByText(/Closed since/).waitFor();
    await expect(page.locator('summary', { hasText: EDIT_REVIEW }).count()).resolves.toBe(0);
    expect(unexpected(errors)).toEqual([]);
    await page.context().close();
  });

  for (const width of WIDTHS) {
    it(`scrutiny chair, ${width} px: a topic examining a priority and an indicator, found by searching; then one taken off`, async () => {
      const title = `Carers’ assessments on time (${width} px)`;
      const { page, errors } = await open(env.browser, env.server, gov('scrutiny'), width, SCRUTINY_CHAIR);
      await page.locator('.gov-committee').waitFor();
      const picker = page.locator('.page__tools').getByLabel('Committee', { exact: true });
      if ((await picker.count()) > 0) await picker.selectOption({ label: COMMITTEE });
      await page.getByRole('heading', { level: 2, name: COMMITTEE }).waitFor();
      await reveal(page, 'Add a topic');
      const add = page.getByRole('form', { name: 'Add a topic' });
      await add.getByLabel('Topic', { exact: true }).fill(title);
      await add.getByLabel('Why', { exact: true }).selectOption({ label: 'Off target' });
      const carers = 'Recognise and support unpaid carers';
      const priority = await searchAndPick(add, 'Find a priority', 'Priority examined', 'unpaid carers', carers);
      expect(priority.label).toBe('Recognise and support unpaid carers (corporate, 2024-25)');
      const indicator = await searchAndPick(add, 'Find an indicator', 'Indicator examined', 'care act 28', 'Care Act assessments');
      expect(indicator.label).toBe('L-ASC-01 Care Act assessments completed within 28 days');
      await add
        .getByText(/^\d+ of \d+ match$/)
        .first()
        .waitFor();
      await expect(add.getByLabel('Service examined').inputValue()).resolves.toBe('');
      await expectNoSidewaysScroll(page);
      await shoot(page, 'topic-pickers', width);
      await shootForm(add, 'topic-form', width);
      expect(await axeViolations(page, { include: 'form[aria-label="Add a topic"]' })).toEqual([]);
      await add.getByRole('button', { name: 'Add the topic' }).click();

      const topic = page
        .getByRole('list', { name: `Topics of ${COMMITTEE}` })
        .locator(':scope > li')
        .filter({ hasText: title });
      await topic.getByText(`Why: Off target · ${carers} · Care Act assessments completed within 28 days`).waitFor();
      const chair = await env.server.signIn(SCRUTINY_CHAIR);
      const council = await chair.gql(`{ council(gssCode: "E10000029") { id } }`);
      const programme = async () => {
        const res = await chair.gql(
          `query($c: ID!) { scrutinyWorkProgramme(councilId: $c) {
            committees { topics { title priority { id } service { id } indicator { id } } } } }`,
          { c: council.data.council.id },
        );
        const topics = res.data.scrutinyWorkProgramme.committees.flatMap((c: { topics: unknown[] }) => c.topics);
        return topics.find((t: { title: string }) => t.title === title);
      };
      expect(await programme()).toEqual({ title, priority: { id: priority.value }, service: null, indicator: { id: indicator.value } });

      // Changed: the priority taken off, the indicator kept (the edit form starts from both).
      await reveal(topic, 'Change the topic');
      const edit = topic.getByRole('form', { name: `Change the topic ${title}` });
      await expect(edit.getByLabel('Priority examined', { exact: true }).inputValue()).resolves.toBe(priority.value);
      await expect(edit.getByLabel('Indicator examined', { exact: true }).inputValue()).resolves.toBe(indicator.value);
      await edit.getByLabel('Priority examined', { exact: true }).selectOption('');
      await edit.getByRole('button', { name: 'Save the topic' }).click();
      await topic.getByText(/Why: Off target · Care Act assessments completed within 28 days/).waitFor();
      expect(await programme()).toEqual({ title, priority: null, service: null, indicator: { id: indicator.value } });
      await expectNoSidewaysScroll(page);
      expect(unexpected(errors)).toEqual([]);
      await page.context().close();
    });
  }

  for (const width of WIDTHS) {
    it(`chief executive, ${width} px: an action that carries out a commentary, picked from the council's commentaries`, async () => {
      const title = `Extend the screening tool to every locality (${width} px)`;
      const { page, errors } = await open(env.browser, env.server, `${gov('actions')}?source=COMMENTARY`, width, CHIEF_EXECUTIVE);
      await page
        .getByRole('status')
        .filter({ hasText: /\d+ actions?/ })
        .waitFor();
      await reveal(page, 'Add an action');
      const form = page.getByRole('form', { name: 'Add an action' });
      await expect(form.getByLabel('Commentary', { exact: true }).count()).resolves.toBe(0);
      await form.getByLabel('Comes from').selectOption({ label: 'Commentary' });
      const picked = await searchAndPick(form, 'Find a commentary', 'Commentary', 'l-asc-01', 'L-ASC-01');
      expect(picked.label).toBe('L-ASC-01 Care Act assessments completed within 28 days, 2024-12');
      await form.getByLabel('What must be done').fill(title);
      await form.getByLabel('Due').fill('2027-06-30');
      await expectNoSidewaysScroll(page);
      await shoot(page, 'action-commentary-picker', width);
      expect(await axeViolations(page, { include: 'form[aria-label="Add an action"]' })).toEqual([]);
      await form.getByRole('button', { name: 'Add the action' }).click();
      await form
        .getByRole('status')
        .filter({ hasText: `“${title}” is added.` })
        .waitFor();

      const card = page.getByRole('list', { name: 'Actions' }).locator(':scope > li').filter({ hasText: title });
      const [code, period] = picked.label.match(/^(\S+) .+, (\S+)/)!.slice(1);
      await card.getByRole('link', { name: `${code}, ${period}` }).waitFor();
      await card.getByText(/· Commentary/).waitFor();
      const boss = await env.server.signIn(CHIEF_EXECUTIVE);
      const council = await boss.gql(`{ council(gssCode: "E10000029") { id } }`);
      const query = `query($c: ID!) { actions(councilId: $c, source: COMMENTARY, first: 100) { nodes { title commentaryId } } }`;
      const res = await boss.gql(query, {
        c: council.data.council.id,
      });
      expect(res.data.actions.nodes.find((a: { title: string }) => a.title === title)).toEqual({ title, commentaryId: picked.value });
      await expectNoSidewaysScroll(page);
      await shoot(page, 'action-commentary-added', width);
      expect(unexpected(errors)).toEqual([]);
      await page.context().close();
    });
  }
});
