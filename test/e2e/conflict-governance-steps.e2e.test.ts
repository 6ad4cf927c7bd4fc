import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { Council, Directorate, HealthInterface, Person, PersonKind, Service, StaffRole } from '@goldenthread/db';
import { axeViolations } from './axe.js';
import { screenshot, scrollTo } from './browser.js';
import { apiAs, changes, gid, nodeAs, panelOf, twoContexts } from './conflict-cascade.helpers.js';
import { ADMIN, demoServer, expectNoSidewaysScroll, giveAccounts, gov, GSS, reveal, unexpected } from './governance.helpers.js';

// Issue 16 on the governance steps that still answered a stale version with the server's CONFLICT alone: moving an action
// (closing it, dropping it), removing a partner body or a health-interface mark, deleting a portfolio and ending a staff
// designation. Two browser contexts of the administrator read the record; the first changes it, then the second does the
// step on what it read and sees the panel naming the change, with nothing written; "Cancel" writes nothing. Changed again
// (through the API), the step asked again shows the new change, and "Do it anyway" does it. Stored values through the API.
type Session = Awaited<ReturnType<ReturnType<typeof demoServer>['server']['signIn']>>;

/** One step on one record: where it is, how each context finds the record and does the step, and what the panel lists. */
interface StepCase {
  name: string;
  path: string;
  width?: number;
  /** The record on the page (ready when found). */
  scope: (page: Page) => Locator;
  /** Opens what the step needs (a closed panel) on the record. */
  ready?: (scope: Locator) => Promise<void>;
  /** The first context's change, through its page. */
  change: (scope: Locator) => Promise<void>;
  /** The second change (after cancel), as another person through the API. */
  again: () => Promise<void>;
  /** The second context does the step on what it read, up to the panel. */
  act: (scope: Locator) => Promise<void>;
  /** The record in the panel's heading ("Someone else changed … since you read it"). */
  what: string;
  /** The panel's lines after the first change, and after the second. */
  first: string[];
  second: string[];
  /** The record as stored, through the API (null once removed). */
  stored: () => Promise<unknown>;
  /** What is stored once the step is done anyway. */
  done: (stored: unknown) => boolean;
}

describe('web app: stale governance steps answered with their change and do it anyway / cancel', () => {
  const env = demoServer();
  let admin: Session;
  let councilGid: string;
  const api = (query: string, variables: Record<string, unknown> = {}) => apiAs(admin, query, variables);

  beforeAll(async () => {
    await giveAccounts(env.server, ADMIN);
    admin = await env.server.signIn(ADMIN, { password: 'golden-thread-demo' });
    councilGid = gid('Council', (await env.server.em().findOneOrFail(Council, { gssCode: GSS })).id);
  });

  /** Both contexts read the record; the first changes it; the second's step is answered by the panel, then cancel, then do it anyway. */
  async function staleStep(k: StepCase): Promise<void> {
    const width = k.width ?? 1440;
    const ready = async (page: Page) => {
      await k.scope(page).waitFor();
      await k.ready?.(k.scope(page));
    };
    const { first, second } = await twoContexts(env, k.path, ADMIN, ready, width);
    const [a, b] = [first.page, second.page];
    const before = await k.stored();
    await k.change(k.scope(a));
    await expect.poll(() => k.stored(), { timeout: 10_000 }).not.toEqual(before);
    const changed = await k.stored();

    await k.act(k.scope(b));
    const panel = panelOf(b, k.what);
    expect(await changes(panel), k.name).toEqual(k.first);
    await expect.poll(() => panel.textContent()).toContain('Not done yet.');
    // The panel answers the server's CONFLICT: its message is not shown too, and nothing is written.
    expect(await b.getByRole('alert').filter({ hasText: 'was changed by someone else' }).count(), k.name).toBe(0);
    expect(await k.stored(), k.name).toEqual(changed);
    await scrollTo(panel);
    expect(await axeViolations(b, { include: '.conflict' }), k.name).toEqual([]);
    if (width < 600) await expectNoSidewaysScroll(b);
    await screenshot(b, `conflict-step-${k.name}-${width}`);
    await panel.getByRole('button', { name: 'Cancel' }).click();
    await b
      .getByRole('status')
      .filter({ hasText: /^Not done \(.+\): the stored record is shown, with their change\.$/ })
      .waitFor();
    expect(await k.stored(), k.name).toEqual(changed);

    // Changed again after the page read it as stored: the step asked again names the new change; do it anyway does it.
    await k.again();
    const again = await k.stored();
    await ready(b);
    await k.act(k.scope(b));
    expect(await changes(panelOf(b, k.what)), k.name).toEqual(k.second);
    expect(await k.stored(), k.name).toEqual(again);
    await panelOf(b, k.what).getByRole('button', { name: 'Do it anyway' }).click();
    await expect.poll(async () => k.done(await k.stored()), { timeout: 10_000 }).toBe(true);
    expect(unexpected([...first.errors, ...second.errors]), k.name).toEqual([]);
    await a.context().close();
    await b.context().close();
  }

  /** An action of no record (OTHER), due on a known day, on the actions page (filtered to OTHER). */
  async function action(title: string) {
    const made = await api(`mutation($i: CreateActionInput!) { createAction(input: $i) { action { id } } }`, {
      i: { councilId: councilGid, source: 'OTHER', title, due: '2030-10-30' },
    });
    const id: string = made.createAction.action.id;
    const stored = () => nodeAs(admin, id, '... on Action { version status description due droppedReason }');
    const update = async (change: Record<string, unknown>) => {
      const { version } = await stored();
      await api(`mutation($i: UpdateActionInput!) { updateAction(input: $i) { action { id } } }`, { i: { id, version, ...change } });
    };
    const scope = (page: Page) => page.locator('li.action-card').filter({ has: page.getByRole('heading', { name: title }) });
    const ready = async (s: Locator) => {
      await reveal(s, `Progress or status of ${title}`);
    };
    const move = (to: string, reason?: string) => async (s: Locator) => {
      const form = s.getByRole('form', { name: `Move ${title}` });
      await form.getByLabel('Move to').selectOption({ label: to });
      if (reason) await form.getByLabel('Why it is dropped').fill(reason);
      await form.getByRole('button', { name: 'Move' }).click();
    };
    return { stored, update, scope, ready, move, path: `${gov('actions')}?source=OTHER` };
  }

  it('closing an action (moved on since): cancel writes nothing, do it anyway closes it', async () => {
    const x = await action('Write to every carer about the new respite offer');
    await staleStep({
      name: 'action-close',
      path: x.path,
      scope: x.scope,
      ready: x.ready,
      change: x.move('In progress'),
      again: () => x.update({ description: 'Letters go out with the council tax bills.' }),
      act: x.move('Done'),
      what: 'this action',
      first: ['Status Theirs: In progress You read: Open'],
      second: ['Details Theirs: Letters go out with the council tax bills. You read: (empty)'],
      stored: x.stored,
      done: (n) => (n as { status: string }).status === 'DONE',
    });
  });

  it('dropping an action at 390 px (changed since): cancel writes nothing, do it anyway drops it with my reason', async () => {
    const x = await action('Review the transport contract for day centres');
    await staleStep({
      name: 'action-drop',
      path: x.path,
      width: 390,
      scope: x.scope,
      ready: x.ready,
      change: async () => x.update({ description: 'With the ICB’s transport team.' }),
      again: () => x.update({ due: '2031-01-31' }),
      act: x.move('Dropped', 'The ICB runs the contract now.'),
      what: 'this action',
      first: ['Details Theirs: With the ICB’s transport team. You read: (empty)'],
      second: ['Due Theirs: 31 Jan 2031 You read: 30 Oct 2030'],
      stored: x.stored,
      done: (n) => {
        const s = n as { status: string; droppedReason: string | null };
        return s.status === 'DROPPED' && s.droppedReason === 'The ICB runs the contract now.';
      },
    });
  });

  it('removing a partner body (its ODS code changed since): cancel keeps it, do it anyway removes it', async () => {
    const name = 'Suffolk Community Transport';
    const made = await api(`mutation($i: CreatePartnerBodyInput!) { createPartnerBody(input: $i) { partnerBody { id } } }`, {
      i: { councilId: councilGid, name, kind: 'NHS_TRUST' },
    });
    const id: string = made.createPartnerBody.partnerBody.id;
    const stored = () => nodeAs(admin, id, '... on PartnerBody { version kind odsCode }');
    await staleStep({
      name: 'partner-body',
      path: gov('health'),
      scope: (page) => page.getByRole('list', { name: 'Partner bodies' }).locator(':scope > li', { hasText: name }),
      ready: (s) => reveal(s, `Change or remove ${name}`),
      change: async (s) => {
        const form = s.getByRole('form', { name: `Change ${name}` });
        await form.getByLabel('ODS code').fill('RX9');
        await form.getByRole('button', { name: 'Save the partner body' }).click();
      },
      again: async () => {
        const { version } = await stored();
        await api(`mutation($i: UpdatePartnerBodyInput!) { updatePartnerBody(input: $i) { partnerBody { id } } }`, {
          i: { id, version, kind: 'PROVIDER' },
        });
      },
      act: (s) => s.getByRole('button', { name: `Remove ${name}` }).click(),
      what: name,
      first: ['ODS code Theirs: RX9 You read: (empty)'],
      second: ['Kind Theirs: Provider You read: NHS trust'],
      stored,
      done: (n) => n === null,
    });
  });

  it('removing a health-interface mark (its note changed since): cancel keeps it, do it anyway removes it', async () => {
    const em = env.server.em();
    const council = await em.findOneOrFail(Council, { gssCode: GSS });
    const marked = new Set((await em.find(HealthInterface, { council: council.id })).map((m) => m.service?.id));
    const service = (await em.find(Service, { council: council.id }, { orderBy: { id: 'asc' } })).find((s) => !marked.has(s.id))!;
    const made = await api(`mutation($i: MarkHealthInterfaceInput!) { markHealthInterface(input: $i) { healthInterface { id } } }`, {
      i: { councilId: councilGid, serviceId: gid('Service', service.id), note: 'Discharge to assess' },
    });
    const id: string = made.markHealthInterface.healthInterface.id;
    const stored = () => nodeAs(admin, id, '... on HealthInterface { version note }');
    // No mutation changes a mark (it is marked or removed): the other person's change is written to the database.
    const note = async (text: string) => {
      const fork = env.server.em().fork();
      const mark = await fork.findOneOrFail(HealthInterface, { service: service.id });
      mark.note = text;
      await fork.flush();
    };
    await staleStep({
      name: 'health-mark',
      path: gov('health'),
      scope: (page) =>
        page
          .getByRole('list', { name: 'At the health interface' })
          .locator(':scope > li')
          .filter({ has: page.getByRole('heading', { name: service.name }) }),
      change: () => note('Discharge to assess, winter pressures'),
      again: () => note('Winter pressures only'),
      act: (s) => s.getByRole('button', { name: 'No longer at the health interface' }).click(),
      what: `the mark of ${service.name}`,
      first: ['Note Theirs: Discharge to assess, winter pressures You read: Discharge to assess'],
      second: ['Note Theirs: Winter pressures only You read: Discharge to assess, winter pressures'],
      stored,
      done: (n) => n === null,
    });
  });

  it('deleting a portfolio (renamed and given a directorate since): cancel keeps it, do it anyway deletes it', async () => {
    const name = 'Rural Transport';
    const made = await api(`mutation($i: CreatePortfolioInput!) { createPortfolio(input: $i) { portfolio { id } } }`, {
      i: { councilId: councilGid, name },
    });
    const id: string = made.createPortfolio.portfolio.id;
    const stored = () => nodeAs(admin, id, '... on Portfolio { version description directorates { name } }');
    const em = env.server.em();
    const council = await em.findOneOrFail(Council, { gssCode: GSS });
    const asc = await em.findOneOrFail(Directorate, { council: council.id, code: 'ASC' });
    const directorate = { id: gid('Directorate', asc.id), name: asc.name };
    await staleStep({
      name: 'portfolio',
      path: gov('portfolios'),
      scope: (page) => page.getByRole('listitem', { name, exact: true }),
      change: async (s) => {
        await reveal(s, 'Change this portfolio');
        const form = s.getByRole('form', { name: `Change the portfolio ${name}` });
        await form.getByLabel('Description').fill('Buses and community transport.');
        await form.getByRole('button', { name: 'Save the portfolio' }).click();
      },
      again: async () => {
        const { version } = await stored();
        await api(`mutation($i: UpdatePortfolioInput!) { updatePortfolio(input: $i) { portfolio { id } } }`, {
          i: { id, version, directorateIds: [directorate.id] },
        });
      },
      act: async (s) => {
        await s.getByRole('button', { name: 'Delete this portfolio' }).click();
        await s.getByRole('button', { name: `Yes, delete ${name}` }).click();
      },
      what: name,
      first: ['Description Theirs: Buses and community transport. You read: (empty)'],
      second: [`Directorates Theirs: ${directorate.name} You read: None named`],
      stored,
      done: (n) => n === null,
    });
  });

  it('ending a staff designation (ended by the other first): cancel keeps their day, do it anyway ends it on mine', async () => {
    const em = env.server.em();
    const council = await em.findOneOrFail(Council, { gssCode: GSS });
    const designated = new Set((await em.find(StaffRole, { council: council.id })).map((r) => r.person.id));
    const officer = (
      await em.find(Person, { council: council.id, kind: PersonKind.OFFICER, leftOn: null }, { orderBy: { id: 'asc' } })
    ).find((p) => !designated.has(p.id))!;
    const made = await api(`mutation($i: CreateStaffRoleInput!) { createStaffRole(input: $i) { staffRole { id } } }`, {
      i: { councilId: councilGid, personId: gid('Person', officer.id), kind: 'RISK_MANAGER', startsOn: '2024-04-01' },
    });
    const id: string = made.createStaffRole.staffRole.id;
    const stored = () => nodeAs(admin, id, '... on StaffRole { version endsOn }');
    const end = (day: string) => async (s: Locator) => {
      const form = s.getByRole('form', { name: `End ${officer.name}'s designation as risk manager` });
      await form.getByLabel('Its last day').fill(day);
      await form.getByRole('button', { name: 'End it' }).click();
    };
    await staleStep({
      name: 'staff-designation',
      path: gov('staff'),
      scope: (page) => page.getByRole('list', { name: 'Risk managers' }).locator(':scope > li', { hasText: officer.name }),
      ready: (s) => reveal(s, 'End the designation'),
      change: end('2031-03-11'),
      again: async () => {
        const { version } = await stored();
        await api(`mutation($i: EndRoleInput!) { endStaffRole(input: $i) { staffRole { id } } }`, {
          i: { id, version, endsOn: '2031-05-20' },
        });
      },
      act: end('2031-03-18'),
      what: `${officer.name}’s designation`,
      first: ['Last day Theirs: 11 Mar 2031 You read: Not recorded'],
      second: ['Last day Theirs: 20 May 2031 You read: 11 Mar 2031'],
      stored,
      done: (n) => (n as { endsOn: string }).endsOn === '2031-03-18',
    });
  });
});
