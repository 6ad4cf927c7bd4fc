import { describe, expect, it } from 'vitest';
import { ActionStatus, RiskStatus } from './enums.js';
import {
  RiskRating,
  isHighRiskWithoutMitigation,
  isRiskReviewOverdue,
  riskOwnerInactive,
  riskRating,
  riskScore,
  riskScoresChanged,
  validateRiskReference,
  validateRiskLinks,
  validateRiskScores,
} from './risks.js';

const scores = { inherentLikelihood: 4, inherentImpact: 5, residualLikelihood: 3, residualImpact: 5 };

describe('risk scores and bands', () => {
  it('scores likelihood x impact and bands it at 1-4, 5-9, 10-14, 15-25', () => {
    expect(riskScore(3, 5)).toBe(15);
    expect([1, 4, 5, 9, 10, 14, 15, 25].map(riskRating)).toEqual([
      RiskRating.LOW,
      RiskRating.LOW,
      RiskRating.MEDIUM,
      RiskRating.MEDIUM,
      RiskRating.HIGH,
      RiskRating.HIGH,
      RiskRating.VERY_HIGH,
      RiskRating.VERY_HIGH,
    ]);
  });

  it('accepts levels 1 to 5 with the residual no worse than the inherent', () => {
    expect(validateRiskScores(scores)).toBeNull();
    expect(validateRiskScores({ ...scores, residualLikelihood: 4 })).toBeNull();
    expect(validateRiskScores({ inherentLikelihood: 1, inherentImpact: 1, residualLikelihood: 1, residualImpact: 1 })).toBeNull();
  });

  it('refuses levels outside 1..5 or not whole, naming the field', () => {
    expect(validateRiskScores({ ...scores, inherentImpact: 6 })?.field).toBe('inherentImpact');
    expect(validateRiskScores({ ...scores, residualLikelihood: 0 })?.field).toBe('residualLikelihood');
    expect(validateRiskScores({ ...scores, inherentLikelihood: 2.5 })?.message).toMatch(/1 to 5/);
  });

  it('refuses a residual above the inherent', () => {
    expect(validateRiskScores({ ...scores, residualLikelihood: 5 })?.field).toBe('residualLikelihood');
    expect(validateRiskScores({ ...scores, inherentImpact: 4, residualImpact: 5 })?.field).toBe('residualImpact');
  });

  it('tells a change of any level from none', () => {
    expect(riskScoresChanged(scores, { ...scores })).toBe(false);
    expect(riskScoresChanged(scores, { ...scores, residualImpact: 4 })).toBe(true);
  });

  it('checks references', () => {
    expect(validateRiskReference('reference', ' CR-04 ')).toBeNull();
    expect(validateRiskReference('reference', 'ASC/12.b')).toBeNull();
    expect(validateRiskReference('reference', '')?.field).toBe('reference');
    expect(validateRiskReference('reference', 'CR 04')?.message).toMatch(/not a reference/);
    expect(validateRiskReference('reference', 'X'.repeat(41))?.message).toMatch(/40/);
  });
});

describe('risk checks', () => {
  const risk = { status: RiskStatus.OPEN, reviewDue: '2026-03-31', residualLikelihood: 3, residualImpact: 5 };

  it('review overdue: past its review date and not closed', () => {
    expect(isRiskReviewOverdue(risk, '2026-04-01')).toBe(true);
    expect(isRiskReviewOverdue(risk, '2026-03-31')).toBe(false);
    expect(isRiskReviewOverdue({ ...risk, status: RiskStatus.TOLERATED }, '2026-04-01')).toBe(true);
    expect(isRiskReviewOverdue({ ...risk, status: RiskStatus.CLOSED }, '2026-04-01')).toBe(false);
    expect(isRiskReviewOverdue({ ...risk, reviewDue: null }, '2026-04-01')).toBe(false);
  });

  it('high risk without mitigation: open, residual 15 or more, no live mitigating action', () => {
    expect(isHighRiskWithoutMitigation(risk, [])).toBe(true);
    expect(isHighRiskWithoutMitigation(risk, [{ status: ActionStatus.DONE }, { status: ActionStatus.DROPPED }])).toBe(true);
    expect(isHighRiskWithoutMitigation(risk, [{ status: ActionStatus.IN_PROGRESS }])).toBe(false);
    expect(isHighRiskWithoutMitigation({ ...risk, residualImpact: 4 }, [])).toBe(false);
    expect(isHighRiskWithoutMitigation({ ...risk, status: RiskStatus.TOLERATED }, [])).toBe(false);
  });

  it('owner inactive: the owner left on or before the day, the risk not closed', () => {
    expect(riskOwnerInactive(risk, { leftOn: '2026-02-01' }, '2026-02-01')).toBe(true);
    expect(riskOwnerInactive(risk, { leftOn: '2026-02-02' }, '2026-02-01')).toBe(false);
    expect(riskOwnerInactive(risk, { leftOn: null }, '2026-02-01')).toBe(false);
    expect(riskOwnerInactive(risk, null, '2026-02-01')).toBe(false);
    expect(riskOwnerInactive({ status: RiskStatus.CLOSED }, { leftOn: '2025-01-01' }, '2026-02-01')).toBe(false);
  });
});

describe('validateRiskLinks', () => {
  const service = { id: 3, directorateId: 7 };
  const ok = { directorateId: 7, service, servicePlanPeriod: '2026/27', objective: { serviceId: 3, period: '2026/27' } };

  it('accepts agreeing links, and the corporate register linking any service', () => {
    expect(validateRiskLinks(ok)).toBeNull();
    expect(validateRiskLinks({ ...ok, directorateId: null, service: { id: 3, directorateId: 9 }, objective: null })).toBeNull();
    expect(validateRiskLinks({ directorateId: null, service: null, servicePlanPeriod: null, objective: null })).toBeNull();
  });

  it("refuses a plan year without a service, another directorate's service, another service's objective or year", () => {
    expect(validateRiskLinks({ ...ok, service: null, objective: null })?.field).toBe('servicePlanPeriod');
    expect(validateRiskLinks({ ...ok, directorateId: 8 })?.field).toBe('serviceId');
    expect(validateRiskLinks({ ...ok, objective: { serviceId: 4, period: '2026/27' } })?.field).toBe('objectiveId');
    expect(validateRiskLinks({ ...ok, objective: { serviceId: 3, period: '2025/26' } })?.message).toMatch(/2025\/26 plan/);
  });
});
