import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import type { Indicator } from '../indicators/indicator.entity.js';
import type { Council } from '../organisation/council.entity.js';
import type { Directorate } from '../organisation/directorate.entity.js';
import type { Person } from '../organisation/person.entity.js';
import type { Service } from '../organisation/service.entity.js';
import { BaseEntity } from '../shared/base.entity.js';
import { PriorityLevel, PriorityOrigin, PriorityStatus } from '@goldenthread/domain';

/**
 * A priority of a council for a financial year, at corporate, directorate or service level, under a
 * parent one level up. An explicit non-priority ("we will not prioritise X, because ...") is a
 * Priority with `isNonPriority` and its reason: it never counts as active.
 */
@Entity({ tableName: 'priority' })
@Index({ properties: ['council', 'period'] })
@Index({ properties: ['parent'] })
export class Priority extends BaseEntity<
  | 'description'
  | 'parent'
  | 'owner'
  | 'origin'
  | 'nationalAgenda'
  | 'nationalIndicator'
  | 'status'
  | 'agreedOn'
  | 'communicatedOn'
  | 'isNonPriority'
  | 'nonPriorityReason'
  | 'budget'
  | 'fte'
  | 'capacity'
  | 'directorate'
  | 'service'
> {
  @ManyToOne({ entity: 'Council', ref: true, deleteRule: 'cascade' })
  council!: Ref<Council>;

  @Enum({ items: () => PriorityLevel })
  level!: PriorityLevel;

  @ManyToOne({ entity: 'Priority', ref: true, nullable: true, deleteRule: 'restrict' })
  parent: Ref<Priority> | null = null;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @ManyToOne({ entity: 'Person', ref: true, nullable: true, deleteRule: 'set null' })
  owner: Ref<Person> | null = null;

  @Enum({ items: () => PriorityOrigin })
  origin: PriorityOrigin = PriorityOrigin.LOCAL;

  /**
   * For a national priority: the national agenda it translates, e.g. "ASCOF 2A: long-term support needs met by admission
   * to care homes".
   */
  @Property({ type: 'text', nullable: true })
  nationalAgenda: string | null = null;

  /** Optional: the national (or local) indicator of that agenda. */
  @ManyToOne({ entity: 'Indicator', ref: true, nullable: true, deleteRule: 'set null' })
  nationalIndicator: Ref<Indicator> | null = null;

  /** Financial year, e.g. 2024-25. */
  @Property({ type: 'string', length: 12 })
  period!: string;

  @Enum({ items: () => PriorityStatus })
  status: PriorityStatus = PriorityStatus.DRAFT;

  @Property({ type: 'date', nullable: true })
  agreedOn: string | null = null;

  @Property({ type: 'date', nullable: true })
  communicatedOn: string | null = null;

  @Property({ type: 'boolean' })
  isNonPriority: boolean = false;

  @Property({ type: 'text', nullable: true })
  nonPriorityReason: string | null = null;

  /** Budget committed to the priority, in pounds. */
  @Property({ type: 'double', nullable: true })
  budget: number | null = null;

  /** Staff time committed, in full-time equivalents. */
  @Property({ type: 'double', nullable: true })
  fte: number | null = null;

  /** Capacity in words: who and what delivers it. */
  @Property({ type: 'text', nullable: true })
  capacity: string | null = null;

  /** For directorate priorities (and service priorities: their service's directorate). */
  @ManyToOne({ entity: 'Directorate', ref: true, nullable: true, deleteRule: 'set null' })
  directorate: Ref<Directorate> | null = null;

  /** For service priorities. */
  @ManyToOne({ entity: 'Service', ref: true, nullable: true, deleteRule: 'set null' })
  service: Ref<Service> | null = null;
}
