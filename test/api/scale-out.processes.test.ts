/**
 * Scale-out with real processes (README "Several server processes"): two `node apps/server/dist/main.js serve`
 * processes, each with its own PORT, on one PostgreSQL database and one Redis, started as a deployment
 * behind a load balancer would start them (the same GT_JWT_SECRET and REDIS_URL, GT_TRUST_PROXY=true,
 * rate limits on with a small limit). The sign-in throttle and the rate limit are counted once for
 * both, a session started on one works on the other and ends on both, and a write through one is seen
 * at once through the other. Each test speaks for its own client address (X-Forwarded-For, as the
 * load balancer sends it), so the tests' allowances are their own. Runs where GT_TEST_REDIS_URL and
 * GT_TEST_POSTGRES_URL are set (.ci/run sets both), on the built server (`npm test` builds it first).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemo, seedReference } from '@goldenthread/db';
import { createTestDatabase, type TestDatabase } from '../testkit/index.js';

const REDIS = process.env.GT_TEST_REDIS_URL;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MAIN = path.join(root, 'apps/server/dist/main.js');
const ADMIN = 'megan.llewellyn@suffolk.gov.uk';
const ANALYST = 'yusuf.kaya@suffolk.gov.uk';
/** Requests a minute per client address (GT_RATE_LIMIT_PER_ADDRESS), and the throttle's default failures per account. */
const RATE_LIMIT = 20;
const FAILURES_PER_ACCOUNT = 5;
const STARTUP_MS = 120_000;

/** The built server and the packages it imports, each no older than its sources (else it would test other code). */
function checkBuilt() {
  const builds = [
    ...['domain', 'charts', 'reports', 'db', 'api'].map((p) => ({ src: `packages/${p}/src`, out: `packages/${p}/dist/index.js` })),
    { src: 'apps/server/src', out: 'apps/server/dist/main.js' },
  ];
  const newest = (dir: string): number =>
    fs
      .readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.test.ts'))
      .reduce((max, e) => Math.max(max, fs.statSync(path.join(e.parentPath, e.name)).mtimeMs), 0);
  for (const { src, out } of builds) {
    const built = path.join(root, out);
    if (!fs.existsSync(built) || fs.statSync(built).mtimeMs < newest(src))
      throw new Error(`${out} is missing or older than ${src}: build the server first (node scripts/gt.mjs build; npm test does it).`);
  }
}

interface ServerProcess {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** Starts one server process and resolves once it answers `{ __typename }` at the address it prints. */
async function startProcess(env: Record<string, string>, children: ChildProcess[]): Promise<ServerProcess> {
  const child = spawn(process.execPath, [MAIN, 'serve'], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  child.stdout?.on('data', (c) => (out += c));
  child.stderr?.on('data', (c) => (out += c));
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code, signal) => reject(new Error(`a server process stopped (${signal ?? `exit ${code}`}): ${out}`))),
  );
  const ready = async () => {
    const deadline = Date.now() + STARTUP_MS;
    while (Date.now() < deadline) {
      const url = /(http:\/\/127\.0\.0\.1:\d+)\/graphql/.exec(out)?.[1];
      if (url) {
        const res = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': '192.0.2.254' },
          body: '{"query":"{ __typename }"}',
        }).catch(() => undefined);
        if (res?.status === 200) return { child, url, output: () => out };
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`a server process did not answer within ${STARTUP_MS / 1000} s: ${out}`);
  };
  return Promise.race([ready(), exited]);
}

/** Stops a process: SIGTERM, then SIGKILL if it has not gone within 10 s. */
async function stop(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await gone;
  clearTimeout(timer);
}

interface Answer {
  status: number;
  body: { data?: any; errors?: Array<{ message: string; extensions?: any }> };
}

describe.skipIf(!REDIS || !process.env.GT_TEST_POSTGRES_URL)('two server processes on one PostgreSQL and one Redis', () => {
  const children: ChildProcess[] = [];
  const servers: ServerProcess[] = [];
  let db: TestDatabase | undefined;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gt-processes-'));

  beforeAll(
    async () => {
      checkBuilt();
      db = await createTestDatabase('postgresql');
      await seedReference(db.orm.em.fork());
      await seedDemo(db.orm.em.fork());
      const env = {
        NODE_ENV: 'production',
        DATABASE_URL: db.url,
        HOST: '127.0.0.1',
        PORT: '0',
        LOG_LEVEL: 'warn',
        GT_SEED_DEMO: 'false',
        GT_DATA_DIR: dataDir,
        GT_WEB_DIST: path.join(dataDir, 'no-web'),
        GT_JWT_SECRET: randomBytes(32).toString('base64url'),
        GT_TRUST_PROXY: 'true',
        GT_RATE_LIMIT: 'true',
        GT_RATE_LIMIT_PER_ADDRESS: String(RATE_LIMIT),
        GT_RATE_LIMIT_PER_KEY: String(RATE_LIMIT),
        REDIS_URL: REDIS!,
        // This run's own keys: nothing left in Redis by another run counts here.
        GT_REDIS_PREFIX: `gt-test:${randomUUID()}:`,
      };
      // One after the other, as a deployment rolls them out (both migrate on start: nothing left to apply).
      for (let i = 0; i < 2; i++) servers.push(await startProcess(env, children));
    },
    2 * STARTUP_MS + 60_000,
  );

  afterAll(async () => {
    await Promise.all(children.map(stop));
    await db?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  /** Asks process i for client address `from`, as the load balancer would pass a request on. */
  const gql = async (i: number, from: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Answer> => {
    const res = await fetch(`${servers[i]!.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': from,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, body: (await res.json()) as Answer['body'] };
  };
  const code = (a: Answer) => a.body.errors?.[0]?.extensions?.code;
  const SIGN_IN = 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { accessToken refreshToken } }';
  const signIn = async (i: number, from: string, email: string) => {
    const answer = await gql(i, from, SIGN_IN, { e: email, p: DEMO_PASSWORD });
    expect(answer.body.errors).toBeUndefined();
    return answer.body.data.signIn as { accessToken: string; refreshToken: string };
  };

  it('runs two processes, each on its own port', () => {
    expect(servers).toHaveLength(2);
    expect(new Set(servers.map((s) => s.child.pid)).size).toBe(2);
    expect(servers[0]!.url).not.toBe(servers[1]!.url);
  });

  it('counts failed sign-ins once for both: failures spread over both refuse the right password as one process would', async () => {
    const from = '198.51.100.1';
    // One process alone would allow FAILURES_PER_ACCOUNT failures before refusing; here they alternate.
    for (let n = 0; n < FAILURES_PER_ACCOUNT; n++) {
      const failed = await gql(n % 2, from, SIGN_IN, { e: ANALYST, p: `wrong ${n}` });
      expect(code(failed), `attempt ${n + 1}, on process ${n % 2}`).toBe('UNAUTHENTICATED');
    }
    // Process 1 has seen only two of the failures itself; the shared count refuses even the right password.
    for (const i of [1, 0]) {
      const refused = await gql(i, from, SIGN_IN, { e: ANALYST, p: DEMO_PASSWORD });
      expect(refused.status).toBe(429);
      expect(code(refused)).toBe('TOO_MANY_REQUESTS');
    }
  });

  it('shares one rate allowance per client address: requests alternated between the processes meet 429 at the limit', async () => {
    const from = '198.51.100.2';
    const statuses: number[] = [];
    for (let n = 0; n < RATE_LIMIT + 6; n++) statuses.push((await gql(n % 2, from, '{ __typename }')).status);
    // Each process has seen half of them (within its own limit); the shared count stops them at the limit.
    expect(statuses.slice(0, RATE_LIMIT)).toEqual(Array(RATE_LIMIT).fill(200));
    expect(statuses.slice(RATE_LIMIT)).toEqual(Array(6).fill(429));
    // Another client address keeps its own allowance on both.
    for (const i of [0, 1]) expect((await gql(i, '198.51.100.3', '{ __typename }')).status).toBe(200);
  });

  it('starts a session on one process and uses it on the other; signing out on one ends it on the other', async () => {
    const from = '198.51.100.4';
    const { accessToken, refreshToken } = await signIn(0, from, ADMIN);
    expect((await gql(1, from, '{ viewer { kind email } }', {}, accessToken)).body.data.viewer).toEqual({ kind: 'PERSON', email: ADMIN });
    const out = await gql(
      0,
      from,
      'mutation($t: String) { signOut(refreshToken: $t) { sessionsEnded } }',
      { t: refreshToken },
      accessToken,
    );
    expect(out.body.data.signOut).toEqual({ sessionsEnded: 1 });
    for (const i of [1, 0])
      expect(code(await gql(i, from, '{ viewer { kind } }', {}, accessToken)), `process ${i}`).toBe('UNAUTHENTICATED');
  });

  it('sees a write (a mutation) through one process at once through the other (a query), its kept tree included', async () => {
    const from = '198.51.100.5';
    const { accessToken } = await signIn(0, from, ADMIN);
    const councilId = (await gql(1, from, '{ council(gssCode: "E10000029") { id } }')).body.data.council.id as string;
    const TREE = 'query($c: ID!) { accountabilityTree(councilId: $c) { nodes { id name kind } } }';
    type TreeNode = { id: string; name: string; kind: string };
    // Process 1 builds and keeps the council's tree.
    const before = (await gql(1, from, TREE, { c: councilId }, accessToken)).body.data.accountabilityTree.nodes as TreeNode[];
    const service = before.find((n) => n.kind === 'SERVICE' && n.name === 'Safeguarding Adults');
    expect(service).toBeTruthy();
    const NODE = 'query($id: ID!) { node(id: $id) { ... on Service { version name } } }';
    const { version } = (await gql(1, from, NODE, { id: service!.id }, accessToken)).body.data.node;
    const renamed = await gql(
      0,
      from,
      'mutation($i: UpdateServiceInput!) { updateService(input: $i) { service { name } } }',
      { i: { id: service!.id, version, name: 'Adult Safeguarding' } },
      accessToken,
    );
    expect(renamed.body.errors).toBeUndefined();
    const after = (await gql(1, from, TREE, { c: councilId }, accessToken)).body.data.accountabilityTree.nodes as TreeNode[];
    expect(after.find((n) => n.id === service!.id)?.name).toBe('Adult Safeguarding');
    expect((await gql(1, from, NODE, { id: service!.id }, accessToken)).body.data.node.name).toBe('Adult Safeguarding');
  });
});
