import DataLoader from 'dataloader';
import { Council, Directorate, Person, PersonKind, Service } from '@goldenthread/db';
import type { GqlContext } from '../context.js';
import { idOf } from '../loaders.js';

/**
 * People whose names are public: councillors, and officers holding an accountable post (a director,
 * a service's accountable owner, the manager responsible for management information). Everybody
 * else is visible only to their own council (README "What each viewer sees").
 */
export function publicPeople(ctx: GqlContext): DataLoader<number, Set<number>> {
  return ctx.loaders.custom('publicPeople', () =>
    new DataLoader<number, Set<number>>(async (councilIds) => {
      const ids = [...councilIds];
      const sets = new Map(ids.map((id) => [id, new Set<number>()]));
      const add = (councilId: number | null, personId: number | null) => {
        if (councilId !== null && personId !== null) sets.get(councilId)?.add(personId);
      };
      for (const d of await ctx.em.find(Directorate, { council: { $in: ids }, director: { $ne: null } }, { fields: ['id', 'council', 'director'] })) add(idOf(d.council), idOf(d.director));
      for (const s of await ctx.em.find(Service, { council: { $in: ids }, accountableOwner: { $ne: null } }, { fields: ['id', 'council', 'accountableOwner'] })) add(idOf(s.council), idOf(s.accountableOwner));
      for (const c of await ctx.em.find(Council, { id: { $in: ids }, miResponsible: { $ne: null } }, { fields: ['id', 'miResponsible'] })) add(c.id, idOf(c.miResponsible));
      for (const p of await ctx.em.find(Person, { council: { $in: ids }, kind: PersonKind.COUNCILLOR }, { fields: ['id', 'council'] })) add(idOf(p.council), p.id);
      return ids.map((id) => sets.get(id)!);
    }),
  );
}

/** May the viewer see this person at all (name, job title, roles)? */
export async function canSeePerson(ctx: GqlContext, person: { id: number; councilId: number; kind?: PersonKind }): Promise<boolean> {
  if (ctx.access.canReadUnpublished(person.councilId)) return true;
  if (person.kind === PersonKind.COUNCILLOR) return true;
  return (await publicPeople(ctx).load(person.councilId)).has(person.id);
}

/** Keeps the people the viewer may see, in order. */
export async function visiblePeople<T extends { id?: unknown; dbId?: number; councilId: number; kind?: PersonKind }>(ctx: GqlContext, councilId: number, people: T[]): Promise<T[]> {
  if (ctx.access.canReadUnpublished(councilId)) return people;
  const allowed = await publicPeople(ctx).load(councilId);
  return people.filter((p) => p.kind === PersonKind.COUNCILLOR || allowed.has(p.dbId ?? Number(p.id)));
}
