import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import type { Person } from '../organisation/person.entity.js';
import { MeasurementAction, MeasurementStatus, ValueStatus } from '@goldenthread/domain';
import type { Measurement } from './measurement.entity.js';

/**
 * Every version of a measurement, written with each change (entry, correction, import, validation,
 * publication): the state after the change, who made it and when. Never updated.
 */
@Entity({ tableName: 'measurement_history' })
@Index({ properties: ['measurement', 'version'] })
export class MeasurementHistory {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: 'Measurement', ref: true, deleteRule: 'cascade' })
  measurement!: Ref<Measurement>;

  /** The measurement's version after this change. */
  @Property({ type: 'integer' })
  version!: number;

  @Enum({ items: () => MeasurementAction })
  action!: MeasurementAction;

  @Property({ type: 'double', nullable: true })
  value: number | null = null;

  @Enum({ items: () => ValueStatus })
  valueStatus!: ValueStatus;

  @Property({ type: 'double', nullable: true })
  numerator: number | null = null;

  @Property({ type: 'double', nullable: true })
  denominator: number | null = null;

  @Enum({ items: () => MeasurementStatus })
  status!: MeasurementStatus;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Property({ type: 'string', length: 200, nullable: true })
  source: string | null = null;

  @ManyToOne({ entity: 'Person', ref: true, nullable: true, deleteRule: 'set null' })
  changedBy: Ref<Person> | null = null;

  @Property({ type: Date })
  changedAt!: Date;
}

/** The history row of a measurement as it stands now, after `action`, by `changedBy` (a person's id, or null). */
export function measurementHistoryOf(m: Measurement, action: MeasurementAction, changedBy: number | null) {
  return {
    measurement: m,
    version: m.version,
    action,
    value: m.value,
    valueStatus: m.valueStatus,
    numerator: m.numerator,
    denominator: m.denominator,
    status: m.status,
    note: m.note,
    source: m.source,
    changedBy,
    changedAt: new Date(),
  };
}
