/**
 * The input of the governance checks: a plain snapshot of one council's governance records as the
 * API loads them (findings.snapshot.ts). Ids are database ids; dates are ISO 'YYYY-MM-DD' strings
 * (compared as strings, which orders them correctly). Nothing here is filtered by date: the checks
 * judge every row against `asOf`.
 */
import type { PriorityLevel } from '../cascade/types.js';
import { toPeriod } from '../performance/period.js';
import type {
  ActionSource,
  ActionStatus,
  BestValueFindingKind,
  BestValueStatus,
  ComplaintOutcome,
  ComplaintStage,
  ExecutiveResponse,
  RiskStatus,
  WardEnquiryStatus,
} from './enums.js';

export interface GovernanceNamed {
  id: number;
  name: string;
}

export interface GovernancePersonRow extends GovernanceNamed {
  /** The day they left the council, if they have (see hasLeftBy). */
  leftOn: string | null;
}

export interface GovernanceServiceRow extends GovernanceNamed {
  directorateId: number;
}

/** A corporate or directorate priority of `period` (non-priorities and service priorities are not loaded). */
export interface GovernancePriorityRow extends GovernanceNamed {
  level: Exclude<PriorityLevel, 'SERVICE'>;
  period: string;
  directorateId: number | null;
  isNonPriority: boolean;
}

export interface PortfolioRow extends GovernanceNamed {
  directorateIds: number[];
  serviceIds: number[];
  priorityIds: number[];
}

export interface RiskRow {
  id: number;
  reference: string;
  title: string;
  status: RiskStatus;
  /** The directorate's register; null is the corporate register. */
  directorateId: number | null;
  priorityId: number | null;
  ownerId: number | null;
  residualLikelihood: number;
  residualImpact: number;
  reviewDue: string | null;
}

export interface ActionRow {
  id: number;
  title: string;
  status: ActionStatus;
  source: ActionSource;
  ownerId: number | null;
  due: string | null;
  riskId: number | null;
  complaintId: number | null;
  bestValueRecommendationId: number | null;
  scrutinyRecommendationId: number | null;
}

export interface BestValueReviewRow {
  id: number;
  title: string;
  status: BestValueStatus;
  /** The day it reached its current status. */
  statusSince: string;
  serviceId: number | null;
  directorateId: number | null;
  /** The kinds of the review's findings (challenge, compare, consult, compete), repeats allowed. */
  findingKinds: BestValueFindingKind[];
}

export interface BestValueRecommendationRow {
  id: number;
  reviewId: number;
  text: string;
  agreedOn: string | null;
}

export interface ScrutinyRecommendationRow {
  id: number;
  committeeId: number;
  committeeName: string;
  text: string;
  madeOn: string;
  responseDue: string;
  response: ExecutiveResponse | null;
  respondedOn: string | null;
}

export interface ComplaintRow {
  id: number;
  /** The council's case reference (never the complainant's name). */
  reference: string;
  serviceId: number;
  receivedOn: string;
  stage: ComplaintStage;
  outcome: ComplaintOutcome | null;
  responseDue: string;
  respondedOn: string | null;
  themeIds: number[];
  panelMemberIds: number[];
}

export interface WardEnquiryRow {
  id: number;
  councillorId: number;
  ward: string;
  serviceId: number;
  subject: string;
  raisedOn: string;
  responseDue: string;
  respondedOn: string | null;
  status: WardEnquiryStatus;
}

export interface GovernanceSnapshot {
  council: GovernanceNamed;
  /** The day the records are judged at. */
  asOf: string;
  /** The financial year whose priorities must be assessed and in a portfolio, e.g. 2024-25. */
  period: string;
  people: GovernancePersonRow[];
  directorates: GovernanceNamed[];
  services: GovernanceServiceRow[];
  priorities: GovernancePriorityRow[];
  portfolios: PortfolioRow[];
  risks: RiskRow[];
  actions: ActionRow[];
  bestValueReviews: BestValueReviewRow[];
  bestValueRecommendations: BestValueRecommendationRow[];
  scrutinyRecommendations: ScrutinyRecommendationRow[];
  complaints: ComplaintRow[];
  complaintThemes: GovernanceNamed[];
  wardEnquiries: WardEnquiryRow[];
}

/** The financial year (April to March) an ISO date falls in: 2025-03-31 -> 2024-25, 2025-04-01 -> 2025-26. */
export function financialYearOf(iso: string): string {
  return toPeriod(iso.slice(0, 7), 'MONTH').financialYear;
}
