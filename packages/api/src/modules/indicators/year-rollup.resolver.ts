/**
 * Monthly and quarterly figures rolled up to the financial year by the indicator's stated rule
 * (`Indicator.yearRollup`; the rule is the domain's rollUpToYears), shown beside the annual figure:
 * `IndicatorSeries.yearRollups`, computed from the series' own points (no statement of its own).
 */
import { Field, FieldResolver, Float, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { rollUpToYears, YearRollup } from '@goldenthread/domain';
import { IndicatorNode } from './indicators.type.js';
import { IndicatorSeries } from './series.type.js';

@ObjectType({ description: "A financial year's figure rolled up from the indicator's monthly or quarterly figures." })
export class YearRollupFigure {
  @Field(() => String, { description: 'The financial year, e.g. 2024-25.' }) year!: string;
  @Field(() => YearRollup, { description: 'The rule applied (SUM, MEAN or LAST).' }) rule!: YearRollup;
  @Field(() => Float, { nullable: true, description: 'The rolled-up figure; null while a period of the year has no number.' })
  value!: number | null;
  @Field(() => Int, { description: 'Periods of the year with a number in the series.' }) periods!: number;
  @Field(() => Int, { description: 'Periods the year has (4 quarters or 12 months).' }) expected!: number;
}

@Resolver(() => IndicatorNode)
export class IndicatorYearRollupResolver {
  @FieldResolver(() => YearRollup, {
    description: 'How monthly or quarterly figures make the financial year: SUM, MEAN, LAST, or NONE (not rolled up).',
  })
  yearRollup(@Root() i: IndicatorNode): YearRollup {
    return i.yearRollup;
  }
}

@Resolver(() => IndicatorSeries)
export class SeriesYearRollupResolver {
  @FieldResolver(() => [YearRollupFigure], {
    description:
      "The series' financial years rolled up by the indicator's yearRollup, oldest first (none for NONE or annual indicators): " +
      'the annual figure beside the monthly or quarterly ones. A year with a period missing has a null value.',
  })
  yearRollups(@Root() s: IndicatorSeries): YearRollupFigure[] {
    const rule = s.indicator.yearRollup;
    return rollUpToYears(
      rule,
      s.points.map((p) => ({ period: p.period, value: p.valueStatus === 'VALUE' ? p.value : null })),
    ).map((f) => ({ ...f, rule }));
  }
}
