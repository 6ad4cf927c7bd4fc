import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { AppraisalRating, EngagementGroupKind, MilestoneStatus, PriorityLevel, PriorityOrigin, PriorityStatus } from '@goldenthread/db';

@InputType({
  description:
    'A new priority (always DRAFT; move it on with updatePriority). Directorate priorities name their directorate, service priorities ' +
    'their service.',
})
export class CreatePriorityInput {
  @Field(() => ID) councilId!: string;
  @Field(() => PriorityLevel) level!: PriorityLevel;
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'Financial year, e.g. 2024-25.' }) period!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'The priority one level up, of the same council and year. None for corporate priorities.',
  })
  parentId?: string | null;
  @Field(() => ID, { nullable: true }) ownerId?: string | null;
  @Field(() => PriorityOrigin, { nullable: true, defaultValue: PriorityOrigin.LOCAL }) origin?: PriorityOrigin;
  @Field(() => String, {
    nullable: true,
    description: 'Required for NATIONAL priorities: the national agenda translated, e.g. "ASCOF 2A: ...".',
  })
  nationalAgenda?: string | null;
  @Field(() => ID, { nullable: true, description: 'Optional: the Indicator of that agenda.' }) nationalIndicatorId?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'An explicit "we will not prioritise this"; needs nonPriorityReason.',
  })
  isNonPriority?: boolean;
  @Field(() => String, { nullable: true }) nonPriorityReason?: string | null;
  @Field(() => Float, { nullable: true, description: 'Pounds.' }) budget?: number | null;
  @Field(() => Float, { nullable: true, description: 'Full-time equivalents.' }) fte?: number | null;
  @Field(() => String, { nullable: true }) capacity?: string | null;
  @Field(() => ID, { nullable: true, description: 'Directorate priorities: the directorate.' }) directorateId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Service priorities: the service.' }) serviceId?: string | null;
}

@InputType({
  description: 'Fields left out are unchanged; null clears an optional field. Level and year cannot change: create a new priority.',
})
export class UpdatePriorityInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'The version you read; a stale one gets CONFLICT.' }) version!: number;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => ID, { nullable: true }) parentId?: string | null;
  @Field(() => ID, { nullable: true }) ownerId?: string | null;
  @Field(() => PriorityOrigin, { nullable: true }) origin?: PriorityOrigin | null;
  @Field(() => String, { nullable: true }) nationalAgenda?: string | null;
  @Field(() => ID, { nullable: true }) nationalIndicatorId?: string | null;
  @Field(() => PriorityStatus, {
    nullable: true,
    description: 'Forward only, one step at a time: AGREED needs an owner, COMMUNICATED a recorded communication.',
  })
  status?: PriorityStatus | null;
  @Field(() => String, { nullable: true, description: 'ISO date; defaults to today when the status moves to AGREED.' }) agreedOn?:
    | string
    | null;
  @Field(() => String, { nullable: true, description: 'ISO date; defaults to today when the status moves to COMMUNICATED.' })
  communicatedOn?: string | null;
  @Field(() => Boolean, { nullable: true }) isNonPriority?: boolean | null;
  @Field(() => String, { nullable: true }) nonPriorityReason?: string | null;
  @Field(() => Float, { nullable: true }) budget?: number | null;
  @Field(() => Float, { nullable: true }) fte?: number | null;
  @Field(() => String, { nullable: true }) capacity?: string | null;
  @Field(() => ID, { nullable: true }) directorateId?: string | null;
  @Field(() => ID, { nullable: true }) serviceId?: string | null;
}

@InputType()
export class ConsultationGroupInput {
  @Field(() => EngagementGroupKind) kind!: EngagementGroupKind;
  @Field(() => String, { description: 'e.g. "Gypsy and Traveller communities", "Young carers".' }) name!: string;
  @Field(() => Boolean, { defaultValue: false }) hardToReach!: boolean;
}

@InputType()
export class RecordConsultationInput {
  @Field(() => ID) councilId!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { description: 'ISO date.' }) date!: string;
  @Field(() => String, { description: 'What was heard, in a sentence or two.' }) heard!: string;
  @Field(() => [ConsultationGroupInput], { description: 'At least one group.' }) groups!: ConsultationGroupInput[];
  @Field(() => [ID], { defaultValue: [], description: 'The priorities this consultation informed.' }) priorityIds!: string[];
}

@InputType()
export class CommunicationGroupInput {
  @Field(() => EngagementGroupKind) kind!: EngagementGroupKind;
  @Field(() => String) name!: string;
}

@InputType()
export class RecordCommunicationInput {
  @Field(() => ID) councilId!: string;
  @Field(() => String, { description: 'ISO date.' }) date!: string;
  @Field(() => String, { description: 'e.g. Newsletter, Public meeting, Easy-read leaflet, Staff briefing.' }) channel!: string;
  @Field(() => [CommunicationGroupInput], { description: 'At least one group.' }) groups!: CommunicationGroupInput[];
  @Field(() => [ID], { description: 'At least one priority told about.' }) priorityIds!: string[];
}

@InputType()
export class CreateObjectiveInput {
  @Field(() => ID) serviceId!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'Financial year, e.g. 2024-25.' }) period!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => ID, { nullable: true }) ownerId?: string | null;
  @Field(() => [ID], { defaultValue: [], description: 'The priorities (same council and year) this objective delivers.' })
  priorityIds!: string[];
}

@InputType({ description: 'Fields left out are unchanged; priorityIds replaces the whole set.' })
export class UpdateObjectiveInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => ID, { nullable: true }) ownerId?: string | null;
  @Field(() => [ID], { nullable: true }) priorityIds?: string[] | null;
}

@InputType()
export class CreateMilestoneInput {
  @Field(() => ID) objectiveId!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'ISO date.' }) due!: string;
  @Field(() => String, { nullable: true, description: 'ISO date; sets the status to COMPLETE.' }) completedOn?: string | null;
  @Field(() => MilestoneStatus, { nullable: true }) status?: MilestoneStatus | null;
}

@InputType()
export class UpdateMilestoneInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) due?: string | null;
  @Field(() => String, { nullable: true }) completedOn?: string | null;
  @Field(() => MilestoneStatus, { nullable: true }) status?: MilestoneStatus | null;
}

@InputType({ description: 'Aimed at a service objective or a priority (at least one) of the same council and year.' })
export class CreateAppraisalObjectiveInput {
  @Field(() => ID) personId!: string;
  @Field(() => String) name!: string;
  @Field(() => String) period!: string;
  @Field(() => ID, { nullable: true }) objectiveId?: string | null;
  @Field(() => ID, { nullable: true }) priorityId?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date agreed with the line manager.' }) agreedOn?: string | null;
  @Field(() => String, { nullable: true }) reviewedOn?: string | null;
  @Field(() => AppraisalRating, { nullable: true, description: 'Needs reviewedOn.' }) rating?: AppraisalRating | null;
}

@InputType()
export class UpdateAppraisalObjectiveInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => ID, { nullable: true }) objectiveId?: string | null;
  @Field(() => ID, { nullable: true }) priorityId?: string | null;
  @Field(() => String, { nullable: true }) agreedOn?: string | null;
  @Field(() => String, { nullable: true }) reviewedOn?: string | null;
  @Field(() => AppraisalRating, { nullable: true }) rating?: AppraisalRating | null;
}

@InputType({ description: 'A target and exactly one of an objective or a priority, of the same council and year.' })
export class TargetLinkInput {
  @Field(() => ID) targetId!: string;
  @Field(() => ID, { nullable: true }) objectiveId?: string | null;
  @Field(() => ID, { nullable: true }) priorityId?: string | null;
}
