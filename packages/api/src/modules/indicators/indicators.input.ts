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
  valuesConfig: {
    ascof: { description: "NHS Digital's ASCOF open-data CSV (measures by council)." },
    ascof_outcomes: { description: "NHS Digital's ASCOF outcomes CSV (breakdowns by age and sex)." },
    oflog: { description: "Oflog's adult social care CSV." },
    template: { description: "Golden Thread's own template: gss_code, indicator_code, period, value, numerator, denominator, note." },
  },
});

@InputType({ description: 'Which councils to compare with. Default: ALL_ENGLAND.' })
export class GroupInput {
  @Field(() => GroupKind, {
    description: 'ALL_ENGLAND (default), SAME_TYPE or SAME_REGION (relative to the council asked about), or CUSTOM (give groupId).',
    defaultValue: GroupKind.ALL_ENGLAND,
  })
  kind!: GroupKind;
  @Field(() => ID, { nullable: true, description: 'The comparator group, for CUSTOM.' }) groupId?: string | null;
}

@InputType({ description: "A council's new LOCAL indicator (national indicators come from the reference data)." })
export class CreateIndicatorInput {
  @Field(() => ID, { description: 'The council whose local indicator this is.' }) councilId!: string;
  @Field(() => String, { description: "The council's code for it, unique among its local indicators, e.g. 'L-ASC-01'." }) code!: string;
  @Field(() => String, { description: 'Its name as people read it.' }) title!: string;
  @Field(() => String, { description: 'How the figure is worked out: numerator, denominator and what counts.', nullable: true })
  definition?: string | null;
  @Field(() => String, { description: "The unit of its values, e.g. '%', 'per 100,000 population', 'ratio', 'days'.", nullable: true })
  unit?: string | null;
  @Field(() => Polarity, { description: 'Whether higher or lower is better, or a band; UNKNOWN gives no RAG, direction or rank.' })
  polarity!: Polarity;
  @Field(() => IndicatorFrequency, {
    description: 'How often a figure is due: ANNUAL, QUARTERLY or MONTHLY.',
    defaultValue: IndicatorFrequency.MONTHLY,
  })
  frequency!: IndicatorFrequency;
  @Field(() => YearRollup, { defaultValue: YearRollup.NONE, description: 'How monthly or quarterly figures make the year (default NONE).' })
  yearRollup!: YearRollup;
  @Field(() => Float, {
    description: 'How far off target still counts as amber (in the unit, or a percent of the target).',
    nullable: true,
  })
  tolerance?: number | null;
  @Field(() => ToleranceKind, { description: 'Whether tolerance is ABSOLUTE or PERCENT (default ABSOLUTE).', nullable: true })
  toleranceKind?: ToleranceKind | null;
  @Field(() => Float, { description: 'WITHIN_BAND only: the bottom of the good band, in the unit.', nullable: true }) bandLow?:
    | number
    | null;
  @Field(() => Float, { description: 'WITHIN_BAND only: the top of the good band, in the unit.', nullable: true }) bandHigh?: number | null;
  @Field(() => String, { description: "The theme it belongs to, e.g. 'Safeguarding'.", nullable: true }) domain?: string | null;
}

@InputType({ description: 'Fields left out are unchanged. Only local indicators can be changed.' })
export class UpdateIndicatorInput {
  @Field(() => ID, { description: "The indicator's global id (a LOCAL indicator)." }) id!: string;
  @Field(() => Int, { description: 'The version the caller read; a stale one is refused with CONFLICT.' }) version!: number;
  @Field(() => String, { description: 'Its name as people read it.', nullable: true }) title?: string | null;
  @Field(() => String, { description: 'How the figure is worked out.', nullable: true }) definition?: string | null;
  @Field(() => String, { description: 'The unit of its values.', nullable: true }) unit?: string | null;
  @Field(() => Polarity, { description: 'Which way is better.', nullable: true }) polarity?: Polarity | null;
  @Field(() => YearRollup, { nullable: true, description: 'How monthly or quarterly figures make the year.' })
  yearRollup?: YearRollup | null;
  @Field(() => Float, { description: 'How far off target still counts as amber.', nullable: true }) tolerance?: number | null;
  @Field(() => ToleranceKind, { description: 'Whether tolerance is ABSOLUTE or PERCENT.', nullable: true })
  toleranceKind?: ToleranceKind | null;
  @Field(() => Float, { description: 'WITHIN_BAND only: the bottom of the good band.', nullable: true }) bandLow?: number | null;
  @Field(() => Float, { description: 'WITHIN_BAND only: the top of the good band.', nullable: true }) bandHigh?: number | null;
}

@InputType({ description: 'Which indicators to list.' })
export class IndicatorFilter {
  @Field(() => IndicatorFramework, { description: "Only this framework's indicators; all when left out.", nullable: true })
  framework?: IndicatorFramework | null;
  @Field(() => ID, { nullable: true, description: "National indicators plus this council's local ones (national only when not given)." })
  councilId?: string | null;
  @Field(() => String, { nullable: true, description: 'Part of the code or title, any case.' }) search?: string | null;
}

@InputType({ description: 'Sets who answers for an indicator in a council (people of that council).' })
export class SetOwnershipInput {
  @Field(() => ID, { description: 'The council.' }) councilId!: string;
  @Field(() => ID, { description: 'The indicator.' }) indicatorId!: string;
  @Field(() => ID, { nullable: true, description: 'Answerable for the accuracy of the data; enters and validates it.' }) dataOwnerId?:
    | string
    | null;
  @Field(() => ID, { nullable: true, description: 'Answers for the performance.' }) responsibleManagerId?: string | null;
  @Field(() => Int, {
    nullable: true,
    description:
      'The version of the ownership you read (0 when there was none), when replacing who answers for it; a stale one is refused with ' +
      'CONFLICT. Left out, it is not checked.',
  })
  version?: number | null;
}

@InputType({
  description:
    'Enter a value (new: DRAFT). To change a measurement send its version; a VALIDATED or PUBLISHED one needs correction: true and goes ' +
    'back to DRAFT (its history keeps every version).',
})
export class RecordMeasurementInput {
  @Field(() => ID, { description: 'The council the figure is for.' }) councilId!: string;
  @Field(() => ID, { description: 'The indicator measured.' }) indicatorId!: string;
  @Field(() => String, { description: "2020-21, 2020-21 Q1 or 2020-04 (the indicator's frequency)." }) period!: string;
  @Field(() => String, { nullable: true, description: 'Total when not given.' }) disaggregation?: string | null;
  @Field(() => String, { description: 'A number (45.2, 1,234, 45.2%), [c] for suppressed or [x] for not available.' }) value!: string;
  @Field(() => Float, { description: 'The numerator, when the value is a rate or percentage (optional).', nullable: true }) numerator?:
    | number
    | null;
  @Field(() => Float, { description: 'The denominator, when the value is a rate or percentage (optional).', nullable: true }) denominator?:
    | number
    | null;
  @Field(() => String, { description: 'A note on the figure (optional).', nullable: true }) note?: string | null;
  @Field(() => Int, { nullable: true, description: 'The version you read, to change an existing measurement.' }) version?: number | null;
  @Field(() => Boolean, {
    description: 'True to change a VALIDATED or PUBLISHED figure (it goes back to DRAFT).',
    nullable: true,
    defaultValue: false,
  })
  correction?: boolean;
}

@InputType({ description: 'Sets (creates or replaces) the target of a council for an indicator, period and optionally a service.' })
export class SetTargetInput {
  @Field(() => ID, { description: 'The council the target is for.' }) councilId!: string;
  @Field(() => ID, { description: 'The indicator.' }) indicatorId!: string;
  @Field(() => String, { description: "The period, e.g. '2024-25'." }) period!: string;
  @Field(() => ID, { description: "A service's target; left out for the council-wide one.", nullable: true }) serviceId?: string | null;
  @Field(() => Float, { description: "The value to reach, in the indicator's unit." }) value!: number;
  @Field(() => Float, { nullable: true, description: "Overrides the indicator's tolerance (0 or more)." }) tolerance?: number | null;
  @Field(() => ToleranceKind, { description: "Overrides the indicator's tolerance kind for this target (optional).", nullable: true })
  toleranceKind?: ToleranceKind | null;
  @Field(() => String, { description: 'Why this target (optional).', nullable: true }) note?: string | null;
  @Field(() => Int, { nullable: true, description: 'The version you read, when replacing a target.' }) version?: number | null;
}

@InputType({ description: "A new comparator group of a council (members are added with the group's mutations)." })
export class CreateComparatorGroupInput {
  @Field(() => ID, { description: 'The council that owns the group.' }) councilId!: string;
  @Field(() => String, { description: "The group's name, unique in the council." }) name!: string;
  @Field(() => String, { description: 'What the group is for (optional).', nullable: true }) description?: string | null;
  @Field(() => [ID], { description: 'The councils in the group.' }) memberIds!: string[];
}

@InputType({ description: 'Renames a comparator group. Fields left out are unchanged.' })
export class UpdateComparatorGroupInput {
  @Field(() => ID, { description: "The group's global id." }) id!: string;
  @Field(() => Int, { description: 'The version the caller read; a stale one is refused with CONFLICT.' }) version!: number;
  @Field(() => String, { description: 'The new name, unique in the council.', nullable: true }) name?: string | null;
  @Field(() => String, { description: 'What the group is for; null clears it.', nullable: true }) description?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Replaces the members.' }) memberIds?: string[] | null;
}
