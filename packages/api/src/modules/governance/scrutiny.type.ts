import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type {
  HealthInterface,
  PartnerBody,
  ScrutinyMeeting,
  ScrutinyMeetingItem,
  ScrutinyRecommendation,
  ScrutinyTopic,
} from '@goldenthread/db';
import {
  ExecutiveResponse,
  isRecommendationUnanswered,
  PartnerBodyKind,
  ScrutinyTopicReason,
  ScrutinyTopicStatus,
} from '@goldenthread/domain';
import { idOf } from '../../loaders.js';
import { toGlobalId } from '../../relay/global-id.js';
import { Node, type Keyed } from '../../relay/node.js';
import { isoToday } from '../delegation/delegation-snapshot.js';
import { DecisionBodyNode } from '../delegation/delegation.type.js';

registerEnumType(ScrutinyTopicReason, {
  name: 'ScrutinyTopicReason',
  description: 'Why a scrutiny committee chose a topic.',
  valuesConfig: {
    BOTTOM_QUARTILE: { description: 'An indicator in the bottom quartile.' },
    DETERIORATING: { description: 'An indicator getting worse.' },
    HEALTH_SCRUTINY: { description: 'Health scrutiny of NHS services.' },
    OFF_TARGET: { description: 'An indicator off target.' },
    OTHER: { description: 'Another reason (see reasonNote).' },
    POLICY_DEVELOPMENT: { description: 'Helping to develop a policy.' },
    PUBLIC_CONCERN: { description: 'Concern raised by the public.' },
  },
});
registerEnumType(ScrutinyTopicStatus, {
  name: 'ScrutinyTopicStatus',
  description: 'PLANNED -> IN_PROGRESS -> COMPLETE; PLANNED or IN_PROGRESS -> DROPPED.',
  valuesConfig: {
    COMPLETE: { description: 'Finished.' },
    DROPPED: { description: 'Taken off the programme.' },
    IN_PROGRESS: { description: 'Being examined.' },
    PLANNED: { description: 'On the programme, not started.' },
  },
});
registerEnumType(ExecutiveResponse, {
  name: 'ExecutiveResponse',
  description: "The executive's response to a scrutiny recommendation.",
  valuesConfig: {
    ACCEPTED: { description: 'Accepted in full.' },
    PARTLY_ACCEPTED: { description: 'Accepted in part.' },
    REJECTED: { description: 'Rejected.' },
  },
});
registerEnumType(PartnerBodyKind, {
  name: 'PartnerBodyKind',
  description: 'What kind of organisation a partner body is.',
  valuesConfig: {
    INTEGRATED_CARE_BOARD: { description: 'An NHS integrated care board.' },
    NHS_TRUST: { description: 'An NHS trust (hospital, community or mental health).' },
    OTHER: { description: 'Any other organisation.' },
    PROVIDER: { description: 'A care provider.' },
    VOLUNTARY_SECTOR: { description: 'A voluntary or community organisation.' },
  },
});

@ObjectType('PartnerBody', {
  implements: Node,
  description: 'An organisation the council works with: the NHS integrated care board, trusts, providers.',
})
export class PartnerBodyNode implements Node, Keyed {
  @Field(() => ID, { description: 'Global id of the partner body.' }) id!: string;
  dbId!: number;
  councilId!: number;
  @Field(() => String, { description: 'Its name.' }) name!: string;
  @Field(() => PartnerBodyKind, { description: 'What kind of body.' }) kind!: PartnerBodyKind;
  @Field(() => String, { nullable: true, description: 'NHS Organisation Data Service code.' }) odsCode!: string | null;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back to change it.' }) version!: number;

  static from(p: PartnerBody): PartnerBodyNode {
    return Object.assign(new PartnerBodyNode(), {
      id: toGlobalId('PartnerBody', p.id),
      dbId: p.id,
      councilId: idOf(p.council)!,
      name: p.name,
      kind: p.kind,
      odsCode: p.odsCode,
      version: p.version,
    });
  }
}

@ObjectType('HealthInterface', {
  implements: Node,
  description: 'A service or an indicator marked as at the interface with health, with the partner body where known.',
})
export class HealthInterfaceNode implements Node, Keyed {
  @Field(() => ID, { description: 'Global id of the health interface.' }) id!: string;
  dbId!: number;
  councilId!: number;
  serviceId!: number | null;
  indicatorId!: number | null;
  partnerBodyId!: number | null;
  @Field(() => String, { description: 'A note on the interface; null when none.', nullable: true }) note!: string | null;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back to change it.' }) version!: number;

  static from(h: HealthInterface): HealthInterfaceNode {
    return Object.assign(new HealthInterfaceNode(), {
      id: toGlobalId('HealthInterface', h.id),
      dbId: h.id,
      councilId: idOf(h.council)!,
      serviceId: idOf(h.service),
      indicatorId: idOf(h.indicator),
      partnerBodyId: idOf(h.partnerBody),
      note: h.note,
      version: h.version,
    });
  }
}

@ObjectType('ScrutinyTopic', {
  implements: Node,
  description: "A topic of a scrutiny committee's work programme: what it examines, and why.",
})
export class ScrutinyTopicNode implements Node, Keyed {
  @Field(() => ID, { description: 'Global id of the scrutiny topic.' }) id!: string;
  dbId!: number;
  councilId!: number;
  committeeId!: number;
  priorityId!: number | null;
  serviceId!: number | null;
  indicatorId!: number | null;
  partnerBodyId!: number | null;
  @Field(() => String, { description: "The topic's title." }) title!: string;
  @Field(() => ScrutinyTopicReason, { description: 'Why it was chosen.' }) reason!: ScrutinyTopicReason;
  @Field(() => String, { nullable: true, description: 'Why, in words (e.g. "bottom quartile for three years").' }) reasonNote!:
    | string
    | null;
  @Field(() => Boolean, { description: 'A health scrutiny topic.' }) health!: boolean;
  @Field(() => ScrutinyTopicStatus, { description: 'PLANNED, IN_PROGRESS, COMPLETE or DROPPED.' }) status!: ScrutinyTopicStatus;
  @Field(() => String, { nullable: true, description: 'ISO date of the meeting it is planned for.' }) plannedFor!: string | null;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back to change it.' }) version!: number;

  static from(t: ScrutinyTopic): ScrutinyTopicNode {
    return Object.assign(new ScrutinyTopicNode(), {
      id: toGlobalId('ScrutinyTopic', t.id),
      dbId: t.id,
      councilId: idOf(t.council)!,
      committeeId: idOf(t.committee)!,
      priorityId: idOf(t.priority),
      serviceId: idOf(t.service),
      indicatorId: idOf(t.indicator),
      partnerBodyId: idOf(t.partnerBody),
      title: t.title,
      reason: t.reason,
      reasonNote: t.reasonNote,
      health: t.health,
      status: t.status,
      plannedFor: t.plannedFor,
      version: t.version,
    });
  }
}

@ObjectType('ScrutinyMeeting', { implements: Node, description: 'A meeting of a scrutiny committee, with the items it took.' })
export class ScrutinyMeetingNode implements Node, Keyed {
  @Field(() => ID, { description: 'Global id of the scrutiny meeting.' }) id!: string;
  dbId!: number;
  councilId!: number;
  committeeId!: number;
  @Field(() => String, { description: 'ISO date.' }) heldOn!: string;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back to change it.' }) version!: number;

  static from(m: ScrutinyMeeting): ScrutinyMeetingNode {
    return Object.assign(new ScrutinyMeetingNode(), {
      id: toGlobalId('ScrutinyMeeting', m.id),
      dbId: m.id,
      councilId: idOf(m.council)!,
      committeeId: idOf(m.committee)!,
      heldOn: m.heldOn,
      version: m.version,
    });
  }
}

@ObjectType('ScrutinyMeetingItem', {
  implements: Node,
  description: 'An item taken at a scrutiny meeting, usually a topic of the work programme.',
})
export class ScrutinyMeetingItemNode implements Node, Keyed {
  @Field(() => ID, { description: 'Global id of the scrutiny meeting item.' }) id!: string;
  dbId!: number;
  meetingId!: number;
  topicId!: number | null;
  @Field(() => String, { description: "The item's title." }) title!: string;
  @Field(() => String, { description: 'Notes of what was said; null when none.', nullable: true }) notes!: string | null;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back to change it.' }) version!: number;

  static from(i: ScrutinyMeetingItem): ScrutinyMeetingItemNode {
    return Object.assign(new ScrutinyMeetingItemNode(), {
      id: toGlobalId('ScrutinyMeetingItem', i.id),
      dbId: i.id,
      meetingId: idOf(i.meeting)!,
      topicId: idOf(i.topic),
      title: i.title,
      notes: i.notes,
      version: i.version,
    });
  }
}

@ObjectType('ScrutinyRecommendation', {
  implements: Node,
  description: "A scrutiny committee's recommendation to the executive, and the executive's response.",
})
export class ScrutinyRecommendationNode implements Node, Keyed {
  @Field(() => ID, { description: 'Global id of the scrutiny recommendation.' }) id!: string;
  dbId!: number;
  councilId!: number;
  committeeId!: number;
  topicId!: number | null;
  meetingId!: number | null;
  @Field(() => String, { description: 'The recommendation.' }) text!: string;
  @Field(() => String, { description: 'ISO date.' }) madeOn!: string;
  @Field(() => String, { description: 'ISO date the executive must respond by (default: two months after madeOn).' }) responseDue!: string;
  @Field(() => ExecutiveResponse, { description: "The executive's response; null until given.", nullable: true })
  response!: ExecutiveResponse | null;
  @Field(() => String, { nullable: true, description: 'ISO date.' }) respondedOn!: string | null;
  @Field(() => String, { description: "The executive's response in words; null until given.", nullable: true }) responseText!:
    | string
    | null;
  @Field(() => Boolean, { description: 'No response and past its due date today (finding SCRUTINY_RECOMMENDATION_UNANSWERED).' })
  unanswered!: boolean;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back to change it.' }) version!: number;

  static from(r: ScrutinyRecommendation): ScrutinyRecommendationNode {
    return Object.assign(new ScrutinyRecommendationNode(), {
      id: toGlobalId('ScrutinyRecommendation', r.id),
      dbId: r.id,
      councilId: idOf(r.council)!,
      committeeId: idOf(r.committee)!,
      topicId: idOf(r.topic),
      meetingId: idOf(r.meeting),
      text: r.text,
      madeOn: r.madeOn,
      responseDue: r.responseDue,
      response: r.response,
      respondedOn: r.respondedOn,
      responseText: r.responseText,
      unanswered: isRecommendationUnanswered(r, isoToday()),
      version: r.version,
    });
  }
}

@ObjectType('ScrutinyCommitteeProgramme', {
  description: "One committee's work programme: its topics, meetings (newest first) and recommendations.",
})
export class ScrutinyCommitteeProgramme {
  @Field(() => DecisionBodyNode, { description: 'The committee.' }) committee!: DecisionBodyNode;
  @Field(() => [ScrutinyTopicNode], { description: 'By planned date (unplanned last), then title.' }) topics!: ScrutinyTopicNode[];
  @Field(() => [ScrutinyMeetingNode], { description: 'Its meetings, newest first.' }) meetings!: ScrutinyMeetingNode[];
  @Field(() => [ScrutinyRecommendationNode], { description: 'Newest first.' }) recommendations!: ScrutinyRecommendationNode[];
}

@ObjectType('ScrutinyWorkProgramme', {
  description: "A council's scrutiny work programme: per committee (those with anything on record, or the one asked for), plain lists.",
})
export class ScrutinyWorkProgramme {
  @Field(() => [ScrutinyCommitteeProgramme], { description: "Each committee's programme." }) committees!: ScrutinyCommitteeProgramme[];
}
