/**
 * One page of a query as a Relay connection: the count, the window of first/after/last/before over
 * it, and the rows of the window (none fetched for an empty window). Every root list and every
 * paged field over a single query uses it, so paging answers alike everywhere.
 */
import type { EntityClass, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { Em } from '@goldenthread/db';
import { connectionOf, windowOf, type ConnectionArgs, type ConnectionShape } from '../../relay/connection.js';

export interface PageQuery<E extends object> {
  where: FilterQuery<E>;
  /** A total order (end with the id), so pages never overlap or skip; a list for an order such as 'asc nulls last' first. */
  orderBy: QueryOrderMap<E> | QueryOrderMap<E>[];
}

export async function paginate<E extends object, N>(
  em: Em,
  entity: EntityClass<E>,
  query: PageQuery<E>,
  page: ConnectionArgs,
  toNode: (row: E) => N,
): Promise<ConnectionShape<N>> {
  const total = await em.count(entity, query.where);
  const window = windowOf(page, total);
  const rows =
    window.limit === 0 ? [] : await em.find(entity, query.where, { orderBy: query.orderBy, offset: window.offset, limit: window.limit });
  return connectionOf(rows.map(toNode), window, total);
}
