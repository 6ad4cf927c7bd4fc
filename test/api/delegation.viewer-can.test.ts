import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Council, Directorate, Person, PersonKind, Service } from '@goldenthread/db';
import { dialects, errorCode, startTestServer, type Client, type TestServer } from '../testkit/index.js';

/**
 * `viewerCan` on decision powers and delegations, and `delegationViewerCan` on the council, say what
 * the scheme's mutations allow: checked against the mutations themselves as an administrator, a
 * director (over their own directorate only), an officer who answers for nothing and anonymous
 * callers, on the demo council.
 */
const GSS = 'E10000029';
const ADMIN = 'megan.llewellyn@suffolk.gov.uk';
const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');
const COUNCIL =
  'query($c: ID!) { node(id: $c) { ... on Council { delegationViewerCan { createDecisionBody createDecisionPower importScheme delegate } ' +
  'decisionBodies { id } decisionPowers { id viewerCan { delegate } } } } }';
const DELEGATION = `query($id: ID!) { delegation(id: $id) { id version revokedOn viewerCan { subDelegate revoke } } }`;
const BODY = `mutation($i: CreateDecisionBodyInput!) { createDecisionBody(input: $i) { body { id } } }`;
const POWER = `mutation($i: CreateDecisionPowerInput!) { createDecisionPower(input: $i) { power { id viewerCan { delegate } } } }`;
const DELEGATE = `mutation($i: DelegateInput!) { delegate(input: $i) { delegation { id version viewerCan { subDelegate revoke } } } }`;
const SUB = `mutation($i: SubDelegateInput!) { subDelegate(input: $i) { delegation { id version viewerCan { subDelegate revoke } } } }`;
const REVOKE = `mutation($i: RevokeDelegationInput!) { revokeDelegation(input: $i) { revokedIds } }`;
const IMPORT = `mutation($i: ImportSchemeInput!) { importSchemeOfDelegation(input: $i) { dryRun } }`;

describe.each(dialects())('viewerCan on the scheme of delegation on %s', (dialect) => {
  let server: TestServer;
  let councilId: string;
  let otherCouncilId: string;
  let directorateId: string;
  let serviceElsewhere: string;
  let holders: string[];
  let admin: Client;
  let director: Client;
  let officer: Client;

  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'demo' });
    const em = server.em();
    const council = await em.findOneOrFail(Council, { gssCode: GSS });
    councilId = gid('Council', council.id);
    const other = await em.findOneOrFail(Council, { id: { $ne: council.id }, current: true }, { orderBy: { name: 'asc' } });
    otherCouncilId = gid('Council', other.id);
    const asc = await em.findOneOrFail(Directorate, { council: council.id, code: 'ASC' });
    directorateId = gid('Directorate', asc.id);
    serviceElsewhere = gid(
      'Service',
      (await em.findOneOrFail(Service, { council: council.id, directorate: { $ne: asc.id } }, { orderBy: { id: 'asc' } })).id,
    );
    admin = await server.signIn(ADMIN);
    director = await server.signIn((await em.findOneOrFail(Person, { id: asc.director!.id })).email!);
    const people = await em.find(
      Person,
      { council: council.id, kind: PersonKind.OFFICER, email: { $ne: null }, leftOn: null },
      { orderBy: { id: 'desc' } },
    );
    const managers = new Set(people.map((p) => p.lineManager?.id));
    const owners = new Set((await em.find(Service, { council: council.id })).map((s) => s.accountableOwner?.id));
    const directors = new Set((await em.find(Directorate, { council: council.id })).map((d) => d.director?.id));
    const plain = people.filter(
      (p) => !managers.has(p.id) && !owners.has(p.id) && !directors.has(p.id) && p.id !== council.miResponsible!.id && p.email !== ADMIN,
    );
    officer = await server.signIn(plain[0]!.email!);
    holders = plain.slice(1, 4).map((p) => gid('Person', p.id));
  });
  afterAll(async () => {
    await server?.close();
  });

  async function ok(caller: Pick<TestServer, 'gql'>, query: string, variables: Record<string, unknown>): Promise<any> {
    const r = await caller.gql(query, variables);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return r.data;
  }
  const none = { createDecisionBody: false, createDecisionPower: false, importScheme: false, delegate: false };

  it("says who may add to the council's scheme: its administrators; the mutations agree", async () => {
    const council = async (c: Pick<TestServer, 'gql'>, id = councilId) => (await ok(c, COUNCIL, { c: id })).node;
    const mine = await council(admin);
    expect(mine.delegationViewerCan).toEqual({ createDecisionBody: true, createDecisionPower: true, importScheme: true, delegate: true });
    expect(mine.decisionPowers.length).toBeGreaterThan(0);
    expect(mine.decisionPowers.every((p: any) => p.viewerCan.delegate)).toBe(true);
    for (const c of [director, officer, server]) {
      const seen = await council(c);
      expect(seen.delegationViewerCan).toEqual(none);
      expect(seen.decisionPowers.some((p: any) => p.viewerCan.delegate)).toBe(false);
    }
    expect((await council(admin, otherCouncilId)).delegationViewerCan).toEqual(none);

    const body = { councilId, name: 'Refused committee', kind: 'COMMITTEE' };
    expect(errorCode(await director.gql(BODY, { i: body }))).toBe('FORBIDDEN');
    expect(errorCode(await officer.gql(BODY, { i: body }))).toBe('FORBIDDEN');
    expect(errorCode(await server.gql(BODY, { i: body }))).toBe('UNAUTHENTICATED');
    const power = { councilId, name: 'Refused power', kind: 'CARE_PACKAGE', sourceBodyId: mine.decisionBodies[0].id };
    expect(errorCode(await officer.gql(POWER, { i: power }))).toBe('FORBIDDEN');
    expect(errorCode(await officer.gql(IMPORT, { i: { councilId, csv: 'x', dryRun: true } }))).toBe('FORBIDDEN');
    const delegate = {
      powerId: mine.decisionPowers[0].id,
      fromBodyId: mine.decisionBodies[0].id,
      toPersonId: holders[0],
      scope: { kind: 'COUNCIL' },
    };
    expect(errorCode(await director.gql(DELEGATE, { i: delegate }))).toBe('FORBIDDEN');
    expect(errorCode(await server.gql(DELEGATE, { i: delegate }))).toBe('UNAUTHENTICATED');
  });

  it('lets the administrator delegate, sub-delegate and revoke; a director only over their directorate; others nothing', async () => {
    const bodyId = (await ok(admin, BODY, { i: { councilId, name: 'Viewer-can committee', kind: 'COMMITTEE' } })).createDecisionBody.body
      .id;
    const power = (
      await ok(admin, POWER, {
        i: { councilId, name: 'Approve viewer-can grants', kind: 'GRANT', sourceBodyId: bodyId, financialLimit: 5000 },
      })
    ).createDecisionPower.power;
    expect(power.viewerCan).toEqual({ delegate: true });
    const made = (
      await ok(admin, DELEGATE, {
        i: {
          powerId: power.id,
          fromBodyId: bodyId,
          toPersonId: holders[0],
          scope: { kind: 'DIRECTORATE', id: directorateId },
          maySubDelegate: true,
        },
      })
    ).delegate.delegation;
    expect(made.viewerCan).toEqual({ subDelegate: true, revoke: true });
    const can = async (c: Pick<TestServer, 'gql'>, id: string) => (await ok(c, DELEGATION, { id })).delegation.viewerCan;
    // The director of the directorate it covers may pass it on and revoke it; an officer and anonymous callers may not.
    expect(await can(director, made.id)).toEqual({ subDelegate: true, revoke: true });
    expect(await can(officer, made.id)).toEqual({ subDelegate: false, revoke: false });
    expect(await can(server, made.id)).toEqual({ subDelegate: false, revoke: false });

    // The mutations agree: the officer is refused; the director's sub-delegation is made, and not outside the directorate.
    const sub = {
      parentId: made.id,
      parentVersion: made.version,
      toPersonId: holders[1],
      scope: { kind: 'DIRECTORATE', id: directorateId },
    };
    expect(errorCode(await officer.gql(SUB, { i: sub }))).toBe('FORBIDDEN');
    expect(errorCode(await server.gql(SUB, { i: sub }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await director.gql(SUB, { i: { ...sub, scope: { kind: 'SERVICE', id: serviceElsewhere } } }))).toBe('FORBIDDEN');
    const child = (await ok(director, SUB, { i: sub })).subDelegate.delegation;
    // Given without the right to sub-delegate: it is not passed on, by anybody; the server refuses on the field.
    expect(child.viewerCan).toEqual({ subDelegate: false, revoke: true });
    expect(await can(admin, child.id)).toEqual({ subDelegate: false, revoke: true });
    const again = await admin.gql(SUB, {
      i: { parentId: child.id, parentVersion: child.version, toPersonId: holders[2], scope: sub.scope },
    });
    expect(errorCode(again)).toBe('BAD_USER_INPUT');

    expect(errorCode(await officer.gql(REVOKE, { i: { id: made.id, version: made.version } }))).toBe('FORBIDDEN');
    const current = (await ok(admin, DELEGATION, { id: made.id })).delegation;
    const revoked = (await ok(director, REVOKE, { i: { id: made.id, version: current.version, reason: 'Viewer-can test' } }))
      .revokeDelegation;
    expect(revoked.revokedIds.sort()).toEqual([made.id, child.id].sort());
    // A revoked delegation is neither revoked again nor passed on.
    expect(await can(admin, made.id)).toEqual({ subDelegate: false, revoke: false });
    const after = (await ok(admin, DELEGATION, { id: made.id })).delegation;
    expect(errorCode(await admin.gql(REVOKE, { i: { id: made.id, version: after.version } }))).toBe('CONFLICT');
  });
});
