import DataLoader from 'dataloader';
import type { EntityClass, FilterQuery, QueryOrderMap, Ref } from '@mikro-orm/core';
import type { Em } from '@goldenthread/db';

/** The row id behind a MikroORM reference, without loading it. */
export function idOf(ref: Ref<{ id: number }> | null | undefined): number | null {
  return ref ? ref.unwrap().id : null;
}

type WithId = { id: number };

/**
 * Per-request batching loaders. Every relation field of the API goes through one of these, so a
 * request sends one statement per level of the query, whatever the number of rows.
 */
export class Loaders {
  private readonly cache = new Map<string, DataLoader<number, unknown>>();

  constructor(private readonly em: Em) {}

  /** Records by id (null for unknown ids), one `where id in (...)` per batch. */
  byId<T extends WithId>(entity: EntityClass<T>): DataLoader<number, T | null> {
    return this.memo(`byId:${entity.name}`, () =>
      new DataLoader<number, T | null>(async (ids) => {
        // refresh: a row read earlier with a few `fields` only (an access check, a name lookup) is
        // in the identity map half-loaded; the API's objects need every column.
        const rows = await this.em.find(entity, { id: { $in: [...ids] } } as unknown as FilterQuery<T>, { refresh: true });
        const map = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => map.get(id) ?? null);
      }),
    );
  }

  /** Children by the id of their parent through foreign key `fk`, one `where fk in (...)` per batch. */
  childrenOf<T extends WithId>(entity: EntityClass<T>, fk: string & keyof T, orderBy: QueryOrderMap<T> = { id: 'asc' } as QueryOrderMap<T>, extra: FilterQuery<T> = {} as FilterQuery<T>, key = ''): DataLoader<number, T[]> {
    return this.memo(`children:${entity.name}:${fk}:${key}`, () =>
      new DataLoader<number, T[]>(async (parentIds) => {
        const where = { $and: [{ [fk]: { $in: [...parentIds] } }, extra] } as unknown as FilterQuery<T>;
        const rows = await this.em.find(entity, where, { orderBy: [orderBy] as never });
        const groups = new Map<number, T[]>();
        for (const row of rows) {
          const parentId = idOf((row as Record<string, unknown>)[fk] as Ref<WithId> | null);
          if (parentId === null) continue;
          const list = groups.get(parentId);
          if (list) list.push(row);
          else groups.set(parentId, [row]);
        }
        return parentIds.map((id) => groups.get(id) ?? []);
      }),
    );
  }

  /** A loader of the caller's own, kept for the request under `key` (e.g. visibility sets). */
  custom<V>(key: string, make: () => DataLoader<number, V>): DataLoader<number, V> {
    return this.memo(`custom:${key}`, make);
  }

  private memo<V>(key: string, make: () => DataLoader<number, V>): DataLoader<number, V> {
    let loader = this.cache.get(key) as DataLoader<number, V> | undefined;
    if (!loader) {
      loader = make();
      this.cache.set(key, loader as DataLoader<number, unknown>);
    }
    return loader;
  }
}

/** One related record through the request's batching loader, mapped to its API type (null when none). */
export async function one<T extends WithId, N>(ctx: { loaders: Loaders }, entity: EntityClass<T>, id: number | null, map: (e: T) => N): Promise<N | null> {
  if (id === null) return null;
  const row = await ctx.loaders.byId(entity).load(id);
  return row ? map(row) : null;
}
