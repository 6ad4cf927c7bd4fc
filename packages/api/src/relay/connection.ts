import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badInput } from '../errors.js';

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when there are more items after this page (ask again with `after: endCursor`).' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'True when there are items before this page (ask again with `before: startCursor`).' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge of the page; null when the page is empty.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of the page; null when the page is empty.' })
  endCursor!: string | null;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Page size from the start (at most ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when neither first nor last is given).`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the edge after which the page starts.' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Page size from the end (at most ${MAX_PAGE_SIZE}).` })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the edge before which the page ends.' })
  before?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds the `XConnection` and `XEdge` types for a node type. */
export function Connection<T extends object>(nodeType: ClassType<T>, name = nodeType.name) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with the cursor to page from it.` })
  class EdgeType {
    @Field(() => String, { description: 'Opaque cursor of this edge, for `after` or `before`.' })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${name} of this edge.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} objects (Relay connection).` })
  class ConnectionType implements ConnectionShape<T> {
    @Field(() => [EdgeType], { description: 'The items of this page, each with its cursor.' })
    edges!: Edge<T>[];

    @Field(() => [nodeType], { description: 'The nodes of the edges, for clients that do not need cursors.' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Whether there are more pages, and the cursors to ask for them.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items match, across all pages.' })
    totalCount!: number;
  }
  return ConnectionType;
}

/** A window of a list, as offset and limit, worked out from Relay arguments. */
export interface Window {
  offset: number;
  limit: number;
}

const CURSOR_PREFIX = 'cursor:';

export function offsetToCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`, 'utf8').toString('base64url');
}

export function cursorToOffset(field: string, cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = new RegExp(`^${CURSOR_PREFIX}(\\d{1,9})$`).exec(text);
  if (!match) throw badInput(field, `"${cursor}" is not a cursor from this list.`);
  return Number(match[1]);
}

function checkSize(field: string, value: number | null | undefined): void {
  if (value === null || value === undefined) return;
  if (!Number.isInteger(value) || value < 0) throw badInput(field, 'must be zero or a positive whole number.');
  if (value > MAX_PAGE_SIZE) throw badInput(field, `at most ${MAX_PAGE_SIZE} items can be asked for at once; use the cursors to page.`);
}

/**
 * Turns first/after/last/before into an offset window over `total` items (Relay's algorithm over an
 * ordered list). `total` may be unknown (null) when paging forward only.
 */
export function windowOf(args: ConnectionArgs, total: number): Window {
  checkSize('first', args.first);
  checkSize('last', args.last);
  let start = 0;
  let end = total;
  if (args.after) start = Math.max(start, cursorToOffset('after', args.after) + 1);
  if (args.before) end = Math.min(end, cursorToOffset('before', args.before));
  if (args.first !== null && args.first !== undefined) end = Math.min(end, start + args.first);
  if (args.last !== null && args.last !== undefined) start = Math.max(start, end - args.last);
  if (args.first == null && args.last == null) end = Math.min(end, start + DEFAULT_PAGE_SIZE);
  start = Math.min(start, total);
  return { offset: start, limit: Math.max(0, end - start) };
}

export function connectionOf<T>(items: T[], window: Window, total: number): ConnectionShape<T> {
  const edges = items.map((node, i) => ({ cursor: offsetToCursor(window.offset + i), node }));
  return {
    edges,
    nodes: items,
    totalCount: total,
    pageInfo: {
      hasPreviousPage: window.offset > 0,
      hasNextPage: window.offset + items.length < total,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** A connection over a list already in memory (children loaded in one batch for many parents). */
export function connectionFromArray<T>(all: T[], args: ConnectionArgs): ConnectionShape<T> {
  const window = windowOf(args, all.length);
  return connectionOf(all.slice(window.offset, window.offset + window.limit), window, all.length);
}
