import { Field, ID, InputType, Int } from 'type-graphql';
import { ExecutiveResponse, PartnerBodyKind, ScrutinyTopicReason, ScrutinyTopicStatus } from '@goldenthread/domain';

@InputType({
  description:
    'A topic of a committee (a decision body of kind COMMITTEE): what it examines (a priority, service, indicator or ' +
    'partner body) and why.',
})
export class CreateScrutinyTopicInput {
  @Field(() => ID) councilId!: string;
  @Field(() => ID) committeeId!: string;
  @Field(() => String) title!: string;
  @Field(() => ScrutinyTopicReason) reason!: ScrutinyTopicReason;
  @Field(() => String, { nullable: true }) reasonNote?: string | null;
  @Field(() => ID, { nullable: true }) priorityId?: string | null;
  @Field(() => ID, { nullable: true }) serviceId?: string | null;
  @Field(() => ID, { nullable: true }) indicatorId?: string | null;
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
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => ScrutinyTopicReason, { nullable: true }) reason?: ScrutinyTopicReason | null;
  @Field(() => String, { nullable: true }) reasonNote?: string | null;
  @Field(() => ID, { nullable: true }) priorityId?: string | null;
  @Field(() => ID, { nullable: true }) serviceId?: string | null;
  @Field(() => ID, { nullable: true }) indicatorId?: string | null;
  @Field(() => ID, { nullable: true }) partnerBodyId?: string | null;
  @Field(() => Boolean, { nullable: true }) health?: boolean | null;
  @Field(() => ScrutinyTopicStatus, { nullable: true }) status?: ScrutinyTopicStatus | null;
  @Field(() => String, { nullable: true }) plannedFor?: string | null;
}

@InputType({ description: 'An item of a meeting: a topic it takes (its title by default), or an item of its own (give a title).' })
export class ScrutinyMeetingItemInput {
  @Field(() => ID, { nullable: true, description: 'A topic of the same committee; a PLANNED topic becomes IN_PROGRESS.' }) topicId?:
    | string
    | null;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) notes?: string | null;
}

@InputType()
export class CreateScrutinyMeetingInput {
  @Field(() => ID) councilId!: string;
  @Field(() => ID) committeeId!: string;
  @Field(() => String, { description: 'ISO date.' }) heldOn!: string;
  @Field(() => [ScrutinyMeetingItemInput], { defaultValue: [] }) items!: ScrutinyMeetingItemInput[];
}

@InputType()
export class UpdateScrutinyMeetingInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { description: 'ISO date.' }) heldOn!: string;
}

@InputType()
export class AddScrutinyMeetingItemInput extends ScrutinyMeetingItemInput {
  @Field(() => ID) meetingId!: string;
}

@InputType({
  description: 'A recommendation to the executive; its response is due two months after madeOn unless responseDue says otherwise.',
})
export class MakeScrutinyRecommendationInput {
  @Field(() => ID) councilId!: string;
  @Field(() => ID) committeeId!: string;
  @Field(() => String) text!: string;
  @Field(() => String, { description: 'ISO date.' }) madeOn!: string;
  @Field(() => String, { nullable: true, description: 'ISO date.' }) responseDue?: string | null;
  @Field(() => ID, { nullable: true, description: 'A topic of the same committee.' }) topicId?: string | null;
  @Field(() => ID, { nullable: true, description: 'A meeting of the same committee.' }) meetingId?: string | null;
}

@InputType({ description: 'Corrects a recommendation (before or after the response).' })
export class UpdateScrutinyRecommendationInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) text?: string | null;
  @Field(() => String, { nullable: true }) responseDue?: string | null;
}

@InputType({ description: "The executive's response. Given once; correcting it needs the version you read (CONFLICT otherwise)." })
export class RespondToScrutinyRecommendationInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { nullable: true, description: 'Required to correct a response already given.' }) version?: number | null;
  @Field(() => ExecutiveResponse) response!: ExecutiveResponse;
  @Field(() => String, { description: 'ISO date.' }) respondedOn!: string;
  @Field(() => String, { description: 'What the executive will do, or why not.' }) text!: string;
}

@InputType()
export class CreatePartnerBodyInput {
  @Field(() => ID) councilId!: string;
  @Field(() => String) name!: string;
  @Field(() => PartnerBodyKind) kind!: PartnerBodyKind;
  @Field(() => String, { nullable: true, description: 'NHS ODS code, e.g. QJG.' }) odsCode?: string | null;
}

@InputType()
export class UpdatePartnerBodyInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => PartnerBodyKind, { nullable: true }) kind?: PartnerBodyKind | null;
  @Field(() => String, { nullable: true }) odsCode?: string | null;
}

@InputType({ description: 'Marks a service or an indicator (exactly one) as at the health interface.' })
export class MarkHealthInterfaceInput {
  @Field(() => ID) councilId!: string;
  @Field(() => ID, { nullable: true }) serviceId?: string | null;
  @Field(() => ID, { nullable: true }) indicatorId?: string | null;
  @Field(() => ID, { nullable: true }) partnerBodyId?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}
