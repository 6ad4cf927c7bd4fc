/** Measurements (the work list, entry, validation, publication, import) and targets. */
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import { Council, Indicator, Measurement, MeasurementHistory, MeasurementStatus, TOTAL, Person, Service } from '@goldenthread/db';
import type { GqlContext } from '../../context.js';
import { one } from '../../loaders.js';
import { ConnectionArgs, type ConnectionShape } from '../../relay/connection.js';
import { decodeId, toGlobalId } from '../../relay/global-id.js';
import { CouncilNode, PersonNode, ServiceNode } from '../organisation/organisation.type.js';
import { ImportFormatArg, RecordMeasurementInput, SetTargetInput } from './indicators.input.js';
import { DeletedPayload, MeasurementPayload, TargetPayload } from './indicators.payload.js';
import { IndicatorReads } from './indicators.reads.js';
import { IndicatorsService } from './indicators.service.js';
import { MeasurementStepsService } from './measurement-steps.service.js';
import { TargetsService } from './targets.service.js';
import { IndicatorNode, MeasurementConnection, MeasurementNode, MeasurementVersionNode, TargetNode } from './indicators.type.js';
import { ImportResult } from './performance.type.js';
import { COUNCIL_ID_ARG } from '../../relay/common.args.js';

@Resolver(() => MeasurementNode)
export class MeasurementResolver {
  @Query(() => MeasurementNode, {
    nullable: true,
    description: "A measurement by id (unpublished ones only for those who may see the council's unpublished data).",
  })
  async measurement(@Ctx() ctx: GqlContext, @Arg('id', () => ID, { description: "The measurement's global id." }) id: string) {
    const m = await ctx.loaders.byId(Measurement).load(decodeId('id', id, 'Measurement'));
    return m ? MeasurementNode.from(m) : null;
  }

  @Query(() => MeasurementConnection, {
    description:
      "A council's measurements, newest period first: the work list of data owners and the MI-responsible manager (e.g. status: " +
      "VALIDATED for what awaits publication). Unpublished ones only for those who may see the council's unpublished data.",
  })
  async measurements(
    @Ctx() ctx: GqlContext,
    @Arg('councilId', () => ID, COUNCIL_ID_ARG)
    councilId: string,
    @Arg('indicatorId', () => ID, { description: "Only this indicator's figures.", nullable: true }) indicatorId: string | null,
    @Arg('status', () => MeasurementStatus, { description: 'Only records with this status; all when left out.', nullable: true })
    status: MeasurementStatus | null,
    @Arg('disaggregation', () => String, { nullable: true, description: 'Total when not given.' }) disaggregation: string | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
  ): Promise<ConnectionShape<MeasurementNode>> {
    const council = decodeId('councilId', councilId, 'Council');
    const where: FilterQuery<Measurement> = { council, disaggregation: disaggregation?.trim() || TOTAL };
    if (indicatorId) where.indicator = decodeId('indicatorId', indicatorId, 'Indicator');
    const internal = ctx.access.canReadUnpublished(council);
    if (status && status !== MeasurementStatus.PUBLISHED && !internal) ctx.access.requireReadUnpublished(council);
    where.status = status ?? (internal ? { $ne: null } : MeasurementStatus.PUBLISHED);
    return ctx.services.get(IndicatorReads).measurements(where, page, MeasurementNode.from);
  }

  @FieldResolver(() => IndicatorNode, { description: 'The indicator measured.' })
  indicator(@Root() m: MeasurementNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Indicator, m.indicatorId, IndicatorNode.from);
  }
  @FieldResolver(() => CouncilNode, { description: 'The council the figure is for.' })
  council(@Root() m: MeasurementNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Council, m.councilId, CouncilNode.from);
  }
  @FieldResolver(() => PersonNode, {
    description: 'Who entered the figure; null for imported figures, or when the person is not public to the viewer.',
    nullable: true,
  })
  enteredBy(@Root() m: MeasurementNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Person, m.enteredById, PersonNode.from);
  }
  @FieldResolver(() => PersonNode, {
    description: 'Who validated the figure; null until validated, or when the person is not public to the viewer.',
    nullable: true,
  })
  validatedBy(@Root() m: MeasurementNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Person, m.validatedById, PersonNode.from);
  }
  @FieldResolver(() => PersonNode, {
    description: 'Who published the figure; null for imported national figures or while unpublished.',
    nullable: true,
  })
  publishedBy(@Root() m: MeasurementNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Person, m.publishedById, PersonNode.from);
  }
  @FieldResolver(() => [MeasurementVersionNode], {
    description: "Every version, oldest first (for those who may see the council's unpublished data).",
  })
  async history(@Root() m: MeasurementNode, @Ctx() ctx: GqlContext) {
    const rows = await ctx.loaders.childrenOf(MeasurementHistory, 'measurement', { version: 'asc', id: 'asc' }).load(m.dbId);
    return rows.map((h) => MeasurementVersionNode.from(h, m.councilId));
  }

  @Mutation(() => MeasurementPayload, { description: 'Enters a value (a new DRAFT), or changes one (send its version).' })
  async recordMeasurement(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => RecordMeasurementInput, { description: 'The new record: see RecordMeasurementInput.' })
    input: RecordMeasurementInput,
  ) {
    return { measurement: MeasurementNode.from(await ctx.services.get(IndicatorsService).recordMeasurement(input)) };
  }

  @Mutation(() => MeasurementPayload, {
    description:
      'DRAFT -> VALIDATED, by the data owner or the MI-responsible manager; refused (FORBIDDEN) to the person who entered it while ' +
      'the council asks for four eyes on data (Council.fourEyesOnData).',
  })
  async validateMeasurement(
    @Ctx() ctx: GqlContext,
    @Arg('id', () => ID, { description: "The record's global id." }) id: string,
    @Arg('version', () => Int, { description: 'The version the caller read; a stale one is refused with CONFLICT.' }) version: number,
  ) {
    return {
      measurement: MeasurementNode.from(await ctx.services.get(MeasurementStepsService).advance(id, version, MeasurementStatus.VALIDATED)),
    };
  }

  @Mutation(() => MeasurementPayload, { description: 'VALIDATED -> PUBLISHED, by the MI-responsible manager or their delegate.' })
  async publishMeasurement(
    @Ctx() ctx: GqlContext,
    @Arg('id', () => ID, { description: "The record's global id." }) id: string,
    @Arg('version', () => Int, { description: 'The version the caller read; a stale one is refused with CONFLICT.' }) version: number,
  ) {
    return {
      measurement: MeasurementNode.from(await ctx.services.get(MeasurementStepsService).advance(id, version, MeasurementStatus.PUBLISHED)),
    };
  }

  @Mutation(() => ImportResult, {
    description:
      'Imports measurements from CSV text (at most 10 MB; larger files through the command line). All or nothing: a file with any bad ' +
      'row stores nothing and the error lists every bad row (extensions.rowErrors: line, column, message). dryRun previews the ' +
      'counts. Template rows are stored as DRAFT; ascof, ascof_outcomes and oflog files (national publications) as PUBLISHED.',
  })
  async importMeasurements(
    @Ctx() ctx: GqlContext,
    @Arg('content', () => String, { description: "The file's text (CSV, UTF-8)." }) content: string,
    @Arg('format', () => ImportFormatArg, { nullable: true, description: 'Detected from the header when not given.' })
    format: ImportFormatArg | null,
    @Arg('dryRun', () => Boolean, {
      description: 'True to check the file and report what would change without writing anything.',
      defaultValue: false,
    })
    dryRun: boolean,
    @Arg('councilGss', () => String, {
      nullable: true,
      description: 'Only this council: national files keep its rows; template rows for another council are errors.',
    })
    councilGss: string | null,
    @Arg('period', () => String, { nullable: true, description: 'The period of an ascof open-data file (it has no period column).' })
    period: string | null,
    @Arg('fileName', () => String, { nullable: true, description: "The file's name: the period of an ascof file can be read from it." })
    fileName: string | null,
  ): Promise<ImportResult> {
    const report = await ctx.services
      .get(IndicatorsService)
      .importCsv({ content, format: format as never, dryRun, councilGss, period, fileName });
    return Object.assign(new ImportResult(), report);
  }
}

@Resolver(() => MeasurementVersionNode)
export class MeasurementVersionResolver {
  @FieldResolver(() => PersonNode, { description: 'Who made the change; null for imports.', nullable: true })
  changedBy(@Root() v: MeasurementVersionNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Person, v.changedById, PersonNode.from);
  }
}

@Resolver(() => TargetNode)
export class TargetResolver {
  @Query(() => [TargetNode], { description: "A council's targets, optionally for one indicator and period." })
  async targets(
    @Ctx() ctx: GqlContext,
    @Arg('councilId', () => ID, COUNCIL_ID_ARG)
    councilId: string,
    @Arg('indicatorId', () => ID, { description: "Only this indicator's targets.", nullable: true }) indicatorId: string | null,
    @Arg('period', () => String, { description: "Only this period's targets, e.g. '2024-25'.", nullable: true }) period: string | null,
  ) {
    const where: { council: number; indicator?: number; period?: string } = { council: decodeId('councilId', councilId, 'Council') };
    if (indicatorId) where.indicator = decodeId('indicatorId', indicatorId, 'Indicator');
    if (period) where.period = period.trim();
    const rows = await ctx.services.get(IndicatorReads).targets(where);
    return rows.map(TargetNode.from);
  }
  @FieldResolver(() => IndicatorNode, { description: 'The indicator.' })
  indicator(@Root() t: TargetNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Indicator, t.indicatorId, IndicatorNode.from);
  }
  @FieldResolver(() => CouncilNode, { description: 'The council.' })
  council(@Root() t: TargetNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Council, t.councilId, CouncilNode.from);
  }
  @FieldResolver(() => ServiceNode, { description: 'The service it is for; null for the council as a whole.', nullable: true })
  service(@Root() t: TargetNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Service, t.serviceId, ServiceNode.from);
  }
  @FieldResolver(() => PersonNode, { description: 'Who set it; null when unknown.', nullable: true })
  setBy(@Root() t: TargetNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Person, t.setById, PersonNode.from);
  }
  @Mutation(() => TargetPayload, {
    description: 'Sets the target of a council (optionally a service) for an indicator and period; replacing one needs its version.',
  })
  async setTarget(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => SetTargetInput, { description: 'The change: see SetTargetInput.' }) input: SetTargetInput,
  ) {
    return { target: TargetNode.from(await ctx.services.get(TargetsService).setTarget(input)) };
  }
  @Mutation(() => DeletedPayload, { description: 'Deletes a target.' })
  async deleteTarget(
    @Ctx() ctx: GqlContext,
    @Arg('id', () => ID, { description: "The record's global id." }) id: string,
    @Arg('version', () => Int, { description: 'The version the caller read; a stale one is refused with CONFLICT.' }) version: number,
  ) {
    return { deletedId: toGlobalId('Target', await ctx.services.get(TargetsService).deleteTarget(id, version)) };
  }
}
