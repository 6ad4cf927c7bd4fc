import { Entity, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import type { Council } from '../organisation/council.entity.js';
import { BaseEntity } from '../shared/base.entity.js';
import type { DecisionBody } from './decision-body.entity.js';

/**
 * A kind of decision a body may take (e.g. "Approve adult care packages"), with its source body and
 * financial limit (null: no limit). Delegations pass it down to people.
 */
@Entity({ tableName: 'decision_power' })
@Unique({ properties: ['council', 'name'] })
@Index({ properties: ['sourceBody'] })
export class DecisionPower extends BaseEntity<'financialLimit' | 'description'> {
  @ManyToOne({ entity: 'Council', ref: true, deleteRule: 'cascade' })
  council!: Ref<Council>;

  @Property({ type: 'string', length: 200 })
  name!: string;

  /** What kind of decision, a short code such as CARE_PACKAGE, COMMISSIONING, BUDGET, STAFFING. */
  @Property({ type: 'string', length: 60 })
  kind!: string;

  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @ManyToOne({ entity: 'DecisionBody', ref: true, deleteRule: 'restrict' })
  sourceBody!: Ref<DecisionBody>;

  /** In pounds; null: no financial limit. */
  @Property({ type: 'double', nullable: true })
  financialLimit: number | null = null;
}
