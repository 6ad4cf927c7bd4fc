import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { BestValueFindingKind, BestValueStatus, DeliveryOption } from '@goldenthread/domain';

@InputType({ description: 'A new Best Value review (at SCOPING) of one service or one directorate.' })
export class CreateBestValueReviewInput {
  @Field(() => ID) councilId!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { description: 'What the review covers and asks.' }) scope!: string;
  @Field(() => ID, { nullable: true, description: 'The service reviewed (or give directorateId).' }) serviceId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The directorate reviewed (or give serviceId).' }) directorateId?: string | null;
  @Field(() => ID, { nullable: true, description: 'A person of the council.' }) leadOfficerId?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Councillors of the council.' }) panelIds?: string[] | null;
  @Field(() => String, { nullable: true, description: 'ISO date; today when left out.' }) startedOn?: string | null;
  @Field(() => Float, { nullable: true }) unitCost?: number | null;
  @Field(() => Float, { nullable: true }) comparatorUnitCost?: number | null;
  @Field(() => Float, { nullable: true }) annualSpend?: number | null;
  @Field(() => String, { nullable: true }) efficiencyNote?: string | null;
}

@InputType({
  description: 'Fields left out are unchanged; null clears an optional field. What is reviewed cannot change: start another review.',
})
export class UpdateBestValueReviewInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'The version you read; a stale one gets CONFLICT.' }) version!: number;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) scope?: string | null;
  @Field(() => ID, { nullable: true }) leadOfficerId?: string | null;
  @Field(() => [ID], { nullable: true, description: 'The whole panel (replaces it): councillors of the council.' }) panelIds?:
    | string[]
    | null;
  @Field(() => BestValueStatus, {
    nullable: true,
    description: 'Forward only; RECOMMENDATIONS_AGREED and later need a chosen option among those appraised.',
  })
  status?: BestValueStatus | null;
  @Field(() => String, { nullable: true, description: 'ISO date of a status move; today when left out.' }) statusSince?: string | null;
  @Field(() => DeliveryOption, { nullable: true, description: 'One of the options appraised.' }) chosenOption?: DeliveryOption | null;
  @Field(() => String, { nullable: true, description: 'Why the chosen option (needed with one).' }) chosenReason?: string | null;
  @Field(() => Float, { nullable: true }) unitCost?: number | null;
  @Field(() => Float, { nullable: true }) comparatorUnitCost?: number | null;
  @Field(() => Float, { nullable: true }) annualSpend?: number | null;
  @Field(() => String, { nullable: true }) efficiencyNote?: string | null;
}

@InputType()
export class AddBestValueFindingInput {
  @Field(() => ID) reviewId!: string;
  @Field(() => BestValueFindingKind) kind!: BestValueFindingKind;
  @Field(() => String) text!: string;
  @Field(() => String, { nullable: true }) evidence?: string | null;
}

@InputType()
export class UpdateBestValueFindingInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => BestValueFindingKind, { nullable: true }) kind?: BestValueFindingKind | null;
  @Field(() => String, { nullable: true }) text?: string | null;
  @Field(() => String, { nullable: true }) evidence?: string | null;
}

@InputType({ description: 'Records (or revises) the appraisal of one way of delivering the service: one per option and review.' })
export class AppraiseBestValueOptionInput {
  @Field(() => ID) reviewId!: string;
  @Field(() => DeliveryOption) option!: DeliveryOption;
  @Field(() => String, { nullable: true, description: 'The appraisal: costs, risks, benefits.' }) appraisal?: string | null;
  @Field(() => Int, { nullable: true, description: 'When revising an appraisal: the version you read.' }) version?: number | null;
}

@InputType()
export class AddBestValueRecommendationInput {
  @Field(() => ID) reviewId!: string;
  @Field(() => String) text!: string;
  @Field(() => String, { nullable: true, description: 'ISO date.' }) agreedOn?: string | null;
}

@InputType()
export class UpdateBestValueRecommendationInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) text?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date; null clears it.' }) agreedOn?: string | null;
}
