/**
 * A small council whose health check scores 4 on every answer that its records can answer, for the
 * unit tests to break one thing at a time (governance/checks-fixtures.ts style). Fresh objects on
 * every call. Built from the cascade's and governance checks' own builders, so the snapshots are the
 * ones those checks are tested on. Not exported from the package index.
 *
 * Nothing in it is an exception, so the answers' exception measures (commentary, actions on
 * exceptions) cannot be computed until a test makes one.
 */
import { healthyCouncil, target } from '../cascade/testing.js';
import { AS_OF, healthyGovernance } from '../governance/checks-fixtures.js';
import { BestValueFindingKind, BestValueStatus } from '../governance/enums.js';
import type { HealthCheckEvidence, HealthCheckIndicatorRow } from './evidence.js';
import { healthCheck } from './health-check.js';
import type { HealthCheckAnswer, HealthCheckKey, HealthCheckResult } from './model.js';

export { AS_OF };

/** Ids of the healthy council's rows, by what they are (cascade ids from cascade/testing.ts). */
export const HC = {
  director: 1,
  manager: 2,
  carol: 3,
  dan: 4,
  dataOwner: 5,
  miOwner: 6,
  leader: 7,
  corporate: 1,
  directorate: 2,
  service: 3,
  nonPriority: 9,
  outcomeA: 1001,
  outcomeB: 1002,
  local: 1040,
  financeReview: 71,
} as const;

export function indicator(id: number, over: Partial<HealthCheckIndicatorRow> = {}): HealthCheckIndicatorRow {
  return {
    id,
    name: `Indicator ${id}`,
    framework: 'ASCOF',
    dataOwnerId: HC.dataOwner,
    responsibleManagerId: HC.manager,
    latestPeriod: '2024-25 Q3',
    status: 'VALIDATED',
    late: false,
    direction: 'IMPROVING',
    rag: 'GREEN',
    quartile: 1,
    hasTarget: true,
    exceptionLastPeriod: false,
    ...over,
  };
}

export function healthyEvidence(): HealthCheckEvidence {
  const cascade = healthyCouncil();
  cascade.today = AS_OF;
  cascade.people.push({ id: HC.dataOwner, name: 'Dee Owner' }, { id: HC.miOwner, name: 'Mia Info' }, { id: HC.leader, name: 'Cllr Lee' });
  const directorate = cascade.priorities.find((p) => p.id === HC.directorate)!;
  directorate.origin = 'NATIONAL';
  directorate.nationalAgenda = 'ASCOF 1B: control over daily life';
  cascade.targets.push(
    target(41, { priorityId: HC.corporate, indicatorId: HC.outcomeA, indicatorName: 'Indicator 1001' }),
    target(42, { priorityId: HC.directorate, indicatorId: HC.outcomeB, indicatorName: 'Indicator 1002' }),
  );
  cascade.targets[0]!.indicatorId = HC.local;
  cascade.consultations[0]!.groups.push(
    { kind: 'STAFF', name: 'Home care staff', hardToReach: false },
    { kind: 'PARTNERS', name: 'NHS trust', hardToReach: false },
  );
  cascade.communications[0]!.groups.push({ kind: 'STAFF', name: 'Home care staff' }, { kind: 'PARTNERS', name: 'NHS trust' });
  for (const a of cascade.appraisalObjectives) {
    a.reviewedOn = '2025-02-01';
    a.rating = 'MET';
  }

  const governance = healthyGovernance();
  governance.bestValueReviews.push({
    id: HC.financeReview,
    title: 'Finance review',
    status: BestValueStatus.CLOSED,
    statusSince: '2024-01-10',
    serviceId: 21,
    directorateId: null,
    findingKinds: [
      BestValueFindingKind.CHALLENGE,
      BestValueFindingKind.COMPARE,
      BestValueFindingKind.CONSULT,
      BestValueFindingKind.COMPETE,
    ],
  });

  return {
    council: { id: 1, name: 'Northshire County Council' },
    period: '2024-25',
    today: AS_OF,
    cascade,
    governance,
    indicators: [indicator(HC.outcomeA), indicator(HC.outcomeB), indicator(HC.local, { framework: 'LOCAL' })],
    miOwnerIds: [HC.miOwner],
    leaders: [
      { personId: HC.director, role: 'DIRECTOR' },
      { personId: HC.leader, role: 'LEADER' },
    ],
    commentaries: [],
    complaintIdsWithLessons: [112, 113],
    priorityPerformance: [HC.corporate, HC.directorate, HC.service].map((priorityId) => ({
      priorityId,
      status: 'GREEN' as const,
      targetsMet: 1,
      targetsTotal: 1,
    })),
    nationalIndicatorLinks: [{ priorityId: HC.directorate, indicatorId: HC.outcomeB }],
    indicatorActions: [],
    accountabilityFindingCounts: {},
  };
}

/** The answer of `key` in the health check of `evidence`. */
export function answerOf(evidence: HealthCheckEvidence, key: HealthCheckKey, previous?: HealthCheckResult): HealthCheckAnswer {
  const r = healthCheck(evidence, previous);
  const a = [...r.questions, ...r.barriers, ...r.habits].find((x) => x.key === key);
  if (!a) throw new Error(`No answer ${key}`);
  return a;
}

/** The figure of measure `key` of an answer. */
export function figureOf(answer: HealthCheckAnswer, key: string) {
  const f = answer.evidence.find((e) => e.key === key);
  if (!f) throw new Error(`No figure ${key} in ${answer.key}`);
  return f;
}
