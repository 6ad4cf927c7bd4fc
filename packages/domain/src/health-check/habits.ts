/** The eight things leaders and managers need to do (docs/methods/health-check.md, "Habits"). */
import { GOLDEN_THREAD_SEVERITY } from '../cascade/checks.js';
import type { PriorityRow } from '../cascade/types.js';
import { ACCOUNTABILITY_SEVERITY } from '../delegation/checks.js';
import { GOVERNANCE_SEVERITY } from '../governance/checks.js';
import { isReviewStalled } from '../governance/best-value.js';
import { ActionSource, ActionStatus, BestValueStatus, RiskStatus } from '../governance/enums.js';
import { isHighRiskWithoutMitigation, riskScore, HIGH_RISK_SCORE } from '../governance/risks.js';
import { needsActions } from '../governance/scrutiny.js';
import { DATA_OWNER_NEVER_UPDATED } from '../performance/owners.js';
import { commentaryMeasure } from './barriers.js';
import { type Facts, node } from './facts.js';
import { buildAnswer, type HealthCheckAnswer, type Measure, share } from './model.js';
import { agreedAppraisals, indicatorShare, mainShare, noneDue, reviewedMeasure, validated } from './questions.js';

/** ASCOF (the Adult Social Care Outcomes Framework) measures are the outcome measures. */
export const isOutcomeFramework = (framework: string) => framework === 'ASCOF';

/** The indicators of the period's targets on a priority or on an objective delivering it. */
function indicatorsOf(f: Facts, p: PriorityRow): Set<number> {
  const objectives = new Set((f.objectivesByPriority.get(p.id) ?? []).map((o) => o.id));
  return new Set(
    f.targets.filter((t) => t.priorityId === p.id || (t.objectiveId !== null && objectives.has(t.objectiveId))).map((t) => t.indicatorId),
  );
}

export function h1ShowPerformanceMatters(f: Facts): HealthCheckAnswer {
  const g = f.e.governance;
  return buildAnswer({
    key: 'H1_SHOW_PERFORMANCE_MATTERS',
    section: 'HABIT',
    title: 'Show staff that performance matters by what they do',
    claim: 'leaders show by what they do that performance matters',
    measures: [
      share({
        key: 'leaderOwned',
        items: f.corporate,
        ok: (p) => p.ownerId !== null && f.leaderIds.has(p.ownerId),
        node: (p) => node('Priority', p.id),
        text: (n, d) => `${n} of ${d} corporate priorities are owned by a leader`,
        none: `No corporate priorities are recorded for ${f.e.period}`,
        definition:
          'Active corporate priorities of the period owned by a leader (leader, cabinet member, ' +
          'portfolio holder or director), out of all of them.',
        improve: 'Give each corporate priority a leader as its owner.',
        record: `Record the corporate priorities for ${f.e.period}, their owners and the leaders' roles.`,
        lead: true,
      }),
      share({
        key: 'scrutinyAnswered',
        items: g.scrutinyRecommendations.filter((r) => r.responseDue < g.asOf),
        ok: (r) => r.response !== null,
        node: (r) => node('ScrutinyRecommendation', r.id),
        text: (n, d) => `${n} of ${d} scrutiny recommendations due an answer have had the executive's response`,
        none: 'No scrutiny recommendation is due an answer yet',
        definition:
          'Scrutiny recommendations whose response date is past, with an executive response, out of ' +
          'all of them (SCRUTINY_RECOMMENDATION_UNANSWERED rule).',
        improve: 'Answer the scrutiny recommendations that are past their response date.',
        record: "Record scrutiny recommendations, their response date and the executive's response.",
      }),
    ],
  });
}

export function h2JoinUpThinking(f: Facts): HealthCheckAnswer {
  return buildAnswer({
    key: 'H2_JOIN_UP_THINKING',
    section: 'HABIT',
    title: 'Join up the thinking, assess whether things improve and understand why if not',
    claim: 'managers join up the thinking and understand why things are not improving',
    measures: [
      share({
        key: 'objectivesTraced',
        items: f.objectives,
        ok: (o) => o.priorityIds.some((id) => f.activeIds.has(id)),
        node: (o) => node('Objective', o.id),
        text: (n, d) => `${n} of ${d} service-plan objectives deliver a priority`,
        none: `No service-plan objectives are recorded for ${f.e.period}`,
        definition:
          'Service-plan objectives of the period that deliver at least one active priority of the ' +
          'period, out of all of them (ORPHAN_OBJECTIVE rule).',
        improve: 'Link each service-plan objective to the priority it delivers.',
        record: "Record the service plans' objectives and the priorities they deliver.",
      }),
      indicatorShare(
        f,
        f.due,
        {
          key: 'directionKnown',
          ok: (i) => i.direction !== 'UNKNOWN',
          text: (n, d) => `${n} of ${d} indicators due have a known direction of travel`,
          definition: 'Indicators due whose direction of travel is known (not UNKNOWN), out of all indicators due.',
          improve: "Enter enough periods of figures to see each indicator's direction of travel.",
        },
        noneDue(f),
      ),
      commentaryMeasure(f),
    ],
  });
}

export function h3ActOnWhatMatters(f: Facts): HealthCheckAnswer {
  const g = f.e.governance;
  const acted = new Set(
    f.e.indicatorActions
      .filter((l) => f.actionsById.get(l.actionId)?.status !== ActionStatus.DROPPED && f.actionsById.has(l.actionId))
      .map((l) => l.indicatorId),
  );
  const high = g.risks.filter((r) => r.status === RiskStatus.OPEN && riskScore(r.residualLikelihood, r.residualImpact) >= HIGH_RISK_SCORE);
  const mitigations = g.actions.filter((a) => a.source === ActionSource.RISK_MITIGATION && a.riskId !== null);
  const counted = g.actions.filter((a) => a.status !== ActionStatus.DROPPED);
  const bvActed = new Set(counted.map((a) => a.bestValueRecommendationId));
  const scrActed = new Set(counted.map((a) => a.scrutinyRecommendationId));
  const agreed = [
    ...g.bestValueRecommendations
      .filter((r) => r.agreedOn !== null && r.agreedOn <= g.asOf)
      .map((r) => ({ kind: 'BestValueRecommendation', id: r.id, ok: bvActed.has(r.id) })),
    ...g.scrutinyRecommendations
      .filter((r) => needsActions(r.response))
      .map((r) => ({ kind: 'ScrutinyRecommendation', id: r.id, ok: scrActed.has(r.id) })),
  ];
  return buildAnswer({
    key: 'H3_ACT_ON_WHAT_MATTERS',
    section: 'HABIT',
    title: 'Take action on what matters most',
    claim: 'leaders and managers act on what matters most',
    measures: [
      share({
        key: 'exceptionsActed',
        items: f.exceptions,
        ok: (i) => acted.has(i.id),
        node: (i) => node('Indicator', i.id),
        text: (n, d) => `${n} of ${d} performance exceptions have an action`,
        none: 'No indicator is an exception this period',
        definition:
          'Exceptions (RED, bottom quartile or DETERIORATING) with an action not DROPPED raised on the indicator, out of all exceptions.',
        improve: 'Raise an action, with an owner and a date, for each exception.',
        // Nothing to record: no exception is nothing to explain (the indicator answers ask for missing figures).
        record: '',
      }),
      share({
        key: 'highRisksMitigated',
        items: high,
        ok: (r) =>
          !isHighRiskWithoutMitigation(
            r,
            mitigations.filter((a) => a.riskId === r.id),
          ),
        node: (r) => node('Risk', r.id),
        text: (n, d) => `${n} of ${d} high risks have a live mitigating action`,
        none: 'No open risk scores high (15 or more)',
        definition:
          `OPEN risks with residual likelihood x impact of ${HIGH_RISK_SCORE} or more that have an OPEN ` +
          `or IN_PROGRESS mitigating action, out of all of them.`,
        improve: 'Put a mitigating action, with an owner, on each high risk.',
        record: 'Record the risk register with residual scores and mitigating actions.',
      }),
      share({
        key: 'recommendationsActed',
        items: agreed,
        ok: (r) => r.ok,
        node: (r) => ({ kind: r.kind, id: r.id }),
        text: (n, d) => `${n} of ${d} agreed recommendations have an action`,
        none: 'No Best Value or scrutiny recommendation has been agreed yet',
        definition:
          'Best Value recommendations agreed on or before the day of the check and scrutiny recommendations ACCEPTED or PARTLY_ACCEPTED, ' +
          'with an action not DROPPED naming them, out of all of them (RECOMMENDATION_WITHOUT_ACTION rule).',
        improve: 'Turn each agreed recommendation into an action with an owner and a date.',
        record: "Record Best Value and scrutiny recommendations and the executive's response.",
      }),
    ],
  });
}

export function h4NationalAgendas(f: Facts): HealthCheckAnswer {
  const national = f.active.filter((p) => p.origin === 'NATIONAL');
  const linked = new Set(f.e.nationalIndicatorLinks.map((l) => l.priorityId));
  const isNational = (id: number) => {
    const ind = f.indicatorsById.get(id);
    return ind !== undefined && ind.framework !== 'LOCAL';
  };
  return buildAnswer({
    key: 'H4_NATIONAL_AGENDAS',
    section: 'HABIT',
    title: 'Translate national agendas into something meaningful locally',
    claim: 'national agendas are translated into local priorities with local measures',
    measures: [
      share({
        key: 'nationalLinked',
        items: national,
        ok: (p) => linked.has(p.id) || [...indicatorsOf(f, p)].some(isNational),
        node: (p) => node('Priority', p.id),
        text: (n, d) => `${n} of ${d} national priorities are linked to the national indicator they translate`,
        none: `No priority of ${f.e.period} is marked as translating a national agenda`,
        definition:
          'Active priorities (any level) of origin NATIONAL linked to a national indicator, or with a target (on them or an objective ' +
          'delivering them) on an ASCOF, PAF or OFLOG indicator, out of all of them.',
        improve: 'Link each national priority to the national indicator it translates, with a local target.',
        record: 'Mark the priorities that translate a national agenda (origin national) and link them to their national indicators.',
        lead: true,
      }),
      indicatorShare(
        f,
        f.indicators.filter((i) => i.framework !== 'LOCAL'),
        {
          key: 'nationalTargets',
          ok: (i) => i.hasTarget,
          text: (n, d) => `${n} of ${d} national indicators in use have a local target`,
          definition:
            'Indicators in use of a national framework (ASCOF, PAF, OFLOG) with a council target for the period, out of all of them.',
          improve: 'Set local targets for the national indicators without one.',
        },
        'No national indicators are in use',
      ),
    ],
  });
}

export function h5OwnFramework(f: Facts): HealthCheckAnswer {
  const delivered = new Set<number>();
  for (const p of f.active) if (p.parentId !== null) delivered.add(p.parentId);
  for (const o of f.objectives) for (const id of o.priorityIds) delivered.add(id);
  const plans = f.coverage.servicesWithPlan;
  const noPlan = new Set(plans.missingIds);
  return buildAnswer({
    key: 'H5_OWN_FRAMEWORK',
    section: 'HABIT',
    title: 'Develop their own simple, focused framework',
    claim: 'the council has its own simple framework from priorities to service plans',
    measures: [
      mainShare(f, {
        key: 'delivered',
        ok: (p) => delivered.has(p.id),
        phrase: 'are delivered by a priority or objective below them',
        definition: 'have an active child priority or a service-plan objective of the period delivering them (UNDELIVERED_PRIORITY rule)',
        improve: 'Plan how each priority will be delivered: a service priority or service-plan objective under it.',
        lead: true,
      }),
      share({
        key: 'servicePlans',
        items: [...new Set(f.e.cascade.services.map((s) => s.id))],
        ok: (id) => !noPlan.has(id),
        node: (id) => node('Service', id),
        text: (n, d) => `${n} of ${d} services have a service plan`,
        none: 'No services that should have a plan are recorded',
        definition: 'Services and teams that should have a plan with at least one objective of the period, out of all of them.',
        improve: 'Write service-plan objectives for the services without a plan.',
        record: 'Record the services and their service-plan objectives.',
      }),
    ],
  });
}

export function h6MeasureOutcomes(f: Facts): HealthCheckAnswer {
  const outcomeIds = new Set(f.indicators.filter((i) => isOutcomeFramework(i.framework)).map((i) => i.id));
  return buildAnswer({
    key: 'H6_MEASURE_OUTCOMES',
    section: 'HABIT',
    title: 'Measure what matters: outcomes for people',
    claim: 'the council measures outcomes for people',
    measures: [
      mainShare(f, {
        key: 'outcomeTargets',
        ok: (p) => [...indicatorsOf(f, p)].some((id) => outcomeIds.has(id)),
        phrase: 'have a target on an outcome measure',
        definition: 'have a target of the period (on them or an objective delivering them) on an outcome (ASCOF) indicator',
        improve: 'Measure each priority by the outcome it should make for people (an ASCOF measure where one fits).',
        lead: true,
      }),
      indicatorShare(
        f,
        f.due.filter((i) => outcomeIds.has(i.id)),
        {
          key: 'outcomesValidated',
          ok: validated,
          text: (n, d) => `${n} of ${d} outcome measures due have validated figures`,
          definition: 'Outcome (ASCOF) indicators due whose latest due period has a VALIDATED or PUBLISHED value, out of all of them.',
          improve: "Enter and validate the outcome measures' latest figures.",
        },
        'No outcome measures are due',
      ),
    ],
  });
}

export function h7HelpPeoplePerform(f: Facts): HealthCheckAnswer {
  const withObjective = new Set(agreedAppraisals(f).map((a) => a.personId));
  return buildAnswer({
    key: 'H7_HELP_PEOPLE_PERFORM',
    section: 'HABIT',
    title: 'Help people perform, and deal with those who do not',
    claim: 'managers help people perform through agreed and reviewed objectives',
    measures: [
      share({
        key: 'staffObjectives',
        items: [...new Set(f.e.cascade.staff.map((s) => s.id))],
        ok: (id) => withObjective.has(id),
        node: (id) => node('Person', id),
        text: (n, d) => `${n} of ${d} staff have an agreed appraisal objective`,
        none: 'No staff who should have appraisal objectives are recorded',
        definition:
          'Staff expected to have appraisal objectives with at least one agreed appraisal objective of the period, out of all of them.',
        improve: 'Agree appraisal objectives with the staff who have none.',
        record: 'Record the staff who should have appraisal objectives, and their objectives for the period.',
        lead: true,
      }),
      reviewedMeasure(f),
    ],
  });
}

/** The check codes that find a problem (severity other than info), by source. */
function checkCodes(f: Facts): { code: string; count: number }[] {
  const count = (findings: readonly { code: string }[], code: string) => findings.filter((x) => x.code === code).length;
  const rows: { code: string; count: number }[] = [];
  for (const [code, sev] of Object.entries(GOLDEN_THREAD_SEVERITY))
    if (sev !== 'info') rows.push({ code, count: count(f.goldenFindings, code) });
  for (const code of Object.keys(GOVERNANCE_SEVERITY)) rows.push({ code, count: count(f.governanceFindings, code) });
  const counts = f.e.accountabilityFindingCounts;
  if (counts)
    for (const [code, sev] of Object.entries(ACCOUNTABILITY_SEVERITY)) if (sev !== 'info') rows.push({ code, count: counts[code] ?? 0 });
  const neverUpdating = f.e.dataOwnersNeverUpdating;
  if (neverUpdating !== null && neverUpdating !== undefined) rows.push({ code: DATA_OWNER_NEVER_UPDATED, count: neverUpdating });
  return rows;
}

export function h8ReviewArrangements(f: Facts): HealthCheckAnswer {
  const g = f.e.governance;
  const codes = checkCodes(f);
  const clear: Measure = {
    ...share({
      key: 'checksClear',
      // With no priorities of the period the checks have nothing to judge: an empty council is not a clean one.
      items: f.active.length === 0 ? [] : codes,
      ok: (c) => c.count === 0,
      node: () => null,
      text: (n, d) => `${n} of ${d} checks of the platform find nothing wrong`,
      none: `No priorities are recorded for ${f.e.period}, so the checks have nothing to judge`,
      definition:
        'The golden-thread, governance, (when given) scheme-of-delegation and data-owner (DATA_OWNER_NEVER_UPDATED) check codes of ' +
        'severity other than info, that have no finding, out of all those codes.',
      improve: 'Work through the findings of the checks that still find problems.',
      record: `Record the council's priorities for ${f.e.period}.`,
    }),
    lead: true,
  };
  const open = g.bestValueReviews.filter((r) => r.status !== BestValueStatus.CLOSED);
  return buildAnswer({
    key: 'H8_REVIEW_ARRANGEMENTS',
    section: 'HABIT',
    title: 'Review the arrangements so they stay fit for purpose',
    claim: 'the council reviews its own arrangements and keeps them fit for purpose',
    measures: [
      clear,
      share({
        key: 'reviewsMoving',
        items: open,
        ok: (r) => !isReviewStalled(r, g.asOf),
        node: (r) => node('BestValueReview', r.id),
        text: (n, d) => `${n} of ${d} open Best Value reviews are moving`,
        none: 'No Best Value review is open',
        definition:
          'Best Value reviews not CLOSED that have not been at their stage for more than 120 days, ' +
          'out of all of them (BEST_VALUE_REVIEW_STALLED rule).',
        improve: 'Move the stalled Best Value reviews on, or close them with a reason.',
        record: 'Record Best Value reviews and when each reached its stage.',
      }),
    ],
  });
}

export function habits(f: Facts): HealthCheckAnswer[] {
  return [
    h1ShowPerformanceMatters(f),
    h2JoinUpThinking(f),
    h3ActOnWhatMatters(f),
    h4NationalAgendas(f),
    h5OwnFramework(f),
    h6MeasureOutcomes(f),
    h7HelpPeoplePerform(f),
    h8ReviewArrangements(f),
  ];
}
