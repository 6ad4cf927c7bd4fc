import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  DecisionBody,
  Indicator,
  PartnerBody,
  Priority,
  ScrutinyMeeting,
  ScrutinyMeetingItem,
  ScrutinyRecommendation,
  ScrutinyTopic,
  Service,
} from '@goldenthread/db';
import type { GqlContext } from '../../context.js';
import { one } from '../../loaders.js';
import { decodeId, decodeOptionalId, toGlobalId } from '../../relay/global-id.js';
import { PriorityNode } from '../cascade/cascade.type.js';
import { DecisionBodyNode } from '../delegation/delegation.type.js';
import { IndicatorNode } from '../indicators/indicators.type.js';
import { ServiceNode } from '../organisation/organisation.type.js';
import {
  AddScrutinyMeetingItemInput,
  CreateScrutinyMeetingInput,
  CreateScrutinyTopicInput,
  MakeScrutinyRecommendationInput,
  RespondToScrutinyRecommendationInput,
  UpdateScrutinyMeetingInput,
  UpdateScrutinyRecommendationInput,
  UpdateScrutinyTopicInput,
} from './scrutiny.input.js';
import {
  ScrutinyMeetingItemPayload,
  ScrutinyMeetingPayload,
  ScrutinyRecommendationPayload,
  ScrutinyRemovePayload,
  ScrutinyTopicPayload,
} from './scrutiny.payload.js';
import { ScrutinyProgrammeService } from './scrutiny.programme.service.js';
import { ScrutinyRecommendationService } from './scrutiny.recommendation.service.js';
import { ScrutinyProgrammeReads } from './scrutiny.reads.js';
import {
  PartnerBodyNode,
  ScrutinyMeetingItemNode,
  ScrutinyMeetingNode,
  ScrutinyRecommendationNode,
  ScrutinyTopicNode,
  ScrutinyWorkProgramme,
} from './scrutiny.type.js';
import { COUNCIL_ID_ARG, OPTIONAL_VERSION_ARG } from '../../relay/common.args.js';

const programme = (ctx: GqlContext) => ctx.services.get(ScrutinyProgrammeService);
const recommendations = (ctx: GqlContext) => ctx.services.get(ScrutinyRecommendationService);

@Resolver(() => ScrutinyWorkProgramme)
export class ScrutinyWorkProgrammeResolver {
  @Query(() => ScrutinyWorkProgramme, {
    description:
      "A council's scrutiny work programme, per committee: its scrutiny committees (those with a chair or members) and any " +
      'committee with topics, meetings or recommendations; or the one committee asked for. Public: councils publish them.',
  })
  async scrutinyWorkProgramme(
    @Ctx() ctx: GqlContext,
    @Arg('councilId', () => ID, COUNCIL_ID_ARG)
    councilId: string,
    @Arg('committeeId', () => ID, { description: "Only this committee's programme (DecisionBody global id).", nullable: true }) committeeId:
      | string
      | null,
  ): Promise<ScrutinyWorkProgramme> {
    const council = decodeId('councilId', councilId, 'Council');
    const only = decodeOptionalId('committeeId', committeeId, 'DecisionBody');
    return ctx.services.get(ScrutinyProgrammeReads).workProgramme(council, only, committeeId);
  }
}

@Resolver(() => ScrutinyTopicNode)
export class ScrutinyTopicResolver {
  @FieldResolver(() => DecisionBodyNode, { description: 'The committee; null when not visible.', nullable: true })
  committee(@Root() t: ScrutinyTopicNode, @Ctx() ctx: GqlContext) {
    return one(ctx, DecisionBody, t.committeeId, DecisionBodyNode.from);
  }

  @FieldResolver(() => PriorityNode, { description: 'The priority it examines; null when none.', nullable: true })
  priority(@Root() t: ScrutinyTopicNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Priority, t.priorityId, PriorityNode.from);
  }

  @FieldResolver(() => ServiceNode, { description: 'The service it examines; null when none.', nullable: true })
  service(@Root() t: ScrutinyTopicNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Service, t.serviceId, ServiceNode.from);
  }

  @FieldResolver(() => IndicatorNode, { description: 'The indicator it examines; null when none.', nullable: true })
  indicator(@Root() t: ScrutinyTopicNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Indicator, t.indicatorId, IndicatorNode.from);
  }

  @FieldResolver(() => PartnerBodyNode, { description: 'The partner body it examines; null when none.', nullable: true })
  partnerBody(@Root() t: ScrutinyTopicNode, @Ctx() ctx: GqlContext) {
    return one(ctx, PartnerBody, t.partnerBodyId, PartnerBodyNode.from);
  }

  @FieldResolver(() => [ScrutinyMeetingItemNode], { description: 'The meeting items that took it.' })
  async items(@Root() t: ScrutinyTopicNode, @Ctx() ctx: GqlContext) {
    return (await ctx.loaders.childrenOf(ScrutinyMeetingItem, 'topic').load(t.dbId)).map(ScrutinyMeetingItemNode.from);
  }

  @FieldResolver(() => [ScrutinyRecommendationNode], { description: 'The recommendations made on it.' })
  async recommendations(@Root() t: ScrutinyTopicNode, @Ctx() ctx: GqlContext) {
    return (await ctx.loaders.childrenOf(ScrutinyRecommendation, 'topic', { madeOn: 'desc', id: 'desc' }).load(t.dbId)).map(
      ScrutinyRecommendationNode.from,
    );
  }

  @Mutation(() => ScrutinyTopicPayload, {
    description: "Adds a topic to a committee's work programme (its chair and members, scrutiny officers).",
  })
  async createScrutinyTopic(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => CreateScrutinyTopicInput, { description: 'The new record: see CreateScrutinyTopicInput.' })
    input: CreateScrutinyTopicInput,
  ) {
    return { topic: ScrutinyTopicNode.from(await programme(ctx).createTopic(input)) };
  }

  @Mutation(() => ScrutinyTopicPayload, {
    description: 'Changes a topic or moves its status (PLANNED -> IN_PROGRESS -> COMPLETE, or DROPPED).',
  })
  async updateScrutinyTopic(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => UpdateScrutinyTopicInput, { description: 'The change: see UpdateScrutinyTopicInput.' })
    input: UpdateScrutinyTopicInput,
  ) {
    return { topic: ScrutinyTopicNode.from(await programme(ctx).updateTopic(input)) };
  }
}

@Resolver(() => ScrutinyMeetingNode)
export class ScrutinyMeetingResolver {
  @FieldResolver(() => DecisionBodyNode, { description: 'The committee that met; null when not visible.', nullable: true })
  committee(@Root() m: ScrutinyMeetingNode, @Ctx() ctx: GqlContext) {
    return one(ctx, DecisionBody, m.committeeId, DecisionBodyNode.from);
  }

  @FieldResolver(() => [ScrutinyMeetingItemNode], { description: 'The items taken, in the order recorded.' })
  async items(@Root() m: ScrutinyMeetingNode, @Ctx() ctx: GqlContext) {
    return (await ctx.loaders.childrenOf(ScrutinyMeetingItem, 'meeting').load(m.dbId)).map(ScrutinyMeetingItemNode.from);
  }

  @Mutation(() => ScrutinyMeetingPayload, {
    description: 'Records a meeting of a committee with the items it took; a PLANNED topic taken becomes IN_PROGRESS.',
  })
  async createScrutinyMeeting(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => CreateScrutinyMeetingInput, { description: 'The new record: see CreateScrutinyMeetingInput.' })
    input: CreateScrutinyMeetingInput,
  ) {
    return { meeting: ScrutinyMeetingNode.from(await programme(ctx).createMeeting(input)) };
  }

  @Mutation(() => ScrutinyMeetingPayload, { description: 'Moves a meeting to another date.' })
  async updateScrutinyMeeting(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => UpdateScrutinyMeetingInput, { description: 'The change: see UpdateScrutinyMeetingInput.' })
    input: UpdateScrutinyMeetingInput,
  ) {
    return { meeting: ScrutinyMeetingNode.from(await programme(ctx).updateMeeting(input)) };
  }
}

@Resolver(() => ScrutinyMeetingItemNode)
export class ScrutinyMeetingItemResolver {
  @FieldResolver(() => ScrutinyMeetingNode, { description: 'The meeting; null when not visible.', nullable: true })
  meeting(@Root() i: ScrutinyMeetingItemNode, @Ctx() ctx: GqlContext) {
    return one(ctx, ScrutinyMeeting, i.meetingId, ScrutinyMeetingNode.from);
  }

  @FieldResolver(() => ScrutinyTopicNode, {
    description: 'The topic of the work programme it took; null for an item of its own.',
    nullable: true,
  })
  topic(@Root() i: ScrutinyMeetingItemNode, @Ctx() ctx: GqlContext) {
    return one(ctx, ScrutinyTopic, i.topicId, ScrutinyTopicNode.from);
  }

  @Mutation(() => ScrutinyMeetingItemPayload, {
    description: 'Adds an item to a meeting: a topic of the committee, or an item of its own.',
  })
  async addScrutinyMeetingItem(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => AddScrutinyMeetingItemInput, { description: 'The new record: see AddScrutinyMeetingItemInput.' })
    input: AddScrutinyMeetingItemInput,
  ) {
    return { item: ScrutinyMeetingItemNode.from(await programme(ctx).addItem(input)) };
  }

  @Mutation(() => ScrutinyRemovePayload, { description: "Removes an item from a scrutiny meeting's agenda." })
  async removeScrutinyMeetingItem(
    @Ctx() ctx: GqlContext,
    @Arg('id', () => ID, { description: "The record's global id." }) id: string,
    @Arg('version', () => Int, OPTIONAL_VERSION_ARG)
    version: number | null,
  ) {
    return { removedId: toGlobalId('ScrutinyMeetingItem', await programme(ctx).removeItem(id, version)) };
  }
}

@Resolver(() => ScrutinyRecommendationNode)
export class ScrutinyRecommendationResolver {
  @FieldResolver(() => DecisionBodyNode, { description: 'The committee that made it; null when not visible.', nullable: true })
  committee(@Root() r: ScrutinyRecommendationNode, @Ctx() ctx: GqlContext) {
    return one(ctx, DecisionBody, r.committeeId, DecisionBodyNode.from);
  }

  @FieldResolver(() => ScrutinyTopicNode, { description: 'The topic it came from; null when none.', nullable: true })
  topic(@Root() r: ScrutinyRecommendationNode, @Ctx() ctx: GqlContext) {
    return one(ctx, ScrutinyTopic, r.topicId, ScrutinyTopicNode.from);
  }

  @FieldResolver(() => ScrutinyMeetingNode, { description: 'The meeting it was made at; null when none.', nullable: true })
  meeting(@Root() r: ScrutinyRecommendationNode, @Ctx() ctx: GqlContext) {
    return one(ctx, ScrutinyMeeting, r.meetingId, ScrutinyMeetingNode.from);
  }

  @Mutation(() => ScrutinyRecommendationPayload, {
    description: 'Records a recommendation of a committee to the executive (its chair and members, scrutiny officers).',
  })
  async makeScrutinyRecommendation(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => MakeScrutinyRecommendationInput, { description: 'The change: see MakeScrutinyRecommendationInput.' })
    input: MakeScrutinyRecommendationInput,
  ) {
    return { recommendation: ScrutinyRecommendationNode.from(await recommendations(ctx).make(input)) };
  }

  @Mutation(() => ScrutinyRecommendationPayload, { description: "Corrects a recommendation's text or response date." })
  async updateScrutinyRecommendation(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => UpdateScrutinyRecommendationInput, { description: 'The change: see UpdateScrutinyRecommendationInput.' })
    input: UpdateScrutinyRecommendationInput,
  ) {
    return { recommendation: ScrutinyRecommendationNode.from(await recommendations(ctx).update(input)) };
  }

  @Mutation(() => ScrutinyRecommendationPayload, {
    description:
      "The executive's response (the leader, cabinet members, portfolio holders, the chief executive): once; " +
      'a correction needs the version.',
  })
  async respondToScrutinyRecommendation(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => RespondToScrutinyRecommendationInput, { description: 'The change: see RespondToScrutinyRecommendationInput.' })
    input: RespondToScrutinyRecommendationInput,
  ) {
    return { recommendation: ScrutinyRecommendationNode.from(await recommendations(ctx).respond(input)) };
  }
}
