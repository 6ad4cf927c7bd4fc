import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Extensions } from 'type-graphql';
import {
  AppraisalObjective,
  Communication,
  CommunicationPriority,
  Consultation,
  ConsultationPriority,
  Council,
  Directorate,
  Objective,
  ObjectivePriority,
  Person,
  Priority,
  PriorityLevel,
  PriorityTarget,
  Service,
} from '@goldenthread/db';
import { buildCascade, goldenThreadCoverage, goldenThreadFindings, isIsoDate } from '@goldenthread/domain';
import type { GqlContext } from '../../context.js';
import { badInput, notFound } from '../../errors.js';
import { idOf, one } from '../../loaders.js';
import { decodeId, toGlobalId } from '../../relay/global-id.js';
import { CouncilNode, DirectorateNode, PersonNode, ServiceNode } from '../organisation/organisation.type.js';
import { CreatePriorityInput, TargetLinkInput, UpdatePriorityInput } from './cascade.input.js';
import { CascadeDeletePayload, PriorityLimitsPayload, PriorityPayload, TargetLinkPayload } from './cascade.payload.js';
import { PriorityService } from './priority.service.js';
import { TargetLinkService } from './target-link.service.js';
import { checkPeriod } from '../shared/lookup.js';
import { keptRead } from '../shared/kept-reads.js';
import { isoToday } from './cascade.snapshot.js';
import {
  AppraisalObjectiveNode,
  CascadeTarget,
  CascadeType,
  CommunicationNode,
  ConsultationNode,
  GoldenThreadReportType,
  ObjectiveNode,
  PriorityLimitType,
  PriorityNode,
  PriorityPerformanceType,
} from './cascade.type.js';
import { cascadeView, performanceView, reportView } from './cascade.view.js';
import { basisFor } from './cascade.performance.js';
import { CascadeReads, councilPriorities, councilPriorityLimits, many, priorityPerformanceLoader, targets } from './cascade.reads.js';
import { COUNCIL_ID_ARG, OPTIONAL_VERSION_ARG } from '../../relay/common.args.js';

/** The write service of one kind of record, for this request. */
const priorities = (ctx: GqlContext) => ctx.services.get(PriorityService);
const targetLinks = (ctx: GqlContext) => ctx.services.get(TargetLinkService);

@Resolver(() => PriorityNode)
export class PriorityResolver {
  @Extensions({ flatCost: 100 }) // built whole from a fixed number of flat queries
  @Query(() => CascadeType, {
    description:
      "A council's golden thread for a financial year: corporate -> directorate -> service priorities -> objectives -> milestones and " +
      "targets, with roll-ups at every level. Viewers who may not read the council's unpublished data see communicated priorities " +
      'only.',
  })
  async cascade(
    @Ctx() ctx: GqlContext,
    @Arg('councilId', () => ID, COUNCIL_ID_ARG)
    councilId: string,
    @Arg('period', () => String, { description: 'e.g. 2024-25' }) period: string,
    @Arg('asOf', () => String, {
      nullable: true,
      description: 'ISO date milestones are judged against (overdue, at risk); today by default.',
    })
    asOf: string | null,
  ): Promise<CascadeType> {
    const id = decodeId('councilId', councilId, 'Council');
    const year = checkPeriod('period', period);
    if (asOf != null && !isIsoDate(asOf)) throw badInput('asOf', `"${asOf}" is not a date: use YYYY-MM-DD, e.g. 2024-10-01.`);
    const unpublished = ctx.access.canReadUnpublished(id);
    // The same for everyone who may (or may not) read the council's unpublished records on the same day:
    // kept under the data version for the next query that asks the same (shared/kept-reads.ts).
    const key = ['cascade', id, year, asOf ?? `today ${isoToday()}`, unpublished].join('|');
    const kept = await keptRead(
      ctx,
      key,
      async () => {
        const reads = ctx.services.get(CascadeReads);
        const data = await reads.cascade(id, year, { published: !unpublished, ...(asOf != null ? { today: asOf } : {}) });
        if (!data) throw notFound('Council', councilId);
        const cascade = buildCascade(data.snapshot);
        const view = cascadeView(cascade, data, unpublished, await reads.performance(data, cascade, basisFor(unpublished)));
        return { view, rows: data.priorities.size };
      },
      // Weighed in rows: each priority brings its objectives, milestones and targets (about ten).
      (k) => k.rows * 10 + 1,
    );
    return kept.view;
  }

  @Extensions({ flatCost: 100 }) // built whole from a fixed number of flat queries
  @Query(() => GoldenThreadReportType, {
    description: 'Every golden-thread finding of a council for a year (most serious first) and the coverage figures.',
  })
  async goldenThread(
    @Ctx() ctx: GqlContext,
    @Arg('councilId', () => ID, COUNCIL_ID_ARG)
    councilId: string,
    @Arg('period', () => String, { description: "The period of the golden thread, e.g. '2024-25'." }) period: string,
  ): Promise<GoldenThreadReportType> {
    const id = decodeId('councilId', councilId, 'Council');
    const year = checkPeriod('period', period);
    ctx.access.requireReadUnpublished(id);
    // The same for all the council's people on the same day: kept under the data version (shared/kept-reads.ts).
    const kept = await keptRead(
      ctx,
      ['goldenThread', id, year, isoToday()].join('|'),
      async () => {
        const data = await ctx.services.get(CascadeReads).cascade(id, year);
        if (!data) throw notFound('Council', councilId);
        const view = reportView(data, goldenThreadFindings(data.snapshot), goldenThreadCoverage(data.snapshot));
        return { view, rows: data.priorities.size };
      },
      (k) => k.rows * 10 + 1,
    );
    return kept.view;
  }

  @FieldResolver(() => CouncilNode, { description: 'The council.' })
  council(@Root() p: PriorityNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Council, p.councilId, CouncilNode.from);
  }

  @FieldResolver(() => PriorityPerformanceType, {
    nullable: true,
    description:
      "Its targets' RAG against the latest value you may see (validated for the council's staff, published for everyone else), " +
      "its indicators' direction of travel and its milestones, over its subtree, with the reason. Null for a non-priority.",
  })
  async performanceStatus(@Root() p: PriorityNode, @Ctx() ctx: GqlContext): Promise<PriorityPerformanceType | null> {
    if (p.isNonPriority) return null;
    const found = await priorityPerformanceLoader(ctx, p.councilId, p.period).load(p.dbId);
    return performanceView(found.status ?? undefined, found.basis);
  }

  @FieldResolver(() => PriorityNode, { description: 'The priority one level up that it serves; null for corporate ones.', nullable: true })
  parent(@Root() p: PriorityNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Priority, p.parentDbId, PriorityNode.from);
  }

  @FieldResolver(() => PersonNode, { nullable: true, description: 'Who answers for the priority.' })
  owner(@Root() p: PriorityNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Person, p.ownerId, PersonNode.from);
  }

  @FieldResolver(() => DirectorateNode, {
    description: 'The directorate of a directorate or service priority; null for corporate ones.',
    nullable: true,
  })
  directorate(@Root() p: PriorityNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Directorate, p.directorateId, DirectorateNode.from);
  }

  @FieldResolver(() => ServiceNode, { description: 'The service of a service priority; null otherwise.', nullable: true })
  service(@Root() p: PriorityNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Service, p.serviceId, ServiceNode.from);
  }

  @FieldResolver(() => [PriorityNode], { description: 'Priorities one level down (non-priorities included), by name.' })
  async children(@Root() p: PriorityNode, @Ctx() ctx: GqlContext) {
    const rows = await ctx.loaders.childrenOf(Priority, 'parent', { name: 'asc' }).load(p.dbId);
    return rows.map(PriorityNode.from);
  }

  @FieldResolver(() => [ObjectiveNode], { description: 'Service-plan objectives delivering this priority.' })
  async objectives(@Root() p: PriorityNode, @Ctx() ctx: GqlContext) {
    const links = await ctx.loaders.childrenOf(ObjectivePriority, 'priority').load(p.dbId);
    return many(
      ctx,
      Objective,
      links.map((l) => idOf(l.objective)!),
      ObjectiveNode.from,
    );
  }

  @FieldResolver(() => [CascadeTarget], { description: 'Targets set directly on the priority.' })
  async targets(@Root() p: PriorityNode, @Ctx() ctx: GqlContext) {
    const links = await ctx.loaders.childrenOf(PriorityTarget, 'priority').load(p.dbId);
    return targets(
      ctx,
      links.map((l) => idOf(l.target)!),
    );
  }

  @FieldResolver(() => [ConsultationNode], { description: 'Consultations that informed the priority.' })
  async consultations(@Root() p: PriorityNode, @Ctx() ctx: GqlContext) {
    const links = await ctx.loaders.childrenOf(ConsultationPriority, 'priority').load(p.dbId);
    return many(
      ctx,
      Consultation,
      links.map((l) => idOf(l.consultation)!),
      ConsultationNode.from,
    );
  }

  @FieldResolver(() => [CommunicationNode], { description: 'Communications that told people about the priority.' })
  async communications(@Root() p: PriorityNode, @Ctx() ctx: GqlContext) {
    const links = await ctx.loaders.childrenOf(CommunicationPriority, 'priority').load(p.dbId);
    return many(
      ctx,
      Communication,
      links.map((l) => idOf(l.communication)!),
      CommunicationNode.from,
    );
  }

  @FieldResolver(() => [AppraisalObjectiveNode], { description: 'Appraisal objectives aimed directly at the priority.' })
  async appraisalObjectives(@Root() p: PriorityNode, @Ctx() ctx: GqlContext) {
    const rows = await ctx.loaders.childrenOf(AppraisalObjective, 'priority').load(p.dbId);
    return rows.map(AppraisalObjectiveNode.from);
  }

  @Mutation(() => PriorityPayload, {
    description: 'A new DRAFT priority. A parent at the wrong level, of another council or year, or a non-priority is refused.',
  })
  async createPriority(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => CreatePriorityInput, { description: 'The new record: see CreatePriorityInput.' }) input: CreatePriorityInput,
  ) {
    return { priority: PriorityNode.from(await priorities(ctx).createPriority(input)) };
  }

  @Mutation(() => PriorityPayload, {
    description:
      'Status moves forward only (AGREED needs an owner, COMMUNICATED a recorded communication); a parent that would close a loop is ' +
      'refused.',
  })
  async updatePriority(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => UpdatePriorityInput, { description: 'The change: see UpdatePriorityInput.' }) input: UpdatePriorityInput,
  ) {
    return { priority: PriorityNode.from(await priorities(ctx).updatePriority(input)) };
  }

  @Mutation(() => CascadeDeletePayload, {
    description:
      'Refused while objectives deliver it, priorities sit under it or appraisal objectives aim at it, unless relinkObjectivesTo names ' +
      'the priority (same council, year and level) that takes them all on.',
  })
  async deletePriority(
    @Ctx() ctx: GqlContext,
    @Arg('id', () => ID, { description: "The record's global id." }) id: string,
    @Arg('version', () => Int, OPTIONAL_VERSION_ARG)
    version: number | null,
    @Arg('relinkObjectivesTo', () => ID, {
      description:
        'The priority (same council, year and level) that takes on its objectives, the priorities under it and appraisal objectives.',
      nullable: true,
    })
    relinkObjectivesTo: string | null,
  ): Promise<CascadeDeletePayload> {
    const r = await priorities(ctx).deletePriority(id, version, relinkObjectivesTo);
    return {
      deletedIds: r.deletedIds.map((x) => toGlobalId('Priority', x)),
      relinked: r.relinked,
      message: `Deleted the priority '${r.name}'${
        r.relinked ? `; ${r.relinked} linked objectives, priorities and appraisal objectives moved to the priority you chose` : ''
      }.`,
    };
  }

  @Mutation(() => PriorityLimitsPayload, { description: "Sets the council's limit on active priorities at a level (null removes it)." })
  async setPriorityLimit(
    @Ctx() ctx: GqlContext,
    @Arg('councilId', () => ID, COUNCIL_ID_ARG)
    councilId: string,
    @Arg('level', () => PriorityLevel, { description: 'The level of the cascade the limit is for.' }) level: PriorityLevel,
    @Arg('limit', () => Int, { description: 'The most live priorities allowed at that level; null for no limit.', nullable: true }) limit:
      | number
      | null,
  ): Promise<PriorityLimitsPayload> {
    const svc = priorities(ctx);
    const council = await svc.setPriorityLimit(councilId, level, limit);
    return { limits: await svc.limitsOf(council.id) };
  }

  @Mutation(() => TargetLinkPayload, {
    description: 'Links a target to an objective or a priority of the same council and year (nothing changes if already linked).',
  })
  async linkTarget(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => TargetLinkInput, { description: 'The change: see TargetLinkInput.' }) input: TargetLinkInput,
  ): Promise<TargetLinkPayload> {
    const r = await targetLinks(ctx).linkTarget(input);
    return {
      targetId: toGlobalId('Target', r.target.id),
      objective: r.objective ? ObjectiveNode.from(r.objective) : null,
      priority: r.priority ? PriorityNode.from(r.priority) : null,
      changed: r.changed,
    };
  }

  @Mutation(() => TargetLinkPayload, { description: 'Unlinks a target from an objective or a priority.' })
  async unlinkTarget(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => TargetLinkInput, { description: 'The change: see TargetLinkInput.' }) input: TargetLinkInput,
    @Arg('version', () => Int, { ...OPTIONAL_VERSION_ARG, description: `The target's version. ${OPTIONAL_VERSION_ARG.description}` })
    version: number | null,
  ): Promise<TargetLinkPayload> {
    const r = await targetLinks(ctx).unlinkTarget(input, version);
    return {
      targetId: toGlobalId('Target', r.target.id),
      objective: r.objective ? ObjectiveNode.from(r.objective) : null,
      priority: r.priority ? PriorityNode.from(r.priority) : null,
      changed: r.changed,
    };
  }
}

/** Golden-thread fields on the organisation's types. */
@Resolver(() => CouncilNode)
export class CouncilCascadeResolver {
  @FieldResolver(() => [PriorityLimitType], { description: 'Limits on active priorities per level (null: no limit).' })
  async priorityLimits(@Root() council: CouncilNode, @Ctx() ctx: GqlContext) {
    return councilPriorityLimits(ctx, council.dbId);
  }

  @FieldResolver(() => [PriorityNode], {
    description:
      "The council's priorities of a year (non-priorities included), by level and name. Viewers who may not read unpublished data see " +
      'communicated priorities only.',
  })
  async priorities(
    @Root() council: CouncilNode,
    @Ctx() ctx: GqlContext,
    @Arg('period', () => String, { description: "The financial year of the plan, e.g. '2024-25'." }) period: string,
    @Arg('level', () => PriorityLevel, { description: 'Only priorities of this level.', nullable: true }) level: PriorityLevel | null,
  ) {
    return councilPriorities(ctx, council.dbId, checkPeriod('period', period), level);
  }
}
