import { Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { StaffRoleKind } from '@goldenthread/domain';
import type { Council } from '../organisation/council.entity.js';
import type { Person } from '../organisation/person.entity.js';
import { BaseEntity } from '../shared/base.entity.js';

/**
 * A staff member's designation beyond their post: complaints officer, scrutiny officer, risk manager.
 * It decides who may read individual complaints and keep the work programmes and risk registers.
 */
@Entity({ tableName: 'staff_role' })
@Unique({ properties: ['council', 'person', 'kind'] })
@Index({ properties: ['person'] })
export class StaffRole extends BaseEntity<'endsOn'> {
  @ManyToOne({ entity: 'Council', ref: true, deleteRule: 'cascade' })
  council!: Ref<Council>;

  @ManyToOne({ entity: 'Person', ref: true, deleteRule: 'cascade' })
  person!: Ref<Person>;

  @Enum({ items: () => StaffRoleKind })
  kind!: StaffRoleKind;

  @Property({ type: 'date' })
  startsOn!: string;

  @Property({ type: 'date', nullable: true })
  endsOn: string | null = null;
}
