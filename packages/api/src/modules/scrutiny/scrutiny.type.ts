import { Field, ObjectType } from 'type-graphql';
import { ObjectiveNode, PriorityNode } from '../cascade/cascade.type.js';
import { TargetNode } from '../indicators/indicators.type.js';
import { IndicatorSeries } from '../indicators/series.type.js';

@ObjectType('DrillDownObjective', {
  description: 'An objective delivering the priority (or one below it), with the targets that measure it.',
})
export class DrillDownObjective {
  @Field(() => ObjectiveNode, { description: 'The objective.' }) objective!: ObjectiveNode;
  @Field(() => [TargetNode], { description: "The objective's targets." }) targets!: TargetNode[];
}

@ObjectType('ScrutinyDrillDown', {
  description:
    'What scrutiny asks of a priority: the priorities below it, the objectives that deliver them, their targets, and each measuring ' +
    "indicator's series with RAG, direction of travel and quartile.",
})
export class ScrutinyDrillDown {
  @Field(() => PriorityNode, { description: 'The priority drilled into.' }) priority!: PriorityNode;
  @Field(() => [PriorityNode], { description: 'Priorities below it in the cascade (directorate and service level), parents first.' })
  priorities!: PriorityNode[];
  @Field(() => [DrillDownObjective], { description: 'The objectives delivering the priority or a priority below it.' })
  objectives!: DrillDownObjective[];
  @Field(() => [TargetNode], { description: 'Targets set on the priorities themselves.' }) targets!: TargetNode[];
  @Field(() => [IndicatorSeries], {
    description:
      'Every indicator the targets use, over the range: actuals, target, RAG, direction and position among all English councils.',
  })
  indicators!: IndicatorSeries[];
  @Field(() => String, { description: 'First period of the range (financial year).' }) from!: string;
  @Field(() => String, { description: 'Last period of the range (financial year).' }) to!: string;
}
