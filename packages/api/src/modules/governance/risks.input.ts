import { Field, ID, InputType, Int } from 'type-graphql';
import { RiskStatus } from '@goldenthread/domain';

@InputType({
  description:
    "A new risk in a council's register: the corporate register without directorateId. Its first assessment is recorded with it.",
})
export class CreateRiskInput {
  @Field(() => ID) councilId!: string;
  @Field(() => String, { description: 'Unique in the council, e.g. CR-04: letters, digits and - _ . / only.' }) reference!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) cause?: string | null;
  @Field(() => String, { nullable: true }) effect?: string | null;
  @Field(() => ID, { nullable: true, description: "The directorate's register; none is the corporate register." }) directorateId?:
    | string
    | null;
  @Field(() => ID, { nullable: true }) priorityId?: string | null;
  @Field(() => ID, { nullable: true }) objectiveId?: string | null;
  @Field(() => ID, { nullable: true }) serviceId?: string | null;
  @Field(() => String, { nullable: true, description: 'With serviceId: the year of the service plan it is in, e.g. 2026/27.' })
  servicePlanPeriod?: string | null;
  @Field(() => ID, { nullable: true, description: 'A person of the council.' }) ownerId?: string | null;
  @Field(() => Int, { description: '1 to 5.' }) inherentLikelihood!: number;
  @Field(() => Int, { description: '1 to 5.' }) inherentImpact!: number;
  @Field(() => Int, { description: '1 to 5, not above inherentLikelihood.' }) residualLikelihood!: number;
  @Field(() => Int, { description: '1 to 5, not above inherentImpact.' }) residualImpact!: number;
  @Field(() => String, { nullable: true }) controls?: string | null;
  @Field(() => RiskStatus, { nullable: true, defaultValue: RiskStatus.OPEN }) status?: RiskStatus;
  @Field(() => String, { nullable: true, description: 'ISO date of the next review.' }) reviewDue?: string | null;
  @Field(() => String, { nullable: true, description: 'A note kept with the first assessment.' }) assessmentNote?: string | null;
}

@InputType({
  description: 'Fields left out are unchanged; null clears an optional field. A change of any score records an assessment (Risk.history).',
})
export class UpdateRiskInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'The version you read; a stale one gets CONFLICT.' }) version!: number;
  @Field(() => String, { nullable: true }) reference?: string | null;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) cause?: string | null;
  @Field(() => String, { nullable: true }) effect?: string | null;
  @Field(() => ID, { nullable: true, description: 'null moves it to the corporate register.' }) directorateId?: string | null;
  @Field(() => ID, { nullable: true }) priorityId?: string | null;
  @Field(() => ID, { nullable: true }) objectiveId?: string | null;
  @Field(() => ID, { nullable: true }) serviceId?: string | null;
  @Field(() => String, { nullable: true }) servicePlanPeriod?: string | null;
  @Field(() => ID, { nullable: true }) ownerId?: string | null;
  @Field(() => Int, { nullable: true }) inherentLikelihood?: number | null;
  @Field(() => Int, { nullable: true }) inherentImpact?: number | null;
  @Field(() => Int, { nullable: true }) residualLikelihood?: number | null;
  @Field(() => Int, { nullable: true }) residualImpact?: number | null;
  @Field(() => String, { nullable: true }) controls?: string | null;
  @Field(() => RiskStatus, { nullable: true }) status?: RiskStatus | null;
  @Field(() => String, { nullable: true }) reviewDue?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date of the assessment when scores change (default today).' }) assessedOn?:
    | string
    | null;
  @Field(() => String, { nullable: true, description: 'A note kept with the assessment when scores change.' }) assessmentNote?:
    | string
    | null;
}
