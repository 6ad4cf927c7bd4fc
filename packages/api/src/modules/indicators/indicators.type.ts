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
  type YearRollup,
} from '@goldenthread/db';
import { idOf } from '../../loaders.js';
import { Connection } from '../../relay/connection.js';
import { toGlobalId } from '../../relay/global-id.js';
import { Node, type Keyed } from '../../relay/node.js';

registerEnumType(IndicatorFramework, {
  name: 'IndicatorFramework',
  description: "ASCOF, PAF, Oflog (national) or a council's LOCAL indicator.",
  valuesConfig: {
    ASCOF: { description: 'Adult Social Care Outcomes Framework (NHS Digital).' },
    LOCAL: { description: "A council's own indicator, seen by that council only unless published." },
    OFLOG: { description: 'Office for Local Government adult social care measures.' },
    PAF: { description: 'Performance Assessment Framework (historic social services indicators).' },
  },
});
registerEnumType(Polarity, {
  name: 'Polarity',
  valuesConfig: {
    HIGHER_IS_BETTER: { description: 'A higher value is better.' },
    LOWER_IS_BETTER: { description: 'A lower value is better.' },
    WITHIN_BAND: { description: 'Good inside a band (bandLow to bandHigh).' },
    UNKNOWN: { description: 'Published without a polarity: no RAG, direction or rank.' },
  },
  description: 'Which way is better for an indicator; it decides RAG, direction of travel, ranks and quartiles.',
});
registerEnumType(IndicatorFrequency, {
  name: 'IndicatorFrequency',
  description: 'How often a figure of an indicator is due.',
  valuesConfig: {
    ANNUAL: { description: "One figure per financial year, e.g. '2023-24'." },
    MONTHLY: { description: "One figure per month, e.g. '2024-04'." },
    QUARTERLY: { description: "One figure per quarter, e.g. '2024-25 Q2'." },
  },
});
registerEnumType(ToleranceKind, {
  name: 'ToleranceKind',
  description: "ABSOLUTE (in the indicator's unit) or PERCENT of the target.",
  valuesConfig: {
    ABSOLUTE: { description: "Tolerance in the indicator's unit." },
    PERCENT: { description: 'Tolerance as a percentage of the target.' },
  },
});
registerEnumType(ValueStatus, {
  name: 'ValueStatus',
  description: 'A number, or why there is none: SUPPRESSED ([c]) or NOT_AVAILABLE ([x]). Never zero.',
  valuesConfig: {
    NOT_AVAILABLE: { description: 'The source published no figure ([x]): not collected or not applicable.' },
    SUPPRESSED: { description: 'The source withheld the figure ([c]) to protect small numbers.' },
    VALUE: { description: 'A number is given in value.' },
  },
});
registerEnumType(MeasurementStatus, {
  name: 'MeasurementStatus',
  description: 'DRAFT -> VALIDATED (data owner) -> PUBLISHED (MI-responsible manager or delegate).',
  valuesConfig: {
    DRAFT: { description: 'Entered, not yet checked; seen only in the council.' },
    PUBLISHED: { description: 'Published: seen by everyone, including partners and the public.' },
    VALIDATED: { description: 'Checked by the data owner, not yet published; seen only in the council.' },
  },
});
registerEnumType(MeasurementAction, {
  name: 'MeasurementAction',
  description: 'What a change did to a measurement.',
  valuesConfig: {
    CHANGED: { description: 'The value, status of the value or note changed.' },
    CREATED: { description: 'The figure was entered or imported.' },
    PUBLISHED: { description: 'The figure was published.' },
    VALIDATED: { description: 'The figure was validated by its data owner.' },
  },
});
registerEnumType(PeriodKind, {
  name: 'PeriodKind',
  description: "The length of a measurement's period.",
  valuesConfig: {
    MONTH: { description: "A month of a financial year, e.g. '2024-04'." },
    QUARTER: { description: "A quarter of a financial year, e.g. '2024-25 Q2'." },
    YEAR: { description: "A financial year, e.g. '2023-24'." },
  },
});

@ObjectType('Indicator', {
  implements: Node,
  description: "An indicator definition: national (ASCOF, PAF, Oflog) or a council's local indicator.",
})
export class IndicatorNode implements Node, Keyed {
  @Field(() => ID, { description: 'Global id of the indicator (Indicator:...): pass it as indicatorId.' }) id!: string;
  dbId!: number;
  councilId!: number | null;
  @Field(() => IndicatorFramework, { description: 'Which framework defines it: ASCOF, PAF, OFLOG or LOCAL.' })
  framework!: IndicatorFramework;
  @Field(() => String, { description: "The framework's code, e.g. ASCOF 2A2, Oflog ASC1." }) code!: string;
  @Field(() => String, { nullable: true, description: 'The code as published, e.g. 2A(2).' }) displayCode!: string | null;
  @Field(() => String, { description: "The indicator's name as published." }) title!: string;
  @Field(() => String, {
    description: 'How the figure is worked out, as published (numerator, denominator, what counts); null when the source gives none.',
    nullable: true,
  })
  definition!: string | null;
  @Field(() => String, {
    description: "The unit of its values as published, e.g. '%', 'per 100,000 population', 'ratio'; null when the source states none.",
    nullable: true,
  })
  unit!: string | null;
  @Field(() => Polarity, {
    description:
      'Which way is better: HIGHER_IS_BETTER, LOWER_IS_BETTER, WITHIN_BAND, or UNKNOWN (then no RAG, direction of travel or rank).',
  })
  polarity!: Polarity;
  @Field(() => Boolean, { description: 'True when the polarity comes from a published source, false when inferred.' })
  polaritySourced!: boolean;
  @Field(() => IndicatorFrequency, { description: 'How often a figure is due: ANNUAL, QUARTERLY or MONTHLY.' })
  frequency!: IndicatorFrequency;
  @Field(() => Float, { nullable: true, description: 'How far off target still counts as amber.' }) tolerance!: number | null;
  @Field(() => ToleranceKind, { description: 'Whether tolerance is ABSOLUTE (in the unit) or PERCENT of the target.' })
  toleranceKind!: ToleranceKind;
  @Field(() => Float, { description: 'WITHIN_BAND only: the bottom of the good band, in the unit; null otherwise.', nullable: true })
  bandLow!: number | null;
  @Field(() => Float, { description: 'WITHIN_BAND only: the top of the good band, in the unit; null otherwise.', nullable: true })
  bandHigh!: number | null;
  @Field(() => String, {
    description: "The framework's domain or theme, e.g. 'Enhancing quality of life'; null when none.",
    nullable: true,
  })
  domain!: string | null;
  @Field(() => String, { description: 'Who publishes it (e.g. NHS Digital); null when not recorded (local indicators).', nullable: true })
  source!: string | null;
  @Field(() => String, {
    description: 'The national data collection the figure comes from; null when not recorded (local indicators).',
    nullable: true,
  })
  dataCollection!: string | null;
  @Field(() => String, {
    description: 'The code of the indicator that replaced it in a later framework year; null while it is current.',
    nullable: true,
  })
  successorCode!: string | null;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back with updateIndicator (local indicators).' }) version!: number;
  /** Exposed by year-rollup.resolver.ts. */
  yearRollup!: YearRollup;

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
      yearRollup: i.yearRollup,
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

@ObjectType({ description: 'A page of indicators (Relay connection).' })
export class IndicatorConnection extends Connection(IndicatorNode, 'Indicator') {}

@ObjectType('MeasurementVersion', { description: 'One version of a measurement: its state after a change, who made it and when.' })
export class MeasurementVersionNode {
  changedById!: number | null;
  /** The measurement's council (the version is visible to those who may read its unpublished data). */
  councilId!: number;
  @Field(() => Int, { description: 'The version number (1 for the first).' }) version!: number;
  @Field(() => MeasurementAction, { description: 'What the change did.' }) action!: MeasurementAction;
  @Field(() => Float, { description: 'The value in this version; null when suppressed or not available.', nullable: true }) value!:
    | number
    | null;
  @Field(() => ValueStatus, { description: 'The status of the value in this version.' }) valueStatus!: ValueStatus;
  @Field(() => Float, { description: 'The numerator in this version; null when none.', nullable: true }) numerator!: number | null;
  @Field(() => Float, { description: 'The denominator in this version; null when none.', nullable: true }) denominator!: number | null;
  @Field(() => MeasurementStatus, { description: 'The status in this version.' }) status!: MeasurementStatus;
  @Field(() => String, { description: 'The note in this version; null when none.', nullable: true }) note!: string | null;
  @Field(() => String, { description: 'The source in this version; null when unknown.', nullable: true }) source!: string | null;
  @Field(() => Date, { description: 'When the change was made (ISO 8601, UTC).' }) changedAt!: Date;

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
  @Field(() => ID, { description: 'Global id of the measurement.' }) id!: string;
  dbId!: number;
  councilId!: number;
  indicatorId!: number;
  enteredById!: number | null;
  validatedById!: number | null;
  publishedById!: number | null;
  @Field(() => String, { description: '2020-21, 2020-21 Q1 or 2020-04.' }) period!: string;
  @Field(() => PeriodKind, { description: 'Whether the period is a YEAR, QUARTER or MONTH.' }) periodKind!: PeriodKind;
  @Field(() => String, { description: 'Total, or the breakdown (Male, Female, 18-64, 65 and over...).' }) disaggregation!: string;
  @Field(() => Float, { nullable: true, description: 'Null when suppressed or not available (see valueStatus).' }) value!: number | null;
  @Field(() => ValueStatus, { description: 'VALUE, or why there is no number: SUPPRESSED ([c]) or NOT_AVAILABLE ([x]).' })
  valueStatus!: ValueStatus;
  @Field(() => Float, { description: 'The numerator the value was worked out from, when published; null otherwise.', nullable: true })
  numerator!: number | null;
  @Field(() => Float, { description: 'The denominator the value was worked out from, when published; null otherwise.', nullable: true })
  denominator!: number | null;
  @Field(() => MeasurementStatus, { description: 'DRAFT, VALIDATED or PUBLISHED. Only PUBLISHED figures are seen outside the council.' })
  status!: MeasurementStatus;
  @Field(() => String, { description: 'A note on the figure (e.g. a data quality caveat); null when none.', nullable: true }) note!:
    | string
    | null;
  @Field(() => String, {
    description: "Where the figure came from: 'entered' when typed in, else the publisher or file it was imported from; null when unknown.",
    nullable: true,
  })
  source!: string | null;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back to change or step the figure.' }) version!: number;
  @Field(() => Date, { description: 'When the figure last changed (ISO 8601, UTC).' }) updatedAt!: Date;

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
  @Field(() => ID, { description: 'Global id of the target.' }) id!: string;
  dbId!: number;
  councilId!: number;
  indicatorId!: number;
  serviceId!: number | null;
  setById!: number | null;
  @Field(() => String, { description: "The period, e.g. '2024-25'." }) period!: string;
  @Field(() => Float, { description: "The value to reach, in the indicator's unit." }) value!: number;
  @Field(() => Float, { nullable: true, description: "Overrides the indicator's tolerance." }) tolerance!: number | null;
  @Field(() => ToleranceKind, { nullable: true, description: "Overrides the indicator's tolerance kind." })
  toleranceKind!: ToleranceKind | null;
  @Field(() => String, { description: 'Why this target; null when none.', nullable: true }) note!: string | null;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back with setTarget.' }) version!: number;

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
  @Field(() => ID, { description: 'Global id of the ownership record.' }) id!: string;
  dbId!: number;
  councilId!: number;
  indicatorId!: number;
  dataOwnerId!: number | null;
  responsibleManagerId!: number | null;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back with setOwnership.' }) version!: number;

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
  @Field(() => ID, {
    description: 'Global id of the group; pass it as group: { kind: CUSTOM, groupId } to comparisons, series and exceptions.',
  })
  id!: string;
  dbId!: number;
  councilId!: number;
  @Field(() => String, { description: "The group's name as the council calls it, e.g. 'CIPFA nearest neighbours'." }) name!: string;
  @Field(() => String, { description: 'What the group is for (free text); null when none was given.', nullable: true }) description!:
    | string
    | null;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back with updateComparatorGroup.' }) version!: number;

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

@ObjectType({ description: 'A page of measurements (Relay connection).' })
export class MeasurementConnection extends Connection(MeasurementNode, 'Measurement') {}
