/** The arguments the performance reads share (series, comparisons, exceptions), declared once. */
import { ArgsType, Field, ID } from 'type-graphql';
import { GroupInput } from './indicators.input.js';

/** The council asked about: by global id or by GSS code (one of them). */
@ArgsType()
export class CouncilRefArgs {
  @Field(() => ID, {
    description: "The council's global id (Council:...); or give gssCode. Its own people also see unpublished figures.",
    nullable: true,
  })
  councilId?: string | null;

  @Field(() => String, { description: "The council's GSS code instead of councilId, e.g. 'E08000009'.", nullable: true })
  gssCode?: string | null;
}

@ArgsType()
export class SeriesArgs extends CouncilRefArgs {
  @Field(() => [ID], { description: "The indicators' global ids (Indicator:...): one series each, in this order." })
  indicatorIds!: string[];

  @Field(() => String, { description: "The first period, e.g. '2019-20' (inclusive)." })
  from!: string;

  @Field(() => String, { description: "The last period, e.g. '2023-24' (inclusive)." })
  to!: string;

  @Field(() => String, {
    description: "The breakdown, e.g. 'Total' or '18-64'; each indicator's default breakdown when left out.",
    nullable: true,
  })
  disaggregation?: string | null;
}

@ArgsType()
export class RatedSeriesArgs extends SeriesArgs {
  @Field(() => GroupInput, {
    description: "The group for each point's position (median, quartiles); ALL_ENGLAND when left out.",
    nullable: true,
  })
  group?: GroupInput | null;

  @Field(() => ID, { nullable: true, description: "Use this service's targets where it has them." })
  serviceId?: string | null;
}

@ArgsType()
export class ComparisonArgs {
  @Field(() => ID, { description: "The indicator's global id (Indicator:...)." })
  indicatorId!: string;

  @Field(() => String, { description: "The period to compare, e.g. '2023-24'." })
  period!: string;

  @Field(() => GroupInput, { description: 'Which councils to compare; ALL_ENGLAND when left out.', nullable: true })
  group?: GroupInput | null;

  @Field(() => ID, { nullable: true, description: 'The council to highlight (and the one SAME_TYPE / SAME_REGION are relative to).' })
  councilId?: string | null;

  @Field(() => String, { description: 'The council to highlight, by GSS code instead of councilId.', nullable: true })
  gssCode?: string | null;

  @Field(() => String, { description: "The breakdown, e.g. 'Total'; the indicator's default breakdown when left out.", nullable: true })
  disaggregation?: string | null;
}

/** A council's exceptions of a period, against a comparator group. */
@ArgsType()
export class ExceptionArgs extends CouncilRefArgs {
  @Field(() => String, { description: "The period whose figures are checked, e.g. '2023-24'." })
  period!: string;

  @Field(() => GroupInput, {
    description: 'The group the council is compared with for quartiles; ALL_ENGLAND when left out.',
    nullable: true,
  })
  group?: GroupInput | null;
}
