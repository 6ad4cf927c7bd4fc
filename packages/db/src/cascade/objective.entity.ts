import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import type { Target } from '../indicators/target.entity.js';
import type { Council } from '../organisation/council.entity.js';
import type { Person } from '../organisation/person.entity.js';
import type { Service } from '../organisation/service.entity.js';
import { BaseEntity } from '../shared/base.entity.js';
import { MilestoneStatus } from '@goldenthread/domain';
import type { Priority } from './priority.entity.js';

/** A service-plan objective of a service for a financial year, delivering one or more priorities. */
@Entity({ tableName: 'objective' })
@Index({ properties: ['council', 'period'] })
@Index({ properties: ['service'] })
export class Objective extends BaseEntity<'description' | 'owner'> {
  @ManyToOne({ entity: 'Council', ref: true, deleteRule: 'cascade' })
  council!: Ref<Council>;

  @ManyToOne({ entity: 'Service', ref: true, deleteRule: 'cascade' })
  service!: Ref<Service>;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @ManyToOne({ entity: 'Person', ref: true, nullable: true, deleteRule: 'set null' })
  owner: Ref<Person> | null = null;

  @Property({ type: 'string', length: 12 })
  period!: string;
}

/** A priority an objective delivers. */
@Entity({ tableName: 'objective_priority' })
@Unique({ properties: ['objective', 'priority'] })
@Index({ properties: ['priority'] })
export class ObjectivePriority {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: 'Objective', ref: true, deleteRule: 'cascade' })
  objective!: Ref<Objective>;

  @ManyToOne({ entity: 'Priority', ref: true, deleteRule: 'cascade' })
  priority!: Ref<Priority>;
}

/** A milestone of an objective. */
@Entity({ tableName: 'milestone' })
@Index({ properties: ['objective'] })
export class Milestone extends BaseEntity<'completedOn' | 'status'> {
  @ManyToOne({ entity: 'Objective', ref: true, deleteRule: 'cascade' })
  objective!: Ref<Objective>;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'date' })
  due!: string;

  @Property({ type: 'date', nullable: true })
  completedOn: string | null = null;

  @Enum({ items: () => MilestoneStatus })
  status: MilestoneStatus = MilestoneStatus.NOT_STARTED;
}

/** A target that measures an objective. */
@Entity({ tableName: 'objective_target' })
@Unique({ properties: ['objective', 'target'] })
@Index({ properties: ['target'] })
export class ObjectiveTarget {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: 'Objective', ref: true, deleteRule: 'cascade' })
  objective!: Ref<Objective>;

  @ManyToOne({ entity: 'Target', ref: true, deleteRule: 'cascade' })
  target!: Ref<Target>;
}

/** A target that measures a priority. */
@Entity({ tableName: 'priority_target' })
@Unique({ properties: ['priority', 'target'] })
@Index({ properties: ['target'] })
export class PriorityTarget {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: 'Priority', ref: true, deleteRule: 'cascade' })
  priority!: Ref<Priority>;

  @ManyToOne({ entity: 'Target', ref: true, deleteRule: 'cascade' })
  target!: Ref<Target>;
}
