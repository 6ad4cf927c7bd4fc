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
import { sortFindings, type Finding, type NodeRef } from '../findings.js';
import { delegationRef, listNames, nodeRef, personName, personRef, personStatus, scopeLabel, statusClause } from './labels.js';
import { asAccountabilityIndex, isDelegationInForce, scopeCoversService, servicesInScope, type AccountabilityIndex } from './scope.js';
import type { AccountabilitySnapshot, DelegationRow, AccountabilityService } from './types.js';
import { finding, isActive, linesFor, MAX_SERVICE_NODES, serviceRef } from './checks.common.js';
import { accountabilityCycleFindings, dualAccountabilityFindings, subDelegationFindings } from './checks.structure.js';
import { dataOwnerFindings, miOwnerFindings } from './checks.data.js';

export { ACCOUNTABILITY_SEVERITY, MAX_SERVICE_NODES, type AccountabilityCode } from './checks.common.js';
export { accountabilityCycleFindings, dualAccountabilityFindings, subDelegationFindings } from './checks.structure.js';
export { dataOwnerFindings, miOwnerFindings, miResponsibleNamed } from './checks.data.js';

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
        : `Nobody answers for the performance of ${s.name}: its accountable owner, ${personName(index, ownerId)}, ` +
          `${statusClause(personStatus(index, ownerId))}.`;

    // Suggest the nearest active owner of a service above it, and who should appoint.
    let suggestion = '';
    let suggested: NodeRef | undefined;
    for (const a of index.serviceAncestors.get(s.id) ?? []) {
      const parent = index.servicesById.get(a)!;
      if (isActive(index, parent.accountableOwnerId)) {
        suggested = personRef(index, parent.accountableOwnerId!);
        suggestion =
          `, for example ${personName(index, parent.accountableOwnerId)}, who owns ${parent.name} above it, until a permanent ` +
          `owner is appointed`;
        break;
      }
    }
    const directorId = directorate?.directorId ?? null;
    const appoint =
      directorate && isActive(index, directorId)
        ? `; ${personName(index, directorId)}, director of ${directorate.name}, should confirm the appointment`
        : '';
    out.push(
      finding(
        'UNOWNED_SERVICE',
        nodes,
        message,
        `Record one active manager as the accountable owner of ${s.name}${suggestion}${appoint}.`,
        suggested,
      ),
    );
  }
  return out;
}

/** DECISION_WITHOUT_ACCOUNTABILITY: one finding per in-force delegation (see the decisions above). */
export function decisionWithoutAccountabilityFindings(snapshot: AccountabilitySnapshot | AccountabilityIndex): Finding[] {
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
        `their accountable owners (${examples.join(', ')}${gaps.length > 3 ? ', ...' : ''}), or bring those owners under ${who} in line ` +
        `management.`;
    }
    out.push(finding('DECISION_WITHOUT_ACCOUNTABILITY', nodes, message, fix));
  }
  return out;
}

/** ACCOUNTABILITY_WITHOUT_AUTHORITY: one finding per active owner listing the services they cannot decide on. */
export function accountabilityWithoutAuthorityFindings(snapshot: AccountabilitySnapshot | AccountabilityIndex): Finding[] {
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
  const inForceHeldBy = (personId: number) =>
    (index.delegationsByHolder.get(personId) ?? []).filter((d) => isDelegationInForce(d, index.today));

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
        ? `${who} is the accountable owner of ${first.name} but holds no delegated power over it, so they answer for decisions they ` +
          `cannot take.`
        : `${who} is the accountable owner of ${uncovered.length} services (${listNames(uncovered.map((s) => s.name))}) but holds no ` +
          `delegated power over them, so they answer for decisions they cannot take.`;

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
      ? `Ask ${personName(index, source.toPersonId)}, who holds "${
          index.powersById.get(source.powerId)?.name ?? `power #${source.powerId}`
        }" over ` +
        `${scopeLabel(source.scope, index)} and may sub-delegate it, to sub-delegate it to ${who} for ${first.name}` +
        `${uncovered.length > 1 ? ' (and do the same for the other services listed)' : ''}; or make the person who does take those ` +
        `decisions accountable.`
      : `Record a delegation to ${who} of the powers needed to run ${listNames(
          uncovered.map((s) => s.name),
          3,
        )} (from the body that owns them), or make the person who does take those decisions accountable.`;
    out.push(finding('ACCOUNTABILITY_WITHOUT_AUTHORITY', nodes, message, fix));
  }
  return out;
}

/** BLURRED_ACCOUNTABILITY: an objective or target owned outside its service's line (rule above). */
export function blurredAccountabilityFindings(snapshot: AccountabilitySnapshot | AccountabilityIndex): Finding[] {
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
      const where =
        worksIn !== null && index.servicesById.has(worksIn)
          ? `works in ${index.servicesById.get(worksIn)!.name}`
          : `does not work in ${service.name}`;
      why = `${xName}, who ${where} and is not in the line of ${service.name} (neither reports to nor manages ${ownerText})`;
    }
    const message = `The ${kind} "${item.name}" of ${service.name} is owned by ${why}, so it is not clear who answers for it.`;
    const fix = isActive(index, ownerId)
      ? `Make ${personName(index, ownerId)} (the accountable owner of ${service.name}) or someone who works in ${service.name} the owner ` +
        `of "${item.name}"; ` +
        `if ${xName} contributes to it, record that as a contribution, not ownership.`
      : `Appoint an accountable owner for ${service.name}, then make them or someone who works in ${service.name} the owner of ` +
        `"${item.name}".`;
    out.push(finding('BLURRED_ACCOUNTABILITY', nodes, message, fix));
  }
  return out;
}
