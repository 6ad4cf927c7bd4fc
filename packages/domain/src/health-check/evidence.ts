/**
 * The input of the leadership health check (issue 14, docs/methods/health-check.md): plain data about
 * one council and one period, gathered by the API in a fixed number of statements. Most of it IS the
 * snapshots the existing checks already take, so the API reuses their loaders:
 * - `cascade` (CascadeSnapshot, cascade.snapshot.ts): priorities with level, status, owner, origin,
 *   national agenda, dates agreed and communicated, budget and FTE; the configured priority limits and
 *   the explicit non-priorities; objectives, milestones, targets; consultations (groups, hard-to-reach)
 *   and communications; staff and their appraisal objectives (agreed, reviewed, rating).
 * - `governance` (GovernanceSnapshot, findings.snapshot.ts): risks per priority (review due), Best
 *   Value reviews per service (status, four Cs found), actions (owner, due, status, source), scrutiny
 *   recommendations (response), complaints.
 * Plus a few arrays the snapshots do not hold: indicators in use with their latest figures' status and
 * performance, the MI owner, the leaders, commentaries, complaints' lessons, the priorities' performance
 * status, the national priorities' indicator links and the accountability findings counted by code.
 *
 * Ids are database ids; dates are ISO 'YYYY-MM-DD' strings; periods are written as performance/period.ts
 * reads them ('2024-25', '2024-25 Q3', '2024-06').
 */
import type { CascadeSnapshot } from '../cascade/index.js';
import type { PerformanceStatusValue } from '../cascade/performance-status.js';
import type { GovernanceSnapshot } from '../governance/snapshot.js';
// A commentary (what happened, why, what we are doing) of a council's indicator for a period: the performance rules' row.
import type { CommentaryRow } from '../performance/commentary.js';
import type { Quartile } from '../performance/compare.js';
import type { IndicatorFramework } from '../performance/enums.js';
import type { DataStatus } from '../performance/exceptions.js';
import type { Rag } from '../performance/rag.js';
import type { Direction } from '../performance/trend.js';

/**
 * An indicator the council uses in `period` (it has a target, an ownership row or a measurement of the
 * period), with the figures of its latest period due in `period`.
 */
export interface HealthCheckIndicatorRow {
  id: number;
  name: string;
  /** ASCOF, PAF and OFLOG are national; LOCAL is the council's own. ASCOF measures count as outcome measures. */
  framework: IndicatorFramework;
  /** The council's data owner (accuracy), or null when nobody is named. */
  dataOwnerId: number | null;
  /** The council's responsible manager, or null when nobody is named. */
  responsibleManagerId: number | null;
  /**
   * The period the figures below are of, in canonical text (toPeriod(p).text, e.g. '2024-25 Q4': commentaries
   * are matched on it); null when no period of the indicator is due yet.
   */
  latestPeriod: string | null;
  /** The best status of the council's value for `latestPeriod`: NONE (nothing entered), DRAFT, VALIDATED, PUBLISHED. */
  status: DataStatus;
  /** True when `latestPeriod` is past its due date (period end + grace) with nothing validated (LATE_DATA). */
  late: boolean;
  /** Direction of travel of the recent series (UNKNOWN when it cannot be told). */
  direction: Direction;
  /** RAG against the council's target for `latestPeriod` (NONE without a target or a value). */
  rag: Rag;
  /** Quartile among the comparator group (1 best, 4 bottom), or null when not ranked. */
  quartile: Quartile | null;
  /** Whether the council has a target for the indicator in `period`. */
  hasTarget: boolean;
  /**
   * Whether the indicator was an exception (RED, bottom quartile or deteriorating) in the period before
   * `latestPeriod`; null when that cannot be told (no figures for it).
   */
  exceptionLastPeriod: boolean | null;
}

/**
 * The priority's performance status (cascade/performance-status.ts priorityPerformanceStatus / the
 * API's cascadePerformance): its targets' RAG, its indicators' direction and its milestones rolled up.
 * One row per active priority of the period; a priority without a row counts as NONE.
 */
export interface PriorityPerformanceRow {
  priorityId: number;
  status: PerformanceStatusValue;
  /** Targets of the priority on target (GREEN) for their latest period, when known. */
  targetsMet: number | null;
  /** Targets of the priority with a RAG other than NONE, when known. */
  targetsTotal: number | null;
}

/** A national priority's link to a national indicator it translates (besides any target on one). */
export interface PriorityIndicatorLink {
  priorityId: number;
  indicatorId: number;
}

/** An action of the governance snapshot raised on an indicator (source EXCEPTION or COMMENTARY, or any naming it). */
export interface IndicatorActionLink {
  actionId: number;
  indicatorId: number;
}

/**
 * A national indicator in use, its council's published figures for two consecutive periods and its
 * comparator group's median of the same two (Q7: the direction of travel against the group's).
 * Only indicators with a polarity (higher or lower is better) and both figures and both medians.
 */
export interface NationalComparisonRow {
  indicatorId: number;
  /** e.g. 'ASCOF 1A'. */
  label: string;
  polarity: 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';
  /** The comparator group as it reads after "councils in"/"the median of", e.g. 'East of England county councils'. */
  groupName: string;
  previousPeriod: string;
  period: string;
  previousValue: number;
  value: number;
  previousMedian: number;
  median: number;
}

/** The roles that make someone a leader for the health check. */
export type LeaderRole = 'LEADER' | 'CABINET_MEMBER' | 'PORTFOLIO_HOLDER' | 'DIRECTOR';

/** A person holding a leader, cabinet or portfolio role on `today`, or a directorate's director. One row per role. */
export interface LeaderRow {
  personId: number;
  role: LeaderRole;
}

export interface HealthCheckEvidence {
  council: { id: number; name: string };
  /** The financial year checked, e.g. '2024-25' (the cascade's and governance snapshot's period). */
  period: string;
  /** The day the records are judged at (the snapshots' `today` / `asOf`). */
  today: string;
  cascade: CascadeSnapshot;
  governance: GovernanceSnapshot;
  /** Indicators in use in `period`. */
  indicators: HealthCheckIndicatorRow[];
  /** The people named as the senior manager responsible for management information (exactly one expected). */
  miOwnerIds: number[];
  leaders: LeaderRow[];
  /**
   * Commentaries of the council's indicators (at least those of the indicators' `latestPeriod`). Only
   * live (not withdrawn), council-wide (serviceId null) ones explain an exception, as for MISSING_COMMENTARY.
   */
  commentaries: Pick<CommentaryRow, 'councilId' | 'indicatorId' | 'period' | 'serviceId' | 'withdrawn'>[];
  /** Ids of the governance snapshot's complaints that have their lessons recorded. */
  complaintIdsWithLessons: number[];
  /** The active priorities' performance status; empty when not known (then Q7/B1 say so). */
  priorityPerformance: PriorityPerformanceRow[];
  nationalIndicatorLinks: PriorityIndicatorLink[];
  /** The governance snapshot's actions that name an indicator (action.indicator). */
  indicatorActions: IndicatorActionLink[];
  /**
   * The scheme-of-delegation findings (delegation accountabilityFindings) counted by code, e.g.
   * { UNOWNED_SERVICE: 2 }; null when not computed. Golden-thread and governance findings are computed
   * here from the snapshots.
   */
  accountabilityFindingCounts: Readonly<Record<string, number>> | null;
  /**
   * DATA_OWNER_NEVER_UPDATED findings of the council (owners.ts, with the thresholds of docs/methods/health-check.md);
   * absent or null when not computed.
   */
  dataOwnersNeverUpdating?: number | null;
  /**
   * The national indicators in use whose latest two published figures can be set against the comparator
   * group's medians (Q7); empty when none can (then Q7's comparator measure says so). Optional: absent is empty.
   */
  nationalComparisons?: NationalComparisonRow[];
}
