/**
 * A person's golden thread: for each of their appraisal objectives of the period, the chain upwards
 * appraisal objective -> objective -> (service priority -> directorate priority ->) corporate priority.
 *
 * Shape: a flat list of chains per appraisal objective, one chain per route (not a tree): an objective
 * delivering three priorities yields three chains that share their first two steps; an appraisal
 * objective linked both to an objective and directly to a priority yields the objective's chains
 * followed by the direct one. Steps run bottom-up (the appraisal objective first, the corporate
 * priority last).
 *
 * A chain is complete when it reaches an active CORPORATE priority of the period (the walk stops at
 * the first one, so a corporate priority wrongly given a parent still completes the chain). A priority
 * of any status counts (DRAFT included). A chain breaks at: a missing objective or priority, an
 * objective or priority of another period, an objective linked to no priority, an explicit
 * non-priority, a directorate/service priority with no parent, or a loop; `breaksAt` is then the last
 * node reached and `reason` says why in plain English. Loops are cut at the first repeat, so the walk
 * always ends.
 */
import { indexSnapshot, type CascadeIndex } from './model.js';
import { levelWord, quotedList, q } from './text.js';
import type { PriorityLevel } from './enums.js';
import type { AppraisalObjectiveRow, CascadeNodeRef, CascadeSnapshot, PriorityRow } from './types.js';

export interface ThreadStep extends CascadeNodeRef {
  /** Set on Priority steps. */
  level?: PriorityLevel;
}

export interface ThreadChain {
  steps: ThreadStep[];
  complete: boolean;
  /** When broken: the last node reached. */
  breaksAt?: ThreadStep;
  /** When broken: why, in plain English. */
  reason?: string;
}

export interface AppraisalObjectiveThread {
  appraisalObjective: CascadeNodeRef;
  /** agreedOn is set: the appraisal objective is current (counts for coverage). */
  agreed: boolean;
  /** At least one chain reaches a corporate priority. */
  complete: boolean;
  chains: ThreadChain[];
}

export interface PersonThread {
  person: CascadeNodeRef;
  period: string;
  /** The person's appraisal objectives of the period, in input order. */
  appraisalObjectives: AppraisalObjectiveThread[];
  /** The person counts in staffWithThread coverage: an agreed appraisal objective with a complete chain. */
  hasThread: boolean;
}

export function tracePersonThread(snapshot: CascadeSnapshot, personId: number): PersonThread {
  const ix = indexSnapshot(snapshot);
  const appraisalObjectives = (ix.appraisalsByPerson.get(personId) ?? []).map((a) => traceAppraisalObjective(ix, a));
  return {
    person: ix.personRef(personId),
    period: ix.period,
    appraisalObjectives,
    hasThread: appraisalObjectives.some((t) => t.agreed && t.complete),
  };
}

function priorityStep(p: PriorityRow): ThreadStep {
  return { type: 'Priority', id: p.id, name: p.name, level: p.level };
}

function broken(steps: ThreadStep[], reason: string): ThreadChain {
  const chain: ThreadChain = { steps, complete: false, reason };
  const last = steps[steps.length - 1];
  if (last) chain.breaksAt = last;
  return chain;
}

function traceAppraisalObjective(ix: CascadeIndex, a: AppraisalObjectiveRow): AppraisalObjectiveThread {
  const aoStep: ThreadStep = { type: 'AppraisalObjective', id: a.id, name: a.name };
  const chains: ThreadChain[] = [];

  if (a.objectiveId === null && a.priorityId === null) {
    chains.push(broken([aoStep], `The appraisal objective ${q(a.name)} is not aimed at any objective or priority.`));
  }

  if (a.objectiveId !== null) {
    const o = ix.allObjectives.get(a.objectiveId);
    if (!o) {
      chains.push(
        broken([aoStep], `The appraisal objective ${q(a.name)} is aimed at an objective that does not exist (id ${a.objectiveId}).`),
      );
    } else {
      const oStep: ThreadStep = ix.objectiveRef(o);
      const priorityIds = [...new Set(o.priorityIds)];
      if (ix.objectivesById.get(o.id) !== o) {
        chains.push(broken([aoStep, oStep], `The objective ${q(o.name)} belongs to the ${o.period} plan, not ${ix.period}.`));
      } else if (priorityIds.length === 0) {
        chains.push(broken([aoStep, oStep], `The objective ${q(o.name)} is not linked to any priority.`));
      } else {
        for (const pid of priorityIds) {
          chains.push(
            climb(ix, [aoStep, oStep], pid, `The objective ${q(o.name)} is linked to a priority that does not exist (id ${pid}).`),
          );
        }
      }
    }
  }

  if (a.priorityId !== null) {
    chains.push(
      climb(
        ix,
        [aoStep],
        a.priorityId,
        `The appraisal objective ${q(a.name)} is aimed at a priority that does not exist (id ${a.priorityId}).`,
      ),
    );
  }

  return {
    appraisalObjective: aoStep,
    agreed: a.agreedOn !== null,
    complete: chains.some((c) => c.complete),
    chains,
  };
}

/** Walk up from a priority, appending steps, until a corporate priority or a break. Always ends. */
function climb(ix: CascadeIndex, prefix: ThreadStep[], startId: number, missingFirst: string): ThreadChain {
  const steps = [...prefix];
  const seen = new Set<number>();
  let id = startId;
  let missingReason = missingFirst;
  for (;;) {
    const p = ix.allPriorities.get(id);
    if (!p) return broken(steps, missingReason);
    if (seen.has(id)) {
      const loop = (ix.cycleOf.get(id) ?? [...seen]).map((pid) => ix.allPriorities.get(pid)?.name ?? `#${pid}`);
      return broken(steps, `The priorities ${quotedList(loop, 10)} form a loop, so the thread never reaches a corporate priority.`);
    }
    seen.add(id);
    const step = priorityStep(p);
    steps.push(step);
    if (ix.priorities.get(p.id) !== p) {
      return broken(steps, `The priority ${q(p.name)} belongs to ${p.period}, not ${ix.period}.`);
    }
    if (p.isNonPriority) {
      return broken(
        steps,
        `${q(p.name)} is marked as not a priority${p.nonPriorityReason ? ` (${p.nonPriorityReason})` : ''}, so it does not lead to a ` +
          `corporate priority.`,
      );
    }
    if (p.level === 'CORPORATE') return { steps, complete: true };
    if (p.parentId === null) {
      const above = p.level === 'SERVICE' ? 'a directorate' : 'a corporate';
      return broken(steps, `The ${levelWord(p.level)} priority ${q(p.name)} is not placed under ${above} priority.`);
    }
    missingReason = `The ${levelWord(p.level)} priority ${q(p.name)} sits under a parent priority that does not exist (id ${p.parentId}).`;
    id = p.parentId;
  }
}
