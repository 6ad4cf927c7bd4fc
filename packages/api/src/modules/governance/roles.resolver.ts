import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  Council,
  CouncillorRole,
  CouncillorRoleKind,
  DecisionBody,
  Directorate,
  Person,
  Portfolio,
  PortfolioDirectorate,
  PortfolioPriority,
  PortfolioService,
  Priority,
  Service,
  StaffRole,
} from '@goldenthread/db';
import { isRoleCurrent, portfolioCoverage } from '@goldenthread/domain';
import type { GqlContext } from '../../context.js';
import { idOf, one } from '../../loaders.js';
import { ConnectionArgs, connectionFromArray } from '../../relay/connection.js';
import { decodeId, decodeOptionalId, toGlobalId } from '../../relay/global-id.js';
import { many } from '../cascade/cascade.reads.js';
import { PriorityNode } from '../cascade/cascade.type.js';
import { isoToday } from '../delegation/delegation-snapshot.js';
import { DecisionBodyNode } from '../delegation/delegation.type.js';
import { CouncilNode, CouncillorRoleNode, DirectorateNode, PersonNode, ServiceNode } from '../organisation/organisation.type.js';
import { CouncillorRoleService } from './roles.councillor.service.js';
import { WardEnquiryReads } from './roles.reads.js';
import { WardEnquiryService } from './roles.enquiry.service.js';
import {
  CreateCouncillorRoleInput,
  CreatePortfolioInput,
  CreateStaffRoleInput,
  CreateWardEnquiryInput,
  EndRoleInput,
  RespondToWardEnquiryInput,
  UpdateCouncillorRoleInput,
  UpdatePortfolioInput,
  UpdateWardEnquiryInput,
} from './roles.input.js';
import { CouncillorRolePayload, PortfolioDeletePayload, PortfolioPayload, StaffRolePayload, WardEnquiryPayload } from './roles.payload.js';
import { PortfolioWriteService } from './roles.portfolio.service.js';
import { StaffRoleService } from './roles.staff.service.js';
import { PortfolioCoverageType, PortfolioNode, StaffRoleNode, WardEnquiryConnection, WardEnquiryNode } from './roles.type.js';
import { COUNCIL_ID_ARG, OPTIONAL_VERSION_ARG } from '../../relay/common.args.js';

const roles = (ctx: GqlContext) => ctx.services.get(CouncillorRoleService);
const roleNode = (r: CouncillorRole) => ({ councillorRole: CouncillorRoleNode.from(r) });

@Resolver(() => CouncillorRoleNode)
export class CouncillorRoleGovernanceResolver {
  @FieldResolver(() => PortfolioNode, { nullable: true, description: 'The portfolio of a portfolio holder.' })
  portfolio(@Root() r: CouncillorRoleNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Portfolio, r.portfolioId, PortfolioNode.from);
  }

  @FieldResolver(() => DecisionBodyNode, {
    nullable: true,
    description: 'The committee of a scrutiny chair or member, or of a panel that sits as one.',
  })
  committee(@Root() r: CouncillorRoleNode, @Ctx() ctx: GqlContext) {
    return one(ctx, DecisionBody, r.committeeId, DecisionBodyNode.from);
  }

  @FieldResolver(() => Boolean, { description: 'Held today (started, and not ended).' })
  current(@Root() r: CouncillorRoleNode): boolean {
    return isRoleCurrent(r, isoToday());
  }

  @Mutation(() => CouncillorRolePayload, { description: "Records a councillor's role (administrators and the chief executive)." })
  async createCouncillorRole(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => CreateCouncillorRoleInput, { description: 'The new record: see CreateCouncillorRoleInput.' })
    input: CreateCouncillorRoleInput,
  ) {
    return roleNode(await roles(ctx).create(input));
  }

  @Mutation(() => CouncillorRolePayload, { description: 'Changes what a role names (portfolio, committee, ward) and its dates.' })
  async updateCouncillorRole(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => UpdateCouncillorRoleInput, { description: 'The change: see UpdateCouncillorRoleInput.' })
    input: UpdateCouncillorRoleInput,
  ) {
    return roleNode(await roles(ctx).update(input));
  }

  @Mutation(() => CouncillorRolePayload, { description: 'Ends a role on its last day (it stays on record).' })
  async endCouncillorRole(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => EndRoleInput, { description: 'The change: see EndRoleInput.' }) input: EndRoleInput,
  ) {
    return roleNode(await roles(ctx).end(input));
  }
}

const portfolios = (ctx: GqlContext) => ctx.services.get(PortfolioWriteService);

@Resolver(() => PortfolioNode)
export class PortfolioResolver {
  @FieldResolver(() => CouncilNode, { description: 'The council.' })
  council(@Root() p: PortfolioNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Council, p.councilId, CouncilNode.from);
  }

  @FieldResolver(() => [DirectorateNode], { description: 'The directorates it names (each covers its services).' })
  async directorates(@Root() p: PortfolioNode, @Ctx() ctx: GqlContext) {
    const links = await ctx.loaders.childrenOf(PortfolioDirectorate, 'portfolio').load(p.dbId);
    return many(
      ctx,
      Directorate,
      links.map((l) => idOf(l.directorate)!),
      DirectorateNode.from,
    );
  }

  @FieldResolver(() => [ServiceNode], { description: 'The services it names beyond its directorates.' })
  async services(@Root() p: PortfolioNode, @Ctx() ctx: GqlContext) {
    const links = await ctx.loaders.childrenOf(PortfolioService, 'portfolio').load(p.dbId);
    return many(
      ctx,
      Service,
      links.map((l) => idOf(l.service)!),
      ServiceNode.from,
    );
  }

  @FieldResolver(() => [PriorityNode], { description: 'The priorities it names.' })
  async priorities(@Root() p: PortfolioNode, @Ctx() ctx: GqlContext) {
    const links = await ctx.loaders.childrenOf(PortfolioPriority, 'portfolio').load(p.dbId);
    return many(
      ctx,
      Priority,
      links.map((l) => idOf(l.priority)!),
      PriorityNode.from,
    );
  }

  @FieldResolver(() => PortfolioCoverageType, {
    description: 'Everything it covers: what it names, the services (and teams) of its directorates, and their priorities.',
  })
  async coverage(@Root() p: PortfolioNode, @Ctx() ctx: GqlContext): Promise<PortfolioCoverageType> {
    const [ds, ss, ps, services, priorities] = await Promise.all([
      ctx.loaders.childrenOf(PortfolioDirectorate, 'portfolio').load(p.dbId),
      ctx.loaders.childrenOf(PortfolioService, 'portfolio').load(p.dbId),
      ctx.loaders.childrenOf(PortfolioPriority, 'portfolio').load(p.dbId),
      ctx.loaders.childrenOf(Service, 'council').load(p.councilId),
      ctx.loaders.childrenOf(Priority, 'council').load(p.councilId),
    ]);
    const covered = portfolioCoverage(
      {
        directorateIds: ds.map((l) => idOf(l.directorate)!),
        serviceIds: ss.map((l) => idOf(l.service)!),
        priorityIds: ps.map((l) => idOf(l.priority)!),
      },
      services.map((s) => ({ id: s.id, directorateId: idOf(s.directorate)!, parentId: idOf(s.parent) })),
      priorities.map((x) => ({ id: x.id, directorateId: idOf(x.directorate), serviceId: idOf(x.service) })),
    );
    const byId = <T extends { id: number }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
    const serviceRows = byId(services);
    const priorityRows = byId(priorities);
    return Object.assign(new PortfolioCoverageType(), {
      directorates: await many(ctx, Directorate, covered.directorateIds, DirectorateNode.from),
      services: covered.serviceIds.map((id) => ServiceNode.from(serviceRows.get(id)!)),
      priorities: covered.priorityIds.filter((id) => priorityRows.has(id)).map((id) => PriorityNode.from(priorityRows.get(id)!)),
    });
  }

  @FieldResolver(() => [CouncillorRoleNode], { description: 'Its current portfolio holders.' })
  async holders(@Root() p: PortfolioNode, @Ctx() ctx: GqlContext) {
    const rows = await ctx.loaders
      .childrenOf(CouncillorRole, 'portfolio', { id: 'asc' }, { role: CouncillorRoleKind.PORTFOLIO_HOLDER }, 'holder')
      .load(p.dbId);
    const today = isoToday();
    return rows.filter((r) => isRoleCurrent(r, today)).map(CouncillorRoleNode.from);
  }

  @Mutation(() => PortfolioPayload, { description: 'Records a portfolio and what it covers (administrators and the chief executive).' })
  async createPortfolio(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => CreatePortfolioInput, { description: 'The new record: see CreatePortfolioInput.' }) input: CreatePortfolioInput,
  ) {
    return { portfolio: PortfolioNode.from(await portfolios(ctx).create(input)) };
  }

  @Mutation(() => PortfolioPayload, { description: 'Renames a portfolio or changes what it covers (a list given replaces the old one).' })
  async updatePortfolio(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => UpdatePortfolioInput, { description: 'The change: see UpdatePortfolioInput.' }) input: UpdatePortfolioInput,
  ) {
    return { portfolio: PortfolioNode.from(await portfolios(ctx).update(input)) };
  }

  @Mutation(() => PortfolioDeletePayload, { description: 'Refused (CONFLICT) while any councillor role, current or ended, names it.' })
  async deletePortfolio(
    @Ctx() ctx: GqlContext,
    @Arg('id', () => ID, { description: "The record's global id." }) id: string,
    @Arg('version', () => Int, OPTIONAL_VERSION_ARG)
    version: number | null,
  ) {
    return { deletedId: toGlobalId('Portfolio', await portfolios(ctx).delete(id, version)) };
  }
}

@Resolver(() => StaffRoleNode)
export class StaffRoleResolver {
  @FieldResolver(() => PersonNode, { description: 'The member of staff; null when not visible.', nullable: true })
  person(@Root() s: StaffRoleNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Person, s.personId, PersonNode.from);
  }

  @Mutation(() => StaffRolePayload, { description: 'Designates a member of staff (administrators only).' })
  async createStaffRole(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => CreateStaffRoleInput, { description: 'The new record: see CreateStaffRoleInput.' }) input: CreateStaffRoleInput,
  ) {
    return { staffRole: StaffRoleNode.from(await ctx.services.get(StaffRoleService).create(input)) };
  }

  @Mutation(() => StaffRolePayload, { description: 'Ends a designation on its last day (administrators only).' })
  async endStaffRole(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => EndRoleInput, { description: 'The change: see EndRoleInput.' }) input: EndRoleInput,
  ) {
    return { staffRole: StaffRoleNode.from(await ctx.services.get(StaffRoleService).end(input)) };
  }
}

const enquiries = (ctx: GqlContext) => ctx.services.get(WardEnquiryService);

@Resolver(() => WardEnquiryNode)
export class WardEnquiryResolver {
  @FieldResolver(() => PersonNode, { nullable: true, description: 'The ward councillor who raised it.' })
  councillor(@Root() e: WardEnquiryNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Person, e.councillorId, PersonNode.from);
  }

  @FieldResolver(() => ServiceNode, { description: 'The service asked; null when not visible.', nullable: true })
  service(@Root() e: WardEnquiryNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Service, e.serviceId, ServiceNode.from);
  }

  @Query(() => WardEnquiryConnection, {
    description: "A council's ward casework, by ward and service, newest first. Only the council's own people see it.",
  })
  async wardEnquiries(
    @Ctx() ctx: GqlContext,
    @Arg('councilId', () => ID, COUNCIL_ID_ARG)
    councilId: string,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('ward', () => String, { description: 'Only enquiries about this ward (its name).', nullable: true }) ward: string | null,
    @Arg('serviceId', () => ID, { description: "Only this service's records (Service global id); all when left out.", nullable: true })
    serviceId: string | null,
    @Arg('overdue', () => Boolean, { nullable: true, description: 'Only those overdue today (true) or not (false).' }) overdue:
      | boolean
      | null,
  ) {
    const council = decodeId('councilId', councilId, 'Council');
    const service = decodeOptionalId('serviceId', serviceId, 'Service');
    if (!ctx.access.canReadUnpublished(council)) return connectionFromArray([], page);
    const kept = await ctx.services.get(WardEnquiryReads).find(council, { ward, service, overdue });
    return connectionFromArray(kept.map(WardEnquiryNode.from), page);
  }

  @Mutation(() => WardEnquiryPayload, {
    description: 'Records an enquiry: a ward councillor of the ward (as themselves), or an administrator.',
  })
  async createWardEnquiry(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => CreateWardEnquiryInput, { description: 'The new record: see CreateWardEnquiryInput.' })
    input: CreateWardEnquiryInput,
  ) {
    return { wardEnquiry: WardEnquiryNode.from(await enquiries(ctx).create(input)) };
  }

  @Mutation(() => WardEnquiryPayload, {
    description: 'Corrects what was raised or when it is due: the councillor who raised it, or an administrator.',
  })
  async updateWardEnquiry(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => UpdateWardEnquiryInput, { description: 'The change: see UpdateWardEnquiryInput.' }) input: UpdateWardEnquiryInput,
  ) {
    return { wardEnquiry: WardEnquiryNode.from(await enquiries(ctx).update(input)) };
  }

  @Mutation(() => WardEnquiryPayload, { description: "Records the service's answer: its accountable owner line, or an administrator." })
  async respondToWardEnquiry(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => RespondToWardEnquiryInput, { description: 'The change: see RespondToWardEnquiryInput.' })
    input: RespondToWardEnquiryInput,
  ) {
    return { wardEnquiry: WardEnquiryNode.from(await enquiries(ctx).respond(input)) };
  }
}

@Resolver(() => CouncilNode)
export class CouncilRolesResolver {
  @FieldResolver(() => [PortfolioNode], { description: "The council's portfolios, by name." })
  async portfolios(@Root() c: CouncilNode, @Ctx() ctx: GqlContext) {
    const rows = await ctx.loaders.childrenOf(Portfolio, 'council', { name: 'asc' }).load(c.dbId);
    return rows.map(PortfolioNode.from);
  }

  @FieldResolver(() => [StaffRoleNode], { description: "Staff designations (current unless includeEnded): the council's own people only." })
  async staffRoles(
    @Root() c: CouncilNode,
    @Ctx() ctx: GqlContext,
    @Arg('includeEnded', () => Boolean, { description: 'True to list roles that have ended too.', defaultValue: false })
    includeEnded: boolean,
  ) {
    const rows = await ctx.loaders.childrenOf(StaffRole, 'council', { kind: 'asc', id: 'asc' }).load(c.dbId);
    const today = isoToday();
    return rows.filter((r) => includeEnded || isRoleCurrent(r, today)).map(StaffRoleNode.from);
  }
}
