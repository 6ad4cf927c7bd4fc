import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../shared/base.entity.js';
import type { Council } from './council.entity.js';
import type { Directorate } from './directorate.entity.js';
import { ServiceKind } from '@goldenthread/domain';
import type { Person } from './person.entity.js';

/** A service of a directorate; services nest (service -> team). */
@Entity({ tableName: 'service' })
@Index({ properties: ['council'] })
@Index({ properties: ['directorate'] })
@Index({ properties: ['parent'] })
export class Service extends BaseEntity<'parent' | 'kind' | 'accountableOwner'> {
  @ManyToOne({ entity: 'Council', ref: true, deleteRule: 'cascade' })
  council!: Ref<Council>;

  @ManyToOne({ entity: 'Directorate', ref: true, deleteRule: 'restrict' })
  directorate!: Ref<Directorate>;

  @ManyToOne({ entity: 'Service', ref: true, nullable: true, deleteRule: 'restrict' })
  parent: Ref<Service> | null = null;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Enum({ items: () => ServiceKind })
  kind: ServiceKind = ServiceKind.SERVICE;

  /** Exactly one accountable owner field: the person who answers for this service's performance. */
  @ManyToOne({ entity: 'Person', ref: true, nullable: true, deleteRule: 'set null' })
  accountableOwner: Ref<Person> | null = null;
}
