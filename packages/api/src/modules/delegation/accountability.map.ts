/** The domain's findings, node references and delegation paths as the API's plain objects. */
import { type DelegationPath, type Finding, type NodeRef } from '@goldenthread/domain';
import { toGlobalId } from '../../relay/global-id.js';
import {
  FindingSeverity,
  GLOBAL_TYPE,
  type AccountabilityFinding,
  type AccountabilityNodeRef,
  type DelegationPathType,
} from './delegation.type.js';

export function refOf(n: NodeRef): AccountabilityNodeRef {
  const type = GLOBAL_TYPE[n.type] ?? n.type;
  return { id: toGlobalId(type, n.id), type, name: n.name };
}

const SEVERITY: Record<string, FindingSeverity> = {
  critical: FindingSeverity.CRITICAL,
  high: FindingSeverity.HIGH,
  medium: FindingSeverity.MEDIUM,
  low: FindingSeverity.LOW,
  info: FindingSeverity.INFO,
};

export function findingOf(f: Finding): AccountabilityFinding {
  return {
    code: f.code,
    severity: SEVERITY[f.severity] ?? FindingSeverity.INFO,
    message: f.message,
    fix: f.fix,
    nodes: f.nodes.map(refOf),
    suggestedPerson: f.suggested ? refOf(f.suggested) : null,
  };
}

export function pathOf(p: DelegationPath): DelegationPathType {
  return {
    steps: p.steps.map((s) => ({
      id: toGlobalId(s.type === 'Body' ? 'DecisionBody' : 'Person', s.id),
      type: s.type === 'Body' ? 'DecisionBody' : 'Person',
      name: s.name,
      delegationId: s.type === 'Person' && s.delegationId !== null ? toGlobalId('Delegation', s.delegationId) : null,
    })),
    text: p.text,
    complete: p.complete,
    problems: p.problems,
  };
}
