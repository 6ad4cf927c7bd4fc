import { Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../shared/base.entity.js';
import type { Council } from './council.entity.js';
import type { Directorate } from './directorate.entity.js';
import { PersonKind } from '@goldenthread/domain';
import type { Service } from './service.entity.js';

/** An officer, councillor or partner contact of a council. */
@Entity({ tableName: 'person' })
@Unique({ properties: ['council', 'email'] })
@Index({ properties: ['service'] })
@Index({ properties: ['directorate'] })
@Index({ properties: ['lineManager'] })
@Index({ properties: ['functionalManager'] })
export class Person extends BaseEntity<
  'email' | 'jobTitle' | 'kind' | 'directorate' | 'service' | 'lineManager' | 'functionalManager' | 'leftOn'
> {
  @ManyToOne({ entity: 'Council', ref: true, deleteRule: 'cascade' })
  council!: Ref<Council>;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'string', length: 254, nullable: true })
  email: string | null = null;

  @Property({ type: 'string', length: 200, nullable: true })
  jobTitle: string | null = null;

  @Enum({ items: () => PersonKind })
  kind: PersonKind = PersonKind.OFFICER;

  /** Directorate the person works in (officers); set with or without a service. */
  @ManyToOne({ entity: 'Directorate', ref: true, nullable: true, deleteRule: 'restrict' })
  directorate: Ref<Directorate> | null = null;

  @ManyToOne({ entity: 'Service', ref: true, nullable: true, deleteRule: 'restrict' })
  service: Ref<Service> | null = null;

  @ManyToOne({ entity: 'Person', ref: true, nullable: true, deleteRule: 'restrict' })
  lineManager: Ref<Person> | null = null;

  /** Corporate (functional) manager of a performance officer: dual accountability. */
  @ManyToOne({ entity: 'Person', ref: true, nullable: true, deleteRule: 'restrict' })
  functionalManager: Ref<Person> | null = null;

  /**
   * The day the person left the council (ISO date), if they have. From that day they answer for
   * nothing, hold no power in force and cannot sign in; the record stays, because decisions, the
   * scheme of delegation's history and figures entered name them.
   */
  @Property({ type: 'date', nullable: true })
  leftOn: string | null = null;
}
