import { Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import type { Council } from '../organisation/council.entity.js';
import type { Person } from '../organisation/person.entity.js';
import type { Service } from '../organisation/service.entity.js';
import { ToleranceKind } from '@goldenthread/domain';
import { BaseEntity } from '../shared/base.entity.js';
import type { Indicator } from './indicator.entity.js';

/**
 * A value to reach for an indicator, for a council (and optionally one service) in a period
 * (`2024-25`, `2024-25 Q1`, `2024-04`). Objectives and priorities link to targets (golden thread).
 */
@Entity({ tableName: 'target' })
@Unique({ properties: ['council', 'indicator', 'period', 'service'] })
@Index({ properties: ['indicator', 'period'] })
export class Target extends BaseEntity<'service' | 'tolerance' | 'toleranceKind' | 'setBy' | 'note'> {
  @ManyToOne({ entity: 'Council', ref: true, deleteRule: 'cascade' })
  council!: Ref<Council>;

  @ManyToOne({ entity: 'Indicator', ref: true, deleteRule: 'restrict' })
  indicator!: Ref<Indicator>;

  @Property({ type: 'string', length: 12 })
  period!: string;

  @ManyToOne({ entity: 'Service', ref: true, nullable: true, deleteRule: 'cascade' })
  service: Ref<Service> | null = null;

  @Property({ type: 'double' })
  value!: number;

  /** Overrides the indicator's tolerance for this target. */
  @Property({ type: 'double', nullable: true })
  tolerance: number | null = null;

  /** Overrides the indicator's tolerance kind (ABSOLUTE or PERCENT) for this target. */
  @Enum({ items: () => ToleranceKind, nullable: true })
  toleranceKind: ToleranceKind | null = null;

  @ManyToOne({ entity: 'Person', ref: true, nullable: true, deleteRule: 'set null' })
  setBy: Ref<Person> | null = null;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}
