import { migrate, openOrm, seedIfEmpty } from '@goldenthread/db';
import { buildApp } from './app.js';
import { resolveJwtSecret, type ServerConfig } from './config.js';

/** Migrates, seeds an empty database (reference councils and the demo council) and listens. */
export async function serve(config: ServerConfig): Promise<void> {
  const jwtSecret = resolveJwtSecret(config);
  const orm = await openOrm({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, replicaUrls: config.replicaUrls });
  const applied = await migrate(orm);
  if (applied.length) console.log(`Applied ${applied.length} migration(s).`);
  const seeded = await seedIfEmpty(orm, config.seedDemo);
  if (seeded) console.log(`Seeded ${seeded.councils} reference councils${seeded.demo ? ' and the demo council' : ''}.`);
  const app = await buildApp({
    orm,
    mode: config.mode,
    introspection: config.introspection,
    logLevel: config.logLevel,
    webDist: config.webDist,
    jwtSecret,
    trustProxy: config.trustProxy,
    rateLimit: config.rateLimit,
    limits: config.limits,
    ...(config.cacheRows !== undefined ? { cacheRows: config.cacheRows } : {}),
    ...(config.answerCacheMb !== undefined ? { answerCacheMb: config.answerCacheMb } : {}),
    ...(config.redisUrl ? { redisUrl: config.redisUrl } : {}),
    ...(config.redisPrefix ? { redisPrefix: config.redisPrefix } : {}),
    ...(config.replicaUrls.length ? { readReplicas: { stickyMs: config.replicaStickyMs } } : {}),
  });
  const close = async () => {
    await app.close();
    await orm.close();
    process.exit(0);
  };
  process.once('SIGINT', close);
  process.once('SIGTERM', close);
  await app.listen({ host: config.host, port: config.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const base = `http://${shownHost}:${port}`;
  if (config.webDist) console.log(`Golden Thread is running: open ${base}/ (the web app); GraphQL API and explorer at ${base}/graphql`);
  else console.log(`Golden Thread is running: GraphQL API and explorer at ${base}/graphql (the web app is not built: npm start builds it)`);
}
