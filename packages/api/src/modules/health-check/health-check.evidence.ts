/**
 * Gathers the leadership health check's evidence (packages/domain/src/health-check/evidence.ts) for one
 * council and financial year from a fixed set of flat queries: the snapshots the existing checks take
 * (cascade, governance, the scheme of delegation's findings) and a few more tables. The statement count
 * does not depend on how many priorities, people, indicators or records the council has.
 */
import {
  Action,
  Commentary,
  Complaint,
  CouncillorRole,
  Directorate,
  IndicatorOwnership,
  Measurement,
  Priority,
  type Em,
} from '@goldenthread/db';
import {
  financialYearOf,
  shiftPeriod,
  toPeriod,
  type CommentaryRow,
  type HealthCheckEvidence,
  type HealthCheckIndicatorRow,
  type LeaderRow,
  type PriorityPerformanceRow,
} from '@goldenthread/domain';
import type { DerivedCache } from '../../derived-cache.js';
import type { CouncilRows } from '../shared/council-rows.js';
import { idOf } from '../../loaders.js';
import { loadCascade, type CascadeData } from '../cascade/cascade.snapshot.js';
import { councilFindings } from '../delegation/accountability.js';
import { loadGovernanceSnapshot } from '../governance/findings.snapshot.js';
import { commentaryRowOf } from '../indicators/commentary.type.js';
import { MeasureReads } from '../indicators/measures.service.js';
import { MAX_SERIES_INDICATORS, type PerformanceService, type Series } from '../indicators/performance.service.js';

/** Days after a period ends before its figure is late (the lateData default). */
export const HEALTH_CHECK_GRACE_DAYS = 30;
/** Financial years of series read before the checked one, for directions of travel. */
const YEARS_OF_HISTORY = 2;

const partial = <F extends string>(fields: F[]) => ({ fields, disableIdentityMap: true, orderBy: { id: 'asc' } }) as const;
const LEADER_KINDS = ['LEADER', 'CABINET_MEMBER', 'PORTFOLIO_HOLDER'] as const;

export interface GatherOptions {
  /** The day the records are judged at: today, or the financial year's last day when it is over. */
  today: string;
  performance: PerformanceService;
  derived?: DerivedCache | undefined;
  /** The council's people, services and directorates, shared by the years a health check compares (council-rows.ts). */
  rows?: CouncilRows | undefined;
  /** The priorities' performance statuses for the cascade data; absent: the milestone roll-up is not passed (empty). */
  priorityPerformance?: (data: CascadeData) => Promise<PriorityPerformanceRow[]> | PriorityPerformanceRow[];
}

/** The day a financial year is judged at: `today` while the year runs, else the year's last day. */
export function judgedOn(period: string, today: string): string {
  const end = toPeriod(period).end;
  return today < end ? today : end;
}

/**
 * The latest period of the indicator's frequency that ends by the financial year's end and is due
 * (ended `HEALTH_CHECK_GRACE_DAYS` days ago) on `day`: at the end of a year, an annual measure's latest
 * due figure is the year before's. Null when none in the series is due.
 */
function latestDuePeriod(s: Series, year: string, day: string): string | null {
  const yearEnd = toPeriod(year).end;
  const due = new Date(`${day}T00:00:00Z`);
  due.setUTCDate(due.getUTCDate() - HEALTH_CHECK_GRACE_DAYS);
  const dueBy = due.toISOString().slice(0, 10);
  for (let i = s.points.length - 1; i >= 0; i--) {
    const end = toPeriod(s.points[i]!.period).end;
    if (end <= yearEnd && end <= dueBy) return s.points[i]!.period;
  }
  return null;
}

function indicatorRow(
  s: Series,
  year: string,
  day: string,
  owners: Map<number, Pick<IndicatorOwnership, 'dataOwner' | 'responsibleManager'>>,
  hasTarget: Set<number>,
): HealthCheckIndicatorRow {
  const own = owners.get(s.indicatorId);
  const latestPeriod = latestDuePeriod(s, year, day);
  const index = latestPeriod === null ? -1 : s.points.findIndex((p) => p.period === latestPeriod);
  const point = index >= 0 ? s.points[index]! : null;
  const before = index > 0 ? s.points[index - 1]! : null;
  return {
    id: s.indicatorId,
    name: s.indicator.title,
    framework: s.indicator.framework,
    dataOwnerId: own ? idOf(own.dataOwner) : null,
    responsibleManagerId: own ? idOf(own.responsibleManager) : null,
    latestPeriod,
    status: point?.status ?? 'NONE',
    // Due (latestDuePeriod) without a validated or published figure: LATE_DATA's rule.
    late: latestPeriod !== null && point?.status !== 'VALIDATED' && point?.status !== 'PUBLISHED',
    direction: s.direction as HealthCheckIndicatorRow['direction'],
    rag: (point?.rag ?? 'NONE') as HealthCheckIndicatorRow['rag'],
    quartile: (s.position?.quartile ?? null) as HealthCheckIndicatorRow['quartile'],
    hasTarget: hasTarget.has(s.indicatorId),
    // The period before: red against its target. (Quartile and direction are only known at the latest.)
    exceptionLastPeriod: before && before.valueStatus !== 'MISSING' ? before.rag === 'RED' : null,
  };
}

/**
 * The evidence for `councilId` and financial year `period`, judged at `options.today`; null when the
 * council does not exist. Reads everything the council's staff may read: only for them.
 */
export async function gatherHealthCheckEvidence(
  em: Em,
  councilId: number,
  period: string,
  options: GatherOptions,
): Promise<HealthCheckEvidence | null> {
  const today = options.today;
  const [data, governance] = await Promise.all([
    loadCascade(em, councilId, period, { today, rows: options.rows }),
    loadGovernanceSnapshot(em, councilId, today, period, options.rows),
  ]);
  if (!data || !governance) return null;
  const fy = toPeriod(period);
  const own = { council: councilId };
  const [ownership, measured, roles, directorates, commentaries, lessons, actions, findings, ownerUpdates] = await Promise.all([
    em.find(IndicatorOwnership, own, partial(['id', 'indicator', 'dataOwner', 'responsibleManager'])),
    em.find(Measurement, { ...own, periodStart: { $gte: fy.start, $lte: fy.end } }, { fields: ['indicator'], disableIdentityMap: true }),
    em.find(CouncillorRole, { ...own, role: { $in: [...LEADER_KINDS] } }, partial(['id', 'person', 'role', 'startsOn', 'endsOn'])),
    em.find(Directorate, own, partial(['id', 'director'])),
    em.find(Commentary, { ...own, periodStart: { $lte: fy.end } }, { disableIdentityMap: true, orderBy: { id: 'asc' } }),
    em.find(Complaint, { ...own, lessons: { $ne: null } }, partial(['id', 'lessons'])),
    em.find(
      Action,
      { ...own, $or: [{ indicator: { $ne: null } }, { commentary: { $ne: null } }] },
      partial(['id', 'indicator', 'commentary']),
    ),
    councilFindings(em, councilId, today, options.derived),
    // Data owners who never update (DATA_OWNER_NEVER_UPDATED): the last 3 periods due, 30 days after each ends.
    new MeasureReads(em).ownerUpdates({ councilId, councilName: '', to: period, periods: 3, graceDays: 30, today }),
  ]);

  const inUse = new Set<number>([...data.targetIndicators.values()]);
  for (const o of ownership) inUse.add(idOf(o.indicator)!);
  for (const m of measured) inUse.add(m.indicator.id);
  const ids = [...inUse].sort((a, b) => a - b);
  const from = shiftPeriod(period, -YEARS_OF_HISTORY);
  const series: Series[] = [];
  for (let i = 0; i < ids.length; i += MAX_SERIES_INDICATORS) {
    series.push(
      ...(await options.performance.indicatorSeries({
        councilId,
        indicatorIds: ids.slice(i, i + MAX_SERIES_INDICATORS),
        from,
        to: period,
        includeUnpublished: true,
      })),
    );
  }
  const owners = new Map(ownership.map((o) => [idOf(o.indicator)!, o]));
  const hasTarget = new Set(
    data.targets.filter((t) => t.period === period || toPeriod(t.period).financialYear === period).map((t) => t.indicator.id),
  );

  const leaders: LeaderRow[] = [];
  for (const r of roles) {
    if ((r.startsOn && r.startsOn > today) || (r.endsOn && r.endsOn < today)) continue;
    leaders.push({ personId: idOf(r.person)!, role: r.role as LeaderRow['role'] });
  }
  for (const d of directorates) if (d.director) leaders.push({ personId: idOf(d.director)!, role: 'DIRECTOR' });

  const commentaryRows: CommentaryRow[] = commentaries.filter((c) => inUse.has(idOf(c.indicator)!)).map(commentaryRowOf);
  const commentaryIndicator = new Map(commentaryRows.map((c) => [c.id, c.indicatorId]));
  const complaintIds = new Set(governance.complaints.map((c) => c.id));
  const councilFindingCounts: Record<string, number> = {};
  for (const f of findings ?? []) councilFindingCounts[f.code] = (councilFindingCounts[f.code] ?? 0) + 1;

  return {
    council: { id: data.council.id, name: data.council.name },
    period,
    today,
    cascade: data.snapshot,
    governance,
    indicators: series.map((s) => indicatorRow(s, period, today, owners, hasTarget)),
    miOwnerIds: data.council.miResponsible ? [idOf(data.council.miResponsible)!] : [],
    leaders,
    commentaries: commentaryRows,
    complaintIdsWithLessons: lessons.filter((c) => complaintIds.has(c.id) && c.lessons?.trim()).map((c) => c.id),
    priorityPerformance: options.priorityPerformance ? await options.priorityPerformance(data) : [],
    nationalIndicatorLinks: [...data.priorities.values()]
      .filter((p) => p.nationalIndicator)
      .map((p) => ({ priorityId: p.id, indicatorId: idOf(p.nationalIndicator)! })),
    indicatorActions: actions.flatMap((a) => {
      const indicatorId = idOf(a.indicator) ?? commentaryIndicator.get(idOf(a.commentary) ?? -1) ?? null;
      return indicatorId === null ? [] : [{ actionId: a.id, indicatorId }];
    }),
    accountabilityFindingCounts: findings ? councilFindingCounts : null,
    dataOwnersNeverUpdating: ownerUpdates.neverUpdating,
  };
}

/** The financial years the council has priorities in, oldest first (the periods the health check has data for). */
export async function healthCheckPeriods(em: Em, councilId: number): Promise<string[]> {
  const rows = await em.find(Priority, { council: councilId }, { fields: ['id', 'period'], disableIdentityMap: true });
  return [...new Set(rows.map((r) => r.period))].sort();
}

export { financialYearOf };
