import 'reflect-metadata';
import path from 'node:path';
import type { Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { ExactLibSqlDriver } from './shared/exact-sqlite.js';
import { RoutedPostgreSqlDriver } from './shared/routed-postgresql.js';
import { AuditedEntityManager, AuditSubscriber } from './access/audit.js';
import { entities } from './entities.js';
import { postgresqlMigrations } from './migrations/postgresql/index.js';
import { sqliteMigrations } from './migrations/sqlite/index.js';

export type Dialect = 'sqlite' | 'postgresql';

export interface DatabaseSettings {
  /** A postgres:// URL selects PostgreSQL; anything else (or nothing) the embedded SQLite file. */
  databaseUrl?: string | undefined;
  /** Folder for the embedded database file; defaults to ./data. */
  dataDir?: string | undefined;
  /** Log SQL to stdout. */
  debug?: boolean | undefined;
  /**
   * PostgreSQL read replicas (postgres:// URLs): reads a request may take from a replica go to one of
   * them at random (shared/read-routing.ts says which); writes and everything else go to databaseUrl.
   */
  replicaUrls?: readonly string[] | undefined;
}

export function dialectOf(databaseUrl: string | undefined): Dialect {
  return databaseUrl && /^postgres(ql)?:\/\//i.test(databaseUrl) ? 'postgresql' : 'sqlite';
}

/** Where the embedded database lives: DATABASE_URL as file:path or :memory:, else <dataDir>/golden-thread.sqlite. */
export function sqlitePath(settings: DatabaseSettings): string {
  const url = settings.databaseUrl;
  if (url === ':memory:') return ':memory:';
  if (url?.startsWith('file:')) return url.slice('file:'.length);
  if (url && !url.includes('://')) return url;
  return path.join(settings.dataDir ?? path.resolve('data'), 'golden-thread.sqlite');
}

/** The MikroORM options for a database; migrations (never schema sync) build its schema. */
export function ormOptions(settings: DatabaseSettings = {}): Options {
  const dialect = dialectOf(settings.databaseUrl);
  const common = {
    entities,
    extensions: [Migrator],
    debug: settings.debug ?? false,
    allowGlobalContext: false,
    // Every change made through a request's EntityManager lands in the audit trail (access/audit.ts).
    entityManager: AuditedEntityManager,
    subscribers: [new AuditSubscriber()],
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
  } satisfies Options;
  if (dialect === 'postgresql') {
    return {
      ...common,
      driver: settings.replicaUrls?.length ? RoutedPostgreSqlDriver : PostgreSqlDriver,
      clientUrl: settings.databaseUrl!,
      ...(settings.replicaUrls?.length
        ? { replicas: settings.replicaUrls.map((clientUrl, i) => ({ name: `replica-${i + 1}`, clientUrl })) }
        : {}),
      pool: { min: 0, max: 10 },
      migrations: { migrationsList: postgresqlMigrations, transactional: true, allOrNothing: true, snapshot: false, silent: true },
    } as Options;
  }
  return {
    ...common,
    driver: ExactLibSqlDriver,
    dbName: sqlitePath(settings),
    migrations: { migrationsList: sqliteMigrations, transactional: true, allOrNothing: true, snapshot: false, silent: true },
  } as Options;
}
