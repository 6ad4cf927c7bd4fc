import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { BestValueFinding, BestValueOption, BestValueRecommendation, BestValueReview } from '@goldenthread/db';
import { BestValueFindingKind, BestValueStatus, DeliveryOption } from '@goldenthread/domain';
import { idOf } from '../../loaders.js';
import { Connection } from '../../relay/connection.js';
import { toGlobalId } from '../../relay/global-id.js';
import { Node, type Keyed } from '../../relay/node.js';

registerEnumType(BestValueStatus, {
  name: 'BestValueStatus',
  description:
    'A Best Value review moves forward only: SCOPING -> EVIDENCE -> OPTIONS -> RECOMMENDATIONS_AGREED -> IMPLEMENTING -> CLOSED.',
  valuesConfig: {
    EVIDENCE: { description: 'Gathering evidence under the four Cs.' },
    IMPLEMENTING: { description: 'Recommendations agreed and being carried out.' },
    OPTIONS: { description: 'Appraising ways of delivering the service.' },
    SCOPING: { description: 'Deciding what the review covers.' },
    RECOMMENDATIONS_AGREED: {
      description: 'Recommendations agreed (needs a chosen option among those appraised). From here on the review is public.',
    },
    CLOSED: { description: 'Done: closedOn is set.' },
  },
});
registerEnumType(BestValueFindingKind, {
  name: 'BestValueFindingKind',
  description: 'The four Cs: challenge (is it needed?), compare, consult, compete.',
  valuesConfig: {
    CHALLENGE: { description: 'Challenge: is the service needed, and why this way?' },
    COMPARE: { description: 'Compare: performance and cost against others.' },
    COMPETE: { description: 'Compete: could others deliver it better?' },
    CONSULT: { description: 'Consult: what service users, carers and the public say.' },
  },
});
registerEnumType(DeliveryOption, {
  name: 'DeliveryOption',
  description: 'Ways of delivering a service that a Best Value review appraises.',
  valuesConfig: {
    CHANGE: { description: 'Keep it but change how it is delivered.' },
    COMMISSION_EXTERNALLY: { description: 'Buy it from another provider.' },
    KEEP_IN_HOUSE: { description: 'Keep delivering it as now.' },
    SHARE: { description: 'Deliver it jointly with another body.' },
    STOP: { description: 'Stop delivering it.' },
  },
});

@ObjectType('BestValueReview', {
  implements: Node,
  description:
    "A Best Value review of a service or a directorate. Visible to the council's own people; " +
    'to everyone once its recommendations are agreed.',
})
export class BestValueReviewNode implements Node, Keyed {
  @Field(() => ID, { description: 'Global id of the best value review.' }) id!: string;
  dbId!: number;
  councilId!: number;
  serviceId!: number | null;
  directorateId!: number | null;
  leadOfficerId!: number | null;

  @Field(() => String, { description: "The review's title." }) title!: string;
  @Field(() => String, { description: 'What the review covers, in words.' }) scope!: string;
  @Field(() => BestValueStatus, { description: 'Where the review has got to.' }) status!: BestValueStatus;
  @Field(() => String, { description: 'ISO date.' }) startedOn!: string;
  @Field(() => String, { description: 'ISO date: the day it reached its current status.' }) statusSince!: string;
  @Field(() => String, { nullable: true, description: 'ISO date, set when it is CLOSED.' }) closedOn!: string | null;
  @Field(() => DeliveryOption, { nullable: true, description: 'The option chosen, one of those appraised.' })
  chosenOption!: DeliveryOption | null;
  @Field(() => String, { description: 'Why the chosen option was chosen; null until chosen.', nullable: true }) chosenReason!:
    | string
    | null;
  @Field(() => Float, { nullable: true, description: "Efficiency evidence: the service's unit cost, in pounds." }) unitCost!: number | null;
  @Field(() => Float, { nullable: true, description: "The comparators' unit cost (median), in pounds." }) comparatorUnitCost!:
    | number
    | null;
  @Field(() => Float, { nullable: true, description: 'Pounds a year.' }) annualSpend!: number | null;
  @Field(() => String, { description: 'Notes on efficiency (cost per unit against comparators); null when none.', nullable: true })
  efficiencyNote!: string | null;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back to change it.' }) version!: number;

  static from(r: BestValueReview): BestValueReviewNode {
    return Object.assign(new BestValueReviewNode(), {
      id: toGlobalId('BestValueReview', r.id),
      dbId: r.id,
      councilId: idOf(r.council)!,
      serviceId: idOf(r.service),
      directorateId: idOf(r.directorate),
      leadOfficerId: idOf(r.leadOfficer),
      title: r.title,
      scope: r.scope,
      status: r.status,
      startedOn: r.startedOn,
      statusSince: r.statusSince,
      closedOn: r.closedOn,
      chosenOption: r.chosenOption,
      chosenReason: r.chosenReason,
      unitCost: r.unitCost,
      comparatorUnitCost: r.comparatorUnitCost,
      annualSpend: r.annualSpend,
      efficiencyNote: r.efficiencyNote,
      version: r.version,
    });
  }
}

@ObjectType({ description: 'A page of best value reviews (Relay connection).' })
export class BestValueReviewConnection extends Connection(BestValueReviewNode, 'BestValueReview') {}

/** What the children of a review share: the review they belong to (their visibility follows it). */
interface OfReview {
  reviewDbId: number;
}

@ObjectType('BestValueFinding', { implements: Node, description: 'A finding of a Best Value review under one of the four Cs.' })
export class BestValueFindingNode implements Node, Keyed, OfReview {
  @Field(() => ID, { description: 'Global id of the best value finding.' }) id!: string;
  dbId!: number;
  reviewDbId!: number;
  @Field(() => ID, { description: 'Global id of the BestValueReview.' }) reviewId!: string;
  @Field(() => BestValueFindingKind, { description: 'CHALLENGE, COMPARE, CONSULT or COMPETE.' }) kind!: BestValueFindingKind;
  @Field(() => String, { description: 'The finding.' }) text!: string;
  @Field(() => String, { nullable: true, description: 'Where it comes from: a benchmarking table, a survey, a market test.' }) evidence!:
    | string
    | null;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back to change it.' }) version!: number;

  static from(f: BestValueFinding): BestValueFindingNode {
    const review = idOf(f.review)!;
    return Object.assign(new BestValueFindingNode(), {
      id: toGlobalId('BestValueFinding', f.id),
      dbId: f.id,
      reviewDbId: review,
      reviewId: toGlobalId('BestValueReview', review),
      kind: f.kind,
      text: f.text,
      evidence: f.evidence,
      version: f.version,
    });
  }
}

@ObjectType('BestValueOption', { implements: Node, description: 'A way of delivering the service that the review appraised.' })
export class BestValueOptionNode implements Node, Keyed, OfReview {
  @Field(() => ID, { description: 'Global id of the best value option.' }) id!: string;
  dbId!: number;
  reviewDbId!: number;
  @Field(() => ID, { description: 'Global id of the BestValueReview.' }) reviewId!: string;
  @Field(() => DeliveryOption, { description: 'The way of delivering the service.' }) option!: DeliveryOption;
  @Field(() => String, { description: 'The appraisal of the option; null until written.', nullable: true }) appraisal!: string | null;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back to change it.' }) version!: number;

  static from(o: BestValueOption): BestValueOptionNode {
    const review = idOf(o.review)!;
    return Object.assign(new BestValueOptionNode(), {
      id: toGlobalId('BestValueOption', o.id),
      dbId: o.id,
      reviewDbId: review,
      reviewId: toGlobalId('BestValueReview', review),
      option: o.option,
      appraisal: o.appraisal,
      version: o.version,
    });
  }
}

@ObjectType('BestValueRecommendation', {
  implements: Node,
  description: 'A recommendation of a Best Value review; agreed ones become actions.',
})
export class BestValueRecommendationNode implements Node, Keyed, OfReview {
  @Field(() => ID, { description: 'Global id of the best value recommendation.' }) id!: string;
  dbId!: number;
  reviewDbId!: number;
  @Field(() => ID, { description: 'Global id of the BestValueReview.' }) reviewId!: string;
  @Field(() => String, { description: 'The recommendation.' }) text!: string;
  @Field(() => String, { nullable: true, description: 'ISO date.' }) agreedOn!: string | null;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back to change it.' }) version!: number;

  static from(r: BestValueRecommendation): BestValueRecommendationNode {
    const review = idOf(r.review)!;
    return Object.assign(new BestValueRecommendationNode(), {
      id: toGlobalId('BestValueRecommendation', r.id),
      dbId: r.id,
      reviewDbId: review,
      reviewId: toGlobalId('BestValueReview', review),
      text: r.text,
      agreedOn: r.agreedOn,
      version: r.version,
    });
  }
}

@ObjectType({ description: 'The result of a best value review mutation.' })
export class BestValueReviewPayload {
  @Field(() => BestValueReviewNode, { description: 'The review as stored after the mutation.' }) review!: BestValueReviewNode;
}

@ObjectType({ description: 'The result of a best value finding mutation.' })
export class BestValueFindingPayload {
  @Field(() => BestValueFindingNode, { description: 'The finding as stored after the mutation.' }) finding!: BestValueFindingNode;
}

@ObjectType({ description: 'The result of a best value option mutation.' })
export class BestValueOptionPayload {
  @Field(() => BestValueOptionNode, { description: 'The option as stored after the mutation.' }) option!: BestValueOptionNode;
}

@ObjectType({ description: 'The result of a best value recommendation mutation.' })
export class BestValueRecommendationPayload {
  @Field(() => BestValueRecommendationNode, { description: 'The recommendation as stored after the mutation.' })
  recommendation!: BestValueRecommendationNode;
}

@ObjectType({ description: 'What a removal of a finding or an appraised option removed.' })
export class BestValueRemovePayload {
  @Field(() => ID, { description: 'The global id of what was removed.' }) removedId!: string;
  @Field(() => ID, { description: 'Global id of the review it belonged to.' }) reviewId!: string;
}
