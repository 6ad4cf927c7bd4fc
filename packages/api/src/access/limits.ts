import { Kind, type ASTVisitor, type SelectionSetNode, type ValidationContext } from 'graphql';
import {
  AnalysisStopped,
  analysisError,
  Budget,
  DEFAULT_ANALYSIS_BUDGET,
  fragmentMemo,
  fragmentsOf,
  add,
  tooComplex,
} from './limits.analysis.js';

export { DEFAULT_LIMITS, type QueryLimits } from './limits.defaults.js';

export { DEFAULT_ANALYSIS_BUDGET, expandedSelections } from './limits.analysis.js';
export { costError, estimateCost, UNPAGED_LIST_ESTIMATE } from './limits.cost.js';

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
