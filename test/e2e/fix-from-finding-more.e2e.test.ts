import { beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { Council, Directorate, Person, PersonKind, Service } from '@goldenthread/db';
import type { Client } from '../testkit/index.js';
import { axeViolations } from './axe.js';
import { DEMO_PASSWORD, screenshot, scrollTo } from './browser.js';
import { ADMIN, demoServer, expectNoSidewaysScroll, giveAccounts, GSS, open, unexpected } from './governance.helpers.js';

// "Fix from the finding" (issue 16), the fixes beyond owners: the demo council's administrator delegates a power to a
// service's owner who holds none over it (ACCOUNTABILITY_WITHOUT_AUTHORITY), links the objective delivering no priority
// (ORPHAN_OBJECTIVE), sets a target on a priority nobody measures (UNMEASURED_PRIORITY) and records telling a
// consultation's groups back (NOT_COMMUNICATED about a consultation), each from its card, prefilled, asked first, the
// finding gone without a reload and the health check's figures moved. An ordinary officer gets none of the buttons.
const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');
const PERIOD = '2024-25';
const FINDINGS =
  'query($c: ID!, $p: String!) { accountabilityFindings(councilId: $c) { code message nodes { id type name } } ' +
  'goldenThread(councilId: $c, period: $p) { findings { code message nodes { id type name } } } }';
const HEALTH =
  'query($c: ID!, $p: String!) { leadershipHealthCheck(councilId: $c, period: $p) { ' +
  'habits { key evidence { key text numerator } } questions { key evidence { key text numerator } } } }';
const FIX_BUTTONS = ['Delegate a power', 'Link to a priority', 'Set a target', 'Tell the groups back'];

interface ApiFinding {
  code: string;
  message: string;
  nodes: Array<{ id: string; type: string; name: string }>;
}
type Figure = { text: string; numerator: number };

describe('web app: delegating, linking, setting a target and telling back from the Findings view', () => {
  const env = demoServer();
  let admin: Client;
  let councilId: string;
  let officer: string;
  let indicator: { id: string; code: string; title: string };

  beforeAll(async () => {
    const em = env.server.em();
    const council = await em.findOneOrFail(Council, { gssCode: GSS });
    councilId = gid('Council', council.id);
    const people = await em.find(Person, { council: council.id, kind: PersonKind.OFFICER }, { orderBy: { id: 'asc' } });
    const managers = new Set(people.map((p) => p.lineManager?.id));
    const owners = new Set((await em.find(Service, { council: council.id })).map((s) => s.accountableOwner?.id));
    const directors = new Set((await em.find(Directorate, { council: council.id })).map((d) => d.director?.id));
    const plain = people.filter((p) => p.email && !managers.has(p.id) && !owners.has(p.id) && !directors.has(p.id) && p.email !== ADMIN);
    officer = plain.at(-1)!.email!;
    await giveAccounts(env.server, ADMIN, officer);
    admin = await env.server.signIn(ADMIN, { password: DEMO_PASSWORD });
    const res = await admin.gql('{ indicators(first: 300, filter: { framework: ASCOF }) { nodes { id code title } } }');
    expect(res.errors).toBeUndefined();
    indicator = res.data.indicators.nodes[0];
  });

  const findings = async (code: string): Promise<ApiFinding[]> => {
    const res = await admin.gql(FINDINGS, { c: councilId, p: PERIOD });
    expect(res.errors).toBeUndefined();
    return [...res.data.accountabilityFindings, ...res.data.goldenThread.findings].filter((f: ApiFinding) => f.code === code);
  };
  const figures = async (): Promise<Record<'clear' | 'traced' | 'targets', Figure>> => {
    const res = await admin.gql(HEALTH, { c: councilId, p: PERIOD });
    expect(res.errors).toBeUndefined();
    const h = res.data.leadershipHealthCheck;
    const of = (list: Array<{ key: string; evidence: Array<Figure & { key: string }> }>, answer: string, key: string) =>
      list.find((a) => a.key === answer)!.evidence.find((e) => e.key === key)!;
    return {
      clear: of(h.habits, 'H8_REVIEW_ARRANGEMENTS', 'checksClear'),
      traced: of(h.habits, 'H2_JOIN_UP_THINKING', 'objectivesTraced'),
      targets: of(h.questions, 'Q3_MEASUREMENT', 'targets'),
    };
  };
  const cards = (page: Page) => page.getByRole('list', { name: 'Findings' }).locator('li.finding-card');
  const cardOf = (page: Page, message: string): Locator => cards(page).filter({ hasText: message });
  const showOnly = async (page: Page, code: string) => {
    await page.getByLabel('Kind of finding').selectOption(code);
    await expect.poll(() => page.url()).toContain(`code=${code}`);
  };
  /** Asks, checks nothing was written yet, then confirms and waits for the card to go. */
  const confirmAndClear = async (
    page: Page,
    card: Locator,
    form: Locator,
    question: string | RegExp,
    yes: string,
    still: () => Promise<boolean>,
  ) => {
    await form.getByText(question).waitFor();
    expect(await still()).toBe(true);
    await scrollTo(form.getByRole('button', { name: yes }));
    await expectNoSidewaysScroll(page);
    expect(await axeViolations(page, { include: '.finding-list' })).toEqual([]);
    await form.getByRole('button', { name: yes }).click();
    await card.waitFor({ state: 'detached' });
    expect(await still()).toBe(false);
  };

  it('offers an ordinary officer none of these fixes, at 390 and 1440 px', async () => {
    const [unauthorised] = await findings('ACCOUNTABILITY_WITHOUT_AUTHORITY');
    const [orphan] = await findings('ORPHAN_OBJECTIVE');
    expect(unauthorised && orphan).toBeTruthy();
    for (const width of [390, 1440]) {
      const { page, errors } = await open(env.browser, env.server, `/councils/${GSS}/findings`, width, officer);
      await cardOf(page, unauthorised!.message).waitFor();
      await cardOf(page, orphan!.message).waitFor();
      await page.waitForLoadState('networkidle');
      for (const name of FIX_BUTTONS) expect(await page.getByRole('button', { name }).count(), name).toBe(0);
      await expectNoSidewaysScroll(page);
      expect(unexpected(errors)).toEqual([]);
      await page.context().close();
    }
  });

  it('lets an administrator clear each from its card, prefilled and asked first, and the health check moves', async () => {
    const before = await figures();
    const { page, errors } = await open(env.browser, env.server, `/councils/${GSS}/findings`, 1440, ADMIN);
    await page.getByRole('heading', { level: 1, name: 'Findings' }).waitFor();
    await cards(page).first().waitFor();
    await page.evaluate(() => Object.assign(window, { gtNoReload: true }));

    // A power delegated to the owner, over the service the owner answers for.
    const [unauthorised] = await findings('ACCOUNTABILITY_WITHOUT_AUTHORITY');
    const owner = unauthorised!.nodes.find((n) => n.type === 'Person')!;
    const service = unauthorised!.nodes.find((n) => n.type === 'Service')!;
    await showOnly(page, 'ACCOUNTABILITY_WITHOUT_AUTHORITY');
    let card = cardOf(page, unauthorised!.message);
    await card.getByRole('button', { name: 'Delegate a power' }).click();
    let form = card.getByRole('form', { name: `Delegate a power over ${service.name}` });
    const to = form.getByLabel('To', { exact: true });
    await expect.poll(() => to.inputValue()).toBe(owner.id);
    const power = form.getByLabel('Power', { exact: true });
    await expect.poll(() => power.locator('option').count()).toBeGreaterThan(1);
    await power.selectOption({ index: 1 });
    const powerName = (await power.locator('option:checked').textContent())!.replace(/ \(.*\)$/, '');
    await form.getByRole('button', { name: 'Delegate', exact: true }).click();
    await screenshot(page, 'fix-more-delegate-confirm-1440');
    const unauthorisedStill = async () =>
      (await findings('ACCOUNTABILITY_WITHOUT_AUTHORITY')).some((f) => f.message === unauthorised!.message);
    await confirmAndClear(
      page,
      card,
      form,
      new RegExp(`^Delegate “${powerName}” from .* to ${owner.name} over ${service.name}\\?$`),
      'Yes, delegate it',
      unauthorisedStill,
    );
    await page
      .getByRole('status')
      .filter({ hasText: `${owner.name} now holds “${powerName}” over ${service.name}.` })
      .waitFor();

    // The objective delivering nothing, linked to a priority of its year (prefilled with one of its directorate's).
    const [orphan] = await findings('ORPHAN_OBJECTIVE');
    const objective = orphan!.nodes.find((n) => n.type === 'Objective')!;
    await showOnly(page, 'ORPHAN_OBJECTIVE');
    card = cardOf(page, orphan!.message);
    await card.getByRole('button', { name: 'Link to a priority' }).click();
    form = card.getByRole('form', { name: `Link “${objective.name}” to a priority` });
    const priority = form.getByLabel(`Priority of ${PERIOD} it delivers`);
    await expect.poll(() => priority.inputValue()).not.toBe('');
    const priorityName = (await priority.locator('option:checked').textContent())!.replace(/ \((Corporate|Directorate|Service)\)$/, '');
    await form.getByRole('button', { name: 'Link it' }).click();
    await screenshot(page, 'fix-more-link-confirm-1440');
    const orphanStill = async () => (await findings('ORPHAN_OBJECTIVE')).some((f) => f.message === orphan!.message);
    await confirmAndClear(
      page,
      card,
      form,
      `Link “${objective.name}” to “${priorityName}”, which it then delivers?`,
      'Yes, link it',
      orphanStill,
    );
    await page
      .getByRole('status')
      .filter({ hasText: `“${objective.name}” now delivers “${priorityName}”.` })
      .waitFor();

    // On a phone: a target on a priority nobody measures, then the consultation's groups told back.
    await page.setViewportSize({ width: 390, height: 844 });
    const [unmeasured] = await findings('UNMEASURED_PRIORITY');
    const measured = unmeasured!.nodes[0]!;
    await showOnly(page, 'UNMEASURED_PRIORITY');
    card = cardOf(page, unmeasured!.message);
    await card.getByRole('button', { name: 'Set a target' }).click();
    form = card.getByRole('form', { name: `A target measuring “${measured.name}”` });
    expect(await form.getByLabel('Year').inputValue()).toBe(PERIOD);
    const select = form.getByLabel('Indicator', { exact: true });
    await expect.poll(() => select.locator('option').count()).toBeGreaterThan(2);
    await form.getByLabel('Search: indicator').fill(`${indicator.code} ${indicator.title}`);
    await expect.poll(() => select.inputValue()).toBe(indicator.id);
    await form.getByLabel('Target value').fill('75');
    await form.getByRole('button', { name: 'Set the target' }).click();
    await screenshot(page, 'fix-more-target-confirm-390');
    const unmeasuredStill = async () => (await findings('UNMEASURED_PRIORITY')).some((f) => f.message === unmeasured!.message);
    await confirmAndClear(
      page,
      card,
      form,
      new RegExp(`’s ${PERIOD} target for .* at 75, measuring “.*”\\?$`),
      'Yes, set the target',
      unmeasuredStill,
    );

    const told = (await findings('NOT_COMMUNICATED')).find((f) => f.nodes[0]!.type === 'Consultation')!;
    const consultation = told.nodes[0]!;
    await showOnly(page, 'NOT_COMMUNICATED');
    card = cardOf(page, told.message);
    await card.getByRole('button', { name: 'Tell the groups back' }).click();
    form = card.getByRole('form', { name: `Tell “${consultation.name}”’s groups back` });
    // Every priority the consultation informed, named from the finding.
    for (const p of told.nodes.slice(1)) await form.getByText(p.name, { exact: false }).first().waitFor();
    await form.getByLabel('How (channel)').fill('Listening event follow-up letter');
    await form.getByRole('button', { name: 'Record it' }).click();
    await screenshot(page, 'fix-more-tell-back-confirm-390');
    const toldStill = async () => (await findings('NOT_COMMUNICATED')).some((f) => f.message === told.message);
    await confirmAndClear(
      page,
      card,
      form,
      /^Record that .* were told on \d{4}-\d{2}-\d{2} what became of .*\?$/,
      'Yes, record it',
      toldStill,
    );

    // The health check: one more check clear, one more objective traced, one more priority with a target.
    const after = await figures();
    expect(after.clear.numerator).toBeGreaterThan(before.clear.numerator);
    expect(after.traced.numerator).toBe(before.traced.numerator + 1);
    expect(after.targets.numerator).toBeGreaterThan(before.targets.numerator);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Health check' }).click();
    const card2 = page.locator('[data-key="H2_JOIN_UP_THINKING"]');
    await card2.locator('button.hc-card__toggle').click();
    await card2.getByText(after.traced.text, { exact: true }).waitFor();
    expect(after.traced.text).not.toBe(before.traced.text);
    await screenshot(page, 'fix-more-health-check-1440');
    expect(await page.evaluate(() => (window as unknown as { gtNoReload?: boolean }).gtNoReload)).toBe(true);
    expect(unexpected(errors)).toEqual([]);
    await page.context().close();
  });
});
