import {
  defaultFieldResolver,
  getNamedType,
  isAbstractType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type { GqlContext } from '../context.js';
import { AppError } from '../errors.js';

/**
 * Visibility as a rule of the type (README "What each viewer sees"). Every object type of the schema
 * declares once who may see an instance, and which of its fields only the council's own people may
 * see; applyVisibility applies the rule to every field that returns the type: root fields, `node` and
 * `nodes`, nested fields, lists and connections. An object the viewer may not see is `null`, or
 * absent from its list or connection; no resolver checks it again. A type without a rule stops the
 * schema from being built.
 */
export interface TypeRule<T = any> {
  /** May the viewer see this object? (Fast answers stay synchronous: they run for every object returned.) */
  see?: (ctx: GqlContext, obj: T) => boolean | Promise<boolean>;
  /**
   * Fields only those who may read the council's unpublished data see (staff and councillors of the
   * council): others get null, an empty list or an empty connection.
   */
  councilOnly?: { councilId: (obj: T) => number; fields: readonly string[] };
  /**
   * Fields whose value some viewers get in a withheld form (a person's post instead of their name):
   * where `withheld` is true for the viewer, each field listed answers `fields[name](obj, ctx)`.
   */
  redact?: {
    withheld: (ctx: GqlContext, obj: T) => boolean | Promise<boolean>;
    fields: Readonly<Record<string, (obj: T, ctx: GqlContext) => unknown>>;
  };
}

/**
 * - `public`: anyone who reaches it may see it (councils, services, indicator definitions...);
 * - `value`: an answer or a part of one, with no identity of its own (payloads, trees, findings): the
 *   root field that computes it decides who may ask, and the objects inside it have rules of their own;
 * - a TypeRule.
 */
export type Visibility<T = any> = 'public' | 'value' | TypeRule<T>;

export type VisibilityRules = Record<string, Visibility>;

type Check = (ctx: GqlContext, obj: unknown) => boolean | Promise<boolean>;

function isRelayConnection(type: GraphQLObjectType): boolean {
  const f = type.getFields();
  return type.name.endsWith('Connection') && 'edges' in f && 'nodes' in f && 'pageInfo' in f && 'totalCount' in f;
}

function isRelayEdge(type: GraphQLObjectType): boolean {
  const f = type.getFields();
  return type.name.endsWith('Edge') && 'cursor' in f && 'node' in f;
}

/** The GraphQL type name of an API object, by its class (type-graphql's metadata). */
function typeNamesByClass(): Map<Function, string> {
  const map = new Map<Function, string>();
  for (const t of getMetadataStorage().objectTypes) map.set(t.target, t.name);
  return map;
}

function ofList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/** A list whose items may be null (`nodes(ids:)`): an invisible item becomes null, keeping the order. */
function nullableItems(type: GraphQLOutputType): boolean {
  const inner = isNonNullType(type) ? type.ofType : type;
  return isListType(inner) && !isNonNullType(inner.ofType);
}

/** Keeps the items the check lets through, in order; synchronous when every check is. */
function filterItems(ctx: GqlContext, items: unknown[], check: Check, asNull = false): unknown[] | Promise<unknown[]> {
  const answers = items.map((item) => (item === null || item === undefined ? true : check(ctx, item)));
  const keep = (ok: boolean[]) => (asNull ? items.map((item, i) => (ok[i] ? item : null)) : items.filter((_, i) => ok[i]));
  if (answers.every((a) => typeof a === 'boolean')) return keep(answers as boolean[]);
  return Promise.all(answers).then(keep);
}

function then<T, R>(value: T | Promise<T>, fn: (v: T) => R | Promise<R>): R | Promise<R> {
  return value instanceof Promise ? value.then(fn) : fn(value);
}

interface ConnectionLike {
  edges: Array<{ node: unknown }>;
  nodes: unknown[];
  totalCount: number;
}

function filterConnection(ctx: GqlContext, connection: ConnectionLike | null | undefined, check: Check): unknown {
  if (!connection) return connection;
  return then(filterItems(ctx, connection.nodes, check), (nodes) => {
    if (nodes.length === connection.nodes.length) return connection;
    const kept = new Set(nodes);
    return {
      ...connection,
      nodes,
      edges: connection.edges.filter((e) => kept.has(e.node)),
      totalCount: Math.max(0, connection.totalCount - (connection.nodes.length - nodes.length)),
    };
  });
}

const emptyConnection = {
  edges: [],
  nodes: [],
  totalCount: 0,
  pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
};

/**
 * Applies the rules to the schema (in place) and returns it. Throws when an object type has no rule,
 * or a rule names a field the type does not have.
 */
export function applyVisibility(schema: GraphQLSchema, rules: VisibilityRules): GraphQLSchema {
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(Boolean));
  const objectTypes = Object.values(schema.getTypeMap()).filter((t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith('__'));
  const missing = objectTypes.filter(
    (t) => !roots.has(t) && !isRelayConnection(t) && !isRelayEdge(t) && t.name !== 'PageInfo' && !(t.name in rules),
  );
  if (missing.length) {
    throw new Error(
      `No visibility rule for ${missing.map((t) => t.name).join(', ')}: declare one in the feature module's \`visibility\` (README "What ` +
        `each viewer sees").`,
    );
  }
  const unknown = Object.keys(rules).filter((name) => !objectTypes.some((t) => t.name === name));
  if (unknown.length) throw new Error(`Visibility rules for types the schema does not have: ${unknown.join(', ')}.`);

  const classNames = typeNamesByClass();
  const checkOf = (name: string): Check | null => {
    const rule = rules[name];
    return rule && typeof rule === 'object' && rule.see ? (rule.see as Check) : null;
  };
  const restricted = new Set(Object.keys(rules).filter((n) => checkOf(n)));
  // For interfaces (Node): the concrete type of each object, by its class.
  const checkByClass: Check = (ctx, obj) => {
    const name = classNames.get((obj as object).constructor);
    if (name === undefined)
      throw new Error(`An object of class ${(obj as object).constructor?.name} was returned for an interface, but it is no API type.`);
    const check = checkOf(name);
    return check ? check(ctx, obj) : true;
  };

  for (const type of objectTypes) {
    if (isRelayConnection(type) || isRelayEdge(type)) continue; // filtered as a whole where the connection is returned
    const rule = rules[type.name];
    const councilOnly = rule && typeof rule === 'object' ? rule.councilOnly : undefined;
    const redact = rule && typeof rule === 'object' ? rule.redact : undefined;
    for (const name of [...(councilOnly?.fields ?? []), ...Object.keys(redact?.fields ?? {})])
      if (!(name in type.getFields())) throw new Error(`Visibility rule of ${type.name} names field ${name}, which it does not have.`);
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      const check = itemCheck(named, restricted, checkOf, checkByClass);
      const hidden = councilOnly?.fields.includes(field.name) ? councilOnly.councilId : null;
      const withheld = redact?.fields[field.name];
      if (withheld) wrapRedacted(field, redact!.withheld, withheld);
      if (!check && !hidden) continue;
      wrap(type, field, named, check, hidden);
    }
  }
  return schema;
}

/** A field whose value the viewer gets in its withheld form when the type's rule says so. */
function wrapRedacted(
  field: GraphQLField<unknown, GqlContext>,
  withheld: (ctx: GqlContext, obj: any) => boolean | Promise<boolean>,
  instead: (obj: any, ctx: GqlContext) => unknown,
): void {
  const resolve: GraphQLFieldResolver<unknown, GqlContext> = field.resolve ?? defaultFieldResolver;
  field.resolve = (source, args, ctx, info) =>
    then(withheld(ctx, source), (hide) => (hide ? instead(source, ctx) : resolve(source, args, ctx, info)));
}

/** How to check what a field returns: by its type's rule, through its connection, or per concrete type of an interface. */
function itemCheck(
  named: GraphQLNamedType,
  restricted: Set<string>,
  checkOf: (name: string) => Check | null,
  checkByClass: Check,
): { check: Check; connection: boolean } | null {
  if (isObjectType(named) && isRelayConnection(named)) {
    const node = getNamedType(named.getFields().nodes!.type);
    const inner = itemCheck(node, restricted, checkOf, checkByClass);
    return inner ? { check: inner.check, connection: true } : null;
  }
  if (isObjectType(named)) return restricted.has(named.name) ? { check: checkOf(named.name)!, connection: false } : null;
  if (isAbstractType(named)) return { check: checkByClass, connection: false };
  return null;
}

function wrap(
  type: GraphQLObjectType,
  field: GraphQLField<unknown, GqlContext>,
  named: GraphQLNamedType,
  check: { check: Check; connection: boolean } | null,
  hiddenBy: ((obj: any) => number) | null,
): void {
  const resolve: GraphQLFieldResolver<unknown, GqlContext> = field.resolve ?? defaultFieldResolver;
  const list = ofList(field.type);
  const asNull = list && nullableItems(field.type);
  const nonNull = isNonNullType(field.type);
  if (hiddenBy && nonNull && !list && !(isObjectType(named) && isRelayConnection(named))) {
    throw new Error(`${type.name}.${field.name} is council-only but non-null: make it nullable.`);
  }
  const empty = list ? [] : isObjectType(named) && isRelayConnection(named) ? emptyConnection : null;
  const invisible = () => {
    if (nonNull) throw new AppError('NOT_FOUND', `This ${named.name} is not visible to you.`, { type: named.name });
    return null;
  };
  field.resolve = (source, args, ctx, info) => {
    if (hiddenBy && !ctx.access.canReadUnpublished(hiddenBy(source))) return empty;
    const value = resolve(source, args, ctx, info);
    if (!check) return value;
    return then(value as unknown, (v) => {
      if (v === null || v === undefined || v instanceof Error) return v;
      if (check.connection) return filterConnection(ctx, v as ConnectionLike, check.check);
      if (list) return Array.isArray(v) ? filterItems(ctx, v, check.check, asNull) : v;
      return then(check.check(ctx, v), (ok) => (ok ? v : invisible()));
    });
  };
}
