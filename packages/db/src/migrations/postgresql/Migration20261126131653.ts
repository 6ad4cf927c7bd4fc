import { Migration } from '@mikro-orm/migrations';

export class Migration20261126131653 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "priority_limit" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "council_id" int not null, "level" text check ("level" in ('CORPORATE', 'DIRECTORATE', 'SERVICE')) not null, "max_active" int not null);`);
    this.addSql(`alter table "priority_limit" add constraint "priority_limit_council_id_level_unique" unique ("council_id", "level");`);

    this.addSql(`create table "priority" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "council_id" int not null, "level" text check ("level" in ('CORPORATE', 'DIRECTORATE', 'SERVICE')) not null, "parent_id" int null, "name" varchar(200) not null, "description" text null, "owner_id" int null, "origin" text check ("origin" in ('NATIONAL', 'LOCAL')) not null default 'LOCAL', "national_agenda" text null, "national_indicator_id" int null, "period" varchar(12) not null, "status" text check ("status" in ('DRAFT', 'AGREED', 'COMMUNICATED')) not null default 'DRAFT', "agreed_on" date null, "communicated_on" date null, "is_non_priority" boolean not null default false, "non_priority_reason" text null, "budget" double precision null, "fte" double precision null, "capacity" text null, "directorate_id" int null, "service_id" int null);`);
    this.addSql(`create index "priority_parent_id_index" on "priority" ("parent_id");`);
    this.addSql(`create index "priority_council_id_period_index" on "priority" ("council_id", "period");`);

    this.addSql(`create table "consultation" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "council_id" int not null, "title" varchar(200) not null, "date" date not null, "heard" text not null);`);
    this.addSql(`create index "consultation_council_id_date_index" on "consultation" ("council_id", "date");`);

    this.addSql(`create table "consultation_priority" ("id" serial primary key, "consultation_id" int not null, "priority_id" int not null);`);
    this.addSql(`create index "consultation_priority_priority_id_index" on "consultation_priority" ("priority_id");`);
    this.addSql(`alter table "consultation_priority" add constraint "consultation_priority_consultation_id_priority_id_unique" unique ("consultation_id", "priority_id");`);

    this.addSql(`create table "consultation_group" ("id" serial primary key, "consultation_id" int not null, "kind" text check ("kind" in ('SERVICE_USERS', 'CARERS', 'COMMUNITY', 'PROVIDERS', 'PARTNERS', 'STAFF')) not null, "name" varchar(200) not null, "hard_to_reach" boolean not null);`);
    this.addSql(`create index "consultation_group_consultation_id_index" on "consultation_group" ("consultation_id");`);

    this.addSql(`create table "communication" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "council_id" int not null, "date" date not null, "channel" varchar(200) not null);`);
    this.addSql(`create index "communication_council_id_date_index" on "communication" ("council_id", "date");`);

    this.addSql(`create table "communication_priority" ("id" serial primary key, "communication_id" int not null, "priority_id" int not null);`);
    this.addSql(`create index "communication_priority_priority_id_index" on "communication_priority" ("priority_id");`);
    this.addSql(`alter table "communication_priority" add constraint "communication_priority_communication_id_priority_id_unique" unique ("communication_id", "priority_id");`);

    this.addSql(`create table "communication_group" ("id" serial primary key, "communication_id" int not null, "kind" text check ("kind" in ('SERVICE_USERS', 'CARERS', 'COMMUNITY', 'PROVIDERS', 'PARTNERS', 'STAFF')) not null, "name" varchar(200) not null);`);
    this.addSql(`create index "communication_group_communication_id_index" on "communication_group" ("communication_id");`);

    this.addSql(`create table "objective" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "council_id" int not null, "service_id" int not null, "name" varchar(200) not null, "description" text null, "owner_id" int null, "period" varchar(12) not null);`);
    this.addSql(`create index "objective_service_id_index" on "objective" ("service_id");`);
    this.addSql(`create index "objective_council_id_period_index" on "objective" ("council_id", "period");`);

    this.addSql(`create table "objective_priority" ("id" serial primary key, "objective_id" int not null, "priority_id" int not null);`);
    this.addSql(`create index "objective_priority_priority_id_index" on "objective_priority" ("priority_id");`);
    this.addSql(`alter table "objective_priority" add constraint "objective_priority_objective_id_priority_id_unique" unique ("objective_id", "priority_id");`);

    this.addSql(`create table "milestone" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "objective_id" int not null, "name" varchar(200) not null, "due" date not null, "completed_on" date null, "status" text check ("status" in ('NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'COMPLETE', 'MISSED')) not null default 'NOT_STARTED');`);
    this.addSql(`create index "milestone_objective_id_index" on "milestone" ("objective_id");`);

    this.addSql(`create table "appraisal_objective" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "council_id" int not null, "person_id" int not null, "name" varchar(300) not null, "objective_id" int null, "priority_id" int null, "period" varchar(12) not null, "agreed_on" date null, "reviewed_on" date null, "rating" text check ("rating" in ('EXCEEDED', 'MET', 'PARTLY_MET', 'NOT_MET')) null);`);
    this.addSql(`create index "appraisal_objective_person_id_index" on "appraisal_objective" ("person_id");`);
    this.addSql(`create index "appraisal_objective_council_id_period_index" on "appraisal_objective" ("council_id", "period");`);

    this.addSql(`create table "priority_target" ("id" serial primary key, "priority_id" int not null, "target_id" int not null);`);
    this.addSql(`create index "priority_target_target_id_index" on "priority_target" ("target_id");`);
    this.addSql(`alter table "priority_target" add constraint "priority_target_priority_id_target_id_unique" unique ("priority_id", "target_id");`);

    this.addSql(`create table "objective_target" ("id" serial primary key, "objective_id" int not null, "target_id" int not null);`);
    this.addSql(`create index "objective_target_target_id_index" on "objective_target" ("target_id");`);
    this.addSql(`alter table "objective_target" add constraint "objective_target_objective_id_target_id_unique" unique ("objective_id", "target_id");`);

    this.addSql(`alter table "priority_limit" add constraint "priority_limit_council_id_foreign" foreign key ("council_id") references "council" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "priority" add constraint "priority_council_id_foreign" foreign key ("council_id") references "council" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "priority" add constraint "priority_parent_id_foreign" foreign key ("parent_id") references "priority" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "priority" add constraint "priority_owner_id_foreign" foreign key ("owner_id") references "person" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "priority" add constraint "priority_national_indicator_id_foreign" foreign key ("national_indicator_id") references "indicator" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "priority" add constraint "priority_directorate_id_foreign" foreign key ("directorate_id") references "directorate" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "priority" add constraint "priority_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "consultation" add constraint "consultation_council_id_foreign" foreign key ("council_id") references "council" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "consultation_priority" add constraint "consultation_priority_consultation_id_foreign" foreign key ("consultation_id") references "consultation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "consultation_priority" add constraint "consultation_priority_priority_id_foreign" foreign key ("priority_id") references "priority" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "consultation_group" add constraint "consultation_group_consultation_id_foreign" foreign key ("consultation_id") references "consultation" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "communication" add constraint "communication_council_id_foreign" foreign key ("council_id") references "council" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "communication_priority" add constraint "communication_priority_communication_id_foreign" foreign key ("communication_id") references "communication" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "communication_priority" add constraint "communication_priority_priority_id_foreign" foreign key ("priority_id") references "priority" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "communication_group" add constraint "communication_group_communication_id_foreign" foreign key ("communication_id") references "communication" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "objective" add constraint "objective_council_id_foreign" foreign key ("council_id") references "council" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "objective" add constraint "objective_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "objective" add constraint "objective_owner_id_foreign" foreign key ("owner_id") references "person" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "objective_priority" add constraint "objective_priority_objective_id_foreign" foreign key ("objective_id") references "objective" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "objective_priority" add constraint "objective_priority_priority_id_foreign" foreign key ("priority_id") references "priority" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "milestone" add constraint "milestone_objective_id_foreign" foreign key ("objective_id") references "objective" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "appraisal_objective" add constraint "appraisal_objective_council_id_foreign" foreign key ("council_id") references "council" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "appraisal_objective" add constraint "appraisal_objective_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "appraisal_objective" add constraint "appraisal_objective_objective_id_foreign" foreign key ("objective_id") references "objective" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "appraisal_objective" add constraint "appraisal_objective_priority_id_foreign" foreign key ("priority_id") references "priority" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "priority_target" add constraint "priority_target_priority_id_foreign" foreign key ("priority_id") references "priority" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "priority_target" add constraint "priority_target_target_id_foreign" foreign key ("target_id") references "target" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "objective_target" add constraint "objective_target_objective_id_foreign" foreign key ("objective_id") references "objective" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "objective_target" add constraint "objective_target_target_id_foreign" foreign key ("target_id") references "target" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "priority" drop constraint "priority_parent_id_foreign";`);

    this.addSql(`alter table "consultation_priority" drop constraint "consultation_priority_priority_id_foreign";`);

    this.addSql(`alter table "communication_priority" drop constraint "communication_priority_priority_id_foreign";`);

    this.addSql(`alter table "objective_priority" drop constraint "objective_priority_priority_id_foreign";`);

    this.addSql(`alter table "appraisal_objective" drop constraint "appraisal_objective_priority_id_foreign";`);

    this.addSql(`alter table "priority_target" drop constraint "priority_target_priority_id_foreign";`);

    this.addSql(`alter table "consultation_priority" drop constraint "consultation_priority_consultation_id_foreign";`);

    this.addSql(`alter table "consultation_group" drop constraint "consultation_group_consultation_id_foreign";`);

    this.addSql(`alter table "communication_priority" drop constraint "communication_priority_communication_id_foreign";`);

    this.addSql(`alter table "communication_group" drop constraint "communication_group_communication_id_foreign";`);

    this.addSql(`alter table "objective_priority" drop constraint "objective_priority_objective_id_foreign";`);

    this.addSql(`alter table "milestone" drop constraint "milestone_objective_id_foreign";`);

    this.addSql(`alter table "appraisal_objective" drop constraint "appraisal_objective_objective_id_foreign";`);

    this.addSql(`alter table "objective_target" drop constraint "objective_target_objective_id_foreign";`);

    this.addSql(`drop table if exists "priority_limit" cascade;`);

    this.addSql(`drop table if exists "priority" cascade;`);

    this.addSql(`drop table if exists "consultation" cascade;`);

    this.addSql(`drop table if exists "consultation_priority" cascade;`);

    this.addSql(`drop table if exists "consultation_group" cascade;`);

    this.addSql(`drop table if exists "communication" cascade;`);

    this.addSql(`drop table if exists "communication_priority" cascade;`);

    this.addSql(`drop table if exists "communication_group" cascade;`);

    this.addSql(`drop table if exists "objective" cascade;`);

    this.addSql(`drop table if exists "objective_priority" cascade;`);

    this.addSql(`drop table if exists "milestone" cascade;`);

    this.addSql(`drop table if exists "appraisal_objective" cascade;`);

    this.addSql(`drop table if exists "priority_target" cascade;`);

    this.addSql(`drop table if exists "objective_target" cascade;`);
  }

}
