import DataLoader from 'dataloader';
import { raw, type EntityClass, type FilterQuery, type QueryOrderMap, type Ref } from '@mikro-orm/core';
import type { Em } from '@goldenthread/db';
import { type EmSource, emOf } from './lazy-em.js';
import { connectionOf, windowOf, type ConnectionArgs, type ConnectionShape, type Window } from './relay/connection.js';

/** The row id behind a MikroORM reference, without loading it. */
export function idOf(ref: Ref<{ id: number }> | null | undefined): number | null {
  return ref ? ref.unwrap().id : null;
}

type WithId = { id: number };

/** One parent's page of children: the rows of its window, the window, and how many there are in all. */
export interface ChildPage<T> {
  rows: T[];
  window: Window;
  total: number;
}

/** A parent's page of children as a Relay connection of API objects. */
export function connectionOfPage<T, N>(page: ChildPage<T>, toNode: (row: T) => N): ConnectionShape<N> {
  return connectionOf(page.rows.map(toNode), page.window, page.total);
}

/**
 * Per-request batching loaders. Every relation field of the API goes through one of these, so a
 * request sends one statement per level of the query, whatever the number of rows.
 */
export class Loaders {
  private readonly cache = new Map<string, DataLoader<number, unknown>>();

  /** `em`: the request's EntityManager, or how to make it on first use (a request that reads nothing never forks one). */
  constructor(private readonly source: EmSource) {}

  private get em(): Em {
    return emOf(this.source);
  }

  /** Records by id (null for unknown ids), one `where id in (...)` per batch. */
  byId<T extends WithId>(entity: EntityClass<T>): DataLoader<number, T | null> {
    return this.memo(
      `byId:${entity.name}`,
      () =>
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
  childrenOf<T extends WithId>(
    entity: EntityClass<T>,
    fk: string & keyof T,
    orderBy: QueryOrderMap<T> = { id: 'asc' } as QueryOrderMap<T>,
    extra: FilterQuery<T> = {} as FilterQuery<T>,
    key = '',
  ): DataLoader<number, T[]> {
    return this.memo(
      `children:${entity.name}:${fk}:${key}`,
      () =>
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

  /**
   * One Relay page of children per parent through foreign key `fk` (a paged field such as
   * `Council.delegations`), the same number of statements for any number of parents: the counts of
   * every parent (one grouped statement), the ids in each parent's window (one statement, a window
   * function over the parents), and those rows. `key` names the filter (the page arguments are added
   * to it), so parents asked with the same ones share a batch. `where` may name the entity's own
   * columns and to-one relations only (a to-many join would rank a row twice); `orderBy` must be a
   * total order over the entity's own columns (end with the id).
   */
  pagesOf<T extends WithId>(
    entity: EntityClass<T>,
    fk: string & keyof T,
    query: { where: FilterQuery<T>; orderBy: QueryOrderMap<T> },
    page: ConnectionArgs,
    key: string,
  ): DataLoader<number, ChildPage<T>> {
    const pageKey = JSON.stringify([page.first ?? null, page.after ?? null, page.last ?? null, page.before ?? null]);
    return this.memo(
      `pages:${entity.name}:${fk}:${key}:${pageKey}`,
      () =>
        new DataLoader<number, ChildPage<T>>(async (parentIds) => {
          const meta = this.em.getMetadata().get<T>(entity.name);
          const column = (prop: string) => {
            const field = (meta.properties as Record<string, { fieldNames?: string[] } | undefined>)[prop]?.fieldNames?.[0];
            if (!field) throw new Error(`pagesOf: ${entity.name}.${prop} is not a column`);
            return `e.${field}`;
          };
          const fkColumn = column(fk);
          const where = { $and: [{ [fk]: { $in: [...parentIds] } }, query.where] } as unknown as FilterQuery<T>;
          const counted: Array<{ parent: number | string; n: number | string }> = await this.em
            .createQueryBuilder(entity, 'e')
            .select([raw(`${fkColumn} as parent`), raw('count(distinct e.id) as n')])
            .where(where)
            .groupBy(fkColumn)
            .execute('all', false);
          const totals = new Map(counted.map((r) => [Number(r.parent), Number(r.n)]));
          const windows = new Map(parentIds.map((id) => [id, windowOf(page, totals.get(id) ?? 0)]));
          const wanted = parentIds.filter((id) => windows.get(id)!.limit > 0);
          const byParent = new Map<number, T[]>();
          if (wanted.length > 0) {
            const order = Object.entries(query.orderBy as Record<string, string>)
              .map(([prop, dir]) => `${column(prop)} ${dir.toLowerCase().startsWith('desc') ? 'desc' : 'asc'}`)
              .join(', ');
            const ranked = this.em
              .createQueryBuilder(entity, 'e')
              .select(['e.id', raw(`${fkColumn} as parent`), raw(`row_number() over (partition by ${fkColumn} order by ${order}) as rn`)])
              .where({ $and: [{ [fk]: { $in: wanted } }, query.where] } as unknown as FilterQuery<T>);
            const knex = this.em.getKnex();
            const inWindow = knex
              .select('w.id', 'w.parent')
              .from(ranked.getKnexQuery().as('w'))
              .where((b) => {
                for (const id of wanted) {
                  const w = windows.get(id)!;
                  b.orWhere((c) =>
                    c
                      .where('w.parent', id)
                      .andWhere('w.rn', '>', w.offset)
                      .andWhere('w.rn', '<=', w.offset + w.limit),
                  );
                }
              });
            const ids: Array<{ id: number | string }> = await this.em.getConnection().execute(inWindow);
            const rows = await this.em.find(entity, { id: { $in: ids.map((r) => Number(r.id)) } } as unknown as FilterQuery<T>, {
              orderBy: [query.orderBy] as never,
            });
            for (const row of rows) {
              const parentId = idOf((row as Record<string, unknown>)[fk] as Ref<WithId> | null);
              if (parentId === null) continue;
              const list = byParent.get(parentId);
              if (list) list.push(row);
              else byParent.set(parentId, [row]);
            }
          }
          return parentIds.map((id) => ({ rows: byParent.get(id) ?? [], window: windows.get(id)!, total: totals.get(id) ?? 0 }));
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
export async function one<T extends WithId, N>(
  ctx: { loaders: Loaders },
  entity: EntityClass<T>,
  id: number | null,
  map: (e: T) => N,
): Promise<N | null> {
  if (id === null) return null;
  const row = await ctx.loaders.byId(entity).load(id);
  return row ? map(row) : null;
}
