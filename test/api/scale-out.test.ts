/**
 * Scale-out mode (README "Deployment"): two server instances, each with its own memory, its own
 * connection pool and its own schemes-and-trees cache, on one PostgreSQL database and one Redis.
 * The sign-in throttle and the rate limits are counted once for both (in Redis); a write through one
 * is seen at once through the other (each request checks the council's change stamp in the database);
 * a session started on one works on the other and ends on both. Runs where GT_TEST_REDIS_URL and
 * GT_TEST_POSTGRES_URL are set (.ci/run sets both).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, openOrm, seedDemo, seedReference, type Orm } from '@goldenthread/db';
import { buildApp } from '@goldenthread/server';
import { createTestDatabase, type TestDatabase } from '../testkit/index.js';

const REDIS = process.env.GT_TEST_REDIS_URL;
const ADMIN = 'megan.llewellyn@suffolk.gov.uk';
const RATE = { perAddress: 40, perKey: 40, windowMs: 60_000 };
const THROTTLE = { windowSeconds: 60, perAccount: 3, perAddress: 1000 };

type App = Awaited<ReturnType<typeof buildApp>>;
type BuildOptions = Parameters<typeof buildApp>[0];

/**
 * Two server instances on one fresh PostgreSQL database (two ORMs: two connection pools) sharing the
 * JWT secret and Redis, as two processes behind a load balancer would; gql(i, ...) asks instance i.
 */
function serverPair(options: Pick<BuildOptions, 'rateLimit' | 'throttle'>) {
  const pair = {
    db: undefined as TestDatabase | undefined,
    secondOrm: undefined as Orm | undefined,
    apps: [] as App[],
    urls: [] as string[],
  };
  const jwtSecret = randomBytes(32).toString('base64url');
  // This run's own keys: nothing left in Redis by another run (or test) counts here.
  const redisPrefix = `gt-test:${randomUUID()}:`;
  beforeAll(async () => {
    const db = await createTestDatabase('postgresql');
    pair.db = db;
    await seedReference(db.orm.em.fork());
    await seedDemo(db.orm.em.fork());
    pair.secondOrm = await openOrm({ databaseUrl: db.url });
    for (const orm of [db.orm, pair.secondOrm]) {
      const app = await buildApp({ orm, mode: 'production', logLevel: 'silent', jwtSecret, ...options, redisUrl: REDIS!, redisPrefix });
      await app.listen({ host: '127.0.0.1', port: 0 });
      const address = app.server.address();
      pair.apps.push(app);
      pair.urls.push(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
    }
  }, 120_000);
  afterAll(async () => {
    for (const app of pair.apps) await app.close();
    await pair.secondOrm?.close(true);
    await pair.db?.close();
  });
  const gql = async (i: number, query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const res = await fetch(`${pair.urls[i]}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, body: (await res.json()) as { data?: any; errors?: Array<{ message: string; extensions?: any }> } };
  };
  return { gql };
}

describe.skipIf(!REDIS || !process.env.GT_TEST_POSTGRES_URL)('two server instances on one PostgreSQL and one Redis', () => {
  const { gql } = serverPair({ rateLimit: RATE, throttle: THROTTLE });

  const SIGN_IN = 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { accessToken refreshToken } }';
  const signIn = (i: number, email: string, password: string) => gql(i, SIGN_IN, { e: email, p: password });

  it('counts failed sign-ins once for both: failures on either refuse the right password on the other', async () => {
    const who = ADMIN;
    expect((await signIn(0, who, 'wrong one')).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await signIn(1, who, 'wrong two')).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await signIn(0, who, 'wrong three')).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const fourth = await signIn(1, who, DEMO_PASSWORD);
    expect(fourth.status).toBe(429);
    expect(fourth.body.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
  });

  it('lets no more attempts sent at once to both instances reach a password check than the limit', async () => {
    const who = `nobody.${randomUUID().slice(0, 8)}@suffolk.gov.uk`;
    const answers = await Promise.all(Array.from({ length: 12 }, (_, n) => signIn(n % 2, who, `wrong ${n}`)));
    const codes = answers.map((a) => a.body.errors?.[0]?.extensions?.code);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(THROTTLE.perAccount);
    expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS')).toHaveLength(12 - THROTTLE.perAccount);
  });

  it('shares one rate allowance per address between the instances', async () => {
    // Requests already made from this address in this window count too: spend the rest, half on each.
    const answers: number[] = [];
    for (let n = 0; n < RATE.perAddress + 6; n++) answers.push((await gql(n % 2, '{ __typename }')).status);
    const refused = answers.filter((s) => s === 429).length;
    expect(refused).toBeGreaterThanOrEqual(6);
    // Once refused, refused on both.
    expect((await gql(0, '{ __typename }')).status).toBe(429);
    expect((await gql(1, '{ __typename }')).status).toBe(429);
    expect(answers.slice(0, 2)).toEqual([200, 200]);
  });
});

describe.skipIf(!REDIS || !process.env.GT_TEST_POSTGRES_URL)('two server instances: writes and sessions', () => {
  const pair = serverPair({ rateLimit: false });
  const gql = async (i: number, query: string, variables: Record<string, unknown> = {}, token?: string) =>
    (await pair.gql(i, query, variables, token)).body;

  it('starts a session on one and uses it on the other; signing out on the other ends it on both', async () => {
    const signed = await gql(0, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { accessToken refreshToken } }', {
      e: ADMIN,
      p: DEMO_PASSWORD,
    });
    const { accessToken, refreshToken } = signed.data.signIn;
    expect((await gql(1, '{ viewer { kind email } }', {}, accessToken)).data.viewer).toEqual({ kind: 'PERSON', email: ADMIN });
    expect(
      (await gql(1, 'mutation($t: String) { signOut(refreshToken: $t) { sessionsEnded } }', { t: refreshToken }, accessToken)).data.signOut,
    ).toEqual({
      sessionsEnded: 1,
    });
    for (const i of [0, 1])
      expect((await gql(i, '{ viewer { kind } }', {}, accessToken)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('sees a write made through one instance at once through the other, its kept tree included', async () => {
    const { accessToken } = (
      await gql(0, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { accessToken } }', { e: ADMIN, p: DEMO_PASSWORD })
    ).data.signIn;
    const TREE = `query { council(gssCode: "E10000029") { id } }`;
    const councilId = (await gql(1, TREE)).data.council.id as string;
    const ACC = `query($c: ID!) { accountabilityTree(councilId: $c) { nodes { id name kind } } }`;
    // Instance 1 builds and keeps the council's tree.
    const before = (await gql(1, ACC, { c: councilId }, accessToken)).data.accountabilityTree.nodes as Array<{
      id: string;
      name: string;
      kind: string;
    }>;
    const service = before.find((n) => n.kind === 'SERVICE' && n.name === 'Safeguarding Adults')!;
    expect(service).toBeTruthy();
    const version = (await gql(0, 'query($id: ID!) { node(id: $id) { ... on Service { version } } }', { id: service.id }, accessToken)).data
      .node.version;
    const renamed = await gql(
      0,
      'mutation($i: UpdateServiceInput!) { updateService(input: $i) { service { name } } }',
      { i: { id: service.id, version, name: 'Adult Safeguarding' } },
      accessToken,
    );
    expect(renamed.errors).toBeUndefined();
    const after = (await gql(1, ACC, { c: councilId }, accessToken)).data.accountabilityTree.nodes as Array<{ id: string; name: string }>;
    expect(after.find((n) => n.id === service.id)!.name).toBe('Adult Safeguarding');
  });
});
