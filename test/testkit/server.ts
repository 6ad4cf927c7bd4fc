import type { FastifyInstance } from 'fastify';
import { QueryCounter, seedDemo, seedOrganisation, seedPublished, seedReference, type Dialect, type Em, type Orm } from '@goldenthread/db';
import { buildApp } from '@goldenthread/server';
import { createTestDatabase } from './database.js';

export interface GqlResult<T = any> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, any> }>;
  headers: Headers;
}

export interface TestServer {
  dialect: Dialect;
  orm: Orm;
  url: string;
  app: FastifyInstance;
  /** Sends a GraphQL operation over real HTTP. */
  gql: <T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => Promise<GqlResult<T>>;
  /** Counts SQL statements sent while `fn` runs. */
  countStatements: <T>(fn: () => Promise<T>) => Promise<{ result: T; count: number; statements: string[] }>;
  em: () => Em;
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
}

/** Starts the real HTTP server on a fresh, migrated database of the dialect, on a free port. */
export async function startTestServer(dialect: Dialect, options: StartOptions = {}): Promise<TestServer> {
  const db = await createTestDatabase(dialect);
  const seed = options.seed ?? 'demo';
  if (seed !== 'none') {
    await seedReference(db.orm.em.fork() as Em);
    if (options.publishedData) await seedPublished(db.orm.em.fork() as Em);
    if (seed === 'demo') await seedDemo(db.orm.em.fork() as Em);
    for (const org of options.organisations ?? []) await seedOrganisation(db.orm.em.fork() as Em, org);
  }
  const app = await buildApp({ orm: db.orm, mode: options.mode ?? 'production', logLevel: process.env.GT_TEST_LOG_LEVEL ?? 'silent', webDist: options.webDist });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    dialect,
    orm: db.orm,
    url,
    app,
    em: () => db.orm.em.fork() as Em,
    gql: async (query, variables, headers) => {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: any; errors?: any };
      return { status: res.status, data: body.data ?? undefined, errors: body.errors, headers: res.headers };
    },
    countStatements: async (fn) => {
      const counter = new QueryCounter(db.orm);
      try {
        const result = await fn();
        return { result, count: counter.count, statements: [...counter.statements] };
      } finally {
        counter.stop();
      }
    },
    close: async () => {
      await app.close();
      await db.close();
    },
  };
}

/** The first error's code, for assertions. */
export function errorCode(result: GqlResult): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}
