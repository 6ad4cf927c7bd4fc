/** Series, comparisons, exceptions and late data of a council (reads of PerformanceService). */
import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Indicator, Service } from '@goldenthread/db';
import { one } from '../../loaders.js';
import type { GqlContext } from '../../context.js';
import { notFound } from '../../errors.js';
import { decodeId } from '../../relay/global-id.js';
import { CouncilNode, ServiceNode } from '../organisation/organisation.type.js';
import { AreaFigureReads } from '../areas/areas.service.js';
import { GroupKind } from './indicators.input.js';
import { ComparisonArgs, ExceptionArgs, RatedSeriesArgs, SeriesArgs } from './indicators.args.js';
import { councilArg, groupArg, seriesOut } from './indicators.resolver.js';
import { IndicatorNode } from './indicators.type.js';
import { Comparison, PerformanceFinding, SeriesPoint } from './performance.type.js';
import { IndicatorSeries } from './series.type.js';
import { comparisonCsv, PerformanceService, seriesCsv } from './performance.service.js';
import { keptRead } from '../shared/kept-reads.js';

@Resolver()
export class PerformanceResolver {
  private async series(ctx: GqlContext, a: SeriesArgs & Partial<RatedSeriesArgs>) {
    const council = await councilArg(ctx, a.councilId ?? null, a.gssCode ?? null);
    const service = ctx.services.get(PerformanceService);
    const series = await service.indicatorSeries({
      councilId: council,
      indicatorIds: a.indicatorIds.map((id, i) => decodeId(`indicatorIds[${i}]`, id, 'Indicator')),
      from: a.from,
      to: a.to,
      disaggregation: a.disaggregation ?? null,
      group: groupArg(a.group ?? null),
      serviceId: a.serviceId ? decodeId('serviceId', a.serviceId, 'Service') : null,
      includeUnpublished: ctx.access.canReadUnpublished(council),
    });
    return { service, series };
  }

  @Query(() => [IndicatorSeries], {
    description:
      "A council's series for indicators over a range of periods (from/to of one kind: 2018-19, 2020-21 Q1 or 2020-04), each point with " +
      "target and RAG, the direction of travel, and the council's position in the group at its latest published number. Drafts only " +
      "for those who may see the council's unpublished data.",
  })
  async indicatorSeries(@Ctx() ctx: GqlContext, @Args(() => RatedSeriesArgs) args: RatedSeriesArgs): Promise<IndicatorSeries[]> {
    // Depends on the viewer only through whether they may see the council's drafts: kept under the data
    // version for the next query asking the same with the same answer to that (shared/kept-reads.ts).
    const council = await councilArg(ctx, args.councilId ?? null, args.gssCode ?? null);
    const key = ['series', council, ctx.access.canReadUnpublished(council), JSON.stringify(args)].join('|');
    return keptRead(
      ctx,
      key,
      async () => (await this.series(ctx, args)).series.map(seriesOut),
      (series) => series.reduce((n, s) => n + s.points.length + 1, 0),
    );
  }

  @Query(() => String, {
    description: "The same series as CSV text (the import template's columns first, then council, status, target, RAG and direction).",
  })
  async indicatorSeriesCsv(@Ctx() ctx: GqlContext, @Args(() => SeriesArgs) args: SeriesArgs): Promise<string> {
    const { service, series } = await this.series(ctx, args);
    return seriesCsv(series, await service.councils());
  }

  private async compare(ctx: GqlContext, a: ComparisonArgs) {
    const service = ctx.services.get(PerformanceService);
    const indicator = await ctx.loaders.byId(Indicator).load(decodeId('indicatorId', a.indicatorId, 'Indicator'));
    if (!indicator) throw notFound('Indicator', a.indicatorId);
    const council = a.councilId != null || a.gssCode != null ? await councilArg(ctx, a.councilId ?? null, a.gssCode ?? null) : null;
    const group = groupArg(a.group ?? null);
    const result = await service.comparison({
      indicator,
      period: a.period,
      disaggregation: a.disaggregation ?? null,
      group,
      councilId: council,
    });
    return { service, indicator, result, council, group };
  }

  @Query(() => Comparison, {
    description:
      'All councils of a group for one indicator and period (published values): rank, quartile, median and distribution, with one ' +
      'council highlighted.',
  })
  async comparison(@Ctx() ctx: GqlContext, @Args(() => ComparisonArgs) args: ComparisonArgs): Promise<Comparison> {
    // The same for every viewer (published figures only): kept by the server under the data version for
    // the next query that asks the same (shared/kept-reads.ts). Errors are not kept.
    const a = args;
    const key = ['comparison', a.indicatorId, a.period, a.disaggregation, JSON.stringify(a.group), a.councilId, a.gssCode].join('|');
    return keptRead(
      ctx,
      key,
      async () => {
        const { service, indicator, result, council, group } = await this.compare(ctx, args);
        const councils = new Map((await service.councils()).map((c) => [c.id, c.row]));
        return Object.assign(new Comparison(), {
          ...result,
          councilId: council,
          allEngland: group.kind === GroupKind.ALL_ENGLAND,
          indicator: IndicatorNode.from(indicator),
          entries: result.entries.map((e) => ({ ...e, council: CouncilNode.from(councils.get(e.councilId)!) })),
        });
      },
      (c) => c.entries.length + 1,
    );
  }

  @Query(() => String, { description: 'The comparison as CSV text.' })
  async comparisonCsv(@Ctx() ctx: GqlContext, @Args(() => ComparisonArgs) args: ComparisonArgs): Promise<string> {
    const { service, indicator, result, council } = await this.compare(ctx, args);
    const published = await ctx.services.get(AreaFigureReads).beside(indicator.id, result.period, result.disaggregation, council);
    const lines = published.map((f) => ({ gssCode: f.area.gssCode, label: f.label, value: f.value, valueStatus: f.valueStatus }));
    return comparisonCsv(result, indicator, await service.councils(), lines);
  }

  @Query(() => [PerformanceFinding], {
    description:
      "A council's exceptions for a period: indicators RED against target, in the bottom quartile of the group, or deteriorating; most " +
      'serious first.',
  })
  async performanceExceptions(@Ctx() ctx: GqlContext, @Args(() => ExceptionArgs) { period, group, councilId, gssCode }: ExceptionArgs) {
    const council = await councilArg(ctx, councilId ?? null, gssCode ?? null);
    const rows = await ctx.services.get(PerformanceService).exceptions({
      councilId: council,
      period,
      group: groupArg(group ?? null),
      includeUnpublished: ctx.access.canReadUnpublished(council),
    });
    return rows.map((r) =>
      Object.assign(new PerformanceFinding(), { ...r, councilId: council, indicator: IndicatorNode.from(r.indicator) }),
    );
  }

  @Query(() => [PerformanceFinding], {
    description:
      "Late or unvalidated data of a council's indicators in use, for periods from..to (due graceDays after the period ends). Needs " +
      "access to the council's unpublished data.",
  })
  async lateData(
    @Ctx() ctx: GqlContext,
    @Arg('from', () => String, { description: "The first period, e.g. '2019-20' (inclusive)." }) from: string,
    @Arg('to', () => String, { description: "The last period, e.g. '2023-24' (inclusive)." }) to: string,
    @Arg('councilId', () => ID, { description: "The council's global id (or give gssCode).", nullable: true }) councilId: string | null,
    @Arg('gssCode', () => String, {
      description: "The council's GSS code instead of councilId, e.g. 'E08000009' (give one of the two).",
      nullable: true,
    })
    gssCode: string | null,
    @Arg('graceDays', () => Int, { description: 'Days after a figure is due before it counts as late.', defaultValue: 30 })
    graceDays: number,
    @Arg('today', () => String, { nullable: true, description: 'YYYY-MM-DD; today when not given (for reproducible reports).' }) today:
      | string
      | null,
  ) {
    const council = await councilArg(ctx, councilId, gssCode);
    ctx.access.requireReadUnpublished(council);
    const rows = await ctx.services
      .get(PerformanceService)
      .lateData({ councilId: council, from, to, graceDays, today: today ?? new Date().toISOString().slice(0, 10) });
    return rows.map((r) => Object.assign(new PerformanceFinding(), { ...r, indicator: IndicatorNode.from(r.indicator) }));
  }
}

/** Which target a point is rated against: a service's, or the council's (null service). */
@Resolver(() => SeriesPoint)
export class SeriesPointResolver {
  @FieldResolver(() => ServiceNode, {
    nullable: true,
    description: 'The service whose target the point is rated against; null for a council-wide target (or none: see targetPeriod).',
  })
  targetService(@Root() p: SeriesPoint, @Ctx() ctx: GqlContext) {
    return one(ctx, Service, p.targetServiceId, ServiceNode.from);
  }
}
