import type { Em } from '../orm.js';

/** A table whose every INSERT, UPDATE and DELETE bumps the change stamp of the council a row belongs to. */
export interface ChangeStampedTable {
  /** The table's name. */
  readonly table: string;
  /** The column naming the row's council: `id` for the council itself; null (national) counts as council 0. */
  readonly councilColumn: string;
}

/**
 * The tables the change-stamp triggers watch (migration Migration20261126151700 created them, on both
 * dialects): what a council's accountability tree is built from. Adding a table here needs a new
 * migration that creates its triggers; test/db/change-stamp.test.ts fails until it exists.
 */
export const CHANGE_STAMPED_TABLES: readonly ChangeStampedTable[] = [
  { table: 'council', councilColumn: 'id' },
  { table: 'directorate', councilColumn: 'council_id' },
  { table: 'service', councilColumn: 'council_id' },
  { table: 'person', councilColumn: 'council_id' },
  { table: 'councillor_role', councilColumn: 'council_id' },
  { table: 'decision_body', councilColumn: 'council_id' },
  { table: 'decision_power', councilColumn: 'council_id' },
  { table: 'delegation', councilColumn: 'council_id' },
  { table: 'objective', councilColumn: 'council_id' },
  { table: 'target', councilColumn: 'council_id' },
  { table: 'indicator_ownership', councilColumn: 'council_id' },
  { table: 'indicator', councilColumn: 'council_id' },
];

/** The council id of national data (indicators with no council) in change_stamp. */
export const NATIONAL_CHANGE_STAMP = 0;

/**
 * A council's change stamp: the sum of its own stamp and the national one (a missing row counts 0),
 * in one statement. It only ever grows, and grows whenever a row of CHANGE_STAMPED_TABLES of the
 * council, or a national indicator, is inserted, updated or deleted, by whatever means (ORM, bulk
 * nativeUpdate/nativeDelete, raw SQL, another process): the database's triggers bump it.
 *
 * To cache something derived from those tables, read the stamp BEFORE reading the data (or in the
 * same transaction snapshot) and keep the result under it; a different stamp later means stale.
 * Reading it after the data could file data older than the stamp under the newer stamp.
 * Runs in the EntityManager's transaction when it has one (it sees that transaction's own writes).
 */
export async function readChangeStamp(em: Em, councilId: number): Promise<number> {
  const rows = await em
    .getConnection('read')
    .execute<Array<{ stamp: number | string | bigint | null }>>(
      'select coalesce(sum(version), 0) as stamp from change_stamp where council_id in (?, ?)',
      [councilId, NATIONAL_CHANGE_STAMP],
      'all',
      em.getTransactionContext(),
    );
  return Number(rows[0]?.stamp ?? 0);
}
