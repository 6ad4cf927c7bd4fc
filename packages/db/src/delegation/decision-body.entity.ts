import { Entity, Enum, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import type { Council } from '../organisation/council.entity.js';
import { BaseEntity } from '../shared/base.entity.js';
import { DecisionBodyKind } from '@goldenthread/domain';

/** A body of a council that holds decision powers: the full council, the executive (cabinet) or a committee. */
@Entity({ tableName: 'decision_body' })
@Unique({ properties: ['council', 'name'] })
export class DecisionBody extends BaseEntity {
  @ManyToOne({ entity: 'Council', ref: true, deleteRule: 'cascade' })
  council!: Ref<Council>;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Enum({ items: () => DecisionBodyKind })
  kind!: DecisionBodyKind;
}
