import type { Em } from '../orm.js';

/**
 * The data version (DataVersion), in one statement: null when the database has none (a database
 * migrated before it existed cannot say, so nothing may be kept under it). Read it BEFORE reading the
 * data an answer is built from, and keep the answer under it: a change committed in between makes the
 * answer newer than its version, never older, and the next request reads a higher version.
 */
export async function readDataVersion(em: Em): Promise<number | null> {
  const rows = await em
    .getConnection('read')
    .execute<Array<{ version: number | string | bigint }>>(
      'select version from data_version where id = 1',
      [],
      'all',
      em.getTransactionContext(),
    );
  return rows[0] ? Number(rows[0].version) : null;
}
