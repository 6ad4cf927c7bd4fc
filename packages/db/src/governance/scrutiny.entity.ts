import { Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { ExecutiveResponse, PartnerBodyKind, ScrutinyTopicReason, ScrutinyTopicStatus } from '@goldenthread/domain';
import type { Priority } from '../cascade/priority.entity.js';
import type { DecisionBody } from '../delegation/decision-body.entity.js';
import type { Indicator } from '../indicators/indicator.entity.js';
import type { Council } from '../organisation/council.entity.js';
import type { Service } from '../organisation/service.entity.js';
import { BaseEntity } from '../shared/base.entity.js';

/** An organisation the council works with: the NHS integrated care board, trusts, providers. */
@Entity({ tableName: 'partner_body' })
@Unique({ properties: ['council', 'name'] })
export class PartnerBody extends BaseEntity<'odsCode'> {
  @ManyToOne({ entity: 'Council', ref: true, deleteRule: 'cascade' })
  council!: Ref<Council>;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Enum({ items: () => PartnerBodyKind })
  kind!: PartnerBodyKind;

  /** The NHS Organisation Data Service code, where it has one. */
  @Property({ type: 'string', length: 20, nullable: true })
  odsCode: string | null = null;
}

/**
 * A service or an indicator at the interface with health (hospital discharge, reablement, delayed
 * transfers, admissions), with the partner body on the other side where known.
 */
@Entity({ tableName: 'health_interface' })
@Index({ properties: ['council'] })
export class HealthInterface extends BaseEntity<'service' | 'indicator' | 'partnerBody' | 'note'> {
  @ManyToOne({ entity: 'Council', ref: true, deleteRule: 'cascade' })
  council!: Ref<Council>;

  @ManyToOne({ entity: 'Service', ref: true, nullable: true, deleteRule: 'cascade' })
  service: Ref<Service> | null = null;

  @ManyToOne({ entity: 'Indicator', ref: true, nullable: true, deleteRule: 'cascade' })
  indicator: Ref<Indicator> | null = null;

  @ManyToOne({ entity: 'PartnerBody', ref: true, nullable: true, deleteRule: 'set null' })
  partnerBody: Ref<PartnerBody> | null = null;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}

/** A topic in a scrutiny committee's work programme: what it chose to examine, and why. */
@Entity({ tableName: 'scrutiny_topic' })
@Index({ properties: ['council', 'committee'] })
export class ScrutinyTopic extends BaseEntity<
  'reasonNote' | 'priority' | 'service' | 'indicator' | 'partnerBody' | 'health' | 'status' | 'plannedFor'
> {
  @ManyToOne({ entity: 'Council', ref: true, deleteRule: 'cascade' })
  council!: Ref<Council>;

  @ManyToOne({ entity: 'DecisionBody', ref: true, deleteRule: 'restrict' })
  committee!: Ref<DecisionBody>;

  @Property({ type: 'string', length: 300 })
  title!: string;

  @Enum({ items: () => ScrutinyTopicReason })
  reason!: ScrutinyTopicReason;

  @Property({ type: 'text', nullable: true })
  reasonNote: string | null = null;

  @ManyToOne({ entity: 'Priority', ref: true, nullable: true, deleteRule: 'set null' })
  priority: Ref<Priority> | null = null;

  @ManyToOne({ entity: 'Service', ref: true, nullable: true, deleteRule: 'set null' })
  service: Ref<Service> | null = null;

  @ManyToOne({ entity: 'Indicator', ref: true, nullable: true, deleteRule: 'set null' })
  indicator: Ref<Indicator> | null = null;

  /** For health scrutiny: the NHS body whose services the topic examines. */
  @ManyToOne({ entity: 'PartnerBody', ref: true, nullable: true, deleteRule: 'set null' })
  partnerBody: Ref<PartnerBody> | null = null;

  /** A health scrutiny topic (local health services, the council's interface with them). */
  @Property({ type: 'boolean' })
  health: boolean = false;

  @Enum({ items: () => ScrutinyTopicStatus })
  status: ScrutinyTopicStatus = ScrutinyTopicStatus.PLANNED;

  /** The meeting date the topic is planned for, if set. */
  @Property({ type: 'date', nullable: true })
  plannedFor: string | null = null;
}

/** A meeting of a scrutiny committee. */
@Entity({ tableName: 'scrutiny_meeting' })
@Index({ properties: ['council', 'committee', 'heldOn'] })
export class ScrutinyMeeting extends BaseEntity {
  @ManyToOne({ entity: 'Council', ref: true, deleteRule: 'cascade' })
  council!: Ref<Council>;

  @ManyToOne({ entity: 'DecisionBody', ref: true, deleteRule: 'restrict' })
  committee!: Ref<DecisionBody>;

  @Property({ type: 'date' })
  heldOn!: string;
}

/** An item taken at a scrutiny meeting, usually a topic of the work programme. */
@Entity({ tableName: 'scrutiny_meeting_item' })
@Index({ properties: ['meeting'] })
@Index({ properties: ['topic'] })
export class ScrutinyMeetingItem extends BaseEntity<'topic' | 'notes'> {
  @ManyToOne({ entity: 'ScrutinyMeeting', ref: true, deleteRule: 'cascade' })
  meeting!: Ref<ScrutinyMeeting>;

  @ManyToOne({ entity: 'ScrutinyTopic', ref: true, nullable: true, deleteRule: 'set null' })
  topic: Ref<ScrutinyTopic> | null = null;

  @Property({ type: 'string', length: 300 })
  title!: string;

  @Property({ type: 'text', nullable: true })
  notes: string | null = null;
}

/** A committee's recommendation to the executive, and the executive's response. */
@Entity({ tableName: 'scrutiny_recommendation' })
@Index({ properties: ['council', 'committee'] })
@Index({ properties: ['topic'] })
export class ScrutinyRecommendation extends BaseEntity<'topic' | 'meeting' | 'response' | 'respondedOn' | 'responseText'> {
  @ManyToOne({ entity: 'Council', ref: true, deleteRule: 'cascade' })
  council!: Ref<Council>;

  @ManyToOne({ entity: 'DecisionBody', ref: true, deleteRule: 'restrict' })
  committee!: Ref<DecisionBody>;

  @ManyToOne({ entity: 'ScrutinyTopic', ref: true, nullable: true, deleteRule: 'set null' })
  topic: Ref<ScrutinyTopic> | null = null;

  @ManyToOne({ entity: 'ScrutinyMeeting', ref: true, nullable: true, deleteRule: 'set null' })
  meeting: Ref<ScrutinyMeeting> | null = null;

  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'date' })
  madeOn!: string;

  /** When the executive must respond by (the constitution's timescale, often two months). */
  @Property({ type: 'date' })
  responseDue!: string;

  @Enum({ items: () => ExecutiveResponse, nullable: true })
  response: ExecutiveResponse | null = null;

  @Property({ type: 'date', nullable: true })
  respondedOn: string | null = null;

  @Property({ type: 'text', nullable: true })
  responseText: string | null = null;
}
