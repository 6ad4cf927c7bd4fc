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
  /** Selections each analysis (depth, aliases, cost) may visit, each fragment counted once (see DEFAULT_ANALYSIS_BUDGET). */
  analysisBudget: number;
}

export const DEFAULT_LIMITS: QueryLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 4000,
  maxCost: 50_000,
  maxCostSignedIn: 500_000,
  timeoutMs: 15_000,
  analysisBudget: 5_000,
};

const tooComplex = (message: string, details: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', ...details, http: { status: 400 } } });

/**
 * Every analysis of a document (depth, aliases, cost) visits each fragment once, keeping what it
 * found per fragment (and, for the cost, per type it is spread on), so a fragment spread twice in
 * each of 30 fragments is 31 visits, not 2^30. On top of that each analysis has a budget of
 * selections it may visit: past it, the document is refused with `limit: "analysis"` before the
 * analysis finishes, so no document holds the server longer than a few milliseconds, whatever the
 * token limit is set to. Every selection takes at least one token and each is visited once, so a
 * document within the token limit never reaches the budget (createServer keeps the budget at least
 * the token limit; the default is 5,000).
 */
export const DEFAULT_ANALYSIS_BUDGET = DEFAULT_LIMITS.analysisBudget;

/** Fragments and fields nested deeper than this (a legitimate query stays far below) stop the analysis too. */
const MAX_ANALYSIS_NESTING = 1000;

/** Counts added up as fragments expand are held here, so they stay exact integers (and never NaN). */
const SATURATED = Number.MAX_SAFE_INTEGER;
const add = (a: number, b: number) => Math.min(SATURATED, a + b);
const times = (a: number, b: number) => (a === 0 || b === 0 ? 0 : Math.min(SATURATED, a * b));

function analysisError(budget: number): GraphQLError {
  return tooComplex(
    `This query is too complicated to check before running it (it has more than ${budget} selections, counting each fragment once, or ` +
      `nests fragments more than ${MAX_ANALYSIS_NESTING} deep). Send a smaller query.`,
    {
      limit: 'analysis',
      max: budget,
    },
  );
}

class AnalysisStopped extends Error {}

/** Selections one analysis may visit, and how deep it may recurse. */
class Budget {
  private left: number;
  private nesting = 0;
  constructor(readonly max: number) {
    this.left = max;
  }
  spend(): void {
    if (--this.left < 0) throw new AnalysisStopped();
  }
  enter(): void {
    if (++this.nesting > MAX_ANALYSIS_NESTING) throw new AnalysisStopped();
  }
  leave(): void {
    this.nesting--;
  }
}

function fragmentsOf(context: ValidationContext): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of context.getDocument().definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  return fragments;
}

/**
 * A per-fragment memo of a count over selection sets: `visit` computes a selection set's count,
 * calling `fragment` for spreads; each fragment is computed once. A spread of a fragment still being
 * computed (a cycle, which graphql-js's NoFragmentCycles refuses anyway) counts 0.
 */
function fragmentMemo(fragments: Map<string, FragmentDefinitionNode>, compute: (set: SelectionSetNode) => number) {
  const memo = new Map<string, number>();
  const active = new Set<string>();
  return (name: string): number => {
    const known = memo.get(name);
    if (known !== undefined) return known;
    const frag = fragments.get(name);
    if (!frag || active.has(name)) return 0;
    active.add(name);
    const value = compute(frag.selectionSet);
    active.delete(name);
    memo.set(name, value);
    return value;
  };
}

/**
 * How many selections an operation has once its fragments are expanded (a fragment spread twice
 * counts twice), computed visiting each fragment once and held at `cap`. For work that grows with
 * the expanded document, such as compiling it (execution/compiled-trees.ts).
 */
export function expandedSelections(
  operation: OperationDefinitionNode,
  fragments: Map<string, FragmentDefinitionNode>,
  cap: number,
): number {
  const countOf = (set: SelectionSetNode | undefined): number => {
    if (!set) return 0;
    let count = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FRAGMENT_SPREAD) count += fragmentCount(sel.name.value);
      else count += 1 + countOf(sel.selectionSet);
      if (count >= cap) return cap;
    }
    return count;
  };
  const fragmentCount = fragmentMemo(fragments, countOf);
  return Math.min(cap, countOf(operation.selectionSet));
}

/** Validation rule: refuses documents nested deeper than `max` fields. */
export function depthLimitRule(max: number, budget = DEFAULT_ANALYSIS_BUDGET) {
  return (context: ValidationContext): ASTVisitor => {
    const spent = new Budget(budget);
    const depthOf = (set: SelectionSetNode | undefined): number => {
      if (!set) return 0;
      spent.enter();
      let deepest = 0;
      for (const sel of set.selections) {
        spent.spend();
        if (sel.kind === Kind.FIELD) {
          if (sel.name.value.startsWith('__')) continue;
          deepest = Math.max(deepest, 1 + depthOf(sel.selectionSet));
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(sel.selectionSet));
        } else {
          deepest = Math.max(deepest, fragmentDepth(sel.name.value));
        }
        // Deeper than the limit is enough to know (a fragment's depth is then kept as "at least").
        if (deepest > max) break;
      }
      spent.leave();
      return deepest;
    };
    const fragmentDepth = fragmentMemo(fragmentsOf(context), depthOf);
    let stopped = false;
    return {
      OperationDefinition(node) {
        if (stopped) return;
        try {
          const depth = depthOf(node.selectionSet);
          if (depth > max) {
            context.reportError(
              tooComplex(`This query is nested ${depth} levels deep; the limit is ${max}. Split it into several queries.`, {
                limit: 'depth',
                max,
              }),
            );
          }
        } catch (error) {
          if (!(error instanceof AnalysisStopped)) throw error;
          stopped = true;
          context.reportError(analysisError(budget));
        }
      },
    };
  };
}

/**
 * Validation rule: refuses documents with more than `max` aliased fields (alias batching), counted
 * as they expand: a fragment with 10 aliases spread 3 times counts 30. The document's operations are
 * added up.
 */
export function aliasLimitRule(max: number, budget = DEFAULT_ANALYSIS_BUDGET) {
  return (context: ValidationContext): ASTVisitor => {
    const spent = new Budget(budget);
    const aliasesOf = (set: SelectionSetNode | undefined): number => {
      if (!set) return 0;
      spent.enter();
      let count = 0;
      for (const sel of set.selections) {
        spent.spend();
        if (sel.kind === Kind.FIELD) count = add(count, (sel.alias ? 1 : 0) + aliasesOf(sel.selectionSet));
        else if (sel.kind === Kind.INLINE_FRAGMENT) count = add(count, aliasesOf(sel.selectionSet));
        else count = add(count, fragmentAliases(sel.name.value));
      }
      spent.leave();
      return count;
    };
    const fragmentAliases = fragmentMemo(fragmentsOf(context), aliasesOf);
    return {
      Document: {
        leave(document) {
          let count = 0;
          try {
            for (const def of document.definitions)
              if (def.kind === Kind.OPERATION_DEFINITION) count = add(count, aliasesOf(def.selectionSet));
          } catch (error) {
            if (!(error instanceof AnalysisStopped)) throw error;
            context.reportError(analysisError(budget));
            return;
          }
          if (count > max) {
            const shown = count > 1_000_000 ? 'over a million' : String(count);
            context.reportError(tooComplex(`This query uses ${shown} aliases; the limit is ${max}.`, { limit: 'aliases', max }));
          }
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
