import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { AppraisalRating, EngagementGroupKind, MilestoneStatus, PriorityLevel, PriorityOrigin, PriorityStatus } from '@goldenthread/db';

@InputType({
  description:
    'A new priority (always DRAFT; move it on with updatePriority). Directorate priorities name their directorate, service priorities ' +
    'their service.',
})
export class CreatePriorityInput {
  @Field(() => ID, { description: 'The council.' }) councilId!: string;
  @Field(() => PriorityLevel, { description: 'CORPORATE, DIRECTORATE or SERVICE.' }) level!: PriorityLevel;
  @Field(() => String, { description: "The priority's name." }) name!: string;
  @Field(() => String, { description: 'Financial year, e.g. 2024-25.' }) period!: string;
  @Field(() => String, { description: 'More about it (optional).', nullable: true }) description?: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'The priority one level up, of the same council and year. None for corporate priorities.',
  })
  parentId?: string | null;
  @Field(() => ID, { description: 'Who answers for it (required before it is AGREED).', nullable: true }) ownerId?: string | null;
  @Field(() => PriorityOrigin, { description: 'NATIONAL or LOCAL (default).', nullable: true, defaultValue: PriorityOrigin.LOCAL })
  origin?: PriorityOrigin;
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
  @Field(() => String, { description: 'For an explicit non-priority: why it is not prioritised.', nullable: true }) nonPriorityReason?:
    | string
    | null;
  @Field(() => Float, { nullable: true, description: 'Budget committed, in pounds (optional).' }) budget?: number | null;
  @Field(() => Float, { nullable: true, description: 'Full-time equivalents.' }) fte?: number | null;
  @Field(() => String, { description: 'Who and what delivers it, in words (optional).', nullable: true }) capacity?: string | null;
  @Field(() => ID, { nullable: true, description: 'Directorate priorities: the directorate.' }) directorateId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Service priorities: the service.' }) serviceId?: string | null;
}

@InputType({
  description: 'Fields left out are unchanged; null clears an optional field. Level and year cannot change: create a new priority.',
})
export class UpdatePriorityInput {
  @Field(() => ID, { description: "The priority's global id." }) id!: string;
  @Field(() => Int, { description: 'The version you read; a stale one gets CONFLICT.' }) version!: number;
  @Field(() => String, { description: "The priority's name.", nullable: true }) name?: string | null;
  @Field(() => String, { description: 'More about it.', nullable: true }) description?: string | null;
  @Field(() => ID, { description: 'The priority one level up that it serves.', nullable: true }) parentId?: string | null;
  @Field(() => ID, { description: 'Who answers for it.', nullable: true }) ownerId?: string | null;
  @Field(() => PriorityOrigin, { description: 'NATIONAL or LOCAL.', nullable: true }) origin?: PriorityOrigin | null;
  @Field(() => String, { description: 'For a national priority: the national agenda it translates.', nullable: true }) nationalAgenda?:
    | string
    | null;
  @Field(() => ID, { description: 'The indicator of that agenda.', nullable: true }) nationalIndicatorId?: string | null;
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
  @Field(() => Boolean, { description: 'True to record it as an explicit non-priority (give nonPriorityReason).', nullable: true })
  isNonPriority?: boolean | null;
  @Field(() => String, { description: 'For a non-priority: why.', nullable: true }) nonPriorityReason?: string | null;
  @Field(() => Float, { description: 'Budget committed, in pounds.', nullable: true }) budget?: number | null;
  @Field(() => Float, { description: 'Staff time committed, in full-time equivalents.', nullable: true }) fte?: number | null;
  @Field(() => String, { description: 'Who and what delivers it, in words.', nullable: true }) capacity?: string | null;
  @Field(() => ID, { description: 'The directorate (directorate priorities).', nullable: true }) directorateId?: string | null;
  @Field(() => ID, { description: 'The service (service priorities).', nullable: true }) serviceId?: string | null;
}

@InputType({ description: 'A group consulted.' })
export class ConsultationGroupInput {
  @Field(() => EngagementGroupKind, { description: 'What kind of group.' }) kind!: EngagementGroupKind;
  @Field(() => String, { description: 'e.g. "Gypsy and Traveller communities", "Young carers".' }) name!: string;
  @Field(() => Boolean, {
    description: 'True for a group that is seldom heard (e.g. people who do not use services yet).',
    defaultValue: false,
  })
  hardToReach!: boolean;
}

@InputType({ description: 'A consultation with groups, what was heard, and the priorities it informed.' })
export class RecordConsultationInput {
  @Field(() => ID, { description: 'The council.' }) councilId!: string;
  @Field(() => String, { description: "The consultation's title." }) title!: string;
  @Field(() => String, { description: 'ISO date.' }) date!: string;
  @Field(() => String, { description: 'What was heard, in a sentence or two.' }) heard!: string;
  @Field(() => [ConsultationGroupInput], { description: 'At least one group.' }) groups!: ConsultationGroupInput[];
  @Field(() => [ID], { defaultValue: [], description: 'The priorities this consultation informed.' }) priorityIds!: string[];
}

@InputType({ description: 'A group told back.' })
export class CommunicationGroupInput {
  @Field(() => EngagementGroupKind, { description: 'What kind of group.' }) kind!: EngagementGroupKind;
  @Field(() => String, { description: "The group's name." }) name!: string;
}

@InputType({ description: "A communication back to groups about the council's priorities." })
export class RecordCommunicationInput {
  @Field(() => ID, { description: 'The council.' }) councilId!: string;
  @Field(() => String, { description: 'ISO date.' }) date!: string;
  @Field(() => String, { description: 'e.g. Newsletter, Public meeting, Easy-read leaflet, Staff briefing.' }) channel!: string;
  @Field(() => [CommunicationGroupInput], { description: 'At least one group.' }) groups!: CommunicationGroupInput[];
  @Field(() => [ID], { description: 'At least one priority told about.' }) priorityIds!: string[];
}

@InputType({ description: 'A new service-plan objective of a service.' })
export class CreateObjectiveInput {
  @Field(() => ID, { description: 'The service whose plan it is in.' }) serviceId!: string;
  @Field(() => String, { description: "The objective's name." }) name!: string;
  @Field(() => String, { description: 'Financial year, e.g. 2024-25.' }) period!: string;
  @Field(() => String, { description: 'More about it (optional).', nullable: true }) description?: string | null;
  @Field(() => ID, { description: 'Who answers for it (optional).', nullable: true }) ownerId?: string | null;
  @Field(() => [ID], { defaultValue: [], description: 'The priorities (same council and year) this objective delivers.' })
  priorityIds!: string[];
}

@InputType({ description: 'Fields left out are unchanged; priorityIds replaces the whole set.' })
export class UpdateObjectiveInput {
  @Field(() => ID, { description: "The objective's global id." }) id!: string;
  @Field(() => Int, { description: 'The version the caller read; a stale one is refused with CONFLICT.' }) version!: number;
  @Field(() => String, { description: "The objective's name.", nullable: true }) name?: string | null;
  @Field(() => String, { description: 'More about it; null clears it.', nullable: true }) description?: string | null;
  @Field(() => ID, { description: 'Who answers for it; null clears it.', nullable: true }) ownerId?: string | null;
  @Field(() => [ID], { description: 'The priorities it delivers (replaces the whole set).', nullable: true }) priorityIds?: string[] | null;
}

@InputType({ description: 'A new milestone of a service objective.' })
export class CreateMilestoneInput {
  @Field(() => ID, { description: 'The objective.' }) objectiveId!: string;
  @Field(() => String, { description: 'What is to be done.' }) name!: string;
  @Field(() => String, { description: 'ISO date.' }) due!: string;
  @Field(() => String, { nullable: true, description: 'ISO date; sets the status to COMPLETE.' }) completedOn?: string | null;
  @Field(() => MilestoneStatus, { description: 'Its status (NOT_STARTED when left out).', nullable: true }) status?: MilestoneStatus | null;
}

@InputType({ description: 'Fields left out are unchanged.' })
export class UpdateMilestoneInput {
  @Field(() => ID, { description: "The milestone's global id." }) id!: string;
  @Field(() => Int, { description: 'The version the caller read; a stale one is refused with CONFLICT.' }) version!: number;
  @Field(() => String, { description: 'What is to be done.', nullable: true }) name?: string | null;
  @Field(() => String, { description: 'The day it is due (YYYY-MM-DD).', nullable: true }) due?: string | null;
  @Field(() => String, { description: 'The day it was completed (YYYY-MM-DD).', nullable: true }) completedOn?: string | null;
  @Field(() => MilestoneStatus, { description: 'Its status.', nullable: true }) status?: MilestoneStatus | null;
}

@InputType({ description: 'Aimed at a service objective or a priority (at least one) of the same council and year.' })
export class CreateAppraisalObjectiveInput {
  @Field(() => ID, { description: 'The member of staff.' }) personId!: string;
  @Field(() => String, { description: 'What the member of staff will achieve.' }) name!: string;
  @Field(() => String, { description: "The financial year, e.g. '2024-25'." }) period!: string;
  @Field(() => ID, { description: 'The service objective it is aimed at.', nullable: true }) objectiveId?: string | null;
  @Field(() => ID, { description: 'The priority it is aimed at.', nullable: true }) priorityId?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date agreed with the line manager.' }) agreedOn?: string | null;
  @Field(() => String, { description: 'The day it was reviewed (YYYY-MM-DD; optional).', nullable: true }) reviewedOn?: string | null;
  @Field(() => AppraisalRating, { nullable: true, description: 'Needs reviewedOn.' }) rating?: AppraisalRating | null;
}

@InputType({ description: 'Fields left out are unchanged; null clears an optional field.' })
export class UpdateAppraisalObjectiveInput {
  @Field(() => ID, { description: "The appraisal objective's global id." }) id!: string;
  @Field(() => Int, { description: 'The version the caller read; a stale one is refused with CONFLICT.' }) version!: number;
  @Field(() => String, { description: 'What the member of staff will achieve.', nullable: true }) name?: string | null;
  @Field(() => ID, { description: 'The service objective it is aimed at.', nullable: true }) objectiveId?: string | null;
  @Field(() => ID, { description: 'The priority it is aimed at.', nullable: true }) priorityId?: string | null;
  @Field(() => String, { description: 'The day it was agreed (YYYY-MM-DD).', nullable: true }) agreedOn?: string | null;
  @Field(() => String, { description: 'The day it was reviewed (YYYY-MM-DD).', nullable: true }) reviewedOn?: string | null;
  @Field(() => AppraisalRating, { description: 'The rating at review.', nullable: true }) rating?: AppraisalRating | null;
}

@InputType({ description: 'A target and exactly one of an objective or a priority, of the same council and year.' })
export class TargetLinkInput {
  @Field(() => ID, { description: 'The target.' }) targetId!: string;
  @Field(() => ID, { description: 'The objective the target measures.', nullable: true }) objectiveId?: string | null;
  @Field(() => ID, { description: 'The priority the target measures.', nullable: true }) priorityId?: string | null;
}
