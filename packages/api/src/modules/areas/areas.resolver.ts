/**
 * England's and the regions' published figures beside the medians of councils: on a comparison (the
 * period's figures) and on a council's series (each period's), and the list of the areas.
 */
import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { ENGLAND_GSS, medianLabel } from '@goldenthread/domain';
import type { GqlContext } from '../../context.js';
import { Comparison } from '../indicators/performance.type.js';
import { IndicatorSeries } from '../indicators/series.type.js';
import { AreaFigureReads } from './areas.service.js';
import { PublishedFigure, ReferenceAreaNode } from './areas.type.js';

@Resolver(() => Comparison)
export class ComparisonAreasResolver {
  @FieldResolver(() => String, {
    description:
      'How the median is labelled: "median of English councils" for all councils (never "England": England\'s own figure is ' +
      'englandPublished), "median of councils in <group>" for another group.',
  })
  medianLabel(@Root() c: Comparison): string {
    return medianLabel(c.groupName, c.allEngland ?? false);
  }

  @FieldResolver(() => PublishedFigure, {
    nullable: true,
    description:
      "England's figure as NHS Digital publishes it for the indicator, period and breakdown (not a median); null when none is stored.",
  })
  englandPublished(@Root() c: Comparison, @Ctx() ctx: GqlContext): Promise<PublishedFigure | null> {
    return ctx.services.get(AreaFigureReads).figure(c.indicator.dbId, c.period, c.disaggregation);
  }

  @FieldResolver(() => PublishedFigure, {
    nullable: true,
    description: "The highlighted council's region's published figure for the period; null without a council or a stored figure.",
  })
  async regionPublished(@Root() c: Comparison, @Ctx() ctx: GqlContext): Promise<PublishedFigure | null> {
    if (!c.councilId) return null;
    const reads = ctx.services.get(AreaFigureReads);
    const region = await reads.regionOf(c.councilId);
    return region ? reads.figure(c.indicator.dbId, c.period, c.disaggregation, region) : null;
  }
}

@Resolver(() => IndicatorSeries)
export class SeriesAreasResolver {
  @FieldResolver(() => [PublishedFigure], {
    description: "England's published figure at each period of the series that has one, oldest first (NHS Digital's, not a median).",
  })
  englandPublished(@Root() s: IndicatorSeries, @Ctx() ctx: GqlContext): Promise<PublishedFigure[]> {
    const periods = s.points.map((p) => p.period);
    return ctx.services.get(AreaFigureReads).series(s.indicatorId, periods, s.disaggregation, ENGLAND_GSS);
  }

  @FieldResolver(() => [PublishedFigure], {
    description: "The council's region's published figure at each period of the series that has one, oldest first.",
  })
  async regionPublished(@Root() s: IndicatorSeries, @Ctx() ctx: GqlContext): Promise<PublishedFigure[]> {
    const reads = ctx.services.get(AreaFigureReads);
    const region = await reads.regionOf(s.councilId);
    return region
      ? reads.series(
          s.indicatorId,
          s.points.map((p) => p.period),
          s.disaggregation,
          region,
        )
      : [];
  }
}

@Resolver(() => ReferenceAreaNode)
export class AreasResolver {
  @Query(() => [ReferenceAreaNode], {
    description: 'England and the nine regions: the areas with published figures of their own beside the councils.',
  })
  async referenceAreas(@Ctx() ctx: GqlContext): Promise<ReferenceAreaNode[]> {
    return (await ctx.services.get(AreaFigureReads).areas()).map(ReferenceAreaNode.from);
  }
}
