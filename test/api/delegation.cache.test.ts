import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Delegation, Person, Service } from '@goldenthread/db';
import { dialects, startTestServer, type Client, type TestServer } from '../testkit/index.js';
import { ok } from './delegation.fixture.js';

const TREE = `query($c: ID!, $asOf: String) { accountabilityTree(councilId: $c, asOf: $asOf) {
  stats { people services delegations findings }
  nodes { id parentId kind name ownerId ownerName delegations { delegationId role power } findings { code } } } }`;
const WHO = `query($s: ID!) { whoIsAccountable(serviceId: $s) { owner { id name } decisionMakers { person { name } } } }`;

/**
 * The server keeps each council's scheme and tree between requests and rebuilds them the moment
 * anything under them changes, whoever changes it: through the API, a bulk ORM update or raw SQL
 * (database triggers bump the council's change stamp). Observed through the cache's own figures and
 * the SQL statements each request sends.
 */
describe.each(dialects())('the cache of schemes and accountability trees on %s', (dialect) => {
  let server: TestServer;
  let admin: Client;
  let councilId: string;

  const tree = async (asOf?: string) => (await ok(admin, TREE, { c: councilId, ...(asOf ? { asOf } : {}) })).accountabilityTree;
  const counted = async () => {
    const { result, count } = await server.countStatements(() => admin.gql(TREE, { c: councilId }));
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return { tree: result.data.accountabilityTree, count };
  };
  const builds = () => server.api.derived.stats().builds;
  const serviceNode = (t: any, dbId: number) =>
    t.nodes.find((n: any) => n.kind !== 'PERSON' && n.id === Buffer.from(`Service:${dbId}`).toString('base64url'));

  beforeAll(async () => {
    // A second council with staff, to show its changes leave the demo council's entry alone.
    server = await startTestServer(dialect, { seed: 'demo', organisations: [{ gssCode: 'E10000017', people: 60, services: 6, seed: 3 }] });
    admin = await server.adminOf('E10000029');
    councilId = (await ok(admin, `{ council(gssCode: "E10000029") { id } }`)).council.id;
  });
  afterAll(async () => server?.close());

  it('builds the tree once, then serves it with a single extra statement (the change stamp) until something changes', async () => {
    const before = builds();
    const first = await counted();
    expect(builds()).toBe(before + 1);
    const hits = server.api.derived.stats().hits;
    const second = await counted();
    expect(builds()).toBe(before + 1);
    expect(server.api.derived.stats().hits).toBe(hits + 1);
    expect(second.tree).toEqual(first.tree);
    // Session check, council, change stamp: the scheme's flat reads are not sent again.
    expect(second.count).toBeLessThan(first.count);
    expect(second.count).toBeLessThanOrEqual(3);
    // whoIsAccountable and the findings use the same entry.
    const svc = first.tree.nodes.find((n: any) => n.kind === 'SERVICE');
    await ok(admin, WHO, { s: svc.id });
    await ok(admin, `query($c: ID!) { accountabilityFindings(councilId: $c) { code } }`, { c: councilId });
    expect(builds()).toBe(before + 1);
  });

  it('rebuilds after a change made through the API', async () => {
    const t = await tree();
    const em = server.em();
    const service = await em.findOneOrFail(
      Service,
      { council: { gssCode: 'E10000029' }, accountableOwner: { $ne: null } },
      { orderBy: { id: 'asc' } },
    );
    const before = serviceNode(t, service.id);
    expect(before.ownerId).not.toBeNull();
    const built = builds();
    await ok(
      admin,
      `mutation($s: ID!, $v: Int!) { setAccountableOwner(input: { serviceId: $s, version: $v, personId: null }) { service { id } } }`,
      { s: before.id, v: service.version },
    );
    const after = serviceNode(await tree(), service.id);
    expect(after.ownerId).toBeNull();
    expect(builds()).toBe(built + 1);
  });

  it('rebuilds after a bulk ORM update (nativeUpdate) that bumps no version', async () => {
    const em = server.em();
    const person = await em.findOneOrFail(Person, { council: { gssCode: 'E10000029' }, jobTitle: 'Director of Adult Social Services' });
    await tree();
    const built = builds();
    await em.nativeUpdate(Person, { id: person.id }, { name: 'Dr Renamed In Bulk' });
    const t = await tree();
    expect(builds()).toBe(built + 1);
    expect(t.nodes.find((n: any) => n.id === Buffer.from(`Person:${person.id}`).toString('base64url')).name).toBe('Dr Renamed In Bulk');
  });

  it('rebuilds after raw SQL, as another process or a database tool would write', async () => {
    const em = server.em();
    const delegation = await em.findOneOrFail(
      Delegation,
      { council: { gssCode: 'E10000029' }, revokedOn: null },
      { orderBy: { id: 'desc' } },
    );
    const gid = Buffer.from(`Delegation:${delegation.id}`).toString('base64url');
    const holds = (t: any) => t.nodes.some((n: any) => n.delegations.some((d: any) => d.delegationId === gid));
    expect(holds(await tree())).toBe(true);
    const built = builds();
    await em.getConnection().execute('update delegation set revoked_on = ? where id = ?', ['2024-01-01', delegation.id]);
    expect(holds(await tree())).toBe(false);
    expect(builds()).toBe(built + 1);
  });

  it('keeps the entry when another council changes, and keeps dates apart', async () => {
    await tree();
    const built = builds();
    const em = server.em();
    const other = await em.findOneOrFail(Person, { council: { gssCode: 'E10000017' } }, { orderBy: { id: 'asc' } });
    await em.nativeUpdate(Person, { id: other.id }, { name: 'Somebody Else Entirely' });
    await tree();
    expect(builds()).toBe(built);
    // Another date is another scheme (delegations in force differ), built and kept on its own.
    const earlier = await tree('2019-01-01');
    expect(builds()).toBe(built + 1);
    await tree('2019-01-01');
    expect(builds()).toBe(built + 1);
    expect(earlier.nodes.length).toBeGreaterThan(0);
  });

  it('shares one build between requests arriving together', async () => {
    const em = server.em();
    const person = await em.findOneOrFail(Person, { council: { gssCode: 'E10000029' }, jobTitle: 'Director of Adult Social Services' });
    await em.nativeUpdate(Person, { id: person.id }, { name: 'Dr Renamed Again' });
    const built = builds();
    const results = await Promise.all([tree(), tree(), tree()]);
    expect(builds()).toBe(built + 1);
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
  });

  it('can be turned off (GT_CACHE_ROWS=0): every request reads the scheme again', async () => {
    const off = await startTestServer(dialect, { seed: 'demo', cacheRows: 0 });
    try {
      const a = await off.adminOf('E10000029');
      const c = (await ok(a, `{ council(gssCode: "E10000029") { id } }`)).council.id;
      const one = await off.countStatements(() => a.gql(TREE, { c }));
      const two = await off.countStatements(() => a.gql(TREE, { c }));
      expect(one.result.errors).toBeUndefined();
      expect(two.count).toBe(one.count);
      expect(two.count).toBeGreaterThan(3); // the scheme's flat reads, every time
      expect(off.api.derived.stats()).toMatchObject({ entries: 0, builds: 0, hits: 0 });
    } finally {
      await off.close();
    }
  });
});
