import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Extensions } from 'type-graphql';
import { Council, CouncillorRole, CouncillorRoleKind, Directorate, Person, PersonKind, Service } from '@goldenthread/db';
import type { GqlContext } from '../../context.js';
import { one } from '../../loaders.js';
import { assertValid, badInput, notFound } from '../../errors.js';
import { isRoleCurrent, validateGssCode } from '@goldenthread/domain';
import { ConnectionArgs, connectionFromArray, type ConnectionShape } from '../../relay/connection.js';
import { decodeId, toGlobalId } from '../../relay/global-id.js';
import {
  CouncilFilter,
  CreateDirectorateInput,
  CreateServiceInput,
  UpdateDirectorateInput,
  UpdateServiceInput,
} from './organisation.input.js';
import { DeletePayload, DirectoratePayload, ServicePayload } from './organisation.payload.js';
import { OrganisationService } from './organisation.service.js';
import { visiblePeople } from '../../access/visibility.js';
import {
  CouncilConnection,
  CouncilNode,
  CouncillorRoleNode,
  DirectorateConnection,
  DirectorateNode,
  OrganisationTree,
  PersonConnection,
  PersonNode,
  ServiceConnection,
  ServiceNode,
} from './organisation.type.js';
import { CouncilReads, councilPeople } from './organisation.reads.js';
import { COUNCIL_ID_ARG, OPTIONAL_VERSION_ARG } from '../../relay/common.args.js';

@Resolver(() => CouncilNode)
export class CouncilResolver {
  @Query(() => CouncilConnection, { description: 'English councils, current ones unless filter.includeFormer; ordered by name.' })
  async councils(
    @Ctx() ctx: GqlContext,
    @Arg('filter', () => CouncilFilter, { description: 'Which councils to list; all when left out.', nullable: true })
    filter: CouncilFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
  ): Promise<ConnectionShape<CouncilNode>> {
    return ctx.services.get(CouncilReads).page(filter, page);
  }

  @Query(() => CouncilNode, { nullable: true, description: 'A council by global id or by GSS code (give exactly one).' })
  async council(
    @Ctx() ctx: GqlContext,
    @Arg('id', () => ID, { description: "The council's global id (give id or gssCode).", nullable: true }) id: string | null,
    @Arg('gssCode', () => String, { description: "The council's GSS code, e.g. 'E08000009' (give id or gssCode).", nullable: true })
    gssCode: string | null,
  ): Promise<CouncilNode | null> {
    if ((id == null) === (gssCode == null)) throw badInput('id', 'give either id or gssCode, not both or neither.');
    if (gssCode != null) assertValid(validateGssCode('gssCode', gssCode));
    return ctx.services.get(CouncilReads).find(id != null ? { id: decodeId('id', id, 'Council') } : { gssCode: gssCode! });
  }

  @Extensions({ flatCost: 100 }) // built whole from a fixed number of flat queries
  @Query(() => OrganisationTree, { description: 'The whole organisation of a council (directorates, services, teams) as a flat tree.' })
  async organisationTree(
    @Ctx() ctx: GqlContext,
    @Arg('councilId', () => ID, COUNCIL_ID_ARG)
    councilId: string,
  ): Promise<OrganisationTree> {
    const id = decodeId('councilId', councilId, 'Council');
    const tree = await ctx.services.get(CouncilReads).tree(id);
    if (!tree) throw notFound('Council', councilId);
    return tree;
  }

  @FieldResolver(() => DirectorateConnection, { description: "The council's directorates, by name (public)." })
  async directorates(@Root() council: CouncilNode, @Ctx() ctx: GqlContext, @Args(() => ConnectionArgs) page: ConnectionArgs) {
    const rows = await ctx.loaders.childrenOf(Directorate, 'council', { name: 'asc' }).load(council.dbId);
    return connectionFromArray(rows.map(DirectorateNode.from), page);
  }

  @FieldResolver(() => PersonConnection, { description: 'People of the council, optionally of one kind.' })
  async people(
    @Root() council: CouncilNode,
    @Ctx() ctx: GqlContext,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('kind', () => PersonKind, { description: 'Only people of this kind.', nullable: true }) kind: PersonKind | null,
  ) {
    return councilPeople(ctx, council.dbId, kind, page);
  }

  @FieldResolver(() => [CouncillorRoleNode], { description: 'Councillor roles in the council: all, or of a kind, held today or not.' })
  async councillorRoles(
    @Root() council: CouncilNode,
    @Ctx() ctx: GqlContext,
    @Arg('kind', () => CouncillorRoleKind, { description: 'Only roles of this kind.', nullable: true }) kind: CouncillorRoleKind | null,
    @Arg('current', () => Boolean, {
      description: 'True for roles held today only, false for ended ones only; all when left out.',
      nullable: true,
    })
    current: boolean | null,
  ) {
    const rows = await ctx.loaders.childrenOf(CouncillorRole, 'council', { role: 'asc', id: 'asc' }).load(council.dbId);
    const today = new Date().toISOString().slice(0, 10);
    const wanted = (r: CouncillorRole) => (kind == null || r.role === kind) && (current == null || isRoleCurrent(r, today) === current);
    return rows.filter(wanted).map(CouncillorRoleNode.from);
  }

  @FieldResolver(() => PersonNode, {
    nullable: true,
    description: 'The senior manager ultimately responsible for accurate and timely management information.',
  })
  miResponsible(@Root() council: CouncilNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Person, council.miResponsibleId, PersonNode.from);
  }
}

@Resolver(() => DirectorateNode)
export class DirectorateResolver {
  @Query(() => DirectorateNode, { description: 'A directorate by its global id; null when unknown.', nullable: true })
  async directorate(@Ctx() ctx: GqlContext, @Arg('id', () => ID, { description: "The record's global id." }) id: string) {
    return one(ctx, Directorate, decodeId('id', id, 'Directorate'), DirectorateNode.from);
  }

  @FieldResolver(() => CouncilNode, { description: 'The council.' })
  async council(@Root() d: DirectorateNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Council, d.councilId, CouncilNode.from);
  }

  @FieldResolver(() => PersonNode, {
    description: 'The person who directs it; null when not recorded (directors are public).',
    nullable: true,
  })
  director(@Root() d: DirectorateNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Person, d.directorId, PersonNode.from);
  }

  @FieldResolver(() => ServiceConnection, { description: 'Top-level services of the directorate (their teams hang under `children`).' })
  async services(@Root() d: DirectorateNode, @Ctx() ctx: GqlContext, @Args(() => ConnectionArgs) page: ConnectionArgs) {
    const rows = await ctx.loaders.childrenOf(Service, 'directorate', { name: 'asc' }, { parent: null }, 'top').load(d.dbId);
    return connectionFromArray(rows.map(ServiceNode.from), page);
  }

  @FieldResolver(() => PersonConnection, { description: 'Everybody working in the directorate.' })
  async people(@Root() d: DirectorateNode, @Ctx() ctx: GqlContext, @Args(() => ConnectionArgs) page: ConnectionArgs) {
    const rows = await ctx.loaders.childrenOf(Person, 'directorate', { name: 'asc' }).load(d.dbId);
    return connectionFromArray(await visiblePeople(ctx, rows.map(PersonNode.from)), page);
  }

  @Mutation(() => DirectoratePayload, { description: "Adds a directorate to a council's organisation." })
  async createDirectorate(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => CreateDirectorateInput, { description: 'The new record: see CreateDirectorateInput.' })
    input: CreateDirectorateInput,
  ) {
    return { directorate: DirectorateNode.from(await ctx.services.get(OrganisationService).createDirectorate(input)) };
  }

  @Mutation(() => DirectoratePayload, { description: 'Changes a directorate (fields left out are unchanged).' })
  async updateDirectorate(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => UpdateDirectorateInput, { description: 'The change: see UpdateDirectorateInput.' }) input: UpdateDirectorateInput,
  ) {
    return { directorate: DirectorateNode.from(await ctx.services.get(OrganisationService).updateDirectorate(input)) };
  }

  @Mutation(() => DeletePayload, { description: 'Refused while the directorate has services or people, unless cascade: true.' })
  async deleteDirectorate(
    @Ctx() ctx: GqlContext,
    @Arg('id', () => ID, { description: "The record's global id." }) id: string,
    @Arg('cascade', () => Boolean, {
      description: 'True to delete its services and people too; false refuses while it has any.',
      defaultValue: false,
    })
    cascade: boolean,
    @Arg('version', () => Int, OPTIONAL_VERSION_ARG)
    version: number | null,
  ): Promise<DeletePayload> {
    const r = await ctx.services.get(OrganisationService).deleteDirectorate(id, cascade, version);
    return {
      deletedIds: [...r.deletedIds.map((x) => toGlobalId('Directorate', x)), ...r.deletedServiceIds.map((x) => toGlobalId('Service', x))],
      peopleChanged: r.detachedPeople,
      message: `Deleted the directorate${r.deletedServiceIds.length ? ` and ${r.deletedServiceIds.length} services` : ''}${
        r.detachedPeople ? `; ${r.detachedPeople} people no longer have a directorate` : ''
      }.`,
    };
  }
}

@Resolver(() => ServiceNode)
export class ServiceResolver {
  @Query(() => ServiceNode, { description: 'A service by its global id; null when unknown.', nullable: true })
  async service(@Ctx() ctx: GqlContext, @Arg('id', () => ID, { description: "The record's global id." }) id: string) {
    return one(ctx, Service, decodeId('id', id, 'Service'), ServiceNode.from);
  }

  @FieldResolver(() => CouncilNode, { description: 'The council.' })
  council(@Root() s: ServiceNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Council, s.councilId, CouncilNode.from);
  }

  @FieldResolver(() => DirectorateNode, { description: 'The directorate it belongs to.' })
  directorate(@Root() s: ServiceNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Directorate, s.directorateId, DirectorateNode.from);
  }

  @FieldResolver(() => ServiceNode, { nullable: true, description: 'The service this team sits in.' })
  parent(@Root() s: ServiceNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Service, s.parentId, ServiceNode.from);
  }

  @FieldResolver(() => ServiceConnection, { description: 'Teams (or sub-services) directly inside this service.' })
  async children(@Root() s: ServiceNode, @Ctx() ctx: GqlContext, @Args(() => ConnectionArgs) page: ConnectionArgs) {
    const rows = await ctx.loaders.childrenOf(Service, 'parent', { name: 'asc' }).load(s.dbId);
    return connectionFromArray(rows.map(ServiceNode.from), page);
  }

  @FieldResolver(() => PersonNode, { nullable: true, description: "The one person who answers for this service's performance." })
  accountableOwner(@Root() s: ServiceNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Person, s.accountableOwnerId, PersonNode.from);
  }

  @FieldResolver(() => PersonConnection, { description: 'People working directly in this service.' })
  async people(@Root() s: ServiceNode, @Ctx() ctx: GqlContext, @Args(() => ConnectionArgs) page: ConnectionArgs) {
    const rows = await ctx.loaders.childrenOf(Person, 'service', { name: 'asc' }).load(s.dbId);
    return connectionFromArray(await visiblePeople(ctx, rows.map(PersonNode.from)), page);
  }

  @Mutation(() => ServicePayload, { description: 'Adds a service to a directorate.' })
  async createService(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => CreateServiceInput, { description: 'The new record: see CreateServiceInput.' }) input: CreateServiceInput,
  ) {
    return { service: ServiceNode.from(await ctx.services.get(OrganisationService).createService(input)) };
  }

  @Mutation(() => ServicePayload, {
    description: 'Rename, re-own or move a service; moving it under itself or one of its teams is refused.',
  })
  async updateService(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => UpdateServiceInput, { description: 'The change: see UpdateServiceInput.' }) input: UpdateServiceInput,
  ) {
    return { service: ServiceNode.from(await ctx.services.get(OrganisationService).updateService(input)) };
  }

  @Mutation(() => DeletePayload, { description: 'Refused while the service has teams or people, unless cascade: true.' })
  async deleteService(
    @Ctx() ctx: GqlContext,
    @Arg('id', () => ID, { description: "The record's global id." }) id: string,
    @Arg('cascade', () => Boolean, {
      description: 'True to delete its teams and people too; false refuses while it has any.',
      defaultValue: false,
    })
    cascade: boolean,
    @Arg('version', () => Int, OPTIONAL_VERSION_ARG)
    version: number | null,
  ): Promise<DeletePayload> {
    const r = await ctx.services.get(OrganisationService).deleteService(id, cascade, version);
    return {
      deletedIds: r.deletedIds.map((x) => toGlobalId('Service', x)),
      peopleChanged: r.detachedPeople,
      message: `Deleted ${r.deletedIds.length === 1 ? 'the service' : `the service and ${r.deletedIds.length - 1} teams`}${
        r.detachedPeople ? `; ${r.detachedPeople} people no longer have a service` : ''
      }.`,
    };
  }
}
