/**
 * Plain-English naming shared by the checks, validators and paths: people, scopes, delegations,
 * money and lists, so every message names the nodes the same way.
 */
import type { NodeRef } from '../findings.js';
import type { AccountabilityIndex } from './scope.js';
import type { AccountabilityNodeType, DelegationRow, DelegationScope } from './types.js';

export function nodeRef(type: AccountabilityNodeType, id: number, name: string): NodeRef {
  return { type, id, name };
}

/** '£20,000', '£1,250.50' (en-GB grouping, no dependency on the runtime's locale data). */
export function formatMoney(amount: number): string {
  const negative = amount < 0;
  const abs = Math.abs(amount);
  const whole = Math.floor(abs);
  const pence = Math.round((abs - whole) * 100);
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}£${grouped}${pence > 0 ? `.${String(pence).padStart(2, '0')}` : ''}`;
}

/** 'A', 'A and B', 'A, B and C', 'A, B, C, D, E and 7 more'. */
export function listNames(names: readonly string[], max = 5): string {
  if (names.length === 0) return '';
  if (names.length === 1) return names[0]!;
  if (names.length <= max) return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`;
  return `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

export function personName(index: AccountabilityIndex, id: number | null): string {
  if (id === null) return 'nobody';
  return index.peopleById.get(id)?.name ?? `person #${id}`;
}

export function personRef(index: AccountabilityIndex, id: number): NodeRef {
  return nodeRef('Person', id, personName(index, id));
}

export type PersonStatus = 'active' | 'inactive' | 'unknown' | 'other-council';

/** Whether a person can answer for anything here: on record, in this council and active. */
export function personStatus(index: AccountabilityIndex, id: number): PersonStatus {
  const p = index.peopleById.get(id);
  if (!p) return 'unknown';
  if (p.councilId !== index.councilId) return 'other-council';
  return p.active ? 'active' : 'inactive';
}

/** ', who has left (inactive)' and similar, for a person who is not an active member of this council. */
export function statusClause(status: PersonStatus): string {
  switch (status) {
    case 'inactive':
      return 'who is no longer active (has left or is absent)';
    case 'unknown':
      return 'who is not on record';
    case 'other-council':
      return 'who works for another council';
    default:
      return 'who is active';
  }
}

export function serviceName(index: AccountabilityIndex, id: number): string {
  return index.servicesById.get(id)?.name ?? `service #${id}`;
}

export function powerName(index: AccountabilityIndex, id: number): string {
  return index.powersById.get(id)?.name ?? `power #${id}`;
}

/** 'the whole council', 'the Adult Social Care directorate', 'the Home Care service (and its teams)'. */
export function scopeLabel(scope: DelegationScope, index: AccountabilityIndex): string {
  switch (scope.kind) {
    case 'COUNCIL':
      return scope.id === null || scope.id === index.councilId
        ? `the whole of ${index.snapshot.council.name}`
        : `another council (#${scope.id})`;
    case 'DIRECTORATE': {
      const d = scope.id === null ? undefined : index.directoratesById.get(scope.id);
      return d ? `the ${d.name} directorate` : `a directorate not on record (#${scope.id ?? '?'})`;
    }
    case 'SERVICE': {
      const s = scope.id === null ? undefined : index.servicesById.get(scope.id);
      return s ? `the ${s.name} service` : `a service not on record (#${scope.id ?? '?'})`;
    }
    default:
      return 'an unknown scope';
  }
}

/** A delegation's readable name: '"Approve care packages" delegated to Ann Lee'. */
export function delegationName(d: DelegationRow, index: AccountabilityIndex): string {
  return delegationNameFor(d, index, personName(index, d.toPersonId));
}

/** The same name with the holder given as `holder` (their post, where their name is not public). */
export function delegationNameFor(d: DelegationRow, index: AccountabilityIndex, holder: string): string {
  return `"${powerName(index, d.powerId)}" delegated to ${holder}`;
}

export function delegationRef(d: DelegationRow, index: AccountabilityIndex): NodeRef {
  return nodeRef('Delegation', d.id, delegationName(d, index));
}
