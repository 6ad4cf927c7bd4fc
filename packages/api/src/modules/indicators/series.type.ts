/**
 * A council's series for one indicator over the API, with its direction of travel (the change from the
 * previous figure, which decides `direction` and the exceptions) and, named apart, the longer-run trend.
 */
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { IndicatorNode } from './indicators.type.js';
import { GroupPosition, SeriesPoint } from './performance.type.js';

@ObjectType({
  description:
    'Direction of travel by the convention LG Inform uses for annual measures: the latest figure against the nearest earlier ' +
    'figure, judged by polarity, with a no-significant-change band (2% of the previous figure, or figures equal at the published ' +
    'precision). It decides IndicatorSeries.direction and DETERIORATING exceptions (docs/methods/performance.md).',
})
export class DirectionOfTravel {
  @Field(() => String, { description: 'The rule applied: CHANGE_FROM_PREVIOUS.' }) rule!: string;
  @Field(() => String, { description: 'IMPROVING, STABLE (no significant change), DETERIORATING or UNKNOWN (fewer than two figures).' })
  direction!: string;
  @Field(() => String, { nullable: true, description: 'The latest period with a number.' }) period!: string | null;
  @Field(() => Float, { description: 'The latest published figure; null when there is none.', nullable: true }) value!: number | null;
  @Field(() => String, { nullable: true, description: 'The nearest earlier period with a number, compared with.' })
  previousPeriod!: string | null;
  @Field(() => Float, { description: 'The nearest earlier published figure compared with; null when there is none.', nullable: true })
  previousValue!: number | null;
  @Field(() => Float, { nullable: true, description: 'value - previousValue, in the indicator’s unit.' }) change!: number | null;
  @Field(() => Float, { nullable: true, description: 'The no-significant-change band applied, in the indicator’s unit.' })
  noChangeBand!: number | null;
}

@ObjectType({
  description:
    'The longer-run trend, a separate figure from the direction of travel: a least-squares line through the last five numbers ' +
    '(at least two), its slope per period judged by polarity with a 1% stable threshold. It never makes an exception.',
})
export class LongRunTrend {
  @Field(() => String, { description: 'IMPROVING, STABLE, DETERIORATING or UNKNOWN.' }) direction!: string;
  @Field(() => Float, { nullable: true, description: 'Change per period of the fitted line.' }) slope!: number | null;
  @Field(() => Int, { description: 'How many numbers the line was fitted to.' }) pointsUsed!: number;
  @Field(() => [String], { description: 'The periods fitted, oldest first.' }) periodsUsed!: string[];
}

@ObjectType({
  description: "A council's series for one indicator, with RAG against target, direction of travel and position in the group.",
})
export class IndicatorSeries {
  indicatorId!: number;
  councilId!: number;
  @Field(() => IndicatorNode, { description: 'The indicator of the series.' }) indicator!: IndicatorNode;
  @Field(() => String, { description: "The breakdown of the series, e.g. 'Total'." }) disaggregation!: string;
  @Field(() => [SeriesPoint], {
    description: 'The figures of the series, oldest period first (published only, unless the viewer is of the council).',
  })
  points!: SeriesPoint[];
  @Field(() => String, {
    description: 'Direction of travel: IMPROVING, STABLE, DETERIORATING or UNKNOWN, the change from the previous figure (see change).',
  })
  direction!: string;
  @Field(() => DirectionOfTravel, { description: 'The direction of travel in full: the two figures compared, the change and the band.' })
  change!: DirectionOfTravel;
  @Field(() => LongRunTrend, { description: 'The longer-run trend over the last five figures, named apart from the direction.' })
  trend!: LongRunTrend;
  @Field(() => Float, { nullable: true, description: "The longer-run trend's slope per period (trend.slope)." }) slope!: number | null;
  @Field(() => SeriesPoint, { nullable: true, description: 'The latest period with a measurement.' }) latest!: SeriesPoint | null;
  @Field(() => GroupPosition, {
    nullable: true,
    description:
      'Position in the comparator group at the latest period with a published number; null for a local indicator ' +
      '(only its council measures it).',
  })
  position!: GroupPosition | null;
}
