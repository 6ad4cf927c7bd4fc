import { Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import type { Council } from '../organisation/council.entity.js';
import type { Person } from '../organisation/person.entity.js';
import { BaseEntity } from '../shared/base.entity.js';
import { MeasurementStatus, PeriodKind, ValueStatus } from '@goldenthread/domain';
import type { Indicator } from './indicator.entity.js';

/** The disaggregation of a measurement that is not broken down. */
export const TOTAL = 'Total';

/**
 * One value of an indicator for a council in a period (`2020-21`, `2020-21 Q1`, `2020-04`), optionally
 * for a breakdown (`Male`, `65 and over`...; `Total` otherwise). The current version; earlier versions
 * are in measurement_history.
 *
 * Indexes: (council, indicator, periodStart) serves a council's series over a range; (indicator, period,
 * disaggregation, status) serves a comparison of all councils.
 */
@Entity({ tableName: 'measurement' })
@Unique({ properties: ['council', 'indicator', 'period', 'disaggregation'] })
@Index({ properties: ['council', 'indicator', 'periodStart'] })
@Index({ properties: ['indicator', 'period', 'disaggregation', 'status'] })
export class Measurement extends BaseEntity<
  | 'disaggregation'
  | 'value'
  | 'valueStatus'
  | 'numerator'
  | 'denominator'
  | 'status'
  | 'enteredBy'
  | 'validatedBy'
  | 'publishedBy'
  | 'note'
  | 'source'
  | 'withdrawnAt'
> {
  @ManyToOne({ entity: 'Council', ref: true, deleteRule: 'cascade' })
  council!: Ref<Council>;

  @ManyToOne({ entity: 'Indicator', ref: true, deleteRule: 'cascade' })
  indicator!: Ref<Indicator>;

  /** Canonical period text. */
  @Property({ type: 'string', length: 12 })
  period!: string;

  @Enum({ items: () => PeriodKind })
  periodKind!: PeriodKind;

  /** First day of the period (`YYYY-MM-DD`): ranges and order. */
  @Property({ type: 'string', length: 10 })
  periodStart!: string;

  @Property({ type: 'string', length: 60 })
  disaggregation: string = 'Total';

  /** The number; null unless valueStatus is VALUE. */
  @Property({ type: 'double', nullable: true })
  value: number | null = null;

  @Enum({ items: () => ValueStatus })
  valueStatus: ValueStatus = ValueStatus.VALUE;

  @Property({ type: 'double', nullable: true })
  numerator: number | null = null;

  @Property({ type: 'double', nullable: true })
  denominator: number | null = null;

  @Enum({ items: () => MeasurementStatus })
  status: MeasurementStatus = MeasurementStatus.DRAFT;

  @ManyToOne({ entity: 'Person', ref: true, nullable: true, deleteRule: 'set null' })
  enteredBy: Ref<Person> | null = null;

  @ManyToOne({ entity: 'Person', ref: true, nullable: true, deleteRule: 'set null' })
  validatedBy: Ref<Person> | null = null;

  @ManyToOne({ entity: 'Person', ref: true, nullable: true, deleteRule: 'set null' })
  publishedBy: Ref<Person> | null = null;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  /** Where the value came from (an import file's format, a publication, manual entry). */
  @Property({ type: 'string', length: 200, nullable: true })
  source: string | null = null;

  /**
   * When a published figure was taken back to draft (a correction) and left the open data; null while it is
   * published, or was never. Cleared when it is published again. The change feed and updatedSince downloads
   * give it as a withdrawal.
   */
  @Property({ type: Date, nullable: true })
  withdrawnAt: Date | null = null;
}
