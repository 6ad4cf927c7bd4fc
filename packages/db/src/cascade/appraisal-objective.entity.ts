import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import type { Council } from '../organisation/council.entity.js';
import type { Person } from '../organisation/person.entity.js';
import { BaseEntity } from '../shared/base.entity.js';
import { AppraisalRating } from '@goldenthread/domain';
import type { Objective } from './objective.entity.js';
import type { Priority } from './priority.entity.js';

/** A member of staff's appraisal objective for a year, aimed at a service objective or a priority. */
@Entity({ tableName: 'appraisal_objective' })
@Index({ properties: ['council', 'period'] })
@Index({ properties: ['person'] })
export class AppraisalObjective extends BaseEntity<'objective' | 'priority' | 'agreedOn' | 'reviewedOn' | 'rating'> {
  @ManyToOne({ entity: 'Council', ref: true, deleteRule: 'cascade' })
  council!: Ref<Council>;

  @ManyToOne({ entity: 'Person', ref: true, deleteRule: 'cascade' })
  person!: Ref<Person>;

  @Property({ type: 'string', length: 300 })
  name!: string;

  @ManyToOne({ entity: 'Objective', ref: true, nullable: true, deleteRule: 'set null' })
  objective: Ref<Objective> | null = null;

  @ManyToOne({ entity: 'Priority', ref: true, nullable: true, deleteRule: 'set null' })
  priority: Ref<Priority> | null = null;

  @Property({ type: 'string', length: 12 })
  period!: string;

  @Property({ type: 'date', nullable: true })
  agreedOn: string | null = null;

  @Property({ type: 'date', nullable: true })
  reviewedOn: string | null = null;

  @Enum({ items: () => AppraisalRating, nullable: true })
  rating: AppraisalRating | null = null;
}
