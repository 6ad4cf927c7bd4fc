import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { AppraisalObjective, Council, Person, PersonKind } from '@goldenthread/db';
import { startTestServer, type TestServer } from '../testkit/index.js';
import { axeViolations } from './axe.js';
import { launchBrowser, screenshot, scrollTo, webDist } from './browser.js';
import { expectNoSidewaysScroll, giveAccounts, GSS, open } from './governance.helpers.js';

// On a person's golden thread, their line manager reviews and rates an appraisal objective, gives them a new
// one aimed at a service objective and deletes it again (asked first); the person sees their thread with no
// such button.
const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');

describe('web app: appraisal objectives on a golden thread', () => {
  let server: TestServer;
  let browser: Browser;
  let person: { id: string; email: string };
  let manager: string;
  let objective: { id: string; name: string };

  beforeAll(async () => {
    server = await startTestServer('sqlite', { seed: 'demo', webDist });
    const em = server.em();
    const council = await em.findOneOrFail(Council, { gssCode: GSS });
    const people = new Map(
      (await em.find(Person, { council: council.id, kind: PersonKind.OFFICER, email: { $ne: null } })).map((p) => [p.id, p]),
    );
    const appraisals = await em.find(
      AppraisalObjective,
      { council: council.id, period: '2024-25', agreedOn: { $ne: null } },
      { orderBy: { id: 'asc' } },
    );
    const a = appraisals.find((x) => {
      const p = people.get(x.person.id);
      return p?.lineManager && people.has(p.lineManager.id);
    })!;
    const p = people.get(a.person.id)!;
    person = { id: gid('Person', p.id), email: p.email! };
    manager = people.get(p.lineManager!.id)!.email!;
    objective = { id: gid('AppraisalObjective', a.id), name: a.name };
    await giveAccounts(server, manager, person.email);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const at = () => `/councils/${GSS}/thread/${person.id}?period=2024-25`;

  it("lets the line manager review and rate a person's appraisal objective", async () => {
    const { page, errors } = await open(browser, server, at(), 1440, manager);
    await page.getByRole('heading', { level: 2, name: new RegExp(objective.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).waitFor();
    await page.getByRole('button', { name: `Review and rate “${objective.name}”` }).click();
    const form = page.getByRole('form', { name: `Review “${objective.name}”` });
    await form.getByLabel('Reviewed on').fill('2025-03-20');
    await form.getByLabel('Rating').selectOption('MET');
    await form.getByRole('button', { name: 'Save the review' }).click();
    await page.getByText('Reviewed on 20 Mar 2025: met').first().waitFor();
    const me = await server.signIn(manager, { password: 'golden-thread-demo' });
    const r = await me.gql(`query($id: ID!) { node(id: $id) { ... on AppraisalObjective { reviewedOn rating } } }`, { id: objective.id });
    expect(r.data.node).toEqual({ reviewedOn: '2025-03-20', rating: 'MET' });
    expect((await axeViolations(page)).map((v) => `${v.id}: ${v.targets.join(' ')}`)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'appraisal-editing-manager-390');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('offers the person no review button on their own thread', async () => {
    const { page, errors } = await open(browser, server, at(), 390, person.email);
    await page.getByRole('heading', { level: 1, name: /Golden thread of/ }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('button', { name: /^Review and rate/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Agree/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Add an appraisal objective' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Delete/ }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lets the line manager add an appraisal objective aimed at a service objective, and delete it after confirming', async () => {
    const NAME = 'Run two carers drop-in sessions a month';
    const { page, errors } = await open(browser, server, at(), 1440, manager);
    await page.getByRole('heading', { level: 1, name: /Golden thread of/ }).waitFor();
    await page.getByRole('button', { name: 'Add an appraisal objective' }).click();
    const form = page.getByRole('form', { name: /^An appraisal objective for .*, 2024-25$/ });
    const aim = form.getByLabel('Aimed at the service objective');
    await expect.poll(() => aim.locator('option').count()).toBeGreaterThan(1);
    const [value, label] = await aim
      .locator('option')
      .nth(1)
      .evaluate((o: HTMLOptionElement) => [o.value, o.textContent ?? '']);
    await form.getByLabel('Appraisal objective').fill(NAME);
    await aim.selectOption(value!);
    await form.getByLabel(/Agreed with .* today/).check();
    expect((await axeViolations(page)).map((v) => `${v.id}: ${v.targets.join(' ')}`)).toEqual([]);
    await screenshot(page, 'appraisal-editing-add-1440');
    await form.getByRole('button', { name: 'Add the appraisal objective' }).click();
    await page.getByText(`Added “${NAME}” to`).waitFor();
    const card = page.locator('.card').filter({ has: page.getByRole('heading', { level: 2, name: new RegExp(NAME) }) });
    await card.getByText(label!).first().waitFor();
    const em = server.em();
    const made = await em.findOneOrFail(AppraisalObjective, { name: NAME }, { populate: ['objective'] });
    expect([made.person.id, gid('Objective', made.objective!.id), made.agreedOn]).toEqual([
      Buffer.from(person.id, 'base64url').toString().split(':').map(Number)[1],
      value,
      new Date().toISOString().slice(0, 10),
    ]);

    await card.getByRole('button', { name: `Delete “${NAME}”` }).click();
    const sure = card.getByRole('group', { name: `Confirm: Delete “${NAME}”` });
    await sure.getByText(/It goes for good/).waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    await scrollTo(sure);
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'appraisal-editing-delete-390');
    expect(await server.em().findOne(AppraisalObjective, { id: made.id })).not.toBeNull();
    await sure.getByRole('button', { name: 'Yes, delete it' }).click();
    await page.getByRole('heading', { level: 2, name: new RegExp(NAME) }).waitFor({ state: 'detached' });
    expect(await server.em().findOne(AppraisalObjective, { id: made.id })).toBeNull();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
