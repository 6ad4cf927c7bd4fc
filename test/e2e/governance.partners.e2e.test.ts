import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.js';
import {
  ADMIN,
  CHIEF_EXECUTIVE,
  COMMITTEE,
  chooseCommittee,
  demoServer,
  expectNoSidewaysScroll,
  GSS,
  giveAccounts,
  gov,
  LEAD_OFFICER,
  open,
  reveal,
  SCRUTINY_CHAIR,
  SCRUTINY_OFFICER,
  shoot,
  unexpected,
} from './governance.helpers.js';

// Health scrutiny, staff designations and a scrutiny recommendation's correction in the browser, as the
// people the demo designates: the scrutiny officer records a partner body (a bad ODS code refused beside
// its field), changes it, marks a service at the health interface with it (a second mark of a marked
// service refused), is refused its removal while the mark names it, then unmarks and removes it; the
// administrator designates a member of staff and ends the designation; the committee's chair corrects a
// recommendation. Those without the role get no form. Each at 1440 and 390 px, axe-clean, checked on the
// page and through the API.
const WIDTHS = [1440, 390] as const;
const REC = 'Publish the number of people waiting in hospital for care, by hospital, every month.';
const iso = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);

async function expectAxeClean(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

describe('web app: health scrutiny, staff designations and recommendation corrections', () => {
  const env = demoServer();
  let councilId = '';
  beforeAll(async () => {
    await giveAccounts(env.server, ADMIN);
    councilId = (await env.server.gql(`{ council(gssCode: "${GSS}") { id } }`)).data.council.id;
  });

  const partnerNames = async () => {
    const res = await env.server.gql(`query($c: ID!) { council(id: $c) { partnerBodies { name kind odsCode healthInterfaces { id } } } }`, {
      c: councilId,
    });
    return res.data.council.partnerBodies as Array<{ name: string; kind: string; odsCode: string | null; healthInterfaces: unknown[] }>;
  };

  it('scrutiny officer: a partner body added, changed, marked with a service, refused removal while named, then removed', async () => {
    for (const width of WIDTHS) {
      const name = `Suffolk GP Federation ${width}`;
      const { page, errors } = await open(env.browser, env.server, gov('health'), width, SCRUTINY_OFFICER);
      const partners = page.getByRole('list', { name: 'Partner bodies' });
      await partners.getByRole('heading', { name: /NHS Suffolk and North East Essex Integrated Care Board/ }).waitFor();

      await reveal(page, 'Add a partner body');
      const add = page.getByRole('form', { name: 'Add a partner body' });
      await add.getByLabel('Name').fill(name);
      await add.getByLabel('Kind').selectOption({ label: 'Provider' });
      await add.getByLabel('ODS code').fill('not a code!');
      await add.getByRole('button', { name: 'Add the partner body' }).click();
      await add.locator('.field__error').filter({ hasText: 'is not an NHS ODS code' }).waitFor();
      await add.getByLabel('ODS code').fill('y0x1');
      await add.getByRole('button', { name: 'Add the partner body' }).click();
      await add
        .getByRole('status')
        .filter({ hasText: `${name} is recorded.` })
        .waitFor();
      const item = partners.locator(':scope > li').filter({ hasText: name });
      await item.getByText('ODS code Y0X1').waitFor();

      await reveal(item, `Change or remove ${name}`);
      const edit = item.getByRole('form', { name: `Change ${name}` });
      await edit.getByLabel('Kind').selectOption({ label: 'Voluntary sector' });
      await edit.getByRole('button', { name: 'Save the partner body' }).click();
      await item.locator('h3 .tag').filter({ hasText: 'Voluntary sector' }).waitFor();

      // Marked with a service; a service marked already is refused beside its field.
      const marks = page.getByRole('list', { name: 'At the health interface' });
      const before = await marks.locator(':scope > li').count();
      await reveal(page, 'Mark a service or indicator');
      const mark = page.getByRole('form', { name: 'Mark at the health interface' });
      const service = mark.getByLabel('Service', { exact: true });
      const pick = async (text: string) =>
        service.selectOption((await service.locator('option', { hasText: text }).first().getAttribute('value'))!);
      await pick('Reablement and Intermediate Care');
      await mark.getByRole('button', { name: 'Mark it' }).click();
      await mark.locator('.field__error').filter({ hasText: 'is already marked at the health interface' }).waitFor();
      if (width === 1440) await pick('Learning Disabilities (');
      else await pick('Safeguarding Adults');
      await mark.getByLabel('With the partner body').selectOption({ label: name });
      await mark.getByLabel('Note').fill('Annual health checks with the GP practices.');
      await mark.getByRole('button', { name: 'Mark it' }).click();
      await expect.poll(() => marks.locator(':scope > li').count()).toBe(before + 1);
      const marked = marks.locator(':scope > li').filter({ hasText: `With ${name}` });
      await marked.getByText(/Annual health checks with the GP practices\./).waitFor();
      await item.getByText(/at the interface: /).waitFor();

      // Removal refused while the mark names it, in words; unmarked, then removed.
      await reveal(item, `Change or remove ${name}`);
      await item.getByRole('button', { name: `Remove ${name}` }).click();
      await item
        .getByRole('alert')
        .filter({ hasText: /named by 0 scrutiny topic\(s\) and 1 health-interface mark\(s\)/ })
        .waitFor();
      await expectNoSidewaysScroll(page);
      await expectAxeClean(page);
      await shoot(page, 'health-worked', width);
      expect((await partnerNames()).find((p) => p.name === name)).toMatchObject({ kind: 'VOLUNTARY_SECTOR', odsCode: 'Y0X1' });

      await marked.getByRole('button', { name: 'No longer at the health interface' }).click();
      await expect.poll(() => marks.locator(':scope > li').count()).toBe(before);
      await reveal(item, `Change or remove ${name}`);
      await item.getByRole('button', { name: `Remove ${name}` }).click();
      await expect.poll(() => partners.locator(':scope > li').filter({ hasText: name }).count()).toBe(0);
      expect((await partnerNames()).map((p) => p.name)).not.toContain(name);
      expect(unexpected(errors)).toEqual([]);
      await page.context().close();
    }
  });

  it('offers no health form signed out or to an officer without the role; partner bodies are public', async () => {
    for (const [who, width] of [
      [undefined, 390],
      [LEAD_OFFICER, 1440],
    ] as const) {
      const { page, errors } = await open(env.browser, env.server, gov('health'), width, who);
      await page
        .getByRole('list', { name: 'Partner bodies' })
        .getByRole('heading', { name: /West Suffolk NHS Foundation Trust/ })
        .waitFor();
      await page
        .getByRole('list', { name: 'At the health interface' })
        .getByText(/Hospital Discharge Team/)
        .waitFor();
      expect(await page.locator('summary').count()).toBe(0);
      await expectNoSidewaysScroll(page);
      expect(unexpected(errors)).toEqual([]);
      await page.context().close();
    }
  });

  it('administrator: a member of staff designated (dates in order), then the designation ended; others see no form', async () => {
    for (const [width, who] of [
      [1440, 'Sofia Romano'],
      [390, 'Conor Gallagher'],
    ] as const) {
      const { page, errors } = await open(env.browser, env.server, gov('staff'), width, ADMIN);
      const managers = page.getByRole('list', { name: 'Risk managers' });
      await managers.locator(':scope > li').first().waitFor();
      await reveal(page, 'Designate a member of staff');
      const form = page.getByRole('form', { name: 'Designate a member of staff' });
      const person = form.getByLabel('Member of staff');
      await person.selectOption((await person.locator('option', { hasText: who }).first().getAttribute('value'))!);
      await form.getByLabel('Designated as').selectOption({ label: 'Risk manager' });
      await form.getByLabel('First day').fill(iso(30));
      await form.getByLabel('Last day').fill(iso(40));
      await form.getByRole('button', { name: 'Designate' }).click();
      await form.locator('.field__error').first().waitFor();
      await form.getByLabel('Last day').fill('');
      await form.getByRole('button', { name: 'Designate' }).click();
      await form
        .getByRole('status')
        .filter({ hasText: `${who} is a risk manager from` })
        .waitFor();
      const held = managers.locator(':scope > li').filter({ hasText: who });
      await held.waitFor();
      await expectAxeClean(page);
      await shoot(page, 'staff-designated', width);

      await reveal(held, 'End the designation');
      const end = held.getByRole('form', { name: `End ${who}'s designation as risk manager` });
      await end.getByLabel('Its last day').fill(iso(1));
      await end.getByRole('button', { name: 'End it' }).click();
      await expect.poll(() => managers.locator(':scope > li').filter({ hasText: who }).count()).toBe(0);
      await page.getByRole('radio', { name: 'With the ended ones' }).check();
      await managers.locator(':scope > li').filter({ hasText: who }).getByText('Ended').first().waitFor();
      await expectNoSidewaysScroll(page);
      expect(unexpected(errors)).toEqual([]);
      await page.context().close();
    }
    const res = await (await env.server.signIn(ADMIN)).gql(
      `query($c: ID!) { council(id: $c) { staffRoles(includeEnded: true) { kind endsOn person { name } } } }`,
      { c: councilId },
    );
    for (const who of ['Sofia Romano', 'Conor Gallagher']) {
      const held = res.data.council.staffRoles.filter((r: { person: { name: string } }) => r.person.name === who);
      expect(held).toEqual([{ kind: 'RISK_MANAGER', endsOn: iso(1), person: { name: who } }]);
    }

    // The scrutiny officer sees who is designated but may not designate; signed out, the area is for the council's people.
    let { page } = await open(env.browser, env.server, gov('staff'), 1440, SCRUTINY_OFFICER);
    await page
      .getByRole('list', { name: 'Scrutiny officers' })
      .getByText(/Thomas Taylor/)
      .waitFor();
    expect(await page.locator('summary').count()).toBe(0);
    await page.context().close();
    ({ page } = await open(env.browser, env.server, gov('staff'), 390));
    await page.getByText(/own staff and councillors/).waitFor();
    await page.context().close();
  });

  it("committee chair: a recommendation's text and response date corrected (an earlier date refused); not the executive", async () => {
    for (const width of WIDTHS) {
      const corrected = `Publish, every month and by hospital, how many people wait in hospital for care (${width}).`;
      const { page, errors } = await open(env.browser, env.server, gov('scrutiny'), width, SCRUTINY_CHAIR);
      await chooseCommittee(page);
      const recs = page.getByRole('list', { name: `Recommendations of ${COMMITTEE}` });
      const rec = recs.locator(':scope > li').filter({ hasText: width === 1440 ? REC : '(1440)' });
      await reveal(rec, 'Correct the recommendation');
      const form = rec.getByRole('form', { name: /^Correct the recommendation/ });
      await form.getByLabel('Response due').fill('2024-06-01');
      await form.getByRole('button', { name: 'Save the recommendation' }).click();
      await form.getByRole('alert').waitFor();
      await form.getByLabel('Recommendation').fill(corrected);
      await form.getByLabel('Response due').fill('2024-10-15');
      await form.getByRole('button', { name: 'Save the recommendation' }).click();
      const saved = recs.locator(':scope > li').filter({ hasText: corrected });
      await saved.getByText(/response due 15 Oct 2024/).waitFor();
      await expectNoSidewaysScroll(page);
      await expectAxeClean(page);
      await shoot(page, 'recommendation-corrected', width);
      expect(unexpected(errors)).toEqual([]);
      await page.context().close();
    }
    const res = await env.server.gql(
      `query($c: ID!) { scrutinyWorkProgramme(councilId: $c) { committees { recommendations { text responseDue } } } }`,
      { c: councilId },
    );
    const all = res.data.scrutinyWorkProgramme.committees.flatMap((c: { recommendations: unknown[] }) => c.recommendations);
    expect(all).toContainEqual({ text: expect.stringMatching(/\(390\)\.$/), responseDue: '2024-10-15' });

    const { page } = await open(env.browser, env.server, gov('scrutiny'), 1440, CHIEF_EXECUTIVE);
    await chooseCommittee(page);
    await page
      .getByRole('list', { name: `Recommendations of ${COMMITTEE}` })
      .locator(':scope > li')
      .first()
      .waitFor();
    expect(await page.locator('summary', { hasText: 'Correct the recommendation' }).count()).toBe(0);
    await page.context().close();
  });
});
