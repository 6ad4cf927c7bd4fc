import DataLoader from 'dataloader';
import { Council, Directorate, ObjectivePriority, Person, PersonKind, Priority, PriorityStatus, Service, type Em } from '@goldenthread/db';
import type { GqlContext } from '../context.js';
import { idOf } from '../loaders.js';

/**
 * Who may see what (README "What each viewer sees"), as rules of the API's types. Every object type
 * of the schema declares one (see visibility-rules.ts, which applies them to every field that returns
 * the type); this file holds the facts the rules need.
 */

/**
 * (Partial rows are read past the identity map, so that an entity loaded whole later in the request
 * is not one of these.)
 *
 * People whose names are public, by council: councillors, and officers holding an accountable post
 * (a director, a service's accountable owner, the manager responsible for management information).
 * Everybody else is visible only to their own council.
 */
export async function publicPersonIds(em: Em, councilIds: readonly number[]): Promise<Map<number, Set<number>>> {
  const ids = [...councilIds];
  const sets = new Map(ids.map((id) => [id, new Set<number>()]));
  const add = (councilId: number | null, personId: number | null) => {
    if (councilId !== null && personId !== null) sets.get(councilId)?.add(personId);
  };
  const [directorates, services, councils, councillors] = await Promise.all([
    em.find(
      Directorate,
      { council: { $in: ids }, director: { $ne: null } },
      { fields: ['id', 'council', 'director'], disableIdentityMap: true },
    ),
    em.find(
      Service,
      { council: { $in: ids }, accountableOwner: { $ne: null } },
      { fields: ['id', 'council', 'accountableOwner'], disableIdentityMap: true },
    ),
    em.find(Council, { id: { $in: ids }, miResponsible: { $ne: null } }, { fields: ['id', 'miResponsible'], disableIdentityMap: true }),
    em.find(Person, { council: { $in: ids }, kind: PersonKind.COUNCILLOR }, { fields: ['id', 'council'], disableIdentityMap: true }),
  ]);
  for (const d of directorates) add(idOf(d.council), idOf(d.director));
  for (const s of services) add(idOf(s.council), idOf(s.accountableOwner));
  for (const c of councils) add(c.id, idOf(c.miResponsible));
  for (const p of councillors) add(idOf(p.council), p.id);
  return sets;
}

/** The public people of each council, once per request. */
export function publicPeople(ctx: GqlContext): DataLoader<number, Set<number>> {
  return ctx.loaders.custom(
    'publicPeople',
    () =>
      new DataLoader<number, Set<number>>(async (councilIds) => {
        const sets = await publicPersonIds(ctx.em, councilIds);
        return councilIds.map((id) => sets.get(id)!);
      }),
  );
}

/** May the viewer see this person at all (name, job title, roles)? */
export function canSeePerson(ctx: GqlContext, person: { id: number; councilId: number; kind?: PersonKind }): boolean | Promise<boolean> {
  if (ctx.access.canReadUnpublished(person.councilId)) return true;
  if (person.kind === PersonKind.COUNCILLOR) return true;
  return publicPeople(ctx)
    .load(person.councilId)
    .then((set) => set.has(person.id));
}

/** Priorities anyone may see: communicated ones, and explicit non-priorities (the council said so in public). */
export function isPublishedPriority(p: { status: PriorityStatus | string; isNonPriority: boolean }): boolean {
  return p.isNonPriority || p.status === PriorityStatus.COMMUNICATED;
}

/**
 * Objectives anyone may see, by council: those delivering at least one published priority (a service
 * plan's objective is public once the priority it delivers is). Once per request.
 */
export function publicObjectives(ctx: GqlContext): DataLoader<number, Set<number>> {
  return ctx.loaders.custom(
    'publicObjectives',
    () =>
      new DataLoader<number, Set<number>>(async (councilIds) => {
        const ids = [...councilIds];
        const published = await ctx.em.find(
          Priority,
          { council: { $in: ids }, $or: [{ status: PriorityStatus.COMMUNICATED }, { isNonPriority: true }] },
          { fields: ['id', 'council'], disableIdentityMap: true },
        );
        const councilOf = new Map(published.map((p) => [p.id, idOf(p.council)!]));
        const links = councilOf.size
          ? await ctx.em.find(
              ObjectivePriority,
              { priority: { $in: [...councilOf.keys()] } },
              { fields: ['id', 'objective', 'priority'], disableIdentityMap: true },
            )
          : [];
        const sets = new Map(ids.map((id) => [id, new Set<number>()]));
        for (const l of links) sets.get(councilOf.get(idOf(l.priority)!)!)?.add(idOf(l.objective)!);
        return ids.map((id) => sets.get(id)!);
      }),
  );
}

/** May the viewer see this service-plan objective? */
export function canSeeObjective(ctx: GqlContext, objective: { dbId: number; councilId: number }): boolean | Promise<boolean> {
  if (ctx.access.canReadUnpublished(objective.councilId)) return true;
  return publicObjectives(ctx)
    .load(objective.councilId)
    .then((set) => set.has(objective.dbId));
}

/** A council administrator of this council (or a trusted in-process caller)? */
export function isAdminOf(ctx: GqlContext, councilId: number | null): boolean {
  const v = ctx.access.viewer;
  return v.kind === 'system' || (v.kind === 'person' && v.admin && v.councilId === councilId);
}

/**
 * Keeps the people the viewer may see, in order: for lists paged in memory, so that pages are full
 * and counts true (the Person rule, which also applies to what is returned, would drop them after paging).
 */
export async function visiblePeople<T extends { dbId: number; councilId: number; kind?: PersonKind }>(
  ctx: GqlContext,
  people: T[],
): Promise<T[]> {
  const ok = await Promise.all(people.map((p) => canSeePerson(ctx, { id: p.dbId, councilId: p.councilId, kind: p.kind })));
  return people.filter((_, i) => ok[i]);
}

/** Is this person's name withheld from the viewer (the Person rule says no)? For rules that show a post instead of a name. */
export function personWithheld(ctx: GqlContext, person: { id: number; councilId: number; kind?: PersonKind }): boolean | Promise<boolean> {
  const ok = canSeePerson(ctx, person);
  return typeof ok === 'boolean' ? !ok : ok.then((v) => !v);
}
