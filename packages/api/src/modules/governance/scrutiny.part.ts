import {
  HealthInterface,
  PartnerBody,
  ScrutinyMeeting,
  ScrutinyMeetingItem,
  ScrutinyRecommendation,
  ScrutinyTopic,
} from '@goldenthread/db';
import type { NodeLoader } from '../feature-module.js';
import type { GovernancePart } from './part.js';
import {
  CouncilHealthResolver,
  HealthInterfaceResolver,
  IndicatorHealthResolver,
  PartnerBodyResolver,
  ServiceHealthResolver,
} from './scrutiny.health.resolver.js';
import {
  ScrutinyMeetingItemResolver,
  ScrutinyMeetingResolver,
  ScrutinyRecommendationResolver,
  ScrutinyTopicResolver,
  ScrutinyWorkProgrammeResolver,
} from './scrutiny.resolver.js';
import {
  HealthInterfaceNode,
  PartnerBodyNode,
  ScrutinyMeetingItemNode,
  ScrutinyMeetingNode,
  ScrutinyRecommendationNode,
  ScrutinyTopicNode,
} from './scrutiny.type.js';

const loader = (entity: NodeLoader['entity'], map: (row: never) => unknown): NodeLoader => ({ entity, map: map as NodeLoader['map'] });

/**
 * The scrutiny area of the governance feature (see part.ts): committees' work programmes (topics,
 * meetings and items, recommendations and the executive's responses) and health scrutiny (partner
 * bodies, services and indicators at the health interface).
 */
export const scrutinyPart: GovernancePart = {
  resolvers: [
    ScrutinyWorkProgrammeResolver,
    ScrutinyTopicResolver,
    ScrutinyMeetingResolver,
    ScrutinyMeetingItemResolver,
    ScrutinyRecommendationResolver,
    PartnerBodyResolver,
    HealthInterfaceResolver,
    CouncilHealthResolver,
    ServiceHealthResolver,
    IndicatorHealthResolver,
  ],
  nodeTypes: {
    ScrutinyTopic: loader(ScrutinyTopic, ScrutinyTopicNode.from),
    ScrutinyMeeting: loader(ScrutinyMeeting, ScrutinyMeetingNode.from),
    ScrutinyMeetingItem: loader(ScrutinyMeetingItem, ScrutinyMeetingItemNode.from),
    ScrutinyRecommendation: loader(ScrutinyRecommendation, ScrutinyRecommendationNode.from),
    PartnerBody: loader(PartnerBody, PartnerBodyNode.from),
    HealthInterface: loader(HealthInterface, HealthInterfaceNode.from),
  },
  visibility: {
    // Councils publish their scrutiny work programmes and the executive's responses; partner bodies
    // and health-interface marks are public too (README "What each viewer sees").
    ScrutinyTopic: 'public',
    ScrutinyMeeting: 'public',
    ScrutinyMeetingItem: 'public',
    ScrutinyRecommendation: 'public',
    PartnerBody: 'public',
    HealthInterface: 'public',
    ScrutinyCommitteeProgramme: 'value',
    ScrutinyWorkProgramme: 'value',
    ScrutinyTopicPayload: 'value',
    ScrutinyMeetingPayload: 'value',
    ScrutinyMeetingItemPayload: 'value',
    ScrutinyRecommendationPayload: 'value',
    PartnerBodyPayload: 'value',
    HealthInterfacePayload: 'value',
    ScrutinyRemovePayload: 'value',
  },
};
