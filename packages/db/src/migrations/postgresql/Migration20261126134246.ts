import { Migration } from '@mikro-orm/migrations';

export class Migration20261126134246 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "decision_body" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "council_id" int not null, "name" varchar(200) not null, "kind" text check ("kind" in ('FULL_COUNCIL', 'EXECUTIVE', 'COMMITTEE')) not null);`);
    this.addSql(`alter table "decision_body" add constraint "decision_body_council_id_name_unique" unique ("council_id", "name");`);

    this.addSql(`create table "decision_power" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "council_id" int not null, "name" varchar(200) not null, "kind" varchar(60) not null, "description" text null, "source_body_id" int not null, "financial_limit" double precision null);`);
    this.addSql(`create index "decision_power_source_body_id_index" on "decision_power" ("source_body_id");`);
    this.addSql(`alter table "decision_power" add constraint "decision_power_council_id_name_unique" unique ("council_id", "name");`);

    this.addSql(`create table "delegation" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "council_id" int not null, "power_id" int not null, "from_body_id" int null, "from_person_id" int null, "to_person_id" int not null, "scope_kind" text check ("scope_kind" in ('COUNCIL', 'DIRECTORATE', 'SERVICE')) not null, "scope_directorate_id" int null, "scope_service_id" int null, "financial_limit" double precision null, "conditions" text null, "may_sub_delegate" boolean not null default false, "parent_id" int null, "effective_from" date not null, "effective_to" date null, "revoked_on" date null, "revoked_by_id" int null, "ref" varchar(60) null);`);
    this.addSql(`create index "delegation_power_id_index" on "delegation" ("power_id");`);
    this.addSql(`create index "delegation_parent_id_index" on "delegation" ("parent_id");`);
    this.addSql(`create index "delegation_to_person_id_index" on "delegation" ("to_person_id");`);
    this.addSql(`create index "delegation_council_id_index" on "delegation" ("council_id");`);
    this.addSql(`alter table "delegation" add constraint "delegation_council_id_ref_unique" unique ("council_id", "ref");`);

    this.addSql(`create table "delegation_event" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "council_id" int not null, "kind" text check ("kind" in ('BODY_CREATED', 'POWER_CREATED', 'DELEGATED', 'SUB_DELEGATED', 'UPDATED', 'REVOKED', 'OWNER_SET', 'MI_MANAGER_SET')) not null, "at" timestamptz not null, "actor_id" int null, "actor_label" varchar(200) not null, "delegation_id" int null, "subject_type" varchar(40) not null, "subject_id" int not null, "before" jsonb null, "after" jsonb null, "note" text null);`);
    this.addSql(`create index "delegation_event_delegation_id_index" on "delegation_event" ("delegation_id");`);
    this.addSql(`create index "delegation_event_council_id_at_index" on "delegation_event" ("council_id", "at");`);

    this.addSql(`alter table "decision_body" add constraint "decision_body_council_id_foreign" foreign key ("council_id") references "council" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "decision_power" add constraint "decision_power_council_id_foreign" foreign key ("council_id") references "council" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "decision_power" add constraint "decision_power_source_body_id_foreign" foreign key ("source_body_id") references "decision_body" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "delegation" add constraint "delegation_council_id_foreign" foreign key ("council_id") references "council" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "delegation" add constraint "delegation_power_id_foreign" foreign key ("power_id") references "decision_power" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "delegation" add constraint "delegation_from_body_id_foreign" foreign key ("from_body_id") references "decision_body" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "delegation" add constraint "delegation_from_person_id_foreign" foreign key ("from_person_id") references "person" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "delegation" add constraint "delegation_to_person_id_foreign" foreign key ("to_person_id") references "person" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "delegation" add constraint "delegation_scope_directorate_id_foreign" foreign key ("scope_directorate_id") references "directorate" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "delegation" add constraint "delegation_scope_service_id_foreign" foreign key ("scope_service_id") references "service" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "delegation" add constraint "delegation_parent_id_foreign" foreign key ("parent_id") references "delegation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "delegation" add constraint "delegation_revoked_by_id_foreign" foreign key ("revoked_by_id") references "person" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "delegation_event" add constraint "delegation_event_council_id_foreign" foreign key ("council_id") references "council" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "delegation_event" add constraint "delegation_event_actor_id_foreign" foreign key ("actor_id") references "person" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "delegation_event" add constraint "delegation_event_delegation_id_foreign" foreign key ("delegation_id") references "delegation" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "decision_power" drop constraint "decision_power_source_body_id_foreign";`);

    this.addSql(`alter table "delegation" drop constraint "delegation_from_body_id_foreign";`);

    this.addSql(`alter table "delegation" drop constraint "delegation_power_id_foreign";`);

    this.addSql(`alter table "delegation" drop constraint "delegation_parent_id_foreign";`);

    this.addSql(`alter table "delegation_event" drop constraint "delegation_event_delegation_id_foreign";`);

    this.addSql(`drop table if exists "decision_body" cascade;`);

    this.addSql(`drop table if exists "decision_power" cascade;`);

    this.addSql(`drop table if exists "delegation" cascade;`);

    this.addSql(`drop table if exists "delegation_event" cascade;`);
  }

}
