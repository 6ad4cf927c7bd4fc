/** The API's shapes for a figure's next steps: what the viewer may do with it, and the bulk steps' input and answer. */
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MeasurementNode } from './indicators.type.js';

@ObjectType('MeasurementViewerCan', {
  description:
    'What the viewer may do with the figure now (validateMeasurement(s), publishMeasurement(s), recordMeasurement with its version), ' +
    'answered by the rule those mutations check.',
})
export class MeasurementViewerCan {
  @Field(() => Boolean, {
    description:
      "Validate it: a draft, by the indicator's data owner or the MI-responsible manager, and not by the person who entered it " +
      'while the council asks for four eyes on data (Council.fourEyesOnData).',
  })
  validate!: boolean;
  @Field(() => Boolean, {
    description: 'Publish it: a validated figure, by the MI-responsible manager or someone they delegated publication to.',
  })
  publish!: boolean;
  @Field(() => Boolean, {
    description: "Change it (a correction when it is validated or published): the indicator's data owner or the MI-responsible manager.",
  })
  change!: boolean;
}

@InputType({ description: 'A figure to take a step, with the version the caller read.' })
export class MeasurementStepInput {
  @Field(() => ID, { description: "The measurement's global id." }) id!: string;
  @Field(() => Int, { description: 'The version the caller read; a stale one is refused with CONFLICT.' }) version!: number;
}

@ObjectType({ description: 'The figures a bulk step moved, in the order sent.' })
export class MeasurementsPayload {
  @Field(() => [MeasurementNode], { description: 'The figures as stored after the step.' }) measurements!: MeasurementNode[];
}
