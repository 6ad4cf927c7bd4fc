import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Extensions } from 'type-graphql';
import { AppraisalObjective, Objective, Person, Priority } from '@goldenthread/db';
import { buildCascade, tracePersonThread } from '@goldenthread/domain';
import type { GqlContext } from '../../context.js';
import { notFound } from '../../errors.js';
import { one } from '../../loaders.js';
import { decodeId, toGlobalId } from '../../relay/global-id.js';
import { PersonNode } from '../organisation/organisation.type.js';
import { CreateAppraisalObjectiveInput, UpdateAppraisalObjectiveInput } from './cascade.input.js';
import { AppraisalObjectivePayload, CascadeDeletePayload } from './cascade.payload.js';
import { AppraisalService } from './appraisal.service.js';
import { checkPeriod } from '../shared/lookup.js';
import { basisFor } from './cascade.performance.js';
import { CascadeReads } from './cascade.reads.js';
import { AppraisalObjectiveNode, ObjectiveNode, PersonThreadType, PriorityNode } from './cascade.type.js';
import { threadView } from './cascade.view.js';
import { OPTIONAL_VERSION_ARG } from '../../relay/common.args.js';

const appraisals = (ctx: GqlContext) => ctx.services.get(AppraisalService);

@Resolver(() => AppraisalObjectiveNode)
export class AppraisalObjectiveResolver {
  @Extensions({ flatCost: 100 }) // built whole from a fixed number of flat queries
  @Query(() => PersonThreadType, {
    description:
      "A person's golden thread for a year: each appraisal objective traced up to corporate priorities, or where the thread breaks.",
  })
  async personThread(
    @Ctx() ctx: GqlContext,
    @Arg('personId', () => ID, { description: "The person's global id (Person:...)." }) personId: string,
    @Arg('period', () => String, { description: "The period of the golden thread, e.g. '2024-25'." }) period: string,
  ): Promise<PersonThreadType> {
    const id = decodeId('personId', personId, 'Person');
    const year = checkPeriod('period', period);
    const reads = ctx.services.get(CascadeReads);
    const councilId = await reads.councilOfPerson(id);
    if (councilId === null) throw notFound('Person', personId);
    ctx.access.requireReadUnpublished(councilId);
    const data = await reads.cascade(councilId, year);
    if (!data) throw notFound('Council', toGlobalId('Council', councilId));
    const performance = await reads.performance(data, buildCascade(data.snapshot), basisFor(true));
    return threadView(tracePersonThread(data.snapshot, id), performance);
  }

  @FieldResolver(() => PersonNode, { description: 'The member of staff.' })
  person(@Root() a: AppraisalObjectiveNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Person, a.personId, PersonNode.from);
  }

  @FieldResolver(() => ObjectiveNode, {
    description: 'The service objective it is aimed at; null when aimed at a priority directly.',
    nullable: true,
  })
  objective(@Root() a: AppraisalObjectiveNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Objective, a.objectiveId, ObjectiveNode.from);
  }

  @FieldResolver(() => PriorityNode, {
    description: 'The priority it is aimed at; null when aimed at a service objective.',
    nullable: true,
  })
  priority(@Root() a: AppraisalObjectiveNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Priority, a.priorityId, PriorityNode.from);
  }

  @Mutation(() => AppraisalObjectivePayload, {
    description: "Adds an appraisal objective to a person's appraisal, linked to a service objective.",
  })
  async createAppraisalObjective(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => CreateAppraisalObjectiveInput, { description: 'The new record: see CreateAppraisalObjectiveInput.' })
    input: CreateAppraisalObjectiveInput,
  ) {
    return { appraisalObjective: AppraisalObjectiveNode.from(await appraisals(ctx).createAppraisalObjective(input)) };
  }

  @Mutation(() => AppraisalObjectivePayload, { description: 'Changes an appraisal objective (fields left out are unchanged).' })
  async updateAppraisalObjective(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => UpdateAppraisalObjectiveInput, { description: 'The change: see UpdateAppraisalObjectiveInput.' })
    input: UpdateAppraisalObjectiveInput,
  ) {
    return { appraisalObjective: AppraisalObjectiveNode.from(await appraisals(ctx).updateAppraisalObjective(input)) };
  }

  @Mutation(() => CascadeDeletePayload, { description: 'Deletes an appraisal objective.' })
  async deleteAppraisalObjective(
    @Ctx() ctx: GqlContext,
    @Arg('id', () => ID, { description: "The record's global id." }) id: string,
    @Arg('version', () => Int, OPTIONAL_VERSION_ARG)
    version: number | null,
  ): Promise<CascadeDeletePayload> {
    const deleted = await appraisals(ctx).deleteAppraisalObjective(id, version);
    return { deletedIds: [toGlobalId('AppraisalObjective', deleted)], relinked: 0, message: 'Deleted the appraisal objective.' };
  }
}

@Resolver(() => PersonNode)
export class PersonCascadeResolver {
  @FieldResolver(() => [AppraisalObjectiveNode], { description: "The person's appraisal objectives, of one year or all." })
  async appraisalObjectives(
    @Root() p: PersonNode,
    @Ctx() ctx: GqlContext,
    @Arg('period', () => String, { description: "Only objectives of this financial year, e.g. '2024-25'.", nullable: true }) period:
      | string
      | null
      | undefined,
  ) {
    const rows = await ctx.loaders.childrenOf(AppraisalObjective, 'person', { period: 'asc', id: 'asc' }).load(p.dbId);
    // Left out, the argument is undefined (not null): every year, as described.
    const year = period == null ? null : checkPeriod('period', period);
    return rows.filter((r) => year === null || r.period === year).map(AppraisalObjectiveNode.from);
  }
}
