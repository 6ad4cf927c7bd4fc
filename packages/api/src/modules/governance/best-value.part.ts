import { BestValueFinding, BestValueOption, BestValueRecommendation, BestValueReview } from '@goldenthread/db';
import { isBestValueReviewPublic } from '@goldenthread/domain';
import type { TypeRule } from '../../access/visibility-rules.js';
import type { GqlContext } from '../../context.js';
import type { NodeLoader } from '../feature-module.js';
import { BestValueReviewResolver, ServiceBestValueResolver } from './best-value.resolver.js';
import { BestValueFindingNode, BestValueOptionNode, BestValueRecommendationNode, BestValueReviewNode } from './best-value.type.js';
import type { GovernancePart } from './part.js';

const loader = (entity: NodeLoader['entity'], map: (row: never) => unknown): NodeLoader => ({ entity, map: map as NodeLoader['map'] });

/** A review is for the council's own people; for everyone once its recommendations are agreed. */
const canSeeReview = (ctx: GqlContext, r: { councilId: number; status: BestValueReviewNode['status'] }) =>
  ctx.access.canReadUnpublished(r.councilId) || isBestValueReviewPublic(r.status);

/** Findings, options and recommendations follow their review. */
const followsReview: TypeRule<{ reviewDbId: number }> = {
  see: async (ctx, part) => {
    const review = await ctx.loaders.byId(BestValueReview).load(part.reviewDbId);
    return review !== null && canSeeReview(ctx, BestValueReviewNode.from(review));
  },
};

/** The best-value area of the governance feature (see part.ts): reviews, their four-C findings, options and recommendations. */
export const bestValuePart: GovernancePart = {
  resolvers: [BestValueReviewResolver, ServiceBestValueResolver],
  nodeTypes: {
    BestValueReview: loader(BestValueReview, BestValueReviewNode.from),
    BestValueFinding: loader(BestValueFinding, BestValueFindingNode.from),
    BestValueOption: loader(BestValueOption, BestValueOptionNode.from),
    BestValueRecommendation: loader(BestValueRecommendation, BestValueRecommendationNode.from),
  },
  visibility: {
    BestValueReview: { see: canSeeReview } satisfies TypeRule<BestValueReviewNode>,
    BestValueFinding: followsReview,
    BestValueOption: followsReview,
    BestValueRecommendation: followsReview,
    BestValueReviewPayload: 'value',
    BestValueFindingPayload: 'value',
    BestValueOptionPayload: 'value',
    BestValueRecommendationPayload: 'value',
    BestValueRemovePayload: 'value',
  },
};
