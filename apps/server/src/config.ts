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
  };
}
