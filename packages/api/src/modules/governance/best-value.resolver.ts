import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  BestValueFinding,
  BestValueOption,
  BestValuePanelMember,
  BestValueRecommendation,
  BestValueReview,
  Directorate,
  Person,
  Service,
} from '@goldenthread/db';
import { BestValueFindingKind, BestValueStatus, isReviewStalled, missingFourCs } from '@goldenthread/domain';
import type { GqlContext } from '../../context.js';
import { idOf, one } from '../../loaders.js';
import { ConnectionArgs, type ConnectionShape } from '../../relay/connection.js';
import { decodeId, toGlobalId } from '../../relay/global-id.js';
import { many } from '../cascade/cascade.reads.js';
import { DirectorateNode, PersonNode, ServiceNode } from '../organisation/organisation.type.js';
import {
  AddBestValueFindingInput,
  AddBestValueRecommendationInput,
  AppraiseBestValueOptionInput,
  CreateBestValueReviewInput,
  UpdateBestValueFindingInput,
  UpdateBestValueRecommendationInput,
  UpdateBestValueReviewInput,
} from './best-value.input.js';
import { BestValuePartsService } from './best-value.parts.service.js';
import { BestValueReads } from './best-value.reads.js';
import { BestValueReviewService } from './best-value.service.js';
import {
  BestValueFindingNode,
  BestValueFindingPayload,
  BestValueOptionNode,
  BestValueOptionPayload,
  BestValueRecommendationNode,
  BestValueRecommendationPayload,
  BestValueRemovePayload,
  BestValueReviewConnection,
  BestValueReviewNode,
  BestValueReviewPayload,
} from './best-value.type.js';
import { todayIso } from './governance-writes.js';
import { COUNCIL_ID_ARG, OPTIONAL_VERSION_ARG } from '../../relay/common.args.js';

const reviews = (ctx: GqlContext) => ctx.services.get(BestValueReviewService);
const parts = (ctx: GqlContext) => ctx.services.get(BestValuePartsService);

@Resolver(() => BestValueReviewNode)
export class BestValueReviewResolver {
  @Query(() => BestValueReviewConnection, {
    description: "A council's Best Value reviews, newest first. Those not yet at RECOMMENDATIONS_AGREED only for the council's own people.",
  })
  bestValueReviews(
    @Ctx() ctx: GqlContext,
    @Arg('councilId', () => ID, COUNCIL_ID_ARG)
    councilId: string,
    @Arg('status', () => BestValueStatus, { description: 'Only records with this status; all when left out.', nullable: true })
    status: BestValueStatus | null,
    @Arg('serviceId', () => ID, { description: "Only this service's records (Service global id); all when left out.", nullable: true })
    serviceId: string | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
  ): Promise<ConnectionShape<BestValueReviewNode>> {
    const council = decodeId('councilId', councilId, 'Council');
    const service = serviceId == null ? null : decodeId('serviceId', serviceId, 'Service');
    return ctx.services.get(BestValueReads).reviews(council, { status, service }, page);
  }

  @FieldResolver(() => ServiceNode, { nullable: true, description: 'The service reviewed (or the directorate).' })
  service(@Root() r: BestValueReviewNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Service, r.serviceId, ServiceNode.from);
  }

  @FieldResolver(() => DirectorateNode, { nullable: true, description: 'The directorate reviewed (or the service).' })
  directorate(@Root() r: BestValueReviewNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Directorate, r.directorateId, DirectorateNode.from);
  }

  @FieldResolver(() => PersonNode, { description: 'The officer who leads the review; null while unassigned.', nullable: true })
  leadOfficer(@Root() r: BestValueReviewNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Person, r.leadOfficerId, PersonNode.from);
  }

  @FieldResolver(() => [PersonNode], { description: 'The councillors on the review panel.' })
  async panel(@Root() r: BestValueReviewNode, @Ctx() ctx: GqlContext) {
    const rows = await ctx.loaders.childrenOf(BestValuePanelMember, 'review').load(r.dbId);
    return many(
      ctx,
      Person,
      rows.map((m) => idOf(m.person)!),
      PersonNode.from,
    );
  }

  @FieldResolver(() => [BestValueFindingNode], { description: 'By kind (challenge, compare, consult, compete), then as recorded.' })
  async findings(
    @Root() r: BestValueReviewNode,
    @Ctx() ctx: GqlContext,
    @Arg('kind', () => BestValueFindingKind, { description: 'Only findings of this kind.', nullable: true })
    kind: BestValueFindingKind | null,
  ) {
    const rows = await ctx.loaders.childrenOf(BestValueFinding, 'review', { kind: 'asc', id: 'asc' }).load(r.dbId);
    return rows.filter((f) => !kind || f.kind === kind).map(BestValueFindingNode.from);
  }

  @FieldResolver(() => [BestValueFindingKind], { description: 'The four Cs with no finding yet.' })
  async missingCs(@Root() r: BestValueReviewNode, @Ctx() ctx: GqlContext) {
    return missingFourCs(await ctx.loaders.childrenOf(BestValueFinding, 'review', { kind: 'asc', id: 'asc' }).load(r.dbId));
  }

  @FieldResolver(() => Boolean, { description: 'Not closed, and at the same status for more than 120 days today.' })
  stalled(@Root() r: BestValueReviewNode) {
    return isReviewStalled(r, todayIso());
  }

  @FieldResolver(() => [BestValueOptionNode], { description: 'The options appraised.' })
  async options(@Root() r: BestValueReviewNode, @Ctx() ctx: GqlContext) {
    const rows = await ctx.loaders.childrenOf(BestValueOption, 'review', { option: 'asc', id: 'asc' }).load(r.dbId);
    return rows.map(BestValueOptionNode.from);
  }

  @FieldResolver(() => [BestValueRecommendationNode], { description: 'Its recommendations, oldest first.' })
  async recommendations(@Root() r: BestValueReviewNode, @Ctx() ctx: GqlContext) {
    return (await ctx.loaders.childrenOf(BestValueRecommendation, 'review').load(r.dbId)).map(BestValueRecommendationNode.from);
  }

  @Mutation(() => BestValueReviewPayload, { description: 'Starts a Best Value review (at SCOPING) of a service or a directorate.' })
  async createBestValueReview(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => CreateBestValueReviewInput, { description: 'The new record: see CreateBestValueReviewInput.' })
    input: CreateBestValueReviewInput,
  ) {
    return { review: BestValueReviewNode.from(await reviews(ctx).create(input)) };
  }

  @Mutation(() => BestValueReviewPayload, { description: 'Changes a review; its status moves forward only.' })
  async updateBestValueReview(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => UpdateBestValueReviewInput, { description: 'The change: see UpdateBestValueReviewInput.' })
    input: UpdateBestValueReviewInput,
  ) {
    return { review: BestValueReviewNode.from(await reviews(ctx).update(input)) };
  }

  @Mutation(() => BestValueFindingPayload, { description: 'Adds a finding to a Best Value review (council editors and its review lead).' })
  async addBestValueFinding(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => AddBestValueFindingInput, { description: 'The new record: see AddBestValueFindingInput.' })
    input: AddBestValueFindingInput,
  ) {
    return { finding: BestValueFindingNode.from(await parts(ctx).addFinding(input)) };
  }

  @Mutation(() => BestValueFindingPayload, { description: 'Changes a Best Value finding.' })
  async updateBestValueFinding(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => UpdateBestValueFindingInput, { description: 'The change: see UpdateBestValueFindingInput.' })
    input: UpdateBestValueFindingInput,
  ) {
    return { finding: BestValueFindingNode.from(await parts(ctx).updateFinding(input)) };
  }

  @Mutation(() => BestValueRemovePayload, { description: 'Removes a finding from a Best Value review.' })
  async removeBestValueFinding(
    @Ctx() ctx: GqlContext,
    @Arg('id', () => ID, { description: "The record's global id." }) id: string,
    @Arg('version', () => Int, OPTIONAL_VERSION_ARG)
    version: number | null,
  ) {
    const f = await parts(ctx).removeFinding(id, version);
    return { removedId: id, reviewId: toGlobalId('BestValueReview', idOf(f.review)!) };
  }

  @Mutation(() => BestValueOptionPayload, { description: 'Records or revises the appraisal of one way of delivering the service.' })
  async appraiseBestValueOption(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => AppraiseBestValueOptionInput, { description: 'The change: see AppraiseBestValueOptionInput.' })
    input: AppraiseBestValueOptionInput,
  ) {
    return { option: BestValueOptionNode.from(await parts(ctx).appraise(input)) };
  }

  @Mutation(() => BestValueRemovePayload, { description: 'Refused for the chosen option.' })
  async removeBestValueOption(
    @Ctx() ctx: GqlContext,
    @Arg('id', () => ID, { description: "The record's global id." }) id: string,
    @Arg('version', () => Int, OPTIONAL_VERSION_ARG)
    version: number | null,
  ) {
    const o = await parts(ctx).removeOption(id, version);
    return { removedId: id, reviewId: toGlobalId('BestValueReview', idOf(o.review)!) };
  }

  @Mutation(() => BestValueRecommendationPayload, { description: 'Adds a recommendation to a Best Value review.' })
  async addBestValueRecommendation(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => AddBestValueRecommendationInput, { description: 'The new record: see AddBestValueRecommendationInput.' })
    input: AddBestValueRecommendationInput,
  ) {
    return { recommendation: BestValueRecommendationNode.from(await parts(ctx).addRecommendation(input)) };
  }

  @Mutation(() => BestValueRecommendationPayload, { description: 'Changes a Best Value recommendation.' })
  async updateBestValueRecommendation(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => UpdateBestValueRecommendationInput, { description: 'The change: see UpdateBestValueRecommendationInput.' })
    input: UpdateBestValueRecommendationInput,
  ) {
    return { recommendation: BestValueRecommendationNode.from(await parts(ctx).updateRecommendation(input)) };
  }
}

@Resolver(() => ServiceNode)
export class ServiceBestValueResolver {
  @FieldResolver(() => [BestValueReviewNode], {
    description: 'Best Value reviews of this service, newest first (the public sees those with recommendations agreed).',
  })
  async bestValueReviews(@Root() s: ServiceNode, @Ctx() ctx: GqlContext) {
    const rows = await ctx.loaders.childrenOf(BestValueReview, 'service', { startedOn: 'desc', id: 'desc' }).load(s.dbId);
    return rows.map(BestValueReviewNode.from);
  }
}
