/** The seven questions for senior managers and political leaders (docs/methods/health-check.md, "Questions"). */
import type { EngagementGroupKind, PriorityRow } from '../cascade/types.js';
import { hasReached } from '../governance/best-value.js';
import { BestValueFindingKind, BestValueStatus, RiskStatus } from '../governance/enums.js';
import { isRiskReviewOverdue } from '../governance/risks.js';
import type { HealthCheckIndicatorRow } from './evidence.js';
import { type Facts, isException, node } from './facts.js';
import { buildAnswer, type HealthCheckAnswer, type Measure, share } from './model.js';

const MAIN = 'corporate and directorate priorities';
const NO_MAIN = (f: Facts) => `No corporate or directorate priorities are recorded for ${f.e.period}`;
const RECORD_MAIN = (f: Facts) => `Record the council's corporate and directorate priorities for ${f.e.period}.`;
const pnode = (p: PriorityRow) => node('Priority', p.id);
const inode = (i: HealthCheckIndicatorRow) => node('Indicator', i.id);

/** A share over the main priorities (corporate and directorate, active, of the period). */
export function mainShare(
  f: Facts,
  spec: { key: string; ok: (p: PriorityRow) => boolean; phrase: string; definition: string; improve: string; lead?: boolean },
): Measure {
  return share({
    key: spec.key,
    items: f.main,
    ok: spec.ok,
    node: pnode,
    text: (n, d) => `${n} of ${d} ${MAIN} ${spec.phrase}`,
    none: NO_MAIN(f),
    definition:
      `Active corporate and directorate priorities of the period (not explicit ` +
      `non-priorities) that ${spec.definition}, out of all of them.`,
    improve: spec.improve,
    record: RECORD_MAIN(f),
    lead: spec.lead,
  });
}

/** Levels with a configured limit: is each scope (council, directorate, service) within it? (B3, H5) */
export function limitsMeasure(f: Facts, key: string): Measure {
  const limits = f.e.cascade.council.priorityLimits;
  const groups: { label: string; count: number; limit: number; ids: number[] }[] = [];
  for (const level of ['CORPORATE', 'DIRECTORATE', 'SERVICE'] as const) {
    const limit = limits[level];
    if (limit === null) continue;
    const at = f.active.filter((p) => p.level === level);
    const byScope = new Map<string, PriorityRow[]>();
    if (level === 'CORPORATE') byScope.set('council', at);
    for (const p of level === 'CORPORATE' ? [] : at) {
      const scope = `${level === 'DIRECTORATE' ? p.directorateId : p.serviceId}`;
      const list = byScope.get(scope);
      if (list) list.push(p);
      else byScope.set(scope, [p]);
    }
    for (const [scope, ps] of byScope) groups.push({ label: `${level}:${scope}`, count: ps.length, limit, ids: ps.map((p) => p.id) });
  }
  const m = share({
    key,
    items: groups,
    ok: (g) => g.count <= g.limit,
    node: () => null,
    text: (n, d) => `${n} of ${d} ${d === 1 ? 'level or area is' : 'levels and areas are'} within the council's limit on priorities`,
    none: 'The council has not set a limit on the number of priorities at any level',
    definition:
      'For each level with a configured limit, each scope (corporate: the council; directorate: each directorate; service: each ' +
      'service) with active priorities at that level: the scopes whose count of active priorities (any status) is at most the ' +
      'limit, out of all such scopes (the TOO_MANY_PRIORITIES rule).',
    improve: 'Cut the priorities where there are more than the limit, or record what is explicitly not a priority.',
    record: "Record the council's limit on the number of corporate, directorate and service priorities.",
  });
  for (const g of groups) for (const id of g.ids) m.nodes.push({ kind: 'Priority', id, ok: g.count <= g.limit });
  return m;
}

export function q1Direction(f: Facts): HealthCheckAnswer {
  const nonPriorities = f.nonPriorities.length;
  const stated: Measure = {
    key: 'nonPriorities',
    numerator: nonPriorities,
    denominator: null,
    score: f.main.length === 0 ? null : nonPriorities > 0 ? 4 : 0,
    text:
      nonPriorities > 0
        ? `${nonPriorities} explicit ${nonPriorities === 1 ? 'non-priority is' : 'non-priorities are'} stated for ${f.e.period}`
        : `Nothing is stated as not a priority for ${f.e.period}`,
    definition:
      'Explicit non-priorities (a priority marked "not a priority" with its reason) of the period: at least one scores 4, none 0.',
    improve: 'Say clearly what is not a priority this year, with the reason.',
    record: RECORD_MAIN(f),
    nodes: f.nonPriorities.map((p) => ({ kind: 'Priority', id: p.id, ok: true })),
    lead: false,
  };
  const limits = limitsMeasure(f, 'limits');
  return buildAnswer({
    key: 'Q1_DIRECTION',
    section: 'QUESTION',
    title: 'A clear, agreed direction and set of priorities',
    claim: 'councillors and managers have a clear, agreed direction and set of priorities',
    measures: [
      mainShare(f, {
        key: 'agreed',
        ok: (p) => p.status !== 'DRAFT',
        phrase: 'are agreed',
        definition: 'are AGREED or COMMUNICATED',
        improve: 'Take the draft priorities to the executive for agreement.',
        lead: true,
      }),
      mainShare(f, {
        key: 'owned',
        ok: (p) => p.ownerId !== null,
        phrase: 'have an owner',
        definition: 'have an owner named',
        improve: 'Name an owner for every corporate and directorate priority.',
      }),
      limits,
      stated,
    ],
  });
}

const GROUPS: { key: string; label: string; kinds: EngagementGroupKind[]; hardToReach?: boolean }[] = [
  { key: 'serviceUsers', label: 'service users', kinds: ['SERVICE_USERS'] },
  { key: 'carers', label: 'carers', kinds: ['CARERS'] },
  { key: 'staff', label: 'staff', kinds: ['STAFF'] },
  { key: 'partners', label: 'partners or providers', kinds: ['PARTNERS', 'PROVIDERS'] },
  { key: 'hardToReach', label: 'hard-to-reach groups', kinds: [], hardToReach: true },
];

export function q2Engagement(f: Facts): HealthCheckAnswer {
  const byPriority = new Map<number, { kind: EngagementGroupKind; hardToReach: boolean }[]>();
  for (const c of f.e.cascade.consultations) {
    for (const pid of new Set(c.priorityIds)) {
      const list = byPriority.get(pid);
      if (list) list.push(...c.groups);
      else byPriority.set(pid, [...c.groups]);
    }
  }
  return buildAnswer({
    key: 'Q2_ENGAGEMENT',
    section: 'QUESTION',
    title: 'Direction formulated with the workforce, partners and user groups',
    claim: 'the direction was formulated with the workforce, key partners and user groups',
    measures: GROUPS.map((g) =>
      share({
        key: g.key,
        items: f.main,
        ok: (p) => (byPriority.get(p.id) ?? []).some((x) => (g.hardToReach ? x.hardToReach : g.kinds.includes(x.kind))),
        node: pnode,
        text: (n, d) => `${g.label.charAt(0).toUpperCase()}${g.label.slice(1)} were consulted on ${n} of ${d} ${MAIN}`,
        none: NO_MAIN(f),
        definition:
          `Active corporate and directorate priorities of the period informed by at least one consultation that included ` +
          `${g.hardToReach ? 'a group marked hard-to-reach' : `a group of kind ${g.kinds.join(' or ')}`}, out of all of them.`,
        improve: `Consult ${g.label} on the priorities they were not asked about, and link the consultation to the priorities.`,
        record: RECORD_MAIN(f),
        lead: true,
      }),
    ),
  });
}

/** Indicators whose latest due period has a VALIDATED or PUBLISHED value (Q3, H6). */
export const validated = (i: HealthCheckIndicatorRow) => i.status === 'VALIDATED' || i.status === 'PUBLISHED';

/** The figure when no indicator in use has a period due. */
export const noneDue = (f: Facts) => `No indicator in use has a period due in ${f.e.period}`;

export function indicatorShare(
  f: Facts,
  items: readonly HealthCheckIndicatorRow[],
  spec: {
    key: string;
    ok: (i: HealthCheckIndicatorRow) => boolean;
    text: (n: number, d: number) => string;
    definition: string;
    improve: string;
  },
  none = `No indicators in use are recorded for ${f.e.period}`,
): Measure {
  return share({
    key: spec.key,
    items,
    ok: spec.ok,
    node: inode,
    text: spec.text,
    none,
    definition: spec.definition,
    improve: spec.improve,
    record: 'Record the indicators the council uses, with their data owners, targets and values for the period.',
  });
}

export function miOwnerMeasure(f: Facts): Measure {
  const ids = [...new Set(f.e.miOwnerIds)];
  return {
    key: 'miOwner',
    numerator: ids.length,
    denominator: null,
    score: ids.length === 1 ? 4 : 0,
    text:
      ids.length === 1
        ? 'One senior manager is responsible for management information'
        : ids.length === 0
          ? 'No senior manager is named as responsible for management information'
          : `${ids.length} people are named as responsible for management information, not one`,
    definition:
      'People named as the senior manager responsible for accurate and timely management information: exactly one scores 4, else 0.',
    improve: 'Name exactly one senior manager as responsible for management information.',
    record: '',
    nodes: ids.map((id) => ({ kind: 'Person', id, ok: ids.length === 1 })),
    lead: false,
  };
}

export function dataOwnerMeasure(f: Facts): Measure {
  return indicatorShare(f, f.indicators, {
    key: 'dataOwners',
    ok: (i) => i.dataOwnerId !== null,
    text: (n, d) => `${n} of ${d} indicators in use have a data owner`,
    definition: 'Indicators in use in the period with a data owner named for the council, out of all indicators in use.',
    improve: 'Name a data owner for every indicator in use.',
  });
}

export function q3Measurement(f: Facts): HealthCheckAnswer {
  return buildAnswer({
    key: 'Q3_MEASUREMENT',
    section: 'QUESTION',
    title: 'The right mechanisms and information to measure and manage performance',
    claim: 'the council has the mechanisms and information to measure and manage performance',
    measures: [
      mainShare(f, {
        key: 'targets',
        ok: (p) => f.measured.has(p.id),
        phrase: 'have a target',
        definition: 'have a target on them, on an objective delivering them or on a priority under them (UNMEASURED_PRIORITY rule)',
        improve: 'Set a target for each priority without one.',
        lead: true,
      }),
      dataOwnerMeasure(f),
      miOwnerMeasure(f),
      indicatorShare(
        f,
        f.due,
        {
          key: 'validated',
          ok: validated,
          text: (n, d) => `${n} of ${d} indicators due have validated figures for their latest period`,
          definition:
            'Indicators in use with a period due whose latest due period has a VALIDATED or PUBLISHED value, out of those indicators.',
          improve: 'Ask data owners to enter and validate the figures that are missing or still in draft.',
        },
        noneDue(f),
      ),
    ],
  });
}

export function staffThreadMeasure(f: Facts, lead: boolean): Measure {
  const c = f.coverage.staffWithThread;
  const missing = new Set(c.missingIds);
  return share({
    key: 'staffThread',
    items: [...new Set(f.e.cascade.staff.map((s) => s.id))],
    ok: (id) => !missing.has(id),
    node: (id) => node('Person', id),
    text: (n, d) => `${n} of ${d} staff have an agreed appraisal objective that traces to a corporate priority`,
    none: 'No staff who should have appraisal objectives are recorded',
    definition:
      'Staff expected to have appraisal objectives with at least one agreed appraisal objective of the period whose thread reaches ' +
      'an active corporate priority (goldenThreadCoverage staffWithThread), out of all of them.',
    improve: 'Agree appraisal objectives with the staff who have none, aimed at a service objective or priority.',
    record: 'Record the staff who should have appraisal objectives, and their objectives for the period.',
    lead,
  });
}

export const agreedAppraisals = (f: Facts) => f.e.cascade.appraisalObjectives.filter((a) => a.period === f.e.period && a.agreedOn !== null);

export function reviewedMeasure(f: Facts): Measure {
  return share({
    key: 'reviewed',
    items: agreedAppraisals(f),
    ok: (a) => a.reviewedOn !== null,
    node: (a) => node('AppraisalObjective', a.id),
    text: (n, d) => `${n} of ${d} agreed appraisal objectives have been reviewed`,
    none: `No agreed appraisal objectives are recorded for ${f.e.period}`,
    definition: 'Agreed appraisal objectives of the period with a review date, out of all agreed appraisal objectives of the period.',
    improve: 'Ask managers to review the appraisal objectives not yet reviewed.',
    record: 'Record staff appraisal objectives, the day each was agreed and reviewed, and the rating.',
  });
}

export function q4StaffExpectations(f: Facts): HealthCheckAnswer {
  return buildAnswer({
    key: 'Q4_STAFF_EXPECTATIONS',
    section: 'QUESTION',
    title: 'Staff know what is expected of them, and managers know if it is achieved',
    claim: 'staff know what is expected of them and managers know whether it is achieved',
    measures: [
      staffThreadMeasure(f, true),
      reviewedMeasure(f),
      share({
        key: 'rated',
        items: agreedAppraisals(f),
        ok: (a) => a.rating !== null,
        node: (a) => node('AppraisalObjective', a.id),
        text: (n, d) => `${n} of ${d} agreed appraisal objectives have a rating`,
        none: `No agreed appraisal objectives are recorded for ${f.e.period}`,
        definition: 'Agreed appraisal objectives of the period with a rating (exceeded, met, partly met, not met), out of all of them.',
        improve: 'Record the outcome (rating) of each appraisal objective at review.',
        record: 'Record staff appraisal objectives, the day each was agreed and reviewed, and the rating.',
      }),
    ],
  });
}

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

export function q7Difference(f: Facts): HealthCheckAnswer {
  const comparable = f.due.filter((i) => i.exceptionLastPeriod !== null);
  const now = comparable.filter(isException).length;
  const last = comparable.filter((i) => i.exceptionLastPeriod === true).length;
  const exceptions: Measure = {
    key: 'exceptions',
    numerator: comparable.length === 0 ? null : now,
    denominator: comparable.length === 0 ? null : last,
    score: comparable.length === 0 ? null : now < last || now === 0 ? 4 : now === last ? 2 : 0,
    text:
      comparable.length === 0
        ? 'No indicator has figures for both this period and the one before'
        : `${now} ${now === 1 ? 'exception' : 'exceptions'} this period against ${last} the period before ` +
          `(of ${comparable.length} indicators)`,
    definition:
      'Among indicators due whose previous period can be judged: exceptions (RED, bottom quartile or deteriorating) now (numerator) ' +
      'and in the period before (denominator). Fewer than before, or none, scores 4; as many scores 2; more scores 0.',
    improve: 'Turn round the indicators that became exceptions this period.',
    record: "Record each indicator's values for at least two periods.",
    nodes: comparable.map((i) => ({ kind: 'Indicator', id: i.id, ok: !isException(i) })),
    lead: false,
  };
  const judged = f.due.filter((i) => i.direction !== 'UNKNOWN');
  const ragged = f.due.filter((i) => i.rag !== 'NONE');
  const ranked = f.due.filter((i) => i.quartile !== null);
  return buildAnswer({
    key: 'Q7_DIFFERENCE',
    section: 'QUESTION',
    title: 'Performance management makes a real, measurable difference on the ground',
    claim: 'performance management is making a measurable difference to services',
    measures: [
      {
        ...indicatorShare(
          f,
          judged,
          {
            key: 'improving',
            ok: (i) => i.direction === 'IMPROVING',
            text: (n, d) => `${n} of ${d} indicators with a direction of travel are improving`,
            definition: 'Indicators due whose direction of travel is IMPROVING, out of those whose direction is known (not UNKNOWN).',
            improve: 'Find out why the indicators that are not improving are stuck or falling, and act on it.',
          },
          'No indicator has enough figures to tell its direction of travel',
        ),
        lead: true,
      },
      indicatorShare(
        f,
        ragged,
        {
          key: 'targetsMet',
          ok: (i) => i.rag === 'GREEN',
          text: (n, d) => `${n} of ${d} indicators with a target are on target`,
          definition: 'Indicators due that are GREEN against their target, out of those with a RAG (not NONE).',
          improve: 'Agree recovery plans for the indicators off target.',
        },
        'No indicator has both a target and a value to judge it by',
      ),
      exceptions,
      indicatorShare(
        f,
        ranked,
        {
          key: 'comparators',
          ok: (i) => i.quartile === 1 || i.quartile === 2,
          text: (n, d) => `${n} of ${d} ranked indicators are in the top half of the comparator group`,
          definition: 'Indicators due in quartile 1 or 2 of their comparator group, out of those ranked (quartile known).',
          improve: 'Learn from the best councils in the group on the indicators in the bottom half.',
        },
        'No indicator is ranked against comparator councils',
      ),
    ],
  });
}

export function questions(f: Facts): HealthCheckAnswer[] {
  return [q1Direction(f), q2Engagement(f), q3Measurement(f), q4StaffExpectations(f), q5Risk(f), q6ValueForMoney(f), q7Difference(f)];
}
