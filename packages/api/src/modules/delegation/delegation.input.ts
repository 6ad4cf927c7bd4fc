import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { DecisionBodyKind, DelegationScopeKind } from '@goldenthread/db';

@InputType({ description: 'What a delegation covers.' })
export class DelegationScopeInput {
  @Field(() => DelegationScopeKind) kind!: DelegationScopeKind;
  @Field(() => ID, { nullable: true, description: 'The directorate or service (global id); leave out for COUNCIL.' }) id?: string | null;
}

@InputType()
export class CreateDecisionBodyInput {
  @Field(() => ID) councilId!: string;
  @Field(() => String) name!: string;
  @Field(() => DecisionBodyKind) kind!: DecisionBodyKind;
}

@InputType()
export class CreateDecisionPowerInput {
  @Field(() => ID) councilId!: string;
  @Field(() => String, { description: 'e.g. "Approve adult care packages".' }) name!: string;
  @Field(() => String, { description: 'A short code for the kind of decision, e.g. CARE_PACKAGE.' }) kind!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => ID, { description: 'The body the power belongs to.' }) sourceBodyId!: string;
  @Field(() => Float, { nullable: true, description: 'In pounds; leave out for no limit.' }) financialLimit?: number | null;
}

@InputType({ description: 'A change to a decision body: what is left out stays as it is.' })
export class UpdateDecisionBodyInput {
  @Field(() => ID, { description: 'The decision body (global id).' }) id!: string;
  @Field(() => Int, { description: 'The version you read; a stale one gets CONFLICT with the stored version.' }) version!: number;
  @Field(() => String, { nullable: true, description: 'A new name, unique in the council; left out: unchanged.' }) name?: string | null;
  @Field(() => DecisionBodyKind, { nullable: true, description: 'A new kind; left out: unchanged.' }) kind?: DecisionBodyKind | null;
}

@InputType({ description: 'A change to a decision power: what is left out stays as it is.' })
export class UpdateDecisionPowerInput {
  @Field(() => ID, { description: 'The decision power (global id).' }) id!: string;
  @Field(() => Int, { description: 'The version you read; a stale one gets CONFLICT with the stored version.' }) version!: number;
  @Field(() => String, { nullable: true, description: 'A new name, unique in the council; left out: unchanged.' }) name?: string | null;
  @Field(() => String, { nullable: true, description: 'A new short code for the kind of decision; left out: unchanged.' }) kind?:
    | string
    | null;
  @Field(() => String, { nullable: true, description: 'A new description; empty clears it; left out: unchanged.' }) description?:
    | string
    | null;
  @Field(() => ID, {
    nullable: true,
    description: 'Move the power to another body of the council (refused while delegations its body made are live); left out: unchanged.',
  })
  sourceBodyId?: string | null;
  @Field(() => Float, {
    nullable: true,
    description: "In pounds, not below a live delegation's own limit; null: no limit; left out: unchanged.",
  })
  financialLimit?: number | null;
}

@InputType({ description: 'Delegate a power from its source body to a person.' })
export class DelegateInput {
  @Field(() => ID) powerId!: string;
  @Field(() => ID, { description: "The body delegating: the power's source body." }) fromBodyId!: string;
  @Field(() => ID) toPersonId!: string;
  @Field(() => DelegationScopeInput) scope!: DelegationScopeInput;
  @Field(() => Float, { nullable: true, description: "In pounds, at most the power's limit; leave out to inherit it." }) financialLimit?:
    | number
    | null;
  @Field(() => String, { nullable: true }) conditions?: string | null;
  @Field(() => Boolean, { defaultValue: false }) maySubDelegate!: boolean;
  @Field(() => String, { nullable: true, description: 'ISO date; today when left out.' }) effectiveFrom?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date; open-ended when left out.' }) effectiveTo?: string | null;
}

@InputType({ description: "Pass on a delegation you hold: made by the parent's holder, never wider than the parent." })
export class SubDelegateInput {
  @Field(() => ID) parentId!: string;
  @Field(() => ID) toPersonId!: string;
  @Field(() => DelegationScopeInput) scope!: DelegationScopeInput;
  @Field(() => Float, { nullable: true, description: "In pounds, at most the parent's limit; leave out to inherit it." }) financialLimit?:
    | number
    | null;
  @Field(() => String, { nullable: true }) conditions?: string | null;
  @Field(() => Boolean, { defaultValue: false }) maySubDelegate!: boolean;
  @Field(() => String, { nullable: true }) effectiveFrom?: string | null;
  @Field(() => String, { nullable: true }) effectiveTo?: string | null;
  @Field(() => Int, { nullable: true, description: "The parent's version you read; a stale one gets CONFLICT." }) parentVersion?:
    | number
    | null;
}

@InputType()
export class RevokeDelegationInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'The version you read; a stale one gets CONFLICT.' }) version!: number;
  @Field(() => String, { nullable: true, description: 'ISO date; today when left out.' }) revokedOn?: string | null;
  @Field(() => String, { nullable: true }) reason?: string | null;
}

@InputType()
export class SetAccountableOwnerInput {
  @Field(() => ID) serviceId!: string;
  @Field(() => Int) version!: number;
  @Field(() => ID, { nullable: true, description: 'A person of the same council; null leaves the service without an owner.' }) personId?:
    | string
    | null;
}

@InputType()
export class SetMiResponsibleInput {
  @Field(() => ID) councilId!: string;
  @Field(() => Int) version!: number;
  @Field(() => ID, { description: 'The senior manager of this council ultimately responsible for management information.' })
  personId!: string;
}

@InputType()
export class ImportSchemeInput {
  @Field(() => ID) councilId!: string;
  @Field(() => String, { description: 'The CSV text (see README "Scheme of delegation CSV"), at most 1 MB.' }) csv!: string;
  @Field(() => Boolean, { defaultValue: false, description: 'Check everything and report, but store nothing.' }) dryRun!: boolean;
}
