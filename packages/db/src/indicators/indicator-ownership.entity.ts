import { Entity, ManyToOne, Unique, type Ref } from '@mikro-orm/core';
import type { Council } from '../organisation/council.entity.js';
import type { Person } from '../organisation/person.entity.js';
import { BaseEntity } from '../shared/base.entity.js';
import type { Indicator } from './indicator.entity.js';

/**
 * Who answers for an indicator in a council: the data owner (accuracy: enters and validates the
 * measurements) and the responsible manager (answers for the performance).
 */
@Entity({ tableName: 'indicator_ownership' })
@Unique({ properties: ['council', 'indicator'] })
export class IndicatorOwnership extends BaseEntity<'dataOwner' | 'responsibleManager'> {
  @ManyToOne({ entity: 'Council', ref: true, deleteRule: 'cascade' })
  council!: Ref<Council>;

  @ManyToOne({ entity: 'Indicator', ref: true, deleteRule: 'cascade' })
  indicator!: Ref<Indicator>;

  @ManyToOne({ entity: 'Person', ref: true, nullable: true, deleteRule: 'set null' })
  dataOwner: Ref<Person> | null = null;

  @ManyToOne({ entity: 'Person', ref: true, nullable: true, deleteRule: 'set null' })
  responsibleManager: Ref<Person> | null = null;
}
