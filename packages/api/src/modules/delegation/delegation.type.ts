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

registerEnumType(DecisionBodyKind, { name: 'DecisionBodyKind', description: 'Full council, the executive (cabinet) or a committee.' });
registerEnumType(DelegationScopeKind, {
  name: 'DelegationScopeKind',
  description: 'What a delegation covers: the whole council, a directorate, or a service with its teams.',
});
registerEnumType(DelegationEventKind, { name: 'DelegationEventKind' });

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
  @Field(() => ID) id!: string;
  dbId!: number;
  councilId!: number;
  @Field(() => String) name!: string;
  @Field(() => DecisionBodyKind) kind!: DecisionBodyKind;
  @Field(() => Int) version!: number;

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
  @Field(() => ID) id!: string;
  dbId!: number;
  councilId!: number;
  sourceBodyId!: number;
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'What kind of decision, e.g. CARE_PACKAGE, COMMISSIONING, BUDGET.' }) kind!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => Float, { nullable: true, description: 'In pounds; null: no financial limit.' }) financialLimit!: number | null;
  @Field(() => Int) version!: number;

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
  @Field(() => ID) id!: string;
  dbId!: number;
  councilId!: number;
  powerId!: number;
  fromBodyId!: number | null;
  fromPersonId!: number | null;
  toPersonId!: number;
  parentDbId!: number | null;
  revokedById!: number | null;
  scopeDbId!: number | null;

  @Field(() => DelegationScopeKind) scopeKind!: DelegationScopeKind;
  @Field(() => ID, { description: 'Global id of the council, directorate or service the delegation covers.' }) scopeId!: string;
  @Field(() => Float, { nullable: true, description: "Its own limit in pounds; null: the power's and parent's limits apply." })
  financialLimit!: number | null;
  @Field(() => String, { nullable: true }) conditions!: string | null;
  @Field(() => Boolean) maySubDelegate!: boolean;
  @Field(() => String, { description: 'ISO date.' }) effectiveFrom!: string;
  @Field(() => String, { nullable: true }) effectiveTo!: string | null;
  @Field(() => String, { nullable: true }) revokedOn!: string | null;
  @Field(() => String, { nullable: true, description: "Row reference in the council's scheme spreadsheet (CSV import/export)." }) ref!:
    | string
    | null;
  @Field(() => Int) version!: number;

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
  @Field(() => ID) id!: string;
  dbId!: number;
  councilId!: number;
  @Field(() => DelegationEventKind) kind!: DelegationEventKind;
  @Field(() => String, { description: 'ISO timestamp.' }) at!: string;
  @Field(() => ID, { nullable: true, description: 'The person who made the change (null for the system).' }) actorId!: string | null;
  @Field(() => String) actorLabel!: string;
  @Field(() => ID, { description: 'Global id of what the event is about.' }) subjectId!: string;
  @Field(() => ID, { nullable: true }) delegationId!: string | null;
  @Field(() => String, { nullable: true, description: 'The state before, as JSON.' }) before!: string | null;
  @Field(() => String, { nullable: true, description: 'The state after, as JSON.' }) after!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;

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
