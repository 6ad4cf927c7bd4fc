import { Field, ID, ObjectType } from 'type-graphql';
import {
  HealthInterfaceNode,
  PartnerBodyNode,
  ScrutinyMeetingItemNode,
  ScrutinyMeetingNode,
  ScrutinyRecommendationNode,
  ScrutinyTopicNode,
} from './scrutiny.type.js';

@ObjectType({ description: 'The result of a scrutiny topic mutation.' })
export class ScrutinyTopicPayload {
  @Field(() => ScrutinyTopicNode, { description: 'The topic as stored after the mutation.' }) topic!: ScrutinyTopicNode;
}

@ObjectType({ description: 'The result of a scrutiny meeting mutation.' })
export class ScrutinyMeetingPayload {
  @Field(() => ScrutinyMeetingNode, { description: 'The meeting as stored.' }) meeting!: ScrutinyMeetingNode;
}

@ObjectType({ description: 'The result of a scrutiny meeting item mutation.' })
export class ScrutinyMeetingItemPayload {
  @Field(() => ScrutinyMeetingItemNode, { description: 'The item as stored.' }) item!: ScrutinyMeetingItemNode;
}

@ObjectType({ description: 'The result of a scrutiny recommendation mutation.' })
export class ScrutinyRecommendationPayload {
  @Field(() => ScrutinyRecommendationNode, { description: 'The recommendation as stored after the mutation.' })
  recommendation!: ScrutinyRecommendationNode;
}

@ObjectType({ description: 'The result of a partner body mutation.' })
export class PartnerBodyPayload {
  @Field(() => PartnerBodyNode, { description: 'The partner body as stored after the mutation.' }) partnerBody!: PartnerBodyNode;
}

@ObjectType({ description: 'The result of a health interface mutation.' })
export class HealthInterfacePayload {
  @Field(() => HealthInterfaceNode, { description: 'The mark as stored.' }) healthInterface!: HealthInterfaceNode;
}

@ObjectType({ description: 'The global id of what was removed.' })
export class ScrutinyRemovePayload {
  @Field(() => ID, { description: 'The global id of what was removed.' }) removedId!: string;
}
