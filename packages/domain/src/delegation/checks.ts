/**
 * Accountability checks on a council's scheme of delegation: those who decide on a service must
 * answer for its performance, with no blurred accountability.
 *
 * | Code                            | Severity | Why that severity                                                        |
 * |---------------------------------|----------|--------------------------------------------------------------------------|
 * | CYCLE                           | critical | a loop leaves nobody at the top: no chain of answerability or authority  |
 * | SUBDELEGATION_OUT_OF_SCOPE      | critical | decisions taken under it may be outside delegated authority (challengeable)|
 * | UNOWNED_SERVICE                 | high     | nobody answers for the service's performance                             |
 * | DECISION_WITHOUT_ACCOUNTABILITY | high     | someone decides on a service but does not answer for it                  |
 * | MI_OWNER_MISSING                | high     | nobody is responsible for accurate, timely data; nobody can publish it   |
 * | MI_OWNER_AMBIGUOUS              | high     | more than one "ultimately responsible" manager: nobody clearly is        |
 * | ACCOUNTABILITY_WITHOUT_AUTHORITY| medium   | the owner answers for decisions someone else takes                       |
 * | BLURRED_ACCOUNTABILITY          | medium   | an objective or target is owned outside the service's line               |
 * | DATA_OWNER_MISSING              | medium   | nobody vouches for an indicator's figures                                |
 * | DUAL_ACCOUNTABILITY             | info     | legitimate (performance staff) but its tensions must be recognised       |
 *
 * Documented decisions:
 * - A person "answers" only if on record, in this council and active. An owner who is inactive, not
 *   on record or in another council is a vacancy (UNOWNED_SERVICE, DATA_OWNER_MISSING, MI_OWNER_MISSING).
 * - Only delegations in force today count as authority (see isDelegationInForce: revoked means revokedOn is set).
 * - DECISION_WITHOUT_ACCOUNTABILITY is reported once per in-force delegation (not per service), with
 *   the number of services in its scope whose active owner is neither the holder nor below the holder
 *   in line management; the message names up to five of them and `nodes` lists up to
 *   MAX_SERVICE_NODES. A council-wide delegation to the wrong person is one finding, not 2,000.
 *   Services with no active owner are left to UNOWNED_SERVICE (there is no owner to be above).
 *   Only line management (lineManagerId) counts as "above"; a functional manager or directorate
 *   director is above only if also in the line.
 * - ACCOUNTABILITY_WITHOUT_AUTHORITY is reported once per active owner, listing the services they own
 *   that no in-force delegation they hold covers. Authority held by someone else (even their manager)
 *   does not count: the owner must hold it, though the fix names who could sub-delegate it.
 * - BLURRED_ACCOUNTABILITY: an objective or target of service S with an owner X is in S's line when
 *   X is active in this council and X is S's accountable owner, or above that owner in line
 *   management, or works in S or one of its nested teams, or reports (directly or indirectly) to
 *   S's owner. Otherwise it is blurred: one finding per objective/target. Items with no owner at all
 *   are not reported here; an item owned by someone inactive or not on record is blurred.
 * - SUBDELEGATION_OUT_OF_SCOPE checks every sub-delegation that is current or yet to start (not
 *   revoked, not ended): parent not on record, different power, parent may not be sub-delegated,
 *   delegator is not the parent's holder, scope not within the parent's, limit above the parent's
 *   effective limit (see effectiveFinancialLimit), or a period not within the parent's (parent revoked while
 *   it is not, starts before the parent, runs past the parent's end). One finding per
 *   sub-delegation listing every reason.
 * - CYCLE covers line management, delegation parents and (because scopes depend on it) service
 *   nesting; each loop is reported once, members listed from the smallest id, in chain order.
 * - DUAL_ACCOUNTABILITY: an active person whose line and functional managers are both set and are
 *   different people. Both chains are shown up to the top (the functional chain is the functional
 *   manager then their line managers).
 * - MI: the named people are `miResponsibleIds` when given, else `miResponsibleId`. More than one
 *   distinct person fires MI_OWNER_AMBIGUOUS; none of them active in this council fires
 *   MI_OWNER_MISSING (both can fire together).
 */
import { findCyclesBy } from '../hierarchy.js';
import { sortFindings, type Finding, type NodeRef, type Severity } from '../findings.js';
import {
  delegationName,
  delegationRef,
  formatMoney,
  listNames,
  nodeRef,
  personName,
  personRef,
  personStatus,
  scopeLabel,
  statusClause,
} from './labels.js';
import {
  asAccountabilityIndex,
  effectiveFinancialLimit,
  isDelegationInForce,
  lineManagementChain,
  scopeContains,
  scopeCoversService,
  servicesInScope,
  type AccountabilityIndex,
} from './scope.js';
import type { AccountabilitySnapshot, DelegationRow, AccountabilityService } from './types.js';

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

function finding(code: AccountabilityCode, nodes: NodeRef[], message: string, fix: string): Finding {
  return { code, severity: ACCOUNTABILITY_SEVERITY[code], nodes, message, fix };
}

function serviceRef(s: AccountabilityService): NodeRef {
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
function linesFor(index: AccountabilityIndex): LineManagement {
  let lines = linesByIndex.get(index);
  if (!lines) {
    lines = new LineManagement(index);
    linesByIndex.set(index, lines);
  }
  return lines;
}

const isActive = (index: AccountabilityIndex, id: number | null): id is number => id !== null && personStatus(index, id) === 'active';

/** Every accountability finding for the council, most serious first (sortFindings). */
export function accountabilityFindings(snapshot: AccountabilitySnapshot | AccountabilityIndex): Finding[] {
  const index = asAccountabilityIndex(snapshot);
  return sortFindings([
    ...unownedServiceFindings(index),
    ...decisionWithoutAccountabilityFindings(index),
    ...accountabilityWithoutAuthorityFindings(index),
    ...blurredAccountabilityFindings(index),
    ...subDelegationFindings(index),
    ...accountabilityCycleFindings(index),
    ...dualAccountabilityFindings(index),
    ...dataOwnerFindings(index),
    ...miOwnerFindings(index),
  ]);
}

/** UNOWNED_SERVICE: no accountable owner, or one who is inactive, not on record or in another council. */
export function unownedServiceFindings(snapshot: AccountabilitySnapshot | AccountabilityIndex): Finding[] {
  const index = asAccountabilityIndex(snapshot);
  const out: Finding[] = [];
  for (const s of index.servicesById.values()) {
    const ownerId = s.accountableOwnerId;
    if (isActive(index, ownerId)) continue;
    const nodes = [serviceRef(s)];
    if (ownerId !== null) nodes.push(personRef(index, ownerId));
    const directorate = index.directoratesById.get(s.directorateId);
    if (directorate) nodes.push(nodeRef('Directorate', directorate.id, directorate.name));

    const message =
      ownerId === null
        ? `${s.name} has no accountable owner, so nobody answers for its performance.`
        : `Nobody answers for the performance of ${s.name}: its accountable owner, ${personName(index, ownerId)}, ${statusClause(personStatus(index, ownerId))}.`;

    // Suggest the nearest active owner of a service above it, and who should appoint.
    let suggestion = '';
    for (const a of index.serviceAncestors.get(s.id) ?? []) {
      const parent = index.servicesById.get(a)!;
      if (isActive(index, parent.accountableOwnerId)) {
        suggestion = `, for example ${personName(index, parent.accountableOwnerId)}, who owns ${parent.name} above it, until a permanent owner is appointed`;
        break;
      }
    }
    const directorId = directorate?.directorId ?? null;
    const appoint = directorate && isActive(index, directorId) ? `; ${personName(index, directorId)}, director of ${directorate.name}, should confirm the appointment` : '';
    out.push(finding('UNOWNED_SERVICE', nodes, message, `Record one active manager as the accountable owner of ${s.name}${suggestion}${appoint}.`));
  }
  return out;
}

/** DECISION_WITHOUT_ACCOUNTABILITY: one finding per in-force delegation (see the decisions above). */
export function decisionWithoutAccountabilityFindings(
  snapshot: AccountabilitySnapshot | AccountabilityIndex,
): Finding[] {
  const index = asAccountabilityIndex(snapshot);
  const lines = linesFor(index);
  const out: Finding[] = [];
  const cache = new Map<string, { covered: number; gaps: AccountabilityService[] }>();
  for (const d of index.delegationsById.values()) {
    if (!isDelegationInForce(d, index.today)) continue;
    const holder = d.toPersonId;
    const key = `${holder}|${d.scope.kind}|${d.scope.id ?? ''}`;
    let result = cache.get(key);
    if (!result) {
      const covered = servicesInScope(d.scope, index);
      const gaps = covered.filter((s) => {
        const owner = s.accountableOwnerId;
        if (!isActive(index, owner)) return false;
        return owner !== holder && !lines.above(owner).has(holder);
      });
      result = { covered: covered.length, gaps };
      cache.set(key, result);
    }
    const { covered, gaps } = result;
    if (gaps.length === 0) continue;

    const who = personName(index, holder);
    const power = index.powersById.get(d.powerId);
    const pName = power?.name ?? `power #${d.powerId}`;
    const nodes: NodeRef[] = [personRef(index, holder), delegationRef(d, index)];
    if (power) nodes.push(nodeRef('Power', power.id, power.name));
    nodes.push(...gaps.slice(0, MAX_SERVICE_NODES).map(serviceRef));

    const ownerOf = (s: AccountabilityService) => personName(index, s.accountableOwnerId);
    let message: string;
    let fix: string;
    if (gaps.length === 1) {
      const s = gaps[0]!;
      message =
        `${who} can decide "${pName}" for ${s.name} but is not accountable for it: ` +
        `${s.name}'s accountable owner is ${ownerOf(s)}, and ${who} is not above ${ownerOf(s)} in line management.`;
      fix =
        `Delegate "${pName}" for ${s.name} to ${ownerOf(s)} (its accountable owner) instead, narrow ${who}'s delegation ` +
        `to the services ${who} answers for, or make ${who} accountable for ${s.name}.`;
    } else {
      message =
        `${who} can decide "${pName}" across ${scopeLabel(d.scope, index)} but is not accountable for ${gaps.length} of the ` +
        `${covered} services it covers (${listNames(gaps.map((s) => s.name))}): their owners do not report to ${who}.`;
      const examples = gaps.slice(0, 3).map((s) => `${ownerOf(s)} for ${s.name}`);
      fix =
        `Narrow ${who}'s delegation of "${pName}" to the services ${who} answers for and delegate it for the others to ` +
        `their accountable owners (${examples.join(', ')}${gaps.length > 3 ? ', ...' : ''}), or bring those owners under ${who} in line management.`;
    }
    out.push(finding('DECISION_WITHOUT_ACCOUNTABILITY', nodes, message, fix));
  }
  return out;
}

/** ACCOUNTABILITY_WITHOUT_AUTHORITY: one finding per active owner listing the services they cannot decide on. */
export function accountabilityWithoutAuthorityFindings(
  snapshot: AccountabilitySnapshot | AccountabilityIndex,
): Finding[] {
  const index = asAccountabilityIndex(snapshot);
  const lines = linesFor(index);
  const owned = new Map<number, AccountabilityService[]>();
  for (const s of index.servicesById.values()) {
    const owner = s.accountableOwnerId;
    if (!isActive(index, owner)) continue;
    const list = owned.get(owner);
    if (list) list.push(s);
    else owned.set(owner, [s]);
  }
  const inForceHeldBy = (personId: number) => (index.delegationsByHolder.get(personId) ?? []).filter((d) => isDelegationInForce(d, index.today));

  const out: Finding[] = [];
  for (const [ownerId, services] of owned) {
    const held = inForceHeldBy(ownerId);
    const uncovered = services.filter((s) => !held.some((d) => scopeCoversService(d.scope, s.id, index)));
    if (uncovered.length === 0) continue;
    const who = personName(index, ownerId);
    const first = uncovered[0]!;
    const nodes = [personRef(index, ownerId), ...uncovered.slice(0, MAX_SERVICE_NODES).map(serviceRef)];
    const message =
      uncovered.length === 1
        ? `${who} is the accountable owner of ${first.name} but holds no delegated power over it, so they answer for decisions they cannot take.`
        : `${who} is the accountable owner of ${uncovered.length} services (${listNames(uncovered.map((s) => s.name))}) but holds no delegated power over them, so they answer for decisions they cannot take.`;

    // Who could sub-delegate: nearest line manager holding a sub-delegable power over the service, else anyone.
    let source: DelegationRow | undefined;
    for (const managerId of lines.chain(ownerId)) {
      source = inForceHeldBy(managerId).find((d) => d.maySubDelegate && scopeCoversService(d.scope, first.id, index));
      if (source) break;
    }
    source ??= [...index.delegationsById.values()].find(
      (d) => d.maySubDelegate && isDelegationInForce(d, index.today) && scopeCoversService(d.scope, first.id, index),
    );
    const fix = source
      ? `Ask ${personName(index, source.toPersonId)}, who holds "${index.powersById.get(source.powerId)?.name ?? `power #${source.powerId}`}" over ` +
        `${scopeLabel(source.scope, index)} and may sub-delegate it, to sub-delegate it to ${who} for ${first.name}` +
        `${uncovered.length > 1 ? ' (and do the same for the other services listed)' : ''}; or make the person who does take those decisions accountable.`
      : `Record a delegation to ${who} of the powers needed to run ${listNames(uncovered.map((s) => s.name), 3)} (from the body that owns them), ` +
        `or make the person who does take those decisions accountable.`;
    out.push(finding('ACCOUNTABILITY_WITHOUT_AUTHORITY', nodes, message, fix));
  }
  return out;
}

/** BLURRED_ACCOUNTABILITY: an objective or target owned outside its service's line (rule above). */
export function blurredAccountabilityFindings(
  snapshot: AccountabilitySnapshot | AccountabilityIndex,
): Finding[] {
  const index = asAccountabilityIndex(snapshot);
  const lines = linesFor(index);
  const out: Finding[] = [];
  for (const item of index.snapshot.serviceItems) {
    const service = index.servicesById.get(item.serviceId);
    if (!service || item.ownerId === null) continue;
    const x = item.ownerId;
    const ownerId = service.accountableOwnerId;
    const status = personStatus(index, x);
    if (status === 'active') {
      if (x === ownerId) continue;
      if (ownerId !== null && lines.above(ownerId).has(x)) continue;
      if (ownerId !== null && lines.above(x).has(ownerId)) continue;
      const worksIn = index.peopleById.get(x)!.serviceId;
      if (worksIn !== null && (worksIn === service.id || (index.serviceAncestors.get(worksIn) ?? []).includes(service.id))) continue;
    }
    const xName = personName(index, x);
    const kind = item.kind === 'Objective' ? 'objective' : 'target';
    const nodes: NodeRef[] = [nodeRef(item.kind, item.id, item.name), serviceRef(service), personRef(index, x)];
    if (ownerId !== null && ownerId !== x) nodes.push(personRef(index, ownerId));
    const ownerText = isActive(index, ownerId) ? `its accountable owner, ${personName(index, ownerId)}` : 'its accountable owner';
    let why: string;
    if (status !== 'active') {
      why = `${xName}, ${statusClause(status)}`;
    } else {
      const worksIn = index.peopleById.get(x)!.serviceId;
      const where = worksIn !== null && index.servicesById.has(worksIn) ? `works in ${index.servicesById.get(worksIn)!.name}` : `does not work in ${service.name}`;
      why = `${xName}, who ${where} and is not in the line of ${service.name} (neither reports to nor manages ${ownerText})`;
    }
    const message = `The ${kind} "${item.name}" of ${service.name} is owned by ${why}, so it is not clear who answers for it.`;
    const fix = isActive(index, ownerId)
      ? `Make ${personName(index, ownerId)} (the accountable owner of ${service.name}) or someone who works in ${service.name} the owner of "${item.name}"; ` +
        `if ${xName} contributes to it, record that as a contribution, not ownership.`
      : `Appoint an accountable owner for ${service.name}, then make them or someone who works in ${service.name} the owner of "${item.name}".`;
    out.push(finding('BLURRED_ACCOUNTABILITY', nodes, message, fix));
  }
  return out;
}

/** SUBDELEGATION_OUT_OF_SCOPE: one finding per current or future sub-delegation, listing every reason. */
export function subDelegationFindings(snapshot: AccountabilitySnapshot | AccountabilityIndex): Finding[] {
  const index = asAccountabilityIndex(snapshot);
  const today = index.today;
  const out: Finding[] = [];
  for (const d of index.delegationsById.values()) {
    if (d.parentId === null) continue;
    if (d.revokedOn !== null || (d.effectiveTo !== null && d.effectiveTo < today)) continue;
    const holder = personName(index, d.toPersonId);
    const pName = index.powersById.get(d.powerId)?.name ?? `power #${d.powerId}`;
    const parent = index.delegationsById.get(d.parentId);
    const reasons: string[] = [];
    const fixes: string[] = [];
    const nodes: NodeRef[] = [delegationRef(d, index), personRef(index, d.toPersonId)];

    if (!parent) {
      reasons.push(`the delegation it is recorded as coming from (#${d.parentId}) is not on record`);
      fixes.push('re-link it to the delegation it comes from, or revoke it and delegate the power again');
    } else {
      const parentHolder = personName(index, parent.toPersonId);
      nodes.push(delegationRef(parent, index), personRef(index, parent.toPersonId));
      if (parent.powerId !== d.powerId) {
        reasons.push(`it is for "${pName}" but comes from a delegation of "${index.powersById.get(parent.powerId)?.name ?? `power #${parent.powerId}`}"`);
        fixes.push(`record it under a delegation of "${pName}"`);
      }
      if (!parent.maySubDelegate) {
        reasons.push(`${parentHolder}'s delegation may not be sub-delegated`);
        fixes.push(`revoke it, or have whoever delegated to ${parentHolder} allow sub-delegation`);
      }
      if (d.fromPersonId !== parent.toPersonId) {
        reasons.push(
          d.fromPersonId === null
            ? `it does not record ${parentHolder}, who holds the parent delegation, as the person who made it`
            : `it was made by ${personName(index, d.fromPersonId)}, but the delegation it comes from is held by ${parentHolder}`,
        );
        fixes.push(`have ${parentHolder} make it (or revoke it)`);
      }
      if (!scopeContains(parent.scope, d.scope, index)) {
        reasons.push(`it covers ${scopeLabel(d.scope, index)}, which is not within ${parentHolder}'s own scope (${scopeLabel(parent.scope, index)})`);
        fixes.push(`narrow it to ${scopeLabel(parent.scope, index)} or part of it`);
      }
      const parentLimit = effectiveFinancialLimit(parent, index);
      if (d.financialLimit !== null && parentLimit !== null && d.financialLimit > parentLimit) {
        reasons.push(`it allows decisions up to ${formatMoney(d.financialLimit)}, above the ${formatMoney(parentLimit)} ${parentHolder} may approve`);
        fixes.push(`lower its limit to ${formatMoney(parentLimit)} or less`);
      }
      if (parent.revokedOn !== null) {
        reasons.push(`the delegation it comes from was revoked on ${parent.revokedOn} but it was not`);
        fixes.push('revoke it with its parent');
      } else if (d.effectiveFrom < parent.effectiveFrom) {
        reasons.push(`it starts on ${d.effectiveFrom}, before the delegation it comes from (${parent.effectiveFrom})`);
        fixes.push(`start it on or after ${parent.effectiveFrom}`);
      } else if (parent.effectiveTo !== null && (d.effectiveTo === null || d.effectiveTo > parent.effectiveTo)) {
        reasons.push(`it runs past ${parent.effectiveTo}, when the delegation it comes from ends`);
        fixes.push(`end it on or before ${parent.effectiveTo}`);
      }
    }
    if (reasons.length === 0) continue;
    const power = index.powersById.get(d.powerId);
    if (power) nodes.push(nodeRef('Power', power.id, power.name));
    const from = d.fromPersonId !== null ? ` from ${personName(index, d.fromPersonId)}` : '';
    const message = `${holder}'s sub-delegation of "${pName}"${from} goes beyond what it comes from: ${reasons.join('; ')}.`;
    const fix = `Correct ${delegationName(d, index)}: ${fixes.join('; ')}.`;
    out.push(finding('SUBDELEGATION_OUT_OF_SCOPE', nodes, message, fix));
  }
  return out;
}

/** Rotate a loop to start at its smallest id (order kept), so the same loop always reads the same. */
function rotateToSmallest(cycle: number[]): number[] {
  let min = 0;
  for (let i = 1; i < cycle.length; i++) if (cycle[i]! < cycle[min]!) min = i;
  return [...cycle.slice(min), ...cycle.slice(0, min)];
}

/** "A reports to B, who reports to C, who reports to A" ('which' for things). */
function loopSentence(names: string[], verb: string, relative: 'who' | 'which'): string {
  if (names.length === 1) return `${names[0]!} ${verb} ${names[0]!}`;
  const parts = [`${names[0]!} ${verb} ${names[1]!}`];
  for (let i = 1; i < names.length; i++) parts.push(`${relative} ${verb} ${names[(i + 1) % names.length]!}`);
  return parts.join(', ');
}

/** CYCLE: loops in line management, delegation parents and service nesting; each loop once. */
export function accountabilityCycleFindings(snapshot: AccountabilitySnapshot | AccountabilityIndex): Finding[] {
  const index = asAccountabilityIndex(snapshot);
  const out: Finding[] = [];

  for (const raw of findCyclesBy(index.peopleById.keys(), (id) => index.peopleById.get(id)?.lineManagerId)) {
    const cycle = rotateToSmallest(raw);
    const names = cycle.map((id) => personName(index, id));
    const message =
      cycle.length === 1
        ? `${names[0]!} is recorded as their own line manager, so nobody above ${names[0]!} answers for their work.`
        : `Line management goes round in a loop: ${loopSentence(names, 'reports to', 'who')}. Nobody above them answers for their work.`;
    const fix =
      cycle.length === 1
        ? `Give ${names[0]!} a real line manager (or none, if ${names[0]!} is at the top of the council).`
        : `Break the loop: give one of ${listNames(names)} a line manager outside the loop (normally the manager above them in their service).`;
    out.push(finding('CYCLE', cycle.map((id) => personRef(index, id)), message, fix));
  }

  for (const raw of findCyclesBy(index.delegationsById.keys(), (id) => index.delegationsById.get(id)?.parentId)) {
    const cycle = rotateToSmallest(raw);
    const rows = cycle.map((id) => index.delegationsById.get(id)!);
    const names = rows.map((d) => delegationName(d, index));
    const message =
      cycle.length === 1
        ? `The delegation ${names[0]!} is recorded as coming from itself, so it cannot be traced back to a council body and gives no valid authority.`
        : `Delegations go round in a loop: ${loopSentence(names, 'comes from', 'which')}. None of them can be traced back to a council body, so none gives valid authority.`;
    const fix =
      'Re-link one of them to the delegation it really comes from (or to none, if it is made directly by the body that owns the power), ' +
      'or revoke the chain and delegate the power again.';
    out.push(finding('CYCLE', rows.map((d) => delegationRef(d, index)), message, fix));
  }

  for (const raw of findCyclesBy(index.servicesById.keys(), (id) => index.servicesById.get(id)?.parentId)) {
    const cycle = rotateToSmallest(raw);
    const rows = cycle.map((id) => index.servicesById.get(id)!);
    const names = rows.map((s) => s.name);
    const message =
      cycle.length === 1
        ? `${names[0]!} is recorded as a team of itself, so it is unclear what it belongs to and who above it answers for it.`
        : `Services are nested in a loop: ${loopSentence(names, 'is a team of', 'which')}. It is unclear what they belong to and who above them answers for them.`;
    const fix = `Make one of ${listNames(names)} a top-level service of its directorate, or move it under a service outside the loop.`;
    out.push(finding('CYCLE', rows.map(serviceRef), message, fix));
  }
  return out;
}

/** DUAL_ACCOUNTABILITY (info): an active person with different line and functional managers; both chains shown. */
export function dualAccountabilityFindings(
  snapshot: AccountabilitySnapshot | AccountabilityIndex,
): Finding[] {
  const index = asAccountabilityIndex(snapshot);
  const lines = linesFor(index);
  const out: Finding[] = [];
  for (const p of index.peopleById.values()) {
    if (!p.active || p.councilId !== index.councilId) continue;
    const line = p.lineManagerId;
    const functional = p.functionalManagerId;
    if (line === null || functional === null || line === functional) continue;
    const lineChain = lines.chain(p.id);
    const functionalChain = [functional, ...lines.chain(functional)];
    const show = (ids: number[]) => ids.map((id) => personName(index, id)).join(' → ');
    const message =
      `${p.name} answers to two managers. Line management: ${show(lineChain)}. ` +
      `Functional (corporate) management: ${show(functionalChain)}.`;
    const fix =
      `Recognise the dual accountability: agree in writing between ${personName(index, line)} and ${personName(index, functional)} ` +
      `which objectives and decisions each sets for ${p.name}, and how disagreements are settled.`;
    out.push(finding('DUAL_ACCOUNTABILITY', [nodeRef('Person', p.id, p.name), personRef(index, line), personRef(index, functional)], message, fix));
  }
  return out;
}

/** DATA_OWNER_MISSING: an indicator in use with no active data owner. */
export function dataOwnerFindings(snapshot: AccountabilitySnapshot | AccountabilityIndex): Finding[] {
  const index = asAccountabilityIndex(snapshot);
  const out: Finding[] = [];
  const mi = miResponsibleNamed(index).find((id) => isActive(index, id)) ?? null;
  for (const ind of index.snapshot.indicatorsInUse) {
    const ownerId = ind.dataOwnerId;
    if (isActive(index, ownerId)) continue;
    const nodes = [nodeRef('Indicator', ind.id, ind.name)];
    if (ownerId !== null) nodes.push(personRef(index, ownerId));
    const message =
      ownerId === null
        ? `The indicator "${ind.name}" is in use but has no data owner, so nobody is answerable for the accuracy of its figures.`
        : `The indicator "${ind.name}" is in use but its data owner, ${personName(index, ownerId)}, ${statusClause(personStatus(index, ownerId))}, so nobody is answerable for the accuracy of its figures.`;
    const fix =
      `Name an active data owner for "${ind.name}" who checks its figures before they are validated` +
      (mi !== null ? ` (${personName(index, mi)}, responsible for management information, should appoint one).` : '.');
    out.push(finding('DATA_OWNER_MISSING', nodes, message, fix));
  }
  return out;
}

/** The distinct people named as MI-responsible: miResponsibleIds when given, else miResponsibleId. */
export function miResponsibleNamed(snapshot: AccountabilitySnapshot | AccountabilityIndex): number[] {
  const council = asAccountabilityIndex(snapshot).snapshot.council;
  const ids = council.miResponsibleIds ?? (council.miResponsibleId !== null ? [council.miResponsibleId] : []);
  return [...new Set(ids)];
}

/** MI_OWNER_MISSING / MI_OWNER_AMBIGUOUS: the council must have exactly one active MI-responsible senior manager. */
export function miOwnerFindings(snapshot: AccountabilitySnapshot | AccountabilityIndex): Finding[] {
  const index = asAccountabilityIndex(snapshot);
  const council = index.snapshot.council;
  const councilRef = nodeRef('Council', council.id, council.name);
  const named = miResponsibleNamed(index);
  const active = named.filter((id) => isActive(index, id));
  const out: Finding[] = [];
  if (named.length > 1) {
    const names = named.map((id) => personName(index, id));
    const keep = active.length > 0 ? `one of ${listNames(active.map((id) => personName(index, id)))}` : 'one active senior manager';
    out.push(
      finding(
        'MI_OWNER_AMBIGUOUS',
        [councilRef, ...named.map((id) => personRef(index, id))],
        `${council.name} names ${named.length} people as the senior manager ultimately responsible for accurate and timely management information (${listNames(names)}); there must be exactly one, or nobody clearly is.`,
        `Choose ${keep} as responsible for management information and record only that person.`,
      ),
    );
  }
  if (active.length === 0) {
    const nodes = [councilRef, ...named.map((id) => personRef(index, id))];
    const message =
      named.length === 0
        ? `${council.name} has no senior manager responsible for accurate and timely management information, so nobody answers for its data or can authorise its publication.`
        : `${council.name} has no active senior manager responsible for management information: ${named
            .map((id) => `${personName(index, id)}, ${statusClause(personStatus(index, id))}`)
            .join('; ')}.`;
    const director = index.snapshot.directorates.find((d) => isActive(index, d.directorId));
    const example = director ? ` (for example ${personName(index, director.directorId)}, director of ${director.name})` : '';
    out.push(finding('MI_OWNER_MISSING', nodes, message, `Record one active senior manager${example} as responsible for management information for ${council.name}.`));
  }
  return out;
}
