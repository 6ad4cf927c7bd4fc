/** The views of the performance reads: a council's position in a group, series points, comparisons, findings and imports. */
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { MeasurementStatus } from '@goldenthread/db';
import { CouncilNode } from '../organisation/organisation.type.js';
import { IndicatorNode } from './indicators.type.js';

@ObjectType({ description: 'Where a council stands in a group for one indicator and period (published values).' })
export class GroupPosition {
  @Field(() => String, { description: 'The group, as it reads after "councils in".' }) groupName!: string;
  @Field(() => String, { description: "The period the position is for, e.g. '2023-24'." }) period!: string;
  @Field(() => Float, { description: "The council's published value; null when it has none.", nullable: true }) value!: number | null;
  @Field(() => String, { description: 'VALUE, SUPPRESSED, NOT_AVAILABLE or MISSING.' }) status!: string;
  @Field(() => Int, { nullable: true, description: '1 is the best; ties share the best rank.' }) rank!: number | null;
  @Field(() => Int, { nullable: true, description: '1 (best quarter) to 4; null in groups smaller than four or without a number.' })
  quartile!: number | null;
  @Field(() => Float, {
    description: 'Percentile rank, 0 (worst) to 100 (best) by polarity; null without a value or known polarity.',
    nullable: true,
  })
  percentile!: number | null;
  @Field(() => Int, { description: 'Councils with a number.' }) count!: number;
  @Field(() => Float, { description: "The median of the group's published values; null when none has one.", nullable: true }) median!:
    | number
    | null;
  @Field(() => Float, {
    description: "The lower quartile of the group's values (25th percentile); null when too few values.",
    nullable: true,
  })
  q1!: number | null;
  @Field(() => Float, {
    description: "The upper quartile of the group's values (75th percentile); null when too few values.",
    nullable: true,
  })
  q3!: number | null;
  @Field(() => Float, { description: 'The best value in the group by polarity; null when none or polarity UNKNOWN.', nullable: true })
  best!: number | null;
  @Field(() => Float, { description: 'The worst value in the group by polarity; null when none or polarity UNKNOWN.', nullable: true })
  worst!: number | null;
  @Field(() => Float, {
    description: "The council's value minus the group median, in the indicator's unit; null when either is missing.",
    nullable: true,
  })
  differenceFromMedian!: number | null;
  @Field(() => Boolean, {
    description: "True when the council's value is better than the median by polarity; null without a value or known polarity.",
    nullable: true,
  })
  betterThanMedian!: boolean | null;
}

@ObjectType({ description: 'One period of a series.' })
export class SeriesPoint {
  measurementId!: number | null;
  @Field(() => String, { description: "The period, e.g. '2023-24'." }) period!: string;
  @Field(() => Float, { description: "The value in the indicator's unit; null when missing, suppressed or not available.", nullable: true })
  value!: number | null;
  @Field(() => String, {
    description: 'VALUE, SUPPRESSED, NOT_AVAILABLE, or MISSING when nothing was recorded (or it is not published and you may not see it).',
  })
  valueStatus!: string;
  @Field(() => MeasurementStatus, {
    description: "The figure's status; null when the council has no figure for the period.",
    nullable: true,
  })
  status!: MeasurementStatus | null;
  @Field(() => Float, { description: 'The numerator of the figure, when published; null otherwise.', nullable: true }) numerator!:
    | number
    | null;
  @Field(() => Float, { description: 'The denominator of the figure, when published; null otherwise.', nullable: true }) denominator!:
    | number
    | null;
  @Field(() => Float, { nullable: true, description: 'The target for the period (or for its financial year).' }) target!: number | null;
  targetId!: number | null;
  targetServiceId!: number | null;
  @Field(() => String, {
    nullable: true,
    description: "The period of the target rated against (the point's own, or its financial year's); null without a target.",
  })
  targetPeriod!: string | null;
  @Field(() => String, { description: 'GREEN, AMBER, RED or NONE.' }) rag!: string;
  @Field(() => String, { description: 'Why: MEETS_TARGET, WITHIN_TOLERANCE, BEYOND_TOLERANCE, NO_ACTUAL, NO_TARGET...' })
  ragReason!: string;
}

@ObjectType({ description: 'One council in a comparison.' })
export class ComparisonEntry {
  councilId!: number;
  @Field(() => CouncilNode, { description: 'The council.' }) council!: CouncilNode;
  @Field(() => Float, {
    description: "The council's published value in the indicator's unit; null when suppressed, not available or missing.",
    nullable: true,
  })
  value!: number | null;
  @Field(() => String, { description: 'VALUE, SUPPRESSED, NOT_AVAILABLE or MISSING.' }) status!: string;
  @Field(() => Int, {
    description: 'Rank in the group, 1 being best by polarity (ties share a rank); null without a value or a known polarity.',
    nullable: true,
  })
  rank!: number | null;
  @Field(() => Int, {
    description: 'Quartile in the group, 1 (best) to 4 (worst) by polarity; null without a value or a known polarity.',
    nullable: true,
  })
  quartile!: number | null;
  @Field(() => Float, {
    description: 'Percentile rank in the group, 0 (worst) to 100 (best) by polarity; null without a value or a known polarity.',
    nullable: true,
  })
  percentile!: number | null;
  @Field(() => Boolean, { description: 'True for the council the comparison was asked for (councilId or gssCode).' }) highlighted!: boolean;
}

@ObjectType({
  description: 'All councils of a group for one indicator and period (published values): ranks, quartiles and the distribution.',
})
export class Comparison {
  /** The highlighted council, and whether the group is all councils (the areas module's fields read them). */
  councilId?: number | null;
  allEngland?: boolean;
  @Field(() => IndicatorNode, { description: 'The indicator compared.' }) indicator!: IndicatorNode;
  @Field(() => String, { description: "The period compared, e.g. '2023-24'." }) period!: string;
  @Field(() => String, {
    description: "The breakdown compared, e.g. 'Total' or '18-64' (the indicator's default breakdown when not asked).",
  })
  disaggregation!: string;
  @Field(() => String, { description: "The name of the group compared, e.g. 'All English councils' or a comparator group's name." })
  groupName!: string;
  @Field(() => Int, { description: 'Councils in the group.' }) groupSize!: number;
  @Field(() => Int, { description: 'Councils with a number (ranked).' }) count!: number;
  @Field(() => Float, {
    description: "The median of the councils' published values (not a pooled or published national figure); null when none has one.",
    nullable: true,
  })
  median!: number | null;
  @Field(() => Float, { nullable: true, description: 'Lower quartile value (25th percentile, ascending).' }) q1!: number | null;
  @Field(() => Float, { nullable: true, description: 'Upper quartile value (75th percentile, ascending).' }) q3!: number | null;
  @Field(() => Float, {
    description: "The lowest published value in the group, in the indicator's unit; null when no council has one.",
    nullable: true,
  })
  min!: number | null;
  @Field(() => Float, {
    description: "The highest published value in the group, in the indicator's unit; null when no council has one.",
    nullable: true,
  })
  max!: number | null;
  @Field(() => Float, {
    description:
      "The best published value in the group, by the indicator's polarity; null when no council has one or the polarity is UNKNOWN.",
    nullable: true,
  })
  best!: number | null;
  @Field(() => Float, {
    description:
      "The worst published value in the group, by the indicator's polarity; null when no council has one or the polarity is UNKNOWN.",
    nullable: true,
  })
  worst!: number | null;
  @Field(() => Int, { description: 'Councils whose figure is suppressed ([c]) to protect small numbers.' }) suppressedCount!: number;
  @Field(() => Int, { description: 'Councils whose figure is published as not available ([x]).' }) notAvailableCount!: number;
  @Field(() => Int, { description: 'Councils of the group that existed in the period but have no figure at all.' }) missingCount!: number;
  @Field(() => [ComparisonEntry], { description: 'Ranked councils best first, then those without a number.' }) entries!: ComparisonEntry[];
  @Field(() => GroupPosition, { nullable: true, description: "The highlighted council's position." }) highlighted!: GroupPosition | null;
}

@ObjectType({ description: 'A performance finding: an exception (RED, bottom quartile, deteriorating) or late data.' })
export class PerformanceFinding {
  indicatorId!: number;
  /** The council reported on (exceptions: for their commentary). */
  councilId?: number;
  @Field(() => String, { description: 'PERFORMANCE_EXCEPTION or LATE_DATA.' }) code!: string;
  @Field(() => String, { description: "'high', 'medium' or 'low'." }) severity!: string;
  @Field(() => String, { description: 'The finding in words, naming the figure and the rule.' }) message!: string;
  @Field(() => String, { description: 'What to do about it, in words.' }) fix!: string;
  @Field(() => IndicatorNode, { description: 'The indicator the finding is about.' }) indicator!: IndicatorNode;
  @Field(() => [String], { description: 'RED, BOTTOM_QUARTILE, DETERIORATING (exceptions).' }) reasons!: string[];
  @Field(() => String, { description: 'The period of the figure; null when the finding is not about one period.', nullable: true }) period!:
    | string
    | null;
  @Field(() => String, { nullable: true, description: 'Late data: the date it was due.' }) dueDate!: string | null;
  @Field(() => Int, { description: 'Late data only: days since the figure was due; null for exceptions.', nullable: true }) daysLate!:
    | number
    | null;
  @Field(() => String, { nullable: true, description: 'Late data: NONE (nothing entered) or DRAFT (not validated).' }) dataStatus!:
    | string
    | null;
}

@ObjectType({ description: 'What an import did (or, for a dry run, would do).' })
export class ImportResult {
  @Field(() => String, { description: 'The format read (see ImportFormat); null when it could not be told.', nullable: true }) format!:
    | string
    | null;
  @Field(() => Boolean, { description: 'True when nothing was written (a preview).' }) dryRun!: boolean;
  @Field(() => Boolean, { description: 'True when anything was written.' }) stored!: boolean;
  @Field(() => Int, { description: 'Data lines read.' }) linesRead!: number;
  @Field(() => Int, { description: 'Lines not about a council (regions, England) or about another council.' }) skipped!: number;
  @Field(() => Int, { description: 'Rows of the file read as figures.' }) measurements!: number;
  @Field(() => Int, { description: 'Figures the file adds.' }) created!: number;
  @Field(() => Int, { description: 'Stored figures whose value or status the file changes.' }) changed!: number;
  @Field(() => Int, { description: 'Rows equal to the stored figure at the published precision: nothing to do.' }) unchanged!: number;
}
