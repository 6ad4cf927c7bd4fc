import { Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import type { Council } from '../organisation/council.entity.js';
import type { Directorate } from '../organisation/directorate.entity.js';
import type { Person } from '../organisation/person.entity.js';
import type { Service } from '../organisation/service.entity.js';
import { BaseEntity } from '../shared/base.entity.js';
import type { DecisionBody } from './decision-body.entity.js';
import type { DecisionPower } from './decision-power.entity.js';
import { DelegationScopeKind } from '@goldenthread/domain';

/**
 * A decision power delegated to a person, from a body (a root of the scheme) or from the holder of
 * the parent delegation (a sub-delegation), over a scope: the whole council, a directorate or a
 * service (with its teams). Deleting the directorate or service of its scope deletes it (and its
 * sub-delegations): it no longer covers anything. Revoking sets revokedOn/revokedBy on it and on every sub-delegation below.
 */
@Entity({ tableName: 'delegation' })
@Unique({ properties: ['council', 'ref'] })
@Index({ properties: ['council'] })
@Index({ properties: ['toPerson'] })
@Index({ properties: ['parent'] })
@Index({ properties: ['power'] })
export class Delegation extends BaseEntity<
  | 'fromBody'
  | 'fromPerson'
  | 'scopeDirectorate'
  | 'scopeService'
  | 'financialLimit'
  | 'conditions'
  | 'maySubDelegate'
  | 'parent'
  | 'effectiveTo'
  | 'revokedOn'
  | 'revokedBy'
  | 'ref'
> {
  @ManyToOne({ entity: 'Council', ref: true, deleteRule: 'cascade' })
  council!: Ref<Council>;

  @ManyToOne({ entity: 'DecisionPower', ref: true, deleteRule: 'restrict' })
  power!: Ref<DecisionPower>;

  /** Set on a delegation straight from a body (a root of the scheme). */
  @ManyToOne({ entity: 'DecisionBody', ref: true, nullable: true, deleteRule: 'restrict' })
  fromBody: Ref<DecisionBody> | null = null;

  /** Set on a sub-delegation: the holder of the parent delegation. */
  @ManyToOne({ entity: 'Person', ref: true, nullable: true, deleteRule: 'restrict' })
  fromPerson: Ref<Person> | null = null;

  @ManyToOne({ entity: 'Person', ref: true, deleteRule: 'restrict' })
  toPerson!: Ref<Person>;

  @Enum({ items: () => DelegationScopeKind })
  scopeKind!: DelegationScopeKind;

  /** The directorate of a DIRECTORATE scope. */
  @ManyToOne({ entity: 'Directorate', ref: true, nullable: true, deleteRule: 'cascade' })
  scopeDirectorate: Ref<Directorate> | null = null;

  /** The service of a SERVICE scope. */
  @ManyToOne({ entity: 'Service', ref: true, nullable: true, deleteRule: 'cascade' })
  scopeService: Ref<Service> | null = null;

  /** In pounds; null: the power's and the parent's limits apply (no narrower). */
  @Property({ type: 'double', nullable: true })
  financialLimit: number | null = null;

  @Property({ type: 'text', nullable: true })
  conditions: string | null = null;

  @Property({ type: 'boolean' })
  maySubDelegate: boolean = false;

  @ManyToOne({ entity: 'Delegation', ref: true, nullable: true, deleteRule: 'cascade' })
  parent: Ref<Delegation> | null = null;

  /** ISO date. */
  @Property({ type: 'date' })
  effectiveFrom!: string;

  @Property({ type: 'date', nullable: true })
  effectiveTo: string | null = null;

  @Property({ type: 'date', nullable: true })
  revokedOn: string | null = null;

  @ManyToOne({ entity: 'Person', ref: true, nullable: true, deleteRule: 'set null' })
  revokedBy: Ref<Person> | null = null;

  /** The row reference of the council's scheme spreadsheet (CSV import/export): stable across re-imports. */
  @Property({ type: 'string', length: 60, nullable: true })
  ref: string | null = null;
}
