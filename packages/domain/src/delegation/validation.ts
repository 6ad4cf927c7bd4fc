/**
 * Write-time validators for the scheme of delegation and line management. Each returns null when the
 * change is allowed, or the first problem found as { field, message } with a message naming the
 * people and powers involved. The API refuses the write with that message.
 */
import { wouldCreateCycle } from '../hierarchy.js';
import { formatMoney, personName, personStatus, scopeLabel, statusClause } from './labels.js';
import {
  asAccountabilityIndex,
  effectiveFinancialLimit,
  isDelegationInForce,
  scopeContains,
  scopeExists,
  type AccountabilityIndex,
} from './scope.js';
import type { AccountabilitySnapshot, DelegationRow, IsoDate, DelegationScope, DelegationValidationError } from './types.js';

/** The parent delegation as the API loads it: the row plus the names the messages need. */
export type SubDelegationParent = DelegationRow & { powerName: string; toPersonName: string };

/** A sub-delegation being proposed (no id yet; parentId is the parent passed alongside). */
export interface ProposedSubDelegation {
  /** Defaults to the parent's power; if given it must be the same power. */
  powerId?: number;
  fromBodyId?: number | null;
  fromPersonId: number | null;
  toPersonId: number;
  scope: DelegationScope;
  financialLimit: number | null;
  conditions?: string | null;
  maySubDelegate?: boolean;
  effectiveFrom: IsoDate;
  effectiveTo: IsoDate | null;
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

function notInForceReason(d: DelegationRow, today: IsoDate): string {
  if (d.revokedOn !== null) return `was revoked on ${d.revokedOn}`;
  if (d.effectiveFrom > today) return `does not start until ${d.effectiveFrom}`;
  return `ended on ${d.effectiveTo ?? '?'}`;
}

/**
 * May `child` be made as a sub-delegation of `parent`? Refused (first reason wins) when: the parent
 * is not in force today; the parent may not be sub-delegated; the delegator is not the parent's
 * holder (or a body is given as delegator); the power differs; the delegatee is not an active person
 * of this council; the scope is not on record or not within the parent's; the limit is negative or
 * above the parent's effective limit (a null child limit inherits and is fine); the dates are not
 * ISO dates, end before they start, start before the parent starts, or run past the parent's end.
 */
export function validateSubDelegation(
  parent: SubDelegationParent,
  child: ProposedSubDelegation,
  ctx: AccountabilitySnapshot | AccountabilityIndex,
): DelegationValidationError | null {
  const index = asAccountabilityIndex(ctx);
  const holder = parent.toPersonName;
  const power = parent.powerName;
  const toName = personName(index, child.toPersonId);

  if (!isDelegationInForce(parent, index.today)) {
    return {
      field: 'parentId',
      message: `${holder}'s delegation of "${power}" ${notInForceReason(parent, index.today)}, so it cannot be sub-delegated.`,
    };
  }
  if (!parent.maySubDelegate) {
    return {
      field: 'parentId',
      message: `${holder}'s delegation of "${power}" may not be sub-delegated, so ${holder} cannot pass it to ${toName}.`,
    };
  }
  if ((child.fromBodyId ?? null) !== null) {
    return { field: 'fromBodyId', message: `A sub-delegation of "${power}" is made by ${holder}, who holds it, not by a council body.` };
  }
  if (child.fromPersonId !== parent.toPersonId) {
    return {
      field: 'fromPersonId',
      message:
        child.fromPersonId === null
          ? `A sub-delegation of "${power}" must be made by ${holder}, who holds it.`
          : `Only ${holder}, who holds "${power}", can sub-delegate it; ${personName(index, child.fromPersonId)} does not hold this ` +
            `delegation.`,
    };
  }
  if (child.powerId !== undefined && child.powerId !== parent.powerId) {
    const other = index.powersById.get(child.powerId)?.name ?? `power #${child.powerId}`;
    return { field: 'powerId', message: `${holder} holds "${power}", not "${other}", so can only sub-delegate "${power}".` };
  }
  const status = personStatus(index, child.toPersonId);
  if (status !== 'active') {
    return { field: 'toPersonId', message: `"${power}" cannot be delegated to ${toName}, ${statusClause(status)}.` };
  }
  if (!scopeExists(child.scope, index)) {
    return { field: 'scope', message: `${holder} cannot sub-delegate "${power}" over ${scopeLabel(child.scope, index)}.` };
  }
  if (!scopeContains(parent.scope, child.scope, index)) {
    return {
      field: 'scope',
      message:
        `${holder} holds "${power}" only over ${scopeLabel(parent.scope, index)}, so cannot sub-delegate it to ${toName} over ` +
        `${scopeLabel(child.scope, index)}.`,
    };
  }
  if (child.financialLimit !== null) {
    if (!Number.isFinite(child.financialLimit) || child.financialLimit < 0) {
      return { field: 'financialLimit', message: `The limit for ${toName}'s delegation of "${power}" must be zero or more.` };
    }
    const parentLimit = effectiveFinancialLimit(parent, index);
    if (parentLimit !== null && child.financialLimit > parentLimit) {
      return {
        field: 'financialLimit',
        message:
          `${holder} may approve "${power}" only up to ${formatMoney(parentLimit)}, so cannot give ${toName} a limit of ` +
          `${formatMoney(child.financialLimit)}.`,
      };
    }
  }
  if (!isIsoDate(child.effectiveFrom)) {
    return { field: 'effectiveFrom', message: `The start date "${child.effectiveFrom}" is not a date (use YYYY-MM-DD).` };
  }
  if (child.effectiveTo !== null && !isIsoDate(child.effectiveTo)) {
    return { field: 'effectiveTo', message: `The end date "${child.effectiveTo}" is not a date (use YYYY-MM-DD).` };
  }
  if (child.effectiveTo !== null && child.effectiveTo < child.effectiveFrom) {
    return {
      field: 'effectiveTo',
      message: `${toName}'s delegation of "${power}" would end (${child.effectiveTo}) before it starts (${child.effectiveFrom}).`,
    };
  }
  if (child.effectiveFrom < parent.effectiveFrom) {
    return {
      field: 'effectiveFrom',
      message:
        `${toName}'s delegation of "${power}" cannot start on ${child.effectiveFrom}, before ${holder}'s own delegation starts ` +
        `(${parent.effectiveFrom}).`,
    };
  }
  if (parent.effectiveTo !== null && (child.effectiveTo === null || child.effectiveTo > parent.effectiveTo)) {
    return {
      field: 'effectiveTo',
      message:
        child.effectiveTo === null
          ? `${toName}'s delegation of "${power}" must end by ${parent.effectiveTo}, when ${holder}'s own delegation ends.`
          : `${toName}'s delegation of "${power}" cannot run to ${child.effectiveTo}: ${holder}'s own delegation ends on ` +
            `${parent.effectiveTo}.`,
    };
  }
  return null;
}

type Lookup<V> = ReadonlyMap<number, V> | ((id: number) => V | undefined);

function lookup<V>(source: Lookup<V>, id: number): V | undefined {
  return typeof source === 'function' ? source(id) : source.get(id);
}

/**
 * May `newManagerId` become the line manager of `personId`? Refused when it is the person themself or
 * someone who already reports to them (directly or indirectly): that would close a loop.
 */
export function validateLineManager(
  personId: number,
  newManagerId: number | null,
  lineManagerOf: Lookup<number | null>,
  names: Lookup<string>,
): DelegationValidationError | null {
  if (newManagerId === null) return null;
  const name = (id: number) => lookup(names, id) ?? `person #${id}`;
  const parentOf = (id: number) => lookup(lineManagerOf, id) ?? null;
  if (!wouldCreateCycle(personId, newManagerId, parentOf)) return null;
  if (newManagerId === personId) {
    return { field: 'lineManagerId', message: `${name(personId)} cannot be their own line manager` };
  }
  // The chain from the new manager up to the person, to show how they already report.
  const between: number[] = [];
  const seen = new Set<number>([newManagerId]);
  let current = parentOf(newManagerId);
  while (current !== null && current !== personId && !seen.has(current)) {
    between.push(current);
    seen.add(current);
    current = parentOf(current);
  }
  const via = between.length > 0 ? ` (through ${between.map(name).join(', ')})` : '';
  return {
    field: 'lineManagerId',
    message:
      `Making ${name(newManagerId)} the line manager of ${name(personId)} would create a loop: ${name(newManagerId)} already ` +
      `reports to ${name(personId)}${via}`,
  };
}

/**
 * May delegation `delegationId` be re-linked under `newParentId`? Refused when that would make it
 * (indirectly) its own parent. The other sub-delegation rules are validateSubDelegation's.
 */
export function validateDelegationParent(
  delegationId: number,
  newParentId: number | null,
  delegations: readonly DelegationRow[] | ReadonlyMap<number, DelegationRow>,
): DelegationValidationError | null {
  const byId = asMap(delegations);
  if (!wouldCreateCycle(delegationId, newParentId, (id) => byId.get(id)?.parentId ?? null)) return null;
  return {
    field: 'parentId',
    message:
      newParentId === delegationId
        ? `Delegation #${delegationId} cannot come from itself.`
        : `Delegation #${delegationId} cannot come from delegation #${newParentId ?? '?'}, which already comes from it: that would ` +
          `create a loop.`,
  };
}

function asMap(delegations: readonly DelegationRow[] | ReadonlyMap<number, DelegationRow>): ReadonlyMap<number, DelegationRow> {
  if (delegations instanceof Map) return delegations;
  const map = new Map<number, DelegationRow>();
  for (const d of delegations as readonly DelegationRow[]) map.set(d.id, d);
  return map;
}

/**
 * The delegations revoked together with `delegationId`: itself first, then every sub-delegation
 * below it (breadth first). Loop-safe. Includes descendants already revoked or ended (the caller
 * sets revokedOn only where it is still null). Empty if the delegation is not on record.
 */
export function revocationSet(delegationId: number, delegations: readonly DelegationRow[] | ReadonlyMap<number, DelegationRow>): number[] {
  const byId = asMap(delegations);
  if (!byId.has(delegationId)) return [];
  const children = new Map<number, number[]>();
  for (const d of byId.values()) {
    if (d.parentId === null) continue;
    const list = children.get(d.parentId);
    if (list) list.push(d.id);
    else children.set(d.parentId, [d.id]);
  }
  const out = [delegationId];
  const seen = new Set(out);
  for (let i = 0; i < out.length; i++) {
    for (const child of children.get(out[i]!) ?? []) {
      if (seen.has(child)) continue;
      seen.add(child);
      out.push(child);
    }
  }
  return out;
}

/**
 * Would passing the power of `parent` to `toPersonId` send it back up its own chain? Refused when the
 * delegatee already holds the power higher up the same chain (including the parent's holder
 * delegating to themself): a loop of delegation, where a person would derive authority from
 * someone who derives it from them. Loop-safe on bad data.
 */
export function validateDelegationLoop(
  parentId: number,
  toPersonId: number,
  ctx: AccountabilitySnapshot | AccountabilityIndex,
): DelegationValidationError | null {
  const index = asAccountabilityIndex(ctx);
  const seen = new Set<number>();
  const chain: DelegationRow[] = [];
  let current = index.delegationsById.get(parentId);
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    chain.push(current);
    current = current.parentId === null ? undefined : index.delegationsById.get(current.parentId);
  }
  const hit = chain.find((d) => d.toPersonId === toPersonId);
  if (!hit) return null;
  const power = index.powersById.get(hit.powerId)?.name ?? `power #${hit.powerId}`;
  const name = personName(index, toPersonId);
  const holder = personName(index, chain[0]!.toPersonId);
  return {
    field: 'toPersonId',
    message:
      hit === chain[0]
        ? `${holder} cannot sub-delegate "${power}" to themself.`
        : `${holder} cannot sub-delegate "${power}" to ${name}: ${name} already holds it higher up the same chain, so the delegation ` +
          `would loop back on itself.`,
  };
}
