import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One change to one record: who (the account, person or API key acting), when, which operation,
 * which record, and the record before and after (secrets redacted). Written in the same transaction
 * as the change by the audit hooks (audit.ts); never updated or deleted through the application.
 * Plain integer columns, not foreign keys: the trail outlives the records it describes.
 */
@Entity({ tableName: 'audit_event' })
@Index({ properties: ['councilId', 'at'] })
@Index({ properties: ['entityType', 'entityId'] })
export class AuditEvent {
  [OptionalProps]?:
    | 'at'
    | 'councilId'
    | 'actorAccountId'
    | 'actorPersonId'
    | 'actorApiKeyId'
    | 'operation'
    | 'requestId'
    | 'before'
    | 'after';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: Date, onCreate: () => new Date() })
  at!: Date;

  /** The council whose data changed (null for changes outside any council). */
  @Property({ type: 'integer', nullable: true })
  councilId: number | null = null;

  /** person | system (CLI, seeds) */
  @Property({ type: 'string', length: 20 })
  actorKind!: string;

  @Property({ type: 'integer', nullable: true })
  actorAccountId: number | null = null;

  @Property({ type: 'integer', nullable: true })
  actorPersonId: number | null = null;

  @Property({ type: 'integer', nullable: true })
  actorApiKeyId: number | null = null;

  /** Human-readable: the actor's e-mail or "cli". */
  @Property({ type: 'string', length: 254 })
  actorLabel!: string;

  /** The GraphQL mutation (or CLI command) that made the change. */
  @Property({ type: 'string', length: 100, nullable: true })
  operation: string | null = null;

  @Property({ type: 'string', length: 36, nullable: true })
  requestId: string | null = null;

  /** CREATE | UPDATE | DELETE */
  @Property({ type: 'string', length: 10 })
  action!: string;

  /** Entity name, e.g. Service. */
  @Property({ type: 'string', length: 60 })
  entityType!: string;

  @Property({ type: 'integer' })
  entityId!: number;

  @Property({ type: 'json', nullable: true })
  before: Record<string, unknown> | null = null;

  @Property({ type: 'json', nullable: true })
  after: Record<string, unknown> | null = null;
}
