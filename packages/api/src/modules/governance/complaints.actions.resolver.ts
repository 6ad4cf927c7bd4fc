import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { Complaint } from '@goldenthread/db';
import type { GqlContext } from '../../context.js';
import { idOf } from '../../loaders.js';
import { ActionNode } from './actions.type.js';
import { canSeeComplaint, complaintOfKey } from './complaints.access.js';

/** May the viewer read the complaint with this database id (null: no complaint)? Batched through the request's loaders. */
async function mayRead(ctx: GqlContext, dbId: number | null): Promise<boolean> {
  if (dbId === null) return true;
  const c = await ctx.loaders.byId(Complaint).load(dbId);
  return c !== null && canSeeComplaint(ctx, { dbId, councilId: idOf(c.council)!, serviceId: idOf(c.service)! });
}

/**
 * An action's links to a complaint, for those who may read it only (complaints hold personal data:
 * complaints.access.ts). Anyone who sees the action sees that it is a complaint's lesson (its source)
 * and the service, never which complaint, unless they may read that complaint.
 */
@Resolver(() => ActionNode)
export class ActionComplaintResolver {
  /** ActionNode declares the field (and its description); this resolves it. */
  @FieldResolver(() => ID, { nullable: true })
  async complaintId(@Root() a: ActionNode, @Ctx() ctx: GqlContext): Promise<string | null> {
    return (await mayRead(ctx, a.complaintDbId)) ? a.complaintId : null;
  }

  @FieldResolver(() => String, { nullable: true })
  async findingKey(@Root() a: ActionNode, @Ctx() ctx: GqlContext): Promise<string | null> {
    return (await mayRead(ctx, complaintOfKey(a.findingKey))) ? a.findingKey : null;
  }
}
