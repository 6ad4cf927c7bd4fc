import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, startTestServer, type Client, type TestServer } from '../testkit/index.js';
import { buildSmallCouncil, ok } from './delegation.fixture.js';

/** Every list field of Council that reads the database, for a page of councils. */
const COUNCILS = `query($n: Int!, $revoked: Boolean!, $last: Int) { councils(first: $n) { nodes { gssCode
  directorates(first: 50) { totalCount nodes { name } }
  people(first: 50) { totalCount nodes { name } }
  councillorRoles { role person { name } }
  miResponsible { name }
  decisionBodies { name }
  decisionPowers { name }
  delegations(first: 3, last: $last, includeRevoked: $revoked) { totalCount pageInfo { hasNextPage hasPreviousPage }
    nodes { id power { name } toPerson { name } holderPost } }
  portfolios { name }
  staffRoles { kind }
  partnerBodies { name }
  healthInterfaces { id }
  priorityLimits { level limit }
  priorities(period: "2025-26") { name status isNonPriority }
  corporate: priorities(period: "2025-26", level: CORPORATE) { name } } } }`;

const EVENTS = `query($g: String!, $first: Int, $last: Int) { council(gssCode: $g) {
  delegationEvents(first: $first, last: $last) { totalCount pageInfo { hasNextPage hasPreviousPage } nodes { id kind } } } }`;

describe.each(dialects())('SQL statements of a list of councils on %s', (dialect) => {
  let server: TestServer;
  let first20: string[];
  /** Councils of the first twenty (by name) given a small scheme: two in the first two, two beyond. */
  let built: string[];
  let member: Client;
  beforeAll(async () => {
    server = await startTestServer(dialect, { limits: { maxCost: Number.MAX_SAFE_INTEGER, maxCostSignedIn: Number.MAX_SAFE_INTEGER } });
    first20 = (await ok(server, '{ councils(first: 20) { nodes { gssCode } } }')).councils.nodes.map((c: { gssCode: string }) => c.gssCode);
    built = [first20[0]!, first20[1]!, first20[8]!, first20[15]!];
    for (const gss of built) {
      const admin = await server.adminOf(gss);
      const small = await buildSmallCouncil(admin, gss);
      await givePriorities(admin, small.councilId, small.people.chief);
    }
    member = await server.adminOf(built[0]!);
    // One revoked delegation in the member's council: hidden unless includeRevoked.
    const own = (
      await ok(member, `query($g: String!) { council(gssCode: $g) { delegations(first: 10) { nodes { id version } } } }`, { g: built[0] })
    ).council;
    const last = own.delegations.nodes.at(-1);
    await ok(member, `mutation($i: RevokeDelegationInput!) { revokeDelegation(input: $i) { __typename } }`, {
      i: { id: last.id, version: last.version, reason: 'Post deleted' },
    });
  });
  afterAll(async () => {
    await server?.close();
  });

  /** A draft priority, a communicated one and an explicit non-priority, and a limit on corporate priorities. */
  async function givePriorities(admin: Client, councilId: string, ownerId: string) {
    const create = async (input: Record<string, unknown>) =>
      (
        await ok(admin, `mutation($i: CreatePriorityInput!) { createPriority(input: $i) { priority { id version } } }`, {
          i: { councilId, level: 'CORPORATE', period: '2025-26', ...input },
        })
      ).createPriority.priority;
    const update = async (input: Record<string, unknown>) =>
      (await ok(admin, `mutation($i: UpdatePriorityInput!) { updatePriority(input: $i) { priority { id version } } }`, { i: input }))
        .updatePriority.priority;
    await create({ name: 'Draft plan' });
    await create({ name: 'Not this year', isNonPriority: true, nonPriorityReason: 'Funded nationally.' });
    let told = await create({ name: 'Told everyone', ownerId });
    told = await update({ id: told.id, version: told.version, status: 'AGREED', agreedOn: '2025-04-01' });
    const i = {
      councilId,
      date: '2025-04-10',
      channel: 'Newsletter',
      groups: [{ kind: 'STAFF', name: 'All staff' }],
      priorityIds: [told.id],
    };
    await ok(admin, `mutation($i: RecordCommunicationInput!) { recordCommunication(input: $i) { communication { id } } }`, { i });
    await update({ id: told.id, version: told.version, status: 'COMMUNICATED', communicatedOn: '2025-04-10' });
    await ok(admin, `mutation($c: ID!) { setPriorityLimit(councilId: $c, level: CORPORATE, limit: 3) { limits { limit } } }`, {
      c: councilId,
    });
  }

  const limitsOf = (c: any) => Object.fromEntries(c.priorityLimits.map((l: any) => [l.level, l.limit]));

  async function count(caller: Pick<TestServer, 'gql'>, n: number, revoked = false, last: number | null = null) {
    const r = await server.countStatements(() => caller.gql(COUNCILS, { n, revoked, last }));
    expect(r.result.errors, JSON.stringify(r.result.errors)).toBeUndefined();
    return { count: r.count, councils: r.result.data.councils.nodes as any[] };
  }

  it('costs the same number of statements for 2 councils as for 20, signed out', async () => {
    const small = await count(server, 2);
    const large = await count(server, 20);
    expect(small.councils).toHaveLength(2);
    expect(large.councils).toHaveLength(20);
    for (const c of large.councils) {
      const inList = built.includes(c.gssCode);
      // Signed out: the delegations in force; the revoked one of the first council is not in force.
      const inForce = c.gssCode === built[0] ? 3 : 4;
      expect(c.delegations.totalCount).toBe(inList ? inForce : 0);
      expect(c.delegations.nodes).toHaveLength(inList ? 3 : 0);
      expect(c.delegations.pageInfo.hasNextPage).toBe(inList && inForce > 3);
      if (inList)
        expect(c.delegations.nodes.map((d: any) => d.power.name)).toEqual([
          'Approve care packages',
          'Approve care packages',
          'Approve care packages',
        ]);
      expect(c.decisionBodies.map((b: any) => b.name)).toEqual(inList ? ['Cabinet'] : []);
      // Signed out: the communicated priority and the explicit non-priority, never the draft.
      expect(c.priorities.map((p: any) => p.name)).toEqual(inList ? ['Not this year', 'Told everyone'] : []);
      expect(c.corporate.map((p: any) => p.name)).toEqual(inList ? ['Not this year', 'Told everyone'] : []);
      expect(limitsOf(c)).toEqual({ CORPORATE: inList ? 3 : null, DIRECTORATE: null, SERVICE: null });
    }
    console.log(`[${dialect}] councils list, signed out: ${small.count} statements for 2 councils; ${large.count} for 20`);
    expect(large.count).toBe(small.count);
  });

  it('costs the same number of statements for 2 councils as for 20, as a member of one of them', async () => {
    const small = await count(member, 2, true);
    const large = await count(member, 20, true);
    const own = large.councils.find((c) => c.gssCode === built[0]);
    // Its own council: every delegation, the revoked one too.
    expect(own.delegations.totalCount).toBe(4);
    expect(own.people.totalCount).toBeGreaterThan(0);
    // Its own council's draft too; another council's as the public sees them.
    expect(own.priorities.map((p: any) => [p.name, p.status])).toEqual([
      ['Draft plan', 'DRAFT'],
      ['Not this year', 'DRAFT'],
      ['Told everyone', 'COMMUNICATED'],
    ]);
    expect(large.councils.find((c) => c.gssCode === built[2]).priorities.map((p: any) => p.name)).toEqual([
      'Not this year',
      'Told everyone',
    ]);
    expect(limitsOf(own).CORPORATE).toBe(3);
    expect(large.councils.find((c) => c.gssCode === built[2]).delegations.totalCount).toBe(4);
    console.log(`[${dialect}] councils list, member: ${small.count} statements for 2 councils; ${large.count} for 20`);
    expect(large.count).toBe(small.count);
    // Not revoked only: the member's council has three.
    const notRevoked = await count(member, 20, false);
    expect(notRevoked.councils.find((c) => c.gssCode === built[0]).delegations.totalCount).toBe(3);
    expect(notRevoked.count).toBe(large.count);
  });

  it('pages each council by its own count (last: the end of each scheme)', async () => {
    const { councils } = await count(server, 20, false, 2);
    const pages = councils.filter((c) => built.includes(c.gssCode)).map((c) => c.delegations);
    // first: 3 then last: 2 -> the 2nd and 3rd of each council's in-force delegations.
    for (const p of pages) {
      expect(p.nodes).toHaveLength(2);
      expect(p.pageInfo.hasPreviousPage).toBe(true);
    }
    const full = (await count(server, 20)).councils.filter((c) => built.includes(c.gssCode));
    expect(pages.map((p) => p.nodes.map((d: any) => d.id))).toEqual(full.map((c) => c.delegations.nodes.slice(1).map((d: any) => d.id)));
  });

  it("pages the member's record of changes to the scheme newest first", async () => {
    const all = (await ok(member, EVENTS, { g: built[0], first: 100 })).council.delegationEvents;
    expect(all.totalCount).toBeGreaterThanOrEqual(5);
    const ids = all.nodes.map((e: any) => e.id);
    expect(all.nodes[0].kind).toBe('REVOKED');
    const head = (await ok(member, EVENTS, { g: built[0], first: 2 })).council.delegationEvents;
    expect(head.nodes.map((e: any) => e.id)).toEqual(ids.slice(0, 2));
    expect(head.pageInfo.hasNextPage).toBe(true);
    const tail = (await ok(member, EVENTS, { g: built[0], last: 2 })).council.delegationEvents;
    expect(tail.nodes.map((e: any) => e.id)).toEqual(ids.slice(-2));
    expect(tail.pageInfo.hasPreviousPage).toBe(true);
  });
});
