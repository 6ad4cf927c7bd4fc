/**
 * A small council whose governance records are all in order on AS_OF (no finding), for the checks'
 * unit tests to break one thing at a time. Fresh objects on every call.
 */
import {
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
import type { ActionRow, ComplaintRow, GovernanceSnapshot, RiskRow } from './snapshot.js';

export const AS_OF = '2025-03-01';

/** Ids of the healthy council's rows, by what they are. */
export const ID = {
  owner: 1,
  boss: 2,
  panelCllr: 3,
  wardCllr: 4,
  leaver: 9,
  asc: 10,
  resources: 11,
  homeCare: 20,
  finance: 21,
  corporate: 30,
  directorate: 31,
  ascPortfolio: 40,
  financePortfolio: 41,
  corporateRisk: 50,
  ascRisk: 51,
  mitigation: 60,
  bvAction: 61,
  scrutinyAction: 62,
  review: 70,
  bvRecommendation: 80,
  scrutinyRecommendation: 90,
  committee: 100,
  complaint: 110,
  panelComplaint: 111,
  theme: 120,
  enquiry: 130,
} as const;

export function risk(id: number, overrides: Partial<RiskRow> = {}): RiskRow {
  return {
    id,
    reference: `R-${id}`,
    title: `Risk ${id}`,
    status: RiskStatus.OPEN,
    directorateId: null,
    priorityId: null,
    ownerId: ID.owner,
    residualLikelihood: 2,
    residualImpact: 2,
    reviewDue: '2025-06-30',
    ...overrides,
  };
}

export function action(id: number, overrides: Partial<ActionRow> = {}): ActionRow {
  return {
    id,
    title: `Action ${id}`,
    status: ActionStatus.OPEN,
    source: ActionSource.OTHER,
    ownerId: ID.owner,
    due: '2025-06-30',
    riskId: null,
    complaintId: null,
    bestValueRecommendationId: null,
    scrutinyRecommendationId: null,
    ...overrides,
  };
}

export function complaint(id: number, overrides: Partial<ComplaintRow> = {}): ComplaintRow {
  return {
    id,
    reference: `C-${id}`,
    serviceId: ID.homeCare,
    receivedOn: '2025-01-10',
    stage: ComplaintStage.LOCAL_RESOLUTION,
    outcome: ComplaintOutcome.NOT_UPHELD,
    responseDue: '2025-02-07',
    respondedOn: '2025-02-05',
    themeIds: [ID.theme],
    panelMemberIds: [],
    ...overrides,
  };
}

export function healthyGovernance(): GovernanceSnapshot {
  return {
    council: { id: 1, name: 'Testshire' },
    asOf: AS_OF,
    period: '2024-25',
    people: [
      { id: ID.owner, name: 'Ann Owner', leftOn: null },
      { id: ID.boss, name: 'Bob Boss', leftOn: '2026-01-31' },
      { id: ID.panelCllr, name: 'Cllr Carol Panel', leftOn: null },
      { id: ID.wardCllr, name: 'Cllr Dan Ward', leftOn: null },
      { id: ID.leaver, name: 'Lee Leaver', leftOn: '2025-01-31' },
    ],
    directorates: [
      { id: ID.asc, name: 'Adult Social Care' },
      { id: ID.resources, name: 'Resources' },
    ],
    services: [
      { id: ID.homeCare, name: 'Home Care', directorateId: ID.asc },
      { id: ID.finance, name: 'Finance', directorateId: ID.resources },
    ],
    priorities: [
      { id: ID.corporate, name: 'Independent lives', level: 'CORPORATE', period: '2024-25', directorateId: null, isNonPriority: false },
      { id: ID.directorate, name: 'Home first', level: 'DIRECTORATE', period: '2024-25', directorateId: ID.asc, isNonPriority: false },
    ],
    portfolios: [
      { id: ID.ascPortfolio, name: 'Adult Social Care', directorateIds: [ID.asc], serviceIds: [], priorityIds: [ID.corporate] },
      // Resources is covered through one of its services.
      { id: ID.financePortfolio, name: 'Finance', directorateIds: [], serviceIds: [ID.finance], priorityIds: [] },
    ],
    risks: [
      risk(ID.corporateRisk, { priorityId: ID.corporate, residualLikelihood: 4, residualImpact: 4 }),
      // Review due today: not overdue yet.
      risk(ID.ascRisk, { directorateId: ID.asc, priorityId: ID.directorate, ownerId: ID.boss, reviewDue: AS_OF }),
    ],
    actions: [
      action(ID.mitigation, { source: ActionSource.RISK_MITIGATION, riskId: ID.corporateRisk, status: ActionStatus.IN_PROGRESS }),
      action(ID.bvAction, {
        source: ActionSource.BEST_VALUE_RECOMMENDATION,
        bestValueRecommendationId: ID.bvRecommendation,
        status: ActionStatus.DONE,
        due: '2025-01-01',
      }),
      // Due today: not overdue yet.
      action(ID.scrutinyAction, {
        source: ActionSource.SCRUTINY_RECOMMENDATION,
        scrutinyRecommendationId: ID.scrutinyRecommendation,
        due: AS_OF,
      }),
    ],
    bestValueReviews: [
      {
        id: ID.review,
        title: 'Home care review',
        status: BestValueStatus.OPTIONS,
        statusSince: '2025-01-15',
        serviceId: ID.homeCare,
        directorateId: null,
        findingKinds: [BestValueFindingKind.CHALLENGE, BestValueFindingKind.COMPARE, BestValueFindingKind.CONSULT],
      },
    ],
    bestValueRecommendations: [
      { id: ID.bvRecommendation, reviewId: ID.review, text: 'Commission home care by patch', agreedOn: '2025-02-01' },
    ],
    scrutinyRecommendations: [
      {
        id: ID.scrutinyRecommendation,
        committeeId: ID.committee,
        committeeName: 'Adults and Health Scrutiny Committee',
        text: 'Publish discharge delays monthly',
        madeOn: '2024-12-01',
        responseDue: '2025-02-01',
        response: ExecutiveResponse.ACCEPTED,
        respondedOn: '2025-01-20',
      },
    ],
    complaints: [
      // Due today, unanswered: not overdue yet.
      complaint(ID.complaint, { responseDue: AS_OF, respondedOn: null, outcome: null }),
      complaint(ID.panelComplaint, {
        stage: ComplaintStage.REVIEW_PANEL,
        panelMemberIds: [ID.panelCllr],
        outcome: null,
        respondedOn: null,
        responseDue: '2025-03-20',
      }),
      // Two upheld on the same theme: one short of a pattern.
      complaint(112, { outcome: ComplaintOutcome.UPHELD }),
      complaint(113, { outcome: ComplaintOutcome.PARTLY_UPHELD }),
    ],
    complaintThemes: [{ id: ID.theme, name: 'Missed visits' }],
    wardEnquiries: [
      {
        id: ID.enquiry,
        councillorId: ID.wardCllr,
        ward: 'Castle Hill',
        serviceId: ID.homeCare,
        subject: 'Late home care visits on Elm Road',
        raisedOn: '2025-02-15',
        responseDue: AS_OF,
        respondedOn: null,
        status: WardEnquiryStatus.OPEN,
      },
    ],
  };
}
