import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  AppraisalObjective,
  AppraisalRating,
  Communication,
  Consultation,
  EngagementGroupKind,
  Milestone,
  MilestoneStatus,
  Objective,
  Priority,
  PriorityLevel,
  PriorityOrigin,
  PriorityStatus,
} from '@goldenthread/db';
import { RollupStatus } from '@goldenthread/domain';
import { idOf } from '../../loaders.js';
import { toGlobalId } from '../../relay/global-id.js';
import { Node, type Keyed } from '../../relay/node.js';

registerEnumType(PriorityLevel, {
  name: 'PriorityLevel',
  description: 'Where a priority sits in the cascade, from the top down.',
  valuesConfig: {
    CORPORATE: { description: 'Council-wide.' },
    DIRECTORATE: { description: "A directorate's." },
    SERVICE: { description: "A service's." },
  },
});
registerEnumType(PriorityStatus, {
  name: 'PriorityStatus',
  description: 'A priority moves forward only: DRAFT -> AGREED -> COMMUNICATED.',
  valuesConfig: {
    DRAFT: { description: 'Being worked out.' },
    AGREED: { description: 'Agreed (needs an owner).' },
    COMMUNICATED: { description: 'Told back to staff, partners and the people consulted (needs a recorded communication).' },
  },
});
registerEnumType(PriorityOrigin, {
  name: 'PriorityOrigin',
  description: 'A national agenda translated locally (e.g. an ASCOF measure), or a local choice.',
  valuesConfig: {
    LOCAL: { description: "The council's own choice." },
    NATIONAL: { description: 'A national agenda translated locally (give nationalAgenda).' },
  },
});
registerEnumType(EngagementGroupKind, {
  name: 'EngagementGroupKind',
  description: 'A kind of group a council consults or tells back.',
  valuesConfig: {
    CARERS: { description: 'Unpaid carers.' },
    COMMUNITY: { description: 'Residents and community groups.' },
    PARTNERS: { description: 'Partner bodies (NHS, police, voluntary sector).' },
    PROVIDERS: { description: 'Care providers.' },
    SERVICE_USERS: { description: 'People who use the services.' },
    STAFF: { description: "The council's staff." },
  },
});
registerEnumType(MilestoneStatus, {
  name: 'MilestoneStatus',
  description: "A milestone's status as reported by its owner.",
  valuesConfig: {
    AT_RISK: { description: 'Started, but may be late.' },
    COMPLETE: { description: 'Done (give completedOn).' },
    MISSED: { description: 'Not done by its due date and given up.' },
    NOT_STARTED: { description: 'Not started yet.' },
    ON_TRACK: { description: 'Started and on track.' },
  },
});
registerEnumType(AppraisalRating, {
  name: 'AppraisalRating',
  description: 'How far an appraisal objective was achieved, at review.',
  valuesConfig: {
    EXCEEDED: { description: 'Achieved and more.' },
    MET: { description: 'Achieved.' },
    NOT_MET: { description: 'Not achieved.' },
    PARTLY_MET: { description: 'Partly achieved.' },
  },
});

registerEnumType(RollupStatus, {
  name: 'RollupStatus',
  description:
    'Judged on milestones: RED if any is overdue, AMBER if any is at risk, GREEN if there are milestones and neither, NONE without ' +
    'milestones.',
  valuesConfig: {
    AMBER: { description: 'A milestone is at risk.' },
    GREEN: { description: 'Milestones, none overdue or at risk.' },
    NONE: { description: 'No milestones.' },
    RED: { description: 'A milestone is overdue.' },
  },
});

// ------------------------------------------------------------------------------------------ nodes

@ObjectType('Priority', {
  implements: Node,
  description:
    'A priority of a council for a year, at corporate, directorate or service level; or an explicit non-priority with its reason.',
})
export class PriorityNode implements Node, Keyed {
  @Field(() => ID, { description: 'Global id of the priority.' }) id!: string;
  dbId!: number;
  councilId!: number;
  parentDbId!: number | null;
  ownerId!: number | null;
  directorateId!: number | null;
  serviceId!: number | null;
  nationalIndicatorDbId!: number | null;

  @Field(() => String, { description: "The priority's name." }) name!: string;
  @Field(() => String, { description: 'More about it; null when none.', nullable: true }) description!: string | null;
  @Field(() => PriorityLevel, { description: 'CORPORATE, DIRECTORATE or SERVICE.' }) level!: PriorityLevel;
  @Field(() => PriorityOrigin, { description: 'NATIONAL or LOCAL.' }) origin!: PriorityOrigin;
  @Field(() => String, {
    nullable: true,
    description: 'For a national priority: the national agenda it translates, e.g. an ASCOF measure.',
  })
  nationalAgenda!: string | null;
  @Field(() => ID, { nullable: true, description: 'Global id of the Indicator of that agenda, when linked.' }) nationalIndicatorId!:
    | string
    | null;
  @Field(() => String, { description: 'Financial year, e.g. 2024-25.' }) period!: string;
  @Field(() => PriorityStatus, { description: 'DRAFT, AGREED or COMMUNICATED (the public sees communicated ones).' })
  status!: PriorityStatus;
  @Field(() => String, { nullable: true, description: 'ISO date.' }) agreedOn!: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date.' }) communicatedOn!: string | null;
  @Field(() => Boolean, { description: 'An explicit "we will not prioritise this" entry; never counts as an active priority.' })
  isNonPriority!: boolean;
  @Field(() => String, { description: 'For an explicit non-priority: why; null otherwise.', nullable: true }) nonPriorityReason!:
    | string
    | null;
  @Field(() => Float, { nullable: true, description: 'Budget committed, in pounds.' }) budget!: number | null;
  @Field(() => Float, { nullable: true, description: 'Staff time committed, in full-time equivalents.' }) fte!: number | null;
  @Field(() => String, { nullable: true, description: 'Capacity in words: who and what delivers it.' }) capacity!: string | null;
  @Field(() => ID, { nullable: true, description: 'Global id of the parent priority.' }) parentId!: string | null;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back to change or delete it.' }) version!: number;

  static from(p: Priority): PriorityNode {
    const parent = idOf(p.parent);
    const indicator = idOf(p.nationalIndicator);
    return Object.assign(new PriorityNode(), {
      id: toGlobalId('Priority', p.id),
      dbId: p.id,
      councilId: idOf(p.council)!,
      parentDbId: parent,
      ownerId: idOf(p.owner),
      directorateId: idOf(p.directorate),
      serviceId: idOf(p.service),
      nationalIndicatorDbId: indicator,
      name: p.name,
      description: p.description,
      level: p.level,
      origin: p.origin,
      nationalAgenda: p.nationalAgenda,
      nationalIndicatorId: indicator === null ? null : toGlobalId('Indicator', indicator),
      period: p.period,
      status: p.status,
      agreedOn: p.agreedOn,
      communicatedOn: p.communicatedOn,
      isNonPriority: p.isNonPriority,
      nonPriorityReason: p.nonPriorityReason,
      budget: p.budget,
      fte: p.fte,
      capacity: p.capacity,
      parentId: parent === null ? null : toGlobalId('Priority', parent),
      version: p.version,
    });
  }
}

@ObjectType('Objective', {
  implements: Node,
  description: 'A service-plan objective of a service for a year, delivering one or more priorities.',
})
export class ObjectiveNode implements Node, Keyed {
  @Field(() => ID, { description: 'Global id of the objective.' }) id!: string;
  dbId!: number;
  councilId!: number;
  serviceId!: number;
  ownerId!: number | null;

  @Field(() => String, { description: "The objective's name." }) name!: string;
  @Field(() => String, { description: 'More about it; null when none.', nullable: true }) description!: string | null;
  @Field(() => String, { description: "The financial year, e.g. '2024-25'." }) period!: string;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back to change or delete it.' }) version!: number;

  static from(o: Objective): ObjectiveNode {
    return Object.assign(new ObjectiveNode(), {
      id: toGlobalId('Objective', o.id),
      dbId: o.id,
      councilId: idOf(o.council)!,
      serviceId: idOf(o.service)!,
      ownerId: idOf(o.owner),
      name: o.name,
      description: o.description,
      period: o.period,
      version: o.version,
    });
  }
}

@ObjectType('Milestone', { implements: Node, description: 'A milestone of a service-plan objective.' })
export class MilestoneNode implements Node, Keyed {
  @Field(() => ID, { description: 'Global id of the milestone.' }) id!: string;
  dbId!: number;
  objectiveId!: number;

  @Field(() => String, { description: 'What is to be done.' }) name!: string;
  @Field(() => String, { description: 'ISO date.' }) due!: string;
  @Field(() => String, { nullable: true, description: 'ISO date.' }) completedOn!: string | null;
  @Field(() => MilestoneStatus, { description: 'Its status as last reported.' }) status!: MilestoneStatus;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back to change or delete it.' }) version!: number;

  static from(m: Milestone): MilestoneNode {
    return Object.assign(new MilestoneNode(), {
      id: toGlobalId('Milestone', m.id),
      dbId: m.id,
      objectiveId: idOf(m.objective)!,
      name: m.name,
      due: m.due,
      completedOn: m.completedOn,
      status: m.status,
      version: m.version,
    });
  }
}

@ObjectType('AppraisalObjective', {
  implements: Node,
  description: "A member of staff's appraisal objective for a year, aimed at a service objective or a priority.",
})
export class AppraisalObjectiveNode implements Node, Keyed {
  @Field(() => ID, { description: "Global id of the appraisal objective (seen only by the council's own people)." }) id!: string;
  dbId!: number;
  councilId!: number;
  personId!: number;
  objectiveId!: number | null;
  priorityId!: number | null;

  @Field(() => String, { description: 'What the member of staff will achieve.' }) name!: string;
  @Field(() => String, { description: "The financial year, e.g. '2024-25'." }) period!: string;
  @Field(() => String, { nullable: true, description: 'ISO date; set once agreed with the line manager.' }) agreedOn!: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date.' }) reviewedOn!: string | null;
  @Field(() => AppraisalRating, { description: 'The rating at review; null until rated.', nullable: true }) rating!: AppraisalRating | null;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back to change or delete it.' }) version!: number;

  static from(a: AppraisalObjective): AppraisalObjectiveNode {
    return Object.assign(new AppraisalObjectiveNode(), {
      id: toGlobalId('AppraisalObjective', a.id),
      dbId: a.id,
      councilId: idOf(a.council)!,
      personId: idOf(a.person)!,
      objectiveId: idOf(a.objective),
      priorityId: idOf(a.priority),
      name: a.name,
      period: a.period,
      agreedOn: a.agreedOn,
      reviewedOn: a.reviewedOn,
      rating: a.rating,
      version: a.version,
    });
  }
}

@ObjectType('EngagementGroup', { simpleResolvers: true, description: 'A group consulted or told back.' })
export class EngagementGroupType {
  @Field(() => EngagementGroupKind, { description: 'What kind of group.' }) kind!: EngagementGroupKind;
  @Field(() => String, { description: "The group's name." }) name!: string;
  @Field(() => Boolean, { nullable: true, description: 'Consultations only: a hard-to-reach group.' }) hardToReach!: boolean | null;
}

@ObjectType('Consultation', {
  implements: Node,
  description: 'A consultation with groups, what was heard, and the priorities it informed.',
})
export class ConsultationNode implements Node, Keyed {
  @Field(() => ID, { description: 'Global id of the consultation.' }) id!: string;
  dbId!: number;
  councilId!: number;

  @Field(() => String, { description: "The consultation's title." }) title!: string;
  @Field(() => String, { description: 'ISO date.' }) date!: string;
  @Field(() => String, { description: 'What was heard, in a sentence or two.' }) heard!: string;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back to change or delete it.' }) version!: number;

  static from(c: Consultation): ConsultationNode {
    return Object.assign(new ConsultationNode(), {
      id: toGlobalId('Consultation', c.id),
      dbId: c.id,
      councilId: idOf(c.council)!,
      title: c.title,
      date: c.date,
      heard: c.heard,
      version: c.version,
    });
  }
}

@ObjectType('Communication', { implements: Node, description: 'A communication back to groups about priorities.' })
export class CommunicationNode implements Node, Keyed {
  @Field(() => ID, { description: 'Global id of the communication.' }) id!: string;
  dbId!: number;
  councilId!: number;

  @Field(() => String, { description: 'ISO date.' }) date!: string;
  @Field(() => String, { description: "How it was told, e.g. 'newsletter', 'staff briefing'." }) channel!: string;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back to change or delete it.' }) version!: number;

  static from(c: Communication): CommunicationNode {
    return Object.assign(new CommunicationNode(), {
      id: toGlobalId('Communication', c.id),
      dbId: c.id,
      councilId: idOf(c.council)!,
      date: c.date,
      channel: c.channel,
      version: c.version,
    });
  }
}

// The read-only trees and reports live in cascade.tree.type.ts.
export * from './cascade.tree.type.js';
