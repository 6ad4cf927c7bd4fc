import { Entity, Enum, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import type { Council } from '../organisation/council.entity.js';
import { BaseEntity } from '../shared/base.entity.js';
import { PriorityLevel } from '@goldenthread/domain';

/**
 * A council's limit on active priorities at one level (corporate: council-wide; directorate: per
 * directorate; service: per service). No row: no limit.
 */
@Entity({ tableName: 'priority_limit' })
@Unique({ properties: ['council', 'level'] })
export class PriorityLimit extends BaseEntity {
  @ManyToOne({ entity: 'Council', ref: true, deleteRule: 'cascade' })
  council!: Ref<Council>;

  @Enum({ items: () => PriorityLevel })
  level!: PriorityLevel;

  @Property({ type: 'integer', fieldName: 'max_active' })
  limit!: number;
}
