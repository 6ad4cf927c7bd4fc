import fs from 'node:fs';
import path from 'node:path';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { createServer, type GqlContext } from '@goldenthread/api';
import type { Orm } from '@goldenthread/db';
import { graphiqlPage } from './graphiql.js';

export interface AppOptions {
  orm: Orm;
  mode?: 'development' | 'production' | 'test';
  introspection?: boolean;
  logLevel?: string;
  /** Folder of the built web app to serve at `/` (production). */
  webDist?: string | undefined;
  /** Largest request body accepted, in bytes (default 12 MB: a CSV import of up to 10 MB travels as a GraphQL string). */
  bodyLimit?: number;
}

/** The HTTP application: GraphQL at /graphql (GET shows the explorer in a browser), health at /healthz. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const mode = options.mode ?? 'production';
  const app = Fastify({
    logger: { level: options.logLevel ?? 'info', redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-api-key"]'] },
    bodyLimit: options.bodyLimit ?? 12 * 1_048_576,
    requestTimeout: 30_000,
    trustProxy: false,
  });
  const api = await createServer({
    orm: options.orm,
    mode,
    ...(options.introspection !== undefined ? { introspection: options.introspection } : {}),
    logError: (error) => app.log.error({ err: error }, 'unexpected error in a GraphQL request'),
  });
  api.apollo.addPlugin(fastifyApolloDrainPlugin(app));
  await api.apollo.start();

  // A browser asking for /graphql gets the explorer; every other request goes to Apollo.
  app.addHook('onRequest', async (request, reply) => {
    if (request.method === 'GET' && request.url.split('?')[0] === '/graphql' && !request.url.includes('query=') && (request.headers.accept ?? '').includes('text/html')) {
      return reply.type('text/html; charset=utf-8').send(graphiqlPage('/graphql'));
    }
  });
  await app.register(fastifyApollo(api.apollo), { path: '/graphql', context: async (): Promise<GqlContext> => api.context() });

  app.get('/healthz', async () => {
    const ok = await options.orm.isConnected();
    return { status: ok ? 'ok' : 'database unavailable' };
  });

  if (options.webDist && fs.existsSync(path.join(options.webDist, 'index.html'))) {
    await app.register(fastifyStatic, { root: path.resolve(options.webDist), wildcard: false });
    // Client-side routes (deep links) get the app shell.
    app.setNotFoundHandler((request, reply) => {
      if (request.method === 'GET' && (request.headers.accept ?? '').includes('text/html')) return reply.sendFile('index.html');
      return reply.code(404).send({ error: 'Not found' });
    });
  } else {
    app.get('/', async (_request, reply) => reply.redirect('/graphql'));
  }
  return app;
}
