/**
 * Rows read only to build a snapshot (the golden thread, governance, delegation, the health check):
 * the selected columns of one table, as plain objects keyed by property name, with a relation as the
 * id it points to (a number, or null). One statement, never hydrated into entities: a 20,000-person
 * council's people and appraisal objectives cost seconds as MikroORM entities (registering each in a
 * unit of work, a reference entity per relation), even as partial rows outside the identity map.
 *
 * `where` is the same filter em.find takes (tenancy included: the caller's council condition), on the
 * table's own columns only (a condition through a relation, e.g. `{ objective: { period } }`, is not
 * joined: use em.find for those). Booleans, numbers and dates come back as such on SQLite and PostgreSQL.
 * With `limit`, the first rows only (a keyset page: add `{ id: { $gt: last } }` to `where`).
 * `node scripts/bench/plain-rows.mjs`: 20,000 people read this way take about 0.13x em.find's time.
 */
import type { Em } from '@goldenthread/db';
import type { EntityName, FilterQuery } from '@mikro-orm/core';

export type Plain<T, F extends keyof T> = {
  [K in F]: T[K] extends { id: number } | null | undefined ? (null extends T[K] ? number | null : number) : T[K];
};

interface PropMeta {
  kind: string;
  runtimeType?: string;
  type?: string;
}

/** `fields` of the rows of `entity` matching `where`, ordered by id, as plain objects (relations as ids). */
export async function plainRows<T extends object, F extends keyof T & string>(
  em: Em,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  fields: readonly F[],
  orderBy: Record<string, 'asc' | 'desc'> = { id: 'asc' },
  limit?: number,
): Promise<Plain<T, F>[]> {
  const meta = em.getMetadata().get<T>(typeof entity === 'string' ? entity : (entity as { name: string }).name);
  const props = meta.properties as unknown as Record<string, PropMeta>;
  const qb = em
    .createQueryBuilder(entity, 'e')
    .select(fields.map((f) => `e.${f}`))
    .where(where)
    .orderBy(Object.fromEntries(Object.entries(orderBy).map(([k, v]) => [`e.${k}`, v])));
  if (limit !== undefined) qb.limit(limit);
  const rows = (await qb.execute('all', true)) as Record<string, unknown>[];
  const relations = fields.filter((f) => props[f]?.kind === 'm:1' || props[f]?.kind === '1:1');
  const numbers = fields.filter((f) => !relations.includes(f) && (props[f]?.runtimeType === 'number' || f === 'id'));
  const booleans = fields.filter((f) => props[f]?.runtimeType === 'boolean');
  const dates = fields.filter((f) => props[f]?.runtimeType === 'Date');
  for (const r of rows) {
    for (const f of relations) {
      const v = r[f];
      r[f] = v === null || v === undefined ? null : typeof v === 'object' ? Number((v as { id: unknown }).id) : Number(v);
    }
    for (const f of numbers) if (r[f] !== null && r[f] !== undefined) r[f] = Number(r[f]);
    for (const f of booleans) if (r[f] !== null && r[f] !== undefined) r[f] = r[f] === true || r[f] === 1 || r[f] === '1';
    for (const f of dates) if (r[f] !== null && r[f] !== undefined && !(r[f] instanceof Date)) r[f] = new Date(r[f] as string | number);
  }
  return rows as Plain<T, F>[];
}
