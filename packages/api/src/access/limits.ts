import {
  GraphQLError,
  getNamedType,
  isAbstractType,
  isCompositeType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  Kind,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../relay/connection.js';

/**
 * Limits every operation meets before it runs (README "Limits"). Depth, aliases and tokens are checked
 * while parsing and validating; cost once the operation and its variables are known. An operation
 * over a limit is refused without touching the database.
 */
export interface QueryLimits {
  /** Deepest field nesting (introspection fields exempt). */
  maxDepth: number;
  /** Aliased fields in one document. */
  maxAliases: number;
  /** Lexical tokens in one document. */
  maxTokens: number;
  /** Estimated cost for anonymous callers and partners (see estimateCost). */
  maxCost: number;
  /** Estimated cost for signed-in staff and councillors. */
  maxCostSignedIn: number;
  /** Wall-clock time an operation may run, in milliseconds. */
  timeoutMs: number;
}

export const DEFAULT_LIMITS: QueryLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 4000,
  maxCost: 50_000,
  maxCostSignedIn: 500_000,
  timeoutMs: 15_000,
};

const tooComplex = (message: string, details: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', ...details, http: { status: 400 } } });

/** Validation rule: refuses documents nested deeper than `max` fields. */
export function depthLimitRule(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!set) return 0;
      let deepest = 0;
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) {
          if (sel.name.value.startsWith('__')) continue;
          deepest = Math.max(deepest, 1 + depthOf(sel.selectionSet, seen));
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(sel.selectionSet, seen));
        } else {
          const name = sel.name.value;
          if (seen.has(name)) continue;
          const frag = fragments.get(name);
          deepest = Math.max(deepest, depthOf(frag?.selectionSet, new Set([...seen, name])));
        }
        if (deepest > max) return deepest;
      }
      return deepest;
    };
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, new Set());
        if (depth > max) {
          context.reportError(tooComplex(`This query is nested ${depth} levels deep; the limit is ${max}. Split it into several queries.`, { limit: 'depth', max }));
        }
      },
    };
  };
}

/** Validation rule: refuses documents with more than `max` aliased fields (alias batching). */
export function aliasLimitRule(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    let count = 0;
    return {
      Field(node) {
        if (node.alias) count += 1;
      },
      Document: {
        leave() {
          if (count > max) context.reportError(tooComplex(`This query uses ${count} aliases; the limit is ${max}.`, { limit: 'aliases', max }));
        },
      },
    };
  };
}

function intArg(field: FieldNode, name: string, variables: Record<string, unknown>): number | undefined {
  const arg = field.arguments?.find((a) => a.name.value === name);
  if (!arg) return undefined;
  const value: ValueNode = arg.value;
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const v = variables[value.name.value];
    return typeof v === 'number' ? v : undefined;
  }
  return undefined;
}

function listArgLength(field: FieldNode, variables: Record<string, unknown>): number | undefined {
  for (const arg of field.arguments ?? []) {
    if (arg.value.kind === Kind.LIST) return arg.value.values.length;
    if (arg.value.kind === Kind.VARIABLE && Array.isArray(variables[arg.value.name.value])) return (variables[arg.value.name.value] as unknown[]).length;
  }
  return undefined;
}

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/** Items assumed for a list field that takes no page size (e.g. a council's councillor roles). */
export const UNPAGED_LIST_ESTIMATE = 10;

/**
 * The estimated cost of an operation: every field costs 1, and a field that returns many objects
 * multiplies the cost of what is selected inside it by how many it may return: a connection by its
 * page size (`first`/`last`, 50 when neither is given), a list of ids by its length, another list by
 * 10. So `council { people(first: 500) { nodes { lineManager { name } } } }` costs about
 * 1 + 500 x 3. Introspection fields are free. Fields that declare a flatCost extension (trees
 * built whole from a fixed number of flat queries) cost that, whatever is selected inside them.
 */
export function estimateCost(schema: GraphQLSchema, operation: OperationDefinitionNode, fragments: Map<string, FragmentDefinitionNode>, variables: Record<string, unknown>): number {
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  if (!root) return 0;
  const fieldOf = (parent: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined => {
    if (isObjectType(parent) || isInterfaceType(parent)) return parent.getFields()[name];
    return undefined;
  };
  const costOf = (parent: GraphQLCompositeType, set: SelectionSetNode | undefined, seen: Set<string>): number => {
    if (!set) return 0;
    let total = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        const name = sel.name.value;
        if (name.startsWith('__')) continue;
        const def = fieldOf(parent, name);
        if (!def) {
          total += 1;
          continue;
        }
        // A field built whole in memory from a fixed number of flat queries (a council's cascade or
        // organisation tree) declares its cost with @Extensions({ flatCost }): what is selected
        // inside it costs nothing more, since it is already loaded.
        const flat = (def.extensions as { flatCost?: unknown } | undefined)?.flatCost;
        if (typeof flat === 'number') {
          total += flat;
          continue;
        }
        const named = getNamedType(def.type);
        let inner = isCompositeType(named) ? costOf(named, sel.selectionSet, seen) : 0;
        let multiplier = 1;
        const parentName = parent.name;
        if (named.name.endsWith('Connection')) {
          const size = intArg(sel, 'first', variables) ?? intArg(sel, 'last', variables) ?? DEFAULT_PAGE_SIZE;
          multiplier = Math.max(0, Math.min(size, MAX_PAGE_SIZE));
        } else if (isList(def.type) && !(parentName.endsWith('Connection') && (name === 'nodes' || name === 'edges'))) {
          multiplier = listArgLength(sel, variables) ?? intArg(sel, 'first', variables) ?? UNPAGED_LIST_ESTIMATE;
        }
        if (isAbstractType(named) && inner === 0) inner = 1;
        total += 1 + multiplier * inner;
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const cond = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent;
        total += costOf(cond && isCompositeType(cond) ? cond : parent, sel.selectionSet, seen);
      } else {
        const name = sel.name.value;
        const frag = fragments.get(name);
        if (!frag || seen.has(name)) continue;
        const cond = schema.getType(frag.typeCondition.name.value);
        total += costOf(cond && isCompositeType(cond) ? cond : parent, frag.selectionSet, new Set([...seen, name]));
      }
    }
    return total;
  };
  return costOf(root, operation.selectionSet, new Set());
}

export function costError(cost: number, max: number, signedIn: boolean): GraphQLError {
  return tooComplex(
    `This query could return too much at once (estimated cost ${cost}, the limit ${signedIn ? 'for signed-in users' : 'for anonymous callers and API keys'} is ${max}). Ask for smaller pages (first: N) or fewer nested lists; README "Limits" explains the estimate.`,
    { limit: 'cost', cost, max },
  );
}
