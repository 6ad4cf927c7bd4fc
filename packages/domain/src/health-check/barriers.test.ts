import { describe, expect, it } from 'vitest';
import { priority } from '../cascade/testing.js';
import { action, complaint } from '../governance/checks-fixtures.js';
import { ActionSource, ActionStatus, ComplaintOutcome } from '../governance/enums.js';
import { answerOf, figureOf, HC, healthyEvidence } from './fixtures.js';
import { BARRIER_KEYS } from './model.js';

const BV_ACTION = 61;

describe('barriers are scored as how far they are absent', () => {
  it('scores every barrier 4 (not present) for the healthy council', () => {
    const e = healthyEvidence();
    for (const key of BARRIER_KEYS) {
      const a = answerOf(e, key);
      expect(a.score, key).toBe(4);
      expect(a.answer, key).toMatch(/^Not a barrier here: /);
    }
  });
});

describe('B1_NOT_INTERESTED', () => {
  it("counts leaders' own actions that fell due and are not done", () => {
    const e = healthyEvidence();
    e.governance.actions.find((a) => a.id === BV_ACTION)!.status = ActionStatus.IN_PROGRESS; // owner 1 is the director
    const a = answerOf(e, 'B1_NOT_INTERESTED');
    expect(figureOf(a, 'leadersActions')).toMatchObject({ numerator: 0, denominator: 1, score: 0 });
    expect(a.score).toBe(2); // (0 + 4) / 2
    expect(a.answer).toBe("A barrier: 0 of 1 leaders' actions that fell due are done.");
    expect(a.nodes[0]).toEqual({ kind: 'Action', id: BV_ACTION, ok: false });
  });

  it("does not count others' actions, dropped ones or those due today", () => {
    const e = healthyEvidence();
    e.governance.actions.push(
      action(500, { ownerId: HC.carol, due: '2025-01-01' }),
      action(501, { ownerId: HC.leader, due: '2025-01-01', status: ActionStatus.DROPPED }),
      action(502, { ownerId: HC.leader, due: e.today }),
    );
    expect(figureOf(answerOf(e, 'B1_NOT_INTERESTED'), 'leadersActions')).toMatchObject({ numerator: 1, denominator: 1 });
  });

  it('counts the priorities leaders own that show no progress (RED or NONE)', () => {
    const e = healthyEvidence();
    e.priorityPerformance[0]!.status = 'RED';
    e.priorityPerformance = e.priorityPerformance.filter((p) => p.priorityId !== HC.directorate); // no row: NONE
    const a = answerOf(e, 'B1_NOT_INTERESTED');
    expect(figureOf(a, 'leadersPriorities')).toMatchObject({ numerator: 0, denominator: 2, score: 0 });
    e.priorityPerformance[0]!.status = 'AMBER';
    expect(figureOf(answerOf(e, 'B1_NOT_INTERESTED'), 'leadersPriorities')).toMatchObject({ numerator: 1, denominator: 2, score: 2 });
  });

  it("is null with no leaders' actions due and no performance status", () => {
    const e = healthyEvidence();
    e.priorityPerformance = [];
    e.governance.actions = [];
    const a = answerOf(e, 'B1_NOT_INTERESTED');
    expect(a.score).toBeNull();
    expect(a.unanswerable?.reason).toBe("No leaders' actions have fallen due; The priorities' performance status is not known");
  });
});

describe('B2_NO_TIME_TO_LEARN', () => {
  it('counts exceptions without a commentary of their latest period', () => {
    const e = healthyEvidence();
    e.indicators[2]!.rag = 'RED';
    const a = answerOf(e, 'B2_NO_TIME_TO_LEARN');
    expect(figureOf(a, 'commentary')).toMatchObject({ numerator: 0, denominator: 1, score: 0 });
    expect(a.score).toBe(2); // (0 + 4 + 4) / 3 = 2.67

    const c = { indicatorId: HC.local, period: '2024-25 Q3', councilId: 1, serviceId: null, withdrawn: false };
    e.commentaries.push({ ...c, period: '2024-25 Q2' }, { ...c, councilId: 2 }, { ...c, withdrawn: true }, { ...c, serviceId: 10 });
    // Another period, another council, withdrawn, about one service only: none explains the exception.
    expect(figureOf(answerOf(e, 'B2_NO_TIME_TO_LEARN'), 'commentary').numerator).toBe(0);
    e.commentaries.push(c);
    expect(answerOf(e, 'B2_NO_TIME_TO_LEARN').score).toBe(4);
  });

  it("counts an upheld complaint's lessons recorded as text or as an action", () => {
    const e = healthyEvidence();
    e.complaintIdsWithLessons = [112];
    expect(figureOf(answerOf(e, 'B2_NO_TIME_TO_LEARN'), 'complaintLessons')).toMatchObject({ numerator: 1, denominator: 2, score: 2 });
    e.governance.actions.push(action(503, { source: ActionSource.COMPLAINT_LESSON, complaintId: 113 }));
    expect(figureOf(answerOf(e, 'B2_NO_TIME_TO_LEARN'), 'complaintLessons')).toMatchObject({ numerator: 2 });
  });

  it("counts only complaints upheld in the period's financial year", () => {
    const e = healthyEvidence();
    e.governance.complaints.push(
      complaint(114, { outcome: ComplaintOutcome.UPHELD, receivedOn: '2024-03-31' }),
      complaint(115, { outcome: ComplaintOutcome.NOT_UPHELD }),
    );
    expect(figureOf(answerOf(e, 'B2_NO_TIME_TO_LEARN'), 'complaintLessons').denominator).toBe(2);
  });

  it('is null with nothing to learn from on record', () => {
    const e = healthyEvidence();
    e.governance.complaints = [];
    e.governance.bestValueReviews = [];
    expect(answerOf(e, 'B2_NO_TIME_TO_LEARN').score).toBeNull();
  });
});

describe('B3_TOO_MANY_PRIORITIES', () => {
  it('scores the share of levels and areas within their limit', () => {
    const e = healthyEvidence();
    e.cascade.council.priorityLimits = { CORPORATE: 1, DIRECTORATE: 3, SERVICE: 3 };
    e.cascade.priorities.push(priority(300, 'Another corporate priority'));
    const a = answerOf(e, 'B3_TOO_MANY_PRIORITIES');
    expect(figureOf(a, 'limits')).toMatchObject({ numerator: 2, denominator: 3, score: 2 });
    expect(a.score).toBe(2);
    expect(a.answer).toBe("A barrier: 2 of 3 levels and areas are within the council's limit on priorities.");
    expect(a.nodes.filter((n) => !n.ok).map((n) => n.id)).toEqual([HC.corporate, 300]);
  });

  it('counts drafts but never explicit non-priorities; the limit itself is allowed', () => {
    const e = healthyEvidence();
    e.cascade.council.priorityLimits = { CORPORATE: 2, DIRECTORATE: null, SERVICE: null };
    e.cascade.priorities.push(priority(300, 'Draft corporate'), priority(301, 'Not this', { isNonPriority: true }));
    expect(answerOf(e, 'B3_TOO_MANY_PRIORITIES').score).toBe(4);
    e.cascade.priorities.push(priority(302, 'Third corporate'));
    expect(answerOf(e, 'B3_TOO_MANY_PRIORITIES').score).toBe(0);
  });

  it('is null when the council set no limits, asking for them', () => {
    const e = healthyEvidence();
    e.cascade.council.priorityLimits = { CORPORATE: null, DIRECTORATE: null, SERVICE: null };
    const a = answerOf(e, 'B3_TOO_MANY_PRIORITIES');
    expect(a.score).toBeNull();
    expect(a.unanswerable).toEqual({
      reason: 'The council has not set a limit on the number of priorities at any level',
      record: "Record the council's limit on the number of corporate, directorate and service priorities.",
    });
  });
});

describe('B4_NOT_UNDERSTOOD', () => {
  it('counts main priorities communicated (status, date or a communication naming them)', () => {
    const e = healthyEvidence();
    const p = e.cascade.priorities.find((x) => x.id === HC.directorate)!;
    p.status = 'AGREED';
    p.communicatedOn = null;
    expect(figureOf(answerOf(e, 'B4_NOT_UNDERSTOOD'), 'communicated').numerator).toBe(2); // the communication names it
    e.cascade.communications[0]!.priorityIds = [HC.corporate, HC.service];
    const a = answerOf(e, 'B4_NOT_UNDERSTOOD');
    expect(figureOf(a, 'communicated')).toMatchObject({ numerator: 1, denominator: 2, score: 2 });
    expect(a.score).toBe(3); // (2 + 4) / 2
  });

  it('counts staff without a thread', () => {
    const e = healthyEvidence();
    e.cascade.appraisalObjectives = [];
    const a = answerOf(e, 'B4_NOT_UNDERSTOOD');
    expect(figureOf(a, 'staffThread')).toMatchObject({ numerator: 0, denominator: 2, score: 0 });
    expect(a.score).toBe(2);
  });
});

describe('B5_SYSTEM_DOES_NOT_HELP', () => {
  it('counts late data and missing owners', () => {
    const e = healthyEvidence();
    e.indicators[0]!.late = true;
    e.indicators[1]!.responsibleManagerId = null;
    const a = answerOf(e, 'B5_SYSTEM_DOES_NOT_HELP');
    expect(figureOf(a, 'onTime')).toMatchObject({ numerator: 2, denominator: 3, score: 2 });
    expect(figureOf(a, 'responsibleManagers')).toMatchObject({ numerator: 2, denominator: 3, score: 2 });
    expect(a.score).toBe(3); // (2 + 4 + 2 + 4) / 4
  });

  it('is null when no indicator has a period due, even with an MI owner', () => {
    const e = healthyEvidence();
    for (const i of e.indicators) i.latestPeriod = null;
    expect(answerOf(e, 'B5_SYSTEM_DOES_NOT_HELP').score).toBeNull();
  });
});

describe('B6_SOME_DO_NOT_PERFORM', () => {
  it('counts objectives not met, overdue actions and data owners with late figures', () => {
    const e = healthyEvidence();
    e.cascade.appraisalObjectives[0]!.rating = 'NOT_MET';
    e.cascade.appraisalObjectives[1]!.rating = 'PARTLY_MET';
    const a = answerOf(e, 'B6_SOME_DO_NOT_PERFORM');
    expect(figureOf(a, 'appraisalsMet')).toMatchObject({ numerator: 1, denominator: 2, score: 2 });
    expect(a.score).toBe(3); // (2 + 4 + 4) / 3

    e.indicators[0]!.late = true;
    e.governance.actions.push(action(504, { ownerId: HC.carol, due: '2025-02-01' }));
    const worse = answerOf(e, 'B6_SOME_DO_NOT_PERFORM');
    expect(figureOf(worse, 'dataOwnersUpdating')).toMatchObject({ numerator: 0, denominator: 1, score: 0 });
    expect(figureOf(worse, 'actionsDone')).toMatchObject({ numerator: 1, denominator: 2, score: 2 });
    expect(worse.score).toBe(1); // (2 + 2 + 0) / 3 = 1.33
  });
});
