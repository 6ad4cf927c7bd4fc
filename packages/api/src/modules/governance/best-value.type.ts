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
    RECOMMENDATIONS_AGREED: {
      description: 'Recommendations agreed (needs a chosen option among those appraised). From here on the review is public.',
    },
    CLOSED: { description: 'Done: closedOn is set.' },
  },
});
registerEnumType(BestValueFindingKind, {
  name: 'BestValueFindingKind',
  description: 'The four Cs: challenge (is it needed?), compare, consult, compete.',
});
registerEnumType(DeliveryOption, {
  name: 'DeliveryOption',
  description: 'Ways of delivering a service that a Best Value review appraises.',
});

@ObjectType('BestValueReview', {
  implements: Node,
  description:
    "A Best Value review of a service or a directorate. Visible to the council's own people; " +
    'to everyone once its recommendations are agreed.',
})
export class BestValueReviewNode implements Node, Keyed {
  @Field(() => ID) id!: string;
  dbId!: number;
  councilId!: number;
  serviceId!: number | null;
  directorateId!: number | null;
  leadOfficerId!: number | null;

  @Field(() => String) title!: string;
  @Field(() => String) scope!: string;
  @Field(() => BestValueStatus) status!: BestValueStatus;
  @Field(() => String, { description: 'ISO date.' }) startedOn!: string;
  @Field(() => String, { description: 'ISO date: the day it reached its current status.' }) statusSince!: string;
  @Field(() => String, { nullable: true, description: 'ISO date, set when it is CLOSED.' }) closedOn!: string | null;
  @Field(() => DeliveryOption, { nullable: true, description: 'The option chosen, one of those appraised.' })
  chosenOption!: DeliveryOption | null;
  @Field(() => String, { nullable: true }) chosenReason!: string | null;
  @Field(() => Float, { nullable: true, description: "Efficiency evidence: the service's unit cost, in pounds." }) unitCost!: number | null;
  @Field(() => Float, { nullable: true, description: "The comparators' unit cost (median), in pounds." }) comparatorUnitCost!:
    | number
    | null;
  @Field(() => Float, { nullable: true, description: 'Pounds a year.' }) annualSpend!: number | null;
  @Field(() => String, { nullable: true }) efficiencyNote!: string | null;
  @Field(() => Int) version!: number;

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

@ObjectType()
export class BestValueReviewConnection extends Connection(BestValueReviewNode, 'BestValueReview') {}

/** What the children of a review share: the review they belong to (their visibility follows it). */
interface OfReview {
  reviewDbId: number;
}

@ObjectType('BestValueFinding', { implements: Node, description: 'A finding of a Best Value review under one of the four Cs.' })
export class BestValueFindingNode implements Node, Keyed, OfReview {
  @Field(() => ID) id!: string;
  dbId!: number;
  reviewDbId!: number;
  @Field(() => ID, { description: 'Global id of the BestValueReview.' }) reviewId!: string;
  @Field(() => BestValueFindingKind) kind!: BestValueFindingKind;
  @Field(() => String) text!: string;
  @Field(() => String, { nullable: true, description: 'Where it comes from: a benchmarking table, a survey, a market test.' }) evidence!:
    | string
    | null;
  @Field(() => Int) version!: number;

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
  @Field(() => ID) id!: string;
  dbId!: number;
  reviewDbId!: number;
  @Field(() => ID, { description: 'Global id of the BestValueReview.' }) reviewId!: string;
  @Field(() => DeliveryOption) option!: DeliveryOption;
  @Field(() => String, { nullable: true }) appraisal!: string | null;
  @Field(() => Int) version!: number;

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
  @Field(() => ID) id!: string;
  dbId!: number;
  reviewDbId!: number;
  @Field(() => ID, { description: 'Global id of the BestValueReview.' }) reviewId!: string;
  @Field(() => String) text!: string;
  @Field(() => String, { nullable: true, description: 'ISO date.' }) agreedOn!: string | null;
  @Field(() => Int) version!: number;

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

@ObjectType()
export class BestValueReviewPayload {
  @Field(() => BestValueReviewNode) review!: BestValueReviewNode;
}

@ObjectType()
export class BestValueFindingPayload {
  @Field(() => BestValueFindingNode) finding!: BestValueFindingNode;
}

@ObjectType()
export class BestValueOptionPayload {
  @Field(() => BestValueOptionNode) option!: BestValueOptionNode;
}

@ObjectType()
export class BestValueRecommendationPayload {
  @Field(() => BestValueRecommendationNode) recommendation!: BestValueRecommendationNode;
}

@ObjectType({ description: 'What a removal of a finding or an appraised option removed.' })
export class BestValueRemovePayload {
  @Field(() => ID) removedId!: string;
  @Field(() => ID, { description: 'Global id of the review it belonged to.' }) reviewId!: string;
}
