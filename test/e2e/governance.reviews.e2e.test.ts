import { describe, expect, it } from 'vitest';
import {
  demoServer,
  expectNoSidewaysScroll,
  gov,
  LEAD_OFFICER,
  open,
  reveal,
  shoot,
  unexpected,
  fitsPhone,
  type PhonePage,
} from './governance.helpers.js';

// The Governance area's forms as the head of learning disabilities (a demo account): she runs a Best
// Value review to a recommendation with an action, then works on her actions. Every step is checked by
// what the page shows afterwards, at 1440 px, then the pages again at 390 px.
const REVIEW = 'Best Value review of short breaks for carers';

describe('web app: Governance forms signed in (Best Value, actions)', () => {
  const env = demoServer();
  let reviewPath = '';

  it('Best Value: review started, moved on (not back), a finding per C, options, the chosen one, a recommendation and action', async () => {
    const { page, errors } = await open(env.browser, env.server, gov('reviews'), 1440, LEAD_OFFICER);
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
    const { page, errors } = await open(env.browser, env.server, gov('actions'), 1440, LEAD_OFFICER);
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
    await expect.poll(async () => (await cards.allTextContents()).every((t) => t.includes('Scrutiny recommendation'))).toBe(true);
    expect(await cards.count()).toBeGreaterThan(0);
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

  it('fits a 390 px phone without sideways scrolling: review, actions', async () => {
    const pages: PhonePage[] = [
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
    await fitsPhone(env.browser, env.server, pages);
  });
});
