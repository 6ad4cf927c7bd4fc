/**
 * A target as the indicators module serves it (`Target`, e.g. `targets(councilId, indicatorId)` on an indicator's page):
 * what the viewer may do with it and the priorities it measures, so the page can change, link and unlink it. The
 * answers ask the same write targets as setTarget, deleteTarget and linkTarget (cascade-writes.ts).
 */
import { Arg, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { Priority, PriorityTarget } from '@goldenthread/db';
import type { GqlContext } from '../../context.js';
import { idOf } from '../../loaders.js';
import { decodeId } from '../../relay/global-id.js';
import { IndicatorNode, TargetNode } from '../indicators/indicators.type.js';
import { targetWriteTarget } from './cascade-writes.js';
import { TargetViewerCan } from './cascade.permissions.js';
import { many } from './cascade.reads.js';
import { PriorityNode } from './cascade.type.js';

@Resolver(() => TargetNode)
export class TargetRecordResolver {
  @FieldResolver(() => TargetViewerCan, {
    description: 'What the viewer may do with the target: change it (setTarget with its version) or delete it (deleteTarget).',
  })
  async viewerCan(@Root() t: TargetNode, @Ctx() ctx: GqlContext): Promise<TargetViewerCan> {
    const write = await ctx.access.mayWrite(targetWriteTarget(t.councilId, t.serviceId));
    return { update: write, delete: write };
  }

  @FieldResolver(() => [PriorityNode], {
    description: 'The priorities it measures directly (linkTarget with a priority); linking needs `viewerCan.update` on the priority.',
  })
  async priorities(@Root() t: TargetNode, @Ctx() ctx: GqlContext) {
    const links = await ctx.loaders.childrenOf(PriorityTarget, 'target').load(t.dbId);
    return many(
      ctx,
      Priority,
      links.map((l) => idOf(l.priority)!),
      PriorityNode.from,
    );
  }
}

@Resolver(() => IndicatorNode)
export class IndicatorTargetPermissionsResolver {
  @FieldResolver(() => Boolean, {
    description:
      "Whether the viewer may set the council's targets of this indicator, for the council as a whole or any of its services " +
      "(setTarget; the council's writers). A service's managers set their own service's targets from its objectives.",
  })
  async viewerCanSetTargets(
    @Root() i: IndicatorNode,
    @Ctx() ctx: GqlContext,
    @Arg('councilId', () => ID, { description: 'The council whose targets are asked about.' }) councilId: string,
  ): Promise<boolean> {
    const council = decodeId('councilId', councilId, 'Council');
    // Another council's local indicator takes no target here.
    if (i.councilId !== null && i.councilId !== council) return false;
    return ctx.access.mayWrite(targetWriteTarget(council, null));
  }
}
