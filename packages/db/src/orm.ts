import fs from 'node:fs';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import type { AbstractSqlDriver, SqlEntityManager } from '@mikro-orm/knex';
import { dialectOf, ormOptions, sqlitePath, type DatabaseSettings, type Dialect } from './mikro-orm.config.js';

export type Orm = MikroORM<AbstractSqlDriver>;
export type Em = SqlEntityManager;

/** Opens the database (creating the embedded file's folder when needed). Does not migrate. */
export async function openOrm(settings: DatabaseSettings = {}): Promise<Orm> {
  if (dialectOf(settings.databaseUrl) === 'sqlite') {
    const file = sqlitePath(settings);
    if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  }
  const orm = (await MikroORM.init(ormOptions(settings))) as Orm;
  if (dialectOf(settings.databaseUrl) === 'sqlite') {
    // SQLite enforces foreign keys only when asked, per connection.
    await orm.em.getConnection().execute('pragma foreign_keys = on');
  }
  return orm;
}

export function ormDialect(orm: Orm): Dialect {
  return orm.config.get('clientUrl')?.startsWith('postgres') ? 'postgresql' : 'sqlite';
}

/** Applies every pending migration (the production path: never schema sync). */
export async function migrate(orm: Orm): Promise<string[]> {
  const done = await orm.getMigrator().up();
  return done.map((m) => m.name);
}

/**
 * Counts SQL statements sent to the database, for the tests that prove a request's statement count
 * depends on its depth, not on how many rows come back.
 */
export class QueryCounter {
  count = 0;
  readonly statements: string[] = [];
  private readonly listener = (q: { sql: string }) => {
    this.count += 1;
    this.statements.push(q.sql);
  };
  constructor(private readonly orm: Orm) {
    orm.em.getConnection().getKnex().on('query', this.listener);
  }
  reset(): void {
    this.count = 0;
    this.statements.length = 0;
  }
  stop(): void {
    this.orm.em.getConnection().getKnex().off('query', this.listener);
  }
}
