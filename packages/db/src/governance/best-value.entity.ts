import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { BestValueFindingKind, BestValueStatus, DeliveryOption } from '@goldenthread/domain';
import type { Council } from '../organisation/council.entity.js';
import type { Directorate } from '../organisation/directorate.entity.js';
import type { Person } from '../organisation/person.entity.js';
import type { Service } from '../organisation/service.entity.js';
import { BaseEntity } from '../shared/base.entity.js';

/**
 * A Best Value review of a service (or a directorate): is it needed in its current form, how does it
 * compare, what do its users say, and would another way of delivering it be better? Its status only
 * moves forward, from scoping to closed.
 */
@Entity({ tableName: 'best_value_review' })
@Index({ properties: ['council', 'status'] })
@Index({ properties: ['service'] })
export class BestValueReview extends BaseEntity<
  | 'service'
  | 'directorate'
  | 'leadOfficer'
  | 'status'
  | 'chosenOption'
  | 'chosenReason'
  | 'unitCost'
  | 'comparatorUnitCost'
  | 'annualSpend'
  | 'efficiencyNote'
  | 'closedOn'
> {
  @ManyToOne({ entity: 'Council', ref: true, deleteRule: 'cascade' })
  council!: Ref<Council>;

  @Property({ type: 'string', length: 300 })
  title!: string;

  @ManyToOne({ entity: 'Service', ref: true, nullable: true, deleteRule: 'restrict' })
  service: Ref<Service> | null = null;

  @ManyToOne({ entity: 'Directorate', ref: true, nullable: true, deleteRule: 'restrict' })
  directorate: Ref<Directorate> | null = null;

  @Property({ type: 'text' })
  scope!: string;

  @ManyToOne({ entity: 'Person', ref: true, nullable: true, deleteRule: 'set null' })
  leadOfficer: Ref<Person> | null = null;

  @Enum({ items: () => BestValueStatus })
  status: BestValueStatus = BestValueStatus.SCOPING;

  @Property({ type: 'date' })
  startedOn!: string;

  /** The day it reached its current status (a review that stays too long is stalled). */
  @Property({ type: 'date' })
  statusSince!: string;

  @Property({ type: 'date', nullable: true })
  closedOn: string | null = null;

  @Enum({ items: () => DeliveryOption, nullable: true })
  chosenOption: DeliveryOption | null = null;

  @Property({ type: 'text', nullable: true })
  chosenReason: string | null = null;

  /** Efficiency evidence: the service's unit cost and its comparators' (median), in pounds, where known. */
  @Property({ type: 'double', nullable: true })
  unitCost: number | null = null;

  @Property({ type: 'double', nullable: true })
  comparatorUnitCost: number | null = null;

  @Property({ type: 'double', nullable: true })
  annualSpend: number | null = null;

  @Property({ type: 'text', nullable: true })
  efficiencyNote: string | null = null;
}

/** A councillor on a Best Value review's panel. */
@Entity({ tableName: 'best_value_panel_member' })
@Unique({ properties: ['review', 'person'] })
export class BestValuePanelMember {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: 'BestValueReview', ref: true, deleteRule: 'cascade' })
  review!: Ref<BestValueReview>;

  @ManyToOne({ entity: 'Person', ref: true, deleteRule: 'cascade' })
  person!: Ref<Person>;
}

/** A finding of a review under one of the four Cs: challenge, compare, consult, compete. */
@Entity({ tableName: 'best_value_finding' })
@Index({ properties: ['review'] })
export class BestValueFinding extends BaseEntity<'evidence'> {
  @ManyToOne({ entity: 'BestValueReview', ref: true, deleteRule: 'cascade' })
  review!: Ref<BestValueReview>;

  @Enum({ items: () => BestValueFindingKind })
  kind!: BestValueFindingKind;

  @Property({ type: 'text' })
  text!: string;

  /** Where it comes from: a benchmarking table, a survey, a market test. */
  @Property({ type: 'text', nullable: true })
  evidence: string | null = null;
}

/** A way of delivering the service the review appraised. The one chosen is the review's `chosenOption`. */
@Entity({ tableName: 'best_value_option' })
@Unique({ properties: ['review', 'option'] })
export class BestValueOption extends BaseEntity<'appraisal'> {
  @ManyToOne({ entity: 'BestValueReview', ref: true, deleteRule: 'cascade' })
  review!: Ref<BestValueReview>;

  @Enum({ items: () => DeliveryOption })
  option!: DeliveryOption;

  @Property({ type: 'text', nullable: true })
  appraisal: string | null = null;
}

/** A recommendation of a review; agreed recommendations become actions. */
@Entity({ tableName: 'best_value_recommendation' })
@Index({ properties: ['review'] })
export class BestValueRecommendation extends BaseEntity<'agreedOn'> {
  @ManyToOne({ entity: 'BestValueReview', ref: true, deleteRule: 'cascade' })
  review!: Ref<BestValueReview>;

  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'date', nullable: true })
  agreedOn: string | null = null;
}
