import fs from 'node:fs';
import path from 'node:path';
import { constants as zlib } from 'node:zlib';
import { fastifyApolloDrainPlugin, fastifyApolloHandler } from '@as-integrations/fastify';
import fastifyCompress from '@fastify/compress';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { Redis } from 'ioredis';
import { type ReadReplicaOptions, registerReadReplicas } from './read-replicas.js';
import { registerSecurityHeaders } from './security-headers.js';
import {
  AppError,
  createServer,
  DEFAULT_THROTTLE,
  rateLimitKey,
  RedisSignInThrottle,
  type Credentials,
  type GoldenThreadApi,
  type GqlContext,
  type QueryLimits,
  type RequestViewer,
  type ThrottleSettings,
} from '@goldenthread/api';
import type { Orm } from '@goldenthread/db';
import { registerGovernanceCsv } from './governance-csv.js';
import { registerDocs } from './docs.js';
import { registerGraphiql } from './graphiql.js';
import { registerOpenData } from './open-data/route.js';
import { registerReports } from './reports/route.js';
import { registerWebApp } from './web-app.js';
import { registerWebSession } from './web-session.js';

export interface AppOptions {
  orm: Orm;
  mode?: 'development' | 'production' | 'test';
  introspection?: boolean;
  logLevel?: string;
  /** Folder of the built web app to serve at `/` (production). */
  webDist?: string | undefined;
  /** Largest request body accepted from a signed-in person, in bytes (default MAX_SIGNED_IN_BODY); others get at most MAX_PUBLIC_BODY. */
  bodyLimit?: number;
  /** Access-token signing secret (at least 32 bytes): see config.ts resolveJwtSecret. */
  jwtSecret: string | Uint8Array;
  /** Requests per minute per client address and per API key; false turns rate limiting off. */
  rateLimit?: { perAddress: number; perKey: number; windowMs?: number } | false;
  limits?: Partial<QueryLimits>;
  /** Budget of the cache of councils' schemes and trees, in rows (0 turns it off); see createServer. */
  cacheRows?: number;
  /** Compiled execution of tree queries (default on; tests turn it off to compare). */
  compiledTrees?: boolean;
  /** Budget of the published answers kept for anonymous callers and API keys, in MB (0 turns it off); see createServer. */
  answerCacheMb?: number;
  throttle?: ThrottleSettings;
  /**
   * Scale-out mode: a Redis server (redis://...) that holds the rate limits and the sign-in throttle,
   * so every server process behind the load balancer counts the same requests. Unset (the embedded
   * default), both are counted in this process's memory and nothing needs Redis.
   */
  redisUrl?: string;
  /** Prefix of this deployment's Redis keys (default "gt:"), when several share one Redis. */
  redisPrefix?: string;
  /** The ORM has read replicas (openOrm's replicaUrls): route requests' reads (read-replicas.ts). */
  readReplicas?: ReadReplicaOptions;
  /** Behind a reverse proxy: take the client address from X-Forwarded-For. */
  trustProxy?: boolean;
  /** Where the log goes (default stdout); tests capture it. */
  logStream?: NodeJS.WritableStream;
}

const LEGACY_OK_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'QUERY_TOO_COMPLEX']);

/** Largest body from anonymous callers and API keys (read-only: a query never needs more). */
export const MAX_PUBLIC_BODY = 1_048_576;
/** Largest body from signed-in people: a CSV import of up to 10 MB travels as a GraphQL string. */
export const MAX_SIGNED_IN_BODY = 12 * 1_048_576;

export const DEFAULT_RATE_LIMIT = { perAddress: 300, perKey: 600, windowMs: 60_000 };

declare module 'fastify' {
  interface FastifyRequest {
    viewer?: RequestViewer;
  }
  interface FastifyInstance {
    /** The GraphQL API the app serves (its caches' and compiled execution's figures). */
    goldenThread: GoldenThreadApi;
  }
}

function credentialsOf(request: FastifyRequest): Credentials {
  const header = (name: string) => {
    const v = request.headers[name];
    return Array.isArray(v) ? v[0] : v;
  };
  return { authorization: header('authorization'), apiKey: header('x-api-key'), ip: request.ip, userAgent: header('user-agent') };
}

/** A GraphQL-shaped error body, for answers given before GraphQL runs (401, 429). */
function errorBody(message: string, extensions: Record<string, unknown>) {
  return { errors: [{ message, extensions }] };
}

/** Responses longer than this (in characters) are encoded to bytes once, before they are sent. */
const LARGE_RESPONSE = 64 * 1024;

/** Smaller answers go uncompressed: under about a kilobyte compression saves less than a packet. */
export const COMPRESS_THRESHOLD = 1024;

/**
 * API answers are compressed at the cheapest levels: on the 8.1 MB accountability tree, brotli
 * quality 1 gives 699 KB for ~30 ms of one core (quality 4, the plugin's default, 524 KB for ~120 ms)
 * and gzip level 1 798 KB for ~70 ms (level 6: 645 KB for ~200 ms). Big answers are compressed in
 * the thread pool as they stream, small ones inline. The web app's files keep the default levels.
 */
const API_COMPRESSION = {
  brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 1 } },
  zlibOptions: { level: 1 },
};

/** The HTTP application: GraphQL at /graphql (GET shows the explorer in a browser), health at /healthz. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const mode = options.mode ?? 'production';
  const app = Fastify({
    logger: {
      level: options.logLevel ?? 'info',
      redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-api-key"]'],
      // The query string is never logged: a GET could carry a password or a token in it.
      serializers: {
        req: (request: { method: string; url: string; ip?: string }) => ({
          method: request.method,
          url: request.url.split('?')[0],
          remoteAddress: request.ip,
        }),
      },
      ...(options.logStream ? { stream: options.logStream } : {}),
    },
    // Large bodies (CSV imports through GraphQL) only for signed-in callers: see the onRequest hook.
    bodyLimit: options.bodyLimit ?? MAX_SIGNED_IN_BODY,
    requestTimeout: 30_000,
    connectionTimeout: 30_000,
    trustProxy: options.trustProxy ?? false,
  });
  // One Redis connection for the shared counts, closed with the app. Commands wait while it connects
  // and fail (a logged 500, never a silent pass) after a few retries if it is gone.
  const redis = options.redisUrl ? new Redis(options.redisUrl, { maxRetriesPerRequest: 3, enableOfflineQueue: true }) : null;
  if (redis) {
    redis.on('error', (error) => app.log.error({ err: error }, 'Redis (rate limits, sign-in throttle)'));
    app.addHook('onClose', async () => {
      await redis.quit().catch(() => redis.disconnect());
    });
  }
  const redisPrefix = options.redisPrefix ?? 'gt:';
  const throttleStore = redis ? new RedisSignInThrottle(redis, options.throttle ?? DEFAULT_THROTTLE, `${redisPrefix}throttle:`) : undefined;
  const api = await createServer({
    orm: options.orm,
    mode,
    ...(options.introspection !== undefined ? { introspection: options.introspection } : {}),
    logError: (error) => app.log.error({ err: error }, 'unexpected error in a GraphQL request'),
    auth: {
      jwtSecret: options.jwtSecret,
      ...(options.throttle ? { throttle: options.throttle } : {}),
      ...(throttleStore ? { throttleStore } : {}),
    },
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.cacheRows !== undefined ? { derivedCacheRows: options.cacheRows } : {}),
    ...(options.compiledTrees !== undefined ? { compiledTrees: options.compiledTrees } : {}),
    ...(options.answerCacheMb !== undefined ? { answerCacheMb: options.answerCacheMb } : {}),
  });
  app.decorate('goldenThread', api);

  registerSecurityHeaders(app);
  // Compressed answers (br, else gzip, as the client accepts) over COMPRESS_THRESHOLD bytes, for the
  // routes registered after this: the API (its own cheap levels), the web app's files, the explorer's.
  // Compressed request bodies stay refused: the body limits are checked on what arrives, and a small
  // gzip of a query could unpack to megabytes.
  await app.register(fastifyCompress, { encodings: ['br', 'gzip'], threshold: COMPRESS_THRESHOLD, globalDecompression: false });

  // Per-address and per-API-key request limits, in memory (or in Redis with redisUrl, shared by every
  // process): 429 with Retry-After. Applied by the authentication hook below, once the credentials are
  // verified (rateLimitKey).
  let limitRate: ReturnType<FastifyInstance['rateLimit']> | undefined;
  if (options.rateLimit !== false) {
    const rate = { ...DEFAULT_RATE_LIMIT, ...options.rateLimit };
    await app.register(fastifyRateLimit, {
      global: false,
      ...(redis ? { redis, nameSpace: `${redisPrefix}rate:` } : {}),
      timeWindow: rate.windowMs,
      max: (_request, key) => (key.startsWith('key:') ? rate.perKey : rate.perAddress),
      keyGenerator: (request) => rateLimitKey(request.viewer, request.ip),
      allowList: (request) => request.url === '/healthz',
      errorResponseBuilder: (_request, context) => ({
        statusCode: 429,
        ...errorBody(
          `Too many requests: at most ${context.max} every ${Math.round(rate.windowMs / 1000)} seconds. ` +
            `Try again in ${Math.ceil(context.ttl / 1000)} seconds.`,
          {
            code: 'TOO_MANY_REQUESTS',
            retryAfter: Math.ceil(context.ttl / 1000),
          },
        ),
      }),
    });
    limitRate = app.rateLimit();
  }
  api.apollo.addPlugin(fastifyApolloDrainPlugin(app));
  await api.apollo.start();

  // Bodies over the public limit are refused before they are read unless a person is signed in.
  const publicBodyLimit = Math.min(options.bodyLimit ?? MAX_PUBLIC_BODY, MAX_PUBLIC_BODY);
  app.addHook('onRequest', async (request, reply) => {
    const length = Number(request.headers['content-length'] ?? 0);
    if (length > publicBodyLimit && !/^Bearer\s/i.test(String(request.headers.authorization ?? ''))) {
      return reply
        .code(413)
        .type('application/json; charset=utf-8')
        .send(
          errorBody(`The request body is ${length} bytes; at most ${publicBodyLimit} bytes are accepted without signing in.`, {
            code: 'PAYLOAD_TOO_LARGE',
          }),
        );
    }
  });
  // A browser asking for /graphql gets the explorer (a small page; its files are cached); every
  // other request goes to Apollo.
  const graphiql = registerGraphiql(app, '/graphql');
  app.addHook('onRequest', async (request, reply) => {
    if (
      request.method === 'GET' &&
      request.url.split('?')[0] === '/graphql' &&
      !request.url.includes('query=') &&
      (request.headers.accept ?? '').includes('text/html')
    ) {
      const page = graphiql.page();
      return reply
        .header('content-security-policy', page.csp)
        .header('cache-control', 'no-cache')
        .type('text/html; charset=utf-8')
        .send(page.html);
    }
  });
  if (options.readReplicas) registerReadReplicas(app, options.readReplicas, redis, redisPrefix);
  // Who is asking, before the body is read or GraphQL runs: bad credentials are answered 401 here,
  // never treated as anonymous. Then the rate limit: a verified API key spends its own allowance,
  // anything else (a key that does not verify included) the client address's; over it, 429.
  app.addHook('onRequest', async (request, reply) => {
    let refused: AppError | undefined;
    const route = request.url.split('?')[0]!;
    if (route === '/graphql' || route.startsWith('/data/') || route.startsWith('/auth/')) {
      try {
        request.viewer = await api.authenticate(credentialsOf(request));
      } catch (error) {
        if (!(error instanceof AppError && error.extensions.code === 'UNAUTHENTICATED')) throw error;
        refused = error;
      }
    }
    await limitRate?.call(app, request, reply);
    if (refused) {
      const http = refused.extensions.http as { status: number; headers: Map<string, string> } | undefined;
      for (const [k, v] of http?.headers ?? []) reply.header(k, v);
      return reply
        .code(http?.status ?? 401)
        .type('application/json; charset=utf-8')
        .send(errorBody(refused.message, { code: 'UNAUTHENTICATED' }));
    }
  });
  // GraphQL over HTTP: a client that accepts only the legacy application/json gets 200 for errors in
  // its document or variables (the spec's SHOULD); application/graphql-response+json keeps the 4xx.
  app.addHook('onSend', async (request, reply, payload) => {
    if (reply.statusCode !== 400 || typeof payload !== 'string' || request.url.split('?')[0] !== '/graphql') return payload;
    if (!String(reply.getHeader('content-type') ?? '').startsWith('application/json')) return payload;
    try {
      const body = JSON.parse(payload) as { errors?: Array<{ extensions?: { code?: string } }> };
      if (Array.isArray(body.errors) && body.errors.length && body.errors.every((e) => LEGACY_OK_CODES.has(e.extensions?.code ?? '')))
        reply.code(200);
    } catch {
      // not JSON: leave it
    }
    return payload;
  });
  // Big responses (a council's whole tree is megabytes) go out as bytes encoded once. Left as a
  // string, Node measures it (Buffer.byteLength) and encodes it again as it writes, and both are slow
  // for strings holding characters beyond Latin-1 (names like Wiśniewska, the arrows in findings):
  // together ~100 ms of an 8 MB response, against ~12 ms for one Buffer.from.
  app.addHook('onSend', async (_request, _reply, payload) =>
    typeof payload === 'string' && payload.length > LARGE_RESPONSE ? Buffer.from(payload, 'utf8') : payload,
  );
  app.route({
    method: ['GET', 'POST', 'OPTIONS'],
    url: '/graphql',
    compress: API_COMPRESSION,
    handler: fastifyApolloHandler(api.apollo, {
      context: async (request): Promise<GqlContext> => {
        const credentials = credentialsOf(request);
        return api.context(request.viewer ?? { kind: 'anonymous' }, { ip: credentials.ip, userAgent: credentials.userAgent ?? null });
      },
    }),
  });

  // The web app's session: the refresh token in an HttpOnly cookie, shared by the browser's tabs.
  await registerWebSession(app, api, credentialsOf);

  // Report packs (issue 15): read through the API as the viewer.
  registerReports(app, api, credentialsOf);

  // The risk register and actions as CSV files (issue 13): downloaded and imported through the API as the viewer.
  await registerGovernanceCsv(app, api, credentialsOf);

  // Bulk open data (issue 18, item 9): published measurements as CSV and JSON lines, the viewer from the hook above.
  registerOpenData(app, api);

  // The partner guide (docs/partners.md) as a page, offline (issue 18, item 11).
  registerDocs(app);

  app.get('/healthz', async () => {
    const ok = await options.orm.isConnected();
    return { status: ok ? 'ok' : 'database unavailable' };
  });

  if (options.webDist && fs.existsSync(path.join(options.webDist, 'index.html'))) {
    await registerWebApp(app, options.webDist);
  } else {
    app.get('/', async (_request, reply) => reply.redirect('/graphql'));
  }
  return app;
}
