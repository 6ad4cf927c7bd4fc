/**
 * Q5 and Q6: the risks in the plans assessed, and resources working to deliver value for money
 * (docs/methods/health-check.md, "Questions").
 */
import { hasReached } from '../governance/best-value.js';
import { BestValueFindingKind, BestValueStatus, RiskStatus } from '../governance/enums.js';
import { isRiskReviewOverdue } from '../governance/risks.js';
import { type Facts, node } from './facts.js';
import { MAIN, mainShare, NO_MAIN, RECORD_MAIN } from './measures.js';
import { buildAnswer, type HealthCheckAnswer, share } from './model.js';

export function q5Risk(f: Facts): HealthCheckAnswer {
  const g = f.e.governance;
  const priorities = g.priorities.filter((p) => p.period === g.period && !p.isNonPriority);
  const assessed = new Set(g.risks.filter((r) => r.status !== RiskStatus.CLOSED && r.priorityId !== null).map((r) => r.priorityId));
  const live = g.risks.filter((r) => r.status !== RiskStatus.CLOSED);
  return buildAnswer({
    key: 'Q5_RISK',
    section: 'QUESTION',
    title: 'The risks in the corporate and social services plans are assessed',
    claim: 'the council has assessed the risks in its plans',
    measures: [
      share({
        key: 'assessed',
        items: priorities,
        ok: (p) => assessed.has(p.id),
        node: (p) => node('Priority', p.id),
        text: (n, d) => `${n} of ${d} ${MAIN} have their risks assessed`,
        none: NO_MAIN(f),
        definition:
          'Corporate and directorate priorities of the period (not non-priorities) with at least one OPEN or TOLERATED risk linked ' +
          'to them, out of all of them (PRIORITY_RISKS_NOT_ASSESSED rule).',
        improve: 'Assess the risks to the priorities that have none on the register.',
        record: RECORD_MAIN(f),
        lead: true,
      }),
      share({
        key: 'reviewsCurrent',
        items: live,
        ok: (r) => !isRiskReviewOverdue(r, g.asOf),
        node: (r) => node('Risk', r.id),
        text: (n, d) => `${n} of ${d} open risks are within their review date`,
        none: 'No open risks are on the register',
        definition:
          'OPEN or TOLERATED risks whose review date is not past (no date counts as not past: ' +
          'RISK_REVIEW_OVERDUE rule), out of all of them.',
        improve: 'Review the risks whose review date has passed, and set the next date.',
        record: 'Record the risk register: each risk, its priority and its review date.',
      }),
    ],
  });
}

export function q6ValueForMoney(f: Facts): HealthCheckAnswer {
  const g = f.e.governance;
  const reviewedServices = new Set(g.bestValueReviews.map((r) => r.serviceId));
  const reviewedDirectorates = new Set(g.bestValueReviews.filter((r) => r.serviceId === null).map((r) => r.directorateId));
  const pastEvidence = g.bestValueReviews.filter((r) => hasReached(r.status, BestValueStatus.OPTIONS));
  return buildAnswer({
    key: 'Q6_VALUE_FOR_MONEY',
    section: 'QUESTION',
    title: 'Resources work in the best way to deliver value for money',
    claim: 'the council makes its resources work in the best way to deliver value for money',
    measures: [
      share({
        key: 'bestValueCoverage',
        items: g.services,
        ok: (s) => reviewedServices.has(s.id) || reviewedDirectorates.has(s.directorateId),
        node: (s) => node('Service', s.id),
        text: (n, d) => `${n} of ${d} services have had a Best Value review`,
        none: 'No services are recorded',
        definition:
          'Services with a Best Value review on record (any stage) of the service or of its whole directorate, out of all services.',
        improve: 'Plan Best Value reviews of the services that have not had one.',
        record: "Record the council's services and its Best Value reviews.",
        lead: true,
      }),
      share({
        key: 'compared',
        items: pastEvidence,
        ok: (r) => r.findingKinds.includes(BestValueFindingKind.COMPARE),
        node: (r) => node('BestValueReview', r.id),
        text: (n, d) => `${n} of ${d} Best Value reviews past the evidence stage compared the service with others`,
        none: 'No Best Value review has got past the evidence stage',
        definition: 'Best Value reviews at OPTIONS or later (closed included) with a COMPARE finding, out of all such reviews.',
        improve: 'Compare the reviewed services with other councils (costs and outcomes) and record it as a finding.',
        record: 'Record the findings (challenge, compare, consult, compete) of each Best Value review.',
      }),
      mainShare(f, {
        key: 'resourced',
        ok: (p) => (p.budget ?? 0) > 0 || (p.fte ?? 0) > 0,
        phrase: 'have a budget or staff time set',
        definition: 'have a budget or FTE above zero (UNRESOURCED rule)',
        improve: 'Record the budget and staff time behind each priority.',
      }),
    ],
  });
}
