import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { AppraisalObjective, Milestone, Objective, ObjectivePriority, ObjectiveTarget, Person, Priority, Service } from '@goldenthread/db';
import type { GqlContext } from '../../context.js';
import { idOf, one } from '../../loaders.js';
import { toGlobalId } from '../../relay/global-id.js';
import { PersonNode, ServiceNode } from '../organisation/organisation.type.js';
import { CreateMilestoneInput, CreateObjectiveInput, UpdateMilestoneInput, UpdateObjectiveInput } from './cascade.input.js';
import { CascadeDeletePayload, MilestonePayload, ObjectivePayload } from './cascade.payload.js';
import { ObjectiveService } from './objective.service.js';
import { checkPeriod } from '../shared/lookup.js';
import { AppraisalObjectiveNode, CascadeTarget, MilestoneNode, ObjectiveNode, PriorityNode } from './cascade.type.js';
import { many, targets } from './cascade.reads.js';
import { OPTIONAL_VERSION_ARG } from '../../relay/common.args.js';

const objectives = (ctx: GqlContext) => ctx.services.get(ObjectiveService);

@Resolver(() => ObjectiveNode)
export class ObjectiveResolver {
  @FieldResolver(() => ServiceNode, { description: 'The service whose plan it is in.' })
  service(@Root() o: ObjectiveNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Service, o.serviceId, ServiceNode.from);
  }

  @FieldResolver(() => PersonNode, { description: 'Who answers for it; null when no owner.', nullable: true })
  owner(@Root() o: ObjectiveNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Person, o.ownerId, PersonNode.from);
  }

  @FieldResolver(() => [PriorityNode], { description: 'The priorities this objective delivers.' })
  async priorities(@Root() o: ObjectiveNode, @Ctx() ctx: GqlContext) {
    const links = await ctx.loaders.childrenOf(ObjectivePriority, 'objective').load(o.dbId);
    return many(
      ctx,
      Priority,
      links.map((l) => idOf(l.priority)!),
      PriorityNode.from,
    );
  }

  @FieldResolver(() => [MilestoneNode], { description: 'By due date.' })
  async milestones(@Root() o: ObjectiveNode, @Ctx() ctx: GqlContext) {
    const rows = await ctx.loaders.childrenOf(Milestone, 'objective', { due: 'asc', id: 'asc' }).load(o.dbId);
    return rows.map(MilestoneNode.from);
  }

  @FieldResolver(() => [CascadeTarget], { description: 'The targets that measure it.' })
  async targets(@Root() o: ObjectiveNode, @Ctx() ctx: GqlContext) {
    const links = await ctx.loaders.childrenOf(ObjectiveTarget, 'objective').load(o.dbId);
    return targets(
      ctx,
      links.map((l) => idOf(l.target)!),
    );
  }

  @FieldResolver(() => [AppraisalObjectiveNode], { description: 'Appraisal objectives aimed at this objective.' })
  async appraisalObjectives(@Root() o: ObjectiveNode, @Ctx() ctx: GqlContext) {
    const rows = await ctx.loaders.childrenOf(AppraisalObjective, 'objective').load(o.dbId);
    return rows.map(AppraisalObjectiveNode.from);
  }

  @Mutation(() => ObjectivePayload, { description: 'A service-plan objective delivering priorities of the same council and year.' })
  async createObjective(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => CreateObjectiveInput, { description: 'The new record: see CreateObjectiveInput.' }) input: CreateObjectiveInput,
  ) {
    return { objective: ObjectiveNode.from(await objectives(ctx).createObjective(input)) };
  }

  @Mutation(() => ObjectivePayload, { description: 'Changes an objective (fields left out are unchanged).' })
  async updateObjective(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => UpdateObjectiveInput, { description: 'The change: see UpdateObjectiveInput.' }) input: UpdateObjectiveInput,
  ) {
    return { objective: ObjectiveNode.from(await objectives(ctx).updateObjective(input)) };
  }

  @Mutation(() => CascadeDeletePayload, {
    description: 'Refused while appraisal objectives aim at it; its milestones and links go with it.',
  })
  async deleteObjective(
    @Ctx() ctx: GqlContext,
    @Arg('id', () => ID, { description: "The record's global id." }) id: string,
    @Arg('version', () => Int, OPTIONAL_VERSION_ARG)
    version: number | null,
  ): Promise<CascadeDeletePayload> {
    const deleted = await objectives(ctx).deleteObjective(id, version);
    return { deletedIds: [toGlobalId('Objective', deleted)], relinked: 0, message: 'Deleted the objective with its milestones.' };
  }

  @Mutation(() => MilestonePayload, { description: 'Adds a milestone to an objective.' })
  async createMilestone(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => CreateMilestoneInput, { description: 'The new record: see CreateMilestoneInput.' }) input: CreateMilestoneInput,
  ) {
    return { milestone: MilestoneNode.from(await objectives(ctx).createMilestone(input)) };
  }

  @Mutation(() => MilestonePayload, { description: 'Changes a milestone (fields left out are unchanged).' })
  async updateMilestone(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => UpdateMilestoneInput, { description: 'The change: see UpdateMilestoneInput.' }) input: UpdateMilestoneInput,
  ) {
    return { milestone: MilestoneNode.from(await objectives(ctx).updateMilestone(input)) };
  }

  @Mutation(() => CascadeDeletePayload, { description: 'Deletes a milestone.' })
  async deleteMilestone(
    @Ctx() ctx: GqlContext,
    @Arg('id', () => ID, { description: "The record's global id." }) id: string,
    @Arg('version', () => Int, OPTIONAL_VERSION_ARG)
    version: number | null,
  ): Promise<CascadeDeletePayload> {
    const deleted = await objectives(ctx).deleteMilestone(id, version);
    return { deletedIds: [toGlobalId('Milestone', deleted)], relinked: 0, message: 'Deleted the milestone.' };
  }
}

@Resolver(() => MilestoneNode)
export class MilestoneResolver {
  @FieldResolver(() => ObjectiveNode, { description: 'The objective it belongs to.' })
  objective(@Root() m: MilestoneNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Objective, m.objectiveId, ObjectiveNode.from);
  }
}

@Resolver(() => ServiceNode)
export class ServiceCascadeResolver {
  @FieldResolver(() => [ObjectiveNode], { description: "The service's plan: its objectives, of one year or all." })
  async objectives(
    @Root() s: ServiceNode,
    @Ctx() ctx: GqlContext,
    @Arg('period', () => String, { description: "Only objectives of this financial year, e.g. '2024-25'.", nullable: true }) period:
      | string
      | null
      | undefined,
  ) {
    const rows = await ctx.loaders.childrenOf(Objective, 'service', { period: 'asc', name: 'asc' }).load(s.dbId);
    const year = period == null ? null : checkPeriod('period', period);
    return rows.filter((r) => year === null || r.period === year).map(ObjectiveNode.from);
  }
}
