import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Council, HealthInterface, Indicator, PartnerBody, ScrutinyTopic, Service } from '@goldenthread/db';
import type { GqlContext } from '../../context.js';
import { one } from '../../loaders.js';
import { decodeId, toGlobalId } from '../../relay/global-id.js';
import { IndicatorNode } from '../indicators/indicators.type.js';
import { CouncilNode, ServiceNode } from '../organisation/organisation.type.js';
import { HealthScrutinyService } from './scrutiny.health.service.js';
import { CreatePartnerBodyInput, MarkHealthInterfaceInput, UpdatePartnerBodyInput } from './scrutiny.input.js';
import { HealthInterfacePayload, PartnerBodyPayload, ScrutinyRemovePayload } from './scrutiny.payload.js';
import { HealthInterfaceNode, PartnerBodyNode, ScrutinyTopicNode } from './scrutiny.type.js';
import { OPTIONAL_VERSION_ARG } from '../../relay/common.args.js';

const health = (ctx: GqlContext) => ctx.services.get(HealthScrutinyService);

@Resolver(() => PartnerBodyNode)
export class PartnerBodyResolver {
  @FieldResolver(() => CouncilNode, { description: 'The council that works with it.' })
  council(@Root() p: PartnerBodyNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Council, p.councilId, CouncilNode.from);
  }

  @FieldResolver(() => [HealthInterfaceNode], { description: 'The services and indicators at the interface with it.' })
  async healthInterfaces(@Root() p: PartnerBodyNode, @Ctx() ctx: GqlContext) {
    return (await ctx.loaders.childrenOf(HealthInterface, 'partnerBody').load(p.dbId)).map(HealthInterfaceNode.from);
  }

  @FieldResolver(() => [ScrutinyTopicNode], { description: 'Scrutiny topics examining its services.' })
  async scrutinyTopics(@Root() p: PartnerBodyNode, @Ctx() ctx: GqlContext) {
    return (await ctx.loaders.childrenOf(ScrutinyTopic, 'partnerBody').load(p.dbId)).map(ScrutinyTopicNode.from);
  }

  @Mutation(() => PartnerBodyPayload, {
    description: 'Records an organisation the council works with (scrutiny officers, the chief executive, administrators).',
  })
  async createPartnerBody(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => CreatePartnerBodyInput, { description: 'The new record: see CreatePartnerBodyInput.' })
    input: CreatePartnerBodyInput,
  ) {
    return { partnerBody: PartnerBodyNode.from(await health(ctx).createPartnerBody(input)) };
  }

  @Mutation(() => PartnerBodyPayload, { description: 'Changes a partner body of the council (fields left out are unchanged).' })
  async updatePartnerBody(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => UpdatePartnerBodyInput, { description: 'The change: see UpdatePartnerBodyInput.' }) input: UpdatePartnerBodyInput,
  ) {
    return { partnerBody: PartnerBodyNode.from(await health(ctx).updatePartnerBody(input)) };
  }

  @Mutation(() => ScrutinyRemovePayload, { description: 'Refused (CONFLICT) while a scrutiny topic or a health-interface mark names it.' })
  async deletePartnerBody(
    @Ctx() ctx: GqlContext,
    @Arg('id', () => ID, { description: "The record's global id." }) id: string,
    @Arg('version', () => Int, OPTIONAL_VERSION_ARG)
    version: number | null,
  ) {
    return { removedId: toGlobalId('PartnerBody', await health(ctx).deletePartnerBody(id, version)) };
  }
}

@Resolver(() => HealthInterfaceNode)
export class HealthInterfaceResolver {
  @FieldResolver(() => ServiceNode, { description: 'The service marked; null when an indicator is marked.', nullable: true })
  service(@Root() h: HealthInterfaceNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Service, h.serviceId, ServiceNode.from);
  }

  @FieldResolver(() => IndicatorNode, { description: 'The indicator marked; null when a service is marked.', nullable: true })
  indicator(@Root() h: HealthInterfaceNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Indicator, h.indicatorId, IndicatorNode.from);
  }

  @FieldResolver(() => PartnerBodyNode, { description: 'The health body at the interface; null when not known.', nullable: true })
  partnerBody(@Root() h: HealthInterfaceNode, @Ctx() ctx: GqlContext) {
    return one(ctx, PartnerBody, h.partnerBodyId, PartnerBodyNode.from);
  }

  @Mutation(() => HealthInterfacePayload, { description: 'Marks a service or an indicator as at the interface with health.' })
  async markHealthInterface(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => MarkHealthInterfaceInput, { description: 'The change: see MarkHealthInterfaceInput.' })
    input: MarkHealthInterfaceInput,
  ) {
    return { healthInterface: HealthInterfaceNode.from(await health(ctx).mark(input)) };
  }

  @Mutation(() => ScrutinyRemovePayload, { description: 'Removes the health-interface mark from an indicator in a council.' })
  async unmarkHealthInterface(
    @Ctx() ctx: GqlContext,
    @Arg('id', () => ID, { description: "The record's global id." }) id: string,
    @Arg('version', () => Int, OPTIONAL_VERSION_ARG)
    version: number | null,
  ) {
    return { removedId: toGlobalId('HealthInterface', await health(ctx).unmark(id, version)) };
  }
}

@Resolver(() => CouncilNode)
export class CouncilHealthResolver {
  @FieldResolver(() => [PartnerBodyNode], { description: 'Organisations the council works with (NHS bodies, providers), by name.' })
  async partnerBodies(@Root() c: CouncilNode, @Ctx() ctx: GqlContext) {
    return (await ctx.loaders.childrenOf(PartnerBody, 'council', { name: 'asc' }).load(c.dbId)).map(PartnerBodyNode.from);
  }

  @FieldResolver(() => [HealthInterfaceNode], { description: 'Services and indicators marked as at the health interface.' })
  async healthInterfaces(@Root() c: CouncilNode, @Ctx() ctx: GqlContext) {
    return (await ctx.loaders.childrenOf(HealthInterface, 'council').load(c.dbId)).map(HealthInterfaceNode.from);
  }
}

@Resolver(() => ServiceNode)
export class ServiceHealthResolver {
  @FieldResolver(() => HealthInterfaceNode, { nullable: true, description: 'Its mark as at the interface with health, if it has one.' })
  async healthInterface(@Root() s: ServiceNode, @Ctx() ctx: GqlContext) {
    const [mark] = await ctx.loaders.childrenOf(HealthInterface, 'service').load(s.dbId);
    return mark ? HealthInterfaceNode.from(mark) : null;
  }
}

@Resolver(() => IndicatorNode)
export class IndicatorHealthResolver {
  @FieldResolver(() => HealthInterfaceNode, {
    nullable: true,
    description: "The council's mark of it as at the interface with health, if any.",
  })
  async healthInterface(
    @Root() i: IndicatorNode,
    @Ctx() ctx: GqlContext,
    @Arg('councilId', () => ID, { description: "The council's global id (Council:...)." }) councilId: string,
  ) {
    const council = decodeId('councilId', councilId, 'Council');
    const marks = await ctx.loaders.childrenOf(HealthInterface, 'indicator', { id: 'asc' }, { council }, `council:${council}`).load(i.dbId);
    return marks[0] ? HealthInterfaceNode.from(marks[0]) : null;
  }
}
