import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, errorCode, startTestServer, type Client, type TestServer } from '../testkit/index.js';
import { buildSmallCouncil, ok, versionOf, type SmallCouncil } from './delegation.fixture.js';

const SUB =
  `mutation($i: SubDelegateInput!) { subDelegate(input: $i) { delegation { id version financialLimit scopeKind maySubDelegate ` +
  `fromPerson { name } toPerson { name } parent { id } } } }`;
const DELEGATE = `mutation($i: DelegateInput!) { delegate(input: $i) { delegation { id } } }`;
const REVOKE =
  `mutation($i: RevokeDelegationInput!) { revokeDelegation(input: $i) { revokedIds message delegation { revokedOn version } ` + `} }`;
const COUNTS =
  `query($c: ID!) { node(id: $c) { ... on Council { delegations(first: 500) { totalCount } all: delegations(first: 500, ` +
  `includeRevoked: true) { totalCount } delegationEvents(first: 500) { totalCount nodes { kind actorLabel subjectId delegationId ` +
  `before after note } } } } }`;

describe.each(dialects())('scheme of delegation mutations on %s', (dialect) => {
  let server: TestServer;
  let admin: Client;
  let otherAdmin: Client;
  let c: SmallCouncil;
  let other: SmallCouncil;
  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'reference' });
    admin = await server.adminOf('E06000011');
    otherAdmin = await server.adminOf('E06000012');
    c = await buildSmallCouncil(admin, 'E06000011');
    other = await buildSmallCouncil(otherAdmin, 'E06000012');
  });
  afterAll(async () => server?.close());

  const counts = async () => {
    const n = (await ok(admin, COUNTS, { c: c.councilId })).node;
    return { live: n.delegations.totalCount, all: n.all.totalCount, events: n.delegationEvents.totalCount, log: n.delegationEvents.nodes };
  };
  /** Runs a mutation that must be refused with BAD_USER_INPUT on `field`, and checks nothing was stored. */
  const refused = async (query: string, input: Record<string, unknown>, field: string, message?: RegExp, code = 'BAD_USER_INPUT') => {
    const before = await counts();
    const r = await admin.gql(query, { i: input });
    expect(errorCode(r), JSON.stringify(r.errors)).toBe(code);
    if (code === 'BAD_USER_INPUT') expect(r.errors![0]!.extensions!.field).toBe(field);
    if (message) expect(r.errors![0]!.message).toMatch(message);
    const after = await counts();
    expect({ all: after.all, events: after.events }).toEqual({ all: before.all, events: before.events });
    return r;
  };
  const sub = (over: Record<string, unknown> = {}) => ({
    parentId: c.delegations.head,
    toPersonId: c.people.staff,
    scope: { kind: 'SERVICE', id: c.northId },
    financialLimit: 1000,
    effectiveFrom: '2025-06-01',
    ...over,
  });

  it('sub-delegates within the parent, recorded as an event with who and after', async () => {
    const before = await counts();
    const d = (await ok(admin, SUB, { i: sub() })).subDelegate.delegation;
    expect(d).toMatchObject({
      financialLimit: 1000,
      scopeKind: 'SERVICE',
      maySubDelegate: false,
      fromPerson: { name: 'Hana Head' },
      toPerson: { name: 'Sam Staff' },
      parent: { id: c.delegations.head },
    });
    const after = await counts();
    expect(after.events).toBe(before.events + 1);
    expect(after.log[0]).toMatchObject({
      kind: 'SUB_DELEGATED',
      actorLabel: 'Test Administrator',
      subjectId: d.id,
      delegationId: d.id,
      before: null,
    });
    expect(JSON.parse(after.log[0].after)).toMatchObject({ power: 'Approve care packages', to: 'Sam Staff', financialLimit: 1000 });
    await ok(admin, REVOKE, { i: { id: d.id, version: d.version } });
  });

  it('refuses a sub-delegation wider in scope than its parent', async () => {
    await refused(SUB, sub({ scope: { kind: 'DIRECTORATE', id: c.directorateId } }), 'scope', /only over the Home Care service/);
  });

  it('refuses a sub-delegation above the parent’s limit', async () => {
    await refused(SUB, sub({ financialLimit: 20000.01 }), 'financialLimit', /only up to £20,000/);
  });

  it('refuses sub-delegating a delegation that may not be sub-delegated', async () => {
    await refused(SUB, sub({ parentId: c.delegations.manager }), 'parentId', /may not be sub-delegated/);
  });

  it('refuses a delegation loop: back to someone higher up the chain, or to oneself', async () => {
    await refused(SUB, sub({ toPersonId: c.people.director }), 'toPersonId', /already holds it higher up the same chain/);
    await refused(SUB, sub({ toPersonId: c.people.head }), 'toPersonId', /to themself/);
  });

  it('refuses a person of another council, an unknown scope, bad dates and bad limits', async () => {
    await refused(SUB, sub({ toPersonId: other.people.staff }), 'toPersonId', /no person with id .* exists/);
    await refused(SUB, sub({ scope: { kind: 'SERVICE', id: other.northId } }), 'scope.id', /no service with that id exists/);
    await refused(SUB, sub({ scope: { kind: 'SERVICE', id: c.directorateId } }), 'scope.id', /expected the id of a Service/);
    await refused(SUB, sub({ scope: { kind: 'SERVICE' } }), 'scope.id');
    await refused(SUB, sub({ effectiveFrom: '2025-02-30' }), 'effectiveFrom', /not a date/);
    await refused(SUB, sub({ effectiveTo: '2025-05-01' }), 'effectiveTo', /before it starts/);
    await refused(SUB, sub({ financialLimit: -5 }), 'financialLimit', /zero or more/);
    await refused(SUB, sub({ financialLimit: 10.001 }), 'financialLimit', /two decimals/);
    await refused(SUB, sub({ parentId: 'nonsense' }), 'parentId', /not a valid id/);
  });

  it('delegate: only the power’s source body, within its limit, no duplicate', async () => {
    const body = (
      await ok(admin, `mutation($i: CreateDecisionBodyInput!) { createDecisionBody(input: $i) { body { id kind } } }`, {
        i: { councilId: c.councilId, name: 'Full Council', kind: 'FULL_COUNCIL' },
      })
    ).createDecisionBody.body;
    const base = {
      powerId: c.powerId,
      fromBodyId: c.cabinetId,
      toPersonId: c.people.director,
      scope: { kind: 'DIRECTORATE', id: c.directorateId },
      effectiveFrom: '2025-06-01',
    };
    await refused(DELEGATE, { ...base, fromBodyId: body.id }, 'fromBodyId', /belongs to Cabinet/);
    await refused(DELEGATE, { ...base, financialLimit: 100001 }, 'financialLimit', /limited to £100,000/);
    await refused(DELEGATE, { ...base, toPersonId: c.people.chief, scope: { kind: 'COUNCIL' } }, 'toPersonId', /already holds/);
    await refused(DELEGATE, { ...base, fromBodyId: other.cabinetId }, 'fromBodyId', /no decision body/);
    const d = (await ok(admin, DELEGATE, { i: base })).delegate.delegation;
    const v = await versionOf(admin, d.id);
    await ok(admin, REVOKE, { i: { id: d.id, version: v } });
  });

  it('createDecisionBody and createDecisionPower validate their input and refuse duplicates', async () => {
    const body = `mutation($i: CreateDecisionBodyInput!) { createDecisionBody(input: $i) { body { id } } }`;
    const power = `mutation($i: CreateDecisionPowerInput!) { createDecisionPower(input: $i) { power { id } } }`;
    await refused(body, { councilId: c.councilId, name: 'cabinet', kind: 'EXECUTIVE' }, 'name', /already has a decision body/);
    await refused(body, { councilId: c.councilId, name: '  ', kind: 'COMMITTEE' }, 'name');
    await refused(
      power,
      { councilId: c.councilId, name: 'Approve care packages', kind: 'CARE', sourceBodyId: c.cabinetId },
      'name',
      /already has a decision power/,
    );
    await refused(power, { councilId: c.councilId, name: 'New power', kind: 'no spaces!', sourceBodyId: c.cabinetId }, 'kind');
    await refused(
      power,
      { councilId: c.councilId, name: 'New power', kind: 'X', sourceBodyId: other.cabinetId },
      'sourceBodyId',
      /no decision body with id .* exists/,
    );
    await refused(
      power,
      { councilId: c.councilId, name: 'New power', kind: 'X', sourceBodyId: c.cabinetId, financialLimit: -1 },
      'financialLimit',
    );
  });

  it('revoke takes every sub-delegation with it, each recorded; a stale version is a CONFLICT', async () => {
    // Head → Staff under Head's delegation, then revoke the director's delegation (Director → Head → Manager, Staff).
    const staffD = (await ok(admin, SUB, { i: sub() })).subDelegate.delegation;
    const before = await counts();
    const stale = await admin.gql(REVOKE, { i: { id: c.delegations.director, version: 99 } });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect((await counts()).live).toBe(before.live);
    const r = (
      await ok(admin, REVOKE, {
        i: { id: c.delegations.director, version: await versionOf(admin, c.delegations.director), reason: 'Restructure' },
      })
    ).revokeDelegation;
    expect(r.revokedIds).toEqual([c.delegations.director, c.delegations.head, expect.anything(), expect.anything()]);
    expect(new Set(r.revokedIds)).toEqual(new Set([c.delegations.director, c.delegations.head, c.delegations.manager, staffD.id]));
    expect(r.message).toBe('Revoked the delegation and 3 sub-delegations made under it.');
    const after = await counts();
    expect(after.live).toBe(before.live - 4);
    expect(after.events).toBe(before.events + 4);
    const revoked = after.log.slice(0, 4);
    expect(revoked.every((e: any) => e.kind === 'REVOKED')).toBe(true);
    expect(revoked.filter((e: any) => /revoked with the delegation it comes from/.test(e.note ?? '')).length).toBe(3);
    const again = await admin.gql(REVOKE, { i: { id: c.delegations.director, version: await versionOf(admin, c.delegations.director) } });
    expect(errorCode(again)).toBe('CONFLICT');
    // Sub-delegating under a revoked delegation is refused.
    await refused(SUB, sub(), 'parentId', /was revoked on/);
  });

  it('setAccountableOwner refuses someone from another council and a stale version; records before and after', async () => {
    const set = `mutation($i: SetAccountableOwnerInput!) { setAccountableOwner(input: $i) { service { id accountableOwner { name } } } }`;
    const version = await versionOf(admin, c.northId);
    await refused(set, { serviceId: c.northId, personId: other.people.head, version }, 'personId', /no person with id .* exists/);
    await refused(set, { serviceId: c.northId, personId: c.people.head, version: version + 1 }, '', undefined, 'CONFLICT');
    const r = (await ok(admin, set, { i: { serviceId: c.northId, personId: c.people.head, version } })).setAccountableOwner;
    expect(r.service.accountableOwner.name).toBe('Hana Head');
    const log = (await counts()).log[0];
    expect(log.kind).toBe('OWNER_SET');
    expect(JSON.parse(log.before)).toMatchObject({ owner: 'Tom Team' });
    expect(JSON.parse(log.after)).toMatchObject({ owner: 'Hana Head' });
  });

  it('setMiResponsible refuses someone from another council and a stale version; records the change', async () => {
    const set = `mutation($i: SetMiResponsibleInput!) { setMiResponsible(input: $i) { council { id miResponsible { name } version } } }`;
    const version = await versionOf(admin, c.councilId);
    await refused(set, { councilId: c.councilId, personId: other.people.chief, version }, 'personId', /no person with id .* exists/);
    await refused(set, { councilId: c.councilId, personId: c.people.chief, version: version - 1 }, '', undefined, 'CONFLICT');
    const r = (await ok(admin, set, { i: { councilId: c.councilId, personId: c.people.outsider, version } })).setMiResponsible;
    expect(r.council.miResponsible.name).toBe('Olu Outsider');
    const log = (await counts()).log[0];
    expect(log.kind).toBe('MI_MANAGER_SET');
    expect(JSON.parse(log.after)).toMatchObject({ miResponsible: 'Olu Outsider' });
  });

  it('deleting a service takes the delegations over it, and keeps the record of their events', async () => {
    const before = await counts();
    const overNorth = (
      await ok(
        admin,
        `query($c: ID!) { node(id: $c) { ... on Council { delegations(first: 500, includeRevoked: true) { nodes { id scopeId } } } } }`,
        { c: c.councilId },
      )
    ).node.delegations.nodes.filter((d: any) => d.scopeId === c.northId);
    expect(overNorth.length).toBeGreaterThan(0);
    const r = await admin.gql(`mutation($id: ID!) { deleteService(id: $id, cascade: true) { deletedIds } }`, { id: c.northId });
    expect(r.errors).toBeUndefined();
    const after = await counts();
    expect(after.all).toBe(before.all - overNorth.length);
    expect(after.events).toBe(before.events);
    expect(after.log.some((e: any) => e.subjectId === overNorth[0].id && e.delegationId === null)).toBe(true);
  });
  it('refuses deleting a person named in the scheme of delegation, and keeps them', async () => {
    const r = await admin.gql(`mutation($id: ID!) { deletePerson(id: $id) { deletedIds } }`, { id: c.people.director });
    expect(errorCode(r)).toBe('CONFLICT');
    expect(r.errors![0]!.message).toMatch(/Dan Director.*scheme of delegation/);
    const still = await admin.gql(`query($id: ID!) { person(id: $id) { name } }`, { id: c.people.director });
    expect(still.data.person.name).toBe('Dan Director');
  });
});
