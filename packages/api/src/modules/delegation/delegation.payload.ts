import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CouncilNode, ServiceNode } from '../organisation/organisation.type.js';
import { DecisionBodyNode, DecisionPowerNode, DelegationNode } from './delegation.type.js';

@ObjectType({ description: 'The result of createDecisionBody.' })
export class DecisionBodyPayload {
  @Field(() => DecisionBodyNode, { description: 'The body as stored.' }) body!: DecisionBodyNode;
}

@ObjectType({ description: 'The result of createDecisionPower.' })
export class DecisionPowerPayload {
  @Field(() => DecisionPowerNode, { description: 'The power as stored.' }) power!: DecisionPowerNode;
}

@ObjectType({ description: 'A decision body or power deleted from the scheme.' })
export class SchemeDeletePayload {
  @Field(() => ID, { description: 'Global id of the record deleted.' }) deletedId!: string;
  @Field(() => String, { description: 'What happened, in words.' }) message!: string;
}

@ObjectType({ description: 'The result of a delegation mutation.' })
export class DelegationPayload {
  @Field(() => DelegationNode, { description: 'The delegation as stored.' }) delegation!: DelegationNode;
}

@ObjectType({ description: 'A revoked delegation and the sub-delegations that went with it.' })
export class RevokePayload {
  @Field(() => DelegationNode, { description: 'The revoked delegation.' }) delegation!: DelegationNode;
  @Field(() => [ID], { description: 'Every delegation revoked by this change (the one asked for first).' }) revokedIds!: string[];
  @Field(() => String, { description: 'What was revoked, in words (with how many sub-delegations).' }) message!: string;
}

@ObjectType({ description: 'The result of setAccountableOwner.' })
export class ServiceOwnerPayload {
  @Field(() => ServiceNode, { description: 'The service as stored.' }) service!: ServiceNode;
}

@ObjectType({ description: 'The result of setMiResponsible.' })
export class CouncilMiPayload {
  @Field(() => CouncilNode, { description: 'The council as stored after the mutation.' }) council!: CouncilNode;
}

@ObjectType({ description: 'One refused row of an imported scheme.' })
export class ImportRowError {
  @Field(() => Int, { description: 'Line of the file (the header is line 1).' }) line!: number;
  @Field(() => String, { nullable: true, description: 'The column at fault, if one.' }) column!: string | null;
  @Field(() => String, { description: 'Why the row was refused, naming the column.' }) message!: string;
}

@ObjectType({ description: 'What an import did (or, on a dry run or when refused, would do).' })
export class ImportSchemePayload {
  @Field(() => Boolean, { description: 'True when stored (never on a dry run or with errors).' }) applied!: boolean;
  @Field(() => Boolean, { description: 'True when nothing was written.' }) dryRun!: boolean;
  @Field(() => Int, { description: 'Rows read.' }) rows!: number;
  @Field(() => Int, { description: 'Rows that add a delegation.' }) created!: number;
  @Field(() => Int, { description: 'Rows that change a stored delegation.' }) updated!: number;
  @Field(() => Int, { description: 'Rows equal to what is stored.' }) unchanged!: number;
  @Field(() => Int, { description: 'Decision powers created because the file named them first.' }) powersCreated!: number;
  @Field(() => [ImportRowError], { description: 'Every bad row; nothing is stored when there is one.' }) errors!: ImportRowError[];
}
