/** The arguments the performance reads share (series, comparisons, exceptions), declared once. */
import { ArgsType, Field, ID } from 'type-graphql';
import { GroupInput } from './indicators.input.js';

/** The council asked about: by global id or by GSS code (one of them). */
@ArgsType()
export class CouncilRefArgs {
  @Field(() => ID, { nullable: true })
  councilId?: string | null;

  @Field(() => String, { nullable: true })
  gssCode?: string | null;
}

@ArgsType()
export class SeriesArgs extends CouncilRefArgs {
  @Field(() => [ID])
  indicatorIds!: string[];

  @Field(() => String)
  from!: string;

  @Field(() => String)
  to!: string;

  @Field(() => String, { nullable: true })
  disaggregation?: string | null;
}

@ArgsType()
export class RatedSeriesArgs extends SeriesArgs {
  @Field(() => GroupInput, { nullable: true })
  group?: GroupInput | null;

  @Field(() => ID, { nullable: true, description: "Use this service's targets where it has them." })
  serviceId?: string | null;
}

@ArgsType()
export class ComparisonArgs {
  @Field(() => ID)
  indicatorId!: string;

  @Field(() => String)
  period!: string;

  @Field(() => GroupInput, { nullable: true })
  group?: GroupInput | null;

  @Field(() => ID, { nullable: true, description: 'The council to highlight (and the one SAME_TYPE / SAME_REGION are relative to).' })
  councilId?: string | null;

  @Field(() => String, { nullable: true })
  gssCode?: string | null;

  @Field(() => String, { nullable: true })
  disaggregation?: string | null;
}

/** A council's exceptions of a period, against a comparator group. */
@ArgsType()
export class ExceptionArgs extends CouncilRefArgs {
  @Field(() => String)
  period!: string;

  @Field(() => GroupInput, { nullable: true })
  group?: GroupInput | null;
}
