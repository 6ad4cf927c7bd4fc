import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { CommentaryChange, PeriodKind } from '@goldenthread/domain';
import type { Council } from '../organisation/council.entity.js';
import type { Person } from '../organisation/person.entity.js';
import type { Service } from '../organisation/service.entity.js';
import { BaseEntity } from '../shared/base.entity.js';
import type { Indicator } from './indicator.entity.js';

/**
 * The commentary on a council's figure for an indicator and a period, optionally for one service:
 * what happened, why, and what we are doing. One per council, indicator, period and service
 * (`serviceKey` is the service's id, 0 for the council as a whole, so the uniqueness holds on both
 * databases). A withdrawn commentary is kept with its revisions and may be recorded again.
 */
@Entity({ tableName: 'commentary' })
@Unique({ properties: ['council', 'indicator', 'period', 'serviceKey'] })
@Index({ properties: ['council', 'period'] })
export class Commentary extends BaseEntity<'service' | 'serviceKey' | 'why' | 'whatWeAreDoing' | 'author' | 'withdrawnOn' | 'withdrawnBy'> {
  @ManyToOne({ entity: 'Council', ref: true, deleteRule: 'cascade' })
  council!: Ref<Council>;

  @ManyToOne({ entity: 'Indicator', ref: true, deleteRule: 'cascade' })
  indicator!: Ref<Indicator>;

  /** Canonical period text. */
  @Property({ type: 'string', length: 12 })
  period!: string;

  @Enum({ items: () => PeriodKind })
  periodKind!: PeriodKind;

  /** First day of the period (`YYYY-MM-DD`): order. */
  @Property({ type: 'string', length: 10 })
  periodStart!: string;

  @ManyToOne({ entity: 'Service', ref: true, nullable: true, deleteRule: 'cascade' })
  service: Ref<Service> | null = null;

  /** The service's id, 0 for the council as a whole (the unique key). */
  @Property({ type: 'integer' })
  serviceKey: number = 0;

  @Property({ type: 'text' })
  whatHappened!: string;

  @Property({ type: 'text', nullable: true })
  why: string | null = null;

  @Property({ type: 'text', nullable: true })
  whatWeAreDoing: string | null = null;

  /** Who wrote the current text: a person of the council. */
  @ManyToOne({ entity: 'Person', ref: true, nullable: true, deleteRule: 'set null' })
  author: Ref<Person> | null = null;

  /** The day the current text was written. */
  @Property({ type: 'date' })
  writtenOn!: string;

  @Property({ type: 'date', nullable: true })
  withdrawnOn: string | null = null;

  @ManyToOne({ entity: 'Person', ref: true, nullable: true, deleteRule: 'set null' })
  withdrawnBy: Ref<Person> | null = null;
}

/** Every version of a commentary, written with each change: its text after the change, who and when. Never updated. */
@Entity({ tableName: 'commentary_revision' })
@Index({ properties: ['commentary', 'version'] })
export class CommentaryRevision {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: 'Commentary', ref: true, deleteRule: 'cascade' })
  commentary!: Ref<Commentary>;

  /** The commentary's version after this change. */
  @Property({ type: 'integer' })
  version!: number;

  @Enum({ items: () => CommentaryChange })
  change!: CommentaryChange;

  @Property({ type: 'text' })
  whatHappened!: string;

  @Property({ type: 'text', nullable: true })
  why: string | null = null;

  @Property({ type: 'text', nullable: true })
  whatWeAreDoing: string | null = null;

  @ManyToOne({ entity: 'Person', ref: true, nullable: true, deleteRule: 'set null' })
  changedBy: Ref<Person> | null = null;

  @Property({ type: Date })
  changedAt!: Date;
}
