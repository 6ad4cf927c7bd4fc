import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Target } from '@goldenthread/db';
import type { GqlContext } from '../../context.js';
import { one } from '../../loaders.js';
import { decodeId } from '../../relay/global-id.js';
import { TargetNode } from '../indicators/indicators.type.js';
import { CascadeTarget } from './cascade.type.js';

/** The Target behind a cascade's target: its version, tolerance and note, for changing it (setTarget) where the cascade shows it. */
@Resolver(() => CascadeTarget)
export class CascadeTargetResolver {
  @FieldResolver(() => TargetNode, { nullable: true, description: 'The Target itself (version, tolerance, note), for setTarget.' })
  target(@Root() t: CascadeTarget, @Ctx() ctx: GqlContext) {
    return one(ctx, Target, decodeId('id', t.id, 'Target'), TargetNode.from);
  }
}
