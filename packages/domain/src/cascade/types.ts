/**
 * The input of the golden-thread rules: a plain snapshot of one council's priority cascade for one
 * period, as the db layer loads it. Ids are numbers; dates are ISO 'YYYY-MM-DD' strings (compared as
 * strings, which orders them correctly).
 *
 * Scoping: rows that carry a `period` (priorities, objectives, targets, appraisal objectives) are only
 * considered when their period equals `snapshot.period`. Rows of other periods may be present (for
 * instance a priority of last year that an objective still points at); they are used to name things
 * in messages but never count as part of this period's thread.
 */
import type { NodeRef } from '../findings.js';
import type { EngagementGroupKind, MilestoneStatus, PriorityLevel, PriorityOrigin, PriorityStatus } from './enums.js';

export type { EngagementGroupKind, MilestoneStatus, PriorityLevel, PriorityOrigin, PriorityStatus };

export type TargetPolarity = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';

/** Levels from the top of the cascade down. */
export const PRIORITY_LEVELS: readonly PriorityLevel[] = ['CORPORATE', 'DIRECTORATE', 'SERVICE'];
/** Statuses in the only order a priority may move through. */
export const PRIORITY_STATUSES: readonly PriorityStatus[] = ['DRAFT', 'AGREED', 'COMMUNICATED'];

/** The kinds of node the golden-thread rules name in findings, threads and the cascade. */
export type CascadeNodeType =
  | 'Priority'
  | 'Objective'
  | 'AppraisalObjective'
  | 'Person'
  | 'Service'
  | 'Target'
  | 'Consultation'
  | 'Directorate';

export interface CascadeNodeRef extends NodeRef {
  type: CascadeNodeType;
}

export interface CascadeNamed {
  id: number;
  name: string;
}

export interface PriorityLimits {
  CORPORATE: number | null;
  DIRECTORATE: number | null;
  SERVICE: number | null;
}

export interface PriorityRow {
  id: number;
  name: string;
  level: PriorityLevel;
  parentId: number | null;
  ownerId: number | null;
  origin: PriorityOrigin;
  nationalAgenda: string | null;
  period: string;
  status: PriorityStatus;
  agreedOn: string | null;
  communicatedOn: string | null;
  /** An explicit "this is NOT a priority" entry, with its reason. Never counts as an active priority. */
  isNonPriority: boolean;
  nonPriorityReason: string | null;
  budget: number | null;
  fte: number | null;
  directorateId: number | null;
  serviceId: number | null;
}

export interface ObjectiveRow {
  id: number;
  name: string;
  serviceId: number;
  ownerId: number | null;
  /** The priorities this service-plan objective delivers. */
  priorityIds: number[];
  period: string;
}

export interface MilestoneRow {
  id: number;
  objectiveId: number;
  name: string;
  due: string;
  completedOn: string | null;
  status: MilestoneStatus;
}

export interface TargetContext {
  polarity: TargetPolarity;
  /** Latest actual value of the indicator. */
  currentValue: number | null;
  /** Best value among the comparator councils (highest or lowest by polarity). */
  bestComparatorValue: number | null;
  /** The value the recent trend projects for the target period. */
  trendProjection: number | null;
  /** Typical size of a year's change in the indicator (sign ignored). */
  typicalAnnualChange: number | null;
}

/**
 * A target and one thing it measures. A target that measures several objectives or priorities comes
 * as one row per link, repeating its id: every link counts, the target itself is counted once.
 */
export interface TargetRow {
  id: number;
  objectiveId: number | null;
  priorityId: number | null;
  serviceId: number | null;
  indicatorId: number;
  indicatorName: string;
  /** How the indicator's figures are published (decimal places or significant figures), and its unit: to write the value. */
  precision?: { kind: string; digits: number };
  unit?: string | null;
  period: string;
  value: number;
  context?: TargetContext;
}

export interface AppraisalObjectiveRow {
  id: number;
  personId: number;
  name: string;
  objectiveId: number | null;
  priorityId: number | null;
  period: string;
  agreedOn: string | null;
  reviewedOn: string | null;
  rating: string | null;
}

export interface ConsultationGroup {
  kind: EngagementGroupKind;
  name: string;
  hardToReach: boolean;
}

export interface ConsultationRow {
  id: number;
  title: string;
  date: string;
  groups: ConsultationGroup[];
  /** What was heard, in a sentence or two. */
  heard: string;
  /** The priorities this consultation informed. */
  priorityIds: number[];
}

export interface CommunicationGroup {
  kind: EngagementGroupKind;
  name: string;
}

export interface CommunicationRow {
  id: number;
  date: string;
  channel: string;
  groups: CommunicationGroup[];
  /** The priorities this communication told people about. */
  priorityIds: number[];
}

export interface CascadeSnapshot {
  council: { id: number; name: string; priorityLimits: PriorityLimits };
  /** The period under review, e.g. '2024-25'. */
  period: string;
  /** Today's date, 'YYYY-MM-DD' (passed in so the rules stay pure). */
  today: string;
  priorities: PriorityRow[];
  objectives: ObjectiveRow[];
  milestones: MilestoneRow[];
  targets: TargetRow[];
  appraisalObjectives: AppraisalObjectiveRow[];
  consultations: ConsultationRow[];
  communications: CommunicationRow[];
  /** Officers who should have appraisal objectives. */
  staff: CascadeNamed[];
  /** Services and teams that should have a plan. */
  services: CascadeNamed[];
  /** Optional: other units (e.g. teams working to their service's plan), used only to name them. */
  otherUnits?: CascadeNamed[];
  /** Anyone who may own something, used to name owners. */
  people: CascadeNamed[];
  /** Optional: directorates, used to name them in TOO_MANY_PRIORITIES (otherwise 'directorate #id'). */
  directorates?: CascadeNamed[];
}
