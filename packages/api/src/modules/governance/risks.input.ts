import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { CouncilArgs } from '../../relay/common.args.js';
import { RiskStatus } from '@goldenthread/domain';

@InputType({
  description:
    "A new risk in a council's register: the corporate register without directorateId. Its first assessment is recorded with it.",
})
export class CreateRiskInput {
  @Field(() => ID, { description: 'The council.' }) councilId!: string;
  @Field(() => String, { description: 'Unique in the council, e.g. CR-04: letters, digits and - _ . / only.' }) reference!: string;
  @Field(() => String, { description: 'The risk in a line.' }) title!: string;
  @Field(() => String, { description: 'What could cause it (optional).', nullable: true }) cause?: string | null;
  @Field(() => String, { description: 'What would happen (optional).', nullable: true }) effect?: string | null;
  @Field(() => ID, { nullable: true, description: "The directorate's register; none is the corporate register." }) directorateId?:
    | string
    | null;
  @Field(() => ID, { description: 'The priority it threatens (optional).', nullable: true }) priorityId?: string | null;
  @Field(() => ID, { description: 'The objective it threatens (optional).', nullable: true }) objectiveId?: string | null;
  @Field(() => ID, { description: 'The service it belongs to (optional).', nullable: true }) serviceId?: string | null;
  @Field(() => String, { nullable: true, description: 'With serviceId: the year of the service plan it is in, e.g. 2026/27.' })
  servicePlanPeriod?: string | null;
  @Field(() => ID, { nullable: true, description: 'A person of the council.' }) ownerId?: string | null;
  @Field(() => Int, { description: 'Likelihood before controls, 1 to 5.' }) inherentLikelihood!: number;
  @Field(() => Int, { description: 'Impact before controls, 1 to 5.' }) inherentImpact!: number;
  @Field(() => Int, { description: 'Likelihood after controls, 1 to 5, not above inherentLikelihood.' }) residualLikelihood!: number;
  @Field(() => Int, { description: 'Impact after controls, 1 to 5, not above inherentImpact.' }) residualImpact!: number;
  @Field(() => String, { description: 'The controls in place (optional).', nullable: true }) controls?: string | null;
  @Field(() => RiskStatus, { description: 'OPEN (default), TOLERATED or CLOSED.', nullable: true, defaultValue: RiskStatus.OPEN })
  status?: RiskStatus;
  @Field(() => String, { nullable: true, description: 'ISO date of the next review.' }) reviewDue?: string | null;
  @Field(() => String, { nullable: true, description: 'A note kept with the first assessment.' }) assessmentNote?: string | null;
}

@InputType({
  description: 'Fields left out are unchanged; null clears an optional field. A change of any score records an assessment (Risk.history).',
})
export class UpdateRiskInput {
  @Field(() => ID, { description: "The update risk's global id." }) id!: string;
  @Field(() => Int, { description: 'The version you read; a stale one gets CONFLICT.' }) version!: number;
  @Field(() => String, { description: "The register's reference, e.g. 'CR-07'.", nullable: true }) reference?: string | null;
  @Field(() => String, { description: 'The risk in a line.', nullable: true }) title?: string | null;
  @Field(() => String, { description: 'What could cause it.', nullable: true }) cause?: string | null;
  @Field(() => String, { description: 'What would happen.', nullable: true }) effect?: string | null;
  @Field(() => ID, { nullable: true, description: 'null moves it to the corporate register.' }) directorateId?: string | null;
  @Field(() => ID, { description: 'The priority it threatens.', nullable: true }) priorityId?: string | null;
  @Field(() => ID, { description: 'The objective it threatens.', nullable: true }) objectiveId?: string | null;
  @Field(() => ID, { description: 'The service it belongs to.', nullable: true }) serviceId?: string | null;
  @Field(() => String, { description: "The year of the service plan it belongs to, e.g. '2024-25'.", nullable: true }) servicePlanPeriod?:
    | string
    | null;
  @Field(() => ID, { description: 'Who manages it.', nullable: true }) ownerId?: string | null;
  @Field(() => Int, { description: 'Likelihood before controls, 1 to 5.', nullable: true }) inherentLikelihood?: number | null;
  @Field(() => Int, { description: 'Impact before controls, 1 to 5.', nullable: true }) inherentImpact?: number | null;
  @Field(() => Int, { description: 'Likelihood after controls, 1 to 5.', nullable: true }) residualLikelihood?: number | null;
  @Field(() => Int, { description: 'Impact after controls, 1 to 5.', nullable: true }) residualImpact?: number | null;
  @Field(() => String, { description: 'The controls in place.', nullable: true }) controls?: string | null;
  @Field(() => RiskStatus, { description: 'OPEN, TOLERATED or CLOSED.', nullable: true }) status?: RiskStatus | null;
  @Field(() => String, { description: 'When it is next reviewed (YYYY-MM-DD).', nullable: true }) reviewDue?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date of the assessment when scores change (default today).' }) assessedOn?:
    | string
    | null;
  @Field(() => String, { nullable: true, description: 'A note kept with the assessment when scores change.' }) assessmentNote?:
    | string
    | null;
}

/** Which of a council's risk registers to read (`risks`, `riskHeatMap`). */
@ArgsType()
export class RiskRegisterArgs extends CouncilArgs {
  @Field(() => ID, { description: "Only this directorate's records (Directorate global id).", nullable: true })
  directorateId!: string | null;

  @Field(() => Boolean, {
    description: 'True for the corporate register only, false for directorate registers only; both when left out.',
    nullable: true,
  })
  corporate!: boolean | null;

  @Field(() => RiskStatus, { description: 'Only records with this status; all when left out.', nullable: true })
  status!: RiskStatus | null;
}
