import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import type { Priority } from '../cascade/priority.entity.js';
import type { Council } from '../organisation/council.entity.js';
import type { Directorate } from '../organisation/directorate.entity.js';
import type { Service } from '../organisation/service.entity.js';
import { BaseEntity } from '../shared/base.entity.js';

/**
 * A cabinet member's area of responsibility: the directorates, services and priorities it covers, so
 * a portfolio holder's view and report can be filtered to it. Its holders are councillor roles
 * (PORTFOLIO_HOLDER) that name it.
 */
@Entity({ tableName: 'portfolio' })
@Unique({ properties: ['council', 'name'] })
export class Portfolio extends BaseEntity<'description'> {
  @ManyToOne({ entity: 'Council', ref: true, deleteRule: 'cascade' })
  council!: Ref<Council>;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'text', nullable: true })
  description: string | null = null;
}

/** A directorate a portfolio covers. */
@Entity({ tableName: 'portfolio_directorate' })
@Unique({ properties: ['portfolio', 'directorate'] })
@Index({ properties: ['directorate'] })
export class PortfolioDirectorate {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: 'Portfolio', ref: true, deleteRule: 'cascade' })
  portfolio!: Ref<Portfolio>;

  @ManyToOne({ entity: 'Directorate', ref: true, deleteRule: 'cascade' })
  directorate!: Ref<Directorate>;
}

/** A service a portfolio covers (beyond the directorates it covers whole). */
@Entity({ tableName: 'portfolio_service' })
@Unique({ properties: ['portfolio', 'service'] })
@Index({ properties: ['service'] })
export class PortfolioService {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: 'Portfolio', ref: true, deleteRule: 'cascade' })
  portfolio!: Ref<Portfolio>;

  @ManyToOne({ entity: 'Service', ref: true, deleteRule: 'cascade' })
  service!: Ref<Service>;
}

/** A priority a portfolio covers. */
@Entity({ tableName: 'portfolio_priority' })
@Unique({ properties: ['portfolio', 'priority'] })
@Index({ properties: ['priority'] })
export class PortfolioPriority {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: 'Portfolio', ref: true, deleteRule: 'cascade' })
  portfolio!: Ref<Portfolio>;

  @ManyToOne({ entity: 'Priority', ref: true, deleteRule: 'cascade' })
  priority!: Ref<Priority>;
}
