import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import type { Council } from '../organisation/council.entity.js';
import { BaseEntity } from '../shared/base.entity.js';
import type { Account } from './account.entity.js';

/**
 * A partner's read-only API key, issued by an administrator of `council`. The secret is shown once;
 * only its SHA-256 hash is kept. `prefix` is the public part that identifies the key in lists, logs
 * and rate limits.
 */
@Entity({ tableName: 'api_key' })
@Index({ properties: ['council'] })
export class ApiKey extends BaseEntity<'revokedAt' | 'lastUsedAt' | 'expiresAt' | 'createdBy' | 'contact'> {
  @ManyToOne({ entity: 'Council', ref: true, deleteRule: 'cascade' })
  council!: Ref<Council>;

  @Property({ type: 'string', length: 200 })
  name!: string;

  /** Who the partner is (organisation, contact e-mail): free text for the council's records. */
  @Property({ type: 'string', length: 300, nullable: true })
  contact: string | null = null;

  @Property({ type: 'string', length: 16, unique: true })
  prefix!: string;

  @Property({ type: 'string', length: 64, hidden: true })
  keyHash!: string;

  @ManyToOne({ entity: 'Account', ref: true, nullable: true, deleteRule: 'set null' })
  createdBy: Ref<Account> | null = null;

  @Property({ type: Date, nullable: true })
  expiresAt: Date | null = null;

  @Property({ type: Date, nullable: true })
  revokedAt: Date | null = null;

  @Property({ type: Date, nullable: true })
  lastUsedAt: Date | null = null;
}
