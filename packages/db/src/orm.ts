import fs from 'node:fs';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import type { AbstractSqlDriver, SqlEntityManager } from '@mikro-orm/knex';
import { emDialect } from './shared/dialect.js';
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
  return emDialect(orm.em);
}

/** Applies every pending migration (the production path: never schema sync). */
export async function migrate(orm: Orm): Promise<string[]> {
  const done = await orm.getMigrator().up();
  return done.map((m) => m.name);
}
