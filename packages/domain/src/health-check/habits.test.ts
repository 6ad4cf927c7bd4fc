import { describe, expect, it } from 'vitest';
import { GOLDEN_THREAD_SEVERITY } from '../cascade/checks.js';
import { objective, priority } from '../cascade/testing.js';
import { ACCOUNTABILITY_SEVERITY } from '../delegation/checks.js';
import { GOVERNANCE_SEVERITY } from '../governance/checks.js';
import { ActionStatus, ExecutiveResponse } from '../governance/enums.js';
import { answerOf, figureOf, HC, healthyEvidence } from './fixtures.js';
import { HABIT_KEYS } from './model.js';

const MITIGATION = 60;
const BV_ACTION = 61;

describe('habits of the healthy council', () => {
  it('scores every habit 4', () => {
    const e = healthyEvidence();
    for (const key of HABIT_KEYS) {
      expect(answerOf(e, key).score, key).toBe(4);
    }
  });
});

describe('H1_SHOW_PERFORMANCE_MATTERS', () => {
  it('counts corporate priorities owned by a leader and scrutiny recommendations answered', () => {
    const e = healthyEvidence();
    e.cascade.priorities.find((p) => p.id === HC.corporate)!.ownerId = HC.carol;
    e.governance.scrutinyRecommendations[0]!.response = null;
    const a = answerOf(e, 'H1_SHOW_PERFORMANCE_MATTERS');
    expect(figureOf(a, 'leaderOwned')).toMatchObject({ numerator: 0, denominator: 1, score: 0 });
    expect(figureOf(a, 'scrutinyAnswered')).toMatchObject({ numerator: 0, denominator: 1, score: 0 });
    expect(a.score).toBe(0);
    expect(a.answer).toMatch(/^Not yet: /);
  });

  it('does not ask for an answer before the response date', () => {
    const e = healthyEvidence();
    e.governance.scrutinyRecommendations[0]!.responseDue = e.today;
    e.governance.scrutinyRecommendations[0]!.response = null;
    const a = answerOf(e, 'H1_SHOW_PERFORMANCE_MATTERS');
    expect(figureOf(a, 'scrutinyAnswered').score).toBeNull();
    expect(a.score).toBe(4);
  });

  it('is null without corporate priorities', () => {
    const e = healthyEvidence();
    e.cascade.priorities = e.cascade.priorities.filter((p) => p.level !== 'CORPORATE');
    expect(answerOf(e, 'H1_SHOW_PERFORMANCE_MATTERS').score).toBeNull();
  });
});

describe('H2_JOIN_UP_THINKING', () => {
  it('counts objectives that deliver no priority, unknown directions and unexplained exceptions', () => {
    const e = healthyEvidence();
    e.cascade.objectives.push(objective(22, 'Stand-alone objective', []));
    e.indicators[0]!.direction = 'UNKNOWN';
    e.indicators[1]!.rag = 'RED';
    const a = answerOf(e, 'H2_JOIN_UP_THINKING');
    expect(figureOf(a, 'objectivesTraced')).toMatchObject({ numerator: 2, denominator: 3, score: 2 });
    expect(figureOf(a, 'directionKnown')).toMatchObject({ numerator: 2, denominator: 3, score: 2 });
    expect(figureOf(a, 'commentary')).toMatchObject({ numerator: 0, denominator: 1, score: 0 });
    expect(a.score).toBe(1); // (2 + 2 + 0) / 3 = 1.33
  });
});

describe('H3_ACT_ON_WHAT_MATTERS', () => {
  it('counts exceptions with an action not dropped', () => {
    const e = healthyEvidence();
    e.indicators[0]!.quartile = 4;
    const a = answerOf(e, 'H3_ACT_ON_WHAT_MATTERS');
    expect(figureOf(a, 'exceptionsActed')).toMatchObject({ numerator: 0, denominator: 1, score: 0 });
    expect(a.score).toBe(2); // (0 + 4 + 4) / 3 = 2.67
    e.indicatorActions.push({ actionId: BV_ACTION, indicatorId: HC.outcomeA });
    expect(figureOf(answerOf(e, 'H3_ACT_ON_WHAT_MATTERS'), 'exceptionsActed').numerator).toBe(1);
    e.governance.actions.find((x) => x.id === BV_ACTION)!.status = ActionStatus.DROPPED;
    expect(figureOf(answerOf(e, 'H3_ACT_ON_WHAT_MATTERS'), 'exceptionsActed').numerator).toBe(0);
  });

  it('needs a live mitigation on each high risk and an action on each agreed recommendation', () => {
    const e = healthyEvidence();
    e.governance.actions.find((x) => x.id === MITIGATION)!.status = ActionStatus.DONE;
    e.governance.scrutinyRecommendations.push({
      ...e.governance.scrutinyRecommendations[0]!,
      id: 91,
      response: ExecutiveResponse.PARTLY_ACCEPTED,
    });
    e.governance.scrutinyRecommendations.push({
      ...e.governance.scrutinyRecommendations[0]!,
      id: 92,
      response: ExecutiveResponse.REJECTED,
    });
    const a = answerOf(e, 'H3_ACT_ON_WHAT_MATTERS');
    expect(figureOf(a, 'highRisksMitigated')).toMatchObject({ numerator: 0, denominator: 1, score: 0 });
    expect(figureOf(a, 'recommendationsActed')).toMatchObject({ numerator: 2, denominator: 3, score: 2 });
    expect(a.score).toBe(1); // (0 + 2) / 2
  });
});

describe('H4_NATIONAL_AGENDAS', () => {
  it('counts a national priority linked by an explicit link or a target on a national indicator', () => {
    const e = healthyEvidence();
    e.nationalIndicatorLinks = [];
    expect(figureOf(answerOf(e, 'H4_NATIONAL_AGENDAS'), 'nationalLinked').numerator).toBe(1); // target 42 on ASCOF 1002
    e.cascade.targets = e.cascade.targets.filter((t) => t.id !== 42);
    const a = answerOf(e, 'H4_NATIONAL_AGENDAS');
    expect(figureOf(a, 'nationalLinked')).toMatchObject({ numerator: 0, denominator: 1, score: 0 });
    expect(a.score).toBe(2); // (0 + 4) / 2
  });

  it('counts national indicators with a local target', () => {
    const e = healthyEvidence();
    e.indicators[0]!.hasTarget = false;
    expect(figureOf(answerOf(e, 'H4_NATIONAL_AGENDAS'), 'nationalTargets')).toMatchObject({ numerator: 1, denominator: 2, score: 2 });
  });

  it('is null when no priority translates a national agenda', () => {
    const e = healthyEvidence();
    for (const p of e.cascade.priorities) p.origin = 'LOCAL';
    const a = answerOf(e, 'H4_NATIONAL_AGENDAS');
    expect(a.score).toBeNull();
    expect(a.unanswerable?.record).toContain('Mark the priorities that translate a national agenda');
  });
});

describe('H5_OWN_FRAMEWORK', () => {
  it('counts undelivered priorities and services without a plan', () => {
    const e = healthyEvidence();
    e.cascade.council.priorityLimits.CORPORATE = null;
    e.cascade.priorities.push(priority(300, 'Undelivered corporate'));
    e.cascade.services.push({ id: 12, name: 'Day services' });
    const a = answerOf(e, 'H5_OWN_FRAMEWORK');
    expect(figureOf(a, 'delivered')).toMatchObject({ numerator: 2, denominator: 3, score: 2 });
    expect(figureOf(a, 'servicePlans')).toMatchObject({ numerator: 2, denominator: 3, score: 2 });
    expect(a.score).toBe(2);
  });
});

describe('H6_MEASURE_OUTCOMES', () => {
  it('counts main priorities with a target on an outcome (ASCOF) measure', () => {
    const e = healthyEvidence();
    e.indicators[0]!.framework = 'PAF';
    const a = answerOf(e, 'H6_MEASURE_OUTCOMES');
    expect(figureOf(a, 'outcomeTargets')).toMatchObject({ numerator: 1, denominator: 2, score: 2 });
    expect(figureOf(a, 'outcomesValidated')).toMatchObject({ numerator: 1, denominator: 1, score: 4 });
    expect(a.score).toBe(3);
  });

  it('counts outcome measures due without validated figures', () => {
    const e = healthyEvidence();
    e.indicators[1]!.status = 'DRAFT';
    expect(figureOf(answerOf(e, 'H6_MEASURE_OUTCOMES'), 'outcomesValidated')).toMatchObject({ numerator: 1, denominator: 2, score: 2 });
  });
});

describe('H7_HELP_PEOPLE_PERFORM', () => {
  it('counts staff with an agreed objective (any, traced or not) and objectives reviewed', () => {
    const e = healthyEvidence();
    e.cascade.appraisalObjectives[0]!.agreedOn = null;
    const a = answerOf(e, 'H7_HELP_PEOPLE_PERFORM');
    expect(figureOf(a, 'staffObjectives')).toMatchObject({ numerator: 1, denominator: 2, score: 2 });
    expect(figureOf(a, 'reviewed')).toMatchObject({ numerator: 1, denominator: 1, score: 4 });
    expect(a.score).toBe(3);
  });
});

describe('H8_REVIEW_ARRANGEMENTS', () => {
  const codes = (withAccountability: boolean) =>
    Object.keys(GOLDEN_THREAD_SEVERITY).length +
    Object.keys(GOVERNANCE_SEVERITY).length +
    (withAccountability ? Object.values(ACCOUNTABILITY_SEVERITY).filter((s) => s !== 'info').length : 0);

  it('counts the check codes with no finding, the scheme of delegation only when given', () => {
    const e = healthyEvidence();
    e.accountabilityFindingCounts = {
      UNOWNED_SERVICE: 2,
      DATA_OWNER_MISSING: 1,
      MI_OWNER_MISSING: 1,
      BLURRED_ACCOUNTABILITY: 3,
      DUAL_ACCOUNTABILITY: 9,
    };
    const a = answerOf(e, 'H8_REVIEW_ARRANGEMENTS');
    const total = codes(true);
    expect(figureOf(a, 'checksClear')).toMatchObject({ numerator: total - 4, denominator: total });
    e.accountabilityFindingCounts = null;
    expect(figureOf(answerOf(e, 'H8_REVIEW_ARRANGEMENTS'), 'checksClear')).toMatchObject({
      numerator: codes(false),
      denominator: codes(false),
    });
  });

  it('counts data owners who never update as one more check code, when computed', () => {
    const e = healthyEvidence();
    e.dataOwnersNeverUpdating = 3;
    expect(figureOf(answerOf(e, 'H8_REVIEW_ARRANGEMENTS'), 'checksClear')).toMatchObject({
      numerator: codes(true),
      denominator: codes(true) + 1,
    });
    e.dataOwnersNeverUpdating = 0;
    expect(figureOf(answerOf(e, 'H8_REVIEW_ARRANGEMENTS'), 'checksClear')).toMatchObject({
      numerator: codes(true) + 1,
      denominator: codes(true) + 1,
    });
  });

  it('counts stalled Best Value reviews', () => {
    const e = healthyEvidence();
    e.governance.bestValueReviews[0]!.statusSince = '2024-09-01';
    const a = answerOf(e, 'H8_REVIEW_ARRANGEMENTS');
    expect(figureOf(a, 'reviewsMoving')).toMatchObject({ numerator: 0, denominator: 1, score: 0 });
    expect(a.score).toBe(2); // (4 + 0) / 2
  });

  it('is null for a council with no priorities: nothing for the checks to judge', () => {
    const e = healthyEvidence();
    e.cascade.priorities = [];
    expect(answerOf(e, 'H8_REVIEW_ARRANGEMENTS').score).toBeNull();
  });
});
