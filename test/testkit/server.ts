import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { GoldenThreadApi, QueryLimits, ThrottleSettings } from '@goldenthread/api';
import {
  Account,
  Council,
  DEMO_PASSWORD,
  hashPassword,
  verifyPassword,
  Person,
  seedDemo,
  seedOrganisation,
  seedPublished,
  seedReference,
  openOrm,
  type Dialect,
  type Em,
  type Orm,
} from '@goldenthread/db';
import { copyAsReplica, QueryCounter } from '@goldenthread/db/testing';
import { buildApp } from '@goldenthread/server';
import { createTestDatabase, type TestDatabase } from './database.js';

export interface GqlResult<T = any> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, any> }>;
  headers: Headers;
}

type Gql = <T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => Promise<GqlResult<T>>;

/** A signed-in person: their tokens, and gql() sending their access token. */
export interface Client {
  email: string;
  accessToken: string;
  refreshToken: string;
  headers: Record<string, string>;
  gql: Gql;
}

export interface TestServer {
  dialect: Dialect;
  orm: Orm;
  url: string;
  /** The database's URL (for the CLI, or a second server on the same database). */
  databaseUrl: string;
  /** The read replicas' URLs (StartOptions.readReplica), to change what one holds. */
  replicaUrls: string[];
  app: FastifyInstance;
  /** The API behind the app (cache and compiled-execution figures). */
  api: GoldenThreadApi;
  /** Sends a GraphQL operation over real HTTP (anonymously unless headers say otherwise). */
  gql: Gql;
  /**
   * Signs in as the person with this e-mail, giving them an account first if they have none
   * (password TEST_PASSWORD, or `password` when given).
   */
  signIn: (email: string, options?: { admin?: boolean; password?: string }) => Promise<Client>;
  /** Signs in as an administrator of the council, creating a "Test Administrator" person and account if needed. */
  adminOf: (gssCode: string) => Promise<Client>;
  /** Signs in as a member of staff of the council (its first officer with an e-mail who is not an administrator). */
  memberOf: (gssCode: string) => Promise<Client>;
  /** Counts SQL statements sent while `fn` runs. */
  countStatements: <T>(fn: () => Promise<T>) => Promise<{ result: T; count: number; statements: string[] }>;
  /**
   * The fewest statements of `runs` runs of fn. A loader's batch can split in two when the database's
   * answers arrive in separate ticks (a loaded machine, PostgreSQL), which is timing, not an N+1: an N+1
   * grows in every run, so the fewest still shows it.
   */
  fewestStatements: <T>(fn: () => Promise<T>, runs?: number) => Promise<{ result: T; count: number; statements: string[] }>;
  em: () => Em;
  /** Every log line the server wrote (when started with captureLog). */
  log: () => string;
  /** The server's access-token signing secret (tests forge tokens signed with it). */
  jwtSecret: string;
  close: () => Promise<void>;
}

export type Seed = 'none' | 'reference' | 'demo';

export interface StartOptions {
  seed?: Seed;
  /** Extra organisations to generate: e.g. a 10x council for statement-count tests. */
  organisations?: Array<{ gssCode: string; people: number; services: number; seed?: number }>;
  mode?: 'development' | 'production' | 'test';
  /** Load the real published ASCOF and Oflog values of every council (about 43,000 rows; a few seconds). */
  publishedData?: boolean;
  /** Built web app to serve at `/` (browser end-to-end tests). */
  webDist?: string;
  /** Rate limits (off unless given: the suite sends many requests from one address). */
  rateLimit?: { perAddress: number; perKey: number; windowMs?: number };
  limits?: Partial<QueryLimits>;
  throttle?: ThrottleSettings;
  /** Keep the server's log (level info) for assertions. */
  captureLog?: boolean;
  /** Behind a reverse proxy: X-Forwarded-For and X-Forwarded-Proto are believed. */
  trustProxy?: boolean;
  bodyLimit?: number;
  introspection?: boolean;
  /** Budget of the schemes-and-trees cache in rows (0: off); the server's default otherwise. */
  cacheRows?: number;
  /** Compiled execution of tree queries (default on). */
  compiledTrees?: boolean;
  /**
   * Budget of the published answers kept, in MB. Off (0) unless given: most tests count the statements
   * and the work of answers computed afresh, which a kept answer would skip.
   */
  answerCacheMb?: number;
  /**
   * PostgreSQL only: serve with a read replica, a copy of the database made once it is seeded, which
   * (like a replica that lags) never sees what is written afterwards; the server routes reads to it.
   */
  readReplica?: { stickyMs: number; copies?: number };
}

export const TEST_PASSWORD = 'test-password-for-tests';

/** Starts the real HTTP server on a fresh, migrated database of the dialect, on a free port. */
export async function startTestServer(dialect: Dialect, options: StartOptions = {}): Promise<TestServer> {
  const db = await createTestDatabase(dialect);
  const seed = options.seed ?? 'demo';
  if (seed !== 'none') {
    await seedReference(db.orm.em.fork());
    if (options.publishedData) await seedPublished(db.orm.em.fork());
    if (seed === 'demo') await seedDemo(db.orm.em.fork());
    for (const org of options.organisations ?? []) await seedOrganisation(db.orm.em.fork(), org);
  }
  const replica = options.readReplica ? await withReplicas(db, options.readReplica.copies ?? 1) : null;
  const lines: string[] = [];
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const jwtSecret = randomBytes(32).toString('base64url');
  const app = await buildApp({
    orm: db.orm,
    mode: options.mode ?? 'production',
    logLevel: options.captureLog ? 'info' : (process.env.GT_TEST_LOG_LEVEL ?? 'silent'),
    ...(options.captureLog ? { logStream } : {}),
    jwtSecret,
    rateLimit: options.rateLimit ?? false,
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.throttle ? { throttle: options.throttle } : {}),
    ...(options.bodyLimit ? { bodyLimit: options.bodyLimit } : {}),
    ...(options.introspection !== undefined ? { introspection: options.introspection } : {}),
    webDist: options.webDist,
    ...(options.trustProxy !== undefined ? { trustProxy: options.trustProxy } : {}),
    ...(options.cacheRows !== undefined ? { cacheRows: options.cacheRows } : {}),
    ...(options.compiledTrees !== undefined ? { compiledTrees: options.compiledTrees } : {}),
    answerCacheMb: options.answerCacheMb ?? 0,
    ...(options.readReplica ? { readReplicas: { stickyMs: options.readReplica.stickyMs } } : {}),
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const em = () => db.orm.em.fork();

  const gql: Gql = async (query, variables, headers) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: any; errors?: any };
    return { status: res.status, data: body.data ?? undefined, errors: body.errors, headers: res.headers };
  };

  const signIn: TestServer['signIn'] = async (email, opts = {}) => {
    const password = opts.password ?? TEST_PASSWORD;
    const e = em();
    const lower = email.toLowerCase();
    let account = await e.findOne(Account, { email: lower });
    if (!account) {
      const person = await e.findOne(Person, { email: lower });
      if (!person) throw new Error(`testkit: nobody has the e-mail ${email}`);
      account = e.create(Account, {
        council: person.council.id,
        person: person.id,
        email: lower,
        passwordHash: await hashPassword(password),
        admin: opts.admin ?? false,
      });
      await e.flush();
    } else if (opts.admin !== undefined && account.admin !== opts.admin) {
      account.admin = opts.admin;
      await e.flush();
    }
    // Demo accounts have the demo password: pick the right one here, so no failed attempt counts against the throttle.
    const pw = !opts.password && (await verifyPassword(account.passwordHash, DEMO_PASSWORD)) ? DEMO_PASSWORD : password;
    const res = await gql(
      `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { accessToken refreshToken } }`,
      { email, password: pw },
    );
    if (res.errors) throw new Error(`testkit: could not sign in as ${email}: ${res.errors[0]!.message}`);
    const { accessToken, refreshToken } = res.data.signIn;
    const headers = { authorization: `Bearer ${accessToken}` };
    return { email: lower, accessToken, refreshToken, headers, gql: (q, v, h) => gql(q, v, { ...headers, ...h }) };
  };

  const adminOf: TestServer['adminOf'] = async (gssCode) => {
    const e = em();
    const email = `test.admin@${gssCode.toLowerCase()}.example`;
    if (!(await e.findOne(Person, { email }))) {
      const council = await e.findOneOrFail(Council, { gssCode });
      e.create(Person, { council, name: 'Test Administrator', email, jobTitle: 'Systems Administrator' });
      await e.flush();
    }
    return signIn(email, { admin: true });
  };

  const memberOf: TestServer['memberOf'] = async (gssCode) => {
    const e = em();
    const council = await e.findOneOrFail(Council, { gssCode });
    const person = await e.findOneOrFail(
      Person,
      { council, email: { $ne: null }, kind: 'OFFICER' as never, name: { $ne: 'Test Administrator' } },
      { orderBy: { id: 'asc' } },
    );
    return signIn(person.email!);
  };

  return {
    dialect,
    orm: db.orm,
    memberOf,
    url,
    databaseUrl: db.url,
    replicaUrls: replica?.urls ?? [],
    app,
    api: app.goldenThread,
    em,
    gql,
    signIn,
    adminOf,
    log: () => lines.join(''),
    jwtSecret,
    countStatements: async (fn) => {
      const counter = new QueryCounter(db.orm);
      try {
        const result = await fn();
        return { result, count: counter.count, statements: [...counter.statements] };
      } finally {
        counter.stop();
      }
    },
    fewestStatements: async <T>(fn: () => Promise<T>, runs = 3) => {
      let best: { result: T; count: number; statements: string[] } | undefined;
      for (let i = 0; i < runs; i++) {
        const counter = new QueryCounter(db.orm);
        try {
          const result = await fn();
          if (!best || counter.count < best.count) best = { result, count: counter.count, statements: [...counter.statements] };
        } finally {
          counter.stop();
        }
      }
      return best!;
    },
    close: async () => {
      await app.close();
      await replica?.drop();
      await db.close();
    },
  };
}

/** Copies the seeded database as `copies` replicas and reopens db.orm with them (see StartOptions.readReplica). */
async function withReplicas(db: TestDatabase, copies: number): Promise<{ urls: string[]; drop: () => Promise<void> }> {
  if (db.dialect !== 'postgresql') throw new Error('testkit: read replicas need PostgreSQL');
  await db.orm.close(true);
  const replicas: Array<{ url: string; drop: () => Promise<void> }> = [];
  for (let i = 1; i <= copies; i++) replicas.push(await copyAsReplica(db.url, `replica${i}`));
  const orm = await openOrm({ databaseUrl: db.url, replicaUrls: replicas.map((r) => r.url) });
  db.orm = orm;
  return {
    urls: replicas.map((r) => r.url),
    drop: async () => {
      await orm.close(true);
      for (const r of replicas) await r.drop();
    },
  };
}

/** The first error's code, for assertions. */
export function errorCode(result: GqlResult): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}
