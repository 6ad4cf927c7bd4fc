import { BigIntType, Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The data version: one row (id 1) whose number database triggers (migration Migration20261202203000,
 * not application code) raise after every committed change to the data answers are built from, by
 * whatever means: the ORM, bulk statements, raw SQL, another server process, the CLI. Sign-in and
 * key bookkeeping (account, api_key, refresh_token), the audit trail and change_stamp do not move it.
 *
 * The API keeps published answers under it (readDataVersion): a different number means stale.
 * Written only by the triggers: never create, change or delete it through the ORM.
 */
@Entity({ tableName: 'data_version' })
export class DataVersion {
  /** Always 1. */
  @PrimaryKey({ type: 'integer', autoincrement: false })
  id!: number;

  /** Grows by at least one with every committed transaction that changed data (by one per changed row on SQLite). */
  @Property({ type: new BigIntType('number'), default: 0 })
  version!: number;
}
