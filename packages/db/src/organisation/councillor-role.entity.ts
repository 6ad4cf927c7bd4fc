import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../shared/base.entity.js';
import type { Council } from './council.entity.js';
import { CouncillorRoleKind } from './enums.js';
import type { Person } from './person.entity.js';

/**
 * A councillor's role: leader, cabinet member, portfolio holder (portfolio), scrutiny chair or member
 * (committee), complaints panel, Best Value review panel, ward councillor (ward).
 */
@Entity({ tableName: 'councillor_role' })
@Index({ properties: ['council', 'role'] })
@Index({ properties: ['person'] })
export class CouncillorRole extends BaseEntity<'portfolio' | 'committee' | 'ward'> {
  @ManyToOne({ entity: 'Council', ref: true, deleteRule: 'cascade' })
  council!: Ref<Council>;

  @ManyToOne({ entity: 'Person', ref: true, deleteRule: 'cascade' })
  person!: Ref<Person>;

  @Enum({ items: () => CouncillorRoleKind })
  role!: CouncillorRoleKind;

  @Property({ type: 'string', length: 200, nullable: true })
  portfolio: string | null = null;

  @Property({ type: 'string', length: 200, nullable: true })
  committee: string | null = null;

  @Property({ type: 'string', length: 200, nullable: true })
  ward: string | null = null;
}
