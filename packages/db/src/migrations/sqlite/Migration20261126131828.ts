import { Migration } from '@mikro-orm/migrations';

export class Migration20261126131828 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`audit_event\` (\`id\` integer not null primary key autoincrement, \`at\` datetime not null, \`council_id\` integer null, \`actor_kind\` text not null, \`actor_account_id\` integer null, \`actor_person_id\` integer null, \`actor_api_key_id\` integer null, \`actor_label\` text not null, \`operation\` text null, \`request_id\` text null, \`action\` text not null, \`entity_type\` text not null, \`entity_id\` integer not null, \`before\` json null, \`after\` json null);`);
    this.addSql(`create index \`audit_event_entity_type_entity_id_index\` on \`audit_event\` (\`entity_type\`, \`entity_id\`);`);
    this.addSql(`create index \`audit_event_council_id_at_index\` on \`audit_event\` (\`council_id\`, \`at\`);`);

    this.addSql(`create table \`account\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`council_id\` integer not null, \`person_id\` integer not null, \`email\` text not null, \`password_hash\` text not null, \`admin\` integer not null default false, \`disabled_at\` datetime null, \`last_sign_in_at\` datetime null, \`password_changed_at\` datetime null, constraint \`account_council_id_foreign\` foreign key(\`council_id\`) references \`council\`(\`id\`) on delete cascade on update cascade, constraint \`account_person_id_foreign\` foreign key(\`person_id\`) references \`person\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create unique index \`account_person_id_unique\` on \`account\` (\`person_id\`);`);
    this.addSql(`create unique index \`account_email_unique\` on \`account\` (\`email\`);`);
    this.addSql(`create index \`account_council_id_index\` on \`account\` (\`council_id\`);`);

    this.addSql(`create table \`refresh_token\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`account_id\` integer not null, \`token_hash\` text not null, \`family\` text not null, \`expires_at\` datetime not null, \`rotated_at\` datetime null, \`revoked_at\` datetime null, \`user_agent\` text null, constraint \`refresh_token_account_id_foreign\` foreign key(\`account_id\`) references \`account\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create unique index \`refresh_token_token_hash_unique\` on \`refresh_token\` (\`token_hash\`);`);
    this.addSql(`create index \`refresh_token_family_index\` on \`refresh_token\` (\`family\`);`);
    this.addSql(`create index \`refresh_token_account_id_index\` on \`refresh_token\` (\`account_id\`);`);

    this.addSql(`create table \`api_key\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`council_id\` integer not null, \`name\` text not null, \`contact\` text null, \`prefix\` text not null, \`key_hash\` text not null, \`created_by_id\` integer null, \`expires_at\` datetime null, \`revoked_at\` datetime null, \`last_used_at\` datetime null, constraint \`api_key_council_id_foreign\` foreign key(\`council_id\`) references \`council\`(\`id\`) on delete cascade on update cascade, constraint \`api_key_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`account\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create unique index \`api_key_prefix_unique\` on \`api_key\` (\`prefix\`);`);
    this.addSql(`create index \`api_key_created_by_id_index\` on \`api_key\` (\`created_by_id\`);`);
    this.addSql(`create index \`api_key_council_id_index\` on \`api_key\` (\`council_id\`);`);
  }

}
