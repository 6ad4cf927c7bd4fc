/** Golden-thread checks of engagement and communication (checks.ts). */
import { type Finding } from '../findings.js';
import { type CascadeIndex } from './model.js';
import { q, quotedList } from './text.js';
import type { CascadeNodeRef, CommunicationRow, ConsultationRow, EngagementGroupKind, PriorityRow } from './types.js';
import { finding, levelName } from './checks.shared.js';

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
export function notEngaged(ix: CascadeIndex): Finding[] {
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
export function notCommunicated(ix: CascadeIndex): Finding[] {
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
