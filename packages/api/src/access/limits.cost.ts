/** The cost estimate of an operation (README "Limits"; limits.ts). */
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
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../relay/connection.js';
import { AnalysisStopped, analysisError, Budget, DEFAULT_ANALYSIS_BUDGET, add, times, tooComplex } from './limits.analysis.js';

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
    if (arg.value.kind === Kind.VARIABLE && Array.isArray(variables[arg.value.name.value]))
      return (variables[arg.value.name.value] as unknown[]).length;
  }
  return undefined;
}

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/** Items assumed for a list field that takes no page size (e.g. a council's councillor roles). */
export const UNPAGED_LIST_ESTIMATE = 10;

/** What the cost estimate needs of a field definition, worked out once per field of the schema. */
interface FieldFacts {
  named: GraphQLCompositeType | null;
  flatCost: number | null;
  connection: boolean;
  list: boolean;
  abstract: boolean;
}
const fieldFacts = new WeakMap<GraphQLField<unknown, unknown>, FieldFacts>();
function factsOf(def: GraphQLField<unknown, unknown>): FieldFacts {
  let facts = fieldFacts.get(def);
  if (!facts) {
    const named = getNamedType(def.type);
    const flat = (def.extensions as { flatCost?: unknown } | undefined)?.flatCost;
    facts = {
      named: isCompositeType(named) ? named : null,
      flatCost: typeof flat === 'number' ? flat : null,
      connection: named.name.endsWith('Connection'),
      list: isList(def.type),
      abstract: isAbstractType(named),
    };
    fieldFacts.set(def, facts);
  }
  return facts;
}

/**
 * The estimated cost of an operation: every field costs 1, and a field that returns many objects
 * multiplies the cost of what is selected inside it by how many it may return: a connection by its
 * page size (`first`/`last`, 50 when neither is given), a list of ids by its length, another list by
 * 10. So `council { people(first: 500) { nodes { lineManager { name } } } }` costs about
 * 1 + 500 x 3. Introspection fields are free. Fields that declare a flatCost extension (trees
 * built whole from a fixed number of flat queries) cost that, whatever is selected inside them.
 * A fragment costs what it selects at every spread, but is computed once; past `budget` selections
 * visited the operation is refused (QUERY_TOO_COMPLEX, `limit: "analysis"`).
 */
export function estimateCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Map<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  budget = DEFAULT_ANALYSIS_BUDGET,
): number {
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!root) return 0;
  const spent = new Budget(budget);
  const fieldOf = (parent: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined => {
    if (isObjectType(parent) || isInterfaceType(parent)) return parent.getFields()[name];
    return undefined;
  };
  // A fragment's cost depends only on the type it is read as (its type condition, or the parent's
  // type when that is unknown): each is computed once per type, however often it is spread.
  const memo = new Map<string, number>();
  const active = new Set<string>();
  const fragmentCost = (parent: GraphQLCompositeType, name: string): number => {
    const frag = fragments.get(name);
    if (!frag) return 0;
    const cond = schema.getType(frag.typeCondition.name.value);
    const type = cond && isCompositeType(cond) ? cond : parent;
    const key = `${name}\u0000${type.name}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    // A cycle (refused by graphql-js's NoFragmentCycles before this runs) counts nothing more.
    if (active.has(key)) return 0;
    active.add(key);
    const cost = costOf(type, frag.selectionSet);
    active.delete(key);
    memo.set(key, cost);
    return cost;
  };
  const costOf = (parent: GraphQLCompositeType, set: SelectionSetNode | undefined): number => {
    if (!set) return 0;
    spent.enter();
    let total = 0;
    for (const sel of set.selections) {
      spent.spend();
      if (sel.kind === Kind.FIELD) {
        const name = sel.name.value;
        if (name.startsWith('__')) continue;
        const def = fieldOf(parent, name);
        if (!def) {
          total = add(total, 1);
          continue;
        }
        const facts = factsOf(def);
        // A field built whole in memory from a fixed number of flat queries (a council's cascade or
        // organisation tree) declares its cost with @Extensions({ flatCost }): what is selected
        // inside it costs nothing more, since it is already loaded.
        if (facts.flatCost !== null) {
          total = add(total, facts.flatCost);
          continue;
        }
        let inner = facts.named ? costOf(facts.named, sel.selectionSet) : 0;
        let multiplier = 1;
        const parentName = parent.name;
        if (facts.connection) {
          const size = intArg(sel, 'first', variables) ?? intArg(sel, 'last', variables) ?? DEFAULT_PAGE_SIZE;
          multiplier = Math.max(0, Math.min(size, MAX_PAGE_SIZE));
        } else if (facts.list && !(parentName.endsWith('Connection') && (name === 'nodes' || name === 'edges'))) {
          multiplier = listArgLength(sel, variables) ?? intArg(sel, 'first', variables) ?? UNPAGED_LIST_ESTIMATE;
        }
        if (facts.abstract && inner === 0) inner = 1;
        total = add(total, add(1, times(multiplier, inner)));
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const cond = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent;
        total = add(total, costOf(cond && isCompositeType(cond) ? cond : parent, sel.selectionSet));
      } else {
        total = add(total, fragmentCost(parent, sel.name.value));
      }
    }
    spent.leave();
    return total;
  };
  try {
    return costOf(root, operation.selectionSet);
  } catch (error) {
    if (error instanceof AnalysisStopped) throw analysisError(budget);
    throw error;
  }
}

export function costError(cost: number, max: number, signedIn: boolean): GraphQLError {
  return tooComplex(
    `This query could return too much at once (estimated cost ${cost}, the limit ` +
      `${signedIn ? 'for signed-in users' : 'for anonymous callers and API keys'} is ${max}). Ask for smaller pages (first: N) or ` +
      `fewer nested lists; README "Limits" explains the estimate.`,
    { limit: 'cost', cost, max },
  );
}
