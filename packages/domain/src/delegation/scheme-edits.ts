/**
 * Rules for changing and deleting a council's decision bodies and powers (the API's updateDecisionBody,
 * deleteDecisionBody, updateDecisionPower and deleteDecisionPower). Each returns null when the change
 * may go ahead, or the first problem as { field, code, message }: the code says which rule refused
 * (the API puts it in extensions.reason), the message names what stands in the way.
 */
import { formatMoney } from './labels.js';
import type { DelegationValidationError, IsoDate } from './types.js';

/** Why a change to a body or power is refused: the field at fault, a code for the rule, and words for a person. */
export interface SchemeEditRefusal extends DelegationValidationError {
  code:
    | 'BODY_HOLDS_POWERS'
    | 'BODY_HAS_DELEGATIONS'
    | 'BODY_HAS_COMMITTEE_RECORDS'
    | 'POWER_DELEGATED'
    | 'POWER_HAS_PAST_DELEGATIONS'
    | 'POWER_MOVED_WHILE_DELEGATED'
    | 'POWER_LIMIT_BELOW_DELEGATION';
}

/** What a delegation row needs for these rules: its dates, revocation, own limit and the body that made it. */
export interface DelegationOfPower {
  effectiveFrom: IsoDate;
  effectiveTo: IsoDate | null;
  revokedOn: IsoDate | null;
  financialLimit: number | null;
  fromBodyId: number | null;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Not revoked and not ended by `today`: in force now, or starting later. */
export function isLiveDelegation(d: DelegationOfPower, today: IsoDate): boolean {
  return d.revokedOn === null && (d.effectiveTo === null || d.effectiveTo >= today);
}

/**
 * A body may be deleted only when nothing hangs on it: no power it holds, no delegation it made, and no
 * scrutiny topic, meeting, recommendation or councillor's seat naming it as their committee.
 */
export function decisionBodyDeletionRefusal(
  body: { name: string },
  held: { powers: number; delegations: number; committeeRecords: number },
): SchemeEditRefusal | null {
  if (held.powers > 0)
    return {
      field: 'id',
      code: 'BODY_HOLDS_POWERS',
      message:
        `${body.name} cannot be deleted: it still holds ${plural(held.powers, 'power')}. ` +
        'Move them to another body or delete them first.',
    };
  if (held.delegations > 0)
    return {
      field: 'id',
      code: 'BODY_HAS_DELEGATIONS',
      message:
        `${body.name} cannot be deleted: it made ${plural(held.delegations, 'delegation')}, kept as the record of the scheme ` +
        '(revoked ones too).',
    };
  if (held.committeeRecords > 0)
    return {
      field: 'id',
      code: 'BODY_HAS_COMMITTEE_RECORDS',
      message:
        `${body.name} cannot be deleted: ` +
        `${plural(held.committeeRecords, 'scrutiny record or councillor seat', 'scrutiny records or councillor seats')} ` +
        'name it as their committee.',
    };
  return null;
}

/**
 * A power may be deleted only when it was never delegated: not while a delegation of it is in force or
 * to come, and not while past ones (revoked or ended) keep the scheme's record as at earlier dates.
 */
export function decisionPowerDeletionRefusal(
  power: { name: string },
  delegations: readonly DelegationOfPower[],
  today: IsoDate,
): SchemeEditRefusal | null {
  const live = delegations.filter((d) => isLiveDelegation(d, today)).length;
  if (live > 0)
    return {
      field: 'id',
      code: 'POWER_DELEGATED',
      message:
        `"${power.name}" cannot be deleted: ${plural(live, 'delegation')} of it ${live === 1 ? 'is' : 'are'} in force or to come. ` +
        `Revoke ${live === 1 ? 'it' : 'them'} first.`,
    };
  if (delegations.length > 0)
    return {
      field: 'id',
      code: 'POWER_HAS_PAST_DELEGATIONS',
      message:
        `"${power.name}" cannot be deleted: ${plural(delegations.length, 'past delegation')} of it ` +
        `${delegations.length === 1 ? 'is' : 'are'} kept as the record of the scheme as at earlier dates.`,
    };
  return null;
}

/**
 * A change of a power's body or limit must leave the delegations it has in force valid: it may not move
 * to another body while delegations its body made are live (only the source body may delegate a power),
 * nor be limited below the own limit of a live delegation.
 */
export function decisionPowerUpdateRefusal(
  power: { name: string; sourceBodyId: number },
  change: { sourceBodyId: number; financialLimit: number | null },
  delegations: readonly DelegationOfPower[],
  today: IsoDate,
): SchemeEditRefusal | null {
  const live = delegations.filter((d) => isLiveDelegation(d, today));
  if (change.sourceBodyId !== power.sourceBodyId) {
    const made = live.filter((d) => d.fromBodyId === power.sourceBodyId).length;
    if (made > 0)
      return {
        field: 'sourceBodyId',
        code: 'POWER_MOVED_WHILE_DELEGATED',
        message:
          `"${power.name}" cannot move to another body while ${plural(made, 'delegation')} its body made ` +
          `${made === 1 ? 'is' : 'are'} in force or to come: only the body holding a power may delegate it. Revoke them first.`,
      };
  }
  const limit = change.financialLimit;
  if (limit !== null) {
    const widest = Math.max(...live.map((d) => d.financialLimit ?? Number.NEGATIVE_INFINITY), Number.NEGATIVE_INFINITY);
    if (widest > limit)
      return {
        field: 'financialLimit',
        code: 'POWER_LIMIT_BELOW_DELEGATION',
        message:
          `"${power.name}" is delegated in force with a limit of ${formatMoney(widest)}, so its own limit cannot be ` +
          `${formatMoney(limit)}. Revoke that delegation first, or keep a limit of at least ${formatMoney(widest)}.`,
      };
  }
  return null;
}
