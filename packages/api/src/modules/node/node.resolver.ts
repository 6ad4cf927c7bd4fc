import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { GqlContext } from '../../context.js';
import { badInput } from '../../errors.js';
import { fromGlobalId, quoteId } from '../../relay/global-id.js';
import { Node } from '../../relay/node.js';
import { nodeTypes } from '../index.js';

async function loadNode(ctx: GqlContext, id: string, field: string): Promise<Node | null> {
  const parsed = fromGlobalId(id);
  if (!parsed) throw badInput(field, `"${quoteId(id)}" is not a valid id.`);
  const type = nodeTypes.get(parsed.type);
  if (!type) return null;
  const row = await ctx.loaders.byId(type.entity).load(parsed.id);
  // Who may see it is the type's rule, applied to what node() returns (access/visibility-rules.ts).
  return row ? type.map(row as never) : null;
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Fetches any object by its global id (Relay).' })
  node(@Ctx() ctx: GqlContext, @Arg('id', () => ID, { description: 'Any global id this API returned.' }) id: string): Promise<Node | null> {
    return loadNode(ctx, id, 'id');
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: 'Fetches several objects by global id, in the order given (null for unknown ids).',
  })
  nodes(
    @Ctx() ctx: GqlContext,
    @Arg('ids', () => [ID], {
      description: 'Global ids this API returned; the answer keeps their order, null for each unknown or hidden one.',
    })
    ids: string[],
  ): Promise<Array<Node | null>> {
    if (ids.length > 500) throw badInput('ids', 'at most 500 ids at once.');
    return Promise.all(ids.map((id, i) => loadNode(ctx, id, `ids[${i}]`)));
  }
}
