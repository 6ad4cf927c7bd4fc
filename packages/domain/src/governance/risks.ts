/**
 * Rules of risks (README "Governance"): scores of likelihood x impact (1 to 5 each), the rating bands,
 * residual not above inherent, and the checks RISK_REVIEW_OVERDUE, HIGH_RISK_WITHOUT_MITIGATION and
 * RISK_OWNER_INACTIVE. Each validator returns null when the value is fine, or a FieldError.
 */
import type { FieldError } from '../organisation/validation.js';
import { isActionLive } from './actions.js';
import type { ActionStatus } from './enums.js';
import { RiskStatus } from './enums.js';

/** A risk's rating band, from its score (likelihood x impact). */
export enum RiskRating {
  /** 1 to 4. */
  LOW = 'LOW',
  /** 5 to 9. */
  MEDIUM = 'MEDIUM',
  /** 10 to 14. */
  HIGH = 'HIGH',
  /** 15 to 25. */
  VERY_HIGH = 'VERY_HIGH',
}

/** The lowest score of each band, highest band first: 15-25 very high, 10-14 high, 5-9 medium, 1-4 low. */
export const RISK_BANDS: ReadonlyArray<{ rating: RiskRating; from: number }> = [
  { rating: RiskRating.VERY_HIGH, from: 15 },
  { rating: RiskRating.HIGH, from: 10 },
  { rating: RiskRating.MEDIUM, from: 5 },
  { rating: RiskRating.LOW, from: 1 },
];

/** The residual score from which a risk needs a live mitigating action (HIGH_RISK_WITHOUT_MITIGATION). */
export const HIGH_RISK_SCORE = 15;

export interface RiskScores {
  inherentLikelihood: number;
  inherentImpact: number;
  residualLikelihood: number;
  residualImpact: number;
}

export function riskScore(likelihood: number, impact: number): number {
  return likelihood * impact;
}

export function riskRating(score: number): RiskRating {
  return (RISK_BANDS.find((b) => score >= b.from) ?? RISK_BANDS[RISK_BANDS.length - 1]!).rating;
}

/** A likelihood or impact is a whole number from 1 to 5. */
export function validateRiskLevel(field: string, value: number): FieldError | null {
  if (!Number.isInteger(value) || value < 1 || value > 5)
    return { field, message: `${value} is not a score from 1 to 5 (1 the lowest, 5 the highest).` };
  return null;
}

/**
 * The four levels are 1 to 5 each, and the residual (after controls) is no worse than the inherent:
 * neither its likelihood nor its impact above the inherent one. Errors name the residual field.
 */
export function validateRiskScores(s: RiskScores): FieldError | null {
  const levels = (['inherentLikelihood', 'inherentImpact', 'residualLikelihood', 'residualImpact'] as const).map((f) =>
    validateRiskLevel(f, s[f]),
  );
  const bad = levels.find((e) => e !== null);
  if (bad) return bad;
  if (s.residualLikelihood > s.inherentLikelihood) {
    return {
      field: 'residualLikelihood',
      message:
        `The residual likelihood (${s.residualLikelihood}) is above the inherent one (${s.inherentLikelihood}): controls ` +
        `cannot make a risk more likely.`,
    };
  }
  if (s.residualImpact > s.inherentImpact) {
    return {
      field: 'residualImpact',
      message:
        `The residual impact (${s.residualImpact}) is above the inherent one (${s.inherentImpact}): controls cannot make a ` +
        `risk worse.`,
    };
  }
  return null;
}

/** Did any of the four levels change (so a new assessment is recorded in the history)? */
export function riskScoresChanged(before: RiskScores, after: RiskScores): boolean {
  return (['inherentLikelihood', 'inherentImpact', 'residualLikelihood', 'residualImpact'] as const).some((f) => before[f] !== after[f]);
}

/** A risk reference: 1 to 40 letters, digits and - _ . / (e.g. CR-04, ASC/12), no spaces. */
export function validateRiskReference(field: string, value: string): FieldError | null {
  const v = value.trim();
  if (!v) return { field, message: 'A risk needs its reference in the register, e.g. CR-04.' };
  if (v.length > 40) return { field, message: `The reference is ${v.length} characters long; the most allowed is 40.` };
  if (!/^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(v))
    return { field, message: `"${value}" is not a reference: use letters, digits and - _ . / only, e.g. CR-04.` };
  return null;
}

export interface RiskFacts {
  status: RiskStatus;
  reviewDue: string | null;
  residualLikelihood: number;
  residualImpact: number;
}

/** The review is overdue on `asOf`: a risk not closed whose review date has passed. No date is not overdue. */
export function isRiskReviewOverdue(r: Pick<RiskFacts, 'status' | 'reviewDue'>, asOf: string): boolean {
  return r.status !== RiskStatus.CLOSED && r.reviewDue !== null && r.reviewDue < asOf;
}

/**
 * A high risk without mitigation: open (not tolerated, not closed) at a residual score of 15 or more,
 * with no mitigating action that is open or in progress. A tolerated risk is accepted as it is.
 */
export function isHighRiskWithoutMitigation(r: RiskFacts, mitigations: ReadonlyArray<{ status: ActionStatus }>): boolean {
  if (r.status !== RiskStatus.OPEN) return false;
  if (riskScore(r.residualLikelihood, r.residualImpact) < HIGH_RISK_SCORE) return false;
  return !mitigations.some((a) => isActionLive(a.status));
}

/** The risk's owner has left the council (on or before `asOf`) while the risk is not closed. */
export function riskOwnerInactive(r: Pick<RiskFacts, 'status'>, owner: { leftOn: string | null } | null, asOf: string): boolean {
  return r.status !== RiskStatus.CLOSED && owner !== null && owner.leftOn !== null && owner.leftOn <= asOf;
}

export interface RiskLinkFacts {
  /** The register: a directorate's, or null for the corporate register. */
  directorateId: number | null;
  service: { id: number; directorateId: number } | null;
  servicePlanPeriod: string | null;
  objective: { serviceId: number; period: string } | null;
}

/**
 * A risk's links agree: a service plan year only with a service; a directorate's register links
 * only its own services; a linked objective is of the linked service (and of its plan's year).
 */
export function validateRiskLinks(f: RiskLinkFacts): FieldError | null {
  if (f.servicePlanPeriod !== null && f.service === null) {
    return { field: 'servicePlanPeriod', message: 'A service plan year belongs with the service whose plan it is: give the service too.' };
  }
  if (f.service && f.directorateId !== null && f.service.directorateId !== f.directorateId) {
    return {
      field: 'serviceId',
      message:
        "The service is in another directorate: a directorate's register links only its own services (or put the risk in the " +
        'corporate register).',
    };
  }
  if (f.objective && f.service && f.objective.serviceId !== f.service.id) {
    return { field: 'objectiveId', message: 'The objective is of another service than the one the risk is linked to.' };
  }
  if (f.objective && f.servicePlanPeriod !== null && f.objective.period !== f.servicePlanPeriod) {
    return {
      field: 'objectiveId',
      message: `The objective is in the ${f.objective.period} plan; the risk is in the ${f.servicePlanPeriod} plan.`,
    };
  }
  return null;
}
