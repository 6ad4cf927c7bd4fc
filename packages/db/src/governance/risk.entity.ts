import { Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { RiskStatus } from '@goldenthread/domain';
import type { Objective } from '../cascade/objective.entity.js';
import type { Priority } from '../cascade/priority.entity.js';
import type { Council } from '../organisation/council.entity.js';
import type { Directorate } from '../organisation/directorate.entity.js';
import type { Person } from '../organisation/person.entity.js';
import type { Service } from '../organisation/service.entity.js';
import { BaseEntity } from '../shared/base.entity.js';

/**
 * A risk in a council's register: the corporate register (no directorate) or a directorate's (e.g.
 * adult social care). Scored by likelihood and impact, 1 to 5 each, before controls (inherent) and
 * after them (residual); mitigations are actions whose source is the risk.
 */
@Entity({ tableName: 'risk' })
@Unique({ properties: ['council', 'reference'] })
@Index({ properties: ['council', 'status'] })
@Index({ properties: ['priority'] })
@Index({ properties: ['service'] })
export class Risk extends BaseEntity<
  | 'cause'
  | 'effect'
  | 'directorate'
  | 'priority'
  | 'objective'
  | 'service'
  | 'servicePlanPeriod'
  | 'owner'
  | 'controls'
  | 'status'
  | 'reviewDue'
> {
  @ManyToOne({ entity: 'Council', ref: true, deleteRule: 'cascade' })
  council!: Ref<Council>;

  /** The register's own reference, e.g. CR-04 or ASC-12. */
  @Property({ type: 'string', length: 40 })
  reference!: string;

  @Property({ type: 'string', length: 300 })
  title!: string;

  @Property({ type: 'text', nullable: true })
  cause: string | null = null;

  @Property({ type: 'text', nullable: true })
  effect: string | null = null;

  /** The directorate's register it is in; none is the corporate register. */
  @ManyToOne({ entity: 'Directorate', ref: true, nullable: true, deleteRule: 'restrict' })
  directorate: Ref<Directorate> | null = null;

  @ManyToOne({ entity: 'Priority', ref: true, nullable: true, deleteRule: 'set null' })
  priority: Ref<Priority> | null = null;

  @ManyToOne({ entity: 'Objective', ref: true, nullable: true, deleteRule: 'set null' })
  objective: Ref<Objective> | null = null;

  @ManyToOne({ entity: 'Service', ref: true, nullable: true, deleteRule: 'set null' })
  service: Ref<Service> | null = null;

  /** With `service`: the risk is in that service's plan for this financial year (e.g. 2026/27). */
  @Property({ type: 'string', length: 12, nullable: true })
  servicePlanPeriod: string | null = null;

  @ManyToOne({ entity: 'Person', ref: true, nullable: true, deleteRule: 'set null' })
  owner: Ref<Person> | null = null;

  @Property({ type: 'smallint' })
  inherentLikelihood!: number;

  @Property({ type: 'smallint' })
  inherentImpact!: number;

  @Property({ type: 'smallint' })
  residualLikelihood!: number;

  @Property({ type: 'smallint' })
  residualImpact!: number;

  @Property({ type: 'text', nullable: true })
  controls: string | null = null;

  @Enum({ items: () => RiskStatus })
  status: RiskStatus = RiskStatus.OPEN;

  @Property({ type: 'date', nullable: true })
  reviewDue: string | null = null;
}

/** One assessment of a risk's scores: the history of how it moved. */
@Entity({ tableName: 'risk_assessment' })
@Index({ properties: ['risk', 'assessedOn'] })
export class RiskAssessment extends BaseEntity<'by' | 'note'> {
  @ManyToOne({ entity: 'Risk', ref: true, deleteRule: 'cascade' })
  risk!: Ref<Risk>;

  @Property({ type: 'date' })
  assessedOn!: string;

  @Property({ type: 'smallint' })
  inherentLikelihood!: number;

  @Property({ type: 'smallint' })
  inherentImpact!: number;

  @Property({ type: 'smallint' })
  residualLikelihood!: number;

  @Property({ type: 'smallint' })
  residualImpact!: number;

  @ManyToOne({ entity: 'Person', ref: true, nullable: true, deleteRule: 'set null' })
  by: Ref<Person> | null = null;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}
