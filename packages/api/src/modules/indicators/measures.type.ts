/** GraphQL shapes of issue 18's measure facts: published precision, and data owners who never update. */
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { AccountabilityNodeRef } from '../delegation/accountability.type.js';

@ObjectType({ description: "How an indicator's values are published: a number of decimal places or of significant figures." })
export class IndicatorPrecision {
  @Field(() => String, { description: 'DECIMAL_PLACES or SIGNIFICANT_FIGURES.' }) kind!: string;
  @Field(() => Int, { description: 'How many decimal places or significant figures.' }) digits!: number;
}

/** The precision of a figure whose indicator could not be read: one decimal place, the default of most units. */
export const DEFAULT_PRECISION = { kind: 'DECIMAL_PLACES', digits: 1 } as const;

@ObjectType({ description: 'DATA_OWNER_NEVER_UPDATED: a data owner who entered no figure for what they own in the periods due.' })
export class DataOwnerFinding {
  ownerId!: number;
  indicatorIds!: number[];
  @Field(() => String, { description: 'DATA_OWNER_NEVER_UPDATED.' }) code!: string;
  @Field(() => String, { description: 'medium; high when they own three or more indicators.' }) severity!: string;
  @Field(() => String, { description: 'What is wrong, for a councillor.' }) message!: string;
  @Field(() => String, { description: 'What would fix it.' }) fix!: string;
  @Field(() => [AccountabilityNodeRef], { description: 'The owner (Person), the indicators they own and the council, by global id.' })
  nodes!: AccountabilityNodeRef[];
}

@ObjectType({ description: "A council's data owners over the last periods due: how many never update, and who." })
export class DataOwnerUpdates {
  @Field(() => Int, { description: 'Data owners with at least one owned indicator due in the window.' }) assignedOwners!: number;
  @Field(() => Int, { description: 'Of them, those who entered no figure in the window.' }) neverUpdating!: number;
  @Field(() => Float, { nullable: true, description: 'neverUpdating / assignedOwners (null: nothing was due).' }) share!: number | null;
  @Field(() => Int, { description: 'The periods due looked at, per indicator (the last N).' }) periods!: number;
  @Field(() => [DataOwnerFinding], { description: 'One finding per owner who never updates, most serious first.' })
  findings!: DataOwnerFinding[];
}
