import { Field, ID, ObjectType } from 'type-graphql';
import {
  HealthInterfaceNode,
  PartnerBodyNode,
  ScrutinyMeetingItemNode,
  ScrutinyMeetingNode,
  ScrutinyRecommendationNode,
  ScrutinyTopicNode,
} from './scrutiny.type.js';

@ObjectType()
export class ScrutinyTopicPayload {
  @Field(() => ScrutinyTopicNode) topic!: ScrutinyTopicNode;
}

@ObjectType()
export class ScrutinyMeetingPayload {
  @Field(() => ScrutinyMeetingNode) meeting!: ScrutinyMeetingNode;
}

@ObjectType()
export class ScrutinyMeetingItemPayload {
  @Field(() => ScrutinyMeetingItemNode) item!: ScrutinyMeetingItemNode;
}

@ObjectType()
export class ScrutinyRecommendationPayload {
  @Field(() => ScrutinyRecommendationNode) recommendation!: ScrutinyRecommendationNode;
}

@ObjectType()
export class PartnerBodyPayload {
  @Field(() => PartnerBodyNode) partnerBody!: PartnerBodyNode;
}

@ObjectType()
export class HealthInterfacePayload {
  @Field(() => HealthInterfaceNode) healthInterface!: HealthInterfaceNode;
}

@ObjectType({ description: 'The global id of what was removed.' })
export class ScrutinyRemovePayload {
  @Field(() => ID) removedId!: string;
}
