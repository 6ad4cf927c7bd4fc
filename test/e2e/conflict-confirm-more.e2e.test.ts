import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { Council, Directorate, IndicatorOwnership, Measurement, MeasurementStatus, Person } from '@goldenthread/db';
import { axeViolations } from './axe.js';
import { screenshot, scrollTo } from './browser.js';
import { apiAs, changes, panelOf, gid, nodeAs, twoContexts } from './conflict-cascade.helpers.js';
import { ADMIN, demoServer, expectNoSidewaysScroll, giveAccounts, gov, GSS, LEAD_OFFICER, reveal } from './governance.helpers.js';

// Issue 16, outside the cascade: revoking a delegation, validating a figure, deleting a directorate and removing a
// Best Value finding send the version they read. On a stale one the second of two browser contexts sees what
// changed and chooses: "Do it anyway" does the step at the stored version, "Cancel" does nothing. Never done unseen.
type Session = Awaited<ReturnType<ReturnType<typeof demoServer>['server']['signIn']>>;

describe('web app: stale confirm steps outside the cascade answered with their change and do it anyway / cancel', () => {
  const env = demoServer();
  let admin: Session;
  let council: Council;
  const api = (query: string, variables: Record<string, unknown> = {}, as = admin) => apiAs(as, query, variables);

  beforeAll(async () => {
    await giveAccounts(env.server, ADMIN, LEAD_OFFICER);
    admin = await env.server.signIn(ADMIN, { password: 'golden-thread-demo' });
    council = await env.server.em().findOneOrFail(Council, { gssCode: GSS });
  });

  const look = async (page: Page, panel: Locator, name: string) => {
    await scrollTo(panel);
    expect(await axeViolations(page)).toEqual([]);
    await expectNoSidewaysScroll(page);
    await screenshot(page, name);
  };

  it('answers a stale revoke of a delegation (they revoked it first): cancel does nothing more', async () => {
    const scheme = await api(
      `query($c: ID!) { node(id: $c) { ... on Council { delegations(first: 500) {
        nodes { id power { name } toPerson { name } viewerCan { revoke } subDelegations { id } } } } } }`,
      { c: gid('Council', council.id) },
    );
    type Row = {
      id: string;
      power: { name: string };
      toPerson: { name: string } | null;
      viewerCan: { revoke: boolean };
      subDelegations: unknown[];
    };
    const rows: Row[] = scheme.node.delegations.nodes;
    const label = (d: Row) => `${d.power.name} to ${d.toPerson?.name}`;
    const d = rows.find(
      (x) => x.viewerCan.revoke && x.toPerson && x.subDelegations.length === 0 && rows.filter((y) => label(y) === label(x)).length === 1,
    )!;
    const item = (page: Page) => page.getByRole('list', { name: 'Delegations' }).getByRole('listitem', { name: label(d), exact: true });
    const { first, second } = await twoContexts(env, `/councils/${GSS}/delegation`, ADMIN, (page) => item(page).waitFor());
    const [a, b] = [first.page, second.page];

    await item(a).getByRole('button', { name: 'Revoke' }).click();
    await item(a).getByRole('button', { name: 'Yes, revoke it' }).click();
    await item(a).waitFor({ state: 'detached' });
    const revoked = await nodeAs(admin, d.id, '... on Delegation { revokedOn version }');
    expect(revoked.revokedOn).not.toBeNull();

    await item(b).getByRole('button', { name: 'Revoke' }).click();
    await item(b).getByRole('button', { name: 'Yes, revoke it' }).click();
    const panel = panelOf(b, 'this delegation');
    const [change] = await changes(panel);
    expect(change).toMatch(/^Revoked on Theirs: \d+ \w+ \d{4} You read: \(empty\)$/);
    await expect.poll(() => panel.textContent()).toContain('Not done yet. They changed 1 field since you read it.');
    expect(await b.getByRole('alert').count()).toBe(0);
    await look(b, panel, 'conflict-confirm-more-revoke-1440');
    await panel.getByRole('button', { name: 'Cancel' }).click();
    await b.getByRole('status').filter({ hasText: 'Not done (revoke): the stored record is shown' }).waitFor();
    expect(await nodeAs(admin, d.id, '... on Delegation { revokedOn version }')).toEqual(revoked);
    expect([...first.errors, ...second.errors]).toEqual([]);
    await a.context().close();
    await b.context().close();
  });

  it('answers a stale validate of a figure (corrected since) at 390 px: do it anyway validates the corrected figure', async () => {
    const em = env.server.em();
    const owners = new Map(
      (await em.find(IndicatorOwnership, { council: council.id, dataOwner: { $ne: null } }, { populate: ['dataOwner', 'indicator'] })).map(
        (o) => [o.indicator.id, o],
      ),
    );
    const drafts = await em.find(
      Measurement,
      { council: council.id, status: MeasurementStatus.DRAFT, disaggregation: 'Total', valueStatus: 'VALUE' as never },
      { populate: ['indicator', 'enteredBy'], orderBy: { id: 'asc' } },
    );
    const m = drafts.find((x) => {
      const owner = owners.get(x.indicator.id)?.dataOwner?.getEntity();
      return owner?.email && owner.email !== ADMIN && x.enteredBy?.getEntity().email !== ADMIN;
    })!;
    const ownerEmail = owners.get(m.indicator.id)!.dataOwner!.getEntity().email!;
    await giveAccounts(env.server, ownerEmail);
    const owner = await env.server.signIn(ownerEmail, { password: 'golden-thread-demo' });
    const title = m.indicator.getEntity().title;
    const name = `Validate ${title} for ${m.period}`;
    const button = (page: Page) => page.getByRole('region', { name: /^Awaiting validation/ }).getByRole('button', { name, exact: true });
    const { first, second } = await twoContexts(env, `/councils/${GSS}/measurements`, ADMIN, (page) => button(page).waitFor(), 390);
    const b = second.page;
    await first.page.context().close();

    // The data owner corrects the draft (a new value and a note) after the page was read.
    const id = gid('Measurement', m.id);
    const before = await nodeAs(admin, id, '... on Measurement { version value }');
    const corrected = String(Number(before.value) + 1);
    await apiAs(owner, `mutation($i: RecordMeasurementInput!) { recordMeasurement(input: $i) { measurement { id } } }`, {
      i: {
        councilId: gid('Council', council.id),
        indicatorId: gid('Indicator', m.indicator.id),
        period: m.period,
        value: corrected,
        note: 'Corrected from the source',
        version: before.version,
      },
    });
    await scrollTo(button(b));
    await button(b).click();
    const panel = panelOf(b, `the figure for ${m.period}`);
    expect(await changes(panel)).toEqual([
      `Value Theirs: ${corrected} You read: ${before.value}`,
      'Note Theirs: Corrected from the source You read: (empty)',
    ]);
    expect(await nodeAs(admin, id, '... on Measurement { status }')).toEqual({ status: 'DRAFT' });
    await look(b, panel, 'conflict-confirm-more-validate-390');
    await panel.getByRole('button', { name: 'Do it anyway' }).click();
    await b
      .getByRole('status')
      .filter({ hasText: `${title} for ${m.period} is now validated.` })
      .waitFor();
    expect(await nodeAs(admin, id, '... on Measurement { status value note }')).toEqual({
      status: 'VALIDATED',
      value: Number(corrected),
      note: 'Corrected from the source',
    });
    expect(second.errors).toEqual([]);
    await b.context().close();
  });

  it('answers a stale delete of a directorate (renamed since): cancel keeps it, do it anyway deletes it', async () => {
    const made = await api(`mutation($i: CreateDirectorateInput!) { createDirectorate(input: $i) { directorate { id } } }`, {
      i: { councilId: gid('Council', council.id), name: 'Harbour Services', code: 'HS' },
    });
    const id = made.createDirectorate.directorate.id;
    const panelAside = (page: Page) => page.locator('aside.details');
    const ready = (name: string) => (page: Page) => panelAside(page).getByRole('heading', { level: 2, name }).waitFor();
    const { first, second } = await twoContexts(env, `/councils/${GSS}/explorer/${id}`, ADMIN, ready('Harbour Services'));
    const [a, b] = [first.page, second.page];
    await panelAside(a).getByRole('button', { name: 'Rename' }).click();
    const rename = a.getByRole('form', { name: 'Rename Harbour Services' });
    await rename.getByLabel('New name').fill('Harbour and Coast');
    await rename.getByLabel('New name').press('Enter');
    await panelAside(a).getByText('Renamed to Harbour and Coast.').waitFor();

    const remove = async () => {
      await panelAside(b).getByRole('button', { name: 'Delete Harbour Services' }).click();
      await panelAside(b).getByRole('button', { name: 'Yes, delete it' }).click();
    };
    await remove();
    const panel = panelOf(b, 'Harbour Services');
    expect(await changes(panel)).toEqual(['Name Theirs: Harbour and Coast You read: Harbour Services']);
    expect(await nodeAs(admin, id, '... on Directorate { name }')).toEqual({ name: 'Harbour and Coast' });
    await look(b, panel, 'conflict-confirm-more-directorate-1440');
    await panel.getByRole('button', { name: 'Cancel' }).click();
    await b.getByRole('status').filter({ hasText: 'Not done (delete): the stored record is shown' }).waitFor();
    expect(await nodeAs(admin, id, '... on Directorate { name }')).toEqual({ name: 'Harbour and Coast' });

    // Asked again on the page as it still reads it, over the same change: do it anyway deletes it.
    await b.reload();
    await ready('Harbour and Coast')(b);
    const stale = await nodeAs(admin, id, '... on Directorate { version }');
    await api(`mutation($i: UpdateDirectorateInput!) { updateDirectorate(input: $i) { directorate { id } } }`, {
      i: { id, version: stale.version, name: 'Harbour and Coast', code: 'HC' },
    });
    await panelAside(b).getByRole('button', { name: 'Delete Harbour and Coast' }).click();
    await panelAside(b).getByRole('button', { name: 'Yes, delete it' }).click();
    const again = panelOf(b, 'Harbour and Coast');
    expect(await changes(again)).toEqual(['Code Theirs: HC You read: HS']);
    await again.getByRole('button', { name: 'Do it anyway' }).click();
    await expect.poll(async () => (await apiAs(admin, `query($id: ID!) { node(id: $id) { id } }`, { id })).node).toBeNull();
    expect(await env.server.em().fork().findOne(Directorate, { name: 'Harbour and Coast' })).toBeNull();
    expect([...first.errors, ...second.errors]).toEqual([]);
    await a.context().close();
    await b.context().close();
  });

  it('answers a stale removal of a Best Value finding (changed since): do it anyway removes it', async () => {
    const person = await env.server.em().findOneOrFail(Person, { email: LEAD_OFFICER });
    const review = await apiAs(
      admin,
      `mutation($i: CreateBestValueReviewInput!) { createBestValueReview(input: $i) { review { id version } } }`,
      {
        i: {
          councilId: gid('Council', council.id),
          title: 'Best Value review of respite at home',
          scope: 'Whether respite at home is best run in house.',
          leadOfficerId: gid('Person', person.id),
          ...(person.directorate ? { directorateId: gid('Directorate', person.directorate.id) } : {}),
        },
      },
    );
    const r = review.createBestValueReview.review;
    await apiAs(admin, `mutation($i: UpdateBestValueReviewInput!) { updateBestValueReview(input: $i) { review { id } } }`, {
      i: { id: r.id, version: r.version, status: 'EVIDENCE' },
    });
    const TEXT = 'Carers want respite in the evenings.';
    const found = await apiAs(admin, `mutation($i: AddBestValueFindingInput!) { addBestValueFinding(input: $i) { finding { id } } }`, {
      i: { reviewId: r.id, kind: 'CHALLENGE', text: TEXT },
    });
    const findingId = found.addBestValueFinding.finding.id;
    const item = (page: Page) => page.getByRole('region', { name: 'Challenge', exact: true }).locator('li', { hasText: TEXT }).first();
    const ready = async (page: Page) => {
      await reveal(item(page), 'Change or remove');
    };
    const { first, second } = await twoContexts(env, gov('reviews', r.id), ADMIN, ready);
    const [a, b] = [first.page, second.page];
    const edit = a.getByRole('form', { name: `Change the finding: ${TEXT}` });
    await edit.getByLabel('Evidence').fill('Carers survey, 2024');
    await edit.getByRole('button', { name: 'Save the finding' }).click();
    await item(a).locator('.small.muted', { hasText: '(Carers survey, 2024)' }).waitFor();

    await item(b).getByRole('button', { name: 'Remove the finding' }).click();
    const panel = panelOf(b, 'this finding');
    expect(await changes(panel)).toEqual(['Evidence Theirs: Carers survey, 2024 You read: (empty)']);
    await look(b, panel, 'conflict-confirm-more-finding-1440');
    await panel.getByRole('button', { name: 'Do it anyway' }).click();
    await expect.poll(() => b.getByRole('region', { name: 'Challenge', exact: true }).locator('li', { hasText: TEXT }).count()).toBe(0);
    expect((await apiAs(admin, `query($id: ID!) { node(id: $id) { id } }`, { id: findingId })).node).toBeNull();
    expect([...first.errors, ...second.errors]).toEqual([]);
    await a.context().close();
    await b.context().close();
  });
});
