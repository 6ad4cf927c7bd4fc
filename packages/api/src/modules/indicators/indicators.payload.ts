/** The payloads of the indicator mutations. */
import { Field, ID, ObjectType } from 'type-graphql';
import { ComparatorGroupNode, IndicatorNode, IndicatorOwnershipNode, MeasurementNode, TargetNode } from './indicators.type.js';

@ObjectType()
export class IndicatorPayload {
  @Field(() => IndicatorNode) indicator!: IndicatorNode;
}
@ObjectType()
export class MeasurementPayload {
  @Field(() => MeasurementNode) measurement!: MeasurementNode;
}
@ObjectType()
export class TargetPayload {
  @Field(() => TargetNode) target!: TargetNode;
}
@ObjectType()
export class OwnershipPayload {
  @Field(() => IndicatorOwnershipNode) ownership!: IndicatorOwnershipNode;
}
@ObjectType()
export class ComparatorGroupPayload {
  @Field(() => ComparatorGroupNode) group!: ComparatorGroupNode;
}
@ObjectType()
export class DeletedPayload {
  @Field(() => ID) deletedId!: string;
}
