import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Council, openOrm, Service } from '@goldenthread/db';
import { type Client, startTestServer, type TestServer } from '../testkit/index.js';

/**
 * Read replicas (README "Several server processes"): the server's database has a replica that, like
 * one lagging behind, never receives what is written after it was made (a copy of the seeded
 * database). A query reads the replica; a mutation reads the primary, so it sees its own write, and
 * so does its caller for a moment after it; everyone else goes on reading the replica. Start-up,
 * signing in and authentication read the primary. PostgreSQL only (the embedded database has no
 * replicas).
 */
const STICKY_MS = 1500;
const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');
const NAME = `query($id: ID!) { node(id: $id) { ... on Service { name version } } }`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(!process.env.GT_TEST_POSTGRES_URL)('read replicas on postgresql', () => {
  let server: TestServer;
  let admin: Client;
  let serviceId: string;
  let service: Service;

  beforeAll(async () => {
    server = await startTestServer('postgresql', { seed: 'demo', readReplica: { stickyMs: STICKY_MS, copies: 2 } });
    const em = server.em();
    const suffolk = await em.findOneOrFail(Council, { gssCode: 'E10000029' });
    service = await em.findOneOrFail(Service, { council: suffolk.id, name: 'Reablement and Intermediate Care' });
    serviceId = gid('Service', service.id);
    // Signing in writes a session to the primary only; the token is checked against the primary.
    admin = await server.adminOf('E10000029');
  });
  afterAll(async () => {
    await server?.close();
  });

  const nameAs = async (caller: Pick<TestServer, 'gql'>) => {
    const res = await caller.gql(NAME, { id: serviceId });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data.node.name as string;
  };

  it('answers queries from the replica, and reads outside a request from the primary', async () => {
    await server.em().getConnection().execute(`update service set name = 'Changed on the primary only' where id = ${service.id}`);
    expect(await nameAs(server)).toBe('Reablement and Intermediate Care');
    expect(await nameAs(admin)).toBe('Reablement and Intermediate Care');
    const outside = await server.em().findOneOrFail(Service, { id: service.id });
    expect(outside.name).toBe('Changed on the primary only');
    await server.em().getConnection().execute(`update service set name = 'Reablement and Intermediate Care' where id = ${service.id}`);
  });

  it('lets a mutation and its caller read their own write, while others read the replica until the moment passes', async () => {
    const res = await admin.gql(`mutation($input: UpdateServiceInput!) { updateService(input: $input) { service { name version } } }`, {
      input: { id: serviceId, name: 'Reablement (renamed)', version: service.version },
    });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    // The payload is read after the write, from the primary.
    expect(res.data.updateService.service).toEqual({ name: 'Reablement (renamed)', version: service.version + 1 });
    // The writer's next request reads the primary; another caller's, the replica.
    expect(await nameAs(admin)).toBe('Reablement (renamed)');
    expect(await nameAs(server)).toBe('Reablement and Intermediate Care');
    const member = await server.memberOf('E10000029');
    expect(await nameAs(member)).toBe('Reablement and Intermediate Care');
    // Once the moment has passed, the writer reads the replica again.
    await sleep(STICKY_MS + 300);
    expect(await nameAs(admin)).toBe('Reablement and Intermediate Care');
  });

  it('reads one replica per request, each replica by some requests', async () => {
    // The two replicas disagree; a request must never mix them (stamps, versions and rows from one).
    for (const [i, url] of server.replicaUrls.entries()) {
      const orm = await openOrm({ databaseUrl: url });
      const sql = orm.em.getConnection();
      await sql.execute(`update service set name = 'Service of replica ${i + 1}' where id = ${service.id}`);
      await sql.execute(`update council set name = 'Council of replica ${i + 1}' where id = ${service.council.id}`);
      await orm.close(true);
    }
    const seen = new Set<string>();
    for (let i = 0; i < 24; i++) {
      // The service and its council are read by two statements.
      const res = await server.gql(`query($id: ID!) { node(id: $id) { ... on Service { name council { name } } } }`, { id: serviceId });
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      const replica = /replica (\d)/.exec(res.data.node.name)![1];
      expect(res.data.node.council.name).toBe(`Council of replica ${replica}`);
      seen.add(replica!);
    }
    expect([...seen].sort()).toEqual(['1', '2']);
  });

  it('authenticates against the primary: an account made after the copy is signed in at once', async () => {
    // The administrator's person and account were made after the replica was copied (adminOf above).
    const res = await admin.gql(`{ viewer { admin email } }`);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    expect(res.data.viewer).toEqual({ admin: true, email: admin.email });
  });
});
