import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Action, ActionUpdate, Council, Indicator, Person, Risk, Service } from '@goldenthread/db';
import { ActionSource, ActionStatus } from '@goldenthread/domain';
import type { GqlContext } from '../../context.js';
import { one } from '../../loaders.js';
import { ConnectionArgs, connectionFromArray, type ConnectionShape } from '../../relay/connection.js';
import { decodeId } from '../../relay/global-id.js';
import { IndicatorNode } from '../indicators/indicators.type.js';
import { CouncilNode, PersonNode, ServiceNode } from '../organisation/organisation.type.js';
import {
  AddActionUpdateInput,
  ActionPayload,
  ActionUpdatePayload,
  CreateActionInput,
  MoveActionInput,
  UpdateActionInput,
} from './actions.input.js';
import { ActionReads } from './actions.reads.js';
import { ActionService } from './actions.service.js';
import { ActionConnection, ActionNode, ActionUpdateNode } from './actions.type.js';
import { BestValueRecommendationNode } from './best-value.type.js';
import { ComplaintNode } from './complaints.type.js';
import { RiskNode } from './risks.type.js';
import { ScrutinyRecommendationNode } from './scrutiny.type.js';
import { COUNCIL_ID_ARG } from '../../relay/common.args.js';

const actions = (ctx: GqlContext) => ctx.services.get(ActionService);

type SourceFk = 'risk' | 'complaint' | 'bestValueRecommendation' | 'scrutinyRecommendation';

/** The actions of one source record, by due date then id, through one batched statement per level. */
async function actionsOf(ctx: GqlContext, fk: SourceFk, id: number, page: ConnectionArgs): Promise<ConnectionShape<ActionNode>> {
  const rows = await ctx.loaders.childrenOf(Action, fk, { due: 'asc nulls last', id: 'asc' } as never).load(id);
  return connectionFromArray(rows.map(ActionNode.from), page);
}

@Resolver(() => ActionNode)
export class ActionResolver {
  @Query(() => ActionConnection, {
    description:
      "A council's actions by due date (none last): mine (owned by the viewer), one owner's, overdue on asOf (default today), of one " +
      "source or status. Only the council's own people see actions.",
  })
  actions(
    @Ctx() ctx: GqlContext,
    @Arg('councilId', () => ID, COUNCIL_ID_ARG)
    councilId: string,
    @Arg('ownerId', () => ID, { description: 'Only actions owned by this person (Person global id).', nullable: true }) ownerId:
      | string
      | null,
    @Arg('mine', () => Boolean, { description: "True for the viewer's own actions only.", nullable: true }) mine: boolean | null,
    @Arg('overdue', () => Boolean, {
      nullable: true,
      description: 'true: only overdue ones (open or in progress, due before asOf); false: only the others.',
    })
    overdue: boolean | null,
    @Arg('source', () => ActionSource, {
      description: 'Only actions raised from this source (risk, scrutiny, commentary...).',
      nullable: true,
    })
    source: ActionSource | null,
    @Arg('status', () => ActionStatus, { description: 'Only records with this status; all when left out.', nullable: true })
    status: ActionStatus | null,
    @Arg('asOf', () => String, { nullable: true, description: 'ISO date for `overdue` (default today).' }) asOf: string | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
  ): Promise<ConnectionShape<ActionNode>> {
    const council = decodeId('councilId', councilId, 'Council');
    return ctx.services.get(ActionReads).find(council, { ownerId, mine, overdue, source, status, asOf }, page);
  }

  @FieldResolver(() => CouncilNode, { description: 'The council.' })
  council(@Root() a: ActionNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Council, a.councilId, CouncilNode.from);
  }

  @FieldResolver(() => PersonNode, { description: 'Who must do it; null while unassigned.', nullable: true })
  owner(@Root() a: ActionNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Person, a.ownerDbId, PersonNode.from);
  }

  @FieldResolver(() => ServiceNode, { description: 'The service it belongs to; null for the council as a whole.', nullable: true })
  service(@Root() a: ActionNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Service, a.serviceDbId, ServiceNode.from);
  }

  @FieldResolver(() => IndicatorNode, { nullable: true, description: 'EXCEPTION: the indicator it is about.' })
  indicator(@Root() a: ActionNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Indicator, a.indicatorDbId, IndicatorNode.from);
  }

  @FieldResolver(() => RiskNode, { nullable: true, description: 'RISK_MITIGATION: the risk it mitigates.' })
  risk(@Root() a: ActionNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Risk, a.riskDbId, RiskNode.from);
  }

  @FieldResolver(() => [ActionUpdateNode], { description: 'Progress updates, oldest first.' })
  async updates(@Root() a: ActionNode, @Ctx() ctx: GqlContext) {
    const rows = await ctx.loaders.childrenOf(ActionUpdate, 'action', { on: 'asc', id: 'asc' }).load(a.dbId);
    return rows.map((u) => ActionUpdateNode.from(u, a.councilId));
  }

  @Mutation(() => ActionPayload, {
    description:
      'Adds an action (OPEN) from a source: its owner, whoever may write its service (or the council), designated staff of the ' +
      'source, administrators.',
  })
  async createAction(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => CreateActionInput, { description: 'The new record: see CreateActionInput.' }) input: CreateActionInput,
  ): Promise<ActionPayload> {
    return { action: ActionNode.from(await actions(ctx).create(input)) };
  }

  @Mutation(() => ActionPayload, { description: "Changes an action's title, description, owner, due date or service." })
  async updateAction(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => UpdateActionInput, { description: 'The change: see UpdateActionInput.' }) input: UpdateActionInput,
  ): Promise<ActionPayload> {
    return { action: ActionNode.from(await actions(ctx).update(input)) };
  }

  @Mutation(() => ActionPayload, {
    description: "Moves an action's status: OPEN <-> IN_PROGRESS -> DONE or DROPPED (with a reason); DONE and DROPPED may be reopened.",
  })
  async moveAction(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => MoveActionInput, { description: 'The change: see MoveActionInput.' }) input: MoveActionInput,
  ): Promise<ActionPayload> {
    return { action: ActionNode.from(await actions(ctx).move(input)) };
  }

  @Mutation(() => ActionUpdatePayload, { description: 'Records progress on an action, by the signed-in person.' })
  async addActionUpdate(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => AddActionUpdateInput, { description: 'The new record: see AddActionUpdateInput.' }) input: AddActionUpdateInput,
  ): Promise<ActionUpdatePayload> {
    const { update, action } = await actions(ctx).addUpdate(input);
    const node = ActionNode.from(action);
    return { update: ActionUpdateNode.from(update, node.councilId), action: node };
  }
}

@Resolver(() => RiskNode)
export class RiskActionsResolver {
  @FieldResolver(() => ActionConnection, { description: 'Its mitigating actions (source RISK_MITIGATION), by due date.' })
  actions(@Root() r: RiskNode, @Ctx() ctx: GqlContext, @Args(() => ConnectionArgs) page: ConnectionArgs) {
    return actionsOf(ctx, 'risk', r.dbId, page);
  }
}

@Resolver(() => ActionUpdateNode)
export class ActionUpdateResolver {
  @FieldResolver(() => PersonNode, { description: 'Who wrote it; null when the person no longer exists.', nullable: true })
  by(@Root() u: ActionUpdateNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Person, u.byDbId, PersonNode.from);
  }
}

@Resolver(() => BestValueRecommendationNode)
export class BestValueRecommendationActionsResolver {
  @FieldResolver(() => ActionConnection, { description: 'The actions it became (source BEST_VALUE_RECOMMENDATION), by due date.' })
  actions(@Root() r: BestValueRecommendationNode, @Ctx() ctx: GqlContext, @Args(() => ConnectionArgs) page: ConnectionArgs) {
    return actionsOf(ctx, 'bestValueRecommendation', r.dbId, page);
  }
}

@Resolver(() => ComplaintNode)
export class ComplaintActionsResolver {
  @FieldResolver(() => ActionConnection, { description: 'The actions of its lessons (source COMPLAINT_LESSON), by due date.' })
  actions(@Root() c: ComplaintNode, @Ctx() ctx: GqlContext, @Args(() => ConnectionArgs) page: ConnectionArgs) {
    return actionsOf(ctx, 'complaint', c.dbId, page);
  }
}

@Resolver(() => ScrutinyRecommendationNode)
export class ScrutinyRecommendationActionsResolver {
  @FieldResolver(() => ActionConnection, {
    description: 'The actions it became once accepted (source SCRUTINY_RECOMMENDATION), by due date.',
  })
  actions(@Root() r: ScrutinyRecommendationNode, @Ctx() ctx: GqlContext, @Args(() => ConnectionArgs) page: ConnectionArgs) {
    return actionsOf(ctx, 'scrutinyRecommendation', r.dbId, page);
  }
}
