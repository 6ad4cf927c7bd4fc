import { Arg, Args, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import {
  ComparatorGroup,
  ComparatorGroupMember,
  Council,
  Indicator,
  IndicatorFramework,
  IndicatorOwnership,
  Measurement,
  MeasurementHistory,
  MeasurementStatus,
  TOTAL,
  Person,
  Service,
  Target,
} from '@goldenthread/db';
import { validateGssCode } from '@goldenthread/domain';
import type { GqlContext } from '../../context.js';
import { one } from '../../loaders.js';
import { assertValid, badInput, notFound } from '../../errors.js';
import { ConnectionArgs, type ConnectionShape } from '../../relay/connection.js';
import { decodeId, toGlobalId } from '../../relay/global-id.js';
import { containsCondition } from '../../search.js';
import { CouncilNode, PersonNode, ServiceNode } from '../organisation/organisation.type.js';
import {
  CreateComparatorGroupInput,
  CreateIndicatorInput,
  GroupInput,
  GroupKind,
  ImportFormatArg,
  IndicatorFilter,
  RecordMeasurementInput,
  SetOwnershipInput,
  SetTargetInput,
  UpdateComparatorGroupInput,
  UpdateIndicatorInput,
} from './indicators.input.js';
import { ComparatorGroupService } from './comparator-group.service.js';
import { IndicatorsService } from './indicators.service.js';
import {
  Comparison,
  ComparatorGroupNode,
  IndicatorConnection,
  IndicatorNode,
  IndicatorOwnershipNode,
  IndicatorSeries,
  ImportResult,
  MeasurementConnection,
  MeasurementNode,
  MeasurementVersionNode,
  PerformanceFinding,
  TargetNode,
} from './indicators.type.js';
import { comparisonCsv, PerformanceService, seriesCsv, type GroupSpec, type Series } from './performance.service.js';
import type { FilterQuery } from '@mikro-orm/core';
import { paginate } from '../shared/paginate.js';

/** A council given by global id or GSS code (exactly one). */
export async function councilArg(ctx: GqlContext, councilId: string | null | undefined, gssCode: string | null | undefined): Promise<number> {
  if ((councilId == null) === (gssCode == null)) throw badInput('councilId', 'give either councilId or gssCode, not both or neither.');
  if (councilId != null) return decodeId('councilId', councilId, 'Council');
  assertValid(validateGssCode('gssCode', gssCode!));
  const c = await ctx.em.findOne(Council, { gssCode: gssCode!.trim().toUpperCase() }, { fields: ['id'], disableIdentityMap: true });
  if (!c) throw badInput('gssCode', `no council with GSS code ${gssCode} exists.`);
  return c.id;
}

export function groupArg(group: GroupInput | null | undefined): GroupSpec {
  if (!group) return { kind: GroupKind.ALL_ENGLAND };
  if (group.kind === GroupKind.CUSTOM && !group.groupId) throw badInput('group.groupId', 'a CUSTOM group needs the id of a comparator group.');
  return { kind: group.kind, groupId: group.groupId ? decodeId('group.groupId', group.groupId, 'ComparatorGroup') : null };
}

export function seriesOut(s: Series): IndicatorSeries {
  return Object.assign(new IndicatorSeries(), { ...s, indicator: IndicatorNode.from(s.indicator) });
}

@ObjectType()
export class IndicatorPayload {
  @Field(() => IndicatorNode) indicator!: IndicatorNode;
}
@ObjectType()
export class MeasurementPayload {
  @Field(() => MeasurementNode) measurement!: MeasurementNode;
}
@ObjectType()
export class TargetPayload {
  @Field(() => TargetNode) target!: TargetNode;
}
@ObjectType()
export class OwnershipPayload {
  @Field(() => IndicatorOwnershipNode) ownership!: IndicatorOwnershipNode;
}
@ObjectType()
export class ComparatorGroupPayload {
  @Field(() => ComparatorGroupNode) group!: ComparatorGroupNode;
}
@ObjectType()
export class DeletedPayload {
  @Field(() => ID) deletedId!: string;
}

@Resolver(() => IndicatorNode)
export class IndicatorResolver {
  @Query(() => IndicatorNode, { nullable: true, description: 'An indicator by global id, or by framework and code (a LOCAL code also needs councilId).' })
  async indicator(
    @Ctx() ctx: GqlContext,
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('framework', () => IndicatorFramework, { nullable: true }) framework: IndicatorFramework | null,
    @Arg('code', () => String, { nullable: true }) code: string | null,
    @Arg('councilId', () => ID, { nullable: true }) councilId: string | null,
  ): Promise<IndicatorNode | null> {
    if (id != null) return one(ctx, Indicator, decodeId('id', id, 'Indicator'), IndicatorNode.from);
    if (!framework || !code) throw badInput('id', 'give id, or framework and code.');
    const council = framework === IndicatorFramework.LOCAL ? (councilId ? decodeId('councilId', councilId, 'Council') : null) : null;
    if (framework === IndicatorFramework.LOCAL && council === null) throw badInput('councilId', 'a local indicator code needs the council.');
    const row = await ctx.em.findOne(Indicator, { framework, code: code.trim(), council });
    return row ? IndicatorNode.from(row) : null;
  }

  @Query(() => IndicatorConnection, { description: 'Indicator definitions, by framework and code.' })
  async indicators(@Ctx() ctx: GqlContext, @Arg('filter', () => IndicatorFilter, { nullable: true }) filter: IndicatorFilter | null, @Args(() => ConnectionArgs) page: ConnectionArgs): Promise<ConnectionShape<IndicatorNode>> {
    const where: FilterQuery<Indicator>[] = [];
    const councilId = filter?.councilId ? decodeId('filter.councilId', filter.councilId, 'Council') : null;
    where.push(councilId ? { $or: [{ council: null }, { council: councilId }] } : { council: null });
    if (filter?.framework) where.push({ framework: filter.framework });
    if (filter?.search) {
      const needle = filter.search.trim();
      if (needle.length > 100) throw badInput('filter.search', 'at most 100 characters.');
      where.push({ $or: [{ code: containsCondition(ctx.em, needle) }, { title: containsCondition(ctx.em, needle) }] });
    }
    return paginate(ctx.em, Indicator, { where: { $and: where }, orderBy: { framework: 'asc', code: 'asc', id: 'asc' } }, page, IndicatorNode.from);
  }

  @FieldResolver(() => CouncilNode, { nullable: true, description: 'The council of a local indicator; null for national ones.' })
  council(@Root() i: IndicatorNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Council, i.councilId, CouncilNode.from);
  }

  @FieldResolver(() => IndicatorOwnershipNode, { nullable: true, description: 'Who answers for this indicator in a council.' })
  async ownership(@Root() i: IndicatorNode, @Ctx() ctx: GqlContext, @Arg('councilId', () => ID) councilId: string) {
    const id = decodeId('councilId', councilId, 'Council');
    const rows = await ctx.loaders.childrenOf(IndicatorOwnership, 'indicator', { id: 'asc' }, { council: id }, `council:${id}`).load(i.dbId);
    return rows[0] ? IndicatorOwnershipNode.from(rows[0]) : null;
  }

  @Mutation(() => IndicatorPayload, { description: 'Creates a local indicator of a council.' })
  async createIndicator(@Ctx() ctx: GqlContext, @Arg('input', () => CreateIndicatorInput) input: CreateIndicatorInput) {
    return { indicator: IndicatorNode.from(await ctx.services.get(IndicatorsService).createIndicator(input)) };
  }

  @Mutation(() => IndicatorPayload, { description: 'Changes a local indicator (national definitions are reference data).' })
  async updateIndicator(@Ctx() ctx: GqlContext, @Arg('input', () => UpdateIndicatorInput) input: UpdateIndicatorInput) {
    return { indicator: IndicatorNode.from(await ctx.services.get(IndicatorsService).updateIndicator(input)) };
  }

  @Mutation(() => OwnershipPayload, { description: 'Sets the data owner and the responsible manager of an indicator in a council.' })
  async setIndicatorOwnership(@Ctx() ctx: GqlContext, @Arg('input', () => SetOwnershipInput) input: SetOwnershipInput) {
    return { ownership: IndicatorOwnershipNode.from(await ctx.services.get(IndicatorsService).setOwnership(input)) };
  }
}

@Resolver(() => IndicatorOwnershipNode)
export class OwnershipResolver {
  @FieldResolver(() => CouncilNode)
  council(@Root() o: IndicatorOwnershipNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Council, o.councilId, CouncilNode.from);
  }
  @FieldResolver(() => IndicatorNode)
  indicator(@Root() o: IndicatorOwnershipNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Indicator, o.indicatorId, IndicatorNode.from);
  }
  @FieldResolver(() => PersonNode, { nullable: true, description: 'Answerable for the accuracy of the data.' })
  dataOwner(@Root() o: IndicatorOwnershipNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Person, o.dataOwnerId, PersonNode.from);
  }
  @FieldResolver(() => PersonNode, { nullable: true })
  responsibleManager(@Root() o: IndicatorOwnershipNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Person, o.responsibleManagerId, PersonNode.from);
  }
}

@Resolver(() => MeasurementNode)
export class MeasurementResolver {
  @Query(() => MeasurementNode, { nullable: true, description: 'A measurement by id (unpublished ones only for those who may see the council\'s unpublished data).' })
  async measurement(@Ctx() ctx: GqlContext, @Arg('id', () => ID) id: string) {
    const m = await ctx.loaders.byId(Measurement).load(decodeId('id', id, 'Measurement'));
    return m ? MeasurementNode.from(m) : null;
  }

  @Query(() => MeasurementConnection, {
    description:
      "A council's measurements, newest period first: the work list of data owners and the MI-responsible manager (e.g. status: VALIDATED for what awaits publication). Unpublished ones only for those who may see the council's unpublished data.",
  })
  async measurements(
    @Ctx() ctx: GqlContext,
    @Arg('councilId', () => ID) councilId: string,
    @Arg('indicatorId', () => ID, { nullable: true }) indicatorId: string | null,
    @Arg('status', () => MeasurementStatus, { nullable: true }) status: MeasurementStatus | null,
    @Arg('disaggregation', () => String, { nullable: true, description: 'Total when not given.' }) disaggregation: string | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
  ): Promise<ConnectionShape<MeasurementNode>> {
    const council = decodeId('councilId', councilId, 'Council');
    const where: FilterQuery<Measurement> = { council, disaggregation: disaggregation?.trim() || TOTAL };
    if (indicatorId) where.indicator = decodeId('indicatorId', indicatorId, 'Indicator');
    const internal = ctx.access.canReadUnpublished(council);
    if (status && status !== MeasurementStatus.PUBLISHED && !internal) ctx.access.requireReadUnpublished(council);
    where.status = status ?? (internal ? { $ne: null } : MeasurementStatus.PUBLISHED);
    return paginate(ctx.em, Measurement, { where, orderBy: { periodStart: 'desc', indicator: 'asc', id: 'asc' } }, page, MeasurementNode.from);
  }

  @FieldResolver(() => IndicatorNode)
  indicator(@Root() m: MeasurementNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Indicator, m.indicatorId, IndicatorNode.from);
  }
  @FieldResolver(() => CouncilNode)
  council(@Root() m: MeasurementNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Council, m.councilId, CouncilNode.from);
  }
  @FieldResolver(() => PersonNode, { nullable: true })
  enteredBy(@Root() m: MeasurementNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Person, m.enteredById, PersonNode.from);
  }
  @FieldResolver(() => PersonNode, { nullable: true })
  validatedBy(@Root() m: MeasurementNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Person, m.validatedById, PersonNode.from);
  }
  @FieldResolver(() => PersonNode, { nullable: true })
  publishedBy(@Root() m: MeasurementNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Person, m.publishedById, PersonNode.from);
  }
  @FieldResolver(() => [MeasurementVersionNode], { description: 'Every version, oldest first (for those who may see the council\'s unpublished data).' })
  async history(@Root() m: MeasurementNode, @Ctx() ctx: GqlContext) {
    const rows = await ctx.loaders.childrenOf(MeasurementHistory, 'measurement', { version: 'asc', id: 'asc' }).load(m.dbId);
    return rows.map((h) => MeasurementVersionNode.from(h, m.councilId));
  }

  @Mutation(() => MeasurementPayload, { description: 'Enters a value (a new DRAFT), or changes one (send its version).' })
  async recordMeasurement(@Ctx() ctx: GqlContext, @Arg('input', () => RecordMeasurementInput) input: RecordMeasurementInput) {
    return { measurement: MeasurementNode.from(await ctx.services.get(IndicatorsService).recordMeasurement(input)) };
  }

  @Mutation(() => MeasurementPayload, { description: 'DRAFT -> VALIDATED, by the data owner.' })
  async validateMeasurement(@Ctx() ctx: GqlContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return { measurement: MeasurementNode.from(await ctx.services.get(IndicatorsService).advanceMeasurement(id, version, MeasurementStatus.VALIDATED)) };
  }

  @Mutation(() => MeasurementPayload, { description: 'VALIDATED -> PUBLISHED, by the MI-responsible manager or their delegate.' })
  async publishMeasurement(@Ctx() ctx: GqlContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return { measurement: MeasurementNode.from(await ctx.services.get(IndicatorsService).advanceMeasurement(id, version, MeasurementStatus.PUBLISHED)) };
  }

  @Mutation(() => ImportResult, {
    description:
      'Imports measurements from CSV text (at most 10 MB; larger files through the command line). All or nothing: a file with any bad row stores nothing and the error lists every bad row (extensions.rowErrors: line, column, message). dryRun previews the counts. Template rows are stored as DRAFT; ascof, ascof_outcomes and oflog files (national publications) as PUBLISHED.',
  })
  async importMeasurements(
    @Ctx() ctx: GqlContext,
    @Arg('content', () => String) content: string,
    @Arg('format', () => ImportFormatArg, { nullable: true, description: 'Detected from the header when not given.' }) format: ImportFormatArg | null,
    @Arg('dryRun', () => Boolean, { defaultValue: false }) dryRun: boolean,
    @Arg('councilGss', () => String, { nullable: true, description: 'Only this council: national files keep its rows; template rows for another council are errors.' }) councilGss: string | null,
    @Arg('period', () => String, { nullable: true, description: 'The period of an ascof open-data file (it has no period column).' }) period: string | null,
    @Arg('fileName', () => String, { nullable: true, description: 'The file\'s name: the period of an ascof file can be read from it.' }) fileName: string | null,
  ): Promise<ImportResult> {
    const report = await ctx.services.get(IndicatorsService).importCsv({ content, format: format as never, dryRun, councilGss, period, fileName });
    return Object.assign(new ImportResult(), report);
  }
}

@Resolver(() => MeasurementVersionNode)
export class MeasurementVersionResolver {
  @FieldResolver(() => PersonNode, { nullable: true })
  changedBy(@Root() v: MeasurementVersionNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Person, v.changedById, PersonNode.from);
  }
}

@Resolver(() => TargetNode)
export class TargetResolver {
  @Query(() => [TargetNode], { description: 'A council\'s targets, optionally for one indicator and period.' })
  async targets(
    @Ctx() ctx: GqlContext,
    @Arg('councilId', () => ID) councilId: string,
    @Arg('indicatorId', () => ID, { nullable: true }) indicatorId: string | null,
    @Arg('period', () => String, { nullable: true }) period: string | null,
  ) {
    const where: Record<string, unknown> = { council: decodeId('councilId', councilId, 'Council') };
    if (indicatorId) where.indicator = decodeId('indicatorId', indicatorId, 'Indicator');
    if (period) where.period = period.trim();
    const rows = await ctx.em.find(Target, where, { orderBy: { indicator: 'asc', period: 'asc', id: 'asc' }, limit: 5000 });
    return rows.map(TargetNode.from);
  }
  @FieldResolver(() => IndicatorNode)
  indicator(@Root() t: TargetNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Indicator, t.indicatorId, IndicatorNode.from);
  }
  @FieldResolver(() => CouncilNode)
  council(@Root() t: TargetNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Council, t.councilId, CouncilNode.from);
  }
  @FieldResolver(() => ServiceNode, { nullable: true })
  service(@Root() t: TargetNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Service, t.serviceId, ServiceNode.from);
  }
  @FieldResolver(() => PersonNode, { nullable: true })
  setBy(@Root() t: TargetNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Person, t.setById, PersonNode.from);
  }
  @Mutation(() => TargetPayload, { description: 'Sets the target of a council (optionally a service) for an indicator and period; replacing one needs its version.' })
  async setTarget(@Ctx() ctx: GqlContext, @Arg('input', () => SetTargetInput) input: SetTargetInput) {
    return { target: TargetNode.from(await ctx.services.get(IndicatorsService).setTarget(input)) };
  }
  @Mutation(() => DeletedPayload)
  async deleteTarget(@Ctx() ctx: GqlContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return { deletedId: toGlobalId('Target', await ctx.services.get(IndicatorsService).deleteTarget(id, version)) };
  }
}

@Resolver(() => ComparatorGroupNode)
export class ComparatorGroupResolver {
  @Query(() => [ComparatorGroupNode], { description: 'The comparator groups a council has defined.' })
  async comparatorGroups(@Ctx() ctx: GqlContext, @Arg('councilId', () => ID) councilId: string) {
    const rows = await ctx.em.find(ComparatorGroup, { council: decodeId('councilId', councilId, 'Council') }, { orderBy: { name: 'asc' } });
    return rows.map(ComparatorGroupNode.from);
  }
  @FieldResolver(() => CouncilNode, { description: 'The council that defined the group.' })
  council(@Root() g: ComparatorGroupNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Council, g.councilId, CouncilNode.from);
  }
  @FieldResolver(() => [CouncilNode], { description: 'The councils in the group, by name.' })
  async members(@Root() g: ComparatorGroupNode, @Ctx() ctx: GqlContext) {
    const rows = await ctx.loaders.childrenOf(ComparatorGroupMember, 'group').load(g.dbId);
    const councils = await ctx.loaders.byId(Council).loadMany(rows.map((r) => r.member.id));
    return councils
      .filter((c): c is Council => !!c && !(c instanceof Error))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map(CouncilNode.from);
  }
  @Mutation(() => ComparatorGroupPayload)
  async createComparatorGroup(@Ctx() ctx: GqlContext, @Arg('input', () => CreateComparatorGroupInput) input: CreateComparatorGroupInput) {
    return { group: ComparatorGroupNode.from(await ctx.services.get(ComparatorGroupService).createGroup(input)) };
  }
  @Mutation(() => ComparatorGroupPayload)
  async updateComparatorGroup(@Ctx() ctx: GqlContext, @Arg('input', () => UpdateComparatorGroupInput) input: UpdateComparatorGroupInput) {
    return { group: ComparatorGroupNode.from(await ctx.services.get(ComparatorGroupService).updateGroup(input)) };
  }
  @Mutation(() => DeletedPayload)
  async deleteComparatorGroup(@Ctx() ctx: GqlContext, @Arg('id', () => ID) id: string) {
    return { deletedId: toGlobalId('ComparatorGroup', await ctx.services.get(ComparatorGroupService).deleteGroup(id)) };
  }
}

@Resolver()
export class PerformanceResolver {
  private async series(ctx: GqlContext, councilId: string | null, gssCode: string | null, indicatorIds: string[], from: string, to: string, disaggregation: string | null, group: GroupInput | null, serviceId: string | null) {
    const council = await councilArg(ctx, councilId, gssCode);
    const service = ctx.services.get(PerformanceService);
    const series = await service.indicatorSeries({
      councilId: council,
      indicatorIds: indicatorIds.map((id, i) => decodeId(`indicatorIds[${i}]`, id, 'Indicator')),
      from,
      to,
      disaggregation,
      group: groupArg(group),
      serviceId: serviceId ? decodeId('serviceId', serviceId, 'Service') : null,
      includeUnpublished: ctx.access.canReadUnpublished(council),
    });
    return { service, series };
  }

  @Query(() => [IndicatorSeries], {
    description:
      'A council\'s series for indicators over a range of periods (from/to of one kind: 2018-19, 2020-21 Q1 or 2020-04), each point with target and RAG, the direction of travel, and the council\'s position in the group at its latest published number. Drafts only for those who may see the council\'s unpublished data.',
  })
  async indicatorSeries(
    @Ctx() ctx: GqlContext,
    @Arg('indicatorIds', () => [ID]) indicatorIds: string[],
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
    @Arg('councilId', () => ID, { nullable: true }) councilId: string | null,
    @Arg('gssCode', () => String, { nullable: true }) gssCode: string | null,
    @Arg('disaggregation', () => String, { nullable: true }) disaggregation: string | null,
    @Arg('group', () => GroupInput, { nullable: true }) group: GroupInput | null,
    @Arg('serviceId', () => ID, { nullable: true, description: 'Use this service\'s targets where it has them.' }) serviceId: string | null,
  ): Promise<IndicatorSeries[]> {
    const { series } = await this.series(ctx, councilId, gssCode, indicatorIds, from, to, disaggregation, group, serviceId);
    return series.map(seriesOut);
  }

  @Query(() => String, { description: 'The same series as CSV text (the import template\'s columns first, then council, status, target, RAG and direction).' })
  async indicatorSeriesCsv(
    @Ctx() ctx: GqlContext,
    @Arg('indicatorIds', () => [ID]) indicatorIds: string[],
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
    @Arg('councilId', () => ID, { nullable: true }) councilId: string | null,
    @Arg('gssCode', () => String, { nullable: true }) gssCode: string | null,
    @Arg('disaggregation', () => String, { nullable: true }) disaggregation: string | null,
  ): Promise<string> {
    const { service, series } = await this.series(ctx, councilId, gssCode, indicatorIds, from, to, disaggregation, null, null);
    return seriesCsv(series, await service.councils());
  }

  private async compare(ctx: GqlContext, indicatorId: string, period: string, group: GroupInput | null, councilId: string | null, gssCode: string | null, disaggregation: string | null) {
    const service = ctx.services.get(PerformanceService);
    const indicator = await ctx.loaders.byId(Indicator).load(decodeId('indicatorId', indicatorId, 'Indicator'));
    if (!indicator) throw notFound('Indicator', indicatorId);
    const council = councilId != null || gssCode != null ? await councilArg(ctx, councilId, gssCode) : null;
    const result = await service.comparison({ indicator, period, disaggregation, group: groupArg(group), councilId: council });
    return { service, indicator, result };
  }

  @Query(() => Comparison, { description: 'All councils of a group for one indicator and period (published values): rank, quartile, median and distribution, with one council highlighted.' })
  async comparison(
    @Ctx() ctx: GqlContext,
    @Arg('indicatorId', () => ID) indicatorId: string,
    @Arg('period', () => String) period: string,
    @Arg('group', () => GroupInput, { nullable: true }) group: GroupInput | null,
    @Arg('councilId', () => ID, { nullable: true, description: 'The council to highlight (and the one SAME_TYPE / SAME_REGION are relative to).' }) councilId: string | null,
    @Arg('gssCode', () => String, { nullable: true }) gssCode: string | null,
    @Arg('disaggregation', () => String, { nullable: true }) disaggregation: string | null,
  ): Promise<Comparison> {
    const { service, indicator, result } = await this.compare(ctx, indicatorId, period, group, councilId, gssCode, disaggregation);
    const councils = new Map((await service.councils()).map((c) => [c.id, c.entity]));
    return Object.assign(new Comparison(), {
      ...result,
      indicator: IndicatorNode.from(indicator),
      entries: result.entries.map((e) => ({ ...e, council: CouncilNode.from(councils.get(e.councilId)!) })),
    });
  }

  @Query(() => String, { description: 'The comparison as CSV text.' })
  async comparisonCsv(
    @Ctx() ctx: GqlContext,
    @Arg('indicatorId', () => ID) indicatorId: string,
    @Arg('period', () => String) period: string,
    @Arg('group', () => GroupInput, { nullable: true }) group: GroupInput | null,
    @Arg('councilId', () => ID, { nullable: true }) councilId: string | null,
    @Arg('gssCode', () => String, { nullable: true }) gssCode: string | null,
    @Arg('disaggregation', () => String, { nullable: true }) disaggregation: string | null,
  ): Promise<string> {
    const { service, indicator, result } = await this.compare(ctx, indicatorId, period, group, councilId, gssCode, disaggregation);
    return comparisonCsv(result, indicator, await service.councils());
  }

  @Query(() => [PerformanceFinding], { description: 'A council\'s exceptions for a period: indicators RED against target, in the bottom quartile of the group, or deteriorating; most serious first.' })
  async performanceExceptions(
    @Ctx() ctx: GqlContext,
    @Arg('period', () => String) period: string,
    @Arg('councilId', () => ID, { nullable: true }) councilId: string | null,
    @Arg('gssCode', () => String, { nullable: true }) gssCode: string | null,
    @Arg('group', () => GroupInput, { nullable: true }) group: GroupInput | null,
  ) {
    const council = await councilArg(ctx, councilId, gssCode);
    const rows = await ctx.services.get(PerformanceService).exceptions({ councilId: council, period, group: groupArg(group), includeUnpublished: ctx.access.canReadUnpublished(council) });
    return rows.map((r) => Object.assign(new PerformanceFinding(), { ...r, councilId: council, indicator: IndicatorNode.from(r.indicator) }));
  }

  @Query(() => [PerformanceFinding], { description: 'Late or unvalidated data of a council\'s indicators in use, for periods from..to (due graceDays after the period ends). Needs access to the council\'s unpublished data.' })
  async lateData(
    @Ctx() ctx: GqlContext,
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
    @Arg('councilId', () => ID, { nullable: true }) councilId: string | null,
    @Arg('gssCode', () => String, { nullable: true }) gssCode: string | null,
    @Arg('graceDays', () => Int, { defaultValue: 30 }) graceDays: number,
    @Arg('today', () => String, { nullable: true, description: 'YYYY-MM-DD; today when not given (for reproducible reports).' }) today: string | null,
  ) {
    const council = await councilArg(ctx, councilId, gssCode);
    ctx.access.requireReadUnpublished(council);
    const rows = await ctx.services.get(PerformanceService).lateData({ councilId: council, from, to, graceDays, today: today ?? new Date().toISOString().slice(0, 10) });
    return rows.map((r) => Object.assign(new PerformanceFinding(), { ...r, indicator: IndicatorNode.from(r.indicator) }));
  }
}
