/** A figure's next steps: what the viewer may do with it (viewerCan) and the bulk steps (validateMeasurements, publishMeasurements). */
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { MeasurementStatus, type MeasurementStep } from '@goldenthread/domain';
import type { GqlContext } from '../../context.js';
import { MeasurementNode } from './indicators.type.js';
import { MeasurementStepInput, MeasurementsPayload, MeasurementViewerCan } from './measurement-steps.type.js';
import { MeasurementStepsService, stepWriteTarget } from './measurement-steps.service.js';
import { FourEyesService } from './four-eyes.service.js';

@Resolver(() => MeasurementNode)
export class MeasurementStepsResolver {
  @FieldResolver(() => MeasurementViewerCan, { description: 'What the viewer may do with the figure.' })
  async viewerCan(@Root() m: MeasurementNode, @Ctx() ctx: GqlContext): Promise<MeasurementViewerCan> {
    const may = (to: MeasurementStep) => ctx.access.mayWrite(stepWriteTarget(m, to));
    const enter = ctx.access.mayWrite({ kind: 'measurement', councilId: m.councilId, indicatorId: m.indicatorId, action: 'enter' });
    const validate = m.status === MeasurementStatus.DRAFT && (await may(MeasurementStatus.VALIDATED));
    return {
      validate: validate && (await ctx.services.get(FourEyesService).refusal(m.councilId, m)) === null,
      publish: m.status === MeasurementStatus.VALIDATED && (await may(MeasurementStatus.PUBLISHED)),
      change: await enter,
    };
  }

  @Mutation(() => MeasurementsPayload, {
    description:
      'DRAFT -> VALIDATED for many figures, all or nothing: one refused figure (not a draft, a stale version, not yours to validate, ' +
      'entered by you while the council asks for four eyes on data) ' +
      'refuses them all, every refusal listed in extensions.refused (id, code, message; a stale one also currentVersion, the version ' +
      'stored now).',
  })
  async validateMeasurements(
    @Ctx() ctx: GqlContext,
    @Arg('measurements', () => [MeasurementStepInput], {
      description: 'The figures to step, each with the version the caller read; all or none are moved.',
    })
    measurements: MeasurementStepInput[],
  ): Promise<MeasurementsPayload> {
    const done = await ctx.services.get(MeasurementStepsService).advanceMany(measurements, MeasurementStatus.VALIDATED);
    return { measurements: done.map(MeasurementNode.from) };
  }

  @Mutation(() => MeasurementsPayload, {
    description:
      'VALIDATED -> PUBLISHED for many figures (they become public), all or nothing, by the MI-responsible manager or their ' +
      'delegate: one refused figure refuses them all, every refusal listed in extensions.refused (id, code, message; a stale one ' +
      'also currentVersion, the version stored now).',
  })
  async publishMeasurements(
    @Ctx() ctx: GqlContext,
    @Arg('measurements', () => [MeasurementStepInput], {
      description: 'The figures to step, each with the version the caller read; all or none are moved.',
    })
    measurements: MeasurementStepInput[],
  ): Promise<MeasurementsPayload> {
    const done = await ctx.services.get(MeasurementStepsService).advanceMany(measurements, MeasurementStatus.PUBLISHED);
    return { measurements: done.map(MeasurementNode.from) };
  }
}
