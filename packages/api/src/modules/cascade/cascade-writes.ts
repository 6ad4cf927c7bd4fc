/**
 * What the golden thread's write services share: the input checks of names, texts and amounts, who
 * may write a priority or an objective, and the lookups of an owner and of priorities by id. Each
 * kind of record has its own service (priority, engagement, objective, appraisal, target-link); every
 * method checks access before it changes anything, validates with the domain rules, and writes all or
 * nothing.
 */
import { Objective, Person, Priority, PriorityLevel } from '@goldenthread/db';
import { validateName } from '@goldenthread/domain';
import type { Access, WriteTarget } from '../../access/access.js';
import { assertValid, badInput } from '../../errors.js';
import { idOf } from '../../loaders.js';
import { decodeId } from '../../relay/global-id.js';
import { WriteService } from '../shared/lookup.js';

const LONG_TEXT = 4000;

export function checkName(field: string, value: string | null | undefined, max = 200): string {
  if (value === null || value === undefined) throw badInput(field, 'The name must not be empty.');
  assertValid(validateName(field, value, max));
  return value.trim();
}

export function checkText(field: string, value: string | null | undefined, what: string): string | null {
  const trimmed = value?.trim() ?? '';
  if (!trimmed) return null;
  if (trimmed.length > LONG_TEXT)
    throw badInput(field, `The ${what} is ${trimmed.length} characters long; the most allowed is ${LONG_TEXT}.`);
  return trimmed;
}

export function checkAmount(field: string, value: number | null | undefined, what: string): number | null | undefined {
  if (value === undefined || value === null) return value;
  if (!Number.isFinite(value) || value < 0) throw badInput(field, `The ${what} must be zero or more (got ${value}).`);
  return value;
}

/** Who may write a priority: the council (corporate), its directorate or its service. */
export function priorityWriteTarget(
  councilId: number,
  level: PriorityLevel,
  directorateId: number | null,
  serviceId: number | null,
): WriteTarget {
  if (level === PriorityLevel.SERVICE && serviceId !== null) return { kind: 'service', councilId, serviceId };
  if (level !== PriorityLevel.CORPORATE && directorateId !== null) return { kind: 'directorate', councilId, directorateId };
  return { kind: 'council', councilId };
}

export function writeTargetOf(p: Priority): WriteTarget {
  return priorityWriteTarget(idOf(p.council)!, p.level, idOf(p.directorate), idOf(p.service));
}

/** Who may write an objective (and its milestones): its service. */
export function objectiveWriteTarget(councilId: number, serviceId: number): WriteTarget {
  return { kind: 'service', councilId, serviceId };
}

export function objectiveWriteTargetOf(objective: Objective): WriteTarget {
  return objectiveWriteTarget(idOf(objective.council)!, idOf(objective.service)!);
}

/** Who may set or delete a target: its service's writers, or the council's for a council-wide one (indicators' setTarget). */
export function targetWriteTarget(councilId: number, serviceId: number | null): WriteTarget {
  return serviceId !== null ? { kind: 'service', councilId, serviceId } : { kind: 'council', councilId };
}

/** Where a priority sits, for who may write it. */
export interface PriorityPlace {
  councilId: number;
  level: PriorityLevel;
  directorateId: number | null;
  serviceId: number | null;
}

/**
 * Who may record (or delete) a communication or a consultation about priorities, as alternatives (all the writes of one of them):
 * the council's writers (chief executive, administrators), or one who may write every priority it
 * names (a director telling her directorate about its priorities, or recording the carers she consulted on them).
 */
export function communicationWriteTargets(councilId: number, priorities: readonly PriorityPlace[]): WriteTarget[][] {
  const each = priorities.map((p) => priorityWriteTarget(p.councilId, p.level, p.directorateId, p.serviceId));
  return each.length ? [[{ kind: 'council', councilId }], each] : [[{ kind: 'council', councilId }]];
}

/** May the viewer make every write of one of the alternatives? */
export async function mayAll(access: Access, alternatives: readonly WriteTarget[][]): Promise<boolean> {
  for (const writes of alternatives) {
    if ((await Promise.all(writes.map((t) => access.mayWrite(t)))).every(Boolean)) return true;
  }
  return false;
}

/** Refuses unless the viewer may make every write of one of the alternatives (the last one's refusal). */
export async function requireAll(access: Access, alternatives: readonly WriteTarget[][]): Promise<void> {
  if (await mayAll(access, alternatives)) return;
  for (const t of alternatives.at(-1) ?? []) await access.requireWrite(t);
  // Every write of the last alternative allowed on a second look (a race): refuse as the council's.
  await access.requireWrite(alternatives[0]![0]!);
}

export function placeOf(p: Priority): PriorityPlace {
  return { councilId: idOf(p.council)!, level: p.level, directorateId: idOf(p.directorate), serviceId: idOf(p.service) };
}

/** The lookups the cascade's services share. */
export abstract class CascadeWriteService extends WriteService {
  protected owner(field: string, globalId: string | null | undefined, councilId: number): Promise<Person | null | undefined> {
    return this.optional(Person, 'Person', field, globalId, councilId);
  }

  /** Priorities by global id, each of the council (another council's is as unknown); deduplicated. */
  protected async prioritiesOf(field: string, ids: readonly string[], councilId: number): Promise<Priority[]> {
    const dbIds = [...new Set(ids.map((id, i) => decodeId(`${field}[${i}]`, id, 'Priority')))];
    const rows = dbIds.length ? await this.em.find(Priority, { id: { $in: dbIds }, council: councilId }) : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    ids.forEach((gid, i) => {
      const row = byId.get(decodeId(`${field}[${i}]`, gid, 'Priority'));
      if (!row) throw badInput(`${field}[${i}]`, `no Priority with id ${gid} exists.`);
    });
    return dbIds.map((id) => byId.get(id)!);
  }
}
