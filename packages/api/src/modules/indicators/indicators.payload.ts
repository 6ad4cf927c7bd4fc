/** The payloads of the indicator mutations. */
import { Field, ID, ObjectType } from 'type-graphql';
import { ComparatorGroupNode, IndicatorNode, IndicatorOwnershipNode, MeasurementNode, TargetNode } from './indicators.type.js';

@ObjectType({ description: 'The result of an indicator mutation.' })
export class IndicatorPayload {
  @Field(() => IndicatorNode, { description: 'The indicator as stored after the mutation.' }) indicator!: IndicatorNode;
}
@ObjectType({ description: 'The result of a measurement mutation.' })
export class MeasurementPayload {
  @Field(() => MeasurementNode, { description: 'The measurement as stored after the mutation.' }) measurement!: MeasurementNode;
}
@ObjectType({ description: 'The result of setTarget.' })
export class TargetPayload {
  @Field(() => TargetNode, { description: 'The target as stored after the mutation.' }) target!: TargetNode;
}
@ObjectType({ description: 'The result of setOwnership.' })
export class OwnershipPayload {
  @Field(() => IndicatorOwnershipNode, { description: 'The ownership as stored after the mutation.' }) ownership!: IndicatorOwnershipNode;
}
@ObjectType({ description: 'The result of a comparator group mutation.' })
export class ComparatorGroupPayload {
  @Field(() => ComparatorGroupNode, { description: 'The group as stored after the mutation.' }) group!: ComparatorGroupNode;
}
@ObjectType({ description: 'The result of a delete mutation.' })
export class DeletedPayload {
  @Field(() => ID, { description: 'The global id of the record deleted.' }) deletedId!: string;
}
