import { Migration } from '@mikro-orm/migrations';

export class Migration20261126125821 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "service" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "council_id" int not null, "directorate_id" int not null, "parent_id" int null, "name" varchar(200) not null, "kind" text check ("kind" in ('SERVICE', 'TEAM')) not null default 'SERVICE', "accountable_owner_id" int null);`);
    this.addSql(`create index "service_parent_id_index" on "service" ("parent_id");`);
    this.addSql(`create index "service_directorate_id_index" on "service" ("directorate_id");`);
    this.addSql(`create index "service_council_id_index" on "service" ("council_id");`);

    this.addSql(`create table "council" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "gss_code" varchar(9) not null, "name" varchar(200) not null, "official_name" varchar(200) null, "type" text check ("type" in ('CTY', 'UA', 'MD', 'LBO', 'CC')) not null, "region" varchar(100) not null, "current" boolean not null default true, "start_date" date null, "end_date" date null, "nhs_code" varchar(3) null, "oflog_group" varchar(100) null, "mi_responsible_id" int null);`);
    this.addSql(`alter table "council" add constraint "council_gss_code_unique" unique ("gss_code");`);
    this.addSql(`create index "council_type_region_index" on "council" ("type", "region");`);

    this.addSql(`create table "person" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "council_id" int not null, "name" varchar(200) not null, "email" varchar(254) null, "job_title" varchar(200) null, "kind" text check ("kind" in ('OFFICER', 'COUNCILLOR', 'PARTNER_CONTACT')) not null default 'OFFICER', "directorate_id" int null, "service_id" int null, "line_manager_id" int null, "functional_manager_id" int null);`);
    this.addSql(`create index "person_functional_manager_id_index" on "person" ("functional_manager_id");`);
    this.addSql(`create index "person_line_manager_id_index" on "person" ("line_manager_id");`);
    this.addSql(`create index "person_directorate_id_index" on "person" ("directorate_id");`);
    this.addSql(`create index "person_service_id_index" on "person" ("service_id");`);
    this.addSql(`alter table "person" add constraint "person_council_id_email_unique" unique ("council_id", "email");`);

    this.addSql(`create table "directorate" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "council_id" int not null, "name" varchar(200) not null, "code" varchar(20) null, "director_id" int null);`);
    this.addSql(`create index "directorate_council_id_name_index" on "directorate" ("council_id", "name");`);

    this.addSql(`create table "councillor_role" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "council_id" int not null, "person_id" int not null, "role" text check ("role" in ('LEADER', 'CABINET_MEMBER', 'PORTFOLIO_HOLDER', 'SCRUTINY_CHAIR', 'SCRUTINY_MEMBER', 'COMPLAINTS_PANEL', 'BEST_VALUE_PANEL', 'WARD_COUNCILLOR')) not null, "portfolio" varchar(200) null, "committee" varchar(200) null, "ward" varchar(200) null);`);
    this.addSql(`create index "councillor_role_person_id_index" on "councillor_role" ("person_id");`);
    this.addSql(`create index "councillor_role_council_id_role_index" on "councillor_role" ("council_id", "role");`);

    this.addSql(`alter table "service" add constraint "service_council_id_foreign" foreign key ("council_id") references "council" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "service" add constraint "service_directorate_id_foreign" foreign key ("directorate_id") references "directorate" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "service" add constraint "service_parent_id_foreign" foreign key ("parent_id") references "service" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "service" add constraint "service_accountable_owner_id_foreign" foreign key ("accountable_owner_id") references "person" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "council" add constraint "council_mi_responsible_id_foreign" foreign key ("mi_responsible_id") references "person" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "person" add constraint "person_council_id_foreign" foreign key ("council_id") references "council" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "person" add constraint "person_directorate_id_foreign" foreign key ("directorate_id") references "directorate" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "person" add constraint "person_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "person" add constraint "person_line_manager_id_foreign" foreign key ("line_manager_id") references "person" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "person" add constraint "person_functional_manager_id_foreign" foreign key ("functional_manager_id") references "person" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "directorate" add constraint "directorate_council_id_foreign" foreign key ("council_id") references "council" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "directorate" add constraint "directorate_director_id_foreign" foreign key ("director_id") references "person" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "councillor_role" add constraint "councillor_role_council_id_foreign" foreign key ("council_id") references "council" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "councillor_role" add constraint "councillor_role_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "service" drop constraint "service_parent_id_foreign";`);

    this.addSql(`alter table "person" drop constraint "person_service_id_foreign";`);

    this.addSql(`alter table "service" drop constraint "service_council_id_foreign";`);

    this.addSql(`alter table "person" drop constraint "person_council_id_foreign";`);

    this.addSql(`alter table "directorate" drop constraint "directorate_council_id_foreign";`);

    this.addSql(`alter table "councillor_role" drop constraint "councillor_role_council_id_foreign";`);

    this.addSql(`alter table "service" drop constraint "service_accountable_owner_id_foreign";`);

    this.addSql(`alter table "council" drop constraint "council_mi_responsible_id_foreign";`);

    this.addSql(`alter table "person" drop constraint "person_line_manager_id_foreign";`);

    this.addSql(`alter table "person" drop constraint "person_functional_manager_id_foreign";`);

    this.addSql(`alter table "directorate" drop constraint "directorate_director_id_foreign";`);

    this.addSql(`alter table "councillor_role" drop constraint "councillor_role_person_id_foreign";`);

    this.addSql(`alter table "service" drop constraint "service_directorate_id_foreign";`);

    this.addSql(`alter table "person" drop constraint "person_directorate_id_foreign";`);

    this.addSql(`drop table if exists "service" cascade;`);

    this.addSql(`drop table if exists "council" cascade;`);

    this.addSql(`drop table if exists "person" cascade;`);

    this.addSql(`drop table if exists "directorate" cascade;`);

    this.addSql(`drop table if exists "councillor_role" cascade;`);
  }

}
