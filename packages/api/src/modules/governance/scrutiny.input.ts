import { Field, ID, InputType, Int } from 'type-graphql';
import { ExecutiveResponse, PartnerBodyKind, ScrutinyTopicReason, ScrutinyTopicStatus } from '@goldenthread/domain';

@InputType({
  description:
    'A topic of a committee (a decision body of kind COMMITTEE): what it examines (a priority, service, indicator or ' +
    'partner body) and why.',
})
export class CreateScrutinyTopicInput {
  @Field(() => ID, { description: 'The council.' }) councilId!: string;
  @Field(() => ID, { description: 'The committee.' }) committeeId!: string;
  @Field(() => String, { description: "The topic's title." }) title!: string;
  @Field(() => ScrutinyTopicReason, { description: 'Why the committee chose it.' }) reason!: ScrutinyTopicReason;
  @Field(() => String, { description: 'More about why (optional).', nullable: true }) reasonNote?: string | null;
  @Field(() => ID, { description: 'The priority it examines (optional).', nullable: true }) priorityId?: string | null;
  @Field(() => ID, { description: 'The service it examines (optional).', nullable: true }) serviceId?: string | null;
  @Field(() => ID, { description: 'The indicator it examines (optional).', nullable: true }) indicatorId?: string | null;
  @Field(() => ID, { nullable: true, description: 'For health scrutiny: the NHS body whose services it examines.' }) partnerBodyId?:
    | string
    | null;
  @Field(() => Boolean, { nullable: true, description: 'Default: true for HEALTH_SCRUTINY topics and those naming a partner body.' })
  health?: boolean | null;
  @Field(() => String, { nullable: true, description: 'ISO date of the meeting it is planned for.' }) plannedFor?: string | null;
}

@InputType({
  description:
    'Fields left out are unchanged; null clears an optional one. status moves PLANNED -> IN_PROGRESS -> COMPLETE, or to DROPPED.',
})
export class UpdateScrutinyTopicInput {
  @Field(() => ID, { description: "The update scrutiny topic's global id." }) id!: string;
  @Field(() => Int, { description: 'The version the caller read; a stale one is refused with CONFLICT.' }) version!: number;
  @Field(() => String, { description: "The topic's title.", nullable: true }) title?: string | null;
  @Field(() => ScrutinyTopicReason, { description: 'Why the committee chose it.', nullable: true }) reason?: ScrutinyTopicReason | null;
  @Field(() => String, { description: 'More about why.', nullable: true }) reasonNote?: string | null;
  @Field(() => ID, { description: 'The priority it examines.', nullable: true }) priorityId?: string | null;
  @Field(() => ID, { description: 'The service it examines.', nullable: true }) serviceId?: string | null;
  @Field(() => ID, { description: 'The indicator it examines.', nullable: true }) indicatorId?: string | null;
  @Field(() => ID, { description: 'The partner body it examines.', nullable: true }) partnerBodyId?: string | null;
  @Field(() => Boolean, { description: 'True when it is health scrutiny.', nullable: true }) health?: boolean | null;
  @Field(() => ScrutinyTopicStatus, { description: 'PLANNED, IN_PROGRESS, COMPLETE or DROPPED.', nullable: true })
  status?: ScrutinyTopicStatus | null;
  @Field(() => String, { description: 'When it is planned for (YYYY-MM-DD).', nullable: true }) plannedFor?: string | null;
}

@InputType({ description: 'An item of a meeting: a topic it takes (its title by default), or an item of its own (give a title).' })
export class ScrutinyMeetingItemInput {
  @Field(() => ID, { nullable: true, description: 'A topic of the same committee; a PLANNED topic becomes IN_PROGRESS.' }) topicId?:
    | string
    | null;
  @Field(() => String, { description: "The item's title (the topic's title when left out).", nullable: true }) title?: string | null;
  @Field(() => String, { description: 'Notes of what was said (optional).', nullable: true }) notes?: string | null;
}

@InputType({ description: 'A meeting of a scrutiny committee with its items.' })
export class CreateScrutinyMeetingInput {
  @Field(() => ID, { description: 'The council.' }) councilId!: string;
  @Field(() => ID, { description: 'The committee (a decision body of kind COMMITTEE).' }) committeeId!: string;
  @Field(() => String, { description: 'ISO date.' }) heldOn!: string;
  @Field(() => [ScrutinyMeetingItemInput], { description: 'The items it takes, in agenda order.', defaultValue: [] })
  items!: ScrutinyMeetingItemInput[];
}

@InputType({ description: 'Changes a scrutiny meeting. Fields left out are unchanged.' })
export class UpdateScrutinyMeetingInput {
  @Field(() => ID, { description: "The update scrutiny meeting's global id." }) id!: string;
  @Field(() => Int, { description: 'The version the caller read; a stale one is refused with CONFLICT.' }) version!: number;
  @Field(() => String, { description: 'ISO date.' }) heldOn!: string;
}

@InputType({ description: 'An item added to a scrutiny meeting.' })
export class AddScrutinyMeetingItemInput extends ScrutinyMeetingItemInput {
  @Field(() => ID, { description: 'The meeting.' }) meetingId!: string;
}

@InputType({
  description: 'A recommendation to the executive; its response is due two months after madeOn unless responseDue says otherwise.',
})
export class MakeScrutinyRecommendationInput {
  @Field(() => ID, { description: 'The council.' }) councilId!: string;
  @Field(() => ID, { description: 'The committee making it.' }) committeeId!: string;
  @Field(() => String, { description: 'The recommendation.' }) text!: string;
  @Field(() => String, { description: 'ISO date.' }) madeOn!: string;
  @Field(() => String, { nullable: true, description: 'ISO date.' }) responseDue?: string | null;
  @Field(() => ID, { nullable: true, description: 'A topic of the same committee.' }) topicId?: string | null;
  @Field(() => ID, { nullable: true, description: 'A meeting of the same committee.' }) meetingId?: string | null;
}

@InputType({ description: 'Corrects a recommendation (before or after the response).' })
export class UpdateScrutinyRecommendationInput {
  @Field(() => ID, { description: "The update scrutiny recommendation's global id." }) id!: string;
  @Field(() => Int, { description: 'The version the caller read; a stale one is refused with CONFLICT.' }) version!: number;
  @Field(() => String, { description: 'The recommendation.', nullable: true }) text?: string | null;
  @Field(() => String, { description: "When the executive's response is due (YYYY-MM-DD).", nullable: true }) responseDue?: string | null;
}

@InputType({ description: "The executive's response. Given once; correcting it needs the version you read (CONFLICT otherwise)." })
export class RespondToScrutinyRecommendationInput {
  @Field(() => ID, { description: "The recommendation's global id." }) id!: string;
  @Field(() => Int, { nullable: true, description: 'Required to correct a response already given.' }) version?: number | null;
  @Field(() => ExecutiveResponse, { description: 'ACCEPTED, PARTLY_ACCEPTED or REJECTED.' }) response!: ExecutiveResponse;
  @Field(() => String, { description: 'ISO date.' }) respondedOn!: string;
  @Field(() => String, { description: 'What the executive will do, or why not.' }) text!: string;
}

@InputType({ description: 'A new partner body of the council.' })
export class CreatePartnerBodyInput {
  @Field(() => ID, { description: 'The council.' }) councilId!: string;
  @Field(() => String, { description: "Its name, e.g. 'NHS Suffolk and North East Essex ICB'." }) name!: string;
  @Field(() => PartnerBodyKind, { description: 'What kind of body.' }) kind!: PartnerBodyKind;
  @Field(() => String, { nullable: true, description: 'NHS ODS code, e.g. QJG.' }) odsCode?: string | null;
}

@InputType({ description: 'Fields left out are unchanged; null clears an optional field.' })
export class UpdatePartnerBodyInput {
  @Field(() => ID, { description: "The update partner body's global id." }) id!: string;
  @Field(() => Int, { description: 'The version the caller read; a stale one is refused with CONFLICT.' }) version!: number;
  @Field(() => String, { description: 'Its name.', nullable: true }) name?: string | null;
  @Field(() => PartnerBodyKind, { description: 'What kind of body.', nullable: true }) kind?: PartnerBodyKind | null;
  @Field(() => String, { description: 'Its NHS Organisation Data Service (ODS) code; null clears it.', nullable: true }) odsCode?:
    | string
    | null;
}

@InputType({ description: 'Marks a service or an indicator (exactly one) as at the health interface.' })
export class MarkHealthInterfaceInput {
  @Field(() => ID, { description: 'The council.' }) councilId!: string;
  @Field(() => ID, { description: 'The service to mark (or give indicatorId).', nullable: true }) serviceId?: string | null;
  @Field(() => ID, { description: 'The indicator to mark (or give serviceId).', nullable: true }) indicatorId?: string | null;
  @Field(() => ID, { description: 'The health body at the interface (optional).', nullable: true }) partnerBodyId?: string | null;
  @Field(() => String, { description: 'A note on the interface (optional).', nullable: true }) note?: string | null;
}
