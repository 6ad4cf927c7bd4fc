/** Where a priority sits in the cascade, from the top down. */
export enum PriorityLevel {
  CORPORATE = 'CORPORATE',
  DIRECTORATE = 'DIRECTORATE',
  SERVICE = 'SERVICE',
}

/** A priority moves forward only: DRAFT -> AGREED -> COMMUNICATED. */
export enum PriorityStatus {
  DRAFT = 'DRAFT',
  AGREED = 'AGREED',
  COMMUNICATED = 'COMMUNICATED',
}

/** A national agenda translated locally (e.g. an ASCOF measure), or a local choice. */
export enum PriorityOrigin {
  NATIONAL = 'NATIONAL',
  LOCAL = 'LOCAL',
}

export enum EngagementGroupKind {
  SERVICE_USERS = 'SERVICE_USERS',
  CARERS = 'CARERS',
  COMMUNITY = 'COMMUNITY',
  PROVIDERS = 'PROVIDERS',
  PARTNERS = 'PARTNERS',
  STAFF = 'STAFF',
}

export enum MilestoneStatus {
  NOT_STARTED = 'NOT_STARTED',
  ON_TRACK = 'ON_TRACK',
  AT_RISK = 'AT_RISK',
  COMPLETE = 'COMPLETE',
  MISSED = 'MISSED',
}

/** The outcome of an appraisal objective at review. */
export enum AppraisalRating {
  EXCEEDED = 'EXCEEDED',
  MET = 'MET',
  PARTLY_MET = 'PARTLY_MET',
  NOT_MET = 'NOT_MET',
}
