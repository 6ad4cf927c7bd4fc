import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { DecisionBodyKind, DelegationScopeKind } from '@goldenthread/db';

@InputType({ description: 'What a delegation covers.' })
export class DelegationScopeInput {
  @Field(() => DelegationScopeKind, { description: 'COUNCIL, DIRECTORATE or SERVICE.' }) kind!: DelegationScopeKind;
  @Field(() => ID, { nullable: true, description: 'The directorate or service (global id); leave out for COUNCIL.' }) id?: string | null;
}

@InputType({ description: "A new decision body of a council's constitution." })
export class CreateDecisionBodyInput {
  @Field(() => ID, { description: 'The council.' }) councilId!: string;
  @Field(() => String, { description: "Its name, e.g. 'Cabinet' or 'Adult Social Care Scrutiny Committee'." }) name!: string;
  @Field(() => DecisionBodyKind, { description: 'FULL_COUNCIL, EXECUTIVE or COMMITTEE.' }) kind!: DecisionBodyKind;
}

@InputType({ description: 'A new decision power held by a body of the council.' })
export class CreateDecisionPowerInput {
  @Field(() => ID, { description: 'The council.' }) councilId!: string;
  @Field(() => String, { description: 'e.g. "Approve adult care packages".' }) name!: string;
  @Field(() => String, { description: 'A short code for the kind of decision, e.g. CARE_PACKAGE.' }) kind!: string;
  @Field(() => String, { description: 'What the power allows, as the constitution words it (optional).', nullable: true }) description?:
    | string
    | null;
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
  @Field(() => ID, { description: 'The power to delegate (DecisionPower global id).' }) powerId!: string;
  @Field(() => ID, { description: "The body delegating: the power's source body." }) fromBodyId!: string;
  @Field(() => ID, { description: 'The person who will hold it (a person of the same council).' }) toPersonId!: string;
  @Field(() => DelegationScopeInput, { description: 'What it covers: the council, a directorate or a service.' })
  scope!: DelegationScopeInput;
  @Field(() => Float, { nullable: true, description: "In pounds, at most the power's limit; leave out to inherit it." }) financialLimit?:
    | number
    | null;
  @Field(() => String, { description: "Conditions on its use, e.g. 'after consulting the finance lead' (optional).", nullable: true })
  conditions?: string | null;
  @Field(() => Boolean, { description: 'True when the holder may pass it on (never wider than this delegation).', defaultValue: false })
  maySubDelegate!: boolean;
  @Field(() => String, { nullable: true, description: 'ISO date; today when left out.' }) effectiveFrom?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date; open-ended when left out.' }) effectiveTo?: string | null;
}

@InputType({ description: "Pass on a delegation you hold: made by the parent's holder, never wider than the parent." })
export class SubDelegateInput {
  @Field(() => ID, { description: 'The delegation you hold and pass on.' }) parentId!: string;
  @Field(() => ID, { description: 'The person who will hold it.' }) toPersonId!: string;
  @Field(() => DelegationScopeInput, { description: "What it covers (within the parent's scope)." }) scope!: DelegationScopeInput;
  @Field(() => Float, { nullable: true, description: "In pounds, at most the parent's limit; leave out to inherit it." }) financialLimit?:
    | number
    | null;
  @Field(() => String, { description: 'Conditions on its use (optional).', nullable: true }) conditions?: string | null;
  @Field(() => Boolean, { description: 'True when the new holder may pass it on again.', defaultValue: false }) maySubDelegate!: boolean;
  @Field(() => String, { description: 'The first day in force (YYYY-MM-DD); today when left out.', nullable: true }) effectiveFrom?:
    | string
    | null;
  @Field(() => String, { description: 'The last day in force (YYYY-MM-DD); no end when left out.', nullable: true }) effectiveTo?:
    | string
    | null;
  @Field(() => Int, { nullable: true, description: "The parent's version you read; a stale one gets CONFLICT." }) parentVersion?:
    | number
    | null;
}

@InputType({ description: 'Revoke a delegation from today; its sub-delegations go with it.' })
export class RevokeDelegationInput {
  @Field(() => ID, { description: "The delegation's global id." }) id!: string;
  @Field(() => Int, { description: 'The version you read; a stale one gets CONFLICT.' }) version!: number;
  @Field(() => String, { nullable: true, description: 'ISO date; today when left out.' }) revokedOn?: string | null;
  @Field(() => String, { description: 'Why (kept in the record of changes; optional).', nullable: true }) reason?: string | null;
}

@InputType({ description: 'Set who answers for a service.' })
export class SetAccountableOwnerInput {
  @Field(() => ID, { description: 'The service.' }) serviceId!: string;
  @Field(() => Int, { description: 'The version the caller read; a stale one is refused with CONFLICT.' }) version!: number;
  @Field(() => ID, { nullable: true, description: 'A person of the same council; null leaves the service without an owner.' }) personId?:
    | string
    | null;
}

@InputType({ description: 'Set the one senior manager responsible for accurate and timely management information.' })
export class SetMiResponsibleInput {
  @Field(() => ID, { description: 'The council.' }) councilId!: string;
  @Field(() => Int, { description: 'The version the caller read; a stale one is refused with CONFLICT.' }) version!: number;
  @Field(() => ID, { description: 'The senior manager of this council ultimately responsible for management information.' })
  personId!: string;
}

@InputType({ description: "A scheme of delegation as CSV, to create or update the council's bodies, powers and delegations." })
export class ImportSchemeInput {
  @Field(() => ID, { description: 'The council.' }) councilId!: string;
  @Field(() => String, { description: 'The CSV text (see README "Scheme of delegation CSV"), at most 1 MB.' }) csv!: string;
  @Field(() => Boolean, { defaultValue: false, description: 'Check everything and report, but store nothing.' }) dryRun!: boolean;
}
