/** The domain's findings, node references and delegation paths as the API's plain objects. */
import { delegationNameFor, type DelegationPath, type Finding, type NodeRef } from '@goldenthread/domain';
import { toGlobalId } from '../../relay/global-id.js';
import {
  FindingSeverity,
  GLOBAL_TYPE,
  type AccountabilityFinding,
  type AccountabilityNodeRef,
  type DelegationPathType,
} from './delegation.type.js';
import type { CouncilScheme, PersonRow } from './delegation-snapshot.js';

/** A holder's post as councils publish it: what viewers who may not see their name are told. */
export function postOf(person: Pick<PersonRow, 'jobTitle'> | undefined): string {
  return person?.jobTitle?.trim() || 'A post holder';
}

function personOf(
  scheme: CouncilScheme,
  id: number,
): { person: PersonRow | undefined; named: { id: number; councilId: number; kind: never } } {
  const person = scheme.index.peopleById.get(id) as PersonRow | undefined;
  return { person, named: { id, councilId: scheme.council.id, kind: person?.kind as never } };
}

export function refOf(n: NodeRef): AccountabilityNodeRef {
  const type = GLOBAL_TYPE[n.type] ?? n.type;
  return { id: toGlobalId(type, n.id), type, name: n.name };
}

/**
 * A node reference for answers anyone may ask for: one naming a person (a Person, or a Delegation
 * named after its holder) also carries the person and the name with their post instead, for the
 * AccountabilityNodeRef rule (delegation module) to give viewers who may not see the person.
 */
export function namedRefOf(n: NodeRef, scheme: CouncilScheme): AccountabilityNodeRef {
  const ref = refOf(n);
  const delegation = n.type === 'Delegation' ? scheme.index.delegationsById.get(n.id) : undefined;
  const personId = n.type === 'Person' ? n.id : delegation ? delegation.toPersonId : null;
  if (personId === null) return ref;
  const { person, named } = personOf(scheme, personId);
  ref.person = named;
  ref.publicName = delegation ? delegationNameFor(delegation, scheme.index, postOf(person)) : postOf(person);
  return ref;
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

export function pathOf(p: DelegationPath, scheme: CouncilScheme): DelegationPathType {
  return {
    councilId: scheme.council.id,
    steps: p.steps.map((s) => ({
      id: toGlobalId(s.type === 'Body' ? 'DecisionBody' : 'Person', s.id),
      type: s.type === 'Body' ? 'DecisionBody' : 'Person',
      name: s.name,
      delegationId: s.type === 'Person' && s.delegationId !== null ? toGlobalId('Delegation', s.delegationId) : null,
      ...(s.type === 'Person' ? { person: personOf(scheme, s.id).named, post: postOf(personOf(scheme, s.id).person) } : {}),
    })),
    text: p.text,
    complete: p.complete,
    problems: p.problems,
  };
}
