import { describe, expect, it } from 'vitest';
import {
  CHIEF_EXECUTIVE,
  COMMITTEE,
  COMPLAINTS_OFFICER,
  chooseCommittee,
  demoServer,
  expectNoSidewaysScroll,
  gov,
  open,
  reveal,
  SCRUTINY_CHAIR,
  SCRUTINY_OFFICER,
  shoot,
  unexpected,
  fitsPhone,
  type PhonePage,
} from './governance.helpers.js';

// The Governance area's forms as the people the demo designates (each a demo account): the complaints
// officer works a complaint through its stages; the scrutiny officer, the committee's chair and the
// chief executive take a topic to an accepted recommendation with its action. Every step is checked by
// what the page shows afterwards, at 1440 px, then the pages again at 390 px. (Best Value reviews and
// actions: governance.reviews.e2e.test.ts.)
const REF = 'CMP-E2E-01';
const TOPIC = 'Waits for home care after a hospital stay';
const RECOMMENDATION = 'Publish the weekly count of people waiting for home care on leaving hospital';

describe('web app: Governance forms signed in (complaints, scrutiny)', () => {
  const env = demoServer();

  it('complaints officer: the register, a complaint recorded, moved forward (not back), its panel, outcome and themes', async () => {
    const { page, errors } = await open(env.browser, env.server, gov('complaints'), 1440, COMPLAINTS_OFFICER);
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
    let { page, errors } = await open(env.browser, env.server, gov('scrutiny'), 1440, SCRUTINY_CHAIR);
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
    ({ page, errors } = await open(env.browser, env.server, gov('scrutiny'), 1440, SCRUTINY_OFFICER));
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
    ({ page, errors } = await open(env.browser, env.server, gov('scrutiny'), 1440, CHIEF_EXECUTIVE));
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

  it('fits a 390 px phone without sideways scrolling: complaint opened, work programme', async () => {
    const pages: PhonePage[] = [
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
    ];
    await fitsPhone(env.browser, env.server, pages);
  });
});
