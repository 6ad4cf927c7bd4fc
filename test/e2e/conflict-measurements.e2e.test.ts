import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { Council, IndicatorOwnership, Measurement, MeasurementStatus } from '@goldenthread/db';
import { axeViolations } from './axe.js';
import { DEMO_PASSWORD, screenshot, scrollTo } from './browser.js';
import { apiAs, changes, gid, nodeAs, panelOf } from './conflict-cascade.helpers.js';
import { ADMIN, demoServer, expectNoSidewaysScroll, giveAccounts, GSS, open, unexpected } from './governance.helpers.js';

// Issue 16 in the measurements and indicators: a bulk validate, a publish, and deleting a comparator group, a target on
// the indicator's page or an indicator, each on a version someone changed since the page was read. The page shows which
// records changed and how, and nothing is written until "Do it anyway"; "Cancel" writes nothing. Checked through the API.
type Session = Awaited<ReturnType<ReturnType<typeof demoServer>['server']['signIn']>>;
const RECORD = `mutation($i: RecordMeasurementInput!) { recordMeasurement(input: $i) { measurement { version } } }`;
const FIGURE = '... on Measurement { version status value note }';

describe('web app: stale steps of figures and indicators answered with their change and do it anyway / cancel', () => {
  const env = demoServer();
  let admin: Session;
  let councilGid: string;
  let council: Council;
  /** Figures of the demo council in `status` the administrator may step, each with its data owner signed in. */
  let figures: (status: MeasurementStatus) => Promise<Array<{ m: Measurement; owner: Session; name: string }>>;

  beforeAll(async () => {
    await giveAccounts(env.server, ADMIN);
    admin = await env.server.signIn(ADMIN, { password: DEMO_PASSWORD });
    council = await env.server.em().findOneOrFail(Council, { gssCode: GSS });
    councilGid = gid('Council', council.id);
    figures = async (status) => {
      const em = env.server.em().fork();
      const owners = new Map(
        (await em.find(IndicatorOwnership, { council: council.id, dataOwner: { $ne: null } }, { populate: ['dataOwner'] })).map((o) => [
          o.indicator.id,
          o.dataOwner!.getEntity().email,
        ]),
      );
      const rows = await em.find(
        Measurement,
        { council: council.id, status, disaggregation: 'Total', valueStatus: 'VALUE' as never },
        { populate: ['indicator', 'enteredBy'], orderBy: { id: 'desc' } },
      );
      const mine = rows.filter((m) => owners.get(m.indicator.id) && owners.get(m.indicator.id) !== ADMIN);
      const usable = mine.filter((m) => m.enteredBy?.getEntity().email !== ADMIN).slice(0, 2);
      const out = [];
      for (const m of usable) {
        const email = owners.get(m.indicator.id)!;
        await giveAccounts(env.server, email);
        out.push({
          m,
          owner: await env.server.signIn(email, { password: DEMO_PASSWORD }),
          name: `${m.indicator.getEntity().title} for ${m.period}`,
        });
      }
      return out;
    };
  });

  /** The data owner corrects a figure (a new value and a note; a validated one goes back to a draft); its values now. */
  const correct = async (f: { m: Measurement; owner: Session }, note: string) => {
    const id = gid('Measurement', f.m.id);
    const before = await nodeAs(admin, id, FIGURE);
    await apiAs(f.owner, RECORD, {
      i: {
        councilId: councilGid,
        indicatorId: gid('Indicator', f.m.indicator.id),
        period: f.m.period,
        value: String(Number(before.value) + 1),
        note,
        version: before.version,
        correction: before.status !== 'DRAFT',
      },
    });
    return nodeAs(admin, id, FIGURE);
  };
  const look = async (page: Page, panel: Locator, name: string) => {
    await scrollTo(panel);
    expect(await axeViolations(page)).toEqual([]);
    await expectNoSidewaysScroll(page);
    await screenshot(page, name);
  };
  const list = (page: Page, name: string) => page.getByRole('region', { name: new RegExp(`^${name}`) });
  const valueLines = (name: string, theirs: { value: number; note: string | null }, read: { value: number; note: string | null }) => [
    `${name}: Value Theirs: ${theirs.value} You read: ${read.value}`,
    `${name}: Note Theirs: ${theirs.note} You read: ${read.note || '(empty)'}`,
  ];

  it('answers a bulk validate with a figure corrected since: cancel validates nothing, do it anyway validates both', async () => {
    const [a, b] = await figures(MeasurementStatus.DRAFT);
    const ids = [a!, b!].map((f) => gid('Measurement', f.m.id));
    const read = await nodeAs(admin, ids[0]!, FIGURE);
    const drafts = (page: Page) => list(page, 'Awaiting validation');
    const { page, errors } = await open(env.browser, env.server, `/councils/${GSS}/measurements`, 1440, ADMIN);
    await drafts(page)
      .getByRole('checkbox', { name: `Choose ${a!.name}` })
      .waitFor();
    const choose = async () => {
      for (const f of [a!, b!]) {
        const box = drafts(page).getByRole('checkbox', { name: `Choose ${f.name}` });
        await scrollTo(box);
        await box.check();
      }
      await drafts(page).getByRole('button', { name: 'Validate 2 chosen' }).click();
    };

    const theirs = await correct(a!, 'Corrected from the source');
    await choose();
    const panel = panelOf(page, '1 of the 2 chosen figures');
    expect(await changes(panel)).toEqual(valueLines(a!.name, theirs, read));
    await expect.poll(() => panel.textContent()).toContain('Not done yet. They changed 2 fields since you read it.');
    expect(await drafts(page).getByRole('alert').count()).toBe(0);
    for (const id of ids) expect((await nodeAs(admin, id, FIGURE)).status).toBe('DRAFT');
    await look(page, panel, 'conflict-measurements-bulk-validate-1440');
    await panel.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('status').filter({ hasText: 'Not done (validate): the list shows the stored figures' }).waitFor();
    for (const id of ids) expect((await nodeAs(admin, id, FIGURE)).status).toBe('DRAFT');

    // Corrected again after the list read it anew: do it anyway validates both, the corrected figure as stored.
    const versions = (await nodeAs(admin, ids[0]!, '... on Measurement { history { version } }')).history.length;
    await page.locator(`summary[aria-label="History of ${a!.name} (${versions} versions)"]`).waitFor();
    const again = await correct(a!, 'Corrected twice');
    await drafts(page).getByRole('button', { name: 'Validate 2 chosen' }).click();
    const next = panelOf(page, '1 of the 2 chosen figures');
    expect(await changes(next)).toEqual(valueLines(a!.name, again, theirs));
    await next.getByRole('button', { name: 'Do it anyway' }).click();
    await page.getByRole('status').filter({ hasText: '2 figures are now validated.' }).waitFor();
    expect(await nodeAs(admin, ids[0]!, FIGURE)).toMatchObject({ status: 'VALIDATED', value: again.value, note: 'Corrected twice' });
    expect((await nodeAs(admin, ids[1]!, FIGURE)).status).toBe('VALIDATED');
    expect(unexpected(errors)).toEqual([]);
    await page.context().close();
  });

  it('answers a publish of one figure corrected and validated again since, at 390 px: do it anyway publishes it as stored', async () => {
    const [f] = await figures(MeasurementStatus.VALIDATED);
    const id = gid('Measurement', f!.m.id);
    const read = await nodeAs(admin, id, FIGURE);
    const pub = (page: Page) => list(page, 'Awaiting publication');
    const button = (page: Page) => pub(page).getByRole('button', { name: `Publish ${f!.name}`, exact: true });
    const { page, errors } = await open(env.browser, env.server, `/councils/${GSS}/measurements`, 390, ADMIN);
    await button(page).waitFor();

    const drafted = await correct(f!, 'Corrected after validation');
    await apiAs(admin, `mutation($id: ID!, $v: Int!) { validateMeasurement(id: $id, version: $v) { measurement { id } } }`, {
      id,
      v: drafted.version,
    });
    const theirs = await nodeAs(admin, id, FIGURE);
    expect(theirs.status).toBe('VALIDATED');
    await scrollTo(button(page));
    await button(page).click();
    await page.getByRole('dialog', { name: 'Publish 1 figure?' }).getByRole('button', { name: 'Publish 1 figure' }).click();
    const panel = panelOf(page, f!.name);
    expect(await changes(panel)).toEqual(valueLines(f!.name, theirs, read));
    expect(await nodeAs(admin, id, FIGURE)).toEqual(theirs);
    await look(page, panel, 'conflict-measurements-publish-390');
    await panel.getByRole('button', { name: 'Do it anyway' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${f!.name} is now published.` })
      .waitFor();
    expect(await nodeAs(admin, id, FIGURE)).toMatchObject({ status: 'PUBLISHED', value: theirs.value, note: 'Corrected after validation' });
    expect(unexpected(errors)).toEqual([]);
    await page.context().close();
  });

  /**
   * A delete confirmed on a stale page, twice: after `change` (through the API) the panel lists `lines` and nothing is
   * deleted; Cancel keeps it; after `again` it lists `next`, and do it anyway deletes it.
   */
  const staleDelete = async (k: {
    path: string;
    ready: (page: Page) => Promise<unknown>;
    remove: (page: Page) => Locator;
    what: string;
    change: () => Promise<unknown>;
    lines: string[];
    again: () => Promise<unknown>;
    next: string[];
    cancelled: string;
    stored: () => Promise<unknown>;
    shot: string;
  }) => {
    const { page, errors } = await open(env.browser, env.server, k.path, 1440, ADMIN);
    await k.ready(page);
    const kept = async () => expect(await k.stored()).not.toBeNull();
    const ask = async () => {
      await scrollTo(k.remove(page));
      await k.remove(page).click();
      await page.getByRole('button', { name: 'Yes, delete it' }).click();
      return panelOf(page, k.what);
    };
    await k.change();
    const panel = await ask();
    expect(await changes(panel)).toEqual(k.lines);
    await kept();
    await look(page, panel, k.shot);
    await panel.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('status').filter({ hasText: k.cancelled }).waitFor();
    await kept();

    await k.again();
    const next = await ask();
    expect(await changes(next)).toEqual(k.next);
    await kept();
    await next.getByRole('button', { name: 'Do it anyway' }).click();
    await expect.poll(() => k.stored(), { timeout: 10_000 }).toBeNull();
    expect(unexpected(errors)).toEqual([]);
    await page.context().close();
  };

  it('answers a stale delete of a comparator group (described since): cancel keeps it, do it anyway deletes it', async () => {
    const made = await apiAs(admin, `mutation($i: CreateComparatorGroupInput!) { createComparatorGroup(input: $i) { group { id } } }`, {
      i: { councilId: councilGid, name: 'Coastal neighbours', memberIds: [councilGid] },
    });
    const id = made.createComparatorGroup.group.id;
    const describeIt = (description: string) => async () => {
      const { version } = await nodeAs(admin, id, '... on ComparatorGroup { version }');
      await apiAs(admin, `mutation($i: UpdateComparatorGroupInput!) { updateComparatorGroup(input: $i) { group { id } } }`, {
        i: { id, version, description },
      });
    };
    const item = (page: Page) =>
      page.getByRole('list', { name: 'The council’s comparator groups' }).getByRole('listitem', { name: 'Coastal neighbours' });
    await staleDelete({
      path: `/councils/${GSS}/indicators/comparator-groups`,
      ready: (page) => item(page).waitFor(),
      remove: (page) => item(page).getByRole('button', { name: 'Delete “Coastal neighbours”' }),
      what: 'the group “Coastal neighbours”',
      change: describeIt('Councils on the coast'),
      lines: ['Description Theirs: Councils on the coast You read: (empty)'],
      again: describeIt('Councils by the sea'),
      next: ['Description Theirs: Councils by the sea You read: Councils on the coast'],
      cancelled: 'Not done (delete): the stored record is shown',
      stored: async () => (await apiAs(admin, `query($id: ID!) { node(id: $id) { id } }`, { id })).node,
      shot: 'conflict-measurements-group-delete-1440',
    });
  });

  it("answers a stale delete of a target on the indicator's page: cancel keeps it, do it anyway deletes it", async () => {
    const indicator = (await apiAs(admin, '{ indicator(framework: ASCOF, code: "2A2") { id title } }')).indicator;
    const SET = `mutation($i: SetTargetInput!) { setTarget(input: $i) { target { id version } } }`;
    // A year with no target of the council yet.
    const taken = await apiAs(admin, `query($c: ID!, $i: ID) { targets(councilId: $c, indicatorId: $i) { period } }`, {
      c: councilGid,
      i: indicator.id,
    });
    const period = ['2016-17', '2017-18', '2018-19', '2019-20', '2020-21'].find(
      (y) => !taken.targets.some((t: { period: string }) => t.period === y),
    )!;
    const base = { councilId: councilGid, indicatorId: indicator.id, period, value: 6.5 };
    const id = (await apiAs(admin, SET, { i: base })).setTarget.target.id;
    const tolerance = (t: number) => async () => {
      const { version } = await nodeAs(admin, id, '... on Target { version }');
      await apiAs(admin, SET, { i: { ...base, tolerance: t, version } });
    };
    const what = `${period} for the council as a whole: 6.5`;
    await staleDelete({
      path: `/councils/${GSS}/indicator/${indicator.id}`,
      ready: (page) =>
        page
          .getByRole('region', { name: 'Targets' })
          .getByRole('listitem', { name: `Target ${what}` })
          .waitFor(),
      remove: (page) => page.getByRole('button', { name: `Delete the target ${what}` }),
      what: 'this target',
      change: tolerance(0.5),
      lines: ['Tolerance Theirs: 0.5 You read: (empty)'],
      again: tolerance(1),
      next: ['Tolerance Theirs: 1 You read: 0.5'],
      cancelled: 'Not done (delete): the stored record is shown',
      stored: async () => (await apiAs(admin, `query($id: ID!) { node(id: $id) { id } }`, { id })).node,
      shot: 'conflict-measurements-target-delete-1440',
    });
  });

  it('answers a stale delete of an indicator (its definition changed since): cancel keeps it, do it anyway deletes it', async () => {
    const title = 'Carers offered a break within a month';
    const made = await apiAs(admin, `mutation($i: CreateIndicatorInput!) { createIndicator(input: $i) { indicator { id } } }`, {
      i: { councilId: councilGid, code: 'L-CAR-09', title, polarity: 'HIGHER_IS_BETTER', definition: 'Offered within 28 days.' },
    });
    const id = made.createIndicator.indicator.id;
    const define = (definition: string) => async () => {
      const { version } = await nodeAs(admin, id, '... on Indicator { version }');
      await apiAs(admin, `mutation($i: UpdateIndicatorInput!) { updateIndicator(input: $i) { indicator { id } } }`, {
        i: { id, version, definition },
      });
    };
    await staleDelete({
      path: `/councils/${GSS}/indicators/${id}`,
      ready: (page) => page.getByRole('heading', { level: 2, name: title }).waitFor(),
      remove: (page) => page.getByRole('button', { name: 'Delete the indicator' }),
      what: `“${title}”`,
      change: define('Offered within 30 days.'),
      lines: ['Definition Theirs: Offered within 30 days. You read: Offered within 28 days.'],
      again: define('Offered within a calendar month.'),
      next: ['Definition Theirs: Offered within a calendar month. You read: Offered within 30 days.'],
      cancelled: 'Not done (delete the indicator): the stored record is shown',
      stored: async () => (await apiAs(admin, `query($id: ID!) { node(id: $id) { id } }`, { id })).node,
      shot: 'conflict-measurements-indicator-delete-1440',
    });
  });
});
