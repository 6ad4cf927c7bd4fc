import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Everything the server reads from the environment, in one place (documented in README.md). */
export interface ServerConfig {
  databaseUrl: string | undefined;
  dataDir: string;
  host: string;
  port: number;
  mode: 'development' | 'production' | 'test';
  introspection: boolean;
  seedDemo: boolean;
  logLevel: string;
  webDist: string | undefined;
  jwtSecret: string | undefined;
  trustProxy: boolean;
  rateLimit: { perAddress: number; perKey: number } | false;
  limits: { maxDepth?: number; maxCost?: number; maxCostSignedIn?: number; maxAliases?: number; maxTokens?: number; timeoutMs?: number };
  /** Budget of the cache of schemes and accountability trees, in rows (0: off; unset: the API's default). */
  cacheRows: number | undefined;
  /** GT_ANSWER_CACHE_MB: budget of the published answers kept, in megabytes (0: off; unset: the API's default). */
  answerCacheMb: number | undefined;
  /** REDIS_URL: scale-out mode (rate limits and sign-in throttle shared by the server processes). */
  redisUrl: string | undefined;
  /** GT_REDIS_PREFIX: this deployment's Redis keys' prefix (default "gt:"), when several deployments share one Redis. */
  redisPrefix: string | undefined;
  /** DATABASE_REPLICA_URLS: PostgreSQL read replicas of DATABASE_URL, comma-separated (none: every read goes to DATABASE_URL). */
  replicaUrls: string[];
  /** GT_REPLICA_STICKY_MS: how long after a write its caller's reads stay on the primary (default 5,000). */
  replicaStickyMs: number;
}

/** DATABASE_REPLICA_URLS: postgres:// URLs, only beside a PostgreSQL DATABASE_URL. */
function replicaUrls(env: NodeJS.ProcessEnv): string[] {
  const urls = (env.DATABASE_REPLICA_URLS ?? '')
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean);
  if (urls.length === 0) return [];
  if (!/^postgres(ql)?:\/\//i.test(env.DATABASE_URL ?? ''))
    throw new Error('DATABASE_REPLICA_URLS needs a PostgreSQL DATABASE_URL (postgres://...): the embedded database has no replicas.');
  for (const url of urls) {
    if (!/^postgres(ql)?:\/\//i.test(url))
      throw new Error(`DATABASE_REPLICA_URLS must list postgres:// URLs, got "${url.replace(/:[^:@/]*@/, ':***@')}".`);
  }
  return urls;
}

/** A whole-number setting of at least `min` (undefined when unset). */
function whole(env: NodeJS.ProcessEnv, name: string, min: 0 | 1): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min)
    throw new Error(`${name} must be ${min === 1 ? 'a positive whole number' : 'a whole number, zero or more'}, got "${raw}".`);
  return n;
}

const positive = (env: NodeJS.ProcessEnv, name: string) => whole(env, name, 1);

/**
 * The access-token signing secret. GT_JWT_SECRET when set (at least 32 characters). Otherwise, with
 * the embedded database, a random secret kept in the data folder beside it (created on first start,
 * readable by the server's user only): `npm start` works with no configuration, and the secret is
 * exactly as protected as the database. With PostgreSQL in production, where several server
 * processes may share the database, the server refuses to start without GT_JWT_SECRET.
 */
export function resolveJwtSecret(config: Pick<ServerConfig, 'jwtSecret' | 'dataDir' | 'databaseUrl' | 'mode'>): string {
  if (config.jwtSecret) {
    if (config.jwtSecret.length < 32)
      throw new Error('GT_JWT_SECRET must be at least 32 characters long (e.g. `openssl rand -base64 48`).');
    return config.jwtSecret;
  }
  const postgres = /^postgres(ql)?:\/\//i.test(config.databaseUrl ?? '');
  if (postgres && config.mode === 'production') {
    throw new Error(
      'Set GT_JWT_SECRET (at least 32 random characters, e.g. `openssl rand -base64 48`): with PostgreSQL every server process must sign ' +
        'sessions with the same secret.',
    );
  }
  const file = path.join(config.dataDir, 'jwt-secret');
  if (fs.existsSync(file)) {
    const kept = fs.readFileSync(file, 'utf8').trim();
    if (kept.length >= 32) return kept;
  }
  fs.mkdirSync(config.dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** The web app built by `npm start` (apps/web/dist), when it exists: served at `/`. */
export function defaultWebDist(): string | undefined {
  const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');
  return fs.existsSync(path.join(dist, 'index.html')) ? dist : undefined;
}

function bool(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const mode = env.NODE_ENV === 'development' ? 'development' : env.NODE_ENV === 'test' ? 'test' : 'production';
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}".`);
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.GT_DATA_DIR ?? 'data'),
    host: env.HOST ?? '127.0.0.1',
    port,
    mode,
    introspection: bool(env.GT_INTROSPECTION, true),
    seedDemo: bool(env.GT_SEED_DEMO, true),
    logLevel: env.LOG_LEVEL ?? (mode === 'test' ? 'silent' : 'info'),
    webDist: env.GT_WEB_DIST ? path.resolve(env.GT_WEB_DIST) : defaultWebDist(),
    jwtSecret: env.GT_JWT_SECRET || undefined,
    trustProxy: bool(env.GT_TRUST_PROXY, false),
    rateLimit: bool(env.GT_RATE_LIMIT, true)
      ? { perAddress: positive(env, 'GT_RATE_LIMIT_PER_ADDRESS') ?? 300, perKey: positive(env, 'GT_RATE_LIMIT_PER_KEY') ?? 600 }
      : false,
    limits: Object.fromEntries(
      Object.entries({
        maxDepth: positive(env, 'GT_MAX_DEPTH'),
        maxCost: positive(env, 'GT_MAX_COST'),
        maxCostSignedIn: positive(env, 'GT_MAX_COST_SIGNED_IN'),
        maxAliases: positive(env, 'GT_MAX_ALIASES'),
        maxTokens: positive(env, 'GT_MAX_TOKENS'),
        timeoutMs: positive(env, 'GT_QUERY_TIMEOUT_MS'),
      }).filter(([, v]) => v !== undefined),
    ),
    cacheRows: whole(env, 'GT_CACHE_ROWS', 0),
    answerCacheMb: whole(env, 'GT_ANSWER_CACHE_MB', 0),
    redisUrl: env.REDIS_URL || undefined,
    redisPrefix: env.GT_REDIS_PREFIX || undefined,
    replicaUrls: replicaUrls(env),
    replicaStickyMs: whole(env, 'GT_REPLICA_STICKY_MS', 0) ?? 5000,
  };
}
