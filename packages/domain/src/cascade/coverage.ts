/**
 * Coverage figures for the golden thread (DESIGN.md "Coverage figures"):
 * - staffWithThread: officers in `snapshot.staff` (distinct ids) with at least one current appraisal
 *   objective (period = snapshot.period and agreedOn set) whose thread reaches an active CORPORATE
 *   priority, through its objective (any priority the objective delivers) or its direct priority link.
 * - prioritiesWithTarget: active priorities of the period (non-priorities excluded) that are measured
 *   by the same rule as UNMEASURED_PRIORITY (a target on the priority, on an objective delivering it,
 *   or on any active descendant priority or its objectives).
 * - servicesWithPlan: services in `snapshot.services` (distinct ids) with at least one objective of the
 *   period.
 * `share` is count / total (0..1), or null when total is 0. `missingIds` lists, in input order, the ids
 * that do not count (staff, priorities, services), so a screen can show who or what is missing.
 */
import { indexSnapshot, type CascadeIndex } from './model.js';
import type { AppraisalObjectiveRow, CascadeSnapshot } from './types.js';

export interface CoverageFigure {
  count: number;
  total: number;
  /** count / total, 0..1; null when total is 0. */
  share: number | null;
  /** Ids that do not count towards `count`, in input order. */
  missingIds: number[];
}

export interface GoldenThreadCoverage {
  staffWithThread: CoverageFigure;
  prioritiesWithTarget: CoverageFigure;
  servicesWithPlan: CoverageFigure;
}

function figure(ids: readonly number[], counts: (id: number) => boolean): CoverageFigure {
  const distinct = [...new Set(ids)];
  const missingIds = distinct.filter((id) => !counts(id));
  const total = distinct.length;
  const count = total - missingIds.length;
  return { count, total, share: total === 0 ? null : count / total, missingIds };
}

/** Does this appraisal objective's thread reach an active corporate priority by any of its links? */
function reachesCorporate(ix: CascadeIndex, a: AppraisalObjectiveRow): boolean {
  if (a.objectiveId !== null) {
    const o = ix.objectivesById.get(a.objectiveId);
    if (o && ix.deliveredBy(o).some((p) => ix.corporateOf(p.id) !== null)) return true;
  }
  if (a.priorityId !== null && ix.isActive(ix.priorities.get(a.priorityId))) {
    return ix.corporateOf(a.priorityId) !== null;
  }
  return false;
}

export function goldenThreadCoverage(snapshot: CascadeSnapshot): GoldenThreadCoverage {
  const ix = indexSnapshot(snapshot);

  const staffWithThread = figure(
    snapshot.staff.map((s) => s.id),
    (id) => (ix.appraisalsByPerson.get(id) ?? []).some((a) => a.agreedOn !== null && reachesCorporate(ix, a)),
  );

  const prioritiesWithTarget = figure(
    ix.activePriorities.map((p) => p.id),
    (id) => ix.measured.has(id),
  );

  const servicesWithPlan = new Set(ix.objectives.map((o) => o.serviceId));
  const servicesFigure = figure(
    snapshot.services.map((s) => s.id),
    (id) => servicesWithPlan.has(id),
  );

  return { staffWithThread, prioritiesWithTarget, servicesWithPlan: servicesFigure };
}
