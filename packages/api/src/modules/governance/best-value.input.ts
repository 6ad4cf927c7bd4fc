import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { BestValueFindingKind, BestValueStatus, DeliveryOption } from '@goldenthread/domain';

@InputType({ description: 'A new Best Value review (at SCOPING) of one service or one directorate.' })
export class CreateBestValueReviewInput {
  @Field(() => ID, { description: 'The council.' }) councilId!: string;
  @Field(() => String, { description: "The review's title." }) title!: string;
  @Field(() => String, { description: 'What the review covers and asks.' }) scope!: string;
  @Field(() => ID, { nullable: true, description: 'The service reviewed (or give directorateId).' }) serviceId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The directorate reviewed (or give serviceId).' }) directorateId?: string | null;
  @Field(() => ID, { nullable: true, description: 'A person of the council.' }) leadOfficerId?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Councillors of the council.' }) panelIds?: string[] | null;
  @Field(() => String, { nullable: true, description: 'ISO date; today when left out.' }) startedOn?: string | null;
  @Field(() => Float, { description: "The service's cost per unit, in pounds (optional).", nullable: true }) unitCost?: number | null;
  @Field(() => Float, { description: "Comparators' cost per unit, in pounds (optional).", nullable: true }) comparatorUnitCost?:
    | number
    | null;
  @Field(() => Float, { description: 'What the service costs a year, in pounds (optional).', nullable: true }) annualSpend?: number | null;
  @Field(() => String, { description: 'Notes on efficiency (optional).', nullable: true }) efficiencyNote?: string | null;
}

@InputType({
  description: 'Fields left out are unchanged; null clears an optional field. What is reviewed cannot change: start another review.',
})
export class UpdateBestValueReviewInput {
  @Field(() => ID, { description: "The update best value review's global id." }) id!: string;
  @Field(() => Int, { description: 'The version you read; a stale one gets CONFLICT.' }) version!: number;
  @Field(() => String, { description: "The review's title.", nullable: true }) title?: string | null;
  @Field(() => String, { description: 'What it covers, in words.', nullable: true }) scope?: string | null;
  @Field(() => ID, { description: 'The officer who leads it.', nullable: true }) leadOfficerId?: string | null;
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
  @Field(() => Float, { description: "The service's cost per unit, in pounds.", nullable: true }) unitCost?: number | null;
  @Field(() => Float, { description: "Comparators' cost per unit, in pounds.", nullable: true }) comparatorUnitCost?: number | null;
  @Field(() => Float, { description: 'What the service costs a year, in pounds.', nullable: true }) annualSpend?: number | null;
  @Field(() => String, { description: 'Notes on efficiency.', nullable: true }) efficiencyNote?: string | null;
}

@InputType({ description: 'A finding of a Best Value review under one of the four Cs.' })
export class AddBestValueFindingInput {
  @Field(() => ID, { description: 'The review.' }) reviewId!: string;
  @Field(() => BestValueFindingKind, { description: 'CHALLENGE, COMPARE, CONSULT or COMPETE.' }) kind!: BestValueFindingKind;
  @Field(() => String, { description: 'The finding.' }) text!: string;
  @Field(() => String, { description: 'What the finding rests on (optional).', nullable: true }) evidence?: string | null;
}

@InputType({ description: 'Changes a Best Value finding. Fields left out are unchanged.' })
export class UpdateBestValueFindingInput {
  @Field(() => ID, { description: "The update best value finding's global id." }) id!: string;
  @Field(() => Int, { description: 'The version the caller read; a stale one is refused with CONFLICT.' }) version!: number;
  @Field(() => BestValueFindingKind, { description: 'CHALLENGE, COMPARE, CONSULT or COMPETE.', nullable: true })
  kind?: BestValueFindingKind | null;
  @Field(() => String, { description: 'The finding.', nullable: true }) text?: string | null;
  @Field(() => String, { description: 'What the finding rests on.', nullable: true }) evidence?: string | null;
}

@InputType({ description: 'Records (or revises) the appraisal of one way of delivering the service: one per option and review.' })
export class AppraiseBestValueOptionInput {
  @Field(() => ID, { description: 'The review.' }) reviewId!: string;
  @Field(() => DeliveryOption, { description: 'The way of delivering the service appraised.' }) option!: DeliveryOption;
  @Field(() => String, { nullable: true, description: 'The appraisal: costs, risks, benefits.' }) appraisal?: string | null;
  @Field(() => Int, { nullable: true, description: 'When revising an appraisal: the version you read.' }) version?: number | null;
}

@InputType({ description: 'A recommendation of a Best Value review.' })
export class AddBestValueRecommendationInput {
  @Field(() => ID, { description: 'The review.' }) reviewId!: string;
  @Field(() => String, { description: 'The recommendation.' }) text!: string;
  @Field(() => String, { nullable: true, description: 'ISO date.' }) agreedOn?: string | null;
}

@InputType({ description: 'Changes a Best Value recommendation. Fields left out are unchanged.' })
export class UpdateBestValueRecommendationInput {
  @Field(() => ID, { description: "The update best value recommendation's global id." }) id!: string;
  @Field(() => Int, { description: 'The version the caller read; a stale one is refused with CONFLICT.' }) version!: number;
  @Field(() => String, { description: 'The recommendation.', nullable: true }) text?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date; null clears it.' }) agreedOn?: string | null;
}
