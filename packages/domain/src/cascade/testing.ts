/**
 * Builders for cascade snapshots, for tests here and in other packages: each row gets sensible
 * defaults so a test states only what matters to it. `healthyCouncil()` is a small council whose
 * golden thread is complete: goldenThreadFindings returns no finding for it, so a test can break one
 * thing and see exactly one check fire. Not exported from the package index.
 */
import type {
  AppraisalObjectiveRow,
  CascadeSnapshot,
  CommunicationRow,
  ConsultationGroup,
  ConsultationRow,
  MilestoneRow,
  ObjectiveRow,
  PriorityRow,
  TargetContext,
  TargetRow,
} from './types.js';

export const PERIOD = '2024-25';
export const TODAY = '2024-10-01';

export function priority(id: number, name: string, over: Partial<PriorityRow> = {}): PriorityRow {
  return {
    id,
    name,
    level: 'CORPORATE',
    parentId: null,
    ownerId: null,
    origin: 'LOCAL',
    nationalAgenda: null,
    period: PERIOD,
    status: 'DRAFT',
    agreedOn: null,
    communicatedOn: null,
    isNonPriority: false,
    nonPriorityReason: null,
    budget: 100_000,
    fte: 2,
    directorateId: null,
    serviceId: null,
    ...over,
  };
}

export function objective(id: number, name: string, priorityIds: number[], over: Partial<ObjectiveRow> = {}): ObjectiveRow {
  return { id, name, serviceId: 10, ownerId: null, priorityIds, period: PERIOD, ...over };
}

export function milestone(id: number, objectiveId: number, over: Partial<MilestoneRow> = {}): MilestoneRow {
  return { id, objectiveId, name: `Milestone ${id}`, due: '2025-03-31', completedOn: null, status: 'ON_TRACK', ...over };
}

export function context(over: Partial<TargetContext> = {}): TargetContext {
  return {
    polarity: 'HIGHER_IS_BETTER',
    currentValue: null,
    bestComparatorValue: null,
    trendProjection: null,
    typicalAnnualChange: null,
    ...over,
  };
}

export function target(id: number, over: Partial<TargetRow> = {}): TargetRow {
  return {
    id,
    objectiveId: null,
    priorityId: null,
    serviceId: null,
    indicatorId: 1000 + id,
    indicatorName: `Indicator ${id}`,
    period: PERIOD,
    value: 50,
    ...over,
  };
}

export function appraisal(id: number, personId: number, name: string, over: Partial<AppraisalObjectiveRow> = {}): AppraisalObjectiveRow {
  return {
    id,
    personId,
    name,
    objectiveId: null,
    priorityId: null,
    period: PERIOD,
    agreedOn: '2024-05-01',
    reviewedOn: null,
    rating: null,
    ...over,
  };
}

export function consultation(
  id: number,
  title: string,
  priorityIds: number[],
  groups: ConsultationGroup[],
  over: Partial<ConsultationRow> = {},
): ConsultationRow {
  return { id, title, date: '2024-01-15', groups, heard: 'People want help sooner.', priorityIds, ...over };
}

export function communication(
  id: number,
  priorityIds: number[],
  groups: CommunicationRow['groups'],
  over: Partial<CommunicationRow> = {},
): CommunicationRow {
  return { id, date: '2024-04-10', channel: 'Newsletter', groups, priorityIds, ...over };
}

export function snapshot(over: Partial<CascadeSnapshot> = {}): CascadeSnapshot {
  return {
    council: { id: 1, name: 'Northshire County Council', priorityLimits: { CORPORATE: null, DIRECTORATE: null, SERVICE: null } },
    period: PERIOD,
    today: TODAY,
    priorities: [],
    objectives: [],
    milestones: [],
    targets: [],
    appraisalObjectives: [],
    consultations: [],
    communications: [],
    staff: [],
    services: [],
    people: [],
    ...over,
  };
}

/**
 * Northshire: one corporate priority (1) -> one directorate priority (2) -> one service priority (3);
 * objective 20 (Home Care) delivers 2, objective 21 (Reablement) delivers 3 and carries the only
 * target; Carol (3) and Dan (4) each have an agreed appraisal objective on one of them; one explicit
 * non-priority (9); one consultation with users, carers and a hard-to-reach group, told back.
 */
export function healthyCouncil(): CascadeSnapshot {
  const users = { kind: 'SERVICE_USERS' as const, name: 'Home care users', hardToReach: false };
  const carers = { kind: 'CARERS' as const, name: 'Carers forum', hardToReach: false };
  const travellers = { kind: 'COMMUNITY' as const, name: 'Gypsy and Traveller community', hardToReach: true };
  const told = { status: 'COMMUNICATED' as const, agreedOn: '2024-03-01', communicatedOn: '2024-04-10' };
  return snapshot({
    council: { id: 1, name: 'Northshire County Council', priorityLimits: { CORPORATE: 5, DIRECTORATE: 3, SERVICE: 3 } },
    directorates: [{ id: 100, name: 'Adult Social Care' }],
    services: [
      { id: 10, name: 'Home Care' },
      { id: 11, name: 'Reablement' },
    ],
    people: [
      { id: 1, name: 'Alice Director' },
      { id: 2, name: 'Bob Manager' },
      { id: 3, name: 'Carol Officer' },
      { id: 4, name: 'Dan Officer' },
    ],
    staff: [
      { id: 3, name: 'Carol Officer' },
      { id: 4, name: 'Dan Officer' },
    ],
    priorities: [
      priority(1, 'Help people live independently', { ownerId: 1, ...told }),
      priority(2, 'More people supported at home', { level: 'DIRECTORATE', parentId: 1, directorateId: 100, ownerId: 1, ...told }),
      priority(3, 'Faster reablement', { level: 'SERVICE', parentId: 2, directorateId: 100, serviceId: 11, ownerId: 2, ...told }),
      priority(9, 'New leisure centre', { isNonPriority: true, nonPriorityReason: 'Not affordable this year', budget: null, fte: null }),
    ],
    objectives: [
      objective(20, 'Reduce waiting lists', [2], { serviceId: 10, ownerId: 2 }),
      objective(21, 'Start reablement within 48 hours', [3], { serviceId: 11, ownerId: 2 }),
    ],
    milestones: [
      milestone(30, 20, { name: 'Clear backlog', due: '2024-06-30', completedOn: '2024-06-20', status: 'COMPLETE' }),
      milestone(31, 21, { name: 'Pilot in the north', due: '2025-01-31', status: 'ON_TRACK' }),
    ],
    targets: [
      target(40, {
        objectiveId: 21,
        serviceId: 11,
        indicatorName: 'Reablement started within 48 hours (%)',
        value: 80,
        context: context({ currentValue: 70, bestComparatorValue: 85, trendProjection: 72, typicalAnnualChange: 4 }),
      }),
    ],
    appraisalObjectives: [
      appraisal(50, 3, 'Clear the waiting list backlog', { objectiveId: 20 }),
      appraisal(51, 4, 'Lead the reablement pilot', { objectiveId: 21 }),
    ],
    consultations: [consultation(60, 'Living well at home survey', [1, 2, 3], [users, carers, travellers])],
    communications: [
      communication(
        70,
        [1, 2, 3],
        [
          { kind: 'SERVICE_USERS', name: 'Home care users' },
          { kind: 'CARERS', name: 'Carers forum' },
          { kind: 'COMMUNITY', name: 'Gypsy and Traveller community' },
          { kind: 'STAFF', name: 'All staff' },
        ],
      ),
    ],
  });
}
