/**
 * One pass over the evidence building what several answers share (internal to the health check):
 * - "active priority": a priority of the period that is not an explicit non-priority (any status);
 * - "main priorities": active CORPORATE and DIRECTORATE priorities;
 * - "measured": the golden thread's rule (a target on the priority, on an objective delivering it or
 *   on anything under it: goldenThreadCoverage);
 * - "indicators due": indicators in use whose `latestPeriod` is set (a period of theirs is due);
 * - "exception": an indicator due that is RED, in the bottom quartile or DETERIORATING (exceptionsFor's rule);
 * - "leaders": people holding a leader, cabinet or portfolio role, and the directors;
 * - "due action": an action not DROPPED with a due date before `today`; "done" is status DONE.
 */
import { goldenThreadFindings } from '../cascade/checks.js';
import { goldenThreadCoverage, type GoldenThreadCoverage } from '../cascade/coverage.js';
import type { ObjectiveRow, PriorityRow, TargetRow } from '../cascade/types.js';
import type { Finding } from '../findings.js';
import { governanceFindings } from '../governance/checks.js';
import { ActionStatus } from '../governance/enums.js';
import type { ActionRow } from '../governance/snapshot.js';
import type { HealthCheckEvidence, HealthCheckIndicatorRow, PriorityPerformanceRow } from './evidence.js';

export interface Facts {
  e: HealthCheckEvidence;
  today: string;
  active: PriorityRow[];
  main: PriorityRow[];
  corporate: PriorityRow[];
  nonPriorities: PriorityRow[];
  activeIds: Set<number>;
  coverage: GoldenThreadCoverage;
  measured: Set<number>;
  objectives: ObjectiveRow[];
  /** Targets of the period. */
  targets: TargetRow[];
  /** Objectives of the period by each priority they deliver. */
  objectivesByPriority: Map<number, ObjectiveRow[]>;
  indicators: HealthCheckIndicatorRow[];
  indicatorsById: Map<number, HealthCheckIndicatorRow>;
  due: HealthCheckIndicatorRow[];
  exceptions: HealthCheckIndicatorRow[];
  leaderIds: Set<number>;
  performance: Map<number, PriorityPerformanceRow>;
  actionsById: Map<number, ActionRow>;
  goldenFindings: Finding[];
  governanceFindings: Finding[];
  hasCommentary(ind: HealthCheckIndicatorRow): boolean;
  isDueAction(a: ActionRow): boolean;
}

export function isException(i: HealthCheckIndicatorRow): boolean {
  return i.latestPeriod !== null && (i.rag === 'RED' || i.quartile === 4 || i.direction === 'DETERIORATING');
}

function unique<T extends { id: number }>(rows: readonly T[]): T[] {
  const seen = new Set<number>();
  return rows.filter((r) => {
    if (seen.has(r.id)) return false;
    seen.add(r.id);
    return true;
  });
}

export function factsOf(e: HealthCheckEvidence): Facts {
  const period = e.cascade.period;
  const inPeriod = unique(e.cascade.priorities.filter((p) => p.period === period));
  const active = inPeriod.filter((p) => !p.isNonPriority);
  const coverage = goldenThreadCoverage(e.cascade);
  const unmeasured = new Set(coverage.prioritiesWithTarget.missingIds);
  const objectives = unique(e.cascade.objectives.filter((o) => o.period === period));
  const objectivesByPriority = new Map<number, ObjectiveRow[]>();
  for (const o of objectives) {
    for (const pid of new Set(o.priorityIds)) {
      const list = objectivesByPriority.get(pid);
      if (list) list.push(o);
      else objectivesByPriority.set(pid, [o]);
    }
  }
  const indicators = unique(e.indicators);
  const commentaries = new Set(
    e.commentaries
      .filter((c) => c.councilId === e.council.id && !c.withdrawn && c.serviceId === null)
      .map((c) => `${c.indicatorId}|${c.period}`),
  );
  return {
    e,
    today: e.today,
    active,
    main: active.filter((p) => p.level !== 'SERVICE'),
    corporate: active.filter((p) => p.level === 'CORPORATE'),
    nonPriorities: inPeriod.filter((p) => p.isNonPriority),
    activeIds: new Set(active.map((p) => p.id)),
    coverage,
    measured: new Set(active.filter((p) => !unmeasured.has(p.id)).map((p) => p.id)),
    objectives,
    targets: e.cascade.targets.filter((t) => t.period === period),
    objectivesByPriority,
    indicators,
    indicatorsById: new Map(indicators.map((i) => [i.id, i])),
    due: indicators.filter((i) => i.latestPeriod !== null),
    exceptions: indicators.filter(isException),
    leaderIds: new Set(e.leaders.map((l) => l.personId)),
    performance: new Map(e.priorityPerformance.map((p) => [p.priorityId, p])),
    actionsById: new Map(e.governance.actions.map((a) => [a.id, a])),
    goldenFindings: goldenThreadFindings(e.cascade),
    governanceFindings: governanceFindings(e.governance),
    hasCommentary: (i) => i.latestPeriod !== null && commentaries.has(`${i.id}|${i.latestPeriod}`),
    isDueAction: (a) => a.status !== ActionStatus.DROPPED && a.due !== null && a.due < e.today,
  };
}

/** "1 of 3" style counts with the noun agreeing: count(1, 'priority', 'priorities'). */
export function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

export const node = (kind: string, id: number | null | undefined) => (id === null || id === undefined ? null : { kind, id });
