/** Golden-thread checks of priorities: delivered, measured, few enough, resourced (checks.ts). */
import { type Finding } from '../findings.js';
import { type CascadeIndex } from './model.js';
import { levelWord, plural, q, quotedList } from './text.js';
import type { CascadeNodeRef, PriorityLevel, PriorityRow } from './types.js';
import { finding, levelName, ownerHint } from './checks.shared.js';

export function undelivered(ix: CascadeIndex): Finding[] {
  const out: Finding[] = [];
  for (const p of ix.activePriorities) {
    if ((ix.childrenOf.get(p.id)?.length ?? 0) > 0 || (ix.objectivesByPriority.get(p.id)?.length ?? 0) > 0) continue;
    const what =
      p.level === 'CORPORATE'
        ? 'No directorate priority and no service-plan objective'
        : p.level === 'DIRECTORATE'
          ? 'No service priority and no service-plan objective'
          : 'No service-plan objective';
    out.push(
      finding(
        'UNDELIVERED_PRIORITY',
        [ix.priorityRef(p)],
        `${what} delivers the ${levelName(p)}, so nothing in the plans shows how it will be achieved.`,
        `Add an objective to a service plan (or a priority at the level below) that delivers ${q(p.name)}${ownerHint(ix, p.ownerId)}; ` +
          `if the council will not pursue it this year, mark it as not a priority and say why.`,
      ),
    );
  }
  return out;
}

export function unmeasured(ix: CascadeIndex): Finding[] {
  return ix.activePriorities
    .filter((p) => !ix.measured.has(p.id))
    .map((p) =>
      finding(
        'UNMEASURED_PRIORITY',
        [ix.priorityRef(p)],
        `No target measures the ${levelName(p)}: neither the priority, nor the objectives delivering it, nor the priorities under it ` +
          `have a ${ix.period} target, so nobody can tell whether it is being achieved.`,
        `Set a ${ix.period} target on an indicator that shows progress on ${q(p.name)}, on the priority itself or on one of its ` +
          `objectives.`,
      ),
    );
}

export function tooMany(ix: CascadeIndex): Finding[] {
  const out: Finding[] = [];
  const limits = ix.snapshot.council.priorityLimits;
  const groups = new Map<string, { level: PriorityLevel; key: number | null; rows: PriorityRow[] }>();
  for (const p of ix.activePriorities) {
    const key = p.level === 'CORPORATE' ? null : p.level === 'DIRECTORATE' ? p.directorateId : p.serviceId;
    const name = `${p.level}:${key ?? ''}`;
    const group = groups.get(name);
    if (group) group.rows.push(p);
    else groups.set(name, { level: p.level, key, rows: [p] });
  }
  for (const { level, key, rows } of groups.values()) {
    const limit = limits[level];
    if (limit === null || rows.length <= limit) continue;
    const count = plural(rows.length, `${levelWord(level)} priority`, `${levelWord(level)} priorities`);
    const unit = level === 'DIRECTORATE' ? 'directorate' : 'service';
    const nodes: CascadeNodeRef[] = [];
    let subject: string;
    if (level === 'CORPORATE') subject = `The council has ${count}`;
    else if (key === null) subject = `There are ${count} with no ${unit} recorded`;
    else if (level === 'DIRECTORATE') {
      const name = ix.directorateName(key);
      nodes.push({ type: 'Directorate', id: key, name });
      subject = `${name} has ${count}`;
    } else {
      nodes.push(ix.serviceRef(key));
      subject = `${ix.serviceName(key)} has ${count}`;
    }
    const excess = rows.length - limit;
    out.push(
      finding(
        'TOO_MANY_PRIORITIES',
        [...nodes, ...rows.map((p) => ix.priorityRef(p))],
        `${subject} for ${ix.period} (${quotedList(rows.map((p) => p.name))}), more than the council's limit of ${limit}` +
          `${level === 'CORPORATE' ? '' : ` per ${unit}`}. Too many priorities blur the focus of staff and partners.`,
        excess === 1
          ? `Agree which priority matters least and drop it or record it as an explicit non-priority with a reason, so everyone knows ` +
              `where to focus.`
          : `Agree which ${excess} priorities matter least and drop them or record them as explicit non-priorities with a reason, so ` +
              `everyone knows where to focus.`,
      ),
    );
  }
  return out;
}

export function unresourced(ix: CascadeIndex): Finding[] {
  return ix.activePriorities
    .filter((p) => !p.budget && !p.fte)
    .map((p) =>
      finding(
        'UNRESOURCED',
        [ix.priorityRef(p)],
        `No budget and no staff time (FTE) are recorded for the ${levelName(p)}, so there is no evidence the council has the capacity to ` +
          `deliver it.`,
        `Record the budget and FTE committed to ${q(p.name)}${ownerHint(ix, p.ownerId)}; if none can be found, reconsider whether it is ` +
          `a priority this year.`,
      ),
    );
}
