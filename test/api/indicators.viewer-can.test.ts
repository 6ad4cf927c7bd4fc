import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Council, Directorate, Indicator, IndicatorFramework, Person, PersonKind, Service } from '@goldenthread/db';
import { dialects, errorCode, startTestServer, type Client, type TestServer } from '../testkit/index.js';

/**
 * `viewerCan` on indicators and comparator groups, and `indicatorsViewerCan` on the council, say what
 * the mutations allow: checked against the mutations themselves as an administrator, the chief
 * executive, a performance officer (a data owner: performance staff), an officer who answers for nothing and
 * anonymous callers, on the demo council. And deleteIndicator's refusals: national definitions, and
 * an indicator with targets.
 */
const GSS = 'E10000029';
const ADMIN = 'megan.llewellyn@suffolk.gov.uk';
const CHIEF_EXECUTIVE = 'conor.gallagher@suffolk.gov.uk';
const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');
const COUNCIL = `query($c: ID!) { node(id: $c) { ... on Council { indicatorsViewerCan { createIndicator createComparatorGroup } } } }`;
const INDICATOR = `query($i: ID!, $c: ID) { indicator(id: $i) { id version viewerCan(councilId: $c) { update delete setOwnership } } }`;
const GROUPS = `query($c: ID!) { comparatorGroups(councilId: $c) { id version name viewerCan { update delete } } }`;
const CREATE =
  'mutation($i: CreateIndicatorInput!) { createIndicator(input: $i) { indicator { id version ' +
  'viewerCan { update delete setOwnership } } } }';
const UPDATE = `mutation($i: UpdateIndicatorInput!) { updateIndicator(input: $i) { indicator { id version title } } }`;
const DELETE = `mutation($id: ID!, $v: Int) { deleteIndicator(id: $id, version: $v) { deletedId } }`;
const OWN = `mutation($i: SetOwnershipInput!) { setIndicatorOwnership(input: $i) { ownership { dataOwner { id } } } }`;
const FINDINGS = `query($c: ID!) { accountabilityFindings(councilId: $c, codes: ["DATA_OWNER_MISSING"]) { message nodes { id type } } }`;

describe.each(dialects())('viewerCan on indicators and comparator groups on %s', (dialect) => {
  let server: TestServer;
  let councilId: string;
  let otherCouncilId: string;
  let memberIds: string[];
  let national: string;
  let admin: Client;
  let chief: Client;
  let mi: Client;
  let officer: Client;
  let officerPersonId: string;

  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'demo' });
    const em = server.em();
    const council = await em.findOneOrFail(Council, { gssCode: GSS });
    councilId = gid('Council', council.id);
    const others = await em.find(Council, { id: { $ne: council.id }, current: true }, { orderBy: { name: 'asc' }, limit: 3 });
    otherCouncilId = gid('Council', others[0]!.id);
    memberIds = others.map((c) => gid('Council', c.id));
    national = gid(
      'Indicator',
      (await em.findOneOrFail(Indicator, { framework: IndicatorFramework.ASCOF }, { orderBy: { id: 'asc' } })).id,
    );
    admin = await server.signIn(ADMIN);
    chief = await server.signIn(CHIEF_EXECUTIVE);
    // The demo's administrator is the head of performance (the MI-responsible manager); performance staff are its officers.
    const perf = await em.findOneOrFail(Person, { council: council.id, jobTitle: { $in: ['Performance Officer', 'Performance Analyst'] } });
    mi = await server.signIn(perf.email!);
    const people = await em.find(
      Person,
      { council: council.id, kind: PersonKind.OFFICER, email: { $ne: null } },
      { orderBy: { id: 'desc' } },
    );
    const managers = new Set(people.map((p) => p.lineManager?.id));
    const owners = new Set((await em.find(Service, { council: council.id })).map((s) => s.accountableOwner?.id));
    const directors = new Set((await em.find(Directorate, { council: council.id })).map((d) => d.director?.id));
    const plain = people.find(
      (p) => !managers.has(p.id) && !owners.has(p.id) && !directors.has(p.id) && p.id !== council.miResponsible!.id && p.email !== ADMIN,
    )!;
    officer = await server.signIn(plain.email!);
    officerPersonId = gid('Person', plain.id);
  });
  afterAll(async () => {
    await server?.close();
  });

  async function ok(caller: Pick<TestServer, 'gql'>, query: string, variables: Record<string, unknown>): Promise<any> {
    const r = await caller.gql(query, variables);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return r.data;
  }

  it('says who may add a local indicator or a comparator group to the council: its administrators and chief executive', async () => {
    const can = async (c: Pick<TestServer, 'gql'>) => (await ok(c, COUNCIL, { c: councilId })).node.indicatorsViewerCan;
    expect(await can(admin)).toEqual({ createIndicator: true, createComparatorGroup: true });
    expect(await can(chief)).toEqual({ createIndicator: true, createComparatorGroup: true });
    for (const c of [mi, officer, server]) expect(await can(c)).toEqual({ createIndicator: false, createComparatorGroup: false });
    // Not in another council.
    expect((await ok(admin, COUNCIL, { c: otherCouncilId })).node.indicatorsViewerCan).toEqual({
      createIndicator: false,
      createComparatorGroup: false,
    });
    // The mutations agree.
    const input = { councilId, code: 'VC-1', title: 'Refused', polarity: 'HIGHER_IS_BETTER' };
    expect(errorCode(await mi.gql(CREATE, { i: input }))).toBe('FORBIDDEN');
    expect(errorCode(await officer.gql(CREATE, { i: input }))).toBe('FORBIDDEN');
    expect(errorCode(await server.gql(CREATE, { i: input }))).toBe('UNAUTHENTICATED');
    const group = `mutation($i: CreateComparatorGroupInput!) { createComparatorGroup(input: $i) { group { id } } }`;
    expect(errorCode(await officer.gql(group, { i: { councilId, name: 'Refused', memberIds } }))).toBe('FORBIDDEN');
  });

  it('lets the administrator change, own and delete a local indicator; a national one only gets owners; others nothing', async () => {
    const made = (
      await ok(admin, CREATE, { i: { councilId, code: 'VC-2', title: 'Carers assessed in 28 days', polarity: 'HIGHER_IS_BETTER' } })
    ).createIndicator.indicator;
    expect(made.viewerCan).toEqual({ update: true, delete: true, setOwnership: true });
    const can = async (c: Pick<TestServer, 'gql'>, i: string, council: string | null = null) =>
      (await ok(c, INDICATOR, { i, c: council })).indicator.viewerCan;
    expect(await can(chief, made.id)).toEqual({ update: true, delete: true, setOwnership: true });
    for (const c of [mi, officer, server]) expect(await can(c, made.id)).toEqual({ update: false, delete: false, setOwnership: false });
    // A national definition is reference data: no council changes it, but the council names who answers for it there.
    expect(await can(admin, national, councilId)).toEqual({ update: false, delete: false, setOwnership: true });
    expect(await can(admin, national)).toEqual({ update: false, delete: false, setOwnership: false });
    expect(await can(admin, national, otherCouncilId)).toEqual({ update: false, delete: false, setOwnership: false });
    expect(await can(admin, made.id, otherCouncilId)).toEqual({ update: true, delete: true, setOwnership: false });
    for (const c of [mi, officer, server])
      expect(await can(c, national, councilId)).toEqual({ update: false, delete: false, setOwnership: false });

    // The mutations agree.
    expect(errorCode(await officer.gql(UPDATE, { i: { id: made.id, version: made.version, title: 'X' } }))).toBe('FORBIDDEN');
    expect(errorCode(await mi.gql(DELETE, { id: made.id, v: made.version }))).toBe('FORBIDDEN');
    expect(errorCode(await admin.gql(UPDATE, { i: { id: national, version: 1, title: 'X' } }))).toBe('BAD_USER_INPUT');
    const nationalDelete = await admin.gql(DELETE, { id: national });
    expect(errorCode(nationalDelete)).toBe('BAD_USER_INPUT');
    expect(nationalDelete.errors![0]!.message).toMatch(/national definition: it is reference data and cannot be deleted/);
    const renamed = (await ok(admin, UPDATE, { i: { id: made.id, version: made.version, title: 'Carers assessed within 28 days' } }))
      .updateIndicator.indicator;
    expect(renamed.version).toBeGreaterThan(made.version);
    const own = { councilId, indicatorId: made.id, dataOwnerId: officerPersonId };
    expect(errorCode(await officer.gql(OWN, { i: own }))).toBe('FORBIDDEN');
    expect(errorCode(await admin.gql(OWN, { i: { ...own, councilId: otherCouncilId } }))).toBe('FORBIDDEN');

    // A new local indicator is in use with no data owner (DATA_OWNER_MISSING) until the administrator names one.
    const missing = async () =>
      (await ok(admin, FINDINGS, { c: councilId })).accountabilityFindings.filter((f: any) => f.nodes.some((n: any) => n.id === made.id));
    expect(await missing()).toHaveLength(1);
    expect((await ok(admin, OWN, { i: own })).setIndicatorOwnership.ownership.dataOwner.id).toBe(officerPersonId);
    expect(await missing()).toEqual([]);

    // A target keeps it; without one it goes, with its ownership.
    const target = (
      await ok(admin, `mutation($i: SetTargetInput!) { setTarget(input: $i) { target { id version } } }`, {
        i: { councilId, indicatorId: made.id, period: '2024-25', value: 80 },
      })
    ).setTarget.target;
    const kept = await admin.gql(DELETE, { id: made.id, v: renamed.version });
    expect(errorCode(kept)).toBe('BAD_USER_INPUT');
    expect(kept.errors![0]!.message).toContain('it has 1 target recorded against it');
    await ok(admin, `mutation($id: ID!, $v: Int!) { deleteTarget(id: $id, version: $v) { deletedId } }`, {
      id: target.id,
      v: target.version,
    });
    expect(errorCode(await admin.gql(DELETE, { id: made.id, v: renamed.version - 1 }))).toBe('CONFLICT');
    expect((await ok(admin, DELETE, { id: made.id, v: renamed.version })).deleteIndicator.deletedId).toBe(made.id);
    expect((await ok(admin, INDICATOR, { i: made.id, c: null })).indicator).toBeNull();
    expect(await missing()).toEqual([]);
  });

  it("lets the council's writers change and delete its comparator groups, and nobody else", async () => {
    const create =
      'mutation($i: CreateComparatorGroupInput!) { createComparatorGroup(input: $i) { group { id version ' +
      'viewerCan { update delete } } } }';
    const made = (await ok(admin, create, { i: { councilId, name: 'Nearest neighbours', memberIds } })).createComparatorGroup.group;
    expect(made.viewerCan).toEqual({ update: true, delete: true });
    const mine = async (c: Pick<TestServer, 'gql'>) =>
      (await ok(c, GROUPS, { c: councilId })).comparatorGroups.find((g: any) => g.id === made.id).viewerCan;
    expect(await mine(chief)).toEqual({ update: true, delete: true });
    for (const c of [mi, officer, server]) expect(await mine(c)).toEqual({ update: false, delete: false });
    const update = `mutation($i: UpdateComparatorGroupInput!) { updateComparatorGroup(input: $i) { group { id version } } }`;
    const remove = `mutation($id: ID!) { deleteComparatorGroup(id: $id) { deletedId } }`;
    expect(errorCode(await officer.gql(update, { i: { id: made.id, version: made.version, name: 'Mine now' } }))).toBe('FORBIDDEN');
    expect(errorCode(await mi.gql(remove, { id: made.id }))).toBe('FORBIDDEN');
    expect(errorCode(await server.gql(remove, { id: made.id }))).toBe('UNAUTHENTICATED');
    await ok(admin, update, { i: { id: made.id, version: made.version, memberIds: memberIds.slice(0, 2) } });
    expect((await ok(admin, remove, { id: made.id })).deleteComparatorGroup.deletedId).toBe(made.id);
  });
});
