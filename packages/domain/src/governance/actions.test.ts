import { describe, expect, it } from 'vitest';
import { isActionLive, isActionOverdue, isActionUnowned, validateActionMove, validateActionSource } from './actions.js';
import { ActionSource, ActionStatus } from './enums.js';

const { OPEN, IN_PROGRESS, DONE, DROPPED } = ActionStatus;

describe('validateActionSource', () => {
  it('accepts each source with exactly its reference', () => {
    expect(validateActionSource(ActionSource.RISK_MITIGATION, { riskId: 'UmlzazoxMg' })).toBeNull();
    expect(validateActionSource(ActionSource.COMPLAINT_LESSON, { complaintId: 'x' })).toBeNull();
    expect(validateActionSource(ActionSource.BEST_VALUE_RECOMMENDATION, { bestValueRecommendationId: 'x' })).toBeNull();
    expect(validateActionSource(ActionSource.SCRUTINY_RECOMMENDATION, { scrutinyRecommendationId: 'x' })).toBeNull();
    expect(validateActionSource(ActionSource.EXCEPTION, { indicatorId: 'x' })).toBeNull();
    expect(validateActionSource(ActionSource.FINDING, { findingCode: 'UNOWNED_SERVICE', findingKey: 'Service:12' })).toBeNull();
    expect(validateActionSource(ActionSource.OTHER, {})).toBeNull();
    expect(validateActionSource(ActionSource.COMMENTARY, { commentaryId: 'x', riskId: null, findingCode: '  ' })).toBeNull();
    expect(validateActionSource(ActionSource.COMMENTARY, {})?.field).toBe('commentaryId');
  });

  it('names the missing reference', () => {
    expect(validateActionSource(ActionSource.RISK_MITIGATION, {})?.field).toBe('riskId');
    expect(validateActionSource(ActionSource.FINDING, { findingCode: 'ACTION_OVERDUE' })?.field).toBe('findingKey');
    expect(validateActionSource(ActionSource.FINDING, { findingKey: 'Action:1', findingCode: ' ' })?.field).toBe('findingCode');
    expect(validateActionSource(ActionSource.EXCEPTION, { indicatorId: null })?.message).toMatch(/exception.*indicatorId/);
  });

  it('refuses a reference of another kind of source, saying which it belongs to', () => {
    const e = validateActionSource(ActionSource.RISK_MITIGATION, { riskId: 'a', complaintId: 'b' });
    expect(e?.field).toBe('complaintId');
    expect(e?.message).toMatch(/complaint lesson/);
    expect(validateActionSource(ActionSource.OTHER, { indicatorId: 'i' })?.field).toBe('indicatorId');
  });
});

describe('validateActionMove', () => {
  const state = (status: ActionStatus, completedOn: string | null = null, droppedReason: string | null = null) => ({
    status,
    completedOn,
    droppedReason,
  });

  it('moves between open and in progress, and to done or dropped', () => {
    expect(validateActionMove(OPEN, state(IN_PROGRESS))).toBeNull();
    expect(validateActionMove(IN_PROGRESS, state(OPEN))).toBeNull();
    expect(validateActionMove(IN_PROGRESS, state(DONE, '2026-03-01'))).toBeNull();
    expect(validateActionMove(OPEN, state(DROPPED, null, 'Overtaken by the restructure'))).toBeNull();
  });

  it('reopens a done or dropped action, but never goes between done and dropped directly', () => {
    expect(validateActionMove(DONE, state(OPEN))).toBeNull();
    expect(validateActionMove(DROPPED, state(IN_PROGRESS))).toBeNull();
    expect(validateActionMove(DONE, state(DROPPED, null, 'x'))?.field).toBe('status');
    expect(validateActionMove(DROPPED, state(DONE, '2026-01-01'))?.message).toMatch(/reopen/);
  });

  it('needs a completion date for done and a reason for dropped, and neither otherwise', () => {
    expect(validateActionMove(OPEN, state(DONE))?.field).toBe('completedOn');
    expect(validateActionMove(OPEN, state(DROPPED, null, '  '))?.field).toBe('droppedReason');
    expect(validateActionMove(OPEN, state(OPEN, '2026-01-01'))?.field).toBe('completedOn');
    expect(validateActionMove(DONE, state(IN_PROGRESS, null, 'why'))?.field).toBe('droppedReason');
    expect(validateActionMove(DONE, state(DONE, '2026-01-02'))).toBeNull();
  });

  it('refuses a completion before the action was recorded', () => {
    expect(validateActionMove(OPEN, state(DONE, '2026-01-01'), '2026-01-02T09:00:00.000Z')?.message).toMatch(
      /before the action was recorded \(2026-01-02\)/,
    );
    expect(validateActionMove(OPEN, state(DONE, '2026-01-02'), '2026-01-02T09:00:00.000Z')).toBeNull();
  });
});

describe('isActionOverdue and isActionUnowned', () => {
  it('is overdue when live and due before the day (not on it)', () => {
    expect(isActionOverdue({ status: OPEN, due: '2026-03-31' }, '2026-04-01')).toBe(true);
    expect(isActionOverdue({ status: IN_PROGRESS, due: '2026-03-31' }, '2026-03-31')).toBe(false);
    expect(isActionOverdue({ status: DONE, due: '2026-01-01' }, '2026-04-01')).toBe(false);
    expect(isActionOverdue({ status: DROPPED, due: '2026-01-01' }, '2026-04-01')).toBe(false);
    expect(isActionOverdue({ status: OPEN, due: null }, '2026-04-01')).toBe(false);
  });

  it('is unowned when live with no owner or an owner who left', () => {
    expect(isActionUnowned({ status: OPEN, ownerId: null })).toBe(true);
    expect(isActionUnowned({ status: IN_PROGRESS, ownerId: 4, ownerLeft: true })).toBe(true);
    expect(isActionUnowned({ status: IN_PROGRESS, ownerId: 4, ownerLeft: false })).toBe(false);
    expect(isActionUnowned({ status: DONE, ownerId: null })).toBe(false);
    expect(isActionLive(DROPPED)).toBe(false);
  });
});
