import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import type { Dialect } from '../mikro-orm.config.js';

/**
 * The database an EntityManager (or the ORM's) talks to: the one way to tell the dialect at run
 * time, for the few statements written differently on each (reserving ids, case-insensitive LIKE).
 */
export function emDialect(em: { getPlatform(): unknown }): Dialect {
  return em.getPlatform() instanceof PostgreSqlPlatform ? 'postgresql' : 'sqlite';
}
