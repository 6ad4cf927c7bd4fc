/**
 * One pass over a snapshot building the lookups every golden-thread rule needs (Maps keyed by id), so
 * each rule stays O(n). Internal to the cascade folder.
 *
 * Vocabulary used throughout:
 * - "in period": a row whose `period` equals `snapshot.period`.
 * - "active priority": a priority in period that is not an explicit non-priority (any status,
 *   DRAFT included).
 * - "delivers": an objective delivers the priorities in its `priorityIds`; a priority is also
 *   delivered by its active child priorities.
 * - "reaches corporate": walking up the parent chain from an active priority meets an active CORPORATE
 *   priority (the walk stops at the first one). The walk breaks on a missing parent, a parent of
 *   another period, a non-priority, a non-corporate priority with no parent, or a loop.
 */
import { findCycles } from '../hierarchy.js';
import type {
  AppraisalObjectiveRow,
  CascadeNodeRef,
  CascadeSnapshot,
  MilestoneRow,
  ObjectiveRow,
  PriorityRow,
  TargetRow,
} from './types.js';

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** First row wins when imported data repeats an id. */
function byId<T extends { id: number }>(rows: readonly T[], keep: (row: T) => boolean = () => true): Map<number, T> {
  const map = new Map<number, T>();
  for (const row of rows) if (keep(row) && !map.has(row.id)) map.set(row.id, row);
  return map;
}

export interface CascadeIndex {
  snapshot: CascadeSnapshot;
  period: string;
  /** Every priority of the snapshot whatever its period (to name things); the in-period row wins on a repeated id. */
  allPriorities: Map<number, PriorityRow>;
  /** Priorities in period, non-priorities included. */
  priorities: Map<number, PriorityRow>;
  /** Active priorities (in period, not non-priorities), in input order, one per id. */
  activePriorities: PriorityRow[];
  /** Explicit non-priorities in period, in input order. */
  nonPriorities: PriorityRow[];
  allObjectives: Map<number, ObjectiveRow>;
  /** Objectives in period, in input order, one per id. */
  objectives: ObjectiveRow[];
  objectivesById: Map<number, ObjectiveRow>;
  /** Active child priorities by parent id. */
  childrenOf: Map<number, PriorityRow[]>;
  /** Objectives in period by every priority id they list (deduplicated per objective). */
  objectivesByPriority: Map<number, ObjectiveRow[]>;
  milestonesByObjective: Map<number, MilestoneRow[]>;
  /** Targets in period, one row per id. */
  targets: TargetRow[];
  targetsByObjective: Map<number, TargetRow[]>;
  targetsByPriority: Map<number, TargetRow[]>;
  /** Appraisal objectives in period. */
  appraisals: AppraisalObjectiveRow[];
  appraisalsByObjective: Map<number, AppraisalObjectiveRow[]>;
  appraisalsByPriority: Map<number, AppraisalObjectiveRow[]>;
  appraisalsByPerson: Map<number, AppraisalObjectiveRow[]>;
  /** Each loop in the parent links of in-period priorities, once, as ids in parent order. */
  cycles: number[][];
  /** The loop each priority on a loop belongs to. */
  cycleOf: Map<number, number[]>;
  isActive(priority: PriorityRow | undefined): priority is PriorityRow;
  /** The active priorities an objective delivers (existing, in period, not non-priorities), deduplicated. */
  deliveredBy(objective: ObjectiveRow): PriorityRow[];
  /** The active CORPORATE priority reached walking up from a priority, or null if the chain breaks. */
  corporateOf(priorityId: number): number | null;
  /** Active priorities with a target directly, through a delivering objective or through a descendant. */
  measured: Set<number>;
  personName(id: number): string;
  serviceName(id: number): string;
  directorateName(id: number): string;
  priorityRef(p: PriorityRow): CascadeNodeRef;
  objectiveRef(o: ObjectiveRow): CascadeNodeRef;
  targetRef(t: TargetRow): CascadeNodeRef;
  personRef(id: number): CascadeNodeRef;
  serviceRef(id: number): CascadeNodeRef;
}

export function indexSnapshot(snapshot: CascadeSnapshot): CascadeIndex {
  const period = snapshot.period;
  const inPeriod = (row: { period: string }) => row.period === period;

  // In-period rows win over rows of other periods that repeat their id.
  const priorities = byId(snapshot.priorities, inPeriod);
  const allPriorities = new Map(priorities);
  for (const [id, p] of byId(snapshot.priorities)) if (!allPriorities.has(id)) allPriorities.set(id, p);
  const activePriorities: PriorityRow[] = [];
  const nonPriorities: PriorityRow[] = [];
  for (const p of priorities.values()) (p.isNonPriority ? nonPriorities : activePriorities).push(p);
  const isActive = (p: PriorityRow | undefined): p is PriorityRow =>
    p !== undefined && p.period === period && !p.isNonPriority && priorities.get(p.id) === p;

  const childrenOf = new Map<number, PriorityRow[]>();
  for (const p of activePriorities) if (p.parentId !== null) push(childrenOf, p.parentId, p);

  const objectivesById = byId(snapshot.objectives, inPeriod);
  const allObjectives = new Map(objectivesById);
  for (const [id, o] of byId(snapshot.objectives)) if (!allObjectives.has(id)) allObjectives.set(id, o);
  const objectives = [...objectivesById.values()];
  const objectivesByPriority = new Map<number, ObjectiveRow[]>();
  for (const o of objectives) for (const pid of new Set(o.priorityIds)) push(objectivesByPriority, pid, o);

  const deliveredBy = (o: ObjectiveRow): PriorityRow[] => {
    const result: PriorityRow[] = [];
    for (const pid of new Set(o.priorityIds)) {
      const p = priorities.get(pid);
      if (isActive(p)) result.push(p);
    }
    return result;
  };

  const milestonesByObjective = new Map<number, MilestoneRow[]>();
  const seenMilestones = new Set<number>();
  for (const m of snapshot.milestones) {
    if (seenMilestones.has(m.id)) continue;
    seenMilestones.add(m.id);
    push(milestonesByObjective, m.objectiveId, m);
  }

  // A target may measure several objectives and priorities: the db layer gives one row per link (same
  // id). `targets` keeps one row per id (the first); the link maps take every link of every row.
  const targets = [...byId(snapshot.targets, inPeriod).values()];
  const targetsByObjective = new Map<number, TargetRow[]>();
  const targetsByPriority = new Map<number, TargetRow[]>();
  const seenLinks = new Set<string>();
  for (const t of snapshot.targets) {
    if (!inPeriod(t)) continue;
    if (t.objectiveId !== null && !seenLinks.has(`o${t.id}:${t.objectiveId}`)) {
      seenLinks.add(`o${t.id}:${t.objectiveId}`);
      push(targetsByObjective, t.objectiveId, t);
    }
    if (t.priorityId !== null && !seenLinks.has(`p${t.id}:${t.priorityId}`)) {
      seenLinks.add(`p${t.id}:${t.priorityId}`);
      push(targetsByPriority, t.priorityId, t);
    }
  }

  const appraisals = [...byId(snapshot.appraisalObjectives, inPeriod).values()];
  const appraisalsByObjective = new Map<number, AppraisalObjectiveRow[]>();
  const appraisalsByPriority = new Map<number, AppraisalObjectiveRow[]>();
  const appraisalsByPerson = new Map<number, AppraisalObjectiveRow[]>();
  for (const a of appraisals) {
    if (a.objectiveId !== null) push(appraisalsByObjective, a.objectiveId, a);
    if (a.priorityId !== null) push(appraisalsByPriority, a.priorityId, a);
    push(appraisalsByPerson, a.personId, a);
  }

  // Loops among in-period priorities (imported data; writes are refused by validatePriorityParent).
  const parentMap = new Map<number, number | null>();
  for (const p of priorities.values()) parentMap.set(p.id, p.parentId);
  const cycles = findCycles(parentMap);
  const cycleOf = new Map<number, number[]>();
  for (const loop of cycles) for (const id of loop) cycleOf.set(id, loop);

  // Memoised walk to the first corporate priority: every node on a walked path gets the same answer.
  const corporateMemo = new Map<number, number | null>();
  const corporateOf = (start: number): number | null => {
    const path: number[] = [];
    const onPath = new Set<number>();
    let current: number | null = start;
    let result: number | null = null;
    for (;;) {
      if (current === null) break;
      const known = corporateMemo.get(current);
      if (known !== undefined) {
        result = known;
        break;
      }
      if (onPath.has(current)) break; // a loop without a corporate priority on it
      const p = priorities.get(current);
      if (!p || p.isNonPriority) {
        if (p) path.push(current);
        break;
      }
      path.push(current);
      onPath.add(current);
      if (p.level === 'CORPORATE') {
        result = current;
        break;
      }
      current = p.parentId;
    }
    for (const id of path) corporateMemo.set(id, result);
    return result;
  };

  // Measured: seed with priorities that have a target themselves or through an objective, then mark
  // active ancestors; a walk stops at a node already marked, so the whole pass is O(n) even with loops.
  const measured = new Set<number>();
  const seeds: number[] = [];
  for (const p of activePriorities) {
    const direct = targetsByPriority.has(p.id);
    const viaObjective = (objectivesByPriority.get(p.id) ?? []).some((o) => targetsByObjective.has(o.id));
    if (direct || viaObjective) seeds.push(p.id);
  }
  for (const seed of seeds) {
    let current: number | null = seed;
    while (current !== null && !measured.has(current)) {
      const p = priorities.get(current);
      if (!isActive(p)) break;
      measured.add(current);
      current = p.parentId;
    }
  }

  const people = byId(snapshot.people);
  const staff = byId(snapshot.staff);
  const services = byId(snapshot.services);
  const directorates = byId(snapshot.directorates ?? []);
  const personName = (id: number) => people.get(id)?.name ?? staff.get(id)?.name ?? `person #${id}`;
  const otherUnits = byId(snapshot.otherUnits ?? []);
  const serviceName = (id: number) => services.get(id)?.name ?? otherUnits.get(id)?.name ?? `service #${id}`;
  const directorateName = (id: number) => directorates.get(id)?.name ?? `directorate #${id}`;

  return {
    snapshot,
    period,
    allPriorities,
    priorities,
    activePriorities,
    nonPriorities,
    allObjectives,
    objectives,
    objectivesById,
    childrenOf,
    objectivesByPriority,
    milestonesByObjective,
    targets,
    targetsByObjective,
    targetsByPriority,
    appraisals,
    appraisalsByObjective,
    appraisalsByPriority,
    appraisalsByPerson,
    cycles,
    cycleOf,
    isActive,
    deliveredBy,
    corporateOf,
    measured,
    personName,
    serviceName,
    directorateName,
    priorityRef: (p) => ({ type: 'Priority', id: p.id, name: p.name }),
    objectiveRef: (o) => ({ type: 'Objective', id: o.id, name: o.name }),
    targetRef: (t) => ({ type: 'Target', id: t.id, name: `${t.indicatorName} (${t.period})` }),
    personRef: (id) => ({ type: 'Person', id, name: personName(id) }),
    serviceRef: (id) => ({ type: 'Service', id, name: serviceName(id) }),
  };
}

/** Milestone done? A completion date or a COMPLETE status both count. */
export function isMilestoneComplete(m: MilestoneRow): boolean {
  return m.completedOn !== null || m.status === 'COMPLETE';
}

/** Overdue: not complete and either past its due date (due < today) or marked MISSED. */
export function isMilestoneOverdue(m: MilestoneRow, today: string): boolean {
  return !isMilestoneComplete(m) && (m.due < today || m.status === 'MISSED');
}
