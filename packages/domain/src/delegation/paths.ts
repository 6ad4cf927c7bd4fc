/**
 * Answers to "where does this power come from?", "who is accountable for this service?" and
 * "what does this person answer for?", for the accountability tree and the manager's own view.
 */
import type { Finding, NodeRef } from '../findings.js';
import { accountabilityFindings } from './checks.js';
import { delegationRef, nodeRef, personName, personRef, personStatus, scopeLabel } from './labels.js';
import {
  asAccountabilityIndex,
  effectiveFinancialLimit,
  isDelegationInForce,
  lineManagementChain,
  scopeCoversService,
  serviceAndDescendants,
  type AccountabilityIndex,
} from './scope.js';
import type { DecisionBodyKind } from './enums.js';
import type { AccountabilitySnapshot, DecisionBody, DelegationRow, AccountabilityPerson, DecisionPower, DelegationScope } from './types.js';

/** One step of a delegation path: the body at the top, then each person the power passed to. */
export type DelegationPathStep =
  | { type: 'Body'; id: number; name: string; kind: DecisionBodyKind | null }
  /** delegationId: the delegation by which this person holds the power (null for a delegator with no delegation on the path). */
  | { type: 'Person'; id: number; name: string; delegationId: number | null };

export interface DelegationPath {
  delegationId: number;
  power: NodeRef | null;
  /** Source body first, this delegation's holder last. */
  steps: DelegationPathStep[];
  /** 'Executive → Jo Bloggs → Ann Lee' */
  text: string;
  /** True when the chain reaches the body that owns the power with no gap, loop or mismatch. */
  complete: boolean;
  /** Plain-English problems found on the way up (empty when complete). */
  problems: string[];
}

type Rows<T extends { id: number }> = readonly T[] | ReadonlyMap<number, T>;

function asMap<T extends { id: number }>(rows: Rows<T>): ReadonlyMap<number, T> {
  if (rows instanceof Map) return rows;
  const map = new Map<number, T>();
  for (const r of rows as readonly T[]) map.set(r.id, r);
  return map;
}

/**
 * The chain from the source body down to the holder of `delegationId` (body → person → person ...).
 * Loop-safe: a loop or a missing parent ends the walk and is listed in `problems`. Null if the
 * delegation is not on record.
 */
export function delegationPath(
  delegationId: number,
  delegations: Rows<DelegationRow>,
  powers: Rows<DecisionPower>,
  bodies: Rows<DecisionBody>,
  people: Rows<AccountabilityPerson>,
): DelegationPath | null {
  const dMap = asMap(delegations);
  const pMap = asMap(powers);
  const bMap = asMap(bodies);
  const peopleMap = asMap(people);
  const start = dMap.get(delegationId);
  if (!start) return null;
  const name = (id: number) => peopleMap.get(id)?.name ?? `person #${id}`;
  const problems: string[] = [];

  // Walk up: start, parent, grandparent ... stopping at a loop or a missing parent.
  const upward: DelegationRow[] = [start];
  const seen = new Set<number>([start.id]);
  let current = start;
  while (current.parentId !== null) {
    if (seen.has(current.parentId)) {
      problems.push('the chain of delegations loops back on itself, so it never reaches a council body');
      break;
    }
    const parent = dMap.get(current.parentId);
    if (!parent) {
      problems.push(`delegation #${current.id} comes from delegation #${current.parentId}, which is not on record`);
      break;
    }
    upward.push(parent);
    seen.add(parent.id);
    current = parent;
  }
  const chain = upward.reverse();
  const root = chain[0]!;
  const powerRow = pMap.get(start.powerId);
  const steps: DelegationPathStep[] = [];

  if (problems.length === 0) {
    if (root.fromBodyId !== null) {
      const body = bMap.get(root.fromBodyId);
      steps.push({ type: 'Body', id: root.fromBodyId, name: body?.name ?? `body #${root.fromBodyId}`, kind: body?.kind ?? null });
      const rootPower = pMap.get(root.powerId);
      if (rootPower && rootPower.sourceBodyId !== root.fromBodyId) {
        const owner = bMap.get(rootPower.sourceBodyId)?.name ?? `body #${rootPower.sourceBodyId}`;
        problems.push(`"${rootPower.name}" belongs to ${owner}, but it was delegated by ${body?.name ?? `body #${root.fromBodyId}`}`);
      }
    } else if (root.fromPersonId !== null) {
      steps.push({ type: 'Person', id: root.fromPersonId, name: name(root.fromPersonId), delegationId: null });
      problems.push(`${name(root.fromPersonId)} delegated it without holding it through a recorded delegation from a council body`);
    } else {
      problems.push('the first delegation does not record who made it');
    }
  }
  chain.forEach((d, i) => {
    const previous = i > 0 ? chain[i - 1]! : null;
    if (previous) {
      if (d.fromPersonId !== previous.toPersonId) {
        problems.push(
          `${name(d.toPersonId)}'s delegation was made by ${d.fromPersonId === null ? 'nobody recorded' : name(d.fromPersonId)}, not by ` +
            `${name(previous.toPersonId)} who held it`,
        );
      }
      if (d.powerId !== previous.powerId) {
        problems.push(`${name(d.toPersonId)}'s delegation is of a different power from the one it comes from`);
      }
    }
    steps.push({ type: 'Person', id: d.toPersonId, name: name(d.toPersonId), delegationId: d.id });
  });

  return {
    delegationId,
    power: powerRow ? nodeRef('Power', powerRow.id, powerRow.name) : null,
    steps,
    text: steps.map((s) => s.name).join(' → '),
    complete: problems.length === 0,
    problems,
  };
}

function pathFor(d: DelegationRow, index: AccountabilityIndex): DelegationPath {
  return delegationPath(d.id, index.delegationsById, index.powersById, index.bodiesById, index.peopleById)!;
}

export interface DecisionMaker {
  person: NodeRef;
  delegation: NodeRef;
  power: NodeRef | null;
  scope: DelegationScope;
  scopeLabel: string;
  /** The limit that binds (its own, its parents' and the power's): null = unlimited. */
  financialLimit: number | null;
  /** True when the holder is the accountable owner or above them in line management. */
  accountable: boolean;
  path: DelegationPath;
}

export interface AccountabilityAnswer {
  service: NodeRef;
  directorate: NodeRef | null;
  /** The accountable owner (null if none is recorded); `ownerActive` false for a vacancy. */
  owner: NodeRef | null;
  ownerActive: boolean;
  /** The owner's line managers, nearest first, up to the top (loop-safe). */
  ownerChain: NodeRef[];
  /** Everyone holding an in-force delegation covering the service, shortest path first. */
  decisionMakers: DecisionMaker[];
}

/** Who answers for a service, above whom, and who decides on it (with where their power comes from). Null if unknown. */
export function whoIsAccountable(serviceId: number, snapshot: AccountabilitySnapshot | AccountabilityIndex): AccountabilityAnswer | null {
  const index = asAccountabilityIndex(snapshot);
  const service = index.servicesById.get(serviceId);
  if (!service) return null;
  const directorate = index.directoratesById.get(service.directorateId);
  const ownerId = service.accountableOwnerId;
  const ownerChain = ownerId === null ? [] : lineManagementChain(ownerId, index);
  const above = new Set(ownerChain);

  const decisionMakers: DecisionMaker[] = [];
  for (const d of index.delegationsById.values()) {
    if (!isDelegationInForce(d, index.today) || !scopeCoversService(d.scope, serviceId, index)) continue;
    const power = index.powersById.get(d.powerId);
    decisionMakers.push({
      person: personRef(index, d.toPersonId),
      delegation: delegationRef(d, index),
      power: power ? nodeRef('Power', power.id, power.name) : null,
      scope: d.scope,
      scopeLabel: scopeLabel(d.scope, index),
      financialLimit: effectiveFinancialLimit(d, index),
      accountable: ownerId !== null && (d.toPersonId === ownerId || above.has(d.toPersonId)),
      path: pathFor(d, index),
    });
  }
  decisionMakers.sort(
    (a, b) => a.path.steps.length - b.path.steps.length || a.person.name.localeCompare(b.person.name) || a.delegation.id - b.delegation.id,
  );

  return {
    service: nodeRef('Service', service.id, service.name),
    directorate: directorate ? nodeRef('Directorate', directorate.id, directorate.name) : null,
    owner: ownerId === null ? null : personRef(index, ownerId),
    ownerActive: ownerId !== null && personStatus(index, ownerId) === 'active',
    ownerChain: ownerChain.map((id) => personRef(index, id)),
    decisionMakers,
  };
}

export interface PowerHeld {
  delegation: NodeRef;
  power: NodeRef | null;
  scope: DelegationScope;
  scopeLabel: string;
  financialLimit: number | null;
  maySubDelegate: boolean;
  conditions: string | null;
  path: DelegationPath;
}

export interface PersonAnswer {
  person: NodeRef;
  active: boolean;
  /** Services they are the accountable owner of, each with all its nested teams. */
  servicesOwned: { service: NodeRef; teams: NodeRef[] }[];
  /** Directorates they direct, each with every service and team in it. */
  directoratesDirected: { directorate: NodeRef; services: NodeRef[] }[];
  /** In-force delegations they hold, with the path each comes from. */
  powersHeld: PowerHeld[];
  /** Indicators in use that they are the data owner of. */
  indicatorsDataOwned: NodeRef[];
  /** Whether they are named as the MI-responsible senior manager. */
  miResponsible: boolean;
  /** Accountability findings naming them (as a Person node). */
  findings: Finding[];
}

/**
 * What a person answers for. Pass `findings` when already computed (from accountabilityFindings on
 * the same snapshot) to avoid running the checks again. Null if the person is not on record.
 */
export function whatPersonAnswersFor(
  personId: number,
  snapshot: AccountabilitySnapshot | AccountabilityIndex,
  findings?: readonly Finding[],
): PersonAnswer | null {
  const index = asAccountabilityIndex(snapshot);
  const person = index.peopleById.get(personId);
  if (!person) return null;
  const ref = (s: { id: number; name: string }) => nodeRef('Service', s.id, s.name);

  const servicesOwned = [...index.servicesById.values()]
    .filter((s) => s.accountableOwnerId === personId)
    .map((s) => ({ service: ref(s), teams: serviceAndDescendants(s.id, index).slice(1).map(ref) }));

  const directoratesDirected = [...index.directoratesById.values()]
    .filter((d) => d.directorId === personId)
    .map((d) => ({ directorate: nodeRef('Directorate', d.id, d.name), services: (index.directorateServices.get(d.id) ?? []).map(ref) }));

  const powersHeld: PowerHeld[] = (index.delegationsByHolder.get(personId) ?? [])
    .filter((d) => isDelegationInForce(d, index.today))
    .map((d) => {
      const power = index.powersById.get(d.powerId);
      return {
        delegation: delegationRef(d, index),
        power: power ? nodeRef('Power', power.id, power.name) : null,
        scope: d.scope,
        scopeLabel: scopeLabel(d.scope, index),
        financialLimit: effectiveFinancialLimit(d, index),
        maySubDelegate: d.maySubDelegate,
        conditions: d.conditions,
        path: pathFor(d, index),
      };
    });

  const indicatorsDataOwned = index.snapshot.indicatorsInUse
    .filter((i) => i.dataOwnerId === personId)
    .map((i) => nodeRef('Indicator', i.id, i.name));

  const council = index.snapshot.council;
  const miResponsible = (council.miResponsibleIds ?? (council.miResponsibleId !== null ? [council.miResponsibleId] : [])).includes(
    personId,
  );

  const all = findings ?? accountabilityFindings(index);
  const naming = all.filter((f) => f.nodes.some((n) => n.type === 'Person' && n.id === personId));

  return {
    person: nodeRef('Person', person.id, personName(index, person.id)),
    active: personStatus(index, personId) === 'active',
    servicesOwned,
    directoratesDirected,
    powersHeld,
    indicatorsDataOwned,
    miResponsible,
    findings: naming,
  };
}
