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

registerEnumType(PriorityLevel, { name: 'PriorityLevel', description: 'Where a priority sits in the cascade, from the top down.' });
registerEnumType(PriorityStatus, {
  name: 'PriorityStatus',
  description: 'A priority moves forward only: DRAFT -> AGREED -> COMMUNICATED.',
  valuesConfig: {
    DRAFT: { description: 'Being worked out.' },
    AGREED: { description: 'Agreed (needs an owner).' },
    COMMUNICATED: { description: 'Told back to staff, partners and the people consulted (needs a recorded communication).' },
  },
});
registerEnumType(PriorityOrigin, { name: 'PriorityOrigin', description: 'A national agenda translated locally (e.g. an ASCOF measure), or a local choice.' });
registerEnumType(EngagementGroupKind, { name: 'EngagementGroupKind' });
registerEnumType(MilestoneStatus, { name: 'MilestoneStatus' });
registerEnumType(AppraisalRating, { name: 'AppraisalRating' });

registerEnumType(RollupStatus, {
  name: 'RollupStatus',
  description: 'Judged on milestones: RED if any is overdue, AMBER if any is at risk, GREEN if there are milestones and neither, NONE without milestones.',
});

// ------------------------------------------------------------------------------------------ nodes

@ObjectType('Priority', { implements: Node, description: 'A priority of a council for a year, at corporate, directorate or service level; or an explicit non-priority with its reason.' })
export class PriorityNode implements Node, Keyed {
  @Field(() => ID) id!: string;
  dbId!: number;
  councilId!: number;
  parentDbId!: number | null;
  ownerId!: number | null;
  directorateId!: number | null;
  serviceId!: number | null;
  nationalIndicatorDbId!: number | null;

  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => PriorityLevel) level!: PriorityLevel;
  @Field(() => PriorityOrigin) origin!: PriorityOrigin;
  @Field(() => String, { nullable: true, description: 'For a national priority: the national agenda it translates, e.g. an ASCOF measure.' }) nationalAgenda!: string | null;
  @Field(() => ID, { nullable: true, description: 'Global id of the Indicator of that agenda, when linked.' }) nationalIndicatorId!: string | null;
  @Field(() => String, { description: 'Financial year, e.g. 2024-25.' }) period!: string;
  @Field(() => PriorityStatus) status!: PriorityStatus;
  @Field(() => String, { nullable: true, description: 'ISO date.' }) agreedOn!: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date.' }) communicatedOn!: string | null;
  @Field(() => Boolean, { description: 'An explicit "we will not prioritise this" entry; never counts as an active priority.' }) isNonPriority!: boolean;
  @Field(() => String, { nullable: true }) nonPriorityReason!: string | null;
  @Field(() => Float, { nullable: true, description: 'Budget committed, in pounds.' }) budget!: number | null;
  @Field(() => Float, { nullable: true, description: 'Staff time committed, in full-time equivalents.' }) fte!: number | null;
  @Field(() => String, { nullable: true, description: 'Capacity in words: who and what delivers it.' }) capacity!: string | null;
  @Field(() => ID, { nullable: true, description: 'Global id of the parent priority.' }) parentId!: string | null;
  @Field(() => Int) version!: number;

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

@ObjectType('Objective', { implements: Node, description: 'A service-plan objective of a service for a year, delivering one or more priorities.' })
export class ObjectiveNode implements Node, Keyed {
  @Field(() => ID) id!: string;
  dbId!: number;
  councilId!: number;
  serviceId!: number;
  ownerId!: number | null;

  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => String) period!: string;
  @Field(() => Int) version!: number;

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
  @Field(() => ID) id!: string;
  dbId!: number;
  objectiveId!: number;

  @Field(() => String) name!: string;
  @Field(() => String, { description: 'ISO date.' }) due!: string;
  @Field(() => String, { nullable: true, description: 'ISO date.' }) completedOn!: string | null;
  @Field(() => MilestoneStatus) status!: MilestoneStatus;
  @Field(() => Int) version!: number;

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

@ObjectType('AppraisalObjective', { implements: Node, description: "A member of staff's appraisal objective for a year, aimed at a service objective or a priority." })
export class AppraisalObjectiveNode implements Node, Keyed {
  @Field(() => ID) id!: string;
  dbId!: number;
  councilId!: number;
  personId!: number;
  objectiveId!: number | null;
  priorityId!: number | null;

  @Field(() => String) name!: string;
  @Field(() => String) period!: string;
  @Field(() => String, { nullable: true, description: 'ISO date; set once agreed with the line manager.' }) agreedOn!: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date.' }) reviewedOn!: string | null;
  @Field(() => AppraisalRating, { nullable: true }) rating!: AppraisalRating | null;
  @Field(() => Int) version!: number;

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
  @Field(() => EngagementGroupKind) kind!: EngagementGroupKind;
  @Field(() => String) name!: string;
  @Field(() => Boolean, { nullable: true, description: 'Consultations only: a hard-to-reach group.' }) hardToReach!: boolean | null;
}

@ObjectType('Consultation', { implements: Node, description: 'A consultation with groups, what was heard, and the priorities it informed.' })
export class ConsultationNode implements Node, Keyed {
  @Field(() => ID) id!: string;
  dbId!: number;
  councilId!: number;

  @Field(() => String) title!: string;
  @Field(() => String, { description: 'ISO date.' }) date!: string;
  @Field(() => String) heard!: string;
  @Field(() => Int) version!: number;

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
  @Field(() => ID) id!: string;
  dbId!: number;
  councilId!: number;

  @Field(() => String, { description: 'ISO date.' }) date!: string;
  @Field(() => String) channel!: string;
  @Field(() => Int) version!: number;

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

@ObjectType('PriorityLimitSetting', { simpleResolvers: true, description: "The council's limit on active priorities at a level (corporate: council-wide; directorate: per directorate; service: per service)." })
export class PriorityLimitType {
  @Field(() => PriorityLevel) level!: PriorityLevel;
  @Field(() => Int, { nullable: true, description: 'Null: no limit.' }) limit!: number | null;
}

// --------------------------------------------------------------------------- read-only trees

@ObjectType('CascadeRef', { simpleResolvers: true, description: 'A node named by the cascade, a thread or a finding: its global id (fetch it with `node(id:)`), its type and name.' })
export class CascadeRef {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'Priority, Objective, AppraisalObjective, Person, Service, Directorate, Target or Consultation.' }) type!: string;
  @Field(() => String) name!: string;
}

@ObjectType('CascadePriorityCounts', { simpleResolvers: true })
export class CascadePriorityCounts {
  @Field(() => Int) total!: number;
  @Field(() => Int) draft!: number;
  @Field(() => Int) agreed!: number;
  @Field(() => Int) communicated!: number;
}

@ObjectType('MilestoneCounts', { simpleResolvers: true, description: 'Disjoint counts: complete; overdue (not complete, past due or missed); at risk (neither).' })
export class MilestoneCountsType {
  @Field(() => Int) total!: number;
  @Field(() => Int) complete!: number;
  @Field(() => Int) overdue!: number;
  @Field(() => Int) atRisk!: number;
}

@ObjectType('CascadeRollup', { simpleResolvers: true, description: 'Distinct priorities, objectives, milestones, targets and appraisal objectives in a subtree.' })
export class CascadeRollupType {
  @Field(() => CascadePriorityCounts) priorities!: CascadePriorityCounts;
  @Field(() => Int) objectives!: number;
  @Field(() => MilestoneCountsType) milestones!: MilestoneCountsType;
  @Field(() => Int) targets!: number;
  @Field(() => Int) appraisalObjectives!: number;
  @Field(() => RollupStatus) status!: RollupStatus;
}

@ObjectType('CascadeMilestone', { simpleResolvers: true })
export class CascadeMilestone {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) due!: string;
  @Field(() => String, { nullable: true }) completedOn!: string | null;
  @Field(() => MilestoneStatus) status!: MilestoneStatus;
  @Field(() => Boolean) complete!: boolean;
  @Field(() => Boolean) overdue!: boolean;
}

@ObjectType('CascadeTarget', { simpleResolvers: true, description: 'A target (indicator value to reach) measuring part of the cascade.' })
export class CascadeTarget {
  @Field(() => ID, { description: 'Global id of the Target.' }) id!: string;
  @Field(() => ID, { description: 'Global id of the Indicator.' }) indicatorId!: string;
  @Field(() => String) indicatorName!: string;
  @Field(() => String) period!: string;
  @Field(() => Float) value!: number;
  @Field(() => ID, { nullable: true, description: 'Global id of the service the target is for, if any.' }) serviceId!: string | null;
}

@ObjectType('CascadeObjective', { simpleResolvers: true })
export class CascadeObjective {
  @Field(() => ID, { description: 'Global id of the Objective.' }) id!: string;
  @Field(() => String) name!: string;
  @Field(() => CascadeRef) service!: CascadeRef;
  @Field(() => CascadeRef, { nullable: true }) owner!: CascadeRef | null;
  @Field(() => [CascadeMilestone], { description: 'By due date.' }) milestones!: CascadeMilestone[];
  @Field(() => [CascadeTarget]) targets!: CascadeTarget[];
  @Field(() => Int) appraisalObjectiveCount!: number;
  @Field(() => CascadeRollupType) rollup!: CascadeRollupType;
}

@ObjectType('CascadePriority', { simpleResolvers: true })
export class CascadePriority {
  @Field(() => ID, { description: 'Global id of the Priority.' }) id!: string;
  @Field(() => String) name!: string;
  @Field(() => PriorityLevel) level!: PriorityLevel;
  @Field(() => PriorityStatus) status!: PriorityStatus;
  @Field(() => PriorityOrigin) origin!: PriorityOrigin;
  @Field(() => String, { nullable: true }) nationalAgenda!: string | null;
  @Field(() => CascadeRef, { nullable: true }) owner!: CascadeRef | null;
  @Field(() => Float, { nullable: true }) budget!: number | null;
  @Field(() => Float, { nullable: true }) fte!: number | null;
  @Field(() => [CascadePriority], { description: 'Priorities one level down, by name.' }) children!: CascadePriority[];
  @Field(() => [CascadeObjective], { description: 'Service-plan objectives delivering this priority, by name.' }) objectives!: CascadeObjective[];
  @Field(() => [CascadeTarget], { description: 'Targets set directly on the priority.' }) targets!: CascadeTarget[];
  @Field(() => Int, { description: 'Appraisal objectives aimed directly at the priority.' }) appraisalObjectiveCount!: number;
  @Field(() => CascadeRollupType) rollup!: CascadeRollupType;
}

@ObjectType('NonPriority', { simpleResolvers: true, description: 'An explicit "we will not prioritise this", with the reason.' })
export class NonPriorityType {
  @Field(() => ID, { description: 'Global id of the Priority row.' }) id!: string;
  @Field(() => String) name!: string;
  @Field(() => PriorityLevel) level!: PriorityLevel;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => CascadeRef, { nullable: true }) parent!: CascadeRef | null;
}

@ObjectType('Cascade', { simpleResolvers: true, description: "A council's golden thread for a year: corporate -> directorate -> service priorities -> objectives -> milestones and targets, with roll-ups." })
export class CascadeType {
  @Field(() => CascadeRef) council!: CascadeRef;
  @Field(() => String) period!: string;
  @Field(() => String, { description: 'The date overdue milestones were judged against.' }) today!: string;
  @Field(() => [CascadePriority], { description: 'One tree per corporate priority, by name.' }) corporate!: CascadePriority[];
  @Field(() => [CascadePriority], { description: 'Priorities not reachable from a corporate priority (the thread is broken above them).' }) detached!: CascadePriority[];
  @Field(() => [NonPriorityType]) nonPriorities!: NonPriorityType[];
  @Field(() => [CascadeObjective], { description: 'Objectives delivering no current priority.' }) orphanObjectives!: CascadeObjective[];
  @Field(() => CascadeRollupType, { description: 'The whole council for the period, linked or not.' }) rollup!: CascadeRollupType;
  @Field(() => [PriorityLimitType]) limits!: PriorityLimitType[];
  @Field(() => Boolean, { description: 'False when the viewer sees published data only: communicated priorities, no drafts or staff objectives.' }) includesUnpublished!: boolean;
}

@ObjectType('ThreadStep', { simpleResolvers: true })
export class ThreadStepType {
  @Field(() => ID) id!: string;
  @Field(() => String) type!: string;
  @Field(() => String) name!: string;
  @Field(() => PriorityLevel, { nullable: true, description: 'Set on Priority steps.' }) level!: PriorityLevel | null;
}

@ObjectType('ThreadChain', { simpleResolvers: true, description: 'One route up from an appraisal objective, bottom-up: complete when it reaches a corporate priority.' })
export class ThreadChainType {
  @Field(() => [ThreadStepType]) steps!: ThreadStepType[];
  @Field(() => Boolean) complete!: boolean;
  @Field(() => ThreadStepType, { nullable: true, description: 'When broken: the last node reached.' }) breaksAt!: ThreadStepType | null;
  @Field(() => String, { nullable: true, description: 'When broken: why, in plain English.' }) reason!: string | null;
}

@ObjectType('AppraisalObjectiveThread', { simpleResolvers: true })
export class AppraisalObjectiveThreadType {
  @Field(() => CascadeRef) appraisalObjective!: CascadeRef;
  @Field(() => Boolean, { description: 'Agreed with the line manager (counts for coverage).' }) agreed!: boolean;
  @Field(() => Boolean, { description: 'At least one chain reaches a corporate priority.' }) complete!: boolean;
  @Field(() => [ThreadChainType]) chains!: ThreadChainType[];
}

@ObjectType('PersonThread', { simpleResolvers: true, description: "A person's golden thread: their appraisal objectives traced up to corporate priorities, or where the thread breaks." })
export class PersonThreadType {
  @Field(() => CascadeRef) person!: CascadeRef;
  @Field(() => String) period!: string;
  @Field(() => [AppraisalObjectiveThreadType]) appraisalObjectives!: AppraisalObjectiveThreadType[];
  @Field(() => Boolean, { description: 'An agreed appraisal objective reaches a corporate priority.' }) hasThread!: boolean;
}

@ObjectType('GoldenThreadFinding', { simpleResolvers: true, description: 'A problem in the golden thread: code, severity, the nodes involved (the first is the subject), a message and a fix.' })
export class GoldenThreadFindingType {
  @Field(() => String, { description: 'e.g. ORPHAN_OBJECTIVE, UNDELIVERED_PRIORITY, NOT_ENGAGED.' }) code!: string;
  @Field(() => String, { description: 'critical, high, medium, low or info.' }) severity!: string;
  @Field(() => [CascadeRef]) nodes!: CascadeRef[];
  @Field(() => String) message!: string;
  @Field(() => String) fix!: string;
}

@ObjectType('GoldenThreadCoverageFigure', { simpleResolvers: true })
export class CoverageFigureType {
  @Field(() => Int) count!: number;
  @Field(() => Int) total!: number;
  @Field(() => Float, { nullable: true, description: 'count / total, 0..1; null when total is 0.' }) share!: number | null;
  @Field(() => [ID], { description: 'Global ids of what does not count (people, priorities or services).' }) missingIds!: string[];
}

@ObjectType('GoldenThreadCoverage', { simpleResolvers: true })
export class GoldenThreadCoverageType {
  @Field(() => CoverageFigureType, { description: 'Officers with an agreed appraisal objective of the year that traces to a corporate priority.' }) staffWithThread!: CoverageFigureType;
  @Field(() => CoverageFigureType, { description: 'Active priorities measured by a target (on them, their objectives or the priorities under them).' }) prioritiesWithTarget!: CoverageFigureType;
  @Field(() => CoverageFigureType, { description: 'Services and teams with at least one objective of the year.' }) servicesWithPlan!: CoverageFigureType;
}

@ObjectType('GoldenThreadFindingCount', { simpleResolvers: true })
export class FindingCountType {
  @Field(() => String) code!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('GoldenThreadReport', { simpleResolvers: true, description: "The golden-thread checks of a council for a year: every finding, most serious first, and the coverage figures." })
export class GoldenThreadReportType {
  @Field(() => CascadeRef) council!: CascadeRef;
  @Field(() => String) period!: string;
  @Field(() => [GoldenThreadFindingType]) findings!: GoldenThreadFindingType[];
  @Field(() => [FindingCountType], { description: 'Findings per code, by code.' }) counts!: FindingCountType[];
  @Field(() => GoldenThreadCoverageType) coverage!: GoldenThreadCoverageType;
}
