import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CouncilNode, ServiceNode } from '../organisation/organisation.type.js';
import { DecisionBodyNode, DecisionPowerNode, DelegationNode } from './delegation.type.js';

@ObjectType()
export class DecisionBodyPayload {
  @Field(() => DecisionBodyNode) body!: DecisionBodyNode;
}

@ObjectType()
export class DecisionPowerPayload {
  @Field(() => DecisionPowerNode) power!: DecisionPowerNode;
}

@ObjectType({ description: 'A decision body or power deleted from the scheme.' })
export class SchemeDeletePayload {
  @Field(() => ID, { description: 'Global id of the record deleted.' }) deletedId!: string;
  @Field(() => String, { description: 'What happened, in words.' }) message!: string;
}

@ObjectType()
export class DelegationPayload {
  @Field(() => DelegationNode) delegation!: DelegationNode;
}

@ObjectType({ description: 'A revoked delegation and the sub-delegations that went with it.' })
export class RevokePayload {
  @Field(() => DelegationNode) delegation!: DelegationNode;
  @Field(() => [ID], { description: 'Every delegation revoked by this change (the one asked for first).' }) revokedIds!: string[];
  @Field(() => String) message!: string;
}

@ObjectType()
export class ServiceOwnerPayload {
  @Field(() => ServiceNode) service!: ServiceNode;
}

@ObjectType()
export class CouncilMiPayload {
  @Field(() => CouncilNode) council!: CouncilNode;
}

@ObjectType({ description: 'One refused row of an imported scheme.' })
export class ImportRowError {
  @Field(() => Int, { description: 'Line of the file (the header is line 1).' }) line!: number;
  @Field(() => String, { nullable: true, description: 'The column at fault, if one.' }) column!: string | null;
  @Field(() => String) message!: string;
}

@ObjectType({ description: 'What an import did (or, on a dry run or when refused, would do).' })
export class ImportSchemePayload {
  @Field(() => Boolean, { description: 'True when stored (never on a dry run or with errors).' }) applied!: boolean;
  @Field(() => Boolean) dryRun!: boolean;
  @Field(() => Int) rows!: number;
  @Field(() => Int) created!: number;
  @Field(() => Int) updated!: number;
  @Field(() => Int) unchanged!: number;
  @Field(() => Int, { description: 'Decision powers created because the file named them first.' }) powersCreated!: number;
  @Field(() => [ImportRowError], { description: 'Every bad row; nothing is stored when there is one.' }) errors!: ImportRowError[];
}
