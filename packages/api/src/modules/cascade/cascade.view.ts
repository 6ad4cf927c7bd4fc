/**
 * Turns the domain's cascade, thread and findings into the API's simple-resolver types: numeric ids
 * become global ids, so the web app can link every node with `node(id:)`.
 */
import type {
  Cascade,
  CascadeNodeRef,
  CascadeObjectiveNode,
  CascadePriorityNode,
  CascadeRollup,
  Finding,
  GoldenThreadCoverage,
  CoverageFigure,
  NodeRef,
  PerformanceStatus,
  PersonThread,
  TargetRow,
  ThreadStep,
} from '@goldenthread/domain';
import { DEFAULT_PRECISION, IndicatorPrecision } from '../indicators/measures.type.js';
import { toGlobalId } from '../../relay/global-id.js';
import type { PerformanceBasis, PerformanceStatuses } from './cascade.performance.js';
import type { CascadeData } from './cascade.snapshot.js';
import {
  CascadeMilestone,
  CascadeObjective,
  CascadePriority,
  CascadeRef,
  CascadeRollupType,
  CascadeTarget,
  CascadeType,
  GoldenThreadReportType,
  PersonThreadType,
  PriorityPerformanceType,
  type CoverageFigureType,
  type ThreadStepType,
} from './cascade.type.js';

export function ref(node: NodeRef): CascadeRef {
  return Object.assign(new CascadeRef(), { id: toGlobalId(node.type, node.id), type: node.type, name: node.name });
}

function rollup(r: CascadeRollup): CascadeRollupType {
  return Object.assign(new CascadeRollupType(), {
    priorities: {
      total: r.priorities.total,
      draft: r.priorities.DRAFT,
      agreed: r.priorities.AGREED,
      communicated: r.priorities.COMMUNICATED,
    },
    objectives: r.objectives,
    milestones: { ...r.milestones },
    targets: r.targets,
    appraisalObjectives: r.appraisalObjectives,
    status: r.rollupStatus,
  });
}

const NOTHING_KNOWN = { status: 'NONE', reason: 'Nothing to judge', drivers: [] } satisfies PerformanceStatus;

export function performanceView(p: PerformanceStatus | undefined, basis: PerformanceBasis): PriorityPerformanceType {
  const s = p ?? NOTHING_KNOWN;
  return Object.assign(new PriorityPerformanceType(), {
    status: s.status,
    reason: s.reason,
    basis,
    drivers: s.drivers.map((d) => ({
      kind: d.kind,
      status: d.status,
      decisive: d.decisive,
      text: d.text,
      indicator: d.indicator ? { id: toGlobalId('Indicator', d.indicator.id), code: d.indicator.code, title: d.indicator.title } : null,
    })),
  });
}

function target(t: TargetRow): CascadeTarget {
  return Object.assign(new CascadeTarget(), {
    id: toGlobalId('Target', t.id),
    indicatorId: toGlobalId('Indicator', t.indicatorId),
    indicatorName: t.indicatorName,
    precision: Object.assign(new IndicatorPrecision(), t.precision ?? DEFAULT_PRECISION),
    unit: t.unit ?? null,
    period: t.period,
    value: t.value,
    serviceId: t.serviceId === null ? null : toGlobalId('Service', t.serviceId),
  });
}

/** The cascade shares one node per objective wherever it appears; so does the API (built once). */
function objectiveMapper(): (o: CascadeObjectiveNode) => CascadeObjective {
  const built = new Map<CascadeObjectiveNode, CascadeObjective>();
  return (o) => {
    let node = built.get(o);
    if (!node) {
      node = Object.assign(new CascadeObjective(), {
        id: toGlobalId('Objective', o.objective.id),
        name: o.objective.name,
        service: ref(o.service),
        owner: o.owner ? ref(o.owner) : null,
        milestones: o.milestones.map((m) =>
          Object.assign(new CascadeMilestone(), { ...m, id: toGlobalId('Milestone', m.id), status: m.status }),
        ),
        targets: o.targets.map(target),
        appraisalObjectiveCount: o.appraisalObjectiveCount,
        rollup: rollup(o.rollup),
      });
      built.set(o, node);
    }
    return node;
  };
}

export function cascadeView(
  cascade: Cascade,
  data: CascadeData,
  includesUnpublished: boolean,
  performance: PerformanceStatuses,
): CascadeType {
  const objective = objectiveMapper();
  // Iterative post-order so deep (imported) trees cannot overflow the stack.
  const priority = (root: CascadePriorityNode): CascadePriority => {
    const done = new Map<CascadePriorityNode, CascadePriority>();
    const stack: Array<{ node: CascadePriorityNode; visited: boolean }> = [{ node: root, visited: false }];
    while (stack.length) {
      const top = stack.pop()!;
      if (!top.visited) {
        stack.push({ node: top.node, visited: true });
        for (const child of top.node.children) stack.push({ node: child, visited: false });
        continue;
      }
      const n = top.node;
      const row = data.priorities.get(n.priority.id);
      done.set(
        n,
        Object.assign(new CascadePriority(), {
          id: toGlobalId('Priority', n.priority.id),
          name: n.priority.name,
          level: n.level,
          status: n.status,
          origin: n.origin,
          nationalAgenda: row?.nationalAgenda ?? null,
          owner: n.owner ? ref(n.owner) : null,
          budget: n.budget,
          fte: n.fte,
          children: n.children.map((c) => done.get(c)!),
          objectives: n.objectives.map(objective),
          targets: n.targets.map(target),
          appraisalObjectiveCount: n.appraisalObjectiveCount,
          rollup: rollup(n.rollup),
          performanceStatus: performanceView(performance.byPriority.get(n.priority.id), performance.basis),
        }),
      );
    }
    return done.get(root)!;
  };
  const limits = data.snapshot.council.priorityLimits;
  return Object.assign(new CascadeType(), {
    council: ref({ type: 'Council', id: cascade.council.id, name: cascade.council.name }),
    period: cascade.period,
    today: cascade.today,
    corporate: cascade.corporate.map(priority),
    detached: cascade.detached.map(priority),
    nonPriorities: cascade.nonPriorities.map((np) => ({
      id: toGlobalId('Priority', np.priority.id),
      name: np.priority.name,
      level: np.level,
      reason: np.reason,
      parent: np.parent ? ref(np.parent) : null,
    })),
    orphanObjectives: cascade.orphanObjectives.map(objective),
    rollup: rollup(cascade.rollup),
    limits: (['CORPORATE', 'DIRECTORATE', 'SERVICE'] as const).map((level) => ({ level, limit: limits[level] })),
    includesUnpublished,
  });
}

export function threadView(thread: PersonThread, performance: PerformanceStatuses): PersonThreadType {
  const step = (s: ThreadStep): ThreadStepType => ({
    ...ref(s),
    level: s.level ?? null,
    performanceStatus: s.type === 'Priority' ? performanceView(performance.byPriority.get(s.id), performance.basis) : null,
  });
  return Object.assign(new PersonThreadType(), {
    person: ref(thread.person),
    period: thread.period,
    hasThread: thread.hasThread,
    appraisalObjectives: thread.appraisalObjectives.map((a) => ({
      appraisalObjective: ref(a.appraisalObjective),
      agreed: a.agreed,
      complete: a.complete,
      chains: a.chains.map((c) => ({
        steps: c.steps.map(step),
        complete: c.complete,
        breaksAt: c.breaksAt ? step(c.breaksAt) : null,
        reason: c.reason ?? null,
      })),
    })),
  });
}

function figure(f: CoverageFigure, type: string): CoverageFigureType {
  return { count: f.count, total: f.total, share: f.share, missingIds: f.missingIds.map((id) => toGlobalId(type, id)) };
}

export function reportView(data: CascadeData, findings: Finding[], coverage: GoldenThreadCoverage): GoldenThreadReportType {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  return Object.assign(new GoldenThreadReportType(), {
    council: ref({ type: 'Council', id: data.council.id, name: data.council.name }),
    period: data.snapshot.period,
    findings: findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      nodes: f.nodes.map((n) => ref(n as CascadeNodeRef)),
      message: f.message,
      fix: f.fix,
    })),
    counts: [...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([code, count]) => ({ code, count })),
    coverage: {
      staffWithThread: figure(coverage.staffWithThread, 'Person'),
      prioritiesWithTarget: figure(coverage.prioritiesWithTarget, 'Priority'),
      servicesWithPlan: figure(coverage.servicesWithPlan, 'Service'),
    },
  });
}
