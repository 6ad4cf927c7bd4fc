/** Governance checks on priorities, risk registers and portfolios (see checks.ts for the rules). */
import type { Finding, NodeRef } from '../findings.js';
import { day, finding, type GovernanceIndex, late, q } from './checks-model.js';
import { ActionSource, RiskStatus } from './enums.js';
import { HIGH_RISK_SCORE, isHighRiskWithoutMitigation, isRiskReviewOverdue, riskScore } from './risks.js';
import type { GovernancePriorityRow } from './snapshot.js';

/** Corporate and directorate priorities of the snapshot's period that are priorities (not explicit non-priorities). */
function currentPriorities(ix: GovernanceIndex): GovernancePriorityRow[] {
  return ix.snapshot.priorities.filter((p) => p.period === ix.period && !p.isNonPriority);
}

function priorityRefs(ix: GovernanceIndex, p: GovernancePriorityRow): NodeRef[] {
  const nodes: NodeRef[] = [{ type: 'Priority', id: p.id, name: p.name }];
  if (p.directorateId !== null) nodes.push(ix.directorateRef(p.directorateId));
  return nodes;
}

const levelWord = (p: GovernancePriorityRow) => (p.level === 'CORPORATE' ? 'corporate' : 'directorate');

export function prioritiesWithoutRisks(ix: GovernanceIndex): Finding[] {
  const assessed = new Set(
    ix.snapshot.risks.filter((r) => r.status !== RiskStatus.CLOSED && r.priorityId !== null).map((r) => r.priorityId),
  );
  return currentPriorities(ix)
    .filter((p) => !assessed.has(p.id))
    .map((p) =>
      finding(
        'PRIORITY_RISKS_NOT_ASSESSED',
        priorityRefs(ix, p),
        `No risk in the council's registers is linked to the ${ix.period} ${levelWord(p)} priority ${q(p.name)}: ` +
          `there is no evidence that the risks to delivering it have been assessed.`,
        `Assess what could stop ${q(p.name)} being delivered and record each risk, with an owner, scores and controls, ` +
          `linked to the priority.`,
      ),
    );
}

export function riskReviewsOverdue(ix: GovernanceIndex): Finding[] {
  return ix.snapshot.risks
    .filter((r) => isRiskReviewOverdue(r, ix.asOf))
    .map((r) => {
      return finding(
        'RISK_REVIEW_OVERDUE',
        [ix.riskRef(r), ...ix.personRefs(r.ownerId)],
        `The risk ${q(`${r.reference} ${r.title}`)} in ${ix.registerOf(r)} was due for review on ${day(r.reviewDue!)} ` +
          `and has not been reviewed (${late(r.reviewDue!, ix.asOf)}), so its scores and controls may no longer be right.`,
        `${r.ownerId !== null && ix.isActivePerson(r.ownerId) ? `Ask ${ix.personName(r.ownerId)} to review` : 'Review'} the risk: ` +
          `re-score it, check its controls and mitigations, and set the next review date.`,
      );
    });
}

export function highRisksWithoutMitigation(ix: GovernanceIndex): Finding[] {
  const out: Finding[] = [];
  for (const r of ix.snapshot.risks) {
    const actions = (ix.actionsByRisk.get(r.id) ?? []).filter((a) => a.source === ActionSource.RISK_MITIGATION);
    if (!isHighRiskWithoutMitigation(r, actions)) continue;
    const score = riskScore(r.residualLikelihood, r.residualImpact);
    const finished =
      actions.length > 0
        ? ` (its ${actions.length === 1 ? 'only mitigation is' : `${actions.length} mitigations are all`} done or dropped)`
        : '';
    out.push(
      finding(
        'HIGH_RISK_WITHOUT_MITIGATION',
        [ix.riskRef(r), ...ix.personRefs(r.ownerId), ...actions.map((a): NodeRef => ({ type: 'Action', id: a.id, name: a.title }))],
        `The risk ${q(`${r.reference} ${r.title}`)} in ${ix.registerOf(r)} scores ${score} after controls ` +
          `(likelihood ${r.residualLikelihood} x impact ${r.residualImpact}), but no mitigating action is open or in progress${finished}.`,
        `Agree at least one mitigating action with an owner and a due date to bring the score below ${HIGH_RISK_SCORE}, ` +
          `or record that the council tolerates the risk at this level and why.`,
      ),
    );
  }
  return out;
}

export function riskOwnersInactive(ix: GovernanceIndex): Finding[] {
  const out: Finding[] = [];
  for (const r of ix.snapshot.risks) {
    const problem = ix.ownerProblem(r.ownerId, 'owner');
    if (r.status === RiskStatus.CLOSED || problem === null) continue;
    out.push(
      finding(
        'RISK_OWNER_INACTIVE',
        [ix.riskRef(r), ...ix.personRefs(r.ownerId)],
        `The risk ${q(`${r.reference} ${r.title}`)} in ${ix.registerOf(r)} ${problem}, so nobody answers for managing it.`,
        `Name a current member of staff as the risk's owner: someone with the authority to manage it and report on it.`,
      ),
    );
  }
  return out;
}

/**
 * PORTFOLIO_GAP: a directorate no portfolio names (neither the directorate nor any of its
 * services), and a corporate priority of the period no portfolio names.
 */
export function portfolioGaps(ix: GovernanceIndex): Finding[] {
  const { portfolios, directorates, priorities } = ix.snapshot;
  const covered = new Set(portfolios.flatMap((p) => p.directorateIds));
  for (const p of portfolios) for (const s of p.serviceIds) covered.add(ix.serviceDirectorate(s) ?? -1);
  const named = new Set(portfolios.flatMap((p) => p.priorityIds));
  const out: Finding[] = [];
  for (const d of directorates) {
    if (covered.has(d.id)) continue;
    out.push(
      finding(
        'PORTFOLIO_GAP',
        [ix.directorateRef(d.id)],
        `No cabinet portfolio covers ${d.name} or any of its services, so no portfolio holder answers to the council for its performance.`,
        `Add ${d.name} (or its services) to the portfolio of the cabinet member who should answer for it.`,
      ),
    );
  }
  for (const p of priorities) {
    if (p.level !== 'CORPORATE' || p.period !== ix.period || p.isNonPriority || named.has(p.id)) continue;
    out.push(
      finding(
        'PORTFOLIO_GAP',
        priorityRefs(ix, p),
        `No cabinet portfolio includes the ${ix.period} corporate priority ${q(p.name)}, ` +
          `so no portfolio holder is responsible for leading it.`,
        `Add ${q(p.name)} to the portfolio of the cabinet member who will lead it.`,
      ),
    );
  }
  return out;
}
