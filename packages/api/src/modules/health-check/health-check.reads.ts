/**
 * The leadership health check of a council: the evidence gathered (health-check.evidence.ts), scored
 * by the domain's healthCheck, and compared with another period's answers.
 */
import type { Em } from '@goldenthread/db';
import { buildCascade, healthCheck, shiftPeriod, type HealthCheckResult, type PriorityPerformanceRow } from '@goldenthread/domain';
import { performanceStatuses } from '../cascade/cascade.performance.js';
import { isoToday, type CascadeData } from '../cascade/cascade.snapshot.js';
import type { DerivedCache } from '../../derived-cache.js';
import { CouncilRows } from '../shared/council-rows.js';
import type { PerformanceService } from '../indicators/performance.service.js';
import { gatherHealthCheckEvidence, healthCheckPeriods, judgedOn } from './health-check.evidence.js';
import { healthCheckOf, type LeadershipHealthCheckType } from './health-check.type.js';

export interface HealthCheckReads {
  em: Em;
  performance: PerformanceService;
  derived?: DerivedCache | undefined;
  today: string;
  /** Shared by the years one answer reads; leadershipHealthCheck and the history make their own. */
  rows?: CouncilRows | undefined;
}

/** The health check's reads of one request, made by `ctx.services.get(HealthCheckService)` from the request's EntityManager. */
export class HealthCheckService {
  constructor(private readonly em: Em) {}

  reads(performance: PerformanceService, derived: DerivedCache | undefined): HealthCheckReads {
    return { em: this.em, performance, derived, today: isoToday() };
  }
}

/** The priorities' performance status as the council's staff see it (judged on validated figures): one statement or two. */
async function priorityPerformance(em: Em, data: CascadeData): Promise<PriorityPerformanceRow[]> {
  const { byPriority } = await performanceStatuses(em, data, buildCascade(data.snapshot), 'VALIDATED');
  return [...byPriority].map(([priorityId, s]) => ({ priorityId, status: s.status, targetsMet: null, targetsTotal: null }));
}

async function resultFor(
  r: HealthCheckReads,
  councilId: number,
  period: string,
  previous?: HealthCheckResult,
): Promise<HealthCheckResult | null> {
  const evidence = await gatherHealthCheckEvidence(r.em, councilId, period, {
    today: judgedOn(period, r.today),
    performance: r.performance,
    derived: r.derived,
    rows: r.rows,
    priorityPerformance: (data) => priorityPerformance(r.em, data),
  });
  return evidence && healthCheck(evidence, previous);
}

/**
 * The health check for `period`, with changes against `compareWith` (default: the year before, when
 * the council has priorities in it); null when the council does not exist.
 */
export async function leadershipHealthCheck(
  r: HealthCheckReads,
  councilId: number,
  period: string,
  compareWith: string | null | undefined,
): Promise<LeadershipHealthCheckType | null> {
  r = { ...r, rows: new CouncilRows(r.em, councilId) };
  const periods = await healthCheckPeriods(r.em, councilId);
  const before = compareWith === undefined || compareWith === null ? shiftPeriod(period, -1) : compareWith;
  const compared = compareWith != null || periods.includes(before) ? before : null;
  const previous = compared && compared !== period ? await resultFor(r, councilId, compared) : null;
  const result = await resultFor(r, councilId, period, previous ?? undefined);
  return result && healthCheckOf(result, judgedOn(period, r.today), previous ? compared : null);
}

/** The health check for every financial year the council has priorities in, oldest first, each compared with the one before. */
export async function leadershipHealthCheckHistory(r: HealthCheckReads, councilId: number): Promise<LeadershipHealthCheckType[]> {
  r = { ...r, rows: new CouncilRows(r.em, councilId) };
  const out: LeadershipHealthCheckType[] = [];
  let previous: { period: string; result: HealthCheckResult } | null = null;
  for (const period of await healthCheckPeriods(r.em, councilId)) {
    const adjacent = previous && previous.period === shiftPeriod(period, -1) ? previous : null;
    const result = await resultFor(r, councilId, period, adjacent?.result);
    if (!result) break;
    out.push(healthCheckOf(result, judgedOn(period, r.today), adjacent?.period ?? null));
    previous = { period, result };
  }
  return out;
}
