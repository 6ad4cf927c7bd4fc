import type { EntityClass, RequiredEntityData } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { reserveIds } from './ids.js';

/** Rows one multi-row insert takes (well inside both databases' limits on bound parameters). */
export const INSERT_BATCH = 500;

export function chunks<T>(items: readonly T[], size = INSERT_BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * The one bulk-insert path: rows in multi-row inserts of INSERT_BATCH, through the EntityManager's
 * insertMany (an audited one records a CREATE event per row). With `reserve`, each row first gets an
 * id from the table's own counter (reserveIds), and the ids come back in row order; without it, the
 * rows are inserted as given and nothing comes back.
 */
export async function bulkInsert<T extends object>(
  em: SqlEntityManager,
  entity: EntityClass<T>,
  rows: readonly RequiredEntityData<T>[],
  options: { reserve?: boolean } = {},
): Promise<number[]> {
  const ids = options.reserve ? await reserveIds(em, em.getMetadata().get(entity.name).tableName, rows.length) : [];
  let offset = 0;
  for (const batch of chunks(rows)) {
    const withIds = options.reserve ? batch.map((r, i) => ({ ...r, id: ids[offset + i] })) : batch;
    offset += batch.length;
    await em.insertMany(entity, withIds);
  }
  return ids;
}
