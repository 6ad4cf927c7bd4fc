/**
 * The record of changes to the scheme of delegation: every write (a mutation or a CSV import) adds a
 * DelegationEvent in the same transaction, naming who acted and the delegation before and after.
 */
import { type Delegation, DelegationEvent, type DelegationEventKind, Person, type Em } from '@goldenthread/db';
import type { Viewer } from '../../access/access.js';
import { idOf } from '../../loaders.js';
import { toGlobalId } from '../../relay/global-id.js';

export interface EventInput {
  council: number;
  kind: DelegationEventKind;
  delegation?: number | null;
  subjectType: string;
  subjectId: number;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  note?: string | null;
}

/** A delegation as the event record shows it (global ids and names, so it reads without joins). */
export function delegationState(d: Delegation, names: { power: string; to: string; scope: string }): Record<string, unknown> {
  return {
    id: toGlobalId('Delegation', d.id),
    ref: d.ref,
    power: names.power,
    to: names.to,
    toPersonId: toGlobalId('Person', idOf(d.toPerson)!),
    scope: names.scope,
    financialLimit: d.financialLimit,
    conditions: d.conditions,
    maySubDelegate: d.maySubDelegate,
    parentId: d.parent ? toGlobalId('Delegation', idOf(d.parent)!) : null,
    effectiveFrom: d.effectiveFrom,
    effectiveTo: d.effectiveTo,
    revokedOn: d.revokedOn,
  };
}

/** Who is acting, read through the em of the caller's transaction (SQLite has one connection). */
async function actorOf(em: Em, viewer: Viewer): Promise<{ actor: number | null; label: string }> {
  if (viewer.kind === 'person') {
    const p = await em.findOne(Person, { id: viewer.personId }, { fields: ['id', 'name'] });
    return { actor: viewer.personId, label: p?.name ?? `person #${viewer.personId}` };
  }
  if (viewer.kind === 'partner') return { actor: null, label: `partner key #${viewer.apiKeyId}` };
  return { actor: null, label: viewer.kind };
}

/** Adds the events to `em` (the caller's transaction), all at one time and by one actor (`note`: how, e.g. 'import'). */
export async function recordEvents(em: Em, viewer: Viewer, events: EventInput[], note?: string): Promise<void> {
  const { actor, label } = await actorOf(em, viewer);
  const at = new Date();
  for (const e of events) {
    em.create(DelegationEvent, {
      council: e.council,
      kind: e.kind,
      at,
      actor,
      actorLabel: note ? `${label} (${note})` : label,
      delegation: e.delegation ?? null,
      subjectType: e.subjectType,
      subjectId: e.subjectId,
      before: e.before ?? null,
      after: e.after ?? null,
      note: e.note ?? null,
    });
  }
}
