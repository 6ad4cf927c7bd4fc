/**
 * Scope containment and the lookup index every delegation rule shares.
 *
 * Containment:
 * - COUNCIL contains every directorate and every service (a COUNCIL scope whose id is neither null
 *   nor this council's id names another council and covers nothing here).
 * - A DIRECTORATE contains itself, its services and all their nested teams (a team counts as in the
 *   directorate of any service above it, even if its own directorateId was recorded differently).
 * - A SERVICE contains itself and its descendant teams; it never contains a directorate or the council.
 * - Containment is reflexive; a scope naming a directorate or service not on record contains nothing
 *   and is contained by nothing.
 *
 * The index is built once per snapshot in O(n + total nesting depth) with Maps, so the checks stay
 * near-linear for a 20,000-person, 2,000-service council. Functions that take
 * `AccountabilitySnapshot | AccountabilityIndex` build an index when handed a snapshot: in a loop,
 * build it once with `buildAccountabilityIndex` and pass that.
 */
import { ancestors } from '../hierarchy.js';
import type {
  AccountabilitySnapshot,
  DecisionBody,
  DelegationRow,
  AccountabilityDirectorate,
  IsoDate,
  AccountabilityPerson,
  DecisionPower,
  DelegationScope,
  AccountabilityService,
} from './types.js';

export interface AccountabilityIndex {
  readonly snapshot: AccountabilitySnapshot;
  readonly councilId: number;
  readonly today: IsoDate;
  readonly servicesById: ReadonlyMap<number, AccountabilityService>;
  readonly directoratesById: ReadonlyMap<number, AccountabilityDirectorate>;
  readonly peopleById: ReadonlyMap<number, AccountabilityPerson>;
  readonly bodiesById: ReadonlyMap<number, DecisionBody>;
  readonly powersById: ReadonlyMap<number, DecisionPower>;
  readonly delegationsById: ReadonlyMap<number, DelegationRow>;
  /** Direct child teams of each service, in input order. */
  readonly serviceChildren: ReadonlyMap<number, readonly AccountabilityService[]>;
  /** Known ancestor services of each service, nearest first; stops at a loop. */
  readonly serviceAncestors: ReadonlyMap<number, readonly number[]>;
  /** Directorates containing each service (its own and those of the services above it). */
  readonly serviceDirectorates: ReadonlyMap<number, readonly number[]>;
  /** Every service and nested team contained in each directorate, in input order. */
  readonly directorateServices: ReadonlyMap<number, readonly AccountabilityService[]>;
  /** Direct sub-delegations of each delegation. */
  readonly delegationChildren: ReadonlyMap<number, readonly DelegationRow[]>;
  /** Delegations held by each person (all, whether in force or not). */
  readonly delegationsByHolder: ReadonlyMap<number, readonly DelegationRow[]>;
}

function byId<T extends { id: number }>(rows: readonly T[]): Map<number, T> {
  const map = new Map<number, T>();
  for (const row of rows) map.set(row.id, row);
  return map;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Build the lookup index for one snapshot (once; pass it to every rule that accepts it). */
export function buildAccountabilityIndex(snapshot: AccountabilitySnapshot): AccountabilityIndex {
  const servicesById = byId(snapshot.services);
  const serviceChildren = new Map<number, AccountabilityService[]>();
  for (const s of snapshot.services) if (s.parentId !== null && s.parentId !== s.id) push(serviceChildren, s.parentId, s);

  const serviceAncestors = new Map<number, number[]>();
  const serviceDirectorates = new Map<number, number[]>();
  const directorateServices = new Map<number, AccountabilityService[]>();
  const parentOf = (id: number) => servicesById.get(id)?.parentId ?? null;
  for (const s of servicesById.values()) {
    const chain = ancestors(s.id, parentOf).filter((id) => servicesById.has(id));
    serviceAncestors.set(s.id, chain);
    const dirs = [s.directorateId];
    for (const a of chain) {
      const d = servicesById.get(a)!.directorateId;
      if (!dirs.includes(d)) dirs.push(d);
    }
    serviceDirectorates.set(s.id, dirs);
    for (const d of dirs) push(directorateServices, d, s);
  }

  const delegationChildren = new Map<number, DelegationRow[]>();
  const delegationsByHolder = new Map<number, DelegationRow[]>();
  for (const d of snapshot.delegations) {
    if (d.parentId !== null) push(delegationChildren, d.parentId, d);
    push(delegationsByHolder, d.toPersonId, d);
  }

  return {
    snapshot,
    councilId: snapshot.council.id,
    today: snapshot.today,
    servicesById,
    directoratesById: byId(snapshot.directorates),
    peopleById: byId(snapshot.people),
    bodiesById: byId(snapshot.bodies),
    powersById: byId(snapshot.powers),
    delegationsById: byId(snapshot.delegations),
    serviceChildren,
    serviceAncestors,
    serviceDirectorates,
    directorateServices,
    delegationChildren,
    delegationsByHolder,
  };
}

function isIndex(x: AccountabilitySnapshot | AccountabilityIndex): x is AccountabilityIndex {
  return 'servicesById' in x && x.servicesById instanceof Map;
}

/** The index for a snapshot, or the index itself. */
export function asAccountabilityIndex(x: AccountabilitySnapshot | AccountabilityIndex): AccountabilityIndex {
  return isIndex(x) ? x : buildAccountabilityIndex(x);
}

/**
 * In force on `today`: started (effectiveFrom <= today), not ended (effectiveTo null or >= today) and
 * not revoked (any recorded revokedOn date means revoked).
 */
export function isDelegationInForce(d: Pick<DelegationRow, 'effectiveFrom' | 'effectiveTo' | 'revokedOn'>, today: IsoDate): boolean {
  return d.revokedOn === null && d.effectiveFrom <= today && (d.effectiveTo === null || d.effectiveTo >= today);
}

/**
 * Was the delegation in force on `day`, as the scheme stood then: started, not ended, and not yet
 * revoked (a revocation takes effect on its date, so one revoked later was in force before it).
 */
export function wasDelegationInForce(d: Pick<DelegationRow, 'effectiveFrom' | 'effectiveTo' | 'revokedOn'>, day: IsoDate): boolean {
  return (d.revokedOn === null || d.revokedOn > day) && d.effectiveFrom <= day && (d.effectiveTo === null || d.effectiveTo >= day);
}

/** Does the scope name something on record in this council? */
export function scopeExists(scope: DelegationScope, ctx: AccountabilitySnapshot | AccountabilityIndex): boolean {
  const index = asAccountabilityIndex(ctx);
  switch (scope.kind) {
    case 'COUNCIL':
      return scope.id === null || scope.id === index.councilId;
    case 'DIRECTORATE':
      return scope.id !== null && index.directoratesById.has(scope.id);
    case 'SERVICE':
      return scope.id !== null && index.servicesById.has(scope.id);
    default:
      return false;
  }
}

/** Does `outer` contain `inner` (reflexive; see the rules at the top of this file)? */
export function scopeContains(outer: DelegationScope, inner: DelegationScope, ctx: AccountabilitySnapshot | AccountabilityIndex): boolean {
  const index = asAccountabilityIndex(ctx);
  if (!scopeExists(outer, index) || !scopeExists(inner, index)) return false;
  switch (outer.kind) {
    case 'COUNCIL':
      return true;
    case 'DIRECTORATE':
      if (inner.kind === 'DIRECTORATE') return inner.id === outer.id;
      if (inner.kind === 'SERVICE') return (index.serviceDirectorates.get(inner.id!) ?? []).includes(outer.id!);
      return false;
    case 'SERVICE':
      if (inner.kind !== 'SERVICE') return false;
      return inner.id === outer.id || (index.serviceAncestors.get(inner.id!) ?? []).includes(outer.id!);
    default:
      return false;
  }
}

/** Does the scope cover this service? (Same as scopeContains(scope, { SERVICE, serviceId }).) */
export function scopeCoversService(scope: DelegationScope, serviceId: number, ctx: AccountabilitySnapshot | AccountabilityIndex): boolean {
  return scopeContains(scope, { kind: 'SERVICE', id: serviceId }, ctx);
}

/** The service itself (if it exists) followed by all its descendant teams, breadth first; loop-safe. */
export function serviceAndDescendants(serviceId: number, ctx: AccountabilitySnapshot | AccountabilityIndex): AccountabilityService[] {
  const index = asAccountabilityIndex(ctx);
  const root = index.servicesById.get(serviceId);
  if (!root) return [];
  const out: AccountabilityService[] = [root];
  const seen = new Set<number>([root.id]);
  for (let i = 0; i < out.length; i++) {
    for (const child of index.serviceChildren.get(out[i]!.id) ?? []) {
      if (seen.has(child.id)) continue;
      seen.add(child.id);
      out.push(child);
    }
  }
  return out;
}

/** Every service and team the scope covers (empty for a scope not on record). */
export function servicesInScope(scope: DelegationScope, ctx: AccountabilitySnapshot | AccountabilityIndex): AccountabilityService[] {
  const index = asAccountabilityIndex(ctx);
  if (!scopeExists(scope, index)) return [];
  switch (scope.kind) {
    case 'COUNCIL':
      return [...index.servicesById.values()];
    case 'DIRECTORATE':
      return [...(index.directorateServices.get(scope.id!) ?? [])];
    case 'SERVICE':
      return serviceAndDescendants(scope.id!, index);
    default:
      return [];
  }
}

/**
 * The financial limit that actually binds a delegation: the smallest of its own limit, the limits
 * of the delegations above it and the power's limit (null anywhere = no narrower). Null: unlimited.
 * Works for a proposed row not yet in the index (it follows `parentId`). Loop-safe.
 */
export function effectiveFinancialLimit(
  d: Pick<DelegationRow, 'powerId' | 'financialLimit' | 'parentId'>,
  ctx: AccountabilitySnapshot | AccountabilityIndex,
): number | null {
  const index = asAccountabilityIndex(ctx);
  let limit: number | null = index.powersById.get(d.powerId)?.financialLimit ?? null;
  const take = (value: number | null) => {
    if (value !== null) limit = limit === null ? value : Math.min(limit, value);
  };
  take(d.financialLimit);
  const seen = new Set<number>();
  let parentId = d.parentId;
  while (parentId !== null && !seen.has(parentId)) {
    seen.add(parentId);
    const parent = index.delegationsById.get(parentId);
    if (!parent) break;
    take(parent.financialLimit);
    take(index.powersById.get(parent.powerId)?.financialLimit ?? null);
    parentId = parent.parentId;
  }
  return limit;
}

/** The line managers above a person, nearest first, up to the top; stops at a loop. */
export function lineManagementChain(personId: number, ctx: AccountabilitySnapshot | AccountabilityIndex): number[] {
  const index = asAccountabilityIndex(ctx);
  return ancestors(personId, (id) => index.peopleById.get(id)?.lineManagerId ?? null);
}
