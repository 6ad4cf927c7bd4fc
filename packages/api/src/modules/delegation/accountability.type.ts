/** The computed views of accountability (tree, findings, paths, answers): simple resolvers, no identity of their own. */
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DelegationScopeKind } from '@goldenthread/db';

export enum FindingSeverity {
  CRITICAL = 'CRITICAL',
  HIGH = 'HIGH',
  MEDIUM = 'MEDIUM',
  LOW = 'LOW',
  INFO = 'INFO',
}
registerEnumType(FindingSeverity, { name: 'FindingSeverity', description: 'How serious a finding is, most serious first.' });

export enum AccountabilityNodeKind {
  COUNCIL = 'COUNCIL',
  BODY = 'BODY',
  DIRECTORATE = 'DIRECTORATE',
  SERVICE = 'SERVICE',
  TEAM = 'TEAM',
  PERSON = 'PERSON',
}
registerEnumType(AccountabilityNodeKind, { name: 'AccountabilityNodeKind' });

export enum NodeDelegationRole {
  HOLDS = 'HOLDS',
  GAVE = 'GAVE',
  COVERS = 'COVERS',
}
registerEnumType(NodeDelegationRole, {
  name: 'NodeDelegationRole',
  valuesConfig: {
    HOLDS: { description: 'The person holds this delegation.' },
    GAVE: { description: 'The person or body made this delegation.' },
    COVERS: { description: 'The delegation is over exactly this council, directorate or service.' },
  },
});

@ObjectType('AccountabilityNodeRef', {
  simpleResolvers: true,
  description: 'A node named by a finding or an answer: its global id, type and name.',
})
export class AccountabilityNodeRef {
  @Field(() => ID) id!: string;
  @Field(() => String, {
    description: 'Service, Person, Delegation, DecisionPower, DecisionBody, Directorate, Council, Indicator, Objective or Target.',
  })
  type!: string;
  @Field(() => String) name!: string;
}

@ObjectType('AccountabilityFinding', {
  simpleResolvers: true,
  description: 'A problem in who decides and who answers, with the nodes involved and what would fix it.',
})
export class AccountabilityFinding {
  @Field(() => String, {
    description:
      'UNOWNED_SERVICE, DECISION_WITHOUT_ACCOUNTABILITY, ACCOUNTABILITY_WITHOUT_AUTHORITY, BLURRED_ACCOUNTABILITY, ' +
      'SUBDELEGATION_OUT_OF_SCOPE, CYCLE, DUAL_ACCOUNTABILITY, DATA_OWNER_MISSING, MI_OWNER_MISSING, MI_OWNER_AMBIGUOUS.',
  })
  code!: string;
  @Field(() => FindingSeverity) severity!: FindingSeverity;
  @Field(() => String) message!: string;
  @Field(() => String) fix!: string;
  @Field(() => [AccountabilityNodeRef]) nodes!: AccountabilityNodeRef[];
  @Field(() => AccountabilityNodeRef, {
    nullable: true,
    description:
      'The person the fix suggests, when it names one: the owner of the service above an unowned service (UNOWNED_SERVICE), ' +
      'a director for MI_OWNER_MISSING. The app prefills its fix with them.',
  })
  suggestedPerson!: AccountabilityNodeRef | null;
}

@ObjectType('NodeDelegation', { simpleResolvers: true, description: 'A delegation as seen from one node of the accountability tree.' })
export class NodeDelegation {
  @Field(() => ID) delegationId!: string;
  @Field(() => NodeDelegationRole) role!: NodeDelegationRole;
  @Field(() => String) power!: string;
  @Field(() => String, { description: 'Who gave it (HOLDS) or who holds it (GAVE, COVERS).' }) counterpart!: string;
  @Field(() => String) scope!: string;
  @Field(() => Float, { nullable: true, description: "The limit that binds (its own, its parents' and the power's); null: unlimited." })
  financialLimit!: number | null;
  @Field(() => Boolean, { description: 'Started, not ended and not revoked.' }) inForce!: boolean;
}

@ObjectType('NodeFinding', {
  simpleResolvers: true,
  description: "A finding naming a node: code, severity and its position in the tree's findings list.",
})
export class NodeFinding {
  @Field(() => Int, { description: 'Index into AccountabilityTree.findings.' }) index!: number;
  @Field(() => String) code!: string;
  @Field(() => FindingSeverity) severity!: FindingSeverity;
}

@ObjectType('AccountabilityTreeNode', {
  simpleResolvers: true,
  description: "One node of the accountability tree, flat with its parent's id (for d3.stratify).",
})
export class AccountabilityTreeNode {
  @Field(() => ID, { description: 'Global id of the council, body, directorate, service or person.' }) id!: string;
  @Field(() => ID, { nullable: true }) parentId!: string | null;
  @Field(() => AccountabilityNodeKind) kind!: AccountabilityNodeKind;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true, description: 'Job title (people), body kind (bodies), code (directorates).' }) detail!:
    | string
    | null;
  @Field(() => Int, { description: 'Council 0, then one more per level.' }) depth!: number;
  @Field(() => ID, {
    nullable: true,
    description: 'Accountable owner (services), director (directorates) or MI-responsible manager (council).',
  })
  ownerId!: string | null;
  @Field(() => String, { nullable: true }) ownerName!: string | null;
  @Field(() => ID, { nullable: true, description: 'People: their line manager (links across the tree).' }) lineManagerId!: string | null;
  @Field(() => ID, { nullable: true, description: 'People: their functional (corporate) manager.' }) functionalManagerId!: string | null;
  @Field(() => [ID], { description: 'People: the services they own, directorates they direct and the council if MI-responsible.' })
  answersFor!: string[];
  @Field(() => [NodeDelegation]) delegations!: NodeDelegation[];
  @Field(() => [NodeFinding]) findings!: NodeFinding[];
}

@ObjectType('AccountabilityTreeStats', { simpleResolvers: true })
export class AccountabilityTreeStats {
  @Field(() => Int) people!: number;
  @Field(() => Int) services!: number;
  @Field(() => Int) delegations!: number;
  @Field(() => Int) delegationsInForce!: number;
  @Field(() => Int) findings!: number;
  @Field(() => Int) critical!: number;
  @Field(() => Int) high!: number;
}

@ObjectType('AccountabilityTree', {
  simpleResolvers: true,
  description: "A council's accountability tree: bodies, directorates, services, teams and people, each with its delegations and findings.",
})
export class AccountabilityTree {
  @Field(() => ID) councilId!: string;
  @Field(() => String, { description: 'The date the delegations and findings are evaluated at.' }) asOf!: string;
  @Field(() => [AccountabilityTreeNode], { description: 'Root first, each node after its parent.' }) nodes!: AccountabilityTreeNode[];
  @Field(() => [AccountabilityFinding], {
    description: 'Every finding of the council (NodeFinding.index points here), most serious first.',
  })
  findings!: AccountabilityFinding[];
  @Field(() => AccountabilityTreeStats) stats!: AccountabilityTreeStats;
}

@ObjectType('DelegationPathStep', { simpleResolvers: true })
export class DelegationPathStep {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'DecisionBody or Person.' }) type!: string;
  @Field(() => String) name!: string;
  @Field(() => ID, { nullable: true, description: 'The delegation by which this person holds the power.' }) delegationId!: string | null;
}

@ObjectType('DelegationPath', {
  simpleResolvers: true,
  description: 'Where a power comes from: the source body, then each person it passed to.',
})
export class DelegationPathType {
  @Field(() => [DelegationPathStep]) steps!: DelegationPathStep[];
  @Field(() => String, { description: "'Cabinet → Jo Bloggs → Ann Lee'" }) text!: string;
  @Field(() => Boolean, { description: 'The chain reaches the body that owns the power with no gap, loop or mismatch.' })
  complete!: boolean;
  @Field(() => [String]) problems!: string[];
}

@ObjectType('DecisionMaker', { simpleResolvers: true })
export class DecisionMakerType {
  @Field(() => AccountabilityNodeRef) person!: AccountabilityNodeRef;
  @Field(() => AccountabilityNodeRef) delegation!: AccountabilityNodeRef;
  @Field(() => AccountabilityNodeRef, { nullable: true }) power!: AccountabilityNodeRef | null;
  @Field(() => DelegationScopeKind) scopeKind!: DelegationScopeKind;
  @Field(() => String) scope!: string;
  @Field(() => Float, { nullable: true }) financialLimit!: number | null;
  @Field(() => Boolean, { description: 'The holder is the accountable owner or above them in line management.' }) accountable!: boolean;
  @Field(() => DelegationPathType) path!: DelegationPathType;
}

@ObjectType('AccountabilityAnswer', { simpleResolvers: true, description: 'Who answers for a service, above whom, and who decides on it.' })
export class AccountabilityAnswerType {
  @Field(() => AccountabilityNodeRef) service!: AccountabilityNodeRef;
  @Field(() => AccountabilityNodeRef, { nullable: true }) directorate!: AccountabilityNodeRef | null;
  @Field(() => AccountabilityNodeRef, { nullable: true }) owner!: AccountabilityNodeRef | null;
  @Field(() => Boolean) ownerActive!: boolean;
  @Field(() => [AccountabilityNodeRef], { description: "The owner's line managers, nearest first." }) ownerChain!: AccountabilityNodeRef[];
  @Field(() => [DecisionMakerType], { description: 'Everyone holding a delegation in force over the service, shortest path first.' })
  decisionMakers!: DecisionMakerType[];
  @Field(() => [AccountabilityFinding], { description: 'Findings naming the service.' }) findings!: AccountabilityFinding[];
}

@ObjectType('OwnedService', { simpleResolvers: true })
export class OwnedService {
  @Field(() => AccountabilityNodeRef) service!: AccountabilityNodeRef;
  @Field(() => [AccountabilityNodeRef]) teams!: AccountabilityNodeRef[];
}

@ObjectType('DirectedDirectorate', { simpleResolvers: true })
export class DirectedDirectorate {
  @Field(() => AccountabilityNodeRef) directorate!: AccountabilityNodeRef;
  @Field(() => [AccountabilityNodeRef]) services!: AccountabilityNodeRef[];
}

@ObjectType('PowerHeld', { simpleResolvers: true })
export class PowerHeldType {
  @Field(() => AccountabilityNodeRef) delegation!: AccountabilityNodeRef;
  @Field(() => AccountabilityNodeRef, { nullable: true }) power!: AccountabilityNodeRef | null;
  @Field(() => AccountabilityNodeRef, { nullable: true, description: 'Who gave it: the body or person one step up the path.' })
  from!: AccountabilityNodeRef | null;
  @Field(() => DelegationScopeKind) scopeKind!: DelegationScopeKind;
  @Field(() => String) scope!: string;
  @Field(() => Float, { nullable: true }) financialLimit!: number | null;
  @Field(() => Boolean) maySubDelegate!: boolean;
  @Field(() => String, { nullable: true }) conditions!: string | null;
  @Field(() => DelegationPathType) path!: DelegationPathType;
}

@ObjectType('PersonAnswer', { simpleResolvers: true, description: 'What a person answers for, and the powers they hold and from whom.' })
export class PersonAnswerType {
  @Field(() => AccountabilityNodeRef) person!: AccountabilityNodeRef;
  @Field(() => Boolean, { description: 'False from the day the person left the council (or when they are not on record).' })
  active!: boolean;
  @Field(() => String, { nullable: true, description: 'ISO date the person left (or will leave) the council.' }) leftOn!: string | null;
  @Field(() => [OwnedService]) servicesOwned!: OwnedService[];
  @Field(() => [DirectedDirectorate]) directoratesDirected!: DirectedDirectorate[];
  @Field(() => [PowerHeldType]) powersHeld!: PowerHeldType[];
  @Field(() => [AccountabilityNodeRef]) indicatorsDataOwned!: AccountabilityNodeRef[];
  @Field(() => Boolean, { description: 'Named as the senior manager responsible for management information.' }) miResponsible!: boolean;
  @Field(() => [AccountabilityFinding], { description: 'Findings naming the person.' }) findings!: AccountabilityFinding[];
}
