import type { Em } from '../orm.js';
import { emDialect } from './dialect.js';

/** Tables checked to be AUTOINCREMENT on SQLite (once per process). */
const autoincrementTables = new Set<string>();

const isPostgres = (em: Em) => emDialect(em) === 'postgresql';

/**
 * Takes `count` ids for new rows of a table from the database's own counter, for bulk inserts that
 * need the ids before inserting (a multi-row insert is not guaranteed to report its ids in row order).
 * Never `max(id) + 1`: the ids are reserved, so concurrent writers (single writes through the API,
 * another import, another process) never get the same ones, and the counter is never behind.
 *
 * - PostgreSQL: `nextval` of the id column's sequence, once per id (ids taken are never handed out
 *   again, even if the transaction rolls back).
 * - SQLite: the table's AUTOINCREMENT counter (`sqlite_sequence`) is moved on by `count`. The update
 *   takes the database's write lock, so no other writer can take ids until the transaction ends;
 *   if it rolls back, so does the reservation.
 */
export async function reserveIds(em: Em, table: string, count: number): Promise<number[]> {
  if (count <= 0) return [];
  if (!/^[a-z_][a-z0-9_]*$/.test(table)) throw new Error(`reserveIds: bad table name ${table}`);
  // On SQLite the two statements below must share the write lock: inside the caller's transaction, or one of their own.
  if (!isPostgres(em) && !em.isInTransaction()) return em.transactional((tx) => reserveIds(tx, table, count));
  const connection = em.getConnection();
  const ctx = em.getTransactionContext();
  if (isPostgres(em)) {
    const rows = await connection.execute<Array<{ id: number | string }>>(
      `select nextval(pg_get_serial_sequence(?, 'id')) as id from generate_series(1, ?)`,
      [table, count],
      'all',
      ctx,
    );
    return rows.map((r) => Number(r.id)).sort((a, b) => a - b);
  }
  if (!autoincrementTables.has(table)) {
    const [found] = await connection.execute<Array<{ sql: string }>>(
      `select sql from sqlite_master where type = 'table' and name = ?`,
      [table],
      'all',
      ctx,
    );
    // Without AUTOINCREMENT, SQLite would ignore sqlite_sequence and could hand out a reserved id again.
    if (!found || !/autoincrement/i.test(found.sql)) throw new Error(`reserveIds: ${table} is not an AUTOINCREMENT table`);
    autoincrementTables.add(table);
  }
  // The counter is at least the highest id the table ever had (SQLite keeps it so); a table that never
  // had a row has no counter yet: it starts from the table (empty, or filled with explicit ids).
  let [row] = await connection.execute<Array<{ seq: number | string }>>(
    `update sqlite_sequence set seq = seq + ? where name = ? returning seq`,
    [count, table],
    'all',
    ctx,
  );
  if (!row) {
    [row] = await connection.execute<Array<{ seq: number | string }>>(
      `insert into sqlite_sequence (name, seq) select ?, coalesce(max(id), 0) + ? from \`${table}\` returning seq`,
      [table, count],
      'all',
      ctx,
    );
  }
  const last = Number(row!.seq);
  return Array.from({ length: count }, (_, i) => last - count + 1 + i);
}
