/**
 * The cascade's read-only trees and reports (the cascade, a person's thread, the golden-thread
 * checks): simple-resolver types built whole in memory from flat queries (cascade.view.ts).
 */
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MilestoneStatus, PriorityLevel, PriorityOrigin, PriorityStatus } from '@goldenthread/db';
import { PerformanceDriverKind, PerformanceStatusValue, RollupStatus } from '@goldenthread/domain';
import { IndicatorPrecision } from '../indicators/measures.type.js';

export const PerformanceBasis = { PUBLISHED: 'PUBLISHED', VALIDATED: 'VALIDATED' } as const;
export type PerformanceBasis = (typeof PerformanceBasis)[keyof typeof PerformanceBasis];

registerEnumType(PerformanceStatusValue, {
  name: 'PerformanceStatus',
  description: "A priority's performance: the worst of its targets' RAG, milestones and direction of travel; NONE: nothing to judge.",
  valuesConfig: {
    AMBER: {
      description: 'The worst component is amber: a target missed within tolerance, a milestone at risk, or a measure deteriorating.',
    },
    GREEN: { description: 'Every component with something to say is green.' },
    NONE: { description: 'Nothing to judge: never a guess.' },
    RED: { description: 'A target missed by more than its tolerance, or a milestone overdue (a direction alone never makes RED).' },
  },
});
registerEnumType(PerformanceDriverKind, {
  name: 'PerformanceDriverKind',
  description: 'What a fact behind a performance status is.',
  valuesConfig: {
    DETERIORATING: {
      description: 'The latest figure is worse than the one before it, beyond the no-significant-change band (makes at most AMBER).',
    },
    IMPROVING: { description: 'The latest figure is better than the one before it, beyond the no-significant-change band.' },
    MILESTONES_AT_RISK: { description: 'Some milestones are at risk.' },
    MILESTONES_ON_TRACK: { description: 'The milestones are on track.' },
    MILESTONES_OVERDUE: { description: 'Some milestones are overdue.' },
    NEAR_TARGET: { description: 'The figure misses its target within tolerance (amber).' },
    NO_DATA: { description: 'No figure to judge.' },
    NO_POLARITY: { description: 'The indicator has no known polarity, so it is not judged.' },
    NO_TARGET: { description: 'No target to judge against.' },
    OFF_TARGET: { description: 'The figure misses its target beyond tolerance (red).' },
    ON_TARGET: { description: 'The figure meets its target (green).' },
    STABLE: { description: 'No significant change from the figure before it.' },
    STALE_DATA: { description: "The latest figure's period ended more than a year before the priority's year began: not judged." },
  },
});
registerEnumType(PerformanceBasis, {
  name: 'PerformanceBasis',
  valuesConfig: {
    PUBLISHED: { description: 'Published values only (the public and partners).' },
    VALIDATED: { description: "Validated and published values (the council's staff and councillors)." },
  },
  description: 'Which figures a performance status is judged on: published ones, or validated ones too.',
});

@ObjectType('PerformanceIndicator', { simpleResolvers: true, description: 'The indicator a performance driver is about.' })
export class PerformanceIndicatorType {
  @Field(() => ID, { description: 'Global id of the Indicator.' }) id!: string;
  @Field(() => String, { description: "The indicator's code." }) code!: string;
  @Field(() => String, { description: "The indicator's title." }) title!: string;
}

@ObjectType('PerformanceDriver', {
  simpleResolvers: true,
  description:
    'One fact behind a performance status: a target met or missed, a direction of travel, the milestones, or why a measure was not judged.',
})
export class PerformanceDriverType {
  @Field(() => PerformanceDriverKind, { description: 'What the fact is.' }) kind!: PerformanceDriverKind;
  @Field(() => PerformanceStatusValue, { description: 'The status this fact points to; NONE when it cannot decide (no target, no value).' })
  status!: PerformanceStatusValue;
  @Field(() => Boolean, { description: 'True when this fact drove the status.' }) decisive!: boolean;
  @Field(() => String, { description: 'The fact in words.' }) text!: string;
  @Field(() => PerformanceIndicatorType, { description: 'The indicator the fact is about; null for milestone facts.', nullable: true })
  indicator!: PerformanceIndicatorType | null;
}

@ObjectType('PriorityPerformance', {
  simpleResolvers: true,
  description:
    "A priority's performance status over its subtree, with the reason and the facts that drove it " +
    '(the rule: packages/domain/src/cascade/performance-status.ts).',
})
export class PriorityPerformanceType {
  @Field(() => PerformanceStatusValue, { description: 'RED, AMBER, GREEN or NONE.' }) status!: PerformanceStatusValue;
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
  @Field(() => PriorityLevel, { description: 'The level limited.' }) level!: PriorityLevel;
  @Field(() => Int, { nullable: true, description: 'Null: no limit.' }) limit!: number | null;
}

@ObjectType('CascadeRef', {
  simpleResolvers: true,
  description: 'A node named by the cascade, a thread or a finding: its global id (fetch it with `node(id:)`), its type and name.',
})
export class CascadeRef {
  @Field(() => ID, { description: "The record's global id." }) id!: string;
  @Field(() => String, { description: 'Priority, Objective, AppraisalObjective, Person, Service, Directorate, Target or Consultation.' })
  type!: string;
  @Field(() => String, { description: "The record's name." }) name!: string;
}

@ObjectType('CascadePriorityCounts', { description: 'Priorities in a subtree, by status.', simpleResolvers: true })
export class CascadePriorityCounts {
  @Field(() => Int, { description: 'All priorities counted.' }) total!: number;
  @Field(() => Int, { description: 'Priorities still DRAFT.' }) draft!: number;
  @Field(() => Int, { description: 'Priorities AGREED.' }) agreed!: number;
  @Field(() => Int, { description: 'Priorities COMMUNICATED.' }) communicated!: number;
}

@ObjectType('MilestoneCounts', {
  simpleResolvers: true,
  description: 'Disjoint counts: complete; overdue (not complete, past due or missed); at risk (neither).',
})
export class MilestoneCountsType {
  @Field(() => Int, { description: 'All milestones counted.' }) total!: number;
  @Field(() => Int, { description: 'Complete.' }) complete!: number;
  @Field(() => Int, { description: 'Not complete and past due, or missed.' }) overdue!: number;
  @Field(() => Int, { description: 'Neither complete nor overdue.' }) atRisk!: number;
}

@ObjectType('CascadeRollup', {
  simpleResolvers: true,
  description: 'Distinct priorities, objectives, milestones, targets and appraisal objectives in a subtree.',
})
export class CascadeRollupType {
  @Field(() => CascadePriorityCounts, { description: 'Priorities in the subtree, by status.' }) priorities!: CascadePriorityCounts;
  @Field(() => Int, { description: 'Distinct objectives in the subtree.' }) objectives!: number;
  @Field(() => MilestoneCountsType, { description: 'Milestones of the subtree, by state.' }) milestones!: MilestoneCountsType;
  @Field(() => Int, { description: 'Distinct targets in the subtree.' }) targets!: number;
  @Field(() => Int, { description: 'Distinct appraisal objectives aimed at the subtree.' }) appraisalObjectives!: number;
  @Field(() => RollupStatus, { description: 'RED, AMBER, GREEN or NONE, judged on the milestones.' }) status!: RollupStatus;
}

@ObjectType('CascadeMilestone', { description: 'A milestone as shown in the cascade.', simpleResolvers: true })
export class CascadeMilestone {
  @Field(() => ID, { description: "The milestone's global id." }) id!: string;
  @Field(() => String, { description: 'What is to be done.' }) name!: string;
  @Field(() => String, { description: 'The day it is due (YYYY-MM-DD).' }) due!: string;
  @Field(() => String, { description: 'The day it was completed (YYYY-MM-DD); null until complete.', nullable: true }) completedOn!:
    | string
    | null;
  @Field(() => MilestoneStatus, { description: 'Its status as last reported.' }) status!: MilestoneStatus;
  @Field(() => Boolean, { description: 'True when complete.' }) complete!: boolean;
  @Field(() => Boolean, { description: 'True when not complete and past its due date, or MISSED.' }) overdue!: boolean;
}

@ObjectType('CascadeTarget', { simpleResolvers: true, description: 'A target (indicator value to reach) measuring part of the cascade.' })
export class CascadeTarget {
  @Field(() => ID, { description: 'Global id of the Target.' }) id!: string;
  @Field(() => ID, { description: 'Global id of the Indicator.' }) indicatorId!: string;
  @Field(() => String, { description: 'The title of the indicator measured.' }) indicatorName!: string;
  @Field(() => IndicatorPrecision, { description: "How the indicator's figures are published: write the value to this precision." })
  precision!: IndicatorPrecision;
  @Field(() => String, { nullable: true, description: "The indicator's unit (%, score 0-24...); null when it states none." })
  unit!: string | null;
  @Field(() => String, { description: "The period of the target, e.g. '2024-25'." }) period!: string;
  @Field(() => Float, { description: "The value to reach, in the indicator's unit." }) value!: number;
  @Field(() => ID, { nullable: true, description: 'Global id of the service the target is for, if any.' }) serviceId!: string | null;
}

@ObjectType('CascadeObjective', { description: 'A service objective as shown in the cascade, with its roll-up.', simpleResolvers: true })
export class CascadeObjective {
  @Field(() => ID, { description: 'Global id of the Objective.' }) id!: string;
  @Field(() => String, { description: "The objective's name." }) name!: string;
  @Field(() => CascadeRef, { description: 'The service whose plan it is in.' }) service!: CascadeRef;
  @Field(() => CascadeRef, { description: 'Who answers for it; null when no owner.', nullable: true }) owner!: CascadeRef | null;
  @Field(() => [CascadeMilestone], { description: 'By due date.' }) milestones!: CascadeMilestone[];
  @Field(() => [CascadeTarget], { description: 'The targets that measure it.' }) targets!: CascadeTarget[];
  @Field(() => Int, {
    description: 'Appraisal objectives aimed at it (counted for everyone; the objectives themselves stay in the council).',
  })
  appraisalObjectiveCount!: number;
  @Field(() => CascadeRollupType, { description: 'Counts and status over its milestones and targets.' }) rollup!: CascadeRollupType;
}

@ObjectType('CascadePriority', { description: 'A priority as shown in the cascade, with its roll-up.', simpleResolvers: true })
export class CascadePriority {
  @Field(() => ID, { description: 'Global id of the Priority.' }) id!: string;
  @Field(() => String, { description: "The priority's name." }) name!: string;
  @Field(() => PriorityLevel, { description: 'CORPORATE, DIRECTORATE or SERVICE.' }) level!: PriorityLevel;
  @Field(() => PriorityStatus, { description: 'DRAFT, AGREED or COMMUNICATED.' }) status!: PriorityStatus;
  @Field(() => PriorityOrigin, { description: 'NATIONAL or LOCAL.' }) origin!: PriorityOrigin;
  @Field(() => String, { description: 'For a national priority: the national agenda it translates; null for local ones.', nullable: true })
  nationalAgenda!: string | null;
  @Field(() => CascadeRef, { description: 'Who answers for it; null when no owner.', nullable: true }) owner!: CascadeRef | null;
  @Field(() => Float, { description: 'Budget committed to it, in pounds; null when not recorded.', nullable: true }) budget!: number | null;
  @Field(() => Float, { description: 'Staff time committed, in full-time equivalents; null when not recorded.', nullable: true }) fte!:
    | number
    | null;
  @Field(() => [CascadePriority], { description: 'Priorities one level down, by name.' }) children!: CascadePriority[];
  @Field(() => [CascadeObjective], { description: 'Service-plan objectives delivering this priority, by name.' })
  objectives!: CascadeObjective[];
  @Field(() => [CascadeTarget], { description: 'Targets set directly on the priority.' }) targets!: CascadeTarget[];
  @Field(() => Int, { description: 'Appraisal objectives aimed directly at the priority.' }) appraisalObjectiveCount!: number;
  @Field(() => CascadeRollupType, { description: 'Counts and status over its subtree.' }) rollup!: CascadeRollupType;
  @Field(() => PriorityPerformanceType, { description: 'Targets, direction of travel and milestones of its subtree, with the reason.' })
  performanceStatus!: PriorityPerformanceType;
}

@ObjectType('NonPriority', { simpleResolvers: true, description: 'An explicit "we will not prioritise this", with the reason.' })
export class NonPriorityType {
  @Field(() => ID, { description: 'Global id of the Priority row.' }) id!: string;
  @Field(() => String, { description: 'What is not prioritised.' }) name!: string;
  @Field(() => PriorityLevel, { description: 'The level it would have sat at.' }) level!: PriorityLevel;
  @Field(() => String, { description: 'Why it is not prioritised; null when not given.', nullable: true }) reason!: string | null;
  @Field(() => CascadeRef, { description: 'The priority above it; null at corporate level.', nullable: true }) parent!: CascadeRef | null;
}

@ObjectType('Cascade', {
  simpleResolvers: true,
  description:
    "A council's golden thread for a year: corporate -> directorate -> service priorities -> objectives -> milestones and targets, with " +
    'roll-ups.',
})
export class CascadeType {
  @Field(() => CascadeRef, { description: 'The council (global id, type and name).' }) council!: CascadeRef;
  @Field(() => String, { description: "The financial year, e.g. '2024-25'." }) period!: string;
  @Field(() => String, { description: 'The date overdue milestones were judged against.' }) today!: string;
  @Field(() => [CascadePriority], { description: 'One tree per corporate priority, by name.' }) corporate!: CascadePriority[];
  @Field(() => [CascadePriority], { description: 'Priorities not reachable from a corporate priority (the thread is broken above them).' })
  detached!: CascadePriority[];
  @Field(() => [NonPriorityType], { description: 'What the council decided not to prioritise this year, with reasons.' })
  nonPriorities!: NonPriorityType[];
  @Field(() => [CascadeObjective], { description: 'Objectives delivering no current priority.' }) orphanObjectives!: CascadeObjective[];
  @Field(() => CascadeRollupType, { description: 'The whole council for the period, linked or not.' }) rollup!: CascadeRollupType;
  @Field(() => [PriorityLimitType], { description: "The council's limits on active priorities, one per level that has one." })
  limits!: PriorityLimitType[];
  @Field(() => Boolean, {
    description: 'False when the viewer sees published data only: communicated priorities, no drafts or staff objectives.',
  })
  includesUnpublished!: boolean;
}

@ObjectType('ThreadStep', { description: 'One step of a thread: an appraisal objective, objective or priority.', simpleResolvers: true })
export class ThreadStepType {
  @Field(() => ID, { description: "The record's global id." }) id!: string;
  @Field(() => String, { description: "The record's type, e.g. 'Objective' or 'Priority'." }) type!: string;
  @Field(() => String, { description: 'Its name.' }) name!: string;
  @Field(() => PriorityLevel, { nullable: true, description: 'Set on Priority steps.' }) level!: PriorityLevel | null;
  @Field(() => PriorityPerformanceType, { nullable: true, description: "Set on Priority steps: the priority's performance status." })
  performanceStatus!: PriorityPerformanceType | null;
}

@ObjectType('ThreadChain', {
  simpleResolvers: true,
  description: 'One route up from an appraisal objective, bottom-up: complete when it reaches a corporate priority.',
})
export class ThreadChainType {
  @Field(() => [ThreadStepType], { description: 'The steps, bottom-up.' }) steps!: ThreadStepType[];
  @Field(() => Boolean, { description: 'True when the route reaches a corporate priority.' }) complete!: boolean;
  @Field(() => ThreadStepType, { nullable: true, description: 'When broken: the last node reached.' }) breaksAt!: ThreadStepType | null;
  @Field(() => String, { nullable: true, description: 'When broken: why, in plain English.' }) reason!: string | null;
}

@ObjectType('AppraisalObjectiveThread', {
  description: "One appraisal objective of a person's thread, with every route up from it.",
  simpleResolvers: true,
})
export class AppraisalObjectiveThreadType {
  @Field(() => CascadeRef, { description: 'The appraisal objective (global id, type and name).' }) appraisalObjective!: CascadeRef;
  @Field(() => Boolean, { description: 'Agreed with the line manager (counts for coverage).' }) agreed!: boolean;
  @Field(() => Boolean, { description: 'At least one chain reaches a corporate priority.' }) complete!: boolean;
  @Field(() => [ThreadChainType], { description: 'Each route up towards a corporate priority; empty when it leads nowhere.' })
  chains!: ThreadChainType[];
}

@ObjectType('PersonThread', {
  simpleResolvers: true,
  description: "A person's golden thread: their appraisal objectives traced up to corporate priorities, or where the thread breaks.",
})
export class PersonThreadType {
  @Field(() => CascadeRef, { description: 'The person (global id, type and name).' }) person!: CascadeRef;
  @Field(() => String, { description: "The financial year, e.g. '2024-25'." }) period!: string;
  @Field(() => [AppraisalObjectiveThreadType], { description: 'Their appraisal objectives of the year, each traced up.' })
  appraisalObjectives!: AppraisalObjectiveThreadType[];
  @Field(() => Boolean, { description: 'An agreed appraisal objective reaches a corporate priority.' }) hasThread!: boolean;
}

@ObjectType('GoldenThreadFinding', {
  simpleResolvers: true,
  description: 'A problem in the golden thread: code, severity, the nodes involved (the first is the subject), a message and a fix.',
})
export class GoldenThreadFindingType {
  @Field(() => String, { description: 'e.g. ORPHAN_OBJECTIVE, UNDELIVERED_PRIORITY, NOT_ENGAGED.' }) code!: string;
  @Field(() => String, { description: 'critical, high, medium, low or info.' }) severity!: string;
  @Field(() => [CascadeRef], { description: 'The records involved; the first is the subject.' }) nodes!: CascadeRef[];
  @Field(() => String, { description: 'The problem in words.' }) message!: string;
  @Field(() => String, { description: 'What would fix it, in words.' }) fix!: string;
}

@ObjectType('GoldenThreadCoverageFigure', { description: 'A coverage figure: count out of total.', simpleResolvers: true })
export class CoverageFigureType {
  @Field(() => Int, { description: 'How many meet the measure.' }) count!: number;
  @Field(() => Int, { description: 'How many there are.' }) total!: number;
  @Field(() => Float, { nullable: true, description: 'count / total, 0..1; null when total is 0.' }) share!: number | null;
  @Field(() => [ID], { description: 'Global ids of what does not count (people, priorities or services).' }) missingIds!: string[];
}

@ObjectType('GoldenThreadCoverage', { description: "How much of the council's work traces to its priorities.", simpleResolvers: true })
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

@ObjectType('GoldenThreadFindingCount', { description: 'How many findings of one code.', simpleResolvers: true })
export class FindingCountType {
  @Field(() => String, { description: "The finding's code." }) code!: string;
  @Field(() => Int, { description: 'How many.' }) count!: number;
}

@ObjectType('GoldenThreadReport', {
  simpleResolvers: true,
  description: 'The golden-thread checks of a council for a year: every finding, most serious first, and the coverage figures.',
})
export class GoldenThreadReportType {
  @Field(() => CascadeRef, { description: 'The council (global id, type and name).' }) council!: CascadeRef;
  @Field(() => String, { description: "The financial year, e.g. '2024-25'." }) period!: string;
  @Field(() => [GoldenThreadFindingType], { description: 'Every finding, most serious first.' }) findings!: GoldenThreadFindingType[];
  @Field(() => [FindingCountType], { description: 'Findings per code, by code.' }) counts!: FindingCountType[];
  @Field(() => GoldenThreadCoverageType, { description: 'The coverage figures.' }) coverage!: GoldenThreadCoverageType;
}
