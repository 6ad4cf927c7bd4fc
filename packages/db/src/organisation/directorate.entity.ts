import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../shared/base.entity.js';
import type { Council } from './council.entity.js';
import type { Person } from './person.entity.js';

@Entity({ tableName: 'directorate' })
@Index({ properties: ['council', 'name'] })
export class Directorate extends BaseEntity<'code' | 'director'> {
  @ManyToOne({ entity: 'Council', ref: true, deleteRule: 'cascade' })
  council!: Ref<Council>;

  @Property({ type: 'string', length: 200 })
  name!: string;

  /** Short code used in spreadsheets, e.g. ASC. */
  @Property({ type: 'string', length: 20, nullable: true })
  code: string | null = null;

  @ManyToOne({ entity: 'Person', ref: true, nullable: true, deleteRule: 'set null' })
  director: Ref<Person> | null = null;
}
