/**
 * Reads behind the council's paged fields, batched: a list of councils costs the same statements
 * whatever its length. Outside a council, the people one may see (councillors and holders of
 * accountable posts, README "Access") are read for every council of the list in one statement; the
 * viewer's own council (every person, possibly thousands) is paged in the database.
 */
import DataLoader from 'dataloader';
import type { FilterQuery } from '@mikro-orm/core';
import { Person, PersonKind } from '@goldenthread/db';
import { publicPeople } from '../../access/visibility.js';
import type { GqlContext } from '../../context.js';
import { idOf } from '../../loaders.js';
import { connectionFromArray, type ConnectionArgs, type ConnectionShape } from '../../relay/connection.js';
import { paginate } from '../shared/paginate.js';
import { PersonNode } from './organisation.type.js';

/** The people outside viewers may see, of each council of a batch: one statement for the batch. */
function publicPeopleOfCouncils(ctx: GqlContext, kind: PersonKind | null): DataLoader<number, Person[]> {
  return ctx.loaders.custom(`councilPeople:public:${kind ?? ''}`, () =>
    new DataLoader<number, Person[]>(async (councilIds) => {
      const allowed = (await publicPeople(ctx).loadMany(councilIds)).flatMap((s) => (s instanceof Set ? [...s] : []));
      const where: FilterQuery<Person> = { council: { $in: [...councilIds] }, $or: [{ kind: PersonKind.COUNCILLOR }, { id: { $in: allowed } }] };
      if (kind) where.kind = kind;
      const rows = await ctx.em.find(Person, where, { orderBy: { name: 'asc', id: 'asc' } });
      const byCouncil = new Map<number, Person[]>(councilIds.map((id) => [id, []]));
      for (const p of rows) byCouncil.get(idOf(p.council)!)?.push(p);
      return councilIds.map((id) => byCouncil.get(id)!);
    }),
  );
}

/** `Council.people`: a page of the council's people (of a kind), as the viewer may see them. */
export async function councilPeople(ctx: GqlContext, councilId: number, kind: PersonKind | null, page: ConnectionArgs): Promise<ConnectionShape<PersonNode>> {
  if (!ctx.access.canReadUnpublished(councilId)) {
    return connectionFromArray((await publicPeopleOfCouncils(ctx, kind).load(councilId)).map(PersonNode.from), page);
  }
  const where: FilterQuery<Person> = { council: councilId };
  if (kind) where.kind = kind;
  return paginate(ctx.em, Person, { where, orderBy: { name: 'asc', id: 'asc' } }, page, PersonNode.from);
}
