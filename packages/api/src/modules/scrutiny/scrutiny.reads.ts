/**
 * Reads behind the scrutiny drill-down (`ctx.services.get(ScrutinyReads)`): a priority, the
 * visible cascade below it, the objectives delivering them and the targets on both, in a fixed
 * number of statements.
 */
import {
  type Em,
  type Objective,
  ObjectivePriority,
  ObjectiveTarget,
  Priority,
  PriorityStatus,
  PriorityTarget,
  type Target,
} from '@goldenthread/db';
import type { Access } from '../../access/access.js';
import { idOf } from '../../loaders.js';

/** What the drill-down shows below its priority. */
export interface DrillDownRows {
  /** The priorities below it (breadth first), visible to the viewer. */
  below: Priority[];
  /** The objectives delivering it or any below it, by name. */
  objectives: Objective[];
  /** The targets of each objective, by objective id. */
  targetsOf: Map<number, Target[]>;
  /** The targets set on the priorities themselves. */
  direct: Target[];
  /** The indicators of all those targets, once each. */
  indicatorIds: number[];
}

export class ScrutinyReads {
  constructor(
    private readonly em: Em,
    _access: Access,
  ) {}

  priority(id: number): Promise<Priority | null> {
    return this.em.findOne(Priority, { id });
  }

  /** The rows below `priority`: communicated priorities only unless `internal` (as in the cascade). */
  async below(priority: Priority, internal: boolean): Promise<DrillDownRows> {
    // The priority's cascade below it, from the year's priorities (one statement).
    const all = await this.em.find(
      Priority,
      { council: idOf(priority.council)!, period: priority.period },
      { orderBy: { level: 'asc', name: 'asc' } },
    );
    const visible = all.filter((p) => internal || p.status === PriorityStatus.COMMUNICATED);
    const children = new Map<number, Priority[]>();
    for (const p of visible) {
      const parent = idOf(p.parent);
      if (parent !== null) children.set(parent, [...(children.get(parent) ?? []), p]);
    }
    const below: Priority[] = [];
    const queue = [...(children.get(priority.id) ?? [])];
    const seen = new Set<number>([priority.id]);
    while (queue.length) {
      const next = queue.shift()!;
      if (seen.has(next.id)) continue;
      seen.add(next.id);
      below.push(next);
      queue.push(...(children.get(next.id) ?? []));
    }
    const priorityIds = [priority.id, ...below.map((p) => p.id)];

    // Objectives delivering them and the targets on objectives and priorities (three statements).
    const links = await this.em.find(ObjectivePriority, { priority: { $in: priorityIds } }, { populate: ['objective'] });
    const objectives = [...new Map(links.map((l) => [idOf(l.objective)!, l.objective.unwrap() as Objective])).values()].sort((a, b) =>
      a.name.localeCompare(b.name),
    );
    const [objectiveTargets, priorityTargets] = await Promise.all([
      objectives.length
        ? this.em.find(ObjectiveTarget, { objective: { $in: objectives.map((o) => o.id) } }, { populate: ['target'] })
        : Promise.resolve([]),
      this.em.find(PriorityTarget, { priority: { $in: priorityIds } }, { populate: ['target'] }),
    ]);
    const targetsOf = new Map<number, Target[]>();
    for (const l of objectiveTargets)
      targetsOf.set(idOf(l.objective)!, [...(targetsOf.get(idOf(l.objective)!) ?? []), l.target.unwrap() as Target]);
    const direct = priorityTargets.map((l) => l.target.unwrap() as Target);
    const indicatorIds = [
      ...new Set([...objectiveTargets.map((l) => (l.target.unwrap() as Target).indicator.id), ...direct.map((t) => t.indicator.id)]),
    ];
    return { below, objectives, targetsOf, direct, indicatorIds };
  }
}
