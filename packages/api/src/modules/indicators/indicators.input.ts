import { Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { IndicatorFramework, IndicatorFrequency, Polarity, ToleranceKind, YearRollup } from '@goldenthread/db';

registerEnumType(YearRollup, {
  name: 'YearRollup',
  description: "How an indicator's monthly or quarterly figures make its financial year's (docs/methods/performance.md).",
  valuesConfig: {
    SUM: { description: "The year's total (counts)." },
    MEAN: { description: 'The mean of the periods (rates, percentages).' },
    LAST: { description: "The year's last period (stocks and snapshots: people waiting, caseloads)." },
    NONE: { description: 'Not rolled up: the periods do not make a year.' },
  },
});

export enum GroupKind {
  ALL_ENGLAND = 'ALL_ENGLAND',
  SAME_TYPE = 'SAME_TYPE',
  SAME_REGION = 'SAME_REGION',
  CUSTOM = 'CUSTOM',
}
registerEnumType(GroupKind, {
  name: 'GroupKind',
  description: 'A comparator group: derived (relative to the council compared) or a stored CUSTOM group.',
  valuesConfig: {
    ALL_ENGLAND: { description: 'Every English council with social services that existed in the period.' },
    SAME_TYPE: { description: 'Councils of the same type (county, unitary, metropolitan, London borough).' },
    SAME_REGION: { description: 'Councils in the same region.' },
    CUSTOM: { description: 'A named comparator group (give groupId).' },
  },
});

export enum ImportFormatArg {
  ascof = 'ascof',
  ascof_outcomes = 'ascof_outcomes',
  oflog = 'oflog',
  template = 'template',
}
registerEnumType(ImportFormatArg, {
  name: 'ImportFormat',
  description:
    'ascof (NHS Digital open data), ascof_outcomes, oflog, or template (gss_code, indicator_code, period, value, numerator, denominator, ' +
    'note).',
});

@InputType({ description: 'Which councils to compare with. Default: ALL_ENGLAND.' })
export class GroupInput {
  @Field(() => GroupKind, { defaultValue: GroupKind.ALL_ENGLAND }) kind!: GroupKind;
  @Field(() => ID, { nullable: true, description: 'The comparator group, for CUSTOM.' }) groupId?: string | null;
}

@InputType()
export class CreateIndicatorInput {
  @Field(() => ID, { description: 'The council whose local indicator this is.' }) councilId!: string;
  @Field(() => String) code!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) definition?: string | null;
  @Field(() => String, { nullable: true }) unit?: string | null;
  @Field(() => Polarity) polarity!: Polarity;
  @Field(() => IndicatorFrequency, { defaultValue: IndicatorFrequency.MONTHLY }) frequency!: IndicatorFrequency;
  @Field(() => YearRollup, { defaultValue: YearRollup.NONE, description: 'How monthly or quarterly figures make the year (default NONE).' })
  yearRollup!: YearRollup;
  @Field(() => Float, { nullable: true }) tolerance?: number | null;
  @Field(() => ToleranceKind, { nullable: true }) toleranceKind?: ToleranceKind | null;
  @Field(() => Float, { nullable: true }) bandLow?: number | null;
  @Field(() => Float, { nullable: true }) bandHigh?: number | null;
  @Field(() => String, { nullable: true }) domain?: string | null;
}

@InputType({ description: 'Fields left out are unchanged. Only local indicators can be changed.' })
export class UpdateIndicatorInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) definition?: string | null;
  @Field(() => String, { nullable: true }) unit?: string | null;
  @Field(() => Polarity, { nullable: true }) polarity?: Polarity | null;
  @Field(() => YearRollup, { nullable: true, description: 'How monthly or quarterly figures make the year.' })
  yearRollup?: YearRollup | null;
  @Field(() => Float, { nullable: true }) tolerance?: number | null;
  @Field(() => ToleranceKind, { nullable: true }) toleranceKind?: ToleranceKind | null;
  @Field(() => Float, { nullable: true }) bandLow?: number | null;
  @Field(() => Float, { nullable: true }) bandHigh?: number | null;
}

@InputType()
export class IndicatorFilter {
  @Field(() => IndicatorFramework, { nullable: true }) framework?: IndicatorFramework | null;
  @Field(() => ID, { nullable: true, description: "National indicators plus this council's local ones (national only when not given)." })
  councilId?: string | null;
  @Field(() => String, { nullable: true, description: 'Part of the code or title, any case.' }) search?: string | null;
}

@InputType()
export class SetOwnershipInput {
  @Field(() => ID) councilId!: string;
  @Field(() => ID) indicatorId!: string;
  @Field(() => ID, { nullable: true, description: 'Answerable for the accuracy of the data; enters and validates it.' }) dataOwnerId?:
    | string
    | null;
  @Field(() => ID, { nullable: true, description: 'Answers for the performance.' }) responsibleManagerId?: string | null;
}

@InputType({
  description:
    'Enter a value (new: DRAFT). To change a measurement send its version; a VALIDATED or PUBLISHED one needs correction: true and goes ' +
    'back to DRAFT (its history keeps every version).',
})
export class RecordMeasurementInput {
  @Field(() => ID) councilId!: string;
  @Field(() => ID) indicatorId!: string;
  @Field(() => String, { description: "2020-21, 2020-21 Q1 or 2020-04 (the indicator's frequency)." }) period!: string;
  @Field(() => String, { nullable: true, description: 'Total when not given.' }) disaggregation?: string | null;
  @Field(() => String, { description: 'A number (45.2, 1,234, 45.2%), [c] for suppressed or [x] for not available.' }) value!: string;
  @Field(() => Float, { nullable: true }) numerator?: number | null;
  @Field(() => Float, { nullable: true }) denominator?: number | null;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => Int, { nullable: true, description: 'The version you read, to change an existing measurement.' }) version?: number | null;
  @Field(() => Boolean, { nullable: true, defaultValue: false }) correction?: boolean;
}

@InputType({ description: 'Sets (creates or replaces) the target of a council for an indicator, period and optionally a service.' })
export class SetTargetInput {
  @Field(() => ID) councilId!: string;
  @Field(() => ID) indicatorId!: string;
  @Field(() => String) period!: string;
  @Field(() => ID, { nullable: true }) serviceId?: string | null;
  @Field(() => Float) value!: number;
  @Field(() => Float, { nullable: true, description: "Overrides the indicator's tolerance (0 or more)." }) tolerance?: number | null;
  @Field(() => ToleranceKind, { nullable: true }) toleranceKind?: ToleranceKind | null;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => Int, { nullable: true, description: 'The version you read, when replacing a target.' }) version?: number | null;
}

@InputType()
export class CreateComparatorGroupInput {
  @Field(() => ID) councilId!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [ID], { description: 'The councils in the group.' }) memberIds!: string[];
}

@InputType()
export class UpdateComparatorGroupInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Replaces the members.' }) memberIds?: string[] | null;
}
