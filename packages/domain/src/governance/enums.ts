/**
 * The governance records' controlled values (README "Governance"): defined once here and used by the
 * database entities and the GraphQL schema alike.
 */

/** What a staff member of a council is designated to do beyond their post (who may see and change governance records). */
export enum StaffRoleKind {
  /** Handles the council's complaints: reads and changes individual complaints. */
  COMPLAINTS_OFFICER = 'COMPLAINTS_OFFICER',
  /** Supports scrutiny committees: keeps their work programmes, meetings and recommendations. */
  SCRUTINY_OFFICER = 'SCRUTINY_OFFICER',
  /** Keeps the council's risk registers. */
  RISK_MANAGER = 'RISK_MANAGER',
}

export enum ActionStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  /** Dropped, with a reason. */
  DROPPED = 'DROPPED',
}

/** Where an action comes from. */
export enum ActionSource {
  BEST_VALUE_RECOMMENDATION = 'BEST_VALUE_RECOMMENDATION',
  COMPLAINT_LESSON = 'COMPLAINT_LESSON',
  RISK_MITIGATION = 'RISK_MITIGATION',
  SCRUTINY_RECOMMENDATION = 'SCRUTINY_RECOMMENDATION',
  /** An exception of an indicator (red, deteriorating or bottom quartile). */
  EXCEPTION = 'EXCEPTION',
  COMMENTARY = 'COMMENTARY',
  /** A finding of one of the checks (by its code). */
  FINDING = 'FINDING',
  OTHER = 'OTHER',
}

/** Why a scrutiny committee chose a topic. */
export enum ScrutinyTopicReason {
  BOTTOM_QUARTILE = 'BOTTOM_QUARTILE',
  DETERIORATING = 'DETERIORATING',
  OFF_TARGET = 'OFF_TARGET',
  PUBLIC_CONCERN = 'PUBLIC_CONCERN',
  HEALTH_SCRUTINY = 'HEALTH_SCRUTINY',
  POLICY_DEVELOPMENT = 'POLICY_DEVELOPMENT',
  OTHER = 'OTHER',
}

export enum ScrutinyTopicStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETE = 'COMPLETE',
  DROPPED = 'DROPPED',
}

/** The executive's response to a scrutiny recommendation. */
export enum ExecutiveResponse {
  ACCEPTED = 'ACCEPTED',
  PARTLY_ACCEPTED = 'PARTLY_ACCEPTED',
  REJECTED = 'REJECTED',
}

/** Organisations the council works with, for health scrutiny and partnership. */
export enum PartnerBodyKind {
  INTEGRATED_CARE_BOARD = 'INTEGRATED_CARE_BOARD',
  NHS_TRUST = 'NHS_TRUST',
  PROVIDER = 'PROVIDER',
  VOLUNTARY_SECTOR = 'VOLUNTARY_SECTOR',
  OTHER = 'OTHER',
}

/** A Best Value review's stages, in the only order it may move through them. */
export enum BestValueStatus {
  SCOPING = 'SCOPING',
  EVIDENCE = 'EVIDENCE',
  OPTIONS = 'OPTIONS',
  RECOMMENDATIONS_AGREED = 'RECOMMENDATIONS_AGREED',
  IMPLEMENTING = 'IMPLEMENTING',
  CLOSED = 'CLOSED',
}

/** The four Cs of a Best Value review. */
export enum BestValueFindingKind {
  CHALLENGE = 'CHALLENGE',
  COMPARE = 'COMPARE',
  CONSULT = 'CONSULT',
  COMPETE = 'COMPETE',
}

/** Ways of delivering a service a Best Value review appraises. */
export enum DeliveryOption {
  KEEP_IN_HOUSE = 'KEEP_IN_HOUSE',
  CHANGE = 'CHANGE',
  SHARE = 'SHARE',
  COMMISSION_EXTERNALLY = 'COMMISSION_EXTERNALLY',
  STOP = 'STOP',
}

/** A complaint's stages, in the only order it may move through them. */
export enum ComplaintStage {
  LOCAL_RESOLUTION = 'LOCAL_RESOLUTION',
  INVESTIGATION = 'INVESTIGATION',
  REVIEW_PANEL = 'REVIEW_PANEL',
  OMBUDSMAN = 'OMBUDSMAN',
}

export enum ComplaintOutcome {
  UPHELD = 'UPHELD',
  PARTLY_UPHELD = 'PARTLY_UPHELD',
  NOT_UPHELD = 'NOT_UPHELD',
  WITHDRAWN = 'WITHDRAWN',
}

export enum RiskStatus {
  OPEN = 'OPEN',
  /** Accepted at its residual score: watched, no further mitigation planned. */
  TOLERATED = 'TOLERATED',
  CLOSED = 'CLOSED',
}

export enum WardEnquiryStatus {
  OPEN = 'OPEN',
  RESPONDED = 'RESPONDED',
  CLOSED = 'CLOSED',
}
