/** The people of a council and their councillor roles: queries, fields and writes (the organisation's units: organisation.resolver.ts). */
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Council, CouncillorRole, Directorate, Person, Service } from '@goldenthread/db';
import type { GqlContext } from '../../context.js';
import { one } from '../../loaders.js';
import { ConnectionArgs, connectionFromArray } from '../../relay/connection.js';
import { decodeId, toGlobalId } from '../../relay/global-id.js';
import { CreatePersonInput, UpdatePersonInput } from './organisation.input.js';
import { DeletePayload, PersonPayload } from './organisation.payload.js';
import { PersonService } from './person.service.js';
import { CouncilNode, CouncillorRoleNode, DirectorateNode, PersonConnection, PersonNode, ServiceNode } from './organisation.type.js';
import { OPTIONAL_VERSION_ARG } from '../../relay/common.args.js';

@Resolver(() => PersonNode)
export class PersonResolver {
  @Query(() => PersonNode, {
    nullable: true,
    description: 'Null when the person does not exist or is not visible to you (README "Access").',
  })
  async person(@Ctx() ctx: GqlContext, @Arg('id', () => ID, { description: "The record's global id." }) id: string) {
    return one(ctx, Person, decodeId('id', id, 'Person'), PersonNode.from);
  }

  @FieldResolver(() => String, { nullable: true, description: "Work e-mail: visible to the council's own staff and councillors only." })
  email(@Root() p: PersonNode): string | null {
    return p.email;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "ISO date the person left the council (null: has not). Visible to the council's own staff and councillors only.",
  })
  leftOn(@Root() p: PersonNode): string | null {
    return p.leftOn;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'Has both a line manager and a functional (corporate) manager. Null outside the council.',
  })
  hasDualAccountability(@Root() p: PersonNode): boolean | null {
    return p.dualAccountability;
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether line management (lineManager, functionalManager, directReports) is shown to this viewer: false outside the council, ' +
      'where those fields are empty whether or not anything is recorded, so an empty lineManager means "not shown", not "none". ' +
      'It says nothing about the person: only about who is asking.',
  })
  lineManagementShown(@Root() p: PersonNode, @Ctx() ctx: GqlContext): boolean {
    return ctx.access.canReadUnpublished(p.councilId);
  }

  @FieldResolver(() => CouncilNode, { description: 'The council they belong to.' })
  council(@Root() p: PersonNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Council, p.councilId, CouncilNode.from);
  }

  @FieldResolver(() => DirectorateNode, { description: 'The directorate they work in; null when none.', nullable: true })
  directorate(@Root() p: PersonNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Directorate, p.directorateId, DirectorateNode.from);
  }

  @FieldResolver(() => ServiceNode, { description: 'The service they work in; null when none.', nullable: true })
  service(@Root() p: PersonNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Service, p.serviceId, ServiceNode.from);
  }

  @FieldResolver(() => PersonNode, {
    nullable: true,
    description: "Line manager: visible to the council's own staff and councillors only.",
  })
  lineManager(@Root() p: PersonNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Person, p.lineManagerId, PersonNode.from);
  }

  @FieldResolver(() => PersonNode, {
    nullable: true,
    description: "Corporate (functional) manager, for dual accountability: visible to the council's own staff and councillors only.",
  })
  functionalManager(@Root() p: PersonNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Person, p.functionalManagerId, PersonNode.from);
  }

  @FieldResolver(() => PersonConnection, { description: 'People this person line-manages: empty outside the council.' })
  async directReports(@Root() p: PersonNode, @Ctx() ctx: GqlContext, @Args(() => ConnectionArgs) page: ConnectionArgs) {
    const rows = await ctx.loaders.childrenOf(Person, 'lineManager', { name: 'asc' }).load(p.dbId);
    return connectionFromArray(rows.map(PersonNode.from), page);
  }

  @FieldResolver(() => [CouncillorRoleNode], { description: 'Councillor roles (empty for officers).' })
  async roles(@Root() p: PersonNode, @Ctx() ctx: GqlContext) {
    const rows = await ctx.loaders.childrenOf(CouncillorRole, 'person', { role: 'asc', id: 'asc' }).load(p.dbId);
    return rows.map(CouncillorRoleNode.from);
  }

  @Mutation(() => PersonPayload, { description: "Adds a person to a council's organisation." })
  async createPerson(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => CreatePersonInput, { description: 'The new record: see CreatePersonInput.' }) input: CreatePersonInput,
  ) {
    return { person: PersonNode.from(await ctx.services.get(PersonService).createPerson(input)) };
  }

  @Mutation(() => PersonPayload, { description: 'A line-management loop is refused, naming both people.' })
  async updatePerson(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => UpdatePersonInput, { description: 'The change: see UpdatePersonInput.' }) input: UpdatePersonInput,
  ) {
    return { person: PersonNode.from(await ctx.services.get(PersonService).updatePerson(input)) };
  }

  @Mutation(() => DeletePayload, {
    description:
      'Refused while the person owns services, directs a directorate or is the MI-responsible manager, and while people report to them ' +
      'unless reassignReportsToId is given.',
  })
  async deletePerson(
    @Ctx() ctx: GqlContext,
    @Arg('id', () => ID, { description: "The record's global id." }) id: string,
    @Arg('reassignReportsToId', () => ID, {
      description: 'Who their direct reports report to afterwards; required while they have any.',
      nullable: true,
    })
    reassignReportsToId: string | null,
    @Arg('version', () => Int, OPTIONAL_VERSION_ARG)
    version: number | null,
  ): Promise<DeletePayload> {
    const r = await ctx.services.get(PersonService).deletePerson(id, reassignReportsToId, version);
    return {
      deletedIds: r.deletedIds.map((x) => toGlobalId('Person', x)),
      peopleChanged: r.reassigned,
      message: `Deleted the person${r.reassigned ? `; ${r.reassigned} people now report to someone else` : ''}.`,
    };
  }
}

@Resolver(() => CouncillorRoleNode)
export class CouncillorRoleResolver {
  @FieldResolver(() => PersonNode, { description: 'The councillor who holds it (councillors are public).' })
  person(@Root() r: CouncillorRoleNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Person, r.personId, PersonNode.from);
  }
}
