import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  ComparatorGroup,
  Indicator,
  IndicatorFramework,
  IndicatorFrequency,
  IndicatorOwnership,
  Measurement,
  MeasurementAction,
  MeasurementHistory,
  MeasurementStatus,
  PeriodKind,
  Polarity,
  Target,
  ToleranceKind,
  ValueStatus,
} from '@goldenthread/db';
import { idOf } from '../../loaders.js';
import { Connection } from '../../relay/connection.js';
import { toGlobalId } from '../../relay/global-id.js';
import { Node, type Keyed } from '../../relay/node.js';
import { CouncilNode } from '../organisation/organisation.type.js';

registerEnumType(IndicatorFramework, {
  name: 'IndicatorFramework',
  description: "ASCOF, PAF, Oflog (national) or a council's LOCAL indicator.",
});
registerEnumType(Polarity, {
  name: 'Polarity',
  valuesConfig: {
    HIGHER_IS_BETTER: { description: 'A higher value is better.' },
    LOWER_IS_BETTER: { description: 'A lower value is better.' },
    WITHIN_BAND: { description: 'Good inside a band (bandLow to bandHigh).' },
    UNKNOWN: { description: 'Published without a polarity: no RAG, direction or rank.' },
  },
});
registerEnumType(IndicatorFrequency, { name: 'IndicatorFrequency' });
registerEnumType(ToleranceKind, { name: 'ToleranceKind', description: "ABSOLUTE (in the indicator's unit) or PERCENT of the target." });
registerEnumType(ValueStatus, {
  name: 'ValueStatus',
  description: 'A number, or why there is none: SUPPRESSED ([c]) or NOT_AVAILABLE ([x]). Never zero.',
});
registerEnumType(MeasurementStatus, {
  name: 'MeasurementStatus',
  description: 'DRAFT -> VALIDATED (data owner) -> PUBLISHED (MI-responsible manager or delegate).',
});
registerEnumType(MeasurementAction, { name: 'MeasurementAction' });
registerEnumType(PeriodKind, { name: 'PeriodKind' });

@ObjectType('Indicator', {
  implements: Node,
  description: "An indicator definition: national (ASCOF, PAF, Oflog) or a council's local indicator.",
})
export class IndicatorNode implements Node, Keyed {
  @Field(() => ID) id!: string;
  dbId!: number;
  councilId!: number | null;
  @Field(() => IndicatorFramework) framework!: IndicatorFramework;
  @Field(() => String, { description: "The framework's code, e.g. ASCOF 2A2, Oflog ASC1." }) code!: string;
  @Field(() => String, { nullable: true, description: 'The code as published, e.g. 2A(2).' }) displayCode!: string | null;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) definition!: string | null;
  @Field(() => String, { nullable: true }) unit!: string | null;
  @Field(() => Polarity) polarity!: Polarity;
  @Field(() => Boolean, { description: 'True when the polarity comes from a published source, false when inferred.' })
  polaritySourced!: boolean;
  @Field(() => IndicatorFrequency) frequency!: IndicatorFrequency;
  @Field(() => Float, { nullable: true, description: 'How far off target still counts as amber.' }) tolerance!: number | null;
  @Field(() => ToleranceKind) toleranceKind!: ToleranceKind;
  @Field(() => Float, { nullable: true }) bandLow!: number | null;
  @Field(() => Float, { nullable: true }) bandHigh!: number | null;
  @Field(() => String, { nullable: true }) domain!: string | null;
  @Field(() => String, { nullable: true }) source!: string | null;
  @Field(() => String, { nullable: true }) dataCollection!: string | null;
  @Field(() => String, { nullable: true }) successorCode!: string | null;
  @Field(() => Int) version!: number;

  static from(i: Indicator): IndicatorNode {
    return Object.assign(new IndicatorNode(), {
      id: toGlobalId('Indicator', i.id),
      dbId: i.id,
      councilId: idOf(i.council),
      framework: i.framework,
      code: i.code,
      displayCode: i.displayCode,
      title: i.title,
      definition: i.definition,
      unit: i.unit,
      polarity: i.polarity,
      polaritySourced: i.polaritySourced,
      frequency: i.frequency,
      tolerance: i.tolerance,
      toleranceKind: i.toleranceKind,
      bandLow: i.bandLow,
      bandHigh: i.bandHigh,
      domain: i.domain,
      source: i.source,
      dataCollection: i.dataCollection,
      successorCode: i.successorCode,
      version: i.version,
    });
  }
}

@ObjectType()
export class IndicatorConnection extends Connection(IndicatorNode, 'Indicator') {}

@ObjectType('MeasurementVersion', { description: 'One version of a measurement: its state after a change, who made it and when.' })
export class MeasurementVersionNode {
  changedById!: number | null;
  /** The measurement's council (the version is visible to those who may read its unpublished data). */
  councilId!: number;
  @Field(() => Int) version!: number;
  @Field(() => MeasurementAction) action!: MeasurementAction;
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field(() => ValueStatus) valueStatus!: ValueStatus;
  @Field(() => Float, { nullable: true }) numerator!: number | null;
  @Field(() => Float, { nullable: true }) denominator!: number | null;
  @Field(() => MeasurementStatus) status!: MeasurementStatus;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => String, { nullable: true }) source!: string | null;
  @Field(() => Date) changedAt!: Date;

  static from(h: MeasurementHistory, councilId: number): MeasurementVersionNode {
    return Object.assign(new MeasurementVersionNode(), {
      changedById: idOf(h.changedBy),
      councilId,
      version: h.version,
      action: h.action,
      value: h.value,
      valueStatus: h.valueStatus,
      numerator: h.numerator,
      denominator: h.denominator,
      status: h.status,
      note: h.note,
      source: h.source,
      changedAt: h.changedAt,
    });
  }
}

@ObjectType('Measurement', { implements: Node, description: 'A value of an indicator for a council in a period (and breakdown).' })
export class MeasurementNode implements Node, Keyed {
  @Field(() => ID) id!: string;
  dbId!: number;
  councilId!: number;
  indicatorId!: number;
  enteredById!: number | null;
  validatedById!: number | null;
  publishedById!: number | null;
  @Field(() => String, { description: '2020-21, 2020-21 Q1 or 2020-04.' }) period!: string;
  @Field(() => PeriodKind) periodKind!: PeriodKind;
  @Field(() => String, { description: 'Total, or the breakdown (Male, Female, 18-64, 65 and over...).' }) disaggregation!: string;
  @Field(() => Float, { nullable: true, description: 'Null when suppressed or not available (see valueStatus).' }) value!: number | null;
  @Field(() => ValueStatus) valueStatus!: ValueStatus;
  @Field(() => Float, { nullable: true }) numerator!: number | null;
  @Field(() => Float, { nullable: true }) denominator!: number | null;
  @Field(() => MeasurementStatus) status!: MeasurementStatus;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => String, { nullable: true }) source!: string | null;
  @Field(() => Int) version!: number;
  @Field(() => Date) updatedAt!: Date;

  static from(m: Measurement): MeasurementNode {
    return Object.assign(new MeasurementNode(), {
      id: toGlobalId('Measurement', m.id),
      dbId: m.id,
      councilId: idOf(m.council)!,
      indicatorId: idOf(m.indicator)!,
      enteredById: idOf(m.enteredBy),
      validatedById: idOf(m.validatedBy),
      publishedById: idOf(m.publishedBy),
      period: m.period,
      periodKind: m.periodKind,
      disaggregation: m.disaggregation,
      value: m.value,
      valueStatus: m.valueStatus,
      numerator: m.numerator,
      denominator: m.denominator,
      status: m.status,
      note: m.note,
      source: m.source,
      version: m.version,
      updatedAt: m.updatedAt,
    });
  }
}

@ObjectType('Target', {
  implements: Node,
  description: 'A value to reach for an indicator, for a council (and optionally one service) in a period.',
})
export class TargetNode implements Node, Keyed {
  @Field(() => ID) id!: string;
  dbId!: number;
  councilId!: number;
  indicatorId!: number;
  serviceId!: number | null;
  setById!: number | null;
  @Field(() => String) period!: string;
  @Field(() => Float) value!: number;
  @Field(() => Float, { nullable: true, description: "Overrides the indicator's tolerance." }) tolerance!: number | null;
  @Field(() => ToleranceKind, { nullable: true, description: "Overrides the indicator's tolerance kind." })
  toleranceKind!: ToleranceKind | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => Int) version!: number;

  static from(t: Target): TargetNode {
    return Object.assign(new TargetNode(), {
      id: toGlobalId('Target', t.id),
      dbId: t.id,
      councilId: idOf(t.council)!,
      indicatorId: idOf(t.indicator)!,
      serviceId: idOf(t.service),
      setById: idOf(t.setBy),
      period: t.period,
      value: t.value,
      tolerance: t.tolerance,
      toleranceKind: t.toleranceKind,
      note: t.note,
      version: t.version,
    });
  }
}

@ObjectType('IndicatorOwnership', {
  implements: Node,
  description: 'Who answers for an indicator in a council: the data owner (accuracy) and the responsible manager.',
})
export class IndicatorOwnershipNode implements Node, Keyed {
  @Field(() => ID) id!: string;
  dbId!: number;
  councilId!: number;
  indicatorId!: number;
  dataOwnerId!: number | null;
  responsibleManagerId!: number | null;
  @Field(() => Int) version!: number;

  static from(o: IndicatorOwnership): IndicatorOwnershipNode {
    return Object.assign(new IndicatorOwnershipNode(), {
      id: toGlobalId('IndicatorOwnership', o.id),
      dbId: o.id,
      councilId: idOf(o.council)!,
      indicatorId: idOf(o.indicator)!,
      dataOwnerId: idOf(o.dataOwner),
      responsibleManagerId: idOf(o.responsibleManager),
      version: o.version,
    });
  }
}

@ObjectType('ComparatorGroup', { implements: Node, description: 'A named set of councils a council compares itself with.' })
export class ComparatorGroupNode implements Node, Keyed {
  @Field(() => ID) id!: string;
  dbId!: number;
  councilId!: number;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => Int) version!: number;

  static from(g: ComparatorGroup): ComparatorGroupNode {
    return Object.assign(new ComparatorGroupNode(), {
      id: toGlobalId('ComparatorGroup', g.id),
      dbId: g.id,
      councilId: idOf(g.council)!,
      name: g.name,
      description: g.description,
      version: g.version,
    });
  }
}

// ------------------------------------------------------------------------------ performance views

@ObjectType({ description: 'Where a council stands in a group for one indicator and period (published values).' })
export class GroupPosition {
  @Field(() => String, { description: 'The group, as it reads after "councils in".' }) groupName!: string;
  @Field(() => String) period!: string;
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field(() => String, { description: 'VALUE, SUPPRESSED, NOT_AVAILABLE or MISSING.' }) status!: string;
  @Field(() => Int, { nullable: true, description: '1 is the best; ties share the best rank.' }) rank!: number | null;
  @Field(() => Int, { nullable: true, description: '1 (best quarter) to 4; null in groups smaller than four or without a number.' })
  quartile!: number | null;
  @Field(() => Float, { nullable: true }) percentile!: number | null;
  @Field(() => Int, { description: 'Councils with a number.' }) count!: number;
  @Field(() => Float, { nullable: true }) median!: number | null;
  @Field(() => Float, { nullable: true }) q1!: number | null;
  @Field(() => Float, { nullable: true }) q3!: number | null;
  @Field(() => Float, { nullable: true }) best!: number | null;
  @Field(() => Float, { nullable: true }) worst!: number | null;
  @Field(() => Float, { nullable: true }) differenceFromMedian!: number | null;
  @Field(() => Boolean, { nullable: true }) betterThanMedian!: boolean | null;
}

@ObjectType({ description: 'One period of a series.' })
export class SeriesPoint {
  measurementId!: number | null;
  @Field(() => String) period!: string;
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field(() => String, {
    description: 'VALUE, SUPPRESSED, NOT_AVAILABLE, or MISSING when nothing was recorded (or it is not published and you may not see it).',
  })
  valueStatus!: string;
  @Field(() => MeasurementStatus, { nullable: true }) status!: MeasurementStatus | null;
  @Field(() => Float, { nullable: true }) numerator!: number | null;
  @Field(() => Float, { nullable: true }) denominator!: number | null;
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
  @Field(() => CouncilNode) council!: CouncilNode;
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field(() => String, { description: 'VALUE, SUPPRESSED, NOT_AVAILABLE or MISSING.' }) status!: string;
  @Field(() => Int, { nullable: true }) rank!: number | null;
  @Field(() => Int, { nullable: true }) quartile!: number | null;
  @Field(() => Float, { nullable: true }) percentile!: number | null;
  @Field(() => Boolean) highlighted!: boolean;
}

@ObjectType({
  description: 'All councils of a group for one indicator and period (published values): ranks, quartiles and the distribution.',
})
export class Comparison {
  /** The highlighted council, and whether the group is all councils (the areas module's fields read them). */
  councilId?: number | null;
  allEngland?: boolean;
  @Field(() => IndicatorNode) indicator!: IndicatorNode;
  @Field(() => String) period!: string;
  @Field(() => String) disaggregation!: string;
  @Field(() => String) groupName!: string;
  @Field(() => Int, { description: 'Councils in the group.' }) groupSize!: number;
  @Field(() => Int, { description: 'Councils with a number (ranked).' }) count!: number;
  @Field(() => Float, { nullable: true }) median!: number | null;
  @Field(() => Float, { nullable: true, description: 'Lower quartile value (25th percentile, ascending).' }) q1!: number | null;
  @Field(() => Float, { nullable: true, description: 'Upper quartile value (75th percentile, ascending).' }) q3!: number | null;
  @Field(() => Float, { nullable: true }) min!: number | null;
  @Field(() => Float, { nullable: true }) max!: number | null;
  @Field(() => Float, { nullable: true }) best!: number | null;
  @Field(() => Float, { nullable: true }) worst!: number | null;
  @Field(() => Int) suppressedCount!: number;
  @Field(() => Int) notAvailableCount!: number;
  @Field(() => Int) missingCount!: number;
  @Field(() => [ComparisonEntry], { description: 'Ranked councils best first, then those without a number.' }) entries!: ComparisonEntry[];
  @Field(() => GroupPosition, { nullable: true, description: "The highlighted council's position." }) highlighted!: GroupPosition | null;
}

@ObjectType({ description: 'A performance finding: an exception (RED, bottom quartile, deteriorating) or late data.' })
export class PerformanceFinding {
  indicatorId!: number;
  /** The council reported on (exceptions: for their commentary). */
  councilId?: number;
  @Field(() => String, { description: 'PERFORMANCE_EXCEPTION or LATE_DATA.' }) code!: string;
  @Field(() => String) severity!: string;
  @Field(() => String) message!: string;
  @Field(() => String) fix!: string;
  @Field(() => IndicatorNode) indicator!: IndicatorNode;
  @Field(() => [String], { description: 'RED, BOTTOM_QUARTILE, DETERIORATING (exceptions).' }) reasons!: string[];
  @Field(() => String, { nullable: true }) period!: string | null;
  @Field(() => String, { nullable: true, description: 'Late data: the date it was due.' }) dueDate!: string | null;
  @Field(() => Int, { nullable: true }) daysLate!: number | null;
  @Field(() => String, { nullable: true, description: 'Late data: NONE (nothing entered) or DRAFT (not validated).' }) dataStatus!:
    | string
    | null;
}

@ObjectType({ description: 'What an import did (or, for a dry run, would do).' })
export class ImportResult {
  @Field(() => String, { nullable: true }) format!: string | null;
  @Field(() => Boolean) dryRun!: boolean;
  @Field(() => Boolean, { description: 'True when anything was written.' }) stored!: boolean;
  @Field(() => Int, { description: 'Data lines read.' }) linesRead!: number;
  @Field(() => Int, { description: 'Lines not about a council (regions, England) or about another council.' }) skipped!: number;
  @Field(() => Int) measurements!: number;
  @Field(() => Int) created!: number;
  @Field(() => Int) changed!: number;
  @Field(() => Int) unchanged!: number;
}

@ObjectType()
export class MeasurementConnection extends Connection(MeasurementNode, 'Measurement') {}
