/**
 * The priority cascade's controlled values, defined once here and used by the rules, the database
 * entities and the GraphQL schema alike: a read-only object and a union type of the same name each.
 */

/** Where a priority sits in the cascade, from the top down. */
export const PriorityLevel = {
  CORPORATE: 'CORPORATE',
  DIRECTORATE: 'DIRECTORATE',
  SERVICE: 'SERVICE',
} as const;
export type PriorityLevel = (typeof PriorityLevel)[keyof typeof PriorityLevel];

/** A priority moves forward only: DRAFT -> AGREED -> COMMUNICATED. */
export const PriorityStatus = {
  DRAFT: 'DRAFT',
  AGREED: 'AGREED',
  COMMUNICATED: 'COMMUNICATED',
} as const;
export type PriorityStatus = (typeof PriorityStatus)[keyof typeof PriorityStatus];

/** A national agenda translated locally (e.g. an ASCOF measure), or a local choice. */
export const PriorityOrigin = {
  NATIONAL: 'NATIONAL',
  LOCAL: 'LOCAL',
} as const;
export type PriorityOrigin = (typeof PriorityOrigin)[keyof typeof PriorityOrigin];

export const EngagementGroupKind = {
  SERVICE_USERS: 'SERVICE_USERS',
  CARERS: 'CARERS',
  COMMUNITY: 'COMMUNITY',
  PROVIDERS: 'PROVIDERS',
  PARTNERS: 'PARTNERS',
  STAFF: 'STAFF',
} as const;
export type EngagementGroupKind = (typeof EngagementGroupKind)[keyof typeof EngagementGroupKind];

export const MilestoneStatus = {
  NOT_STARTED: 'NOT_STARTED',
  ON_TRACK: 'ON_TRACK',
  AT_RISK: 'AT_RISK',
  COMPLETE: 'COMPLETE',
  MISSED: 'MISSED',
} as const;
export type MilestoneStatus = (typeof MilestoneStatus)[keyof typeof MilestoneStatus];

/** The outcome of an appraisal objective at review. */
export const AppraisalRating = {
  EXCEEDED: 'EXCEEDED',
  MET: 'MET',
  PARTLY_MET: 'PARTLY_MET',
  NOT_MET: 'NOT_MET',
} as const;
export type AppraisalRating = (typeof AppraisalRating)[keyof typeof AppraisalRating];

/**
 * Judged on milestones: RED if any is overdue, AMBER if any is at risk, GREEN if there are milestones
 * and neither, NONE without milestones.
 */
export const RollupStatus = {
  GREEN: 'GREEN',
  AMBER: 'AMBER',
  RED: 'RED',
  NONE: 'NONE',
} as const;
export type RollupStatus = (typeof RollupStatus)[keyof typeof RollupStatus];
