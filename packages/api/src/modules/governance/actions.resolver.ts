import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ActionUpdate, Council, Indicator, Person, Service } from '@goldenthread/db';
import { ActionSource, ActionStatus } from '@goldenthread/domain';
import type { GqlContext } from '../../context.js';
import { one } from '../../loaders.js';
import { ConnectionArgs, type ConnectionShape } from '../../relay/connection.js';
import { decodeId } from '../../relay/global-id.js';
import { IndicatorNode } from '../indicators/indicators.type.js';
import { CouncilNode, PersonNode, ServiceNode } from '../organisation/organisation.type.js';
import { findActions } from './actions.reads.js';
import { ActionConnection, ActionNode, ActionUpdateNode } from './actions.type.js';

@Resolver(() => ActionNode)
export class ActionResolver {
  @Query(() => ActionConnection, {
    description:
      "A council's actions by due date (none last): mine (owned by the viewer), one owner's, overdue on asOf (default today), of one source or status. Only the council's own people see actions.",
  })
  actions(
    @Ctx() ctx: GqlContext,
    @Arg('councilId', () => ID) councilId: string,
    @Arg('ownerId', () => ID, { nullable: true }) ownerId: string | null,
    @Arg('mine', () => Boolean, { nullable: true }) mine: boolean | null,
    @Arg('overdue', () => Boolean, { nullable: true, description: 'true: only overdue ones (open or in progress, due before asOf); false: only the others.' }) overdue: boolean | null,
    @Arg('source', () => ActionSource, { nullable: true }) source: ActionSource | null,
    @Arg('status', () => ActionStatus, { nullable: true }) status: ActionStatus | null,
    @Arg('asOf', () => String, { nullable: true, description: 'ISO date for `overdue` (default today).' }) asOf: string | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
  ): Promise<ConnectionShape<ActionNode>> {
    return findActions(ctx, decodeId('councilId', councilId, 'Council'), { ownerId, mine, overdue, source, status, asOf }, page);
  }

  @FieldResolver(() => CouncilNode)
  council(@Root() a: ActionNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Council, a.councilId, CouncilNode.from);
  }

  @FieldResolver(() => PersonNode, { nullable: true })
  owner(@Root() a: ActionNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Person, a.ownerDbId, PersonNode.from);
  }

  @FieldResolver(() => ServiceNode, { nullable: true })
  service(@Root() a: ActionNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Service, a.serviceDbId, ServiceNode.from);
  }

  @FieldResolver(() => IndicatorNode, { nullable: true, description: 'EXCEPTION: the indicator it is about.' })
  indicator(@Root() a: ActionNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Indicator, a.indicatorDbId, IndicatorNode.from);
  }

  @FieldResolver(() => [ActionUpdateNode], { description: 'Progress updates, oldest first.' })
  async updates(@Root() a: ActionNode, @Ctx() ctx: GqlContext) {
    const rows = await ctx.loaders.childrenOf(ActionUpdate, 'action', { on: 'asc', id: 'asc' }).load(a.dbId);
    return rows.map((u) => ActionUpdateNode.from(u, a.councilId));
  }
}

@Resolver(() => ActionUpdateNode)
export class ActionUpdateResolver {
  @FieldResolver(() => PersonNode, { nullable: true })
  by(@Root() u: ActionUpdateNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Person, u.byDbId, PersonNode.from);
  }
}
