import { randomBytes } from 'node:crypto';
import { MikroORM } from '@mikro-orm/core';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';

/** Creates a throw-away PostgreSQL database on the server at `adminUrl` and drops it afterwards. */
export async function createScratchPostgres(
  adminUrl = process.env.PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `gt_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = await MikroORM.init({
    driver: PostgreSqlDriver,
    clientUrl: adminUrl,
    entities: [],
    discovery: { warnWhenNoEntities: false },
    allowGlobalContext: true,
  });
  await admin.em.getConnection().execute(`create database "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.em.getConnection().execute(`drop database if exists "${name}" with (force)`);
      await admin.close(true);
    },
  };
}

/**
 * A copy of a scratch database standing in for a read replica (tests of read routing): what the
 * database holds now, and none of what is written to it afterwards, as a replica that lags behind.
 * Nothing may be connected to `sourceUrl` while it is copied.
 */
export async function copyAsReplica(sourceUrl: string, suffix = 'replica'): Promise<{ url: string; drop: () => Promise<void> }> {
  const source = new URL(sourceUrl);
  const sourceName = decodeURIComponent(source.pathname.slice(1));
  const name = `${sourceName}_${suffix}`;
  const adminUrl = new URL(sourceUrl);
  adminUrl.pathname = '/postgres';
  const admin = await MikroORM.init({
    driver: PostgreSqlDriver,
    clientUrl: adminUrl.toString(),
    entities: [],
    discovery: { warnWhenNoEntities: false },
    allowGlobalContext: true,
  });
  await admin.em.getConnection().execute(`create database "${name}" template "${sourceName}"`);
  const url = new URL(sourceUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.em.getConnection().execute(`drop database if exists "${name}" with (force)`);
      await admin.close(true);
    },
  };
}
