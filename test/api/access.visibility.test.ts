import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, startTestServer, type Client, type TestServer } from '../testkit/index.js';

/**
 * The leaks found when the API was attacked (issue 11, findings 2-4), one test each; the schema walk
 * (access.visibility-walk.test.ts) covers every other path.
 */
const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');

describe.each(dialects())('what the public cannot reach on %s', (dialect) => {
  let server: TestServer;
  let staff: Client;
  let suffolkId: number;
  const sql = async (q: string) => (await server.em().getConnection().execute(q)) as Array<Record<string, unknown>>;

  beforeAll(async () => {
    server = await startTestServer(dialect);
    staff = await server.memberOf('E10000029');
    suffolkId = Number((await sql(`select id from council where gss_code = 'E10000029'`))[0]!.id);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('node() and nodes() give null for drafts, appraisal objectives, revoked delegations and unpublished figures', async () => {
    const draft = Number(
      (
        await sql(
          `select id from priority where council_id = ${suffolkId} and status = 'DRAFT' and is_non_priority = ` +
            `${dialect === 'postgresql' ? 'false' : '0'}`,
        )
      )[0]!.id,
    );
    const appraisal = Number((await sql('select id from appraisal_objective limit 1'))[0]!.id);
    // A delegation of the scheme, revoked (those in force are published: see the README's table).
    const row = (await sql('select id, version from delegation where parent_id is null order by id desc limit 1'))[0]!;
    const delegation = Number(row.id);
    const admin = await server.adminOf('E10000029');
    const revoked = await admin.gql(`mutation($i: RevokeDelegationInput!) { revokeDelegation(input: $i) { delegation { id } } }`, {
      i: { id: gid('Delegation', delegation), version: Number(row.version), reason: 'test' },
    });
    expect(revoked.errors).toBeUndefined();
    const measurement = Number((await sql(`select id from measurement where status <> 'PUBLISHED' limit 1`))[0]!.id);
    const ids = [
      gid('Priority', draft),
      gid('AppraisalObjective', appraisal),
      gid('Delegation', delegation),
      gid('Measurement', measurement),
    ];
    const q = `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } one: node(id: "${ids[0]}") { id } }`;
    const anonymous = await server.gql(q, { ids });
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data).toEqual({ nodes: [null, null, null, null], one: null });
    const own = await staff.gql(q, { ids });
    expect(own.data.nodes.map((n: { __typename: string }) => n.__typename)).toEqual([
      'Priority',
      'AppraisalObjective',
      'Delegation',
      'Measurement',
    ]);
    // delegation(id:) answers like node(id:) now: null, not UNAUTHENTICATED.
    const byId = await server.gql(`{ delegation(id: "${ids[2]}") { id } }`);
    expect(byId.errors).toBeUndefined();
    expect(byId.data.delegation).toBeNull();
  });

  it("publishes the scheme of delegation in force: power, scope, limit and the holder's post, the name only of public people", async () => {
    const q =
      `query($c: ID!) { council(id: $c) { delegations(first: 500) { totalCount nodes { id revokedOn holderPost financialLimit ` +
      `power { name } toPerson { name } } } } }`;
    const outside = await server.gql(q, { c: gid('Council', suffolkId) });
    const inside = await staff.gql(q, { c: gid('Council', suffolkId) });
    expect(outside.errors).toBeUndefined();
    const published = outside.data.council.delegations;
    expect(published.totalCount).toBe(published.nodes.length);
    expect(published.totalCount).toBeGreaterThan(0);
    expect(published.totalCount).toBeLessThanOrEqual(inside.data.council.delegations.totalCount);
    expect(
      published.nodes.every(
        (d: { revokedOn: string | null; holderPost: string | null; power: unknown }) => d.revokedOn === null && d.holderPost && d.power,
      ),
    ).toBe(true);
    // Officers without a public post hold powers too: their post is shown, their name is not.
    expect(published.nodes.some((d: { toPerson: unknown }) => d.toPerson === null)).toBe(true);
    const byId = new Map(
      inside.data.council.delegations.nodes.map((d: { id: string; toPerson: { name: string } }) => [d.id, d.toPerson.name]),
    );
    expect(
      published.nodes.filter((d: { id: string; toPerson: { name: string } | null }) => d.toPerson && d.toPerson.name !== byId.get(d.id)),
    ).toEqual([]);
  });

  it('names no officer without a public post through indicator owners, who published a figure, or priority owners', async () => {
    const res = await server.gql(
      `query($c: ID!) { council(id: $c) { priorities(period: "2024-25") { owner { name } children { status isNonPriority owner { name ` +
        `jobTitle } } objectives { name owner { name } } } } }`,
      { c: gid('Council', suffolkId) },
    );
    expect(res.errors).toBeUndefined();
    const ownOwners = await staff.gql(`query($c: ID!) { council(id: $c) { priorities(period: "2024-25") { owner { id } } } }`, {
      c: gid('Council', suffolkId),
    });
    const publicIds = new Set(
      (
        await sql(
          `select director_id as p from directorate where director_id is not null union select accountable_owner_id from service where ` +
            `accountable_owner_id is not null union select mi_responsible_id from council where mi_responsible_id is not null union ` +
            `select id from person where kind = 'COUNCILLOR'`,
        )
      ).map((r) => Number(r.p)),
    );
    const staffOwners = ownOwners.data.council.priorities
      .map((p: { owner: { id: string } | null }) => p.owner?.id)
      .filter(Boolean) as string[];
    const hidden = staffOwners.filter((id) => !publicIds.has(Number(Buffer.from(id, 'base64url').toString().split(':')[1])));
    expect(hidden.length, 'the demo data has priorities owned by officers without a public post').toBeGreaterThan(0);
    const priorities = res.data.council.priorities as Array<{
      owner: { name: string } | null;
      children: Array<{ status: string; isNonPriority: boolean; owner: unknown }>;
    }>;
    expect(priorities.filter((p) => p.owner).length).toBeLessThan(staffOwners.length);
    // Children of public priorities are public ones only (finding 4).
    expect(priorities.flatMap((p) => p.children).filter((c) => c.status !== 'COMMUNICATED' && !c.isNonPriority)).toEqual([]);
    const published = await server.gql(
      `query($c: ID!) { measurements(councilId: $c, first: 50, status: PUBLISHED) { nodes { enteredBy { id } validatedBy { id } ` +
        `publishedBy { id } } } }`,
      { c: gid('Council', suffolkId) },
    );
    for (const m of published.data?.measurements?.nodes ?? []) {
      for (const p of [m.enteredBy, m.validatedBy, m.publishedBy])
        if (p) expect(publicIds.has(Number(Buffer.from(p.id, 'base64url').toString().split(':')[1])), `person ${p.id}`).toBe(true);
    }
  });

  it('the public cascade shows no objective of a hidden priority as an orphan, and staff see the real orphans', async () => {
    const q =
      `query($c: ID!) { cascade(councilId: $c, period: "2024-25") { orphanObjectives { id name } corporate { status owner { id } ` +
      `} } }`;
    const outside = await server.gql(q, { c: gid('Council', suffolkId) });
    const inside = await staff.gql(q, { c: gid('Council', suffolkId) });
    expect(outside.errors).toBeUndefined();
    expect(inside.data.cascade.orphanObjectives.length).toBeGreaterThan(0);
    expect(outside.data.cascade.orphanObjectives).toEqual([]);
    expect(outside.data.cascade.corporate.every((p: { status: string }) => p.status === 'COMMUNICATED')).toBe(true);
  });
});
