import { Migration } from '@mikro-orm/migrations';

export class Migration20261126131828 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_event" ("id" serial primary key, "at" timestamptz not null, "council_id" int null, "actor_kind" varchar(20) not null, "actor_account_id" int null, "actor_person_id" int null, "actor_api_key_id" int null, "actor_label" varchar(254) not null, "operation" varchar(100) null, "request_id" varchar(36) null, "action" varchar(10) not null, "entity_type" varchar(60) not null, "entity_id" int not null, "before" jsonb null, "after" jsonb null);`);
    this.addSql(`create index "audit_event_entity_type_entity_id_index" on "audit_event" ("entity_type", "entity_id");`);
    this.addSql(`create index "audit_event_council_id_at_index" on "audit_event" ("council_id", "at");`);

    this.addSql(`create table "account" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "council_id" int not null, "person_id" int not null, "email" varchar(254) not null, "password_hash" varchar(255) not null, "admin" boolean not null default false, "disabled_at" timestamptz null, "last_sign_in_at" timestamptz null, "password_changed_at" timestamptz null);`);
    this.addSql(`alter table "account" add constraint "account_person_id_unique" unique ("person_id");`);
    this.addSql(`alter table "account" add constraint "account_email_unique" unique ("email");`);
    this.addSql(`create index "account_council_id_index" on "account" ("council_id");`);

    this.addSql(`create table "refresh_token" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "account_id" int not null, "token_hash" varchar(64) not null, "family" varchar(36) not null, "expires_at" timestamptz not null, "rotated_at" timestamptz null, "revoked_at" timestamptz null, "user_agent" varchar(200) null);`);
    this.addSql(`alter table "refresh_token" add constraint "refresh_token_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "refresh_token_family_index" on "refresh_token" ("family");`);
    this.addSql(`create index "refresh_token_account_id_index" on "refresh_token" ("account_id");`);

    this.addSql(`create table "api_key" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "council_id" int not null, "name" varchar(200) not null, "contact" varchar(300) null, "prefix" varchar(16) not null, "key_hash" varchar(64) not null, "created_by_id" int null, "expires_at" timestamptz null, "revoked_at" timestamptz null, "last_used_at" timestamptz null);`);
    this.addSql(`alter table "api_key" add constraint "api_key_prefix_unique" unique ("prefix");`);
    this.addSql(`create index "api_key_council_id_index" on "api_key" ("council_id");`);

    this.addSql(`alter table "account" add constraint "account_council_id_foreign" foreign key ("council_id") references "council" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "account" add constraint "account_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "refresh_token" add constraint "refresh_token_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "api_key" add constraint "api_key_council_id_foreign" foreign key ("council_id") references "council" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "api_key" add constraint "api_key_created_by_id_foreign" foreign key ("created_by_id") references "account" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "refresh_token" drop constraint "refresh_token_account_id_foreign";`);

    this.addSql(`alter table "api_key" drop constraint "api_key_created_by_id_foreign";`);

    this.addSql(`drop table if exists "audit_event" cascade;`);

    this.addSql(`drop table if exists "account" cascade;`);

    this.addSql(`drop table if exists "refresh_token" cascade;`);

    this.addSql(`drop table if exists "api_key" cascade;`);
  }

}
