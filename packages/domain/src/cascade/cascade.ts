/**
 * The priority cascade as a tree, with a roll-up at every level, for the cascade view and reports:
 * corporate -> directorate -> service priorities -> objectives -> milestones and targets, with counts
 * of appraisal objectives.
 *
 * Placement (period rows only, see types.ts):
 * - `corporate`: one root per active CORPORATE priority. A node's children are the active priorities
 *   whose parentId is that node (corporate priorities are never children: they are roots).
 * - `detached`: active priorities not reachable from a corporate root (no parent, missing parent,
 *   parent of another period or a non-priority, or a loop), as trees under their top-most detached
 *   ancestor. With a loop, the tree is cut where it would repeat. Nothing active is dropped.
 * - An objective appears under every active priority it delivers (the same node object is shared);
 *   objectives delivering no active priority are listed in `orphanObjectives`.
 * - Explicit non-priorities are listed in `nonPriorities`, not in the tree.
 * - Siblings (roots, children, objectives, orphan objectives, non-priorities) are sorted by name,
 *   then id, so the view reads the same whatever order the database returns.
 *
 * Roll-up: counted over the distinct priorities, objectives, milestones, targets and appraisal
 * objectives in the subtree (an objective delivering two priorities under the same parent counts once
 * there). Priority counts include the node itself. Targets: those on a priority of the subtree or on
 * one of its objectives. Appraisal objectives: those aimed at a priority or objective of the subtree.
 * The council-wide `rollup` covers every active priority, every objective, target and appraisal
 * objective of the period, linked or not.
 *
 * Milestones (disjoint counts): complete = completedOn set or status COMPLETE; overdue = not complete
 * and (due < today or status MISSED); atRisk = not complete, not overdue, status AT_RISK.
 * rollupStatus judges milestones only (target RAG needs measurements: see the performance rules):
 * RED if any overdue, else AMBER if any at risk, else GREEN if there is at least one milestone, else NONE.
 *
 * Cost: O(n log n) over priorities, objectives and their links (sorting, and small-to-large merging
 * of running tallies for the roll-ups); the tree is built without recursion, so deep imported data is safe.
 */
import { indexSnapshot, isMilestoneComplete, isMilestoneOverdue } from './model.js';
import type { MilestoneStatus, PriorityLevel, PriorityOrigin, PriorityStatus, RollupStatus } from './enums.js';
import type { CascadeNodeRef, CascadeSnapshot, MilestoneRow, ObjectiveRow, PriorityRow, TargetRow } from './types.js';

export interface MilestoneCounts {
  total: number;
  complete: number;
  overdue: number;
  atRisk: number;
}

export interface CascadeRollup {
  priorities: { total: number } & Record<PriorityStatus, number>;
  objectives: number;
  milestones: MilestoneCounts;
  targets: number;
  appraisalObjectives: number;
  rollupStatus: RollupStatus;
}

export interface CascadeMilestone {
  id: number;
  name: string;
  due: string;
  completedOn: string | null;
  status: MilestoneStatus;
  complete: boolean;
  overdue: boolean;
}

export interface CascadeObjectiveNode {
  objective: CascadeNodeRef;
  service: CascadeNodeRef;
  owner: CascadeNodeRef | null;
  /** Milestones by due date, then name. */
  milestones: CascadeMilestone[];
  targets: TargetRow[];
  /** Appraisal objectives of the period aimed at this objective. */
  appraisalObjectiveCount: number;
  rollup: CascadeRollup;
}

export interface CascadePriorityNode {
  priority: CascadeNodeRef;
  level: PriorityLevel;
  status: PriorityStatus;
  origin: PriorityOrigin;
  owner: CascadeNodeRef | null;
  budget: number | null;
  fte: number | null;
  children: CascadePriorityNode[];
  objectives: CascadeObjectiveNode[];
  /** Targets set directly on the priority. */
  targets: TargetRow[];
  /** Appraisal objectives of the period aimed directly at the priority. */
  appraisalObjectiveCount: number;
  rollup: CascadeRollup;
}

export interface NonPriorityEntry {
  priority: CascadeNodeRef;
  level: PriorityLevel;
  reason: string | null;
  parent: CascadeNodeRef | null;
}

export interface Cascade {
  council: { id: number; name: string };
  period: string;
  today: string;
  corporate: CascadePriorityNode[];
  detached: CascadePriorityNode[];
  nonPriorities: NonPriorityEntry[];
  orphanObjectives: CascadeObjectiveNode[];
  rollup: CascadeRollup;
}

const byName = <T extends { id: number; name: string }>(a: T, b: T) => a.name.localeCompare(b.name) || a.id - b.id;

function milestoneCounts(milestones: readonly MilestoneRow[], today: string): MilestoneCounts {
  const counts: MilestoneCounts = { total: 0, complete: 0, overdue: 0, atRisk: 0 };
  for (const m of milestones) {
    counts.total += 1;
    if (isMilestoneComplete(m)) counts.complete += 1;
    else if (isMilestoneOverdue(m, today)) counts.overdue += 1;
    else if (m.status === 'AT_RISK') counts.atRisk += 1;
  }
  return counts;
}

/** RED if any overdue, else AMBER if any at risk, else GREEN with at least one milestone, else NONE. */
export function rollupStatusOf(m: MilestoneCounts): RollupStatus {
  if (m.overdue > 0) return 'RED';
  if (m.atRisk > 0) return 'AMBER';
  return m.total > 0 ? 'GREEN' : 'NONE';
}

/**
 * Distinct ids with running totals kept as ids are added, so a roll-up never re-scans its members.
 * Merging adopts the largest tally and adds the others into it (small-to-large): O(n log n) overall.
 */
class Tally<T> {
  readonly ids = new Set<number>();
  constructor(
    readonly totals: T,
    private readonly count: (totals: T, id: number) => void,
  ) {}
  add(id: number): void {
    if (this.ids.has(id)) return;
    this.ids.add(id);
    this.count(this.totals, id);
  }
  /** The union of `tallies` (consumed: they must not be used afterwards), or a fresh tally. */
  static merge<T>(tallies: Tally<T>[], fresh: () => Tally<T>): Tally<T> {
    let largest: Tally<T> | undefined;
    for (const t of tallies) if (!largest || t.ids.size > largest.ids.size) largest = t;
    if (!largest) return fresh();
    for (const t of tallies) if (t !== largest) for (const id of t.ids) largest.add(id);
    return largest;
  }
}

interface Members {
  priorities: Tally<CascadeRollup['priorities']>;
  objectives: Tally<MilestoneCounts>;
  targets: Tally<null>;
  appraisals: Tally<null>;
}

export function buildCascade(snapshot: CascadeSnapshot): Cascade {
  const ix = indexSnapshot(snapshot);
  const today = snapshot.today;
  const ownerRef = (id: number | null) => (id === null ? null : ix.personRef(id));

  // Objectives: one node each, shared wherever the objective appears.
  const milestoneCountsOf = new Map<number, MilestoneCounts>();
  const objectiveNodes = new Map<number, CascadeObjectiveNode>();
  const objectiveNode = (o: ObjectiveRow): CascadeObjectiveNode => {
    const existing = objectiveNodes.get(o.id);
    if (existing) return existing;
    const milestoneRows = ix.milestonesByObjective.get(o.id) ?? [];
    const counts = milestoneCounts(milestoneRows, today);
    milestoneCountsOf.set(o.id, counts);
    const targets = ix.targetsByObjective.get(o.id) ?? [];
    const appraisalObjectiveCount = ix.appraisalsByObjective.get(o.id)?.length ?? 0;
    const node: CascadeObjectiveNode = {
      objective: ix.objectiveRef(o),
      service: ix.serviceRef(o.serviceId),
      owner: ownerRef(o.ownerId),
      milestones: [...milestoneRows]
        .sort((a, b) => a.due.localeCompare(b.due) || byName(a, b))
        .map((m) => ({
          id: m.id,
          name: m.name,
          due: m.due,
          completedOn: m.completedOn,
          status: m.status,
          complete: isMilestoneComplete(m),
          overdue: isMilestoneOverdue(m, today),
        })),
      targets,
      appraisalObjectiveCount,
      rollup: {
        priorities: { total: 0, DRAFT: 0, AGREED: 0, COMMUNICATED: 0 },
        objectives: 1,
        milestones: counts,
        targets: targets.length,
        appraisalObjectives: appraisalObjectiveCount,
        rollupStatus: rollupStatusOf(counts),
      },
    };
    objectiveNodes.set(o.id, node);
    return node;
  };

  const priorityNode = (p: PriorityRow): CascadePriorityNode => ({
    priority: ix.priorityRef(p),
    level: p.level,
    status: p.status,
    origin: p.origin,
    owner: ownerRef(p.ownerId),
    budget: p.budget,
    fte: p.fte,
    children: [],
    objectives: [...(ix.objectivesByPriority.get(p.id) ?? [])].sort(byName).map(objectiveNode),
    targets: ix.targetsByPriority.get(p.id) ?? [],
    appraisalObjectiveCount: ix.appraisalsByPriority.get(p.id)?.length ?? 0,
    rollup: emptyRollup(),
  });

  // Build trees iteratively (deep or looping imported data must not overflow the stack).
  const placed = new Set<number>();
  const order: { row: PriorityRow; node: CascadePriorityNode }[] = []; // pre-order: parents before children
  const childrenOf = (p: PriorityRow) =>
    [...(ix.childrenOf.get(p.id) ?? [])].filter((c) => c.level !== 'CORPORATE' && !placed.has(c.id)).sort(byName);
  const buildTree = (root: PriorityRow): CascadePriorityNode => {
    const rootNode = priorityNode(root);
    placed.add(root.id);
    const stack: { row: PriorityRow; node: CascadePriorityNode }[] = [{ row: root, node: rootNode }];
    while (stack.length > 0) {
      const item = stack.pop()!;
      order.push(item);
      const kids = childrenOf(item.row);
      for (const kid of kids) placed.add(kid.id);
      const kidItems = kids.map((row) => ({ row, node: priorityNode(row) }));
      item.node.children = kidItems.map((k) => k.node);
      for (let i = kidItems.length - 1; i >= 0; i--) stack.push(kidItems[i]!);
    }
    return rootNode;
  };

  const sortedActive = [...ix.activePriorities].sort(byName);
  const corporate = sortedActive.filter((p) => p.level === 'CORPORATE').map(buildTree);
  const detached: CascadePriorityNode[] = [];
  for (const p of sortedActive) {
    if (placed.has(p.id)) continue;
    // Climb to the top-most unplaced active ancestor, stopping at a repeat (loop).
    let top = p;
    const seen = new Set<number>([p.id]);
    for (;;) {
      const parent = top.parentId === null ? undefined : ix.priorities.get(top.parentId);
      if (!ix.isActive(parent) || placed.has(parent.id) || seen.has(parent.id)) break;
      seen.add(parent.id);
      top = parent;
    }
    detached.push(buildTree(top));
  }
  detached.sort((a, b) => byName(a.priority, b.priority));

  // Roll up children before parents; a parent takes over its children's tallies.
  const milestonesOf = (id: number) => milestoneCountsOf.get(id);
  const fresh = {
    priorities: () =>
      new Tally<CascadeRollup['priorities']>({ total: 0, DRAFT: 0, AGREED: 0, COMMUNICATED: 0 }, (totals, id) => {
        const p = ix.priorities.get(id);
        if (!p) return;
        totals.total += 1;
        totals[p.status] += 1;
      }),
    objectives: () =>
      new Tally<MilestoneCounts>({ total: 0, complete: 0, overdue: 0, atRisk: 0 }, (totals, id) => {
        const c = milestonesOf(id);
        if (!c) return;
        totals.total += c.total;
        totals.complete += c.complete;
        totals.overdue += c.overdue;
        totals.atRisk += c.atRisk;
      }),
    plain: () => new Tally<null>(null, () => undefined),
  };
  const members = new Map<CascadePriorityNode, Members>();
  for (let i = order.length - 1; i >= 0; i--) {
    const { row, node } = order[i]!;
    const kids = node.children.map((child) => members.get(child)).filter((c): c is Members => c !== undefined);
    for (const child of node.children) members.delete(child);
    const m: Members = {
      priorities: Tally.merge(
        kids.map((k) => k.priorities),
        fresh.priorities,
      ),
      objectives: Tally.merge(
        kids.map((k) => k.objectives),
        fresh.objectives,
      ),
      targets: Tally.merge(
        kids.map((k) => k.targets),
        fresh.plain,
      ),
      appraisals: Tally.merge(
        kids.map((k) => k.appraisals),
        fresh.plain,
      ),
    };
    m.priorities.add(row.id);
    for (const t of node.targets) m.targets.add(t.id);
    for (const a of ix.appraisalsByPriority.get(row.id) ?? []) m.appraisals.add(a.id);
    for (const o of node.objectives) {
      m.objectives.add(o.objective.id);
      for (const t of o.targets) m.targets.add(t.id);
      for (const a of ix.appraisalsByObjective.get(o.objective.id) ?? []) m.appraisals.add(a.id);
    }
    node.rollup = rollupOf(m);
    members.set(node, m);
  }

  const orphanObjectives = ix.objectives
    .filter((o) => ix.deliveredBy(o).length === 0)
    .sort(byName)
    .map(objectiveNode);

  const nonPriorities = [...ix.nonPriorities].sort(byName).map((p): NonPriorityEntry => {
    const parent = p.parentId === null ? undefined : ix.allPriorities.get(p.parentId);
    return { priority: ix.priorityRef(p), level: p.level, reason: p.nonPriorityReason, parent: parent ? ix.priorityRef(parent) : null };
  });

  // Council-wide: everything of the period.
  for (const o of ix.objectives) objectiveNode(o);
  const all: Members = {
    priorities: fresh.priorities(),
    objectives: fresh.objectives(),
    targets: fresh.plain(),
    appraisals: fresh.plain(),
  };
  for (const p of ix.activePriorities) all.priorities.add(p.id);
  for (const o of ix.objectives) all.objectives.add(o.id);
  for (const t of ix.targets) all.targets.add(t.id);
  for (const a of ix.appraisals) all.appraisals.add(a.id);

  return {
    council: { id: snapshot.council.id, name: snapshot.council.name },
    period: ix.period,
    today,
    corporate,
    detached,
    nonPriorities,
    orphanObjectives,
    rollup: rollupOf(all),
  };
}

function emptyRollup(): CascadeRollup {
  return {
    priorities: { total: 0, DRAFT: 0, AGREED: 0, COMMUNICATED: 0 },
    objectives: 0,
    milestones: { total: 0, complete: 0, overdue: 0, atRisk: 0 },
    targets: 0,
    appraisalObjectives: 0,
    rollupStatus: 'NONE',
  };
}

function rollupOf(m: Members): CascadeRollup {
  const milestones = { ...m.objectives.totals };
  return {
    priorities: { ...m.priorities.totals },
    objectives: m.objectives.ids.size,
    milestones,
    targets: m.targets.ids.size,
    appraisalObjectives: m.appraisals.ids.size,
    rollupStatus: rollupStatusOf(milestones),
  };
}
