import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  DecisionBody as DecisionBodyEntity,
  DecisionBodyKind,
  DecisionPower as DecisionPowerEntity,
  Delegation as DelegationEntity,
  DelegationEvent as DelegationEventEntity,
  DelegationEventKind,
  DelegationScopeKind,
} from '@goldenthread/db';
import { idOf } from '../../loaders.js';
import { Connection } from '../../relay/connection.js';
import { toGlobalId } from '../../relay/global-id.js';
import { Node, type Keyed } from '../../relay/node.js';

registerEnumType(DecisionBodyKind, {
  name: 'DecisionBodyKind',
  description: 'Full council, the executive (cabinet) or a committee.',
  valuesConfig: {
    COMMITTEE: { description: 'A committee (scrutiny, regulatory or other) of the council.' },
    EXECUTIVE: { description: 'The executive: the leader and cabinet.' },
    FULL_COUNCIL: { description: 'All councillors meeting as the council.' },
  },
});
registerEnumType(DelegationScopeKind, {
  name: 'DelegationScopeKind',
  description: 'What a delegation covers: the whole council, a directorate, or a service with its teams.',
  valuesConfig: {
    COUNCIL: { description: 'The whole council.' },
    DIRECTORATE: { description: 'One directorate and its services.' },
    SERVICE: { description: 'One service and its teams.' },
  },
});
registerEnumType(DelegationEventKind, {
  name: 'DelegationEventKind',
  description: 'What a change to the scheme of delegation did.',
  valuesConfig: {
    BODY_CREATED: { description: 'A decision body was added.' },
    BODY_DELETED: { description: 'A decision body was deleted (before: its name and kind).' },
    DELEGATED: { description: 'A power was delegated from its body to a person.' },
    MI_MANAGER_SET: { description: 'The manager responsible for management information was set.' },
    OWNER_SET: { description: "A service's accountable owner was set." },
    POWER_CREATED: { description: 'A decision power was added.' },
    POWER_DELETED: { description: 'A decision power was deleted (before: its name, kind and financial limit).' },
    REVOKED: { description: 'A delegation (and its sub-delegations) was revoked.' },
    SUB_DELEGATED: { description: 'A holder passed a delegation on.' },
    UPDATED: { description: "A delegation's conditions or dates changed." },
  },
});

/** The global-id type of each node type the domain's findings and paths name. */
export const GLOBAL_TYPE: Record<string, string> = {
  Service: 'Service',
  Person: 'Person',
  Delegation: 'Delegation',
  Power: 'DecisionPower',
  Body: 'DecisionBody',
  Directorate: 'Directorate',
  Council: 'Council',
  Indicator: 'Indicator',
  Objective: 'Objective',
  Target: 'Target',
};

// ------------------------------------------------------------------------------------------ records

@ObjectType('DecisionBody', { implements: Node, description: 'A body of a council that holds decision powers.' })
export class DecisionBodyNode implements Node, Keyed {
  @Field(() => ID, { description: 'Global id of the body.' }) id!: string;
  dbId!: number;
  councilId!: number;
  @Field(() => String, { description: 'Its name as in the constitution.' }) name!: string;
  @Field(() => DecisionBodyKind, { description: 'FULL_COUNCIL, EXECUTIVE or COMMITTEE.' }) kind!: DecisionBodyKind;
  @Field(() => Int, { description: 'Optimistic-lock version.' }) version!: number;

  static from(b: DecisionBodyEntity): DecisionBodyNode {
    return Object.assign(new DecisionBodyNode(), {
      id: toGlobalId('DecisionBody', b.id),
      dbId: b.id,
      councilId: idOf(b.council)!,
      name: b.name,
      kind: b.kind,
      version: b.version,
    });
  }
}

@ObjectType('DecisionPower', {
  implements: Node,
  description: 'A kind of decision a body may take, with its financial limit; delegations pass it to people.',
})
export class DecisionPowerNode implements Node, Keyed {
  @Field(() => ID, { description: 'Global id of the power.' }) id!: string;
  dbId!: number;
  councilId!: number;
  sourceBodyId!: number;
  @Field(() => String, { description: "Its name, e.g. 'Approve care packages'." }) name!: string;
  @Field(() => String, { description: 'What kind of decision, e.g. CARE_PACKAGE, COMMISSIONING, BUDGET.' }) kind!: string;
  @Field(() => String, { description: 'What the power allows, as the constitution words it; null when not given.', nullable: true })
  description!: string | null;
  @Field(() => Float, { nullable: true, description: 'In pounds; null: no financial limit.' }) financialLimit!: number | null;
  @Field(() => Int, { description: 'Optimistic-lock version.' }) version!: number;

  static from(p: DecisionPowerEntity): DecisionPowerNode {
    return Object.assign(new DecisionPowerNode(), {
      id: toGlobalId('DecisionPower', p.id),
      dbId: p.id,
      councilId: idOf(p.council)!,
      sourceBodyId: idOf(p.sourceBody)!,
      name: p.name,
      kind: p.kind,
      description: p.description,
      financialLimit: p.financialLimit,
      version: p.version,
    });
  }
}

@ObjectType('Delegation', {
  implements: Node,
  description: 'A decision power delegated to a person over a scope, from a body or from the holder of its parent delegation.',
})
export class DelegationNode implements Node, Keyed {
  @Field(() => ID, { description: 'Global id of the delegation.' }) id!: string;
  dbId!: number;
  councilId!: number;
  powerId!: number;
  fromBodyId!: number | null;
  fromPersonId!: number | null;
  toPersonId!: number;
  parentDbId!: number | null;
  revokedById!: number | null;
  scopeDbId!: number | null;

  @Field(() => DelegationScopeKind, { description: 'COUNCIL, DIRECTORATE or SERVICE.' }) scopeKind!: DelegationScopeKind;
  @Field(() => ID, { description: 'Global id of the council, directorate or service the delegation covers.' }) scopeId!: string;
  @Field(() => Float, { nullable: true, description: "Its own limit in pounds; null: the power's and parent's limits apply." })
  financialLimit!: number | null;
  @Field(() => String, { description: 'Conditions on its use, as recorded; null when none.', nullable: true }) conditions!: string | null;
  @Field(() => Boolean, { description: 'True when the holder may pass it on.' }) maySubDelegate!: boolean;
  @Field(() => String, { description: 'ISO date.' }) effectiveFrom!: string;
  @Field(() => String, { description: 'The last day it is in force (YYYY-MM-DD); null for no end date.', nullable: true }) effectiveTo!:
    | string
    | null;
  @Field(() => String, { description: 'The day it was revoked (YYYY-MM-DD); null while not revoked.', nullable: true }) revokedOn!:
    | string
    | null;
  @Field(() => String, { nullable: true, description: "Row reference in the council's scheme spreadsheet (CSV import/export)." }) ref!:
    | string
    | null;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back with revokeDelegation.' }) version!: number;

  static from(d: DelegationEntity): DelegationNode {
    const councilId = idOf(d.council)!;
    const scopeDbId =
      d.scopeKind === DelegationScopeKind.COUNCIL
        ? councilId
        : d.scopeKind === DelegationScopeKind.DIRECTORATE
          ? idOf(d.scopeDirectorate)
          : idOf(d.scopeService);
    const scopeType =
      d.scopeKind === DelegationScopeKind.COUNCIL ? 'Council' : d.scopeKind === DelegationScopeKind.DIRECTORATE ? 'Directorate' : 'Service';
    return Object.assign(new DelegationNode(), {
      id: toGlobalId('Delegation', d.id),
      dbId: d.id,
      councilId,
      powerId: idOf(d.power)!,
      fromBodyId: idOf(d.fromBody),
      fromPersonId: idOf(d.fromPerson),
      toPersonId: idOf(d.toPerson)!,
      parentDbId: idOf(d.parent),
      revokedById: idOf(d.revokedBy),
      scopeDbId,
      scopeKind: d.scopeKind,
      scopeId: toGlobalId(scopeType, scopeDbId ?? 0),
      financialLimit: d.financialLimit,
      conditions: d.conditions,
      maySubDelegate: d.maySubDelegate,
      effectiveFrom: String(d.effectiveFrom),
      effectiveTo: d.effectiveTo === null ? null : String(d.effectiveTo),
      revokedOn: d.revokedOn === null ? null : String(d.revokedOn),
      ref: d.ref,
      version: d.version,
    });
  }
}

@ObjectType('DelegationEvent', {
  implements: Node,
  description: 'One change to the scheme of delegation: who, when, what, before and after.',
})
export class DelegationEventNode implements Node, Keyed {
  @Field(() => ID, { description: 'Global id of the event.' }) id!: string;
  dbId!: number;
  councilId!: number;
  @Field(() => DelegationEventKind, { description: 'What changed.' }) kind!: DelegationEventKind;
  @Field(() => String, { description: 'ISO timestamp.' }) at!: string;
  @Field(() => ID, { nullable: true, description: 'The person who made the change (null for the system).' }) actorId!: string | null;
  @Field(() => String, { description: "Who made the change, as recorded then (with how, e.g. '(import)', when not by hand)." })
  actorLabel!: string;
  @Field(() => ID, { description: 'Global id of what the event is about.' }) subjectId!: string;
  @Field(() => ID, { description: 'The delegation changed; null for changes to bodies, powers or owners.', nullable: true }) delegationId!:
    | string
    | null;
  @Field(() => String, { nullable: true, description: 'The state before, as JSON.' }) before!: string | null;
  @Field(() => String, { nullable: true, description: 'The state after, as JSON.' }) after!: string | null;
  @Field(() => String, { description: 'A note on the change, e.g. the reason for a revocation; null when none.', nullable: true }) note!:
    | string
    | null;

  static from(e: DelegationEventEntity): DelegationEventNode {
    const actor = idOf(e.actor);
    const delegation = idOf(e.delegation);
    return Object.assign(new DelegationEventNode(), {
      id: toGlobalId('DelegationEvent', e.id),
      dbId: e.id,
      councilId: idOf(e.council)!,
      kind: e.kind,
      at: new Date(e.at).toISOString(),
      actorId: actor === null ? null : toGlobalId('Person', actor),
      actorLabel: e.actorLabel,
      subjectId: toGlobalId(e.subjectType, e.subjectId),
      delegationId: delegation === null ? null : toGlobalId('Delegation', delegation),
      before: e.before === null ? null : JSON.stringify(e.before),
      after: e.after === null ? null : JSON.stringify(e.after),
      note: e.note,
    });
  }
}

export const DelegationConnection = Connection(DelegationNode, 'Delegation');
export const DelegationEventConnection = Connection(DelegationEventNode, 'DelegationEvent');

// The computed views (tree, findings, paths, answers), so that they are imported from here as before.
export * from './accountability.type.js';
