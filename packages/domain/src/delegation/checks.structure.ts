/** The checks of the scheme's structure: sub-delegations out of scope, loops, dual accountability (see checks.ts). */
import { findCyclesBy } from '../hierarchy.js';
import { type Finding, type NodeRef } from '../findings.js';
import { delegationName, delegationRef, formatMoney, listNames, nodeRef, personName, personRef, scopeLabel } from './labels.js';
import { asAccountabilityIndex, effectiveFinancialLimit, scopeContains, type AccountabilityIndex } from './scope.js';
import type { AccountabilitySnapshot } from './types.js';
import { finding, linesFor, serviceRef } from './checks.common.js';

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
        reasons.push(
          `it is for "${pName}" but comes from a delegation of ` +
            `"${index.powersById.get(parent.powerId)?.name ?? `power #${parent.powerId}`}"`,
        );
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
        reasons.push(
          `it covers ${scopeLabel(d.scope, index)}, which is not within ${parentHolder}'s own scope (${scopeLabel(parent.scope, index)})`,
        );
        fixes.push(`narrow it to ${scopeLabel(parent.scope, index)} or part of it`);
      }
      const parentLimit = effectiveFinancialLimit(parent, index);
      if (d.financialLimit !== null && parentLimit !== null && d.financialLimit > parentLimit) {
        reasons.push(
          `it allows decisions up to ${formatMoney(d.financialLimit)}, above the ${formatMoney(parentLimit)} ${parentHolder} may approve`,
        );
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
        : `Break the loop: give one of ${listNames(names)} a line manager outside the loop (normally the manager above them in their ` +
          `service).`;
    out.push(
      finding(
        'CYCLE',
        cycle.map((id) => personRef(index, id)),
        message,
        fix,
      ),
    );
  }

  for (const raw of findCyclesBy(index.delegationsById.keys(), (id) => index.delegationsById.get(id)?.parentId)) {
    const cycle = rotateToSmallest(raw);
    const rows = cycle.map((id) => index.delegationsById.get(id)!);
    const names = rows.map((d) => delegationName(d, index));
    const message =
      cycle.length === 1
        ? `The delegation ${names[0]!} is recorded as coming from itself, so it cannot be traced back to a council body and gives no ` +
          `valid authority.`
        : `Delegations go round in a loop: ${loopSentence(names, 'comes from', 'which')}. None of them can be traced back to a council ` +
          `body, so none gives valid authority.`;
    const fix =
      'Re-link one of them to the delegation it really comes from (or to none, if it is made directly by the body that owns the power), ' +
      'or revoke the chain and delegate the power again.';
    out.push(
      finding(
        'CYCLE',
        rows.map((d) => delegationRef(d, index)),
        message,
        fix,
      ),
    );
  }

  for (const raw of findCyclesBy(index.servicesById.keys(), (id) => index.servicesById.get(id)?.parentId)) {
    const cycle = rotateToSmallest(raw);
    const rows = cycle.map((id) => index.servicesById.get(id)!);
    const names = rows.map((s) => s.name);
    const message =
      cycle.length === 1
        ? `${names[0]!} is recorded as a team of itself, so it is unclear what it belongs to and who above it answers for it.`
        : `Services are nested in a loop: ${loopSentence(names, 'is a team of', 'which')}. It is unclear what they belong to and who ` +
          `above them answers for them.`;
    const fix = `Make one of ${listNames(names)} a top-level service of its directorate, or move it under a service outside the loop.`;
    out.push(finding('CYCLE', rows.map(serviceRef), message, fix));
  }
  return out;
}

/** DUAL_ACCOUNTABILITY (info): an active person with different line and functional managers; both chains shown. */
export function dualAccountabilityFindings(snapshot: AccountabilitySnapshot | AccountabilityIndex): Finding[] {
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
    out.push(
      finding('DUAL_ACCOUNTABILITY', [nodeRef('Person', p.id, p.name), personRef(index, line), personRef(index, functional)], message, fix),
    );
  }
  return out;
}
