import { Entity, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../shared/base.entity.js';
import type { Account } from './account.entity.js';

/**
 * A refresh token, stored as its SHA-256 hash. Each use rotates it: the used token is marked
 * `rotatedAt` and a new one joins the same `family` (one family per sign-in). Presenting a rotated
 * token again means it was copied: the whole family is revoked. Signing out revokes the family.
 */
@Entity({ tableName: 'refresh_token' })
@Index({ properties: ['account'] })
@Index({ properties: ['family'] })
export class RefreshToken extends BaseEntity<'rotatedAt' | 'revokedAt' | 'userAgent'> {
  @ManyToOne({ entity: 'Account', ref: true, deleteRule: 'cascade' })
  account!: Ref<Account>;

  /** Hex SHA-256 of the token. */
  @Property({ type: 'string', length: 64, unique: true, hidden: true })
  tokenHash!: string;

  /** The sign-in this token descends from (a random id); access tokens carry it as `sid`. */
  @Property({ type: 'string', length: 36 })
  family!: string;

  @Property({ type: Date })
  expiresAt!: Date;

  @Property({ type: Date, nullable: true })
  rotatedAt: Date | null = null;

  @Property({ type: Date, nullable: true })
  revokedAt: Date | null = null;

  @Property({ type: 'string', length: 200, nullable: true })
  userAgent: string | null = null;
}
