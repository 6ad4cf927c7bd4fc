import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { ComplaintOutcome, ComplaintStage } from '@goldenthread/domain';
import type { Council } from '../organisation/council.entity.js';
import type { Person } from '../organisation/person.entity.js';
import type { Service } from '../organisation/service.entity.js';
import { BaseEntity } from '../shared/base.entity.js';

/** A theme complaints are classified by: a controlled list each council can extend. */
@Entity({ tableName: 'complaint_theme' })
@Unique({ properties: ['council', 'name'] })
export class ComplaintTheme extends BaseEntity<'retired'> {
  @ManyToOne({ entity: 'Council', ref: true, deleteRule: 'cascade' })
  council!: Ref<Council>;

  @Property({ type: 'string', length: 120 })
  name!: string;

  /** No longer offered for new complaints; kept for the complaints that name it. */
  @Property({ type: 'boolean' })
  retired: boolean = false;
}

/**
 * A formal complaint about a service. It holds the council's case reference, never the
 * complainant's name or contact details (the council's case system keeps those). Its stage only moves
 * forward: local resolution, investigation, review panel, ombudsman.
 */
@Entity({ tableName: 'complaint' })
@Unique({ properties: ['council', 'reference'] })
@Index({ properties: ['council', 'receivedOn'] })
@Index({ properties: ['service'] })
export class Complaint extends BaseEntity<'summary' | 'stage' | 'outcome' | 'respondedOn' | 'lessons' | 'stageSince'> {
  @ManyToOne({ entity: 'Council', ref: true, deleteRule: 'cascade' })
  council!: Ref<Council>;

  @ManyToOne({ entity: 'Service', ref: true, deleteRule: 'restrict' })
  service!: Ref<Service>;

  /** The council's case reference (its case system holds the complainant's details). */
  @Property({ type: 'string', length: 60 })
  reference!: string;

  @Property({ type: 'date' })
  receivedOn!: string;

  /** What the complaint is about, in words that name nobody. */
  @Property({ type: 'text', nullable: true })
  summary: string | null = null;

  @Enum({ items: () => ComplaintStage })
  stage: ComplaintStage = ComplaintStage.LOCAL_RESOLUTION;

  @Property({ type: 'date', nullable: true })
  stageSince: string | null = null;

  @Enum({ items: () => ComplaintOutcome, nullable: true })
  outcome: ComplaintOutcome | null = null;

  /** When the current stage's response is due (the statutory timescale). */
  @Property({ type: 'date' })
  responseDue!: string;

  @Property({ type: 'date', nullable: true })
  respondedOn: string | null = null;

  @Property({ type: 'text', nullable: true })
  lessons: string | null = null;
}

/** A theme of a complaint. */
@Entity({ tableName: 'complaint_theme_link' })
@Unique({ properties: ['complaint', 'theme'] })
@Index({ properties: ['theme'] })
export class ComplaintThemeLink {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: 'Complaint', ref: true, deleteRule: 'cascade' })
  complaint!: Ref<Complaint>;

  @ManyToOne({ entity: 'ComplaintTheme', ref: true, deleteRule: 'restrict' })
  theme!: Ref<ComplaintTheme>;
}

/** A councillor on the review panel that hears a complaint. */
@Entity({ tableName: 'complaint_panel_member' })
@Unique({ properties: ['complaint', 'person'] })
@Index({ properties: ['person'] })
export class ComplaintPanelMember {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: 'Complaint', ref: true, deleteRule: 'cascade' })
  complaint!: Ref<Complaint>;

  @ManyToOne({ entity: 'Person', ref: true, deleteRule: 'cascade' })
  person!: Ref<Person>;
}
