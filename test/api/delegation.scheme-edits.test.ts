import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, errorCode, startTestServer, type Client, type TestServer } from '../testkit/index.js';
import { buildSmallCouncil, ok, type SmallCouncil } from './delegation.fixture.js';

/**
 * Changing and deleting decision bodies and powers: the version read is checked, the domain's refusals
 * come back coded (extensions.reason) on their field with nothing stored, each change is in the
 * scheme's record and the audit trail, viewerCan says who may, and the scheme reads "as at" a past day.
 */
const BODY = `mutation($i: CreateDecisionBodyInput!) { createDecisionBody(input: $i) { body { id version } } }`;
const POWER = `mutation($i: CreateDecisionPowerInput!) { createDecisionPower(input: $i) { power { id version } } }`;
const UPDATE_BODY = `mutation($i: UpdateDecisionBodyInput!) { updateDecisionBody(input: $i) { body { id name kind version } } }`;
const DELETE_BODY = `mutation($id: ID!, $v: Int) { deleteDecisionBody(id: $id, version: $v) { deletedId message } }`;
const UPDATE_POWER =
  `mutation($i: UpdateDecisionPowerInput!) { updateDecisionPower(input: $i) { power { id name kind description financialLimit ` +
  `version sourceBody { id } } } }`;
const DELETE_POWER = `mutation($id: ID!, $v: Int) { deleteDecisionPower(id: $id, version: $v) { deletedId message } }`;
const SCHEME =
  `query($c: ID!) { node(id: $c) { ... on Council { decisionBodies { id name kind version viewerCan { update delete } } ` +
  `decisionPowers { id name financialLimit version sourceBody { id } viewerCan { delegate update delete } } ` +
  `delegationEvents(first: 5) { nodes { kind subjectId before after } } } } }`;
const CAN =
  `query($c: ID!) { node(id: $c) { ... on Council { decisionBodies { viewerCan { update delete } } ` +
  `decisionPowers { viewerCan { update delete } } } } }`;
const AS_AT = `query($c: ID!, $d: String) { node(id: $c) { ... on Council { delegations(first: 100, asOf: $d) { nodes { id } } } } }`;
const REVOKE = `mutation($i: RevokeDelegationInput!) { revokeDelegation(input: $i) { revokedIds } }`;

describe.each(dialects())('editing decision bodies and powers on %s', (dialect) => {
  let server: TestServer;
  let admin: Client;
  let staff: Client;
  let otherAdmin: Client;
  let c: SmallCouncil;
  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'reference' });
    admin = await server.adminOf('E06000011');
    otherAdmin = await server.adminOf('E06000012');
    c = await buildSmallCouncil(admin, 'E06000011');
    staff = await server.signIn('sam.staff@e06000011.test');
  });
  afterAll(async () => server?.close());

  const scheme = async () => (await ok(admin, SCHEME, { c: c.councilId })).node;
  const body = async (id: string) => (await scheme()).decisionBodies.find((b: any) => b.id === id);
  const power = async (id: string) => (await scheme()).decisionPowers.find((p: any) => p.id === id);
  const refused = (r: any, code: string, field: string, reason?: string) => {
    expect(errorCode(r), JSON.stringify(r.errors)).toBe(code);
    if (code === 'BAD_USER_INPUT') expect(r.errors[0].extensions.field).toBe(field);
    if (reason) expect(r.errors[0].extensions.reason).toBe(reason);
    return r.errors[0].message as string;
  };

  it('renames a body with the version read, records the change, and answers a stale version with CONFLICT', async () => {
    const made = (await ok(admin, BODY, { i: { councilId: c.councilId, name: 'Audit Committee', kind: 'COMMITTEE' } })).createDecisionBody
      .body;
    const r = await ok(admin, UPDATE_BODY, { i: { id: made.id, version: made.version, name: '  Audit and Governance Committee ' } });
    expect(r.updateDecisionBody.body).toEqual({ id: made.id, name: 'Audit and Governance Committee', kind: 'COMMITTEE', version: 2 });
    const event = (await scheme()).delegationEvents.nodes[0];
    expect(event).toMatchObject({ kind: 'UPDATED', subjectId: made.id });
    expect(JSON.parse(event.before)).toEqual({ name: 'Audit Committee', kind: 'COMMITTEE' });
    expect(JSON.parse(event.after)).toEqual({ name: 'Audit and Governance Committee', kind: 'COMMITTEE' });
    // The same version again: someone else changed it since.
    const stale = await admin.gql(UPDATE_BODY, { i: { id: made.id, version: made.version, kind: 'EXECUTIVE' } });
    expect(refused(stale, 'CONFLICT', '')).toMatch(/changed by someone else/);
    expect(stale.errors![0]!.extensions!.currentVersion).toBe(2);
    // A name another body has (in another case) is refused on the field; nothing changes.
    const taken = await admin.gql(UPDATE_BODY, { i: { id: made.id, version: 2, name: 'CABINET' } });
    expect(refused(taken, 'BAD_USER_INPUT', 'name')).toMatch(/already has a decision body called 'CABINET'/);
    expect(await body(made.id)).toMatchObject({ name: 'Audit and Governance Committee', kind: 'COMMITTEE', version: 2 });
    // The audit trail has the rename, by the administrator.
    const audit = await ok(admin, `query($c: ID!, $id: ID) { auditEvents(councilId: $c, entityId: $id, first: 10) { nodes { action } } }`, {
      c: c.councilId,
      id: made.id,
    });
    expect(audit.auditEvents.nodes.map((n: any) => n.action)).toContain('UPDATE');
  });

  it('refuses deleting a body that holds powers (BODY_HOLDS_POWERS) and deletes one nothing hangs on', async () => {
    const r = await admin.gql(DELETE_BODY, { id: c.cabinetId, v: null });
    expect(refused(r, 'BAD_USER_INPUT', 'id', 'BODY_HOLDS_POWERS')).toBe(
      'id: Cabinet cannot be deleted: it still holds 1 power. Move them to another body or delete them first.',
    );
    expect(await body(c.cabinetId)).toBeDefined();
    const spare = (await ok(admin, BODY, { i: { councilId: c.councilId, name: 'Spare Panel', kind: 'COMMITTEE' } })).createDecisionBody
      .body;
    expect(refused(await admin.gql(DELETE_BODY, { id: spare.id, v: spare.version + 1 }), 'CONFLICT', '')).toMatch(/someone else/);
    const gone = await ok(admin, DELETE_BODY, { id: spare.id, v: spare.version });
    expect(gone.deleteDecisionBody).toEqual({ deletedId: spare.id, message: 'Deleted the decision body Spare Panel.' });
    expect(await body(spare.id)).toBeUndefined();
    // The scheme's latest changes list the deletion, with what was deleted (a refused one is not there).
    const events = (await scheme()).delegationEvents.nodes;
    expect(events[0]).toMatchObject({ kind: 'BODY_DELETED', subjectId: spare.id, after: null });
    expect(JSON.parse(events[0].before)).toEqual({ name: 'Spare Panel', kind: 'COMMITTEE' });
    expect(events.filter((e: any) => e.kind === 'BODY_DELETED')).toHaveLength(1);
  });

  it('changes a power, refusing a limit below a live delegation and a move while its body’s delegations are live', async () => {
    const p = await power(c.powerId);
    const low = await admin.gql(UPDATE_POWER, { i: { id: c.powerId, version: p.version, financialLimit: 40000 } });
    expect(refused(low, 'BAD_USER_INPUT', 'financialLimit', 'POWER_LIMIT_BELOW_DELEGATION')).toMatch(/£50,000/);
    const committee = (await ok(admin, BODY, { i: { councilId: c.councilId, name: 'Care Committee', kind: 'COMMITTEE' } }))
      .createDecisionBody.body;
    const moved = await admin.gql(UPDATE_POWER, { i: { id: c.powerId, version: p.version, sourceBodyId: committee.id } });
    refused(moved, 'BAD_USER_INPUT', 'sourceBodyId', 'POWER_MOVED_WHILE_DELEGATED');
    // Nothing of either refused change is stored, even the name sent with the bad limit.
    const both = await admin.gql(UPDATE_POWER, { i: { id: c.powerId, version: p.version, name: 'Renamed', financialLimit: 1 } });
    refused(both, 'BAD_USER_INPUT', 'financialLimit', 'POWER_LIMIT_BELOW_DELEGATION');
    expect(await power(c.powerId)).toMatchObject({ name: 'Approve care packages', financialLimit: 100000, version: p.version });
    const r = await ok(admin, UPDATE_POWER, {
      i: { id: c.powerId, version: p.version, name: 'Approve adult care packages', kind: ' care_package ', financialLimit: 60000 },
    });
    expect(r.updateDecisionPower.power).toMatchObject({
      name: 'Approve adult care packages',
      kind: 'CARE_PACKAGE',
      financialLimit: 60000,
      version: p.version + 1,
      sourceBody: { id: c.cabinetId },
    });
    const stale = await admin.gql(UPDATE_POWER, { i: { id: c.powerId, version: p.version, financialLimit: null } });
    expect(stale.errors![0]!.extensions!.currentVersion).toBe(p.version + 1);
  });

  it('refuses deleting a delegated power (POWER_DELEGATED), then one with past delegations, and deletes one never delegated', async () => {
    const r = await admin.gql(DELETE_POWER, { id: c.powerId, v: null });
    expect(refused(r, 'BAD_USER_INPUT', 'id', 'POWER_DELEGATED')).toMatch(/4 delegations of it are in force or to come/);
    const fresh = (
      await ok(admin, POWER, {
        i: { councilId: c.councilId, name: 'Approve small grants', kind: 'GRANT', sourceBodyId: c.cabinetId },
      })
    ).createDecisionPower.power;
    const d = (
      await ok(admin, `mutation($i: DelegateInput!) { delegate(input: $i) { delegation { id version } } }`, {
        i: {
          powerId: fresh.id,
          fromBodyId: c.cabinetId,
          toPersonId: c.people.chief,
          scope: { kind: 'COUNCIL' },
          effectiveFrom: '2025-01-01',
        },
      })
    ).delegate.delegation;
    await ok(admin, REVOKE, { i: { id: d.id, version: d.version, revokedOn: '2025-06-01' } });
    refused(await admin.gql(DELETE_POWER, { id: fresh.id }), 'BAD_USER_INPUT', 'id', 'POWER_HAS_PAST_DELEGATIONS');
    const unused = (
      await ok(admin, POWER, { i: { councilId: c.councilId, name: 'Name a road', kind: 'NAMING', sourceBodyId: c.cabinetId } })
    ).createDecisionPower.power;
    const gone = await ok(admin, DELETE_POWER, { id: unused.id, v: unused.version });
    expect(gone.deleteDecisionPower).toEqual({ deletedId: unused.id, message: 'Deleted the power “Name a road”.' });
    expect(await power(unused.id)).toBeUndefined();
    const deleted = (await scheme()).delegationEvents.nodes[0];
    expect(deleted).toMatchObject({ kind: 'POWER_DELETED', subjectId: unused.id, after: null });
    expect(JSON.parse(deleted.before)).toEqual({ name: 'Name a road', kind: 'NAMING', financialLimit: null });

    // As at a day the revoked delegation was in force, it is in the scheme; not after its revocation, nor today.
    const asAt = async (day: string | null) =>
      (await ok(admin, AS_AT, { c: c.councilId, d: day })).node.delegations.nodes.map((n: any) => n.id);
    expect(await asAt('2025-03-01')).toContain(d.id);
    expect(await asAt('2025-06-01')).not.toContain(d.id);
    expect(await asAt(null)).not.toContain(d.id);
    // Before any delegation began, nothing; the council's chain from 2025-04-01 on.
    expect(await asAt('2024-12-31')).toEqual([]);
    expect(await asAt('2025-04-01')).toEqual(expect.arrayContaining(Object.values(c.delegations)));
    const bad = await admin.gql(AS_AT, { c: c.councilId, d: '1 March' });
    expect(refused(bad, 'BAD_USER_INPUT', 'asOf')).toMatch(/not a date/);
    // A past day is the council's own record; anonymous callers get today's scheme only.
    expect(errorCode(await server.gql(AS_AT, { c: c.councilId, d: '2025-03-01' }))).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    const today = new Date().toISOString().slice(0, 10);
    expect((await ok(server, AS_AT, { c: c.councilId, d: today })).node.delegations.nodes.length).toBe(4);
  });

  it('tells an officer and anonymous callers they may not change bodies or powers, and refuses them and another council', async () => {
    for (const who of [staff, server]) {
      const s = (await ok(who, CAN, { c: c.councilId })).node;
      expect(s.decisionBodies.every((b: any) => !b.viewerCan.update && !b.viewerCan.delete)).toBe(true);
      expect(s.decisionPowers.every((p: any) => !p.viewerCan.update && !p.viewerCan.delete)).toBe(true);
    }
    const mine = await scheme();
    expect(mine.decisionBodies.every((b: any) => b.viewerCan.update && b.viewerCan.delete)).toBe(true);
    expect(mine.decisionPowers.every((p: any) => p.viewerCan.update && p.viewerCan.delete)).toBe(true);
    const b = await body(c.cabinetId);
    expect(errorCode(await staff.gql(UPDATE_BODY, { i: { id: c.cabinetId, version: b.version, name: 'Mine' } }))).toBe('FORBIDDEN');
    expect(errorCode(await staff.gql(DELETE_POWER, { id: c.powerId }))).toBe('FORBIDDEN');
    expect(errorCode(await otherAdmin.gql(UPDATE_POWER, { i: { id: c.powerId, version: 1, name: 'Theirs' } }))).toBe('FORBIDDEN');
    expect(errorCode(await otherAdmin.gql(DELETE_BODY, { id: c.cabinetId }))).toBe('FORBIDDEN');
    expect((await body(c.cabinetId)).name).toBe('Cabinet');
  });
});
