/**
 * What the viewer may do with indicators and comparator groups (`viewerCan` on Indicator and
 * ComparatorGroup, `indicatorsViewerCan` on Council for what has no record yet), so the app shows only
 * the actions the server would allow. Each answer asks `access.mayWrite` for the write target the
 * mutation's `requireWrite` asks for (indicators.writes.ts), and the rule the mutation checks first
 * (national definitions are reference data); never instead of the check.
 */
import { Arg, Ctx, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import { validateIndicatorIsLocal } from '@goldenthread/domain';
import type { GqlContext } from '../../context.js';
import { decodeId } from '../../relay/global-id.js';
import { CouncilNode } from '../organisation/organisation.type.js';
import { ComparatorGroupNode, IndicatorNode } from './indicators.type.js';
import { comparatorGroupWriteTarget, localIndicatorWriteTarget, ownershipWriteTarget } from './indicators.writes.js';

@ObjectType('IndicatorViewerCan', {
  description: 'What the viewer may do with the indicator (updateIndicator, deleteIndicator, setIndicatorOwnership).',
})
export class IndicatorViewerCan {
  @Field(() => Boolean, { description: "Change its definition: a council's local indicator only." }) update!: boolean;
  @Field(() => Boolean, { description: 'Delete it: a local indicator, refused while it has figures or targets.' }) delete!: boolean;
  @Field(() => Boolean, { description: 'Name its data owner and responsible manager in the council asked about.' }) setOwnership!: boolean;
}

@ObjectType('ComparatorGroupViewerCan', {
  description: 'What the viewer may do with the group (updateComparatorGroup, deleteComparatorGroup).',
})
export class ComparatorGroupViewerCan {
  @Field(() => Boolean, { description: 'True when the viewer may rename the group or change its members.' }) update!: boolean;
  @Field(() => Boolean, { description: 'True when the viewer may delete the group (an administrator of its council).' }) delete!: boolean;
}

@ObjectType('CouncilIndicatorsViewerCan', {
  description: 'What the viewer may add to the council (createIndicator, createComparatorGroup).',
})
export class CouncilIndicatorsViewerCan {
  @Field(() => Boolean, { description: 'Create a local indicator of the council.' }) createIndicator!: boolean;
  @Field(() => Boolean, { description: 'Create a comparator group of the council.' }) createComparatorGroup!: boolean;
}

@Resolver(() => IndicatorNode)
export class IndicatorPermissionsResolver {
  @FieldResolver(() => IndicatorViewerCan, {
    description: 'What the viewer may do with the indicator (and, with councilId, in that council).',
  })
  async viewerCan(
    @Root() i: IndicatorNode,
    @Ctx() ctx: GqlContext,
    @Arg('councilId', () => ID, {
      nullable: true,
      description: "The council whose ownership of it is asked about (default: a local indicator's own council).",
    })
    councilId: string | null,
  ): Promise<IndicatorViewerCan> {
    const local = validateIndicatorIsLocal({ ...i, councilId: i.councilId }) === null;
    const write = local && (await ctx.access.mayWrite(localIndicatorWriteTarget(i.councilId!)));
    const owners = councilId ? decodeId('councilId', councilId, 'Council') : i.councilId;
    // Another council's local indicator is unknown to setIndicatorOwnership in this council.
    const ownable = owners !== null && (!local || owners === i.councilId);
    return { update: write, delete: write, setOwnership: ownable && (await ctx.access.mayWrite(ownershipWriteTarget(owners!))) };
  }
}

@Resolver(() => ComparatorGroupNode)
export class ComparatorGroupPermissionsResolver {
  @FieldResolver(() => ComparatorGroupViewerCan, { description: 'What the viewer may do with the group.' })
  async viewerCan(@Root() g: ComparatorGroupNode, @Ctx() ctx: GqlContext): Promise<ComparatorGroupViewerCan> {
    const write = await ctx.access.mayWrite(comparatorGroupWriteTarget(g.councilId));
    return { update: write, delete: write };
  }
}

@Resolver(() => CouncilNode)
export class CouncilIndicatorsPermissionsResolver {
  @FieldResolver(() => CouncilIndicatorsViewerCan, {
    description: 'What the viewer may add to the council: local indicators, comparator groups.',
  })
  async indicatorsViewerCan(@Root() c: CouncilNode, @Ctx() ctx: GqlContext): Promise<CouncilIndicatorsViewerCan> {
    return {
      createIndicator: await ctx.access.mayWrite(localIndicatorWriteTarget(c.dbId)),
      createComparatorGroup: await ctx.access.mayWrite(comparatorGroupWriteTarget(c.dbId)),
    };
  }
}
