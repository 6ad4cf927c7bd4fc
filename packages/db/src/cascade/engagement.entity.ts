import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import type { Council } from '../organisation/council.entity.js';
import { BaseEntity } from '../shared/base.entity.js';
import { EngagementGroupKind } from '@goldenthread/domain';
import type { Priority } from './priority.entity.js';

/** A consultation of a council with groups (service users, carers, community...): what was heard. */
@Entity({ tableName: 'consultation' })
@Index({ properties: ['council', 'date'] })
export class Consultation extends BaseEntity {
  @ManyToOne({ entity: 'Council', ref: true, deleteRule: 'cascade' })
  council!: Ref<Council>;

  @Property({ type: 'string', length: 200 })
  title!: string;

  @Property({ type: 'date' })
  date!: string;

  /** What was heard, in a sentence or two. */
  @Property({ type: 'text' })
  heard!: string;

  /** For queries only (filtering by the priorities informed); the API never exposes it. */
  @OneToMany({ entity: 'ConsultationPriority', mappedBy: 'consultation' })
  priorityLinks = new Collection<ConsultationPriority>(this);
}

/** A group consulted, named, and marked hard-to-reach or not. */
@Entity({ tableName: 'consultation_group' })
@Index({ properties: ['consultation'] })
export class ConsultationGroup {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: 'Consultation', ref: true, deleteRule: 'cascade' })
  consultation!: Ref<Consultation>;

  @Enum({ items: () => EngagementGroupKind })
  kind!: EngagementGroupKind;

  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'boolean' })
  hardToReach!: boolean;
}

/** A priority a consultation informed. */
@Entity({ tableName: 'consultation_priority' })
@Unique({ properties: ['consultation', 'priority'] })
@Index({ properties: ['priority'] })
export class ConsultationPriority {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: 'Consultation', ref: true, deleteRule: 'cascade' })
  consultation!: Ref<Consultation>;

  @ManyToOne({ entity: 'Priority', ref: true, deleteRule: 'cascade' })
  priority!: Ref<Priority>;
}

/** A communication back to groups about priorities: date, channel, groups told. */
@Entity({ tableName: 'communication' })
@Index({ properties: ['council', 'date'] })
export class Communication extends BaseEntity {
  @ManyToOne({ entity: 'Council', ref: true, deleteRule: 'cascade' })
  council!: Ref<Council>;

  @Property({ type: 'date' })
  date!: string;

  /** e.g. Newsletter, Public meeting, Easy-read leaflet, Staff briefing. */
  @Property({ type: 'string', length: 200 })
  channel!: string;

  /** For queries only (filtering by the priorities told about); the API never exposes it. */
  @OneToMany({ entity: 'CommunicationPriority', mappedBy: 'communication' })
  priorityLinks = new Collection<CommunicationPriority>(this);
}

@Entity({ tableName: 'communication_group' })
@Index({ properties: ['communication'] })
export class CommunicationGroup {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: 'Communication', ref: true, deleteRule: 'cascade' })
  communication!: Ref<Communication>;

  @Enum({ items: () => EngagementGroupKind })
  kind!: EngagementGroupKind;

  @Property({ type: 'string', length: 200 })
  name!: string;
}

/** A priority a communication told people about. */
@Entity({ tableName: 'communication_priority' })
@Unique({ properties: ['communication', 'priority'] })
@Index({ properties: ['priority'] })
export class CommunicationPriority {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: 'Communication', ref: true, deleteRule: 'cascade' })
  communication!: Ref<Communication>;

  @ManyToOne({ entity: 'Priority', ref: true, deleteRule: 'cascade' })
  priority!: Ref<Priority>;
}
