/**
 * Reads of the organisation module: the councils (root lists and lookups, read through
 * `ctx.services.get(CouncilReads)`), and the council's paged fields, batched: a list of councils
 * costs the same statements whatever its length. Outside a council, the people one may see
 * (councillors and holders of accountable posts, README "Access") are read for every council of the
 * list in one statement; the viewer's own council (every person, possibly thousands) is paged in the
 * database.
 */
import DataLoader from 'dataloader';
import type { FilterQuery } from '@mikro-orm/core';
import { Council, Person, PersonKind, type Em } from '@goldenthread/db';
import type { Access } from '../../access/access.js';
import { publicPeople } from '../../access/visibility.js';
import type { GqlContext } from '../../context.js';
import { badInput } from '../../errors.js';
import { idOf } from '../../loaders.js';
import { connectionFromArray, type ConnectionArgs, type ConnectionShape } from '../../relay/connection.js';
import { containsCondition } from '../../search.js';
import { paginate } from '../shared/paginate.js';
import type { CouncilFilter } from './organisation.input.js';
import { organisationTree } from './organisation-tree.js';
import { CouncilNode, type OrganisationTree, PersonNode } from './organisation.type.js';

/** Councils as the root fields read them, and the pages of one council's people read in the database. */
export class CouncilReads {
  constructor(
    private readonly em: Em,
    _access: Access,
  ) {}

  /** `councils`: current ones unless `filter.includeFormer`, by name. */
  page(filter: CouncilFilter | null, page: ConnectionArgs): Promise<ConnectionShape<CouncilNode>> {
    const where: FilterQuery<Council> = {};
    if (!filter?.includeFormer) where.current = true;
    if (filter?.type) where.type = filter.type;
    if (filter?.region) where.region = filter.region;
    if (filter?.nameContains) {
      const needle = filter.nameContains.trim();
      if (needle.length > 100) throw badInput('filter.nameContains', 'at most 100 characters.');
      where.name = containsCondition(this.em, needle);
    }
    return paginate(this.em, Council, { where, orderBy: { name: 'asc', id: 'asc' } }, page, CouncilNode.from);
  }

  /** A council by database id or by GSS code (already checked), or null. */
  async find(by: { id: number } | { gssCode: string }): Promise<CouncilNode | null> {
    const row = await this.em.findOne(Council, 'id' in by ? { id: by.id } : { gssCode: by.gssCode.trim().toUpperCase() });
    return row ? CouncilNode.from(row) : null;
  }

  /** The whole organisation of a council as a flat tree (null for an unknown council). */
  tree(councilId: number): Promise<OrganisationTree | null> {
    return organisationTree(this.em, councilId);
  }

  /** A page of the people of one council (of a kind), every one of them: for the council's own viewers. */
  people(councilId: number, kind: PersonKind | null, page: ConnectionArgs): Promise<ConnectionShape<PersonNode>> {
    const where: FilterQuery<Person> = { council: councilId };
    if (kind) where.kind = kind;
    return paginate(this.em, Person, { where, orderBy: { name: 'asc', id: 'asc' } }, page, PersonNode.from);
  }
}

/** The people outside viewers may see, of each council of a batch: one statement for the batch. */
function publicPeopleOfCouncils(ctx: GqlContext, kind: PersonKind | null): DataLoader<number, Person[]> {
  return ctx.loaders.custom(
    `councilPeople:public:${kind ?? ''}`,
    () =>
      new DataLoader<number, Person[]>(async (councilIds) => {
        const allowed = (await publicPeople(ctx).loadMany(councilIds)).flatMap((s) => (s instanceof Set ? [...s] : []));
        const where: FilterQuery<Person> = {
          council: { $in: [...councilIds] },
          $or: [{ kind: PersonKind.COUNCILLOR }, { id: { $in: allowed } }],
        };
        if (kind) where.kind = kind;
        const rows = await ctx.em.find(Person, where, { orderBy: { name: 'asc', id: 'asc' } });
        const byCouncil = new Map<number, Person[]>(councilIds.map((id) => [id, []]));
        for (const p of rows) byCouncil.get(idOf(p.council)!)?.push(p);
        return councilIds.map((id) => byCouncil.get(id)!);
      }),
  );
}

/** `Council.people`: a page of the council's people (of a kind), as the viewer may see them. */
export async function councilPeople(
  ctx: GqlContext,
  councilId: number,
  kind: PersonKind | null,
  page: ConnectionArgs,
): Promise<ConnectionShape<PersonNode>> {
  if (!ctx.access.canReadUnpublished(councilId)) {
    return connectionFromArray((await publicPeopleOfCouncils(ctx, kind).load(councilId)).map(PersonNode.from), page);
  }
  return ctx.services.get(CouncilReads).people(councilId, kind, page);
}
