import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../testkit/index.js';
import { launchBrowser, webDist } from './browser.js';
import { COMPLAINTS_OFFICER, expectNoSidewaysScroll, gov, open, shoot } from './governance.helpers.js';

// The Governance area's forms as the people the demo designates (each a demo account): the complaints
// officer works a complaint through its stages; the scrutiny officer, the committee's chair and the
// chief executive take a topic to an accepted recommendation with its action; the head of learning
// disabilities runs a Best Value review to a recommendation with an action, then works on her actions.
// Every step is checked by what the page shows afterwards, at 1440 px, then every page again at 390 px.
const SCRUTINY_OFFICER = 'thomas.taylor@suffolk.gov.uk';
const SCRUTINY_CHAIR = 'cllr.jerome.boateng@suffolk.gov.uk';
const CHIEF_EXECUTIVE = 'conor.gallagher@suffolk.gov.uk';
const LEAD_OFFICER = 'sofia.romano@suffolk.gov.uk';
const COMMITTEE = 'Adults and Health Scrutiny Committee';
const REF = 'CMP-E2E-01';
const TOPIC = 'Waits for home care after a hospital stay';
const RECOMMENDATION = 'Publish the weekly count of people waiting for home care on leaving hospital';
const REVIEW = 'Best Value review of short breaks for carers';

/** The server's refusals are 400s in the console; nothing else may go wrong. */
const unexpected = (errors: string[]) => errors.filter((e) => !/status of 400/.test(e));

/** The committee with the work programme (a picker only when there are several). */
async function chooseCommittee(page: Page): Promise<void> {
  await page.locator('.gov-committee').waitFor();
  const picker = page.locator('.page__tools').getByLabel('Committee', { exact: true });
  if ((await picker.count()) > 0) await picker.selectOption({ label: COMMITTEE });
  await page.getByRole('heading', { level: 2, name: COMMITTEE }).waitFor();
}

/** Opens a form behind its button (a <details> summary) inside `scope`, unless it is open already. */
async function reveal(scope: Locator | Page, title: string): Promise<void> {
  const summary = scope
    .locator('summary')
    .filter({ hasText: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) })
    .first();
  if (!(await summary.evaluate((e) => (e.parentElement as HTMLDetailsElement).open))) await summary.click();
}

describe('web app: Governance forms signed in (complaints, scrutiny, Best Value, actions)', () => {
  let server: TestServer;
  let browser: Browser;
  let reviewPath = '';

  beforeAll(async () => {
    server = await startTestServer('sqlite', { seed: 'demo', webDist });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('complaints officer: the register, a complaint recorded, moved forward (not back), its panel, outcome and themes', async () => {
    const { page, errors } = await open(browser, server, gov('complaints'), 1440, COMPLAINTS_OFFICER);
    const register = page.getByRole('table', { name: /Register of complaints received in 2024-25/ });
    await register.waitFor();
    const before = await register.locator('tbody tr').count();
    expect(before).toBeGreaterThan(5);

    await reveal(page, 'Record a complaint');
    const record = page.getByRole('form', { name: 'Record a complaint' });
    await record.getByLabel('Case reference').fill(REF);
    await record.getByLabel('Service').selectOption({ index: 1 });
    await record.getByLabel('Received').fill('2024-11-05');
    await record.getByLabel('Response due').fill('2024-12-03');
    await record.getByLabel('Summary').fill('The care plan review was cancelled twice without notice.');
    await record.getByRole('group', { name: 'Themes' }).getByRole('checkbox').first().check();
    await record.getByRole('button', { name: 'Record the complaint' }).click();
    await record
      .getByRole('status')
      .filter({ hasText: `Complaint ${REF} is recorded at local resolution.` })
      .waitFor();
    await expect.poll(() => register.locator('tbody tr').count()).toBe(before + 1);
    const row = register.locator('tbody tr').filter({ hasText: REF });
    await expect(row.locator('td[data-label="Stage"]').textContent()).resolves.toBe('Local resolution');

    await row.getByRole('button', { name: `Open ${REF}` }).click();
    const detail = page.getByRole('region', { name: `Complaint ${REF}` });
    await detail.getByText('The care plan review was cancelled twice without notice.').waitFor();
    let change = detail.getByRole('form', { name: `Change complaint ${REF}` });
    await change.getByLabel('Stage', { exact: true }).selectOption({ label: 'Investigation' });
    await change.getByLabel('Response due at the new stage').fill('2027-01-20');
    await change.getByRole('button', { name: `Save ${REF}` }).click();
    await change.locator('[aria-live]').filter({ hasText: /\S/ }).waitFor();
    expect(await change.locator('[aria-live]').textContent()).toBe(`✓ ${REF} is now at investigation.`);
    await expect.poll(() => row.locator('td[data-label="Stage"]').textContent()).toBe('Investigation');

    // Back to local resolution: the server's refusal, beside the stage, and the stage unchanged.
    change = detail.getByRole('form', { name: `Change complaint ${REF}` });
    await change.getByLabel('Stage', { exact: true }).selectOption({ label: 'Local resolution (earlier)' });
    await change.getByRole('button', { name: `Save ${REF}` }).click();
    await change.getByRole('alert').filter({ hasText: 'A complaint moves forward only' }).waitFor();
    await change
      .locator('.field__error')
      .filter({ hasText: /cannot go back to/ })
      .waitFor();
    await expect(row.locator('td[data-label="Stage"]').textContent()).resolves.toBe('Investigation');

    // To the review panel, with its councillors, an outcome and a second theme.
    await change.getByLabel('Stage', { exact: true }).selectOption({ label: 'Review panel' });
    await change.getByLabel('Response due at the new stage').fill('2027-03-14');
    const panel = change.getByRole('group', { name: 'Review panel (councillors)' }).getByRole('checkbox');
    const panellist = (await change
      .getByRole('group', { name: 'Review panel (councillors)' })
      .locator('label')
      .first()
      .textContent())!.trim();
    await panel.first().check();
    await change.getByLabel('Outcome').selectOption({ label: 'Upheld' });
    const themes = change.getByRole('group', { name: 'Themes' });
    const second = (await themes.locator('label').nth(1).textContent())!.trim();
    await themes.getByRole('checkbox').nth(1).check();
    await change.getByLabel('Lessons learned').fill('Reviews are rebooked within a week, with a named worker.');
    await change.getByRole('button', { name: `Save ${REF}` }).click();
    await expect.poll(() => row.locator('td[data-label="Stage"]').textContent()).toBe('Review panel');
    await expect(row.locator('td[data-label="Outcome"]').textContent()).resolves.toBe('Upheld');
    await expect.poll(() => row.locator('td[data-label="Themes"]').textContent()).toContain(second);
    await detail.getByText(`Panel: ${panellist}`).waitFor();
    await detail.locator('p', { hasText: 'Lessons: Reviews are rebooked within a week, with a named worker.' }).waitFor();
    await shoot(page, 'complaint-worked', 1440);
    await expectNoSidewaysScroll(page);
    expect(unexpected(errors)).toEqual([]);
    await page.context().close();
  });

  it('scrutiny: a topic (added and changed), a meeting with items, a recommendation, the response, the action', async () => {
    // The chair adds a topic to the committee's programme and changes it.
    let { page, errors } = await open(browser, server, gov('scrutiny'), 1440, SCRUTINY_CHAIR);
    await chooseCommittee(page);
    await reveal(page, 'Add a topic');
    const add = page.getByRole('form', { name: 'Add a topic' });
    await add.getByLabel('Topic', { exact: true }).fill(TOPIC);
    await add.getByLabel('Why', { exact: true }).selectOption({ label: 'Deteriorating' });
    await add.getByLabel('Why, in words').fill('Waits doubled over the winter');
    // A topic names what it examines: without it, the server's refusal is shown.
    await add.getByRole('button', { name: 'Add the topic' }).click();
    await add.getByRole('alert').filter({ hasText: 'Say what the topic examines' }).waitFor();
    const service = add.getByLabel('Service examined');
    await service.selectOption(
      (await service.locator('option', { hasText: 'Reablement and Intermediate Care' }).first().getAttribute('value'))!,
    );
    await add.getByRole('button', { name: 'Add the topic' }).click();
    const topics = page.getByRole('list', { name: `Topics of ${COMMITTEE}` });
    const topic = topics.locator(':scope > li').filter({ hasText: TOPIC });
    await topic.getByText('Why: Deteriorating — Waits doubled over the winter').waitFor();
    await expect(topic.locator('h3 .status-tag').textContent()).resolves.toBe('Planned');
    await reveal(topic, 'Change the topic');
    const edit = topic.getByRole('form', { name: `Change the topic ${TOPIC}` });
    await edit.getByLabel('Why, in words').fill('Waits doubled over the winter; families wrote to the committee');
    await edit.getByLabel('Health scrutiny topic').check();
    await edit.getByRole('button', { name: 'Save the topic' }).click();
    await topic.getByText(/families wrote to the committee/).waitFor();
    await topic.locator('.tag--health').waitFor();
    expect(unexpected(errors)).toEqual([]);
    await page.context().close();

    // The scrutiny officer records a meeting that takes it, adds and removes an item, and makes a recommendation.
    ({ page, errors } = await open(browser, server, gov('scrutiny'), 1440, SCRUTINY_OFFICER));
    await chooseCommittee(page);
    await reveal(page, 'Record a meeting');
    const meetingForm = page.getByRole('form', { name: 'Record a meeting' });
    await meetingForm.getByLabel('Held on').fill('2026-11-18');
    await meetingForm.getByRole('group', { name: 'Topics taken' }).getByLabel(TOPIC).check();
    await meetingForm.getByRole('button', { name: 'Record the meeting' }).click();
    const meeting = page.locator('.meeting-list > li').filter({ hasText: '18 Nov 2026' });
    const items = meeting.locator(':scope > ul > li');
    await items.filter({ hasText: TOPIC }).waitFor();
    // A meeting that takes a planned topic puts it in progress.
    const taken = page
      .getByRole('list', { name: `Topics of ${COMMITTEE}` })
      .locator(':scope > li')
      .filter({ hasText: TOPIC });
    await expect.poll(() => taken.locator('h3 .status-tag').textContent()).toBe('In progress');
    await reveal(meeting, 'Change the meeting');
    const item = meeting.getByRole('form', { name: 'Add an item' });
    await item.getByLabel('Item title').fill('Winter plan of the integrated care board');
    await item.getByRole('button', { name: 'Add the item' }).click();
    await items.filter({ hasText: 'Winter plan of the integrated care board' }).waitFor();
    await reveal(meeting, 'Change the meeting');
    await meeting.getByRole('button', { name: 'Remove “Winter plan of the integrated care board”' }).click();
    await expect.poll(() => items.filter({ hasText: 'Winter plan of the integrated care board' }).count()).toBe(0);
    await expect(items.filter({ hasText: TOPIC }).count()).resolves.toBe(1);

    await reveal(page, 'Make a recommendation');
    const make = page.getByRole('form', { name: 'Make a recommendation' });
    await make.getByLabel('Recommendation').fill(RECOMMENDATION);
    await make.getByLabel('Topic').selectOption({ label: TOPIC });
    await make.getByRole('button', { name: 'Make the recommendation' }).click();
    const recs = page.getByRole('list', { name: `Recommendations of ${COMMITTEE}` });
    const rec = recs.locator(':scope > li').filter({ hasText: RECOMMENDATION });
    await rec.getByText('Awaiting the executive’s response.').waitFor();
    await rec.getByText(`on “${TOPIC}”`, { exact: false }).waitFor();
    // Not the executive: no response form for the scrutiny officer.
    await expect(rec.getByText("Record the executive's response").count()).resolves.toBe(0);
    await expectNoSidewaysScroll(page);
    await shoot(page, 'scrutiny-worked', 1440);
    expect(unexpected(errors)).toEqual([]);
    await page.context().close();

    // The chief executive accepts it and adds the action it becomes.
    ({ page, errors } = await open(browser, server, gov('scrutiny'), 1440, CHIEF_EXECUTIVE));
    await chooseCommittee(page);
    const rec2 = page
      .getByRole('list', { name: `Recommendations of ${COMMITTEE}` })
      .locator(':scope > li')
      .filter({ hasText: RECOMMENDATION });
    await reveal(rec2, "Record the executive's response");
    const respond = rec2.getByRole('form', { name: "The executive's response" });
    await respond.getByLabel('Response', { exact: true }).selectOption({ label: 'Accepted' });
    await respond.getByLabel('What the executive will do, or why not').fill('The count goes on the council’s website from January.');
    await respond.getByRole('button', { name: 'Record the response' }).click();
    await rec2.getByText('Executive: Accepted').waitFor();
    await rec2.locator('p.response', { hasText: 'The count goes on the council’s website from January.' }).waitFor();
    await reveal(rec2, 'Add an action');
    const action = rec2.getByRole('form', { name: 'Add an action' });
    await action.getByLabel('What must be done').fill('Publish the home care waiting count weekly');
    await action.getByLabel('Due').fill('2027-01-31');
    await action.getByRole('button', { name: 'Add the action' }).click();
    const actions = rec2.getByRole('list', { name: `Actions of the recommendation ${RECOMMENDATION}` });
    await actions.getByRole('heading', { name: /Publish the home care waiting count weekly/ }).waitFor();
    await actions.getByText(/Scrutiny recommendation/).waitFor();
    await shoot(page, 'scrutiny-accepted', 1440);
    expect(unexpected(errors)).toEqual([]);
    await page.context().close();
  });

  it('Best Value: a review started, moved on (not back), a finding under each C, options appraised and one chosen, a recommendation and its action', async () => {
    const { page, errors } = await open(browser, server, gov('reviews'), 1440, LEAD_OFFICER);
    await reveal(page, 'Start a Best Value review');
    const start = page.getByRole('form', { name: 'Start a Best Value review' });
    await start.getByLabel('Title').fill(REVIEW);
    const subject = start.getByLabel('Service or directorate reviewed');
    await subject.selectOption(
      (await subject
        .locator('option', { hasText: /^Learning Disabilities \(/ })
        .first()
        .getAttribute('value'))!,
    );
    await start.getByLabel('Scope').fill('Whether short breaks are best run by the council, shared with the NHS or bought in.');
    await start.getByLabel('Lead officer').selectOption({ label: 'Sofia Romano' });
    await start.getByRole('button', { name: 'Start the review' }).click();
    await page.getByRole('heading', { level: 1, name: REVIEW }).waitFor();
    reviewPath = new URL(page.url()).pathname;
    expect(reviewPath).toMatch(/\/governance\/reviews\/[A-Za-z0-9_-]+$/);
    await page.getByText(/Scoping since/).waitFor();

    const move = async (stage: string, chosen?: [string, string]) => {
      await reveal(page, 'Move the review on, or choose an option');
      const form = page.getByRole('form', { name: 'Move the review' });
      await form.getByLabel('Stage').selectOption({ label: stage });
      if (chosen) {
        await form.getByLabel('Chosen option').selectOption({ label: chosen[0] });
        await form.getByLabel('Why this option').fill(chosen[1]);
      }
      await form.getByRole('button', { name: 'Save', exact: true }).click();
      return form;
    };
    await move('Evidence');
    await page.getByText(/Evidence since/).waitFor();

    const findings: Array<[string, string]> = [
      ['Challenge', 'Carers want breaks at weekends, which the centre does not offer.'],
      ['Compare', 'Our cost per night is a fifth above the comparator median.'],
      ['Consult', 'Forty carers answered the survey; most want more choice.'],
      ['Compete', 'Two local providers could run overnight breaks.'],
    ];
    await reveal(page, 'Add a finding');
    const addFinding = page.getByRole('form', { name: 'Add a finding' });
    for (const [c, text] of findings) {
      await addFinding.getByLabel('Under').selectOption({ label: c });
      await addFinding.getByLabel('Finding').fill(text);
      await addFinding.getByRole('button', { name: 'Add the finding' }).click();
      await page.getByRole('region', { name: c, exact: true }).locator('li', { hasText: text }).first().waitFor();
    }
    await expect(page.getByRole('region', { name: 'The four Cs' }).getByText('Not done').count()).resolves.toBe(0);
    // Change one finding's words.
    const compare = page.getByRole('region', { name: 'Compare', exact: true }).locator('li').first();
    await reveal(compare, 'Change or remove');
    const editFinding = compare.getByRole('form', { name: /^Change the finding/ });
    await editFinding.getByLabel('Finding').fill('Our cost per night is 21% above the comparator median.');
    await editFinding.getByLabel('Evidence').fill('CIPFA nearest neighbours, 2024-25');
    await editFinding.getByRole('button', { name: 'Save the finding' }).click();
    await compare.locator('.small.muted', { hasText: '(CIPFA nearest neighbours, 2024-25)' }).waitFor();
    expect(await compare.evaluate((li) => li.firstChild?.textContent)).toBe('Our cost per night is 21% above the comparator median.');

    await move('Options');
    await page.getByText(/Options since/).waitFor();
    await reveal(page, 'Appraise an option');
    const appraise = page.getByRole('form', { name: 'Appraise an option' });
    for (const [option, text] of [
      ['Keep in house', 'Keeps the centre open at today’s cost.'],
      ['Commission externally', 'Weekend breaks from two providers at a lower unit cost.'],
      ['Stop', 'Not an option the carers would accept.'],
    ]) {
      await appraise.getByLabel('Option').selectOption({ label: option! });
      await appraise.getByLabel('Appraisal').fill(text!);
      await appraise.getByRole('button', { name: 'Save the appraisal' }).click();
      await page.locator('.option-list > li', { hasText: text! }).first().waitFor();
    }
    await page.getByRole('heading', { name: 'Options appraised (3)' }).waitFor();
    // Remove one option.
    const stop = page.locator('.option-list > li').filter({ hasText: 'Stop' });
    await reveal(stop, 'Change or remove');
    await stop.getByRole('button', { name: 'Remove the option' }).click();
    await page.getByRole('heading', { name: 'Options appraised (2)' }).waitFor();

    // Choose one and agree recommendations in one move.
    await move('Recommendations agreed', ['Commission externally', 'Weekend breaks carers asked for, at a lower cost.']);
    await page.getByText(/Recommendations agreed since/).waitFor();
    const chosen = page.locator('.option-list > li.is-chosen');
    await chosen.getByText('Commission externally').waitFor();
    await chosen.getByText('✓ Chosen').waitFor();
    await chosen.getByText('Why: Weekend breaks carers asked for, at a lower cost.').waitFor();
    // The chosen option cannot be removed: the server says so.
    await reveal(chosen, 'Change or remove');
    await chosen.getByRole('button', { name: 'Remove the option' }).click();
    await chosen.getByRole('alert').waitFor();
    await page.getByRole('heading', { name: 'Options appraised (2)' }).waitFor();
    // Nor can the review go back.
    const back = await move('Evidence (earlier)');
    await back.getByRole('alert').filter({ hasText: 'A Best Value review moves forward only' }).waitFor();
    await page.getByText(/Recommendations agreed since/).waitFor();

    await reveal(page, 'Add a recommendation');
    const addRec = page.getByRole('form', { name: 'Add a recommendation' });
    await addRec.getByLabel('Recommendation').fill('Commission weekend short breaks from local providers');
    await addRec.getByRole('button', { name: 'Add the recommendation' }).click();
    const rec = page.locator('.rec-list > li').filter({ hasText: 'Commission weekend short breaks' });
    await rec.getByText(/agreed \d+ \w+ \d{4}/).waitFor();
    await reveal(rec, 'Change the recommendation');
    const editRec = rec.getByRole('form', { name: /^Change the recommendation/ });
    await editRec.getByLabel('Recommendation').fill('Commission weekend short breaks from two local providers');
    await editRec.getByRole('button', { name: 'Save the recommendation' }).click();
    await page.getByText('Commission weekend short breaks from two local providers', { exact: false }).first().waitFor();
    const rec2 = page.locator('.rec-list > li').filter({ hasText: 'from two local providers' });
    await reveal(rec2, 'Add an action');
    const action = rec2.getByRole('form', { name: 'Add an action' });
    await action.getByLabel('What must be done').fill('Run the short breaks tender');
    await action.getByLabel('Due').fill('2025-06-30');
    await action.getByRole('button', { name: 'Add the action' }).click();
    await rec2
      .getByRole('list', { name: /^Actions of the recommendation/ })
      .getByRole('heading', { name: /Run the short breaks tender/ })
      .waitFor();
    await page.getByRole('heading', { name: 'Recommendations (1)' }).waitFor();
    await expectNoSidewaysScroll(page);
    await shoot(page, 'review-worked', 1440);
    expect(unexpected(errors)).toEqual([]);
    await page.context().close();
  });

  it('actions: mine, overdue and by source; progress added; a move, and dropping needs a reason', async () => {
    const { page, errors } = await open(browser, server, gov('actions'), 1440, LEAD_OFFICER);
    const list = page.getByRole('list', { name: 'Actions' });
    const cards = list.locator(':scope > li');
    await cards.first().waitFor();
    const all = await cards.count();

    await page.getByRole('radio', { name: 'Mine' }).check();
    await expect.poll(() => page.url()).toMatch(/show=mine/);
    await list.getByRole('heading', { name: /Run the short breaks tender/ }).waitFor();
    const mine = await cards.allTextContents();
    expect(mine.length).toBeLessThan(all);
    for (const text of mine) expect(text).toContain('Sofia Romano');

    await page.getByRole('radio', { name: 'Overdue' }).check();
    await expect.poll(() => page.url()).toMatch(/show=overdue/);
    await list.getByRole('heading', { name: /Run the short breaks tender/ }).waitFor();
    const overdue = await cards.count();
    expect(overdue).toBeGreaterThan(0);
    await expect(list.locator(':scope > li.is-overdue').count()).resolves.toBe(overdue);

    await page.getByRole('radio', { name: 'All' }).check();
    const filters = page.getByRole('form', { name: 'Filter the actions' });
    await filters.getByLabel('From').selectOption({ label: 'Scrutiny recommendation' });
    await expect.poll(() => page.url()).toMatch(/source=SCRUTINY_RECOMMENDATION/);
    await list.getByRole('heading', { name: /Publish the home care waiting count weekly/ }).waitFor();
    for (const text of await cards.allTextContents()) expect(text).toContain('Scrutiny recommendation');
    await filters.getByLabel('From').selectOption({ label: 'Best Value recommendation' });
    await expect.poll(() => page.url()).toMatch(/source=BEST_VALUE_RECOMMENDATION/);
    await list.getByRole('heading', { name: /Run the short breaks tender/ }).waitFor();
    for (const text of await cards.allTextContents()) expect(text).toContain('Best Value recommendation');

    const card = cards.filter({ hasText: 'Run the short breaks tender' });
    await card.getByText('Progress or status').click();
    const progress = card.getByRole('form', { name: 'Add progress to Run the short breaks tender' });
    await progress.getByLabel('Progress').fill('Specification agreed with the carers’ forum.');
    await progress.getByRole('button', { name: 'Add progress' }).click();
    await card
      .getByRole('list', { name: 'Progress on Run the short breaks tender' })
      .getByText(/Specification agreed with the carers’ forum\./)
      .waitFor();

    let moveForm = card.getByRole('form', { name: 'Move Run the short breaks tender' });
    await moveForm.getByLabel('Move to').selectOption({ label: 'In progress' });
    await moveForm.getByRole('button', { name: 'Move' }).click();
    await card.locator('.status-tag').filter({ hasText: 'In progress' }).waitFor();

    // Dropped with no reason: refused beside the reason; with one, shown on the card.
    moveForm = card.getByRole('form', { name: 'Move Run the short breaks tender' });
    await moveForm.getByLabel('Move to').selectOption({ label: 'Dropped' });
    await moveForm.getByRole('button', { name: 'Move' }).click();
    await moveForm.getByRole('alert').waitFor();
    await expect(card.locator('.status-tag').textContent()).resolves.toBe('In progress');
    await moveForm.getByLabel('Why it is dropped').fill('The NHS will commission breaks for both.');
    await moveForm.getByRole('button', { name: 'Move' }).click();
    await card.getByText('Dropped: The NHS will commission breaks for both.').waitFor();
    await card.locator('.status-tag').filter({ hasText: 'Dropped' }).waitFor();
    await expectNoSidewaysScroll(page);
    await shoot(page, 'actions-worked', 1440);
    expect(unexpected(errors)).toEqual([]);
    await page.context().close();
  });

  it('fits a 390 px phone without sideways scrolling: complaint opened, work programme, review, actions', async () => {
    const pages: Array<[string, string, string, (p: Page) => Promise<void>]> = [
      [
        'complaints',
        gov('complaints'),
        COMPLAINTS_OFFICER,
        async (p) => {
          await p.getByRole('button', { name: `Open ${REF}` }).click();
          await p.getByRole('form', { name: `Change complaint ${REF}` }).waitFor();
        },
      ],
      [
        'scrutiny',
        gov('scrutiny'),
        SCRUTINY_OFFICER,
        async (p) => {
          await chooseCommittee(p);
          await p.getByText(TOPIC).first().waitFor();
          const meeting = p.locator('.meeting-list > li').filter({ hasText: '18 Nov 2026' });
          await reveal(meeting, 'Change the meeting');
        },
      ],
      [
        'review',
        reviewPath,
        LEAD_OFFICER,
        async (p) => {
          await p.getByRole('heading', { level: 1, name: REVIEW }).waitFor();
          await reveal(p.getByRole('region', { name: 'Challenge', exact: true }).locator('li').first(), 'Change or remove');
        },
      ],
      [
        'actions',
        `${gov('actions')}?show=mine`,
        LEAD_OFFICER,
        async (p) => {
          await p.getByRole('heading', { name: /Run the short breaks tender/ }).waitFor();
          await p.getByText('Progress or status').first().click();
        },
      ],
    ];
    for (const [name, path, who, ready] of pages) {
      const { page, errors } = await open(browser, server, path, 390, who);
      await ready(page);
      await expectNoSidewaysScroll(page);
      const widest = await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
      expect(widest, name).toBe(true);
      await shoot(page, `${name}-worked`, 390);
      expect(unexpected(errors), name).toEqual([]);
      await page.context().close();
    }
  });
});
