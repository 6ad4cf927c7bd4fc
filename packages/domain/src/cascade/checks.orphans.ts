/** Golden-thread checks for orphans: objectives and appraisal objectives that reach no priority (checks.ts). */
import { type Finding } from '../findings.js';
import { type CascadeIndex } from './model.js';
import { list, q } from './text.js';
import type { AppraisalObjectiveRow, CascadeNodeRef } from './types.js';
import { finding, ownerHint } from './checks.shared.js';

/** Why a set of priority ids reaches no active priority: one phrase per kind of broken link. */
function brokenPriorityLinks(ix: CascadeIndex, ids: readonly number[]): { phrases: string[]; nodes: CascadeNodeRef[] } {
  const missing: number[] = [];
  const phrases: string[] = [];
  const nodes: CascadeNodeRef[] = [];
  for (const id of new Set(ids)) {
    const p = ix.allPriorities.get(id);
    if (!p) {
      missing.push(id);
      continue;
    }
    nodes.push(ix.priorityRef(p));
    if (p.period !== ix.period || ix.priorities.get(p.id) !== p) phrases.push(`${q(p.name)} (a priority of ${p.period})`);
    else if (p.isNonPriority) phrases.push(`${q(p.name)} (which the council has said is not a priority)`);
  }
  if (missing.length === 1) phrases.push(`a priority that does not exist (id ${missing[0]})`);
  else if (missing.length > 1) phrases.push(`priorities that do not exist (ids ${missing.join(', ')})`);
  return { phrases, nodes };
}

export function orphanObjectives(ix: CascadeIndex): Finding[] {
  const out: Finding[] = [];
  for (const o of ix.objectives) {
    if (ix.deliveredBy(o).length > 0) continue;
    const where = `in the ${ix.serviceName(o.serviceId)} plan`;
    const { phrases, nodes } = brokenPriorityLinks(ix, o.priorityIds);
    const message =
      phrases.length === 0
        ? `The objective ${q(o.name)} ${where} is not linked to any priority, so nobody can see which of the council's priorities it ` +
          `serves.`
        : `The objective ${q(o.name)} ${where} does not deliver any of the council's ${ix.period} priorities: it is linked only to ` +
          `${list(phrases)}.`;
    out.push(
      finding(
        'ORPHAN_OBJECTIVE',
        [ix.objectiveRef(o), ix.serviceRef(o.serviceId), ...nodes],
        message,
        `Link ${q(o.name)} to the ${ix.period} priority it delivers${ownerHint(ix, o.ownerId)}, or take it out of the plan if it serves ` +
          `none.`,
      ),
    );
  }
  return out;
}

/** Why an appraisal objective reaches no priority, or null when one of its links does. */
function appraisalBreak(ix: CascadeIndex, a: AppraisalObjectiveRow): { reasons: string[]; nodes: CascadeNodeRef[] } | null {
  if (a.objectiveId === null && a.priorityId === null) {
    return { reasons: ['is not aimed at any objective or priority'], nodes: [] };
  }
  const reasons: string[] = [];
  const nodes: CascadeNodeRef[] = [];
  if (a.objectiveId !== null) {
    const o = ix.objectivesById.get(a.objectiveId);
    if (o && ix.deliveredBy(o).length > 0) return null;
    const any = o ?? ix.allObjectives.get(a.objectiveId);
    if (!any) reasons.push(`is aimed at an objective that does not exist (id ${a.objectiveId})`);
    else if (!o) {
      nodes.push(ix.objectiveRef(any));
      reasons.push(`is aimed at ${q(any.name)}, an objective of the ${any.period} plan`);
    } else {
      nodes.push(ix.objectiveRef(o));
      reasons.push(`is aimed at the objective ${q(o.name)}, which is not linked to any current priority`);
    }
  }
  if (a.priorityId !== null) {
    const p = ix.priorities.get(a.priorityId);
    if (ix.isActive(p)) return null;
    const { phrases, nodes: pNodes } = brokenPriorityLinks(ix, [a.priorityId]);
    nodes.push(...pNodes);
    reasons.push(`is aimed at ${phrases[0] ?? 'a priority that is not current'}`);
  }
  return { reasons, nodes };
}

export function orphanAppraisalObjectives(ix: CascadeIndex): Finding[] {
  const out: Finding[] = [];
  for (const a of ix.appraisals) {
    const broken = appraisalBreak(ix, a);
    if (!broken) continue;
    const person = ix.personName(a.personId);
    out.push(
      finding(
        'ORPHAN_APPRAISAL_OBJECTIVE',
        [{ type: 'AppraisalObjective', id: a.id, name: a.name }, ix.personRef(a.personId), ...broken.nodes],
        `${person}'s appraisal objective ${q(a.name)} ${list(broken.reasons)}, so it does not trace to any of the council's priorities.`,
        `At ${person}'s next appraisal conversation, agree which service objective (or priority) ${q(a.name)} contributes to and link it.`,
      ),
    );
  }
  return out;
}
