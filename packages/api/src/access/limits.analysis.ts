/** The pieces the operation limits share: budgets, fragments and the coded refusal (limits.ts). */
import {
  GraphQLError,
  Kind,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { DEFAULT_LIMITS } from './limits.defaults.js';

export const tooComplex = (message: string, details: Record<string, unknown> = {}) =>
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
export const MAX_ANALYSIS_NESTING = 1000;

/** Counts added up as fragments expand are held here, so they stay exact integers (and never NaN). */
export const SATURATED = Number.MAX_SAFE_INTEGER;
export const add = (a: number, b: number) => Math.min(SATURATED, a + b);
export const times = (a: number, b: number) => (a === 0 || b === 0 ? 0 : Math.min(SATURATED, a * b));

export function analysisError(budget: number): GraphQLError {
  return tooComplex(
    `This query is too complicated to check before running it (it has more than ${budget} selections, counting each fragment once, or ` +
      `nests fragments more than ${MAX_ANALYSIS_NESTING} deep). Send a smaller query.`,
    {
      limit: 'analysis',
      max: budget,
    },
  );
}

export class AnalysisStopped extends Error {}

/** Selections one analysis may visit, and how deep it may recurse. */
export class Budget {
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

export function fragmentsOf(context: ValidationContext): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of context.getDocument().definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  return fragments;
}

/**
 * A per-fragment memo of a count over selection sets: `visit` computes a selection set's count,
 * calling `fragment` for spreads; each fragment is computed once. A spread of a fragment still being
 * computed (a cycle, which graphql-js's NoFragmentCycles refuses anyway) counts 0.
 */
export function fragmentMemo(fragments: Map<string, FragmentDefinitionNode>, compute: (set: SelectionSetNode) => number) {
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
