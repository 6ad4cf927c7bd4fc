import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import type { DecisionBody } from '../delegation/decision-body.entity.js';
import type { Portfolio } from '../governance/portfolio.entity.js';
import { BaseEntity } from '../shared/base.entity.js';
import type { Council } from './council.entity.js';
import { CouncillorRoleKind } from '@goldenthread/domain';
import type { Person } from './person.entity.js';

/**
 * A councillor's role, from a day to a day: leader, cabinet member, portfolio holder (of a
 * portfolio), scrutiny chair or member (of a committee: a decision body), complaints panel, Best
 * Value review panel (of the panel's body, where it is one), ward councillor (of a ward).
 */
@Entity({ tableName: 'councillor_role' })
@Index({ properties: ['council', 'role'] })
@Index({ properties: ['person'] })
@Index({ properties: ['portfolio'] })
@Index({ properties: ['committee'] })
export class CouncillorRole extends BaseEntity<'portfolio' | 'committee' | 'ward' | 'startsOn' | 'endsOn'> {
  @ManyToOne({ entity: 'Council', ref: true, deleteRule: 'cascade' })
  council!: Ref<Council>;

  @ManyToOne({ entity: 'Person', ref: true, deleteRule: 'cascade' })
  person!: Ref<Person>;

  @Enum({ items: () => CouncillorRoleKind })
  role!: CouncillorRoleKind;

  @ManyToOne({ entity: 'Portfolio', ref: true, nullable: true, deleteRule: 'restrict' })
  portfolio: Ref<Portfolio> | null = null;

  @ManyToOne({ entity: 'DecisionBody', ref: true, nullable: true, deleteRule: 'restrict' })
  committee: Ref<DecisionBody> | null = null;

  @Property({ type: 'string', length: 200, nullable: true })
  ward: string | null = null;

  /** The first day of the role (ISO date); unknown for roles recorded before dates were kept. */
  @Property({ type: 'date', nullable: true })
  startsOn: string | null = null;

  /** The last day of the role; none while it lasts. */
  @Property({ type: 'date', nullable: true })
  endsOn: string | null = null;
}
