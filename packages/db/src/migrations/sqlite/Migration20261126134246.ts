import { Migration } from '@mikro-orm/migrations';

export class Migration20261126134246 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`decision_body\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`council_id\` integer not null, \`name\` text not null, \`kind\` text check (\`kind\` in ('FULL_COUNCIL', 'EXECUTIVE', 'COMMITTEE')) not null, constraint \`decision_body_council_id_foreign\` foreign key(\`council_id\`) references \`council\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`decision_body_council_id_index\` on \`decision_body\` (\`council_id\`);`);
    this.addSql(`create unique index \`decision_body_council_id_name_unique\` on \`decision_body\` (\`council_id\`, \`name\`);`);

    this.addSql(`create table \`decision_power\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`council_id\` integer not null, \`name\` text not null, \`kind\` text not null, \`description\` text null, \`source_body_id\` integer not null, \`financial_limit\` double null, constraint \`decision_power_council_id_foreign\` foreign key(\`council_id\`) references \`council\`(\`id\`) on delete cascade on update cascade, constraint \`decision_power_source_body_id_foreign\` foreign key(\`source_body_id\`) references \`decision_body\`(\`id\`) on delete restrict on update cascade);`);
    this.addSql(`create index \`decision_power_council_id_index\` on \`decision_power\` (\`council_id\`);`);
    this.addSql(`create index \`decision_power_source_body_id_index\` on \`decision_power\` (\`source_body_id\`);`);
    this.addSql(`create unique index \`decision_power_council_id_name_unique\` on \`decision_power\` (\`council_id\`, \`name\`);`);

    this.addSql(`create table \`delegation\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`council_id\` integer not null, \`power_id\` integer not null, \`from_body_id\` integer null, \`from_person_id\` integer null, \`to_person_id\` integer not null, \`scope_kind\` text check (\`scope_kind\` in ('COUNCIL', 'DIRECTORATE', 'SERVICE')) not null, \`scope_directorate_id\` integer null, \`scope_service_id\` integer null, \`financial_limit\` double null, \`conditions\` text null, \`may_sub_delegate\` integer not null default false, \`parent_id\` integer null, \`effective_from\` date not null, \`effective_to\` date null, \`revoked_on\` date null, \`revoked_by_id\` integer null, \`ref\` text null, constraint \`delegation_council_id_foreign\` foreign key(\`council_id\`) references \`council\`(\`id\`) on delete cascade on update cascade, constraint \`delegation_power_id_foreign\` foreign key(\`power_id\`) references \`decision_power\`(\`id\`) on delete restrict on update cascade, constraint \`delegation_from_body_id_foreign\` foreign key(\`from_body_id\`) references \`decision_body\`(\`id\`) on delete restrict on update cascade, constraint \`delegation_from_person_id_foreign\` foreign key(\`from_person_id\`) references \`person\`(\`id\`) on delete restrict on update cascade, constraint \`delegation_to_person_id_foreign\` foreign key(\`to_person_id\`) references \`person\`(\`id\`) on delete restrict on update cascade, constraint \`delegation_scope_directorate_id_foreign\` foreign key(\`scope_directorate_id\`) references \`directorate\`(\`id\`) on delete cascade on update cascade, constraint \`delegation_scope_service_id_foreign\` foreign key(\`scope_service_id\`) references \`service\`(\`id\`) on delete cascade on update cascade, constraint \`delegation_parent_id_foreign\` foreign key(\`parent_id\`) references \`delegation\`(\`id\`) on delete cascade on update cascade, constraint \`delegation_revoked_by_id_foreign\` foreign key(\`revoked_by_id\`) references \`person\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`delegation_from_body_id_index\` on \`delegation\` (\`from_body_id\`);`);
    this.addSql(`create index \`delegation_from_person_id_index\` on \`delegation\` (\`from_person_id\`);`);
    this.addSql(`create index \`delegation_scope_directorate_id_index\` on \`delegation\` (\`scope_directorate_id\`);`);
    this.addSql(`create index \`delegation_scope_service_id_index\` on \`delegation\` (\`scope_service_id\`);`);
    this.addSql(`create index \`delegation_revoked_by_id_index\` on \`delegation\` (\`revoked_by_id\`);`);
    this.addSql(`create index \`delegation_power_id_index\` on \`delegation\` (\`power_id\`);`);
    this.addSql(`create index \`delegation_parent_id_index\` on \`delegation\` (\`parent_id\`);`);
    this.addSql(`create index \`delegation_to_person_id_index\` on \`delegation\` (\`to_person_id\`);`);
    this.addSql(`create index \`delegation_council_id_index\` on \`delegation\` (\`council_id\`);`);
    this.addSql(`create unique index \`delegation_council_id_ref_unique\` on \`delegation\` (\`council_id\`, \`ref\`);`);

    this.addSql(`create table \`delegation_event\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`council_id\` integer not null, \`kind\` text check (\`kind\` in ('BODY_CREATED', 'POWER_CREATED', 'DELEGATED', 'SUB_DELEGATED', 'UPDATED', 'REVOKED', 'OWNER_SET', 'MI_MANAGER_SET')) not null, \`at\` datetime not null, \`actor_id\` integer null, \`actor_label\` text not null, \`delegation_id\` integer null, \`subject_type\` text not null, \`subject_id\` integer not null, \`before\` json null, \`after\` json null, \`note\` text null, constraint \`delegation_event_council_id_foreign\` foreign key(\`council_id\`) references \`council\`(\`id\`) on delete cascade on update cascade, constraint \`delegation_event_actor_id_foreign\` foreign key(\`actor_id\`) references \`person\`(\`id\`) on delete set null on update cascade, constraint \`delegation_event_delegation_id_foreign\` foreign key(\`delegation_id\`) references \`delegation\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`delegation_event_council_id_index\` on \`delegation_event\` (\`council_id\`);`);
    this.addSql(`create index \`delegation_event_actor_id_index\` on \`delegation_event\` (\`actor_id\`);`);
    this.addSql(`create index \`delegation_event_delegation_id_index\` on \`delegation_event\` (\`delegation_id\`);`);
    this.addSql(`create index \`delegation_event_council_id_at_index\` on \`delegation_event\` (\`council_id\`, \`at\`);`);
  }

}
