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

@ObjectType()
export class PriorityPayload {
  @Field(() => PriorityNode) priority!: PriorityNode;
}

@ObjectType()
export class ObjectivePayload {
  @Field(() => ObjectiveNode) objective!: ObjectiveNode;
}

@ObjectType()
export class MilestonePayload {
  @Field(() => MilestoneNode) milestone!: MilestoneNode;
}

@ObjectType()
export class AppraisalObjectivePayload {
  @Field(() => AppraisalObjectiveNode) appraisalObjective!: AppraisalObjectiveNode;
}

@ObjectType()
export class ConsultationPayload {
  @Field(() => ConsultationNode) consultation!: ConsultationNode;
}

@ObjectType()
export class CommunicationPayload {
  @Field(() => CommunicationNode) communication!: CommunicationNode;
}

@ObjectType()
export class PriorityLimitsPayload {
  @Field(() => [PriorityLimitType], { description: 'Every level, null where there is no limit.' }) limits!: PriorityLimitType[];
}

@ObjectType()
export class TargetLinkPayload {
  @Field(() => ID, { description: 'Global id of the Target.' }) targetId!: string;
  @Field(() => ObjectiveNode, { nullable: true }) objective!: ObjectiveNode | null;
  @Field(() => PriorityNode, { nullable: true }) priority!: PriorityNode | null;
  @Field(() => Boolean, { description: 'False when nothing changed (already linked, or not linked).' }) changed!: boolean;
}

@ObjectType({ description: 'What a delete removed, and what it re-linked.' })
export class CascadeDeletePayload {
  @Field(() => [ID]) deletedIds!: string[];
  @Field(() => Int, { description: 'Objectives, priorities and appraisal objectives moved to another priority.' }) relinked!: number;
  @Field(() => String) message!: string;
}
