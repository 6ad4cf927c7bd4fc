import { describe, expect, it } from 'vitest';
import { priority } from '../cascade/testing.js';
import { RiskStatus } from '../governance/enums.js';
import type { HealthCheckEvidence } from './evidence.js';
import { answerOf, figureOf, HC, healthyEvidence, indicator } from './fixtures.js';

/** Adds directorate priorities under the corporate one, agreed, communicated, owned and measured like the healthy ones. */
function addDirectoratePriorities(e: HealthCheckEvidence, n: number, over: Parameters<typeof priority>[2] = {}): number[] {
  const ids = Array.from({ length: n }, (_, i) => 200 + i);
  for (const id of ids) {
    e.cascade.priorities.push(
      priority(id, `Priority ${id}`, {
        level: 'DIRECTORATE',
        parentId: HC.corporate,
        directorateId: 100,
        ownerId: HC.director,
        status: 'COMMUNICATED',
        agreedOn: '2024-03-01',
        communicatedOn: '2024-04-10',
        ...over,
      }),
    );
  }
  e.cascade.council.priorityLimits = { CORPORATE: null, DIRECTORATE: null, SERVICE: null };
  return ids;
}

describe('Q1_DIRECTION', () => {
  it('scores 4 for the healthy council, with its figures', () => {
    const a = answerOf(healthyEvidence(), 'Q1_DIRECTION');
    expect(a.score).toBe(4);
    expect(figureOf(a, 'agreed')).toMatchObject({
      numerator: 2,
      denominator: 2,
      text: '2 of 2 corporate and directorate priorities are agreed',
    });
    expect(a.answer).toMatch(/^Yes: /);
    expect(a.change).toBeNull();
  });

  it('scores agreement on either side of 90%: 9 of 10 agreed is 4, 8 of 10 is 3', () => {
    const e = healthyEvidence();
    const [first, second] = addDirectoratePriorities(e, 8);
    e.cascade.priorities.find((p) => p.id === first)!.status = 'DRAFT';
    const nine = answerOf(e, 'Q1_DIRECTION');
    expect(figureOf(nine, 'agreed')).toMatchObject({ numerator: 9, denominator: 10, score: 4 });
    expect(nine.score).toBe(4);

    e.cascade.priorities.find((p) => p.id === second)!.status = 'DRAFT';
    const eight = answerOf(e, 'Q1_DIRECTION');
    expect(figureOf(eight, 'agreed')).toMatchObject({ numerator: 8, denominator: 10, score: 3 });
    // Mean of agreed 3, owned 4, non-priorities 4 (limits not set: not counted) = 3.67, rounded down.
    expect(eight.score).toBe(3);
    expect(eight.nodes.filter((n) => !n.ok)).toEqual([
      { kind: 'Priority', id: first, ok: false },
      { kind: 'Priority', id: second, ok: false },
    ]);
    expect(eight.improve).toContain('Take the draft priorities to the executive');
    expect(eight.improve).toContain("Also: record the council's limit on the number");
  });

  it('scores no explicit non-priority 0 on that measure', () => {
    const e = healthyEvidence();
    e.cascade.priorities = e.cascade.priorities.filter((p) => !p.isNonPriority);
    const a = answerOf(e, 'Q1_DIRECTION');
    expect(figureOf(a, 'nonPriorities')).toMatchObject({ score: 0, text: 'Nothing is stated as not a priority for 2024-25' });
    expect(a.score).toBe(3); // (4 + 4 + 4 + 0) / 4
  });

  it('counts priority limits by scope: a corporate level over its limit', () => {
    const e = healthyEvidence();
    e.cascade.council.priorityLimits.CORPORATE = 1;
    e.cascade.priorities.push(priority(300, 'Second corporate', { ownerId: HC.director, status: 'AGREED' }));
    const a = answerOf(e, 'Q1_DIRECTION');
    expect(figureOf(a, 'limits')).toMatchObject({ numerator: 2, denominator: 3, score: 2 });
  });

  it('cannot answer without corporate or directorate priorities, and says what to record', () => {
    const e = healthyEvidence();
    e.cascade.priorities = e.cascade.priorities.filter((p) => p.level === 'SERVICE' || p.isNonPriority);
    const a = answerOf(e, 'Q1_DIRECTION');
    expect(a.score).toBeNull();
    expect(a.unanswerable?.record).toContain("Record the council's corporate and directorate priorities for 2024-25.");
    expect(a.answer).toMatch(/^The records cannot tell yet whether/);
  });

  it('ignores priorities of another period', () => {
    const e = healthyEvidence();
    e.cascade.priorities.push(priority(301, 'Last year', { period: '2023-24' }));
    expect(figureOf(answerOf(e, 'Q1_DIRECTION'), 'agreed').denominator).toBe(2);
  });
});

describe('Q2_ENGAGEMENT', () => {
  it('scores 4 when every group was consulted on every main priority', () => {
    expect(answerOf(healthyEvidence(), 'Q2_ENGAGEMENT').score).toBe(4);
  });

  it('reports carers consulted on 1 of 2 priorities', () => {
    const e = healthyEvidence();
    const c = e.cascade.consultations[0]!;
    c.groups = c.groups.filter((g) => g.kind !== 'CARERS');
    e.cascade.consultations.push({
      ...c,
      id: 61,
      groups: [{ kind: 'CARERS', name: 'Carers forum', hardToReach: false }],
      priorityIds: [HC.corporate],
    });
    const a = answerOf(e, 'Q2_ENGAGEMENT');
    expect(figureOf(a, 'carers')).toMatchObject({ numerator: 1, denominator: 2, score: 2 });
    expect(figureOf(a, 'carers').text).toBe('Carers were consulted on 1 of 2 corporate and directorate priorities');
    expect(a.score).toBe(3); // (4 + 2 + 4 + 4 + 4) / 5 = 3.6
    expect(a.answer).toBe(
      'Mostly: the direction was formulated with the workforce, key partners and user groups, but carers were consulted on 1 of 2 ' +
        'corporate and directorate priorities.',
    );
  });

  it('needs a hard-to-reach group, and counts partners or providers together', () => {
    const e = healthyEvidence();
    const c = e.cascade.consultations[0]!;
    c.groups = c.groups.map((g) => ({ ...g, hardToReach: false, kind: g.kind === 'PARTNERS' ? ('PROVIDERS' as const) : g.kind }));
    const a = answerOf(e, 'Q2_ENGAGEMENT');
    expect(figureOf(a, 'hardToReach')).toMatchObject({ numerator: 0, score: 0 });
    expect(figureOf(a, 'partners')).toMatchObject({ numerator: 2, score: 4 });
    expect(a.score).toBe(3); // (4 * 4 + 0) / 5 = 3.2
  });

  it('cannot answer without main priorities', () => {
    const e = healthyEvidence();
    e.cascade.priorities = [];
    expect(answerOf(e, 'Q2_ENGAGEMENT').score).toBeNull();
  });
});

describe('Q3_MEASUREMENT', () => {
  it('scores 4 for the healthy council', () => {
    expect(answerOf(healthyEvidence(), 'Q3_MEASUREMENT').score).toBe(4);
  });

  it('needs exactly one MI owner', () => {
    const none = healthyEvidence();
    none.miOwnerIds = [];
    expect(figureOf(answerOf(none, 'Q3_MEASUREMENT'), 'miOwner')).toMatchObject({ score: 0 });
    expect(answerOf(none, 'Q3_MEASUREMENT').score).toBe(3); // (4 + 4 + 0 + 4) / 4
    const two = healthyEvidence();
    two.miOwnerIds = [HC.miOwner, HC.director];
    const a = answerOf(two, 'Q3_MEASUREMENT');
    expect(figureOf(a, 'miOwner').text).toBe('2 people are named as responsible for management information, not one');
    expect(a.nodes.filter((n) => n.kind === 'Person' && !n.ok).map((n) => n.id)).toEqual([HC.miOwner, HC.director]);
  });

  it('counts indicators whose latest figures are validated or published, not drafts or nothing', () => {
    const e = healthyEvidence();
    e.indicators[0]!.status = 'DRAFT';
    e.indicators.push(
      indicator(1050, { status: 'PUBLISHED' }),
      indicator(1051, { status: 'NONE' }),
      indicator(1052, { latestPeriod: null }),
    );
    const a = answerOf(e, 'Q3_MEASUREMENT');
    // 1052 has no period due yet: not in the denominator.
    expect(figureOf(a, 'validated')).toMatchObject({ numerator: 3, denominator: 5, score: 2 });
    expect(a.score).toBe(3); // (4 + 4 + 4 + 2) / 4 = 3.5
  });

  it('counts priorities measured through a delivering objective or a priority below them', () => {
    const e = healthyEvidence();
    e.cascade.targets = e.cascade.targets.filter((t) => t.id === 40); // only the reablement target, under priority 3
    expect(figureOf(answerOf(e, 'Q3_MEASUREMENT'), 'targets')).toMatchObject({ numerator: 2, denominator: 2 });
    e.cascade.targets = [];
    const a = answerOf(e, 'Q3_MEASUREMENT');
    expect(figureOf(a, 'targets')).toMatchObject({ numerator: 0, score: 0 });
    expect(a.score).toBe(3); // (0 + 4 + 4 + 4) / 4
  });

  it('is null without main priorities (the lead measure), whatever the indicators say', () => {
    const e = healthyEvidence();
    e.cascade.priorities = [];
    expect(answerOf(e, 'Q3_MEASUREMENT').score).toBeNull();
  });
});

describe('Q4_STAFF_EXPECTATIONS', () => {
  it('scores 4 for the healthy council', () => {
    expect(answerOf(healthyEvidence(), 'Q4_STAFF_EXPECTATIONS').score).toBe(4);
  });

  it('counts staff whose objective traces to a corporate priority: 2 of 4 is 2', () => {
    const e = healthyEvidence();
    e.cascade.staff.push({ id: 20, name: 'New Starter' }, { id: 21, name: 'Other Starter' });
    const a = answerOf(e, 'Q4_STAFF_EXPECTATIONS');
    expect(figureOf(a, 'staffThread')).toMatchObject({ numerator: 2, denominator: 4, score: 2 });
    expect(a.score).toBe(3); // (2 + 4 + 4) / 3 = 3.33
    expect(a.nodes.slice(0, 2)).toEqual([
      { kind: 'Person', id: 20, ok: false },
      { kind: 'Person', id: 21, ok: false },
    ]);
  });

  it('counts reviewed and rated objectives among the agreed ones', () => {
    const e = healthyEvidence();
    e.cascade.appraisalObjectives[0]!.reviewedOn = null;
    e.cascade.appraisalObjectives[0]!.rating = null;
    const a = answerOf(e, 'Q4_STAFF_EXPECTATIONS');
    expect(figureOf(a, 'reviewed')).toMatchObject({ numerator: 1, denominator: 2, score: 2 });
    expect(figureOf(a, 'rated')).toMatchObject({ numerator: 1, denominator: 2, score: 2 });
    expect(a.score).toBe(2); // (4 + 2 + 2) / 3 = 2.67
  });

  it('is null when no staff are recorded', () => {
    const e = healthyEvidence();
    e.cascade.staff = [];
    const a = answerOf(e, 'Q4_STAFF_EXPECTATIONS');
    expect(a.score).toBeNull();
    expect(a.unanswerable?.record).toContain('Record the staff who should have appraisal objectives');
  });
});

describe('Q5_RISK', () => {
  it('scores 4 for the healthy council', () => {
    expect(answerOf(healthyEvidence(), 'Q5_RISK').score).toBe(4);
  });

  it('does not count a closed risk as an assessment', () => {
    const e = healthyEvidence();
    e.governance.risks[1]!.status = RiskStatus.CLOSED;
    const a = answerOf(e, 'Q5_RISK');
    expect(figureOf(a, 'assessed')).toMatchObject({ numerator: 1, denominator: 2, score: 2 });
    expect(figureOf(a, 'reviewsCurrent')).toMatchObject({ numerator: 1, denominator: 1 });
    expect(a.score).toBe(3);
  });

  it('counts a review due yesterday as overdue and one due today as current', () => {
    const e = healthyEvidence();
    e.governance.risks[0]!.reviewDue = '2025-02-28';
    const a = answerOf(e, 'Q5_RISK');
    expect(figureOf(a, 'reviewsCurrent')).toMatchObject({ numerator: 1, denominator: 2, score: 2 });
    expect(a.score).toBe(3);
  });

  it('is null without corporate or directorate priorities in the governance records', () => {
    const e = healthyEvidence();
    e.governance.priorities = [];
    expect(answerOf(e, 'Q5_RISK').score).toBeNull();
  });
});

describe('Q6_VALUE_FOR_MONEY', () => {
  it('scores 4 for the healthy council', () => {
    expect(answerOf(healthyEvidence(), 'Q6_VALUE_FOR_MONEY').score).toBe(4);
  });

  it('counts services reviewed, directly or with their whole directorate', () => {
    const e = healthyEvidence();
    e.governance.bestValueReviews = e.governance.bestValueReviews.filter((r) => r.id !== HC.financeReview);
    const a = answerOf(e, 'Q6_VALUE_FOR_MONEY');
    expect(figureOf(a, 'bestValueCoverage')).toMatchObject({ numerator: 1, denominator: 2, score: 2 });
    expect(a.score).toBe(3); // (2 + 4 + 4) / 3
    const whole = healthyEvidence();
    const review = whole.governance.bestValueReviews.find((r) => r.id === HC.financeReview)!;
    review.serviceId = null;
    review.directorateId = 11;
    expect(figureOf(answerOf(whole, 'Q6_VALUE_FOR_MONEY'), 'bestValueCoverage')).toMatchObject({ numerator: 2 });
  });

  it('asks reviews past the evidence stage for a comparison, and priorities for resources', () => {
    const e = healthyEvidence();
    e.governance.bestValueReviews[0]!.findingKinds = [];
    for (const p of e.cascade.priorities) {
      p.budget = null;
      p.fte = 0;
    }
    const a = answerOf(e, 'Q6_VALUE_FOR_MONEY');
    expect(figureOf(a, 'compared')).toMatchObject({ numerator: 1, denominator: 2, score: 2 });
    expect(figureOf(a, 'resourced')).toMatchObject({ numerator: 0, score: 0 });
    expect(a.score).toBe(2); // (4 + 2 + 0) / 3
  });

  it('is null with no services recorded', () => {
    const e = healthyEvidence();
    e.governance.services = [];
    expect(answerOf(e, 'Q6_VALUE_FOR_MONEY').score).toBeNull();
  });
});

describe('Q7_DIFFERENCE', () => {
  it('scores 4 for the healthy council', () => {
    expect(answerOf(healthyEvidence(), 'Q7_DIFFERENCE').score).toBe(4);
  });

  it('scores more exceptions than last period 0, as many 2, fewer 4', () => {
    const e = healthyEvidence();
    e.indicators[0]!.rag = 'RED';
    const more = answerOf(e, 'Q7_DIFFERENCE');
    expect(figureOf(more, 'exceptions')).toMatchObject({ numerator: 1, denominator: 0, score: 0 });
    expect(figureOf(more, 'targetsMet')).toMatchObject({ numerator: 2, denominator: 3, score: 2 });
    expect(more.score).toBe(2); // (4 + 2 + 0 + 4) / 4 = 2.5

    e.indicators[1]!.exceptionLastPeriod = true;
    expect(figureOf(answerOf(e, 'Q7_DIFFERENCE'), 'exceptions')).toMatchObject({ numerator: 1, denominator: 1, score: 2 });
    e.indicators[2]!.exceptionLastPeriod = true;
    const fewer = answerOf(e, 'Q7_DIFFERENCE');
    expect(figureOf(fewer, 'exceptions')).toMatchObject({ numerator: 1, denominator: 2, score: 4 });
    expect(figureOf(fewer, 'exceptions').text).toBe('1 exception this period against 2 the period before (of 3 indicators)');
  });

  it('counts improving indicators among those with a known direction, and the top half of the group', () => {
    const e = healthyEvidence();
    e.indicators[0]!.direction = 'STABLE';
    e.indicators[1]!.direction = 'UNKNOWN';
    e.indicators[2]!.quartile = 3;
    const a = answerOf(e, 'Q7_DIFFERENCE');
    expect(figureOf(a, 'improving')).toMatchObject({ numerator: 1, denominator: 2, score: 2 });
    expect(figureOf(a, 'comparators')).toMatchObject({ numerator: 2, denominator: 3, score: 2 });
  });

  it('is null when no indicator has a direction of travel', () => {
    const e = healthyEvidence();
    for (const i of e.indicators) i.direction = 'UNKNOWN';
    const a = answerOf(e, 'Q7_DIFFERENCE');
    expect(a.score).toBeNull();
    expect(a.unanswerable?.reason).toBe('No indicator has enough figures to tell its direction of travel');
  });
});
