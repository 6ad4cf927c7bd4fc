import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  AppraisalObjectiveNode,
  CommunicationNode,
  ConsultationNode,
  MilestoneNode,
  ObjectiveNode,
  PriorityLimitType,
  PriorityNode,
} from './cascade.type.js';

@ObjectType({ description: 'The result of a priority mutation.' })
export class PriorityPayload {
  @Field(() => PriorityNode, { description: 'The priority as stored.' }) priority!: PriorityNode;
}

@ObjectType({ description: 'The result of an objective mutation.' })
export class ObjectivePayload {
  @Field(() => ObjectiveNode, { description: 'The objective as stored.' }) objective!: ObjectiveNode;
}

@ObjectType({ description: 'The result of a milestone mutation.' })
export class MilestonePayload {
  @Field(() => MilestoneNode, { description: 'The milestone as stored.' }) milestone!: MilestoneNode;
}

@ObjectType({ description: 'The result of an appraisal objective mutation.' })
export class AppraisalObjectivePayload {
  @Field(() => AppraisalObjectiveNode, { description: 'The appraisal objective as stored.' }) appraisalObjective!: AppraisalObjectiveNode;
}

@ObjectType({ description: 'The result of recordConsultation.' })
export class ConsultationPayload {
  @Field(() => ConsultationNode, { description: 'The consultation as stored.' }) consultation!: ConsultationNode;
}

@ObjectType({ description: 'The result of recordCommunication.' })
export class CommunicationPayload {
  @Field(() => CommunicationNode, { description: 'The communication as stored.' }) communication!: CommunicationNode;
}

@ObjectType({ description: "The result of setPriorityLimit: the council's limits now." })
export class PriorityLimitsPayload {
  @Field(() => [PriorityLimitType], { description: 'Every level, null where there is no limit.' }) limits!: PriorityLimitType[];
}

@ObjectType({ description: 'The result of linking or unlinking a target.' })
export class TargetLinkPayload {
  @Field(() => ID, { description: 'Global id of the Target.' }) targetId!: string;
  @Field(() => ObjectiveNode, { description: 'The objective as stored; null when a priority was named.', nullable: true })
  objective!: ObjectiveNode | null;
  @Field(() => PriorityNode, { description: 'The priority as stored; null when an objective was named.', nullable: true })
  priority!: PriorityNode | null;
  @Field(() => Boolean, { description: 'False when nothing changed (already linked, or not linked).' }) changed!: boolean;
}

@ObjectType({ description: 'What a delete removed, and what it re-linked.' })
export class CascadeDeletePayload {
  @Field(() => [ID], { description: 'The global ids of every record deleted (the record and what went with it).' }) deletedIds!: string[];
  @Field(() => Int, { description: 'Objectives, priorities and appraisal objectives moved to another priority.' }) relinked!: number;
  @Field(() => String, { description: 'What was deleted and re-linked, in words.' }) message!: string;
}
