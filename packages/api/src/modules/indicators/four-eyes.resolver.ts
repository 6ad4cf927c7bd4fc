/**
 * Four eyes on data in the API: the council's setting (`Council.fourEyesOnData`, `setFourEyesOnData`) and
 * the MI-responsible manager's flag on a figure validated by the person who entered it
 * (`Measurement.validatedByEnterer`). The rule itself is the domain's (four-eyes.ts).
 */
import { Arg, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { validatedByEnterer } from '@goldenthread/domain';
import type { GqlContext } from '../../context.js';
import { CouncilNode } from '../organisation/organisation.type.js';
import { FourEyesService } from './four-eyes.service.js';
import { MeasurementNode } from './indicators.type.js';

@ObjectType({ description: "The council after setFourEyesOnData, with the rule's new setting." })
export class FourEyesPayload {
  @Field(() => CouncilNode, { description: 'The council.' }) council!: CouncilNode;
  @Field(() => Boolean, { description: 'Is four eyes on data on now?' }) fourEyesOnData!: boolean;
}

@Resolver(() => CouncilNode)
export class CouncilFourEyesResolver {
  @FieldResolver(() => Boolean, {
    description:
      'Four eyes on data: the person who entered a figure may not validate it (someone else does). On unless the council ' +
      'turned it off with setFourEyesOnData.',
  })
  fourEyesOnData(@Root() c: CouncilNode, @Ctx() ctx: GqlContext): Promise<boolean> {
    return ctx.services.get(FourEyesService).ruleOn(c.dbId);
  }

  @Mutation(() => FourEyesPayload, {
    description:
      "Turns four eyes on data on or off for the council (its administrators; audited). Off, a figure's enterer may validate it; " +
      'the MI-responsible manager still sees such figures (Measurement.validatedByEnterer).',
  })
  async setFourEyesOnData(
    @Ctx() ctx: GqlContext,
    @Arg('councilId', () => ID, { description: 'The council.' }) councilId: string,
    @Arg('on', () => Boolean, { description: 'True: a second person validates each figure; false: the enterer may.' }) on: boolean,
  ): Promise<FourEyesPayload> {
    const council = await ctx.services.get(FourEyesService).set(councilId, on);
    return { council: CouncilNode.from(council), fourEyesOnData: council.fourEyesOnData };
  }
}

@Resolver(() => MeasurementNode)
export class MeasurementFourEyesResolver {
  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      "Was the figure validated by the person who entered it (no second pair of eyes)? For the council's own people (null " +
      'for others): the MI-responsible manager checks these.',
  })
  validatedByEnterer(@Root() m: MeasurementNode, @Ctx() ctx: GqlContext): boolean | null {
    if (!ctx.access.canReadUnpublished(m.councilId)) return null;
    return validatedByEnterer(m);
  }
}
