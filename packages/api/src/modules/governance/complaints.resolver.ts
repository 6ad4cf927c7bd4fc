import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Complaint, ComplaintPanelMember, ComplaintTheme, ComplaintThemeLink, Person, Service } from '@goldenthread/db';
import { ComplaintStage, isComplaintOverdue } from '@goldenthread/domain';
import type { GqlContext } from '../../context.js';
import { badInput } from '../../errors.js';
import { idOf, one } from '../../loaders.js';
import { ConnectionArgs, connectionFromArray, type ConnectionShape } from '../../relay/connection.js';
import { decodeId } from '../../relay/global-id.js';
import { many } from '../cascade/cascade.reads.js';
import { PersonNode, ServiceNode } from '../organisation/organisation.type.js';
import { checkOptionalDate } from '../shared/lookup.js';
import { canSeeComplaint, mayReadAllComplaints } from './complaints.access.js';
import { ComplaintReads } from './complaints.reads.js';
import { CreateComplaintInput, CreateComplaintThemeInput, UpdateComplaintInput, UpdateComplaintThemeInput } from './complaints.input.js';
import { ComplaintService, ComplaintThemeService } from './complaints.service.js';
import { complaintStatistics } from './complaints.statistics.js';
import {
  ComplaintConnection,
  ComplaintNode,
  ComplaintPayload,
  ComplaintStatistics,
  ComplaintThemeNode,
  ComplaintThemePayload,
} from './complaints.type.js';
import { todayIso } from './governance-writes.js';
import { COUNCIL_ID_ARG } from '../../relay/common.args.js';

/** The period arguments: ISO dates, the first not after the last. */
function period(from: string | null, to: string | null): { from: string | null; to: string | null } {
  const f = checkOptionalDate('from', from) ?? null;
  const t = checkOptionalDate('to', to) ?? null;
  if (f && t && f > t) throw badInput('to', `the period ends (${t}) before it starts (${f}).`);
  return { from: f, to: t };
}

@Resolver(() => ComplaintNode)
export class ComplaintResolver {
  @Query(() => ComplaintConnection, {
    description:
      "Individual complaints of a council, newest first: only those the viewer may see (complaints officers, the service's line, " +
      'the panel, administrators). Anonymous callers and partners get none: they see complaintStatistics.',
  })
  async complaints(
    @Ctx() ctx: GqlContext,
    @Arg('councilId', () => ID, COUNCIL_ID_ARG)
    councilId: string,
    @Arg('serviceId', () => ID, { description: "Only this service's records (Service global id); all when left out.", nullable: true })
    serviceId: string | null,
    @Arg('from', () => String, { nullable: true, description: 'Received on or after (ISO date).' }) from: string | null,
    @Arg('to', () => String, { nullable: true, description: 'Received on or before (ISO date).' }) to: string | null,
    @Arg('stage', () => ComplaintStage, { description: 'Only complaints at this stage.', nullable: true }) stage: ComplaintStage | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
  ): Promise<ConnectionShape<ComplaintNode>> {
    const council = decodeId('councilId', councilId, 'Council');
    const when = period(from, to);
    const where: FilterQuery<Complaint> = { council };
    if (serviceId != null) where.service = decodeId('serviceId', serviceId, 'Service');
    if (stage) where.stage = stage;
    if (when.from || when.to) where.receivedOn = { ...(when.from ? { $gte: when.from } : {}), ...(when.to ? { $lte: when.to } : {}) };
    const v = ctx.access.viewer;
    const outsider = v.kind === 'anonymous' || v.kind === 'partner' || (v.kind === 'person' && v.councilId !== council);
    if (outsider) return connectionFromArray([], page);
    const reads = ctx.services.get(ComplaintReads);
    // Complaints officers and administrators see every complaint: paged by the database.
    if (await mayReadAllComplaints(ctx, council)) return reads.page(where, page);
    // Others see some: filtered before paging, so that pages are full and the count is of what they may see.
    const rows = await reads.all(where);
    const visible = await Promise.all(rows.map((c) => canSeeComplaint(ctx, c)));
    return connectionFromArray(
      rows.filter((_, i) => visible[i]),
      page,
    );
  }

  @Query(() => ComplaintStatistics, {
    description: 'Aggregates of the complaints a council received in a period, in total and per service: public, as councils publish them.',
  })
  complaintStatistics(
    @Ctx() ctx: GqlContext,
    @Arg('councilId', () => ID, COUNCIL_ID_ARG)
    councilId: string,
    @Arg('from', () => String, { nullable: true, description: 'Received on or after (ISO date).' }) from: string | null,
    @Arg('to', () => String, { nullable: true, description: 'Received on or before (ISO date).' }) to: string | null,
    @Arg('serviceId', () => ID, { description: "Only this service's records (Service global id); all when left out.", nullable: true })
    serviceId: string | null,
  ): Promise<ComplaintStatistics> {
    const service = serviceId == null ? null : decodeId('serviceId', serviceId, 'Service');
    return complaintStatistics(ctx, decodeId('councilId', councilId, 'Council'), period(from, to), service);
  }

  @Query(() => [ComplaintThemeNode], { description: "The council's controlled list of complaint themes, by name." })
  complaintThemes(
    @Ctx() ctx: GqlContext,
    @Arg('councilId', () => ID, COUNCIL_ID_ARG)
    councilId: string,
    @Arg('includeRetired', () => Boolean, { description: 'True to list retired themes too.', defaultValue: false }) includeRetired: boolean,
  ) {
    return ctx.services.get(ComplaintReads).themes(decodeId('councilId', councilId, 'Council'), includeRetired);
  }

  @FieldResolver(() => ServiceNode, { description: 'The service complained about.' })
  service(@Root() c: ComplaintNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Service, c.serviceId, ServiceNode.from);
  }

  @FieldResolver(() => [ComplaintThemeNode], { description: 'The themes it is classified by.' })
  async themes(@Root() c: ComplaintNode, @Ctx() ctx: GqlContext) {
    const links = await ctx.loaders.childrenOf(ComplaintThemeLink, 'complaint').load(c.dbId);
    return many(
      ctx,
      ComplaintTheme,
      links.map((l) => idOf(l.theme)!),
      ComplaintThemeNode.from,
    );
  }

  @FieldResolver(() => [PersonNode], { description: 'The councillors of the review panel.' })
  async panel(@Root() c: ComplaintNode, @Ctx() ctx: GqlContext) {
    const rows = await ctx.loaders.childrenOf(ComplaintPanelMember, 'complaint').load(c.dbId);
    return many(
      ctx,
      Person,
      rows.map((m) => idOf(m.person)!),
      PersonNode.from,
    );
  }

  @FieldResolver(() => Boolean, { description: 'Not responded to, no outcome, and past its response date today.' })
  overdue(@Root() c: ComplaintNode) {
    return isComplaintOverdue(c, todayIso());
  }

  @Mutation(() => ComplaintPayload, {
    description: "Records a complaint (complaints officers and administrators). No complainant's name or contact details.",
  })
  async createComplaint(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => CreateComplaintInput, { description: 'The new record: see CreateComplaintInput.' }) input: CreateComplaintInput,
  ) {
    return { complaint: ComplaintNode.from(await ctx.services.get(ComplaintService).create(input)) };
  }

  @Mutation(() => ComplaintPayload, { description: 'Changes a complaint; its stage moves forward only.' })
  async updateComplaint(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => UpdateComplaintInput, { description: 'The change: see UpdateComplaintInput.' }) input: UpdateComplaintInput,
  ) {
    return { complaint: ComplaintNode.from(await ctx.services.get(ComplaintService).update(input)) };
  }

  @Mutation(() => ComplaintThemePayload, { description: "Adds a theme to the council's list." })
  async createComplaintTheme(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => CreateComplaintThemeInput, { description: 'The new record: see CreateComplaintThemeInput.' })
    input: CreateComplaintThemeInput,
  ) {
    return { theme: ComplaintThemeNode.from(await ctx.services.get(ComplaintThemeService).create(input)) };
  }

  @Mutation(() => ComplaintThemePayload, { description: 'Renames a theme, or retires it (no longer offered) or brings it back.' })
  async updateComplaintTheme(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => UpdateComplaintThemeInput, { description: 'The change: see UpdateComplaintThemeInput.' })
    input: UpdateComplaintThemeInput,
  ) {
    return { theme: ComplaintThemeNode.from(await ctx.services.get(ComplaintThemeService).update(input)) };
  }
}
