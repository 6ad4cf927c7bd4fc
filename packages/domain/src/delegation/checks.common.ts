/** What the accountability checks share: the codes and their severities, and the helpers they build findings with. */
import { type Finding, type NodeRef, type Severity } from '../findings.js';
import { nodeRef, personStatus } from './labels.js';
import { lineManagementChain, type AccountabilityIndex } from './scope.js';
import type { AccountabilityService } from './types.js';

export const ACCOUNTABILITY_SEVERITY = {
  CYCLE: 'critical',
  SUBDELEGATION_OUT_OF_SCOPE: 'critical',
  UNOWNED_SERVICE: 'high',
  DECISION_WITHOUT_ACCOUNTABILITY: 'high',
  MI_OWNER_MISSING: 'high',
  MI_OWNER_AMBIGUOUS: 'high',
  ACCOUNTABILITY_WITHOUT_AUTHORITY: 'medium',
  BLURRED_ACCOUNTABILITY: 'medium',
  DATA_OWNER_MISSING: 'medium',
  DUAL_ACCOUNTABILITY: 'info',
} as const satisfies Record<string, Severity>;

export type AccountabilityCode = keyof typeof ACCOUNTABILITY_SEVERITY;

/** At most this many services are listed in `nodes` of an aggregated finding (the message gives the count). */
export const MAX_SERVICE_NODES = 10;

export function finding(code: AccountabilityCode, nodes: NodeRef[], message: string, fix: string, suggested?: NodeRef): Finding {
  return { code, severity: ACCOUNTABILITY_SEVERITY[code], nodes, message, fix, ...(suggested ? { suggested } : {}) };
}

export function serviceRef(s: AccountabilityService): NodeRef {
  return nodeRef('Service', s.id, s.name);
}

/** Memoised line-management chains (ancestor sets) so repeated questions stay O(1). */
class LineManagement {
  private readonly chains = new Map<number, number[]>();
  private readonly sets = new Map<number, Set<number>>();
  constructor(private readonly index: AccountabilityIndex) {}

  chain(personId: number): number[] {
    let chain = this.chains.get(personId);
    if (!chain) {
      chain = lineManagementChain(personId, this.index);
      this.chains.set(personId, chain);
    }
    return chain;
  }

  above(personId: number): Set<number> {
    let set = this.sets.get(personId);
    if (!set) {
      set = new Set(this.chain(personId));
      this.sets.set(personId, set);
    }
    return set;
  }
}

/** One memo per index (an index is immutable), shared by the checks that walk line management. */
const linesByIndex = new WeakMap<AccountabilityIndex, LineManagement>();
export function linesFor(index: AccountabilityIndex): LineManagement {
  let lines = linesByIndex.get(index);
  if (!lines) {
    lines = new LineManagement(index);
    linesByIndex.set(index, lines);
  }
  return lines;
}

export const isActive = (index: AccountabilityIndex, id: number | null): id is number =>
  id !== null && personStatus(index, id) === 'active';
