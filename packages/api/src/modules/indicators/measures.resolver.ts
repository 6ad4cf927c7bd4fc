/**
 * An indicator's measure facts (issue 18): its published precision and a value formatted to it, the
 * measure it is the same as (Oflog ASC1-ASC5: ASCOF), and a council's data owners who never update.
 */
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Float, Int, Query, Resolver, Root } from 'type-graphql';
import { formatValue, publishedPrecision, sameMeasureAs } from '@goldenthread/domain';
import type { GqlContext } from '../../context.js';
import { forbidden } from '../../errors.js';
import { CouncilRefArgs } from './indicators.args.js';
import { councilArg } from './indicators.resolver.js';
import { IndicatorNode } from './indicators.type.js';
import { DataOwnerUpdates, IndicatorPrecision } from './measures.type.js';
import { MeasureReads } from './measures.service.js';
import { PerformanceService } from './performance.service.js';

@ArgsType()
class OwnerUpdateArgs extends CouncilRefArgs {
  @Field(() => String, { description: 'The last financial year looked at (its periods and those before it), e.g. 2024-25.' })
  to!: string;
  @Field(() => Int, { defaultValue: 3, description: 'How many of the latest periods due of each indicator (1 to 60).' })
  periods!: number;
  @Field(() => Int, { defaultValue: 30, description: 'Days after a period ends before its figure is due.' })
  graceDays!: number;
  @Field(() => String, { nullable: true, description: "Today's date, YYYY-MM-DD (default: today), so reports are reproducible." })
  today?: string | null;
}

@Resolver(() => IndicatorNode)
export class IndicatorMeasureResolver {
  @FieldResolver(() => IndicatorPrecision, { description: 'How its values are published (decimal places or significant figures).' })
  precision(@Root() i: IndicatorNode): IndicatorPrecision {
    return publishedPrecision(i);
  }

  @FieldResolver(() => String, { nullable: true, description: 'A value of this indicator as published, e.g. 0.41 of ASCOF 1J as 0.410.' })
  formatValue(
    @Root() i: IndicatorNode,
    @Arg('value', () => Float, { description: "A value in the indicator's unit.", nullable: true }) value: number | null,
  ): string | null {
    return formatValue(value, publishedPrecision(i));
  }

  @FieldResolver(() => IndicatorNode, {
    nullable: true,
    description: 'The indicator this one is the same measure as (Oflog ASC1-ASC5 republish ASCOF 1D, 1J, 3D(1), 3D(2) and 2D).',
  })
  async sameMeasureAs(@Root() i: IndicatorNode, @Ctx() ctx: GqlContext): Promise<IndicatorNode | null> {
    const same = sameMeasureAs(i);
    if (!same) return null;
    const found = await ctx.services.get(MeasureReads).nationalByCode(same.framework, same.code);
    return found ? IndicatorNode.from(found) : null;
  }

  @Query(() => DataOwnerUpdates, {
    description:
      "DATA_OWNER_NEVER_UPDATED: a council's data owners who entered no figure for any indicator they own in the last periods due, " +
      "and the share of assigned owners who never update. For those who may see the council's unpublished data.",
  })
  async dataOwnerUpdates(@Ctx() ctx: GqlContext, @Args(() => OwnerUpdateArgs) a: OwnerUpdateArgs): Promise<DataOwnerUpdates> {
    const councilId = await councilArg(ctx, a.councilId ?? null, a.gssCode ?? null);
    // Who has not entered data is the council's own management information, like its unpublished figures.
    if (!ctx.access.canReadUnpublished(councilId)) throw forbidden("Only the council's own officers may see whose data is not updated.");
    const council = await ctx.services.get(PerformanceService).council('councilId', councilId);
    return ctx.services.get(MeasureReads).ownerUpdates({
      councilId,
      councilName: council.name,
      to: a.to,
      periods: a.periods,
      graceDays: a.graceDays,
      today: a.today ?? new Date().toISOString().slice(0, 10),
    });
  }
}
