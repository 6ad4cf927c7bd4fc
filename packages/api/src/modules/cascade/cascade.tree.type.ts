/**
 * The cascade's read-only trees and reports (the cascade, a person's thread, the golden-thread
 * checks): simple-resolver types built whole in memory from flat queries (cascade.view.ts).
 */
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MilestoneStatus, PriorityLevel, PriorityOrigin, PriorityStatus } from '@goldenthread/db';
import { PerformanceDriverKind, PerformanceStatusValue, RollupStatus } from '@goldenthread/domain';

export const PerformanceBasis = { PUBLISHED: 'PUBLISHED', VALIDATED: 'VALIDATED' } as const;
export type PerformanceBasis = (typeof PerformanceBasis)[keyof typeof PerformanceBasis];

registerEnumType(PerformanceStatusValue, {
  name: 'PerformanceStatus',
  description: "A priority's performance: the worst of its targets' RAG, milestones and direction of travel; NONE: nothing to judge.",
});
registerEnumType(PerformanceDriverKind, { name: 'PerformanceDriverKind', description: 'What a fact behind a performance status is.' });
registerEnumType(PerformanceBasis, {
  name: 'PerformanceBasis',
  valuesConfig: {
    PUBLISHED: { description: 'Published values only (the public and partners).' },
    VALIDATED: { description: "Validated and published values (the council's staff and councillors)." },
  },
});

@ObjectType('PerformanceIndicator', { simpleResolvers: true, description: 'The indicator a performance driver is about.' })
export class PerformanceIndicatorType {
  @Field(() => ID, { description: 'Global id of the Indicator.' }) id!: string;
  @Field(() => String) code!: string;
  @Field(() => String) title!: string;
}

@ObjectType('PerformanceDriver', {
  simpleResolvers: true,
  description:
    'One fact behind a performance status: a target met or missed, a direction of travel, the milestones, or why a measure was not judged.',
})
export class PerformanceDriverType {
  @Field(() => PerformanceDriverKind) kind!: PerformanceDriverKind;
  @Field(() => PerformanceStatusValue, { description: 'The status this fact points to; NONE when it cannot decide (no target, no value).' })
  status!: PerformanceStatusValue;
  @Field(() => Boolean, { description: 'True when this fact drove the status.' }) decisive!: boolean;
  @Field(() => String) text!: string;
  @Field(() => PerformanceIndicatorType, { nullable: true }) indicator!: PerformanceIndicatorType | null;
}

@ObjectType('PriorityPerformance', {
  simpleResolvers: true,
  description:
    "A priority's performance status over its subtree, with the reason and the facts that drove it " +
    '(the rule: packages/domain/src/cascade/performance-status.ts).',
})
export class PriorityPerformanceType {
  @Field(() => PerformanceStatusValue) status!: PerformanceStatusValue;
  @Field(() => String, { description: 'In words, e.g. "Off target on 2 of 3 measures" or "Milestones overdue (2 of 9)".' }) reason!: string;
  @Field(() => PerformanceBasis, { description: 'Which values the targets and directions were judged on, for this viewer.' })
  basis!: PerformanceBasis;
  @Field(() => [PerformanceDriverType], { description: 'The decisive facts first.' }) drivers!: PerformanceDriverType[];
}

@ObjectType('PriorityLimitSetting', {
  simpleResolvers: true,
  description:
    "The council's limit on active priorities at a level (corporate: council-wide; directorate: per directorate; service: per service).",
})
export class PriorityLimitType {
  @Field(() => PriorityLevel) level!: PriorityLevel;
  @Field(() => Int, { nullable: true, description: 'Null: no limit.' }) limit!: number | null;
}

@ObjectType('CascadeRef', {
  simpleResolvers: true,
  description: 'A node named by the cascade, a thread or a finding: its global id (fetch it with `node(id:)`), its type and name.',
})
export class CascadeRef {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'Priority, Objective, AppraisalObjective, Person, Service, Directorate, Target or Consultation.' })
  type!: string;
  @Field(() => String) name!: string;
}

@ObjectType('CascadePriorityCounts', { simpleResolvers: true })
export class CascadePriorityCounts {
  @Field(() => Int) total!: number;
  @Field(() => Int) draft!: number;
  @Field(() => Int) agreed!: number;
  @Field(() => Int) communicated!: number;
}

@ObjectType('MilestoneCounts', {
  simpleResolvers: true,
  description: 'Disjoint counts: complete; overdue (not complete, past due or missed); at risk (neither).',
})
export class MilestoneCountsType {
  @Field(() => Int) total!: number;
  @Field(() => Int) complete!: number;
  @Field(() => Int) overdue!: number;
  @Field(() => Int) atRisk!: number;
}

@ObjectType('CascadeRollup', {
  simpleResolvers: true,
  description: 'Distinct priorities, objectives, milestones, targets and appraisal objectives in a subtree.',
})
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
  @Field(() => [CascadeObjective], { description: 'Service-plan objectives delivering this priority, by name.' })
  objectives!: CascadeObjective[];
  @Field(() => [CascadeTarget], { description: 'Targets set directly on the priority.' }) targets!: CascadeTarget[];
  @Field(() => Int, { description: 'Appraisal objectives aimed directly at the priority.' }) appraisalObjectiveCount!: number;
  @Field(() => CascadeRollupType) rollup!: CascadeRollupType;
  @Field(() => PriorityPerformanceType, { description: 'Targets, direction of travel and milestones of its subtree, with the reason.' })
  performanceStatus!: PriorityPerformanceType;
}

@ObjectType('NonPriority', { simpleResolvers: true, description: 'An explicit "we will not prioritise this", with the reason.' })
export class NonPriorityType {
  @Field(() => ID, { description: 'Global id of the Priority row.' }) id!: string;
  @Field(() => String) name!: string;
  @Field(() => PriorityLevel) level!: PriorityLevel;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => CascadeRef, { nullable: true }) parent!: CascadeRef | null;
}

@ObjectType('Cascade', {
  simpleResolvers: true,
  description:
    "A council's golden thread for a year: corporate -> directorate -> service priorities -> objectives -> milestones and targets, with " +
    'roll-ups.',
})
export class CascadeType {
  @Field(() => CascadeRef) council!: CascadeRef;
  @Field(() => String) period!: string;
  @Field(() => String, { description: 'The date overdue milestones were judged against.' }) today!: string;
  @Field(() => [CascadePriority], { description: 'One tree per corporate priority, by name.' }) corporate!: CascadePriority[];
  @Field(() => [CascadePriority], { description: 'Priorities not reachable from a corporate priority (the thread is broken above them).' })
  detached!: CascadePriority[];
  @Field(() => [NonPriorityType]) nonPriorities!: NonPriorityType[];
  @Field(() => [CascadeObjective], { description: 'Objectives delivering no current priority.' }) orphanObjectives!: CascadeObjective[];
  @Field(() => CascadeRollupType, { description: 'The whole council for the period, linked or not.' }) rollup!: CascadeRollupType;
  @Field(() => [PriorityLimitType]) limits!: PriorityLimitType[];
  @Field(() => Boolean, {
    description: 'False when the viewer sees published data only: communicated priorities, no drafts or staff objectives.',
  })
  includesUnpublished!: boolean;
}

@ObjectType('ThreadStep', { simpleResolvers: true })
export class ThreadStepType {
  @Field(() => ID) id!: string;
  @Field(() => String) type!: string;
  @Field(() => String) name!: string;
  @Field(() => PriorityLevel, { nullable: true, description: 'Set on Priority steps.' }) level!: PriorityLevel | null;
  @Field(() => PriorityPerformanceType, { nullable: true, description: "Set on Priority steps: the priority's performance status." })
  performanceStatus!: PriorityPerformanceType | null;
}

@ObjectType('ThreadChain', {
  simpleResolvers: true,
  description: 'One route up from an appraisal objective, bottom-up: complete when it reaches a corporate priority.',
})
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

@ObjectType('PersonThread', {
  simpleResolvers: true,
  description: "A person's golden thread: their appraisal objectives traced up to corporate priorities, or where the thread breaks.",
})
export class PersonThreadType {
  @Field(() => CascadeRef) person!: CascadeRef;
  @Field(() => String) period!: string;
  @Field(() => [AppraisalObjectiveThreadType]) appraisalObjectives!: AppraisalObjectiveThreadType[];
  @Field(() => Boolean, { description: 'An agreed appraisal objective reaches a corporate priority.' }) hasThread!: boolean;
}

@ObjectType('GoldenThreadFinding', {
  simpleResolvers: true,
  description: 'A problem in the golden thread: code, severity, the nodes involved (the first is the subject), a message and a fix.',
})
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
  @Field(() => CoverageFigureType, {
    description: 'Officers with an agreed appraisal objective of the year that traces to a corporate priority.',
  })
  staffWithThread!: CoverageFigureType;
  @Field(() => CoverageFigureType, {
    description: 'Active priorities measured by a target (on them, their objectives or the priorities under them).',
  })
  prioritiesWithTarget!: CoverageFigureType;
  @Field(() => CoverageFigureType, { description: 'Services and teams with at least one objective of the year.' })
  servicesWithPlan!: CoverageFigureType;
}

@ObjectType('GoldenThreadFindingCount', { simpleResolvers: true })
export class FindingCountType {
  @Field(() => String) code!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('GoldenThreadReport', {
  simpleResolvers: true,
  description: 'The golden-thread checks of a council for a year: every finding, most serious first, and the coverage figures.',
})
export class GoldenThreadReportType {
  @Field(() => CascadeRef) council!: CascadeRef;
  @Field(() => String) period!: string;
  @Field(() => [GoldenThreadFindingType]) findings!: GoldenThreadFindingType[];
  @Field(() => [FindingCountType], { description: 'Findings per code, by code.' }) counts!: FindingCountType[];
  @Field(() => GoldenThreadCoverageType) coverage!: GoldenThreadCoverageType;
}
