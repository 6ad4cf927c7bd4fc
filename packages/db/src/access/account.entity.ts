import { Entity, Index, ManyToOne, OneToOne, Property, type Ref } from '@mikro-orm/core';
import type { Council } from '../organisation/council.entity.js';
import type { Person } from '../organisation/person.entity.js';
import { BaseEntity } from '../shared/base.entity.js';

/**
 * A person's sign-in: e-mail and password hash (argon2id), linked to one person of one council.
 * `admin` makes them an administrator of that council (people, roles, API keys).
 */
@Entity({ tableName: 'account' })
@Index({ properties: ['council'] })
export class Account extends BaseEntity<'admin' | 'disabledAt' | 'lastSignInAt' | 'passwordChangedAt'> {
  @ManyToOne({ entity: 'Council', ref: true, deleteRule: 'cascade' })
  council!: Ref<Council>;

  @OneToOne({ entity: 'Person', ref: true, owner: true, unique: true, deleteRule: 'cascade' })
  person!: Ref<Person>;

  /** Lower case; unique across every council (one sign-in address, one account). */
  @Property({ type: 'string', length: 254, unique: true })
  email!: string;

  /** argon2id PHC string; never leaves the server. */
  @Property({ type: 'string', length: 255, hidden: true, lazy: false })
  passwordHash!: string;

  @Property({ type: 'boolean' })
  admin: boolean = false;

  @Property({ type: Date, nullable: true })
  disabledAt: Date | null = null;

  @Property({ type: Date, nullable: true })
  lastSignInAt: Date | null = null;

  @Property({ type: Date, nullable: true })
  passwordChangedAt: Date | null = null;
}
