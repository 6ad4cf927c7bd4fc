/**
 * Published answers kept, with several server processes (README "Partner query speed"): two server
 * instances on one PostgreSQL database, each with its own connection pool and its own kept answers.
 * The data version lives in the database, so a write through one (or through neither) changes the
 * other's next answer at once, with nothing but the database between them (no Redis needed).
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANSWER_CACHE_HEADER } from '@goldenthread/api';
import { openOrm, type Orm } from '@goldenthread/db';
import { buildApp } from '@goldenthread/server';
import { startTestServer, type Client, type TestServer } from '../testkit/index.js';

const SUFFOLK = 'E10000029';
const ORG = `query Org($gss: String!) { council(gssCode: $gss) { name directorates(first: 10) { nodes { name } } } }`;

describe.skipIf(!process.env.GT_TEST_POSTGRES_URL)('published answers kept by two server instances on one PostgreSQL', () => {
  let first: TestServer;
  let secondOrm: Orm;
  let second: Awaited<ReturnType<typeof buildApp>>;
  let secondUrl: string;
  let admin: Client;

  beforeAll(async () => {
    first = await startTestServer('postgresql');
    secondOrm = await openOrm({ databaseUrl: first.databaseUrl });
    second = await buildApp({ orm: secondOrm, mode: 'production', logLevel: 'silent', jwtSecret: randomBytes(32).toString('base64url') });
    await second.listen({ host: '127.0.0.1', port: 0 });
    const address = second.server.address();
    secondUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    admin = await first.adminOf(SUFFOLK);
  }, 120_000);
  afterAll(async () => {
    await second?.close();
    await secondOrm?.close(true);
    await first?.close();
  });

  const askSecond = async () => {
    const res = await fetch(`${secondUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: ORG, variables: { gss: SUFFOLK } }),
    });
    const body = (await res.json()) as { data: { council: { directorates: { nodes: Array<{ name: string }> } } } };
    return { from: res.headers.get(ANSWER_CACHE_HEADER), names: body.data.council.directorates.nodes.map((n) => n.name) };
  };

  it('sees a write made through the other instance in its very next answer, and keeps answering from its cache after', async () => {
    await askSecond();
    const kept = await askSecond();
    expect(kept.from).toBe('hit');
    const d = (
      await admin.gql(`query($g: String!) { council(gssCode: $g) { directorates(first: 1) { nodes { id name version } } } }`, {
        g: SUFFOLK,
      })
    ).data.council.directorates.nodes[0];
    const renamed = await admin.gql(`mutation($i: UpdateDirectorateInput!) { updateDirectorate(input: $i) { directorate { name } } }`, {
      i: { id: d.id, version: d.version, name: `${d.name} (from the first instance)` },
    });
    expect(renamed.errors).toBeUndefined();
    const next = await askSecond();
    expect(next.from).toBe('miss');
    expect(next.names).toContain(`${d.name} (from the first instance)`);
    expect(next.names).not.toEqual(kept.names);
    expect(await askSecond()).toEqual({ from: 'hit', names: next.names });
  });

  it('sees a write made by neither instance (another connection, as the CLI or a database tool makes) at once', async () => {
    const before = await askSecond();
    const name = before.names[0]!;
    const other = await openOrm({ databaseUrl: first.databaseUrl });
    try {
      await other.em
        .fork()
        .getConnection()
        .execute('update directorate set name = ? where name = ?', [`${name} (by SQL)`, name]);
    } finally {
      await other.close(true);
    }
    const after = await askSecond();
    expect(after.from).toBe('miss');
    expect(after.names).toContain(`${name} (by SQL)`);
  });

  it('a transaction that rolls back changes nothing: the kept answer stays', async () => {
    await askSecond();
    await expect(
      first.orm.em.fork().transactional(async (tx) => {
        await tx.getConnection().execute("update directorate set name = name || ' (rolled back)'", [], 'run', tx.getTransactionContext());
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    const after = await askSecond();
    expect(after.from).toBe('hit');
    expect(after.names.some((n) => n.includes('rolled back'))).toBe(false);
  });
});
