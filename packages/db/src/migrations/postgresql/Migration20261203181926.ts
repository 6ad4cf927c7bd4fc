import { Migration } from '@mikro-orm/migrations';

/** Delegation events of a deleted body or power (BODY_DELETED, POWER_DELETED): the scheme's latest changes list deletions too. */
export class Migration20261203181926 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "delegation_event" drop constraint if exists "delegation_event_kind_check";`);

    this.addSql(`alter table "delegation_event" add constraint "delegation_event_kind_check" check("kind" in ('BODY_CREATED', 'POWER_CREATED', 'DELEGATED', 'SUB_DELEGATED', 'UPDATED', 'REVOKED', 'OWNER_SET', 'MI_MANAGER_SET', 'BODY_DELETED', 'POWER_DELETED'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "delegation_event" where "kind" in ('BODY_DELETED', 'POWER_DELETED');`);
    this.addSql(`alter table "delegation_event" drop constraint if exists "delegation_event_kind_check";`);

    this.addSql(`alter table "delegation_event" add constraint "delegation_event_kind_check" check("kind" in ('BODY_CREATED', 'POWER_CREATED', 'DELEGATED', 'SUB_DELEGATED', 'UPDATED', 'REVOKED', 'OWNER_SET', 'MI_MANAGER_SET'));`);
  }

}
