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
