import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import type { Council } from '../organisation/council.entity.js';
import type { Person } from '../organisation/person.entity.js';
import { BaseEntity } from '../shared/base.entity.js';
import type { Delegation } from './delegation.entity.js';
import { DelegationEventKind } from '@goldenthread/domain';

/**
 * The record of the scheme of delegation: who did what, when, with the state before and after.
 * Written in the same transaction as the change it records; never updated.
 */
@Entity({ tableName: 'delegation_event' })
@Index({ properties: ['council', 'at'] })
@Index({ properties: ['delegation'] })
export class DelegationEvent extends BaseEntity<'delegation' | 'actor' | 'before' | 'after' | 'note'> {
  @ManyToOne({ entity: 'Council', ref: true, deleteRule: 'cascade' })
  council!: Ref<Council>;

  @Enum({ items: () => DelegationEventKind })
  kind!: DelegationEventKind;

  @Property({ type: Date })
  at!: Date;

  /** The person who made the change (null for the system: seeds, the CLI). */
  @ManyToOne({ entity: 'Person', ref: true, nullable: true, deleteRule: 'set null' })
  actor: Ref<Person> | null = null;

  /** Who made the change, in words, kept even if the person is later deleted ('system', 'import', a name). */
  @Property({ type: 'string', length: 200 })
  actorLabel!: string;

  /** Cleared (the subject columns stay) if the delegation is deleted with the service or directorate it covered. */
  @ManyToOne({ entity: 'Delegation', ref: true, nullable: true, deleteRule: 'set null' })
  delegation: Ref<Delegation> | null = null;

  /** What the event is about, as a node type and id (Delegation, Service, Council, DecisionBody, DecisionPower). */
  @Property({ type: 'string', length: 40 })
  subjectType!: string;

  @Property({ type: 'integer' })
  subjectId!: number;

  @Property({ type: 'json', nullable: true })
  before: Record<string, unknown> | null = null;

  @Property({ type: 'json', nullable: true })
  after: Record<string, unknown> | null = null;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}
