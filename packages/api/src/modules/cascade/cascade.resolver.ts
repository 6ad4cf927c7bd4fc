import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Extensions } from 'type-graphql';
import {
  AppraisalObjective,
  Communication,
  CommunicationGroup,
  CommunicationPriority,
  Consultation,
  ConsultationGroup,
  ConsultationPriority,
  Council,
  Directorate,
  Indicator,
  Milestone,
  Objective,
  ObjectivePriority,
  ObjectiveTarget,
  Person,
  Priority,
  PriorityLevel,
  PriorityStatus,
  PriorityTarget,
  Service,
  Target,
} from '@goldenthread/db';
import { buildCascade, goldenThreadCoverage, goldenThreadFindings, isIsoDate, tracePersonThread } from '@goldenthread/domain';
import type { GqlContext } from '../../context.js';
import { badInput, notFound } from '../../errors.js';
import { idOf, one } from '../../loaders.js';
import { decodeId, toGlobalId } from '../../relay/global-id.js';
import { CouncilNode, DirectorateNode, PersonNode, ServiceNode } from '../organisation/organisation.type.js';
import {
  CreateAppraisalObjectiveInput,
  CreateMilestoneInput,
  CreateObjectiveInput,
  CreatePriorityInput,
  RecordCommunicationInput,
  RecordConsultationInput,
  TargetLinkInput,
  UpdateAppraisalObjectiveInput,
  UpdateMilestoneInput,
  UpdateObjectiveInput,
  UpdatePriorityInput,
} from './cascade.input.js';
import {
  AppraisalObjectivePayload,
  CascadeDeletePayload,
  CommunicationPayload,
  ConsultationPayload,
  MilestonePayload,
  ObjectivePayload,
  PriorityLimitsPayload,
  PriorityPayload,
  TargetLinkPayload,
} from './cascade.payload.js';
import { AppraisalService } from './appraisal.service.js';
import { EngagementService } from './engagement.service.js';
import { ObjectiveService } from './objective.service.js';
import { PriorityService } from './priority.service.js';
import { TargetLinkService } from './target-link.service.js';
import { checkPeriod } from '../shared/lookup.js';
import { loadCascade } from './cascade.snapshot.js';
import {
  AppraisalObjectiveNode,
  CascadeTarget,
  CascadeType,
  CommunicationNode,
  ConsultationNode,
  EngagementGroupType,
  GoldenThreadReportType,
  MilestoneNode,
  ObjectiveNode,
  PersonThreadType,
  PriorityLimitType,
  PriorityNode,
} from './cascade.type.js';
import { cascadeView, reportView, threadView } from './cascade.view.js';

async function many<T extends { id: number }, N>(ctx: GqlContext, entity: new (...args: never[]) => T, ids: number[], map: (e: T) => N): Promise<N[]> {
  const rows = await ctx.loaders.byId(entity).loadMany(ids);
  return rows.filter((r): r is T => r !== null && !(r instanceof Error)).map(map);
}

/** Targets by id as the cascade shows them, through the per-request loaders (two batched statements). */
async function targets(ctx: GqlContext, ids: number[]): Promise<CascadeTarget[]> {
  const rows = (await ctx.loaders.byId(Target).loadMany(ids)).filter((r): r is Target => r !== null && !(r instanceof Error));
  const indicators = await ctx.loaders.byId(Indicator).loadMany(rows.map((t) => idOf(t.indicator)!));
  return rows.map((t, i) => {
    const indicator = indicators[i];
    return Object.assign(new CascadeTarget(), {
      id: toGlobalId('Target', t.id),
      indicatorId: toGlobalId('Indicator', idOf(t.indicator)!),
      indicatorName: indicator && !(indicator instanceof Error) ? indicator.title : '',
      period: t.period,
      value: t.value,
      serviceId: idOf(t.service) === null ? null : toGlobalId('Service', idOf(t.service)!),
    });
  });
}

/** The write service of one kind of record, for this request. */
const priorities = (ctx: GqlContext) => new PriorityService(ctx.em, ctx.access);
const engagement = (ctx: GqlContext) => new EngagementService(ctx.em, ctx.access);
const objectives = (ctx: GqlContext) => new ObjectiveService(ctx.em, ctx.access);
const appraisals = (ctx: GqlContext) => new AppraisalService(ctx.em, ctx.access);
const targetLinks = (ctx: GqlContext) => new TargetLinkService(ctx.em, ctx.access);

@Resolver(() => PriorityNode)
export class PriorityResolver {
  @Extensions({ flatCost: 100 }) // built whole from a fixed number of flat queries
  @Query(() => CascadeType, { description: "A council's golden thread for a financial year: corporate -> directorate -> service priorities -> objectives -> milestones and targets, with roll-ups at every level. Viewers who may not read the council's unpublished data see communicated priorities only." })
  async cascade(
    @Ctx() ctx: GqlContext,
    @Arg('councilId', () => ID) councilId: string,
    @Arg('period', () => String, { description: 'e.g. 2024-25' }) period: string,
    @Arg('asOf', () => String, { nullable: true, description: 'ISO date milestones are judged against (overdue, at risk); today by default.' }) asOf: string | null,
  ): Promise<CascadeType> {
    const id = decodeId('councilId', councilId, 'Council');
    const year = checkPeriod('period', period);
    if (asOf != null && !isIsoDate(asOf)) throw badInput('asOf', `"${asOf}" is not a date: use YYYY-MM-DD, e.g. 2024-10-01.`);
    const unpublished = ctx.access.canReadUnpublished(id);
    const data = await loadCascade(ctx.em, id, year, { published: !unpublished, ...(asOf != null ? { today: asOf } : {}) });
    if (!data) throw notFound('Council', councilId);
    return cascadeView(buildCascade(data.snapshot), data, unpublished);
  }

  @Extensions({ flatCost: 100 }) // built whole from a fixed number of flat queries
  @Query(() => GoldenThreadReportType, { description: 'Every golden-thread finding of a council for a year (most serious first) and the coverage figures.' })
  async goldenThread(@Ctx() ctx: GqlContext, @Arg('councilId', () => ID) councilId: string, @Arg('period', () => String) period: string): Promise<GoldenThreadReportType> {
    const id = decodeId('councilId', councilId, 'Council');
    const year = checkPeriod('period', period);
    ctx.access.requireReadUnpublished(id);
    const data = await loadCascade(ctx.em, id, year);
    if (!data) throw notFound('Council', councilId);
    return reportView(data, goldenThreadFindings(data.snapshot), goldenThreadCoverage(data.snapshot));
  }

  @FieldResolver(() => CouncilNode)
  council(@Root() p: PriorityNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Council, p.councilId, CouncilNode.from);
  }

  @FieldResolver(() => PriorityNode, { nullable: true })
  parent(@Root() p: PriorityNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Priority, p.parentDbId, PriorityNode.from);
  }

  @FieldResolver(() => PersonNode, { nullable: true, description: 'Who answers for the priority.' })
  owner(@Root() p: PriorityNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Person, p.ownerId, PersonNode.from);
  }

  @FieldResolver(() => DirectorateNode, { nullable: true })
  directorate(@Root() p: PriorityNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Directorate, p.directorateId, DirectorateNode.from);
  }

  @FieldResolver(() => ServiceNode, { nullable: true })
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
    return many(ctx, Objective, links.map((l) => idOf(l.objective)!), ObjectiveNode.from);
  }

  @FieldResolver(() => [CascadeTarget], { description: 'Targets set directly on the priority.' })
  async targets(@Root() p: PriorityNode, @Ctx() ctx: GqlContext) {
    const links = await ctx.loaders.childrenOf(PriorityTarget, 'priority').load(p.dbId);
    return targets(ctx, links.map((l) => idOf(l.target)!));
  }

  @FieldResolver(() => [ConsultationNode], { description: 'Consultations that informed the priority.' })
  async consultations(@Root() p: PriorityNode, @Ctx() ctx: GqlContext) {
    const links = await ctx.loaders.childrenOf(ConsultationPriority, 'priority').load(p.dbId);
    return many(ctx, Consultation, links.map((l) => idOf(l.consultation)!), ConsultationNode.from);
  }

  @FieldResolver(() => [CommunicationNode], { description: 'Communications that told people about the priority.' })
  async communications(@Root() p: PriorityNode, @Ctx() ctx: GqlContext) {
    const links = await ctx.loaders.childrenOf(CommunicationPriority, 'priority').load(p.dbId);
    return many(ctx, Communication, links.map((l) => idOf(l.communication)!), CommunicationNode.from);
  }

  @FieldResolver(() => [AppraisalObjectiveNode], { description: 'Appraisal objectives aimed directly at the priority.' })
  async appraisalObjectives(@Root() p: PriorityNode, @Ctx() ctx: GqlContext) {
    const rows = await ctx.loaders.childrenOf(AppraisalObjective, 'priority').load(p.dbId);
    return rows.map(AppraisalObjectiveNode.from);
  }

  @Mutation(() => PriorityPayload, { description: 'A new DRAFT priority. A parent at the wrong level, of another council or year, or a non-priority is refused.' })
  async createPriority(@Ctx() ctx: GqlContext, @Arg('input', () => CreatePriorityInput) input: CreatePriorityInput) {
    return { priority: PriorityNode.from(await priorities(ctx).createPriority(input)) };
  }

  @Mutation(() => PriorityPayload, { description: 'Status moves forward only (AGREED needs an owner, COMMUNICATED a recorded communication); a parent that would close a loop is refused.' })
  async updatePriority(@Ctx() ctx: GqlContext, @Arg('input', () => UpdatePriorityInput) input: UpdatePriorityInput) {
    return { priority: PriorityNode.from(await priorities(ctx).updatePriority(input)) };
  }

  @Mutation(() => CascadeDeletePayload, { description: 'Refused while objectives deliver it, priorities sit under it or appraisal objectives aim at it, unless relinkObjectivesTo names the priority (same council, year and level) that takes them all on.' })
  async deletePriority(
    @Ctx() ctx: GqlContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { nullable: true }) version: number | null,
    @Arg('relinkObjectivesTo', () => ID, { nullable: true }) relinkObjectivesTo: string | null,
  ): Promise<CascadeDeletePayload> {
    const r = await priorities(ctx).deletePriority(id, version, relinkObjectivesTo);
    return {
      deletedIds: r.deletedIds.map((x) => toGlobalId('Priority', x)),
      relinked: r.relinked,
      message: `Deleted the priority '${r.name}'${r.relinked ? `; ${r.relinked} linked objectives, priorities and appraisal objectives moved to the priority you chose` : ''}.`,
    };
  }

  @Mutation(() => PriorityLimitsPayload, { description: "Sets the council's limit on active priorities at a level (null removes it)." })
  async setPriorityLimit(
    @Ctx() ctx: GqlContext,
    @Arg('councilId', () => ID) councilId: string,
    @Arg('level', () => PriorityLevel) level: PriorityLevel,
    @Arg('limit', () => Int, { nullable: true }) limit: number | null,
  ): Promise<PriorityLimitsPayload> {
    const svc = priorities(ctx);
    const council = await svc.setPriorityLimit(councilId, level, limit);
    return { limits: await svc.limitsOf(council.id) };
  }

  @Mutation(() => TargetLinkPayload, { description: 'Links a target to an objective or a priority of the same council and year (nothing changes if already linked).' })
  async linkTarget(@Ctx() ctx: GqlContext, @Arg('input', () => TargetLinkInput) input: TargetLinkInput): Promise<TargetLinkPayload> {
    const r = await targetLinks(ctx).linkTarget(input);
    return { targetId: toGlobalId('Target', r.target.id), objective: r.objective ? ObjectiveNode.from(r.objective) : null, priority: r.priority ? PriorityNode.from(r.priority) : null, changed: r.changed };
  }

  @Mutation(() => TargetLinkPayload, { description: 'Unlinks a target from an objective or a priority.' })
  async unlinkTarget(@Ctx() ctx: GqlContext, @Arg('input', () => TargetLinkInput) input: TargetLinkInput): Promise<TargetLinkPayload> {
    const r = await targetLinks(ctx).unlinkTarget(input);
    return { targetId: toGlobalId('Target', r.target.id), objective: r.objective ? ObjectiveNode.from(r.objective) : null, priority: r.priority ? PriorityNode.from(r.priority) : null, changed: r.changed };
  }
}

@Resolver(() => ObjectiveNode)
export class ObjectiveResolver {
  @FieldResolver(() => ServiceNode)
  service(@Root() o: ObjectiveNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Service, o.serviceId, ServiceNode.from);
  }

  @FieldResolver(() => PersonNode, { nullable: true })
  owner(@Root() o: ObjectiveNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Person, o.ownerId, PersonNode.from);
  }

  @FieldResolver(() => [PriorityNode], { description: 'The priorities this objective delivers.' })
  async priorities(@Root() o: ObjectiveNode, @Ctx() ctx: GqlContext) {
    const links = await ctx.loaders.childrenOf(ObjectivePriority, 'objective').load(o.dbId);
    return many(ctx, Priority, links.map((l) => idOf(l.priority)!), PriorityNode.from);
  }

  @FieldResolver(() => [MilestoneNode], { description: 'By due date.' })
  async milestones(@Root() o: ObjectiveNode, @Ctx() ctx: GqlContext) {
    const rows = await ctx.loaders.childrenOf(Milestone, 'objective', { due: 'asc', id: 'asc' }).load(o.dbId);
    return rows.map(MilestoneNode.from);
  }

  @FieldResolver(() => [CascadeTarget])
  async targets(@Root() o: ObjectiveNode, @Ctx() ctx: GqlContext) {
    const links = await ctx.loaders.childrenOf(ObjectiveTarget, 'objective').load(o.dbId);
    return targets(ctx, links.map((l) => idOf(l.target)!));
  }

  @FieldResolver(() => [AppraisalObjectiveNode], { description: 'Appraisal objectives aimed at this objective.' })
  async appraisalObjectives(@Root() o: ObjectiveNode, @Ctx() ctx: GqlContext) {
    const rows = await ctx.loaders.childrenOf(AppraisalObjective, 'objective').load(o.dbId);
    return rows.map(AppraisalObjectiveNode.from);
  }

  @Mutation(() => ObjectivePayload, { description: 'A service-plan objective delivering priorities of the same council and year.' })
  async createObjective(@Ctx() ctx: GqlContext, @Arg('input', () => CreateObjectiveInput) input: CreateObjectiveInput) {
    return { objective: ObjectiveNode.from(await objectives(ctx).createObjective(input)) };
  }

  @Mutation(() => ObjectivePayload)
  async updateObjective(@Ctx() ctx: GqlContext, @Arg('input', () => UpdateObjectiveInput) input: UpdateObjectiveInput) {
    return { objective: ObjectiveNode.from(await objectives(ctx).updateObjective(input)) };
  }

  @Mutation(() => CascadeDeletePayload, { description: 'Refused while appraisal objectives aim at it; its milestones and links go with it.' })
  async deleteObjective(@Ctx() ctx: GqlContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int, { nullable: true }) version: number | null): Promise<CascadeDeletePayload> {
    const deleted = await objectives(ctx).deleteObjective(id, version);
    return { deletedIds: [toGlobalId('Objective', deleted)], relinked: 0, message: 'Deleted the objective with its milestones.' };
  }

  @Mutation(() => MilestonePayload)
  async createMilestone(@Ctx() ctx: GqlContext, @Arg('input', () => CreateMilestoneInput) input: CreateMilestoneInput) {
    return { milestone: MilestoneNode.from(await objectives(ctx).createMilestone(input)) };
  }

  @Mutation(() => MilestonePayload)
  async updateMilestone(@Ctx() ctx: GqlContext, @Arg('input', () => UpdateMilestoneInput) input: UpdateMilestoneInput) {
    return { milestone: MilestoneNode.from(await objectives(ctx).updateMilestone(input)) };
  }

  @Mutation(() => CascadeDeletePayload)
  async deleteMilestone(@Ctx() ctx: GqlContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int, { nullable: true }) version: number | null): Promise<CascadeDeletePayload> {
    const deleted = await objectives(ctx).deleteMilestone(id, version);
    return { deletedIds: [toGlobalId('Milestone', deleted)], relinked: 0, message: 'Deleted the milestone.' };
  }
}

@Resolver(() => MilestoneNode)
export class MilestoneResolver {
  @FieldResolver(() => ObjectiveNode)
  objective(@Root() m: MilestoneNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Objective, m.objectiveId, ObjectiveNode.from);
  }
}

@Resolver(() => AppraisalObjectiveNode)
export class AppraisalObjectiveResolver {
  @Extensions({ flatCost: 100 }) // built whole from a fixed number of flat queries
  @Query(() => PersonThreadType, { description: "A person's golden thread for a year: each appraisal objective traced up to corporate priorities, or where the thread breaks." })
  async personThread(@Ctx() ctx: GqlContext, @Arg('personId', () => ID) personId: string, @Arg('period', () => String) period: string): Promise<PersonThreadType> {
    const id = decodeId('personId', personId, 'Person');
    const year = checkPeriod('period', period);
    const person = await ctx.em.findOne(Person, { id }, { fields: ['id', 'council'], disableIdentityMap: true });
    if (!person) throw notFound('Person', personId);
    const councilId = idOf(person.council)!;
    ctx.access.requireReadUnpublished(councilId);
    const data = await loadCascade(ctx.em, councilId, year);
    if (!data) throw notFound('Council', toGlobalId('Council', councilId));
    return threadView(tracePersonThread(data.snapshot, id));
  }

  @FieldResolver(() => PersonNode)
  person(@Root() a: AppraisalObjectiveNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Person, a.personId, PersonNode.from);
  }

  @FieldResolver(() => ObjectiveNode, { nullable: true })
  objective(@Root() a: AppraisalObjectiveNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Objective, a.objectiveId, ObjectiveNode.from);
  }

  @FieldResolver(() => PriorityNode, { nullable: true })
  priority(@Root() a: AppraisalObjectiveNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Priority, a.priorityId, PriorityNode.from);
  }

  @Mutation(() => AppraisalObjectivePayload)
  async createAppraisalObjective(@Ctx() ctx: GqlContext, @Arg('input', () => CreateAppraisalObjectiveInput) input: CreateAppraisalObjectiveInput) {
    return { appraisalObjective: AppraisalObjectiveNode.from(await appraisals(ctx).createAppraisalObjective(input)) };
  }

  @Mutation(() => AppraisalObjectivePayload)
  async updateAppraisalObjective(@Ctx() ctx: GqlContext, @Arg('input', () => UpdateAppraisalObjectiveInput) input: UpdateAppraisalObjectiveInput) {
    return { appraisalObjective: AppraisalObjectiveNode.from(await appraisals(ctx).updateAppraisalObjective(input)) };
  }

  @Mutation(() => CascadeDeletePayload)
  async deleteAppraisalObjective(@Ctx() ctx: GqlContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int, { nullable: true }) version: number | null): Promise<CascadeDeletePayload> {
    const deleted = await appraisals(ctx).deleteAppraisalObjective(id, version);
    return { deletedIds: [toGlobalId('AppraisalObjective', deleted)], relinked: 0, message: 'Deleted the appraisal objective.' };
  }
}

const groupType = (g: { kind: EngagementGroupType['kind']; name: string; hardToReach?: boolean }) =>
  Object.assign(new EngagementGroupType(), { kind: g.kind, name: g.name, hardToReach: g.hardToReach ?? null });

@Resolver(() => ConsultationNode)
export class ConsultationResolver {
  @FieldResolver(() => [EngagementGroupType])
  async groups(@Root() c: ConsultationNode, @Ctx() ctx: GqlContext) {
    const rows = await ctx.loaders.childrenOf(ConsultationGroup, 'consultation').load(c.dbId);
    return rows.map(groupType);
  }

  @FieldResolver(() => [PriorityNode], { description: 'The priorities this consultation informed.' })
  async priorities(@Root() c: ConsultationNode, @Ctx() ctx: GqlContext) {
    const links = await ctx.loaders.childrenOf(ConsultationPriority, 'consultation').load(c.dbId);
    return many(ctx, Priority, links.map((l) => idOf(l.priority)!), PriorityNode.from);
  }

  @Mutation(() => ConsultationPayload, { description: 'Records a consultation: the groups consulted (hard-to-reach or not), what was heard, the priorities it informed.' })
  async recordConsultation(@Ctx() ctx: GqlContext, @Arg('input', () => RecordConsultationInput) input: RecordConsultationInput) {
    return { consultation: ConsultationNode.from(await engagement(ctx).recordConsultation(input)) };
  }

  @Mutation(() => CascadeDeletePayload)
  async deleteConsultation(@Ctx() ctx: GqlContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int, { nullable: true }) version: number | null): Promise<CascadeDeletePayload> {
    const deleted = await engagement(ctx).deleteConsultation(id, version);
    return { deletedIds: [toGlobalId('Consultation', deleted)], relinked: 0, message: 'Deleted the consultation.' };
  }
}

@Resolver(() => CommunicationNode)
export class CommunicationResolver {
  @FieldResolver(() => [EngagementGroupType])
  async groups(@Root() c: CommunicationNode, @Ctx() ctx: GqlContext) {
    const rows = await ctx.loaders.childrenOf(CommunicationGroup, 'communication').load(c.dbId);
    return rows.map(groupType);
  }

  @FieldResolver(() => [PriorityNode], { description: 'The priorities this communication told people about.' })
  async priorities(@Root() c: CommunicationNode, @Ctx() ctx: GqlContext) {
    const links = await ctx.loaders.childrenOf(CommunicationPriority, 'communication').load(c.dbId);
    return many(ctx, Priority, links.map((l) => idOf(l.priority)!), PriorityNode.from);
  }

  @Mutation(() => CommunicationPayload, { description: 'Records a communication back to groups about priorities (needed before a priority is marked COMMUNICATED).' })
  async recordCommunication(@Ctx() ctx: GqlContext, @Arg('input', () => RecordCommunicationInput) input: RecordCommunicationInput) {
    return { communication: CommunicationNode.from(await engagement(ctx).recordCommunication(input)) };
  }

  @Mutation(() => CascadeDeletePayload, { description: 'Refused while it is the only communication of a priority marked COMMUNICATED.' })
  async deleteCommunication(@Ctx() ctx: GqlContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int, { nullable: true }) version: number | null): Promise<CascadeDeletePayload> {
    const deleted = await engagement(ctx).deleteCommunication(id, version);
    return { deletedIds: [toGlobalId('Communication', deleted)], relinked: 0, message: 'Deleted the communication.' };
  }
}

/** Golden-thread fields on the organisation's types. */
@Resolver(() => CouncilNode)
export class CouncilCascadeResolver {
  @FieldResolver(() => [PriorityLimitType], { description: 'Limits on active priorities per level (null: no limit).' })
  async priorityLimits(@Root() council: CouncilNode, @Ctx() ctx: GqlContext) {
    return priorities(ctx).limitsOf(council.dbId);
  }

  @FieldResolver(() => [PriorityNode], { description: "The council's priorities of a year (non-priorities included), by level and name. Viewers who may not read unpublished data see communicated priorities only." })
  async priorities(
    @Root() council: CouncilNode,
    @Ctx() ctx: GqlContext,
    @Arg('period', () => String) period: string,
    @Arg('level', () => PriorityLevel, { nullable: true }) level: PriorityLevel | null,
  ) {
    const where: Record<string, unknown> = { council: council.dbId, period: checkPeriod('period', period) };
    if (level) where.level = level;
    if (!ctx.access.canReadUnpublished(council.dbId)) where.$or = [{ status: PriorityStatus.COMMUNICATED }, { isNonPriority: true }];
    const rows = await ctx.em.find(Priority, where, { orderBy: { level: 'asc', name: 'asc', id: 'asc' } });
    return rows.map(PriorityNode.from);
  }
}

@Resolver(() => PersonNode)
export class PersonCascadeResolver {
  @FieldResolver(() => [AppraisalObjectiveNode], { description: "The person's appraisal objectives, of one year or all." })
  async appraisalObjectives(@Root() p: PersonNode, @Ctx() ctx: GqlContext, @Arg('period', () => String, { nullable: true }) period: string | null | undefined) {
    const rows = await ctx.loaders.childrenOf(AppraisalObjective, 'person', { period: 'asc', id: 'asc' }).load(p.dbId);
    // Left out, the argument is undefined (not null): every year, as described.
    const year = period == null ? null : checkPeriod('period', period);
    return rows.filter((r) => year === null || r.period === year).map(AppraisalObjectiveNode.from);
  }
}

@Resolver(() => ServiceNode)
export class ServiceCascadeResolver {
  @FieldResolver(() => [ObjectiveNode], { description: "The service's plan: its objectives, of one year or all." })
  async objectives(@Root() s: ServiceNode, @Ctx() ctx: GqlContext, @Arg('period', () => String, { nullable: true }) period: string | null | undefined) {
    const rows = await ctx.loaders.childrenOf(Objective, 'service', { period: 'asc', name: 'asc' }).load(s.dbId);
    const year = period == null ? null : checkPeriod('period', period);
    return rows.filter((r) => year === null || r.period === year).map(ObjectiveNode.from);
  }
}
