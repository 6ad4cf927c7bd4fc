/**
 * Golden-thread checks: does every objective, appraisal objective and target trace to the council's
 * priorities, and are the priorities themselves set well (engaged, communicated, resourced, measured,
 * few enough, ambitious but realistic)?
 *
 * Scope: rows of `snapshot.period` only (see types.ts). "Active priority" = a priority of the period
 * that is not an explicit non-priority, whatever its status (DRAFT included).
 *
 * | Code                       | Severity | Fires when                                                                 |
 * |----------------------------|----------|----------------------------------------------------------------------------|
 * | CYCLE                      | critical | priorities' parent links form a loop (imported data); once per loop          |
 * | ORPHAN_OBJECTIVE           | high     | an objective delivers no active priority (none linked, only missing ones,    |
 * |                            |          | only ones of another period, or only explicit non-priorities)              |
 * | ORPHAN_APPRAISAL_OBJECTIVE | high     | an appraisal objective is aimed at nothing, at a missing/other-period        |
 * |                            |          | objective or priority, at a non-priority, or at an orphan objective; an    |
 * |                            |          | appraisal objective with both links is fine if either one reaches a priority|
 * | UNDELIVERED_PRIORITY       | high     | an active priority has no active child priority and no objective delivering it|
 * | ORPHAN_PRIORITY            | high     | a directorate/service priority has no parent, a missing parent, a parent of  |
 * |                            |          | another period, or a non-priority parent (not reported for loop members)   |
 * | PARENT_LEVEL_MISMATCH      | medium   | a parent is not exactly one level up, or a corporate priority has a parent   |
 * |                            |          | (not reported for loop members: the CYCLE finding covers them)             |
 * | UNMEASURED_PRIORITY        | medium   | no target on the priority, on an objective delivering it, or on any active   |
 * |                            |          | descendant priority or its objectives                                      |
 * | TOO_MANY_PRIORITIES        | medium   | active priorities at a level exceed the council's limit for that level       |
 * |                            |          | (corporate: council-wide; directorate: per directorateId; service: per     |
 * |                            |          | serviceId; null limit = no limit). Every status counts, DRAFT included:    |
 * |                            |          | drafts compete for attention too and the warning is most useful before     |
 * |                            |          | agreement. Non-priorities never count.                                    |
 * | NOT_ENGAGED                | medium   | see notEngaged() below                                                     |
 * | NOT_COMMUNICATED           | medium   | an AGREED priority with no communication about it (or a COMMUNICATED one     |
 * |                            |          | with none recorded)                                                        |
 * | NOT_COMMUNICATED           | low      | a consultation whose groups were never told back: see notCommunicated()     |
 * | UNRESOURCED                | medium   | an active priority whose budget and FTE are both null or 0                  |
 * | UNAMBITIOUS_TARGET         | medium   | target worse than context.currentValue by polarity (equal is not worse)      |
 * | UNREALISTIC_TARGET         | medium   | target strictly better than context.bestComparatorValue, or more than        |
 * |                            |          | UNREALISTIC_TREND_FACTOR (3) x |typicalAnnualChange| better than            |
 * |                            |          | trendProjection (skipped when either is null or the change is 0)           |
 *
 * Findings are sorted with sortFindings. The first node of each finding is its subject.
 */
import { sortFindings, type Finding, type Severity } from '../findings.js';
import { indexSnapshot, type CascadeIndex } from './model.js';
import { article, levelWord, list, num, plural, q, quotedList } from './text.js';
import type {
  AppraisalObjectiveRow,
  CascadeNodeRef,
  CascadeSnapshot,
  CommunicationRow,
  ConsultationRow,
  EngagementGroupKind,
  PriorityLevel,
  PriorityRow,
  TargetRow,
} from './types.js';

export type GoldenThreadCode =
  | 'CYCLE'
  | 'ORPHAN_OBJECTIVE'
  | 'ORPHAN_APPRAISAL_OBJECTIVE'
  | 'UNDELIVERED_PRIORITY'
  | 'ORPHAN_PRIORITY'
  | 'PARENT_LEVEL_MISMATCH'
  | 'UNMEASURED_PRIORITY'
  | 'TOO_MANY_PRIORITIES'
  | 'NOT_ENGAGED'
  | 'NOT_COMMUNICATED'
  | 'UNRESOURCED'
  | 'UNAMBITIOUS_TARGET'
  | 'UNREALISTIC_TARGET';

/** Default severity per code (NOT_COMMUNICATED about a consultation's groups is 'low'). */
export const GOLDEN_THREAD_SEVERITY: Readonly<Record<GoldenThreadCode, Severity>> = {
  CYCLE: 'critical',
  ORPHAN_OBJECTIVE: 'high',
  ORPHAN_APPRAISAL_OBJECTIVE: 'high',
  UNDELIVERED_PRIORITY: 'high',
  ORPHAN_PRIORITY: 'high',
  PARENT_LEVEL_MISMATCH: 'medium',
  UNMEASURED_PRIORITY: 'medium',
  TOO_MANY_PRIORITIES: 'medium',
  NOT_ENGAGED: 'medium',
  NOT_COMMUNICATED: 'medium',
  UNRESOURCED: 'medium',
  UNAMBITIOUS_TARGET: 'medium',
  UNREALISTIC_TARGET: 'medium',
};

/** A target more than this many typical years' change better than the trend projection is unrealistic. */
export const UNREALISTIC_TREND_FACTOR = 3;

const PARENT_LEVEL: Record<PriorityLevel, PriorityLevel | null> = {
  CORPORATE: null,
  DIRECTORATE: 'CORPORATE',
  SERVICE: 'DIRECTORATE',
};

/** Every golden-thread finding for the snapshot's period, most serious first. */
export function goldenThreadFindings(snapshot: CascadeSnapshot): Finding[] {
  const ix = indexSnapshot(snapshot);
  return sortFindings([
    ...cycles(ix),
    ...parentLinks(ix),
    ...orphanObjectives(ix),
    ...orphanAppraisalObjectives(ix),
    ...undelivered(ix),
    ...unmeasured(ix),
    ...tooMany(ix),
    ...notEngaged(ix),
    ...notCommunicated(ix),
    ...unresourced(ix),
    ...targetAmbition(ix),
  ]);
}

function finding(code: GoldenThreadCode, nodes: CascadeNodeRef[], message: string, fix: string, severity?: Severity): Finding {
  return { code, severity: severity ?? GOLDEN_THREAD_SEVERITY[code], nodes, message, fix };
}

function levelName(p: PriorityRow): string {
  return `${levelWord(p.level)} priority ${q(p.name)}`;
}

function ownerHint(ix: CascadeIndex, ownerId: number | null): string {
  return ownerId === null ? '' : ` (owner: ${ix.personName(ownerId)})`;
}

// ---------------------------------------------------------------------------------------------------
// Structure of the cascade

function cycles(ix: CascadeIndex): Finding[] {
  return ix.cycles.map((loop) => {
    const rows = loop.map((id) => ix.priorities.get(id)).filter((p): p is PriorityRow => p !== undefined);
    const names = rows.map((p) => q(p.name));
    const first = rows[0];
    let message: string;
    if (rows.length === 1 && first) {
      message = `The priority ${q(first.name)} is recorded as its own parent, so the golden thread cannot be followed up from it.`;
    } else {
      const links = rows.map((p, i) => `${q(p.name)} sits under ${q((rows[(i + 1) % rows.length] ?? p).name)}`);
      message =
        `The priorities ${list(names, 10)} form a loop (${list(links, 10)}), ` +
        `so the golden thread cannot be followed up through them to a corporate priority.`;
    }
    return finding(
      'CYCLE',
      rows.map((p) => ix.priorityRef(p)),
      message,
      `Decide where each of these priorities belongs and correct one parent link to break the loop ` +
        `(a corporate priority has no parent; a directorate priority sits under a corporate one; a service priority under a directorate ` +
        `one).`,
    );
  });
}

function parentLinks(ix: CascadeIndex): Finding[] {
  const out: Finding[] = [];
  for (const p of ix.activePriorities) {
    if (ix.cycleOf.has(p.id)) continue;
    const expected = PARENT_LEVEL[p.level];
    const parent = p.parentId === null ? undefined : ix.allPriorities.get(p.parentId);
    if (expected === null) {
      if (p.parentId === null) continue;
      out.push(
        finding(
          'PARENT_LEVEL_MISMATCH',
          parent ? [ix.priorityRef(p), ix.priorityRef(parent)] : [ix.priorityRef(p)],
          parent
            ? `The corporate priority ${q(p.name)} is placed under ${q(parent.name)}, but corporate priorities sit at the top of the ` +
                `cascade.`
            : `The corporate priority ${q(p.name)} points to a parent priority that does not exist (id ${p.parentId}); corporate ` +
                `priorities sit at the top of the cascade.`,
          `Remove the parent of ${q(p.name)}, or change its level if it really belongs under another priority.`,
        ),
      );
      continue;
    }
    const above = `${article(levelWord(expected))} ${levelWord(expected)} priority`;
    const fix = `Place ${q(p.name)} under the ${levelWord(expected)} priority it serves, so the thread runs up to a corporate priority.`;
    if (p.parentId === null) {
      out.push(
        finding(
          'ORPHAN_PRIORITY',
          [ix.priorityRef(p)],
          `The ${levelName(p)} is not placed under ${above}, so the golden thread breaks there: nobody can see which corporate priority ` +
            `it serves.`,
          fix,
        ),
      );
      continue;
    }
    if (!parent) {
      out.push(
        finding(
          'ORPHAN_PRIORITY',
          [ix.priorityRef(p)],
          `The ${levelName(p)} sits under a parent priority that does not exist (id ${p.parentId}), so the golden thread breaks there.`,
          fix,
        ),
      );
      continue;
    }
    if (parent.period !== ix.period || ix.priorities.get(parent.id) !== parent) {
      out.push(
        finding(
          'ORPHAN_PRIORITY',
          [ix.priorityRef(p), ix.priorityRef(parent)],
          `The ${levelName(p)} sits under ${q(parent.name)}, a priority of ${parent.period} rather than ${ix.period}, so the golden ` +
            `thread breaks there.`,
          fix,
        ),
      );
      continue;
    }
    if (parent.isNonPriority) {
      out.push(
        finding(
          'ORPHAN_PRIORITY',
          [ix.priorityRef(p), ix.priorityRef(parent)],
          `The ${levelName(p)} sits under ${q(parent.name)}, which the council has said is not a priority, so the golden thread breaks ` +
            `there.`,
          `${fix} If ${q(p.name)} should not be pursued either, mark it as not a priority with a reason.`,
        ),
      );
      continue;
    }
    if (parent.level !== expected) {
      out.push(
        finding(
          'PARENT_LEVEL_MISMATCH',
          [ix.priorityRef(p), ix.priorityRef(parent)],
          `The ${levelName(p)} sits under the ${levelName(parent)}; it should sit under ${above}.`,
          `Move ${q(p.name)} under the right ${levelWord(expected)} priority, or correct the level of one of the two.`,
        ),
      );
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Orphans

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

function orphanObjectives(ix: CascadeIndex): Finding[] {
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

function orphanAppraisalObjectives(ix: CascadeIndex): Finding[] {
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

// ---------------------------------------------------------------------------------------------------
// Priorities: delivered, measured, few enough, resourced

function undelivered(ix: CascadeIndex): Finding[] {
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

function unmeasured(ix: CascadeIndex): Finding[] {
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

function tooMany(ix: CascadeIndex): Finding[] {
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

function unresourced(ix: CascadeIndex): Finding[] {
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

// ---------------------------------------------------------------------------------------------------
// Engagement and communication

const USER_KINDS: ReadonlySet<EngagementGroupKind> = new Set<EngagementGroupKind>(['SERVICE_USERS', 'CARERS']);

function indexByPriority<T extends { id: number; priorityIds: number[] }>(rows: readonly T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  const seen = new Set<number>();
  for (const row of rows) {
    if (seen.has(row.id)) continue;
    seen.add(row.id);
    for (const pid of new Set(row.priorityIds)) {
      const list = map.get(pid);
      if (list) list.push(row);
      else map.set(pid, [row]);
    }
  }
  return map;
}

/**
 * NOT_ENGAGED applies to every active CORPORATE priority and to any other active priority that at
 * least one consultation is linked to (it claims to be informed by consultation). Only consultations
 * linked directly to the priority count (not those of its parent or children). It fires when, across
 * those consultations:
 * - there are none (corporate priorities only), or
 * - no group of kind SERVICE_USERS or CARERS was consulted, or
 * - no group marked hardToReach was consulted.
 * One finding per priority, saying which of these is missing. Consultation dates are not checked.
 */
function notEngaged(ix: CascadeIndex): Finding[] {
  const out: Finding[] = [];
  const byPriority = indexByPriority(ix.snapshot.consultations);
  for (const p of ix.activePriorities) {
    const consultations = byPriority.get(p.id) ?? [];
    if (p.level !== 'CORPORATE' && consultations.length === 0) continue;
    const nodes: CascadeNodeRef[] = [
      ix.priorityRef(p),
      ...consultations.map((c): CascadeNodeRef => ({ type: 'Consultation', id: c.id, name: c.title })),
    ];
    if (consultations.length === 0) {
      out.push(
        finding(
          'NOT_ENGAGED',
          nodes,
          `No consultation is recorded for the ${levelName(p)}: there is no evidence it was set with service users, carers or ` +
            `hard-to-reach groups.`,
          `Consult service users, carers and at least one hard-to-reach group on ${q(p.name)} and link the consultation to it.`,
        ),
      );
      continue;
    }
    const users = consultations.some((c) => c.groups.some((g) => USER_KINDS.has(g.kind)));
    const hardToReach = consultations.some((c) => c.groups.some((g) => g.hardToReach));
    if (users && hardToReach) continue;
    const missing = users
      ? 'any hard-to-reach group'
      : hardToReach
        ? 'service users or carers'
        : 'service users or carers, nor any hard-to-reach group';
    const toConsult = users
      ? 'at least one hard-to-reach group'
      : hardToReach
        ? 'service users and carers'
        : 'service users, carers and at least one hard-to-reach group';
    const titles = quotedList(consultations.map((c) => c.title));
    out.push(
      finding(
        'NOT_ENGAGED',
        nodes,
        `The ${consultations.length === 1 ? 'consultation' : `${consultations.length} consultations`} that informed the ${levelName(p)} ` +
          `(${titles}) did not include ${missing}.`,
        `Before ${q(p.name)} is agreed or next reviewed, consult ${toConsult} on it and record what they said.`,
      ),
    );
  }
  return out;
}

function normaliseGroupName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * NOT_COMMUNICATED has two forms:
 * - (medium) an active priority with status AGREED and no communication listing it; or status
 *   COMMUNICATED with none recorded.
 * - (low) a consultation that informed at least one active AGREED or COMMUNICATED priority (a DRAFT
 *   one cannot be told back yet) where some consulted group never received a communication about
 *   those priorities. A group counts as told back when a communication dated on or after the
 *   consultation, listing at least one of those priorities, went to a group of the same kind and the
 *   same name (compared ignoring case, punctuation and spacing). One finding per consultation naming
 *   the groups not told.
 */
function notCommunicated(ix: CascadeIndex): Finding[] {
  const out: Finding[] = [];
  const commsByPriority = indexByPriority(ix.snapshot.communications);
  for (const p of ix.activePriorities) {
    if (p.status === 'DRAFT' || (commsByPriority.get(p.id)?.length ?? 0) > 0) continue;
    const message =
      p.status === 'AGREED'
        ? `The ${levelName(p)} was agreed${p.agreedOn ? ` on ${p.agreedOn}` : ''} but has not been communicated back to staff, partners ` +
          `or the people who were consulted.`
        : `The ${levelName(p)} is marked as communicated, but no communication about it is recorded.`;
    out.push(
      finding(
        'NOT_COMMUNICATED',
        [ix.priorityRef(p)],
        message,
        `Tell staff, partners and everyone consulted about ${q(p.name)} (what was heard and what was decided), and record the ` +
          `communication with its date, channel and groups.`,
      ),
    );
  }

  const seen = new Set<number>();
  for (const c of ix.snapshot.consultations) {
    if (seen.has(c.id)) continue;
    seen.add(c.id);
    const informed = [...new Set(c.priorityIds)]
      .map((id) => ix.priorities.get(id))
      .filter((p): p is PriorityRow => ix.isActive(p) && p.status !== 'DRAFT');
    if (informed.length === 0) continue;
    const told = new Set<string>();
    const relevant: CommunicationRow[] = [];
    for (const p of informed) for (const m of commsByPriority.get(p.id) ?? []) if (m.date >= c.date) relevant.push(m);
    for (const m of relevant) for (const g of m.groups) told.add(`${g.kind}|${normaliseGroupName(g.name)}`);
    const notTold = new Map<string, ConsultationRow['groups'][number]>();
    for (const g of c.groups) {
      const key = `${g.kind}|${normaliseGroupName(g.name)}`;
      if (!told.has(key) && !notTold.has(key)) notTold.set(key, g);
    }
    if (notTold.size === 0) continue;
    const groupNames = [...notTold.values()].map((g) => g.name);
    const priorityNames = quotedList(informed.map((p) => p.name));
    out.push(
      finding(
        'NOT_COMMUNICATED',
        [{ type: 'Consultation', id: c.id, name: c.title }, ...informed.map((p) => ix.priorityRef(p))],
        `${groupNames.length === 1 ? 'The group' : 'The groups'} ${quotedList(groupNames)} ${groupNames.length === 1 ? 'was' : 'were'} ` +
          `consulted in ${q(c.title)} (${c.date}) but ${groupNames.length === 1 ? 'has' : 'have'} not been told what became of the ` +
          `${informed.length === 1 ? 'priority' : 'priorities'} it informed (${priorityNames}).`,
        `Report back to ${quotedList(groupNames)} on ${priorityNames}: what was heard and what the council decided, and record the ` +
          `communication.`,
        'low',
      ),
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Targets: ambitious but realistic

function targetSubject(ix: CascadeIndex, t: TargetRow): { text: string; nodes: CascadeNodeRef[] } {
  const nodes: CascadeNodeRef[] = [ix.targetRef(t)];
  let where = '';
  const o = t.objectiveId === null ? undefined : ix.allObjectives.get(t.objectiveId);
  const p = t.priorityId === null ? undefined : ix.allPriorities.get(t.priorityId);
  if (o) {
    nodes.push(ix.objectiveRef(o));
    where = ` (objective ${q(o.name)})`;
  } else if (p) {
    nodes.push(ix.priorityRef(p));
    where = ` (priority ${q(p.name)})`;
  } else if (t.serviceId !== null) {
    nodes.push(ix.serviceRef(t.serviceId));
    where = ` (${ix.serviceName(t.serviceId)})`;
  }
  return { text: `The ${t.period} target of ${num(t.value)} for ${q(t.indicatorName)}${where}`, nodes };
}

function targetAmbition(ix: CascadeIndex): Finding[] {
  const out: Finding[] = [];
  for (const t of ix.targets) {
    const ctx = t.context;
    if (!ctx) continue;
    const better = ctx.polarity === 'HIGHER_IS_BETTER' ? 1 : -1;
    const polarityText = ctx.polarity === 'HIGHER_IS_BETTER' ? 'higher is better' : 'lower is better';
    const subject = targetSubject(ix, t);

    if (ctx.currentValue !== null && (t.value - ctx.currentValue) * better < 0) {
      out.push(
        finding(
          'UNAMBITIOUS_TARGET',
          subject.nodes,
          `${subject.text} is worse than current performance (${num(ctx.currentValue)}; ${polarityText}): meeting it would mean getting ` +
            `worse.`,
          `Set the target at or beyond current performance (${num(ctx.currentValue)})${
            ctx.bestComparatorValue !== null && (ctx.bestComparatorValue - ctx.currentValue) * better > 0
              ? `, moving towards the best comparator council (${num(ctx.bestComparatorValue)})`
              : ''
          }.`,
        ),
      );
    }

    const reasons: string[] = [];
    if (ctx.bestComparatorValue !== null && (t.value - ctx.bestComparatorValue) * better > 0) {
      reasons.push(`better than the best comparator council achieves (${num(ctx.bestComparatorValue)})`);
    }
    const change = ctx.typicalAnnualChange === null ? 0 : Math.abs(ctx.typicalAnnualChange);
    if (ctx.trendProjection !== null && change > 0 && (t.value - ctx.trendProjection) * better > UNREALISTIC_TREND_FACTOR * change) {
      reasons.push(
        `more than ${UNREALISTIC_TREND_FACTOR} years' typical change (${num(change)} a year) beyond where the current trend leads ` +
          `(${num(ctx.trendProjection)})`,
      );
    }
    if (reasons.length > 0) {
      const realistic = [
        ...(ctx.trendProjection !== null ? [`the trend projection (${num(ctx.trendProjection)})`] : []),
        ...(ctx.bestComparatorValue !== null ? [`the best comparator (${num(ctx.bestComparatorValue)})`] : []),
      ];
      out.push(
        finding(
          'UNREALISTIC_TARGET',
          subject.nodes,
          `${subject.text} is unlikely to be achievable (${polarityText}): it is ${list(reasons)}.`,
          `Review the target with the indicator's owner and set a level that stretches but can be reached${
            realistic.length > 0 ? `, informed by ${list(realistic)}` : ''
          }, or record the evidence for expecting a step change.`,
        ),
      );
    }
  }
  return out;
}
