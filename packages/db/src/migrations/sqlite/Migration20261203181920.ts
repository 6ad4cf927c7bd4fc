import { Migration } from '@mikro-orm/migrations';

/**
 * Delegation events of a deleted body or power (BODY_DELETED, POWER_DELETED), so the scheme's latest
 * changes list deletions too. SQLite changes a check constraint by rebuilding the table, which drops its
 * triggers: the data-version triggers (Migration20261202203000) are made again.
 */
const KINDS = ['BODY_CREATED', 'POWER_CREATED', 'DELEGATED', 'SUB_DELEGATED', 'UPDATED', 'REVOKED', 'OWNER_SET', 'MI_MANAGER_SET'];

function rebuild(kinds: readonly string[]): string[] {
  const list = kinds.map((k) => `'${k}'`).join(', ');
  return [
    `pragma foreign_keys = off;`,
    `create table \`delegation_event__temp_alter\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`council_id\` integer not null, \`kind\` text check (\`kind\` in (${list})) not null, \`at\` datetime not null, \`actor_id\` integer null, \`actor_label\` text not null, \`delegation_id\` integer null, \`subject_type\` text not null, \`subject_id\` integer not null, \`before\` json null, \`after\` json null, \`note\` text null, constraint \`delegation_event_council_id_foreign\` foreign key(\`council_id\`) references \`council\`(\`id\`) on delete cascade on update cascade, constraint \`delegation_event_actor_id_foreign\` foreign key(\`actor_id\`) references \`person\`(\`id\`) on delete set null on update cascade, constraint \`delegation_event_delegation_id_foreign\` foreign key(\`delegation_id\`) references \`delegation\`(\`id\`) on delete set null on update cascade);`,
    `insert into \`delegation_event__temp_alter\` select \`id\`, \`version\`, \`created_at\`, \`updated_at\`, \`council_id\`, \`kind\`, \`at\`, \`actor_id\`, \`actor_label\`, \`delegation_id\`, \`subject_type\`, \`subject_id\`, \`before\`, \`after\`, \`note\` from \`delegation_event\`;`,
    `drop table \`delegation_event\`;`,
    `alter table \`delegation_event__temp_alter\` rename to \`delegation_event\`;`,
    `create index \`delegation_event_council_id_index\` on \`delegation_event\` (\`council_id\`);`,
    `create index \`delegation_event_actor_id_index\` on \`delegation_event\` (\`actor_id\`);`,
    `create index \`delegation_event_delegation_id_index\` on \`delegation_event\` (\`delegation_id\`);`,
    `create index \`delegation_event_council_id_at_index\` on \`delegation_event\` (\`council_id\`, \`at\`);`,
    ...['insert', 'update', 'delete'].map(
      (event) =>
        `create trigger \`data_version_delegation_event_${event}\` after ${event} on \`delegation_event\` for each row begin update \`data_version\` set \`version\` = \`version\` + 1 where \`id\` = 1; end;`,
    ),
    `pragma foreign_keys = on;`,
  ];
}

export class Migration20261203181920 extends Migration {
  override async up(): Promise<void> {
    for (const sql of rebuild([...KINDS, 'BODY_DELETED', 'POWER_DELETED'])) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from \`delegation_event\` where \`kind\` in ('BODY_DELETED', 'POWER_DELETED');`);
    for (const sql of rebuild(KINDS)) this.addSql(sql);
  }
}
