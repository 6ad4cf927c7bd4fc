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
registerEnumType(FindingSeverity, {
  name: 'FindingSeverity',
  description: 'How serious a finding is, most serious first.',
  valuesConfig: {
    CRITICAL: { description: 'Decisions cannot lawfully be made or no one answers (e.g. a power with no holder).' },
    HIGH: { description: 'A serious gap to fix soon.' },
    INFO: { description: 'For information only.' },
    LOW: { description: 'A minor gap.' },
    MEDIUM: { description: 'A gap to fix.' },
  },
});

export enum AccountabilityNodeKind {
  COUNCIL = 'COUNCIL',
  BODY = 'BODY',
  DIRECTORATE = 'DIRECTORATE',
  SERVICE = 'SERVICE',
  TEAM = 'TEAM',
  PERSON = 'PERSON',
}
registerEnumType(AccountabilityNodeKind, {
  name: 'AccountabilityNodeKind',
  description: 'What a node of the accountability tree is.',
  valuesConfig: {
    BODY: { description: 'A decision body (full council, executive, committee).' },
    COUNCIL: { description: 'The council (the root).' },
    DIRECTORATE: { description: 'A directorate.' },
    PERSON: { description: 'A person.' },
    SERVICE: { description: 'A service.' },
    TEAM: { description: 'A team inside a service.' },
  },
});

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
  description: 'How a node of the tree relates to a delegation.',
});

@ObjectType('AccountabilityNodeRef', {
  simpleResolvers: true,
  description: 'A node named by a finding or an answer: its global id, type and name.',
})
export class AccountabilityNodeRef {
  @Field(() => ID, {
    nullable: true,
    description:
      "The record's global id (node(id:) fetches it as the viewer may see it); null for a person whose name the viewer may not see.",
  })
  id!: string | null;
  @Field(() => String, {
    description: 'Service, Person, Delegation, DecisionPower, DecisionBody, Directorate, Council, Indicator, Objective or Target.',
  })
  type!: string;
  @Field(() => String, { description: "The record's name (a person's name only where the viewer may see the person; else their post)." })
  name!: string;
  /** The person it names (a Person, or a Delegation's holder), for the visibility rule; not a field. */
  person?: { id: number; councilId: number; kind: never };
  /** Its name with the person's post instead of their name. */
  publicName?: string;
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
  @Field(() => FindingSeverity, { description: 'How serious it is.' }) severity!: FindingSeverity;
  @Field(() => String, { description: 'The problem in words, naming the records involved.' }) message!: string;
  @Field(() => String, { description: 'What would fix it, in words.' }) fix!: string;
  @Field(() => [AccountabilityNodeRef], { description: 'The records involved (global id, kind and name).' })
  nodes!: AccountabilityNodeRef[];
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
  @Field(() => ID, { description: "The delegation's global id." }) delegationId!: string;
  @Field(() => NodeDelegationRole, { description: 'How the node relates to the delegation.' }) role!: NodeDelegationRole;
  @Field(() => String, { description: "The power's name." }) power!: string;
  @Field(() => String, { description: 'Who gave it (HOLDS) or who holds it (GAVE, COVERS).' }) counterpart!: string;
  @Field(() => String, { description: 'What it covers, in words.' }) scope!: string;
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
  @Field(() => String, { description: "The finding's code, e.g. 'UNOWNED_SERVICE'." }) code!: string;
  @Field(() => FindingSeverity, { description: 'How serious it is.' }) severity!: FindingSeverity;
}

@ObjectType('AccountabilityTreeNode', {
  simpleResolvers: true,
  description: "One node of the accountability tree, flat with its parent's id (for d3.stratify).",
})
export class AccountabilityTreeNode {
  @Field(() => ID, { description: 'Global id of the council, body, directorate, service or person.' }) id!: string;
  @Field(() => ID, { description: 'The global id of the parent node; null for the root.', nullable: true }) parentId!: string | null;
  @Field(() => AccountabilityNodeKind, { description: 'What the node is.' }) kind!: AccountabilityNodeKind;
  @Field(() => String, { description: "The node's name." }) name!: string;
  @Field(() => String, { nullable: true, description: 'Job title (people), body kind (bodies), code (directorates).' }) detail!:
    | string
    | null;
  @Field(() => Int, { description: 'Council 0, then one more per level.' }) depth!: number;
  @Field(() => ID, {
    nullable: true,
    description: 'Accountable owner (services), director (directorates) or MI-responsible manager (council).',
  })
  ownerId!: string | null;
  @Field(() => String, { description: 'Who answers for it (director or accountable owner); null when none.', nullable: true }) ownerName!:
    | string
    | null;
  @Field(() => ID, { nullable: true, description: 'People: their line manager (links across the tree).' }) lineManagerId!: string | null;
  @Field(() => ID, { nullable: true, description: 'People: their functional (corporate) manager.' }) functionalManagerId!: string | null;
  @Field(() => [ID], { description: 'People: the services they own, directorates they direct and the council if MI-responsible.' })
  answersFor!: string[];
  @Field(() => [NodeDelegation], { description: 'The delegations this node holds, gave or is the scope of.' })
  delegations!: NodeDelegation[];
  @Field(() => [NodeFinding], { description: 'The findings naming this node.' }) findings!: NodeFinding[];
}

@ObjectType('AccountabilityTreeStats', { description: "Counts over a council's accountability tree.", simpleResolvers: true })
export class AccountabilityTreeStats {
  @Field(() => Int, { description: 'People in the tree.' }) people!: number;
  @Field(() => Int, { description: 'Services and teams in the tree.' }) services!: number;
  @Field(() => Int, { description: "Delegations recorded, including revoked and future ones (for the council's own people)." })
  delegations!: number;
  @Field(() => Int, { description: 'Delegations in force today.' }) delegationsInForce!: number;
  @Field(() => Int, { description: 'Findings of any severity.' }) findings!: number;
  @Field(() => Int, { description: 'Findings of CRITICAL severity.' }) critical!: number;
  @Field(() => Int, { description: 'Findings of HIGH severity.' }) high!: number;
}

@ObjectType('AccountabilityTree', {
  simpleResolvers: true,
  description: "A council's accountability tree: bodies, directorates, services, teams and people, each with its delegations and findings.",
})
export class AccountabilityTree {
  @Field(() => ID, { description: "The council's global id." }) councilId!: string;
  @Field(() => String, { description: 'The date the delegations and findings are evaluated at.' }) asOf!: string;
  @Field(() => [AccountabilityTreeNode], { description: 'Root first, each node after its parent.' }) nodes!: AccountabilityTreeNode[];
  @Field(() => [AccountabilityFinding], {
    description: 'Every finding of the council (NodeFinding.index points here), most serious first.',
  })
  findings!: AccountabilityFinding[];
  @Field(() => AccountabilityTreeStats, { description: 'Counts over the whole tree.' }) stats!: AccountabilityTreeStats;
}

@ObjectType('DelegationPathStep', { description: 'One step of a delegation path: the source body or a holder.', simpleResolvers: true })
export class DelegationPathStep {
  @Field(() => ID, {
    nullable: true,
    description: "The step's global id (a DecisionBody or a Person); null for a person whose name the viewer may not see.",
  })
  id!: string | null;
  @Field(() => String, { description: 'DecisionBody or Person.' }) type!: string;
  @Field(() => String, { description: "Its name (a person's post where their name is not visible)." }) name!: string;
  @Field(() => ID, { nullable: true, description: 'The delegation by which this person holds the power.' }) delegationId!: string | null;
  /** The person of a Person step and their post, for the visibility rule; not fields. */
  person?: { id: number; councilId: number; kind: never };
  post?: string;
}

@ObjectType('DelegationPath', {
  simpleResolvers: true,
  description: 'Where a power comes from: the source body, then each person it passed to.',
})
export class DelegationPathType {
  /** The council, for the visibility rule (not a field). */
  councilId!: number;
  @Field(() => [DelegationPathStep], { description: 'The source body, then each holder in order.' }) steps!: DelegationPathStep[];
  @Field(() => String, { description: "'Cabinet → Jo Bloggs → Ann Lee' (posts for the people whose names the viewer may not see)" })
  text!: string;
  @Field(() => Boolean, { description: 'The chain reaches the body that owns the power with no gap, loop or mismatch.' })
  complete!: boolean;
  @Field(() => [String], {
    description:
      "What is wrong with the path, in words (e.g. a holder who has left); empty when sound. The council's own people only: empty " +
      'for others.',
  })
  problems!: string[];
}

@ObjectType('DecisionMaker', {
  description: 'A person who may decide on a service today, under one delegation in force.',
  simpleResolvers: true,
})
export class DecisionMakerType {
  @Field(() => AccountabilityNodeRef, { description: 'Who may decide (their post, and their name where the viewer may see the person).' })
  person!: AccountabilityNodeRef;
  @Field(() => AccountabilityNodeRef, { description: 'The delegation they decide under.' }) delegation!: AccountabilityNodeRef;
  @Field(() => AccountabilityNodeRef, { description: 'The power delegated; null when it is not visible.', nullable: true })
  power!: AccountabilityNodeRef | null;
  @Field(() => DelegationScopeKind, { description: 'COUNCIL, DIRECTORATE or SERVICE.' }) scopeKind!: DelegationScopeKind;
  @Field(() => String, { description: "What the delegation covers, in words, e.g. 'Adults and Health directorate'." }) scope!: string;
  @Field(() => Float, { description: 'The most they may commit in one decision, in pounds; null for no limit.', nullable: true })
  financialLimit!: number | null;
  @Field(() => Boolean, { description: 'The holder is the accountable owner or above them in line management.' }) accountable!: boolean;
  @Field(() => DelegationPathType, { description: 'Where the power comes from: the source body, then each holder it passed through.' })
  path!: DelegationPathType;
}

@ObjectType('AccountabilityAnswer', { simpleResolvers: true, description: 'Who answers for a service, above whom, and who decides on it.' })
export class AccountabilityAnswerType {
  /** The council, for the visibility rule (not a field). */
  councilId!: number;
  @Field(() => AccountabilityNodeRef, { description: 'The service asked about.' }) service!: AccountabilityNodeRef;
  @Field(() => AccountabilityNodeRef, { description: 'The directorate the service is in; null when it has none.', nullable: true })
  directorate!: AccountabilityNodeRef | null;
  @Field(() => AccountabilityNodeRef, {
    description: 'The person who answers for the service (its accountable owner); null when none is set.',
    nullable: true,
  })
  owner!: AccountabilityNodeRef | null;
  @Field(() => Boolean, {
    description: 'False when the owner has left the council by the date asked (the service then has no one answering for it).',
  })
  ownerActive!: boolean;
  @Field(() => [AccountabilityNodeRef], {
    description: "The owner's line managers, nearest first. Line management is the council's own: empty for others.",
  })
  ownerChain!: AccountabilityNodeRef[];
  @Field(() => [DecisionMakerType], { description: 'Everyone holding a delegation in force over the service, shortest path first.' })
  decisionMakers!: DecisionMakerType[];
  @Field(() => [AccountabilityFinding], {
    description: "Findings naming the service. For the council's own signed-in people: empty for others (the public, partners).",
  })
  findings!: AccountabilityFinding[];
}

@ObjectType('OwnedService', { description: 'A service a person answers for, with its teams.', simpleResolvers: true })
export class OwnedService {
  @Field(() => AccountabilityNodeRef, { description: 'The service.' }) service!: AccountabilityNodeRef;
  @Field(() => [AccountabilityNodeRef], { description: 'Its teams.' }) teams!: AccountabilityNodeRef[];
}

@ObjectType('DirectedDirectorate', { description: 'A directorate a person directs, with its services.', simpleResolvers: true })
export class DirectedDirectorate {
  @Field(() => AccountabilityNodeRef, { description: 'The directorate.' }) directorate!: AccountabilityNodeRef;
  @Field(() => [AccountabilityNodeRef], { description: 'Its services.' }) services!: AccountabilityNodeRef[];
}

@ObjectType('PowerHeld', { description: 'A power a person holds under a delegation in force.', simpleResolvers: true })
export class PowerHeldType {
  @Field(() => AccountabilityNodeRef, { description: 'The delegation.' }) delegation!: AccountabilityNodeRef;
  @Field(() => AccountabilityNodeRef, { description: 'The power; null when it is not visible.', nullable: true })
  power!: AccountabilityNodeRef | null;
  @Field(() => AccountabilityNodeRef, { nullable: true, description: 'Who gave it: the body or person one step up the path.' })
  from!: AccountabilityNodeRef | null;
  @Field(() => DelegationScopeKind, { description: 'COUNCIL, DIRECTORATE or SERVICE.' }) scopeKind!: DelegationScopeKind;
  @Field(() => String, { description: 'What it covers, in words.' }) scope!: string;
  @Field(() => Float, { description: 'The most they may commit in one decision, in pounds; null for no limit.', nullable: true })
  financialLimit!: number | null;
  @Field(() => Boolean, { description: 'True when they may pass it on.' }) maySubDelegate!: boolean;
  @Field(() => String, { description: 'Conditions on its use; null when none.', nullable: true }) conditions!: string | null;
  @Field(() => DelegationPathType, { description: 'Where the power comes from.' }) path!: DelegationPathType;
}

@ObjectType('PersonAnswer', { simpleResolvers: true, description: 'What a person answers for, and the powers they hold and from whom.' })
export class PersonAnswerType {
  @Field(() => AccountabilityNodeRef, { description: 'The person asked about.' }) person!: AccountabilityNodeRef;
  @Field(() => Boolean, { description: 'False from the day the person left the council (or when they are not on record).' })
  active!: boolean;
  @Field(() => String, { nullable: true, description: 'ISO date the person left (or will leave) the council.' }) leftOn!: string | null;
  @Field(() => [OwnedService], { description: 'The services they answer for.' }) servicesOwned!: OwnedService[];
  @Field(() => [DirectedDirectorate], { description: 'The directorates they direct.' }) directoratesDirected!: DirectedDirectorate[];
  @Field(() => [PowerHeldType], { description: 'The powers delegated to them and in force.' }) powersHeld!: PowerHeldType[];
  @Field(() => [AccountabilityNodeRef], { description: 'The indicators whose figures they own (accuracy and timeliness).' })
  indicatorsDataOwned!: AccountabilityNodeRef[];
  @Field(() => Boolean, { description: 'Named as the senior manager responsible for management information.' }) miResponsible!: boolean;
  @Field(() => [AccountabilityFinding], { description: 'Findings naming the person.' }) findings!: AccountabilityFinding[];
}
