import { Migration } from '@mikro-orm/migrations';

export class Migration20261126131810 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "measurement" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "council_id" int not null, "indicator_id" int not null, "period" varchar(12) not null, "period_kind" text check ("period_kind" in ('YEAR', 'QUARTER', 'MONTH')) not null, "period_start" varchar(10) not null, "disaggregation" varchar(60) not null default 'Total', "value" double precision null, "value_status" text check ("value_status" in ('VALUE', 'SUPPRESSED', 'NOT_AVAILABLE')) not null default 'VALUE', "numerator" double precision null, "denominator" double precision null, "status" text check ("status" in ('DRAFT', 'VALIDATED', 'PUBLISHED')) not null default 'DRAFT', "entered_by_id" int null, "validated_by_id" int null, "published_by_id" int null, "note" text null, "source" varchar(200) null);`);
    this.addSql(`create index "measurement_indicator_id_period_disaggregation_status_index" on "measurement" ("indicator_id", "period", "disaggregation", "status");`);
    this.addSql(`create index "measurement_council_id_indicator_id_period_start_index" on "measurement" ("council_id", "indicator_id", "period_start");`);
    this.addSql(`alter table "measurement" add constraint "measurement_council_id_indicator_id_period_disagg_5c6c3_unique" unique ("council_id", "indicator_id", "period", "disaggregation");`);

    this.addSql(`create table "measurement_history" ("id" serial primary key, "measurement_id" int not null, "version" int not null, "action" text check ("action" in ('CREATED', 'CHANGED', 'VALIDATED', 'PUBLISHED')) not null, "value" double precision null, "value_status" text check ("value_status" in ('VALUE', 'SUPPRESSED', 'NOT_AVAILABLE')) not null, "numerator" double precision null, "denominator" double precision null, "status" text check ("status" in ('DRAFT', 'VALIDATED', 'PUBLISHED')) not null, "note" text null, "source" varchar(200) null, "changed_by_id" int null, "changed_at" timestamptz not null);`);
    this.addSql(`create index "measurement_history_measurement_id_version_index" on "measurement_history" ("measurement_id", "version");`);

    this.addSql(`create table "indicator_ownership" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "council_id" int not null, "indicator_id" int not null, "data_owner_id" int null, "responsible_manager_id" int null);`);
    this.addSql(`alter table "indicator_ownership" add constraint "indicator_ownership_council_id_indicator_id_unique" unique ("council_id", "indicator_id");`);

    this.addSql(`create table "comparator_group" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "council_id" int not null, "name" varchar(200) not null, "description" text null, "created_by_id" int null);`);
    this.addSql(`alter table "comparator_group" add constraint "comparator_group_council_id_name_unique" unique ("council_id", "name");`);

    this.addSql(`create table "comparator_group_member" ("id" serial primary key, "group_id" int not null, "member_id" int not null);`);
    this.addSql(`alter table "comparator_group_member" add constraint "comparator_group_member_group_id_member_id_unique" unique ("group_id", "member_id");`);

    this.addSql(`alter table "measurement" add constraint "measurement_council_id_foreign" foreign key ("council_id") references "council" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "measurement" add constraint "measurement_indicator_id_foreign" foreign key ("indicator_id") references "indicator" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "measurement" add constraint "measurement_entered_by_id_foreign" foreign key ("entered_by_id") references "person" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "measurement" add constraint "measurement_validated_by_id_foreign" foreign key ("validated_by_id") references "person" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "measurement" add constraint "measurement_published_by_id_foreign" foreign key ("published_by_id") references "person" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "measurement_history" add constraint "measurement_history_measurement_id_foreign" foreign key ("measurement_id") references "measurement" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "measurement_history" add constraint "measurement_history_changed_by_id_foreign" foreign key ("changed_by_id") references "person" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "indicator_ownership" add constraint "indicator_ownership_council_id_foreign" foreign key ("council_id") references "council" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "indicator_ownership" add constraint "indicator_ownership_indicator_id_foreign" foreign key ("indicator_id") references "indicator" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "indicator_ownership" add constraint "indicator_ownership_data_owner_id_foreign" foreign key ("data_owner_id") references "person" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "indicator_ownership" add constraint "indicator_ownership_responsible_manager_id_foreign" foreign key ("responsible_manager_id") references "person" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "comparator_group" add constraint "comparator_group_council_id_foreign" foreign key ("council_id") references "council" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "comparator_group" add constraint "comparator_group_created_by_id_foreign" foreign key ("created_by_id") references "person" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "comparator_group_member" add constraint "comparator_group_member_group_id_foreign" foreign key ("group_id") references "comparator_group" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "comparator_group_member" add constraint "comparator_group_member_member_id_foreign" foreign key ("member_id") references "council" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "indicator" add column "polarity_sourced" boolean not null default false, add column "data_collection" varchar(200) null, add column "successor_code" varchar(100) null;`);

    this.addSql(`alter table "target" add column "tolerance_kind" text check ("tolerance_kind" in ('ABSOLUTE', 'PERCENT')) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "measurement_history" drop constraint "measurement_history_measurement_id_foreign";`);

    this.addSql(`alter table "comparator_group_member" drop constraint "comparator_group_member_group_id_foreign";`);

    this.addSql(`drop table if exists "measurement" cascade;`);

    this.addSql(`drop table if exists "measurement_history" cascade;`);

    this.addSql(`drop table if exists "indicator_ownership" cascade;`);

    this.addSql(`drop table if exists "comparator_group" cascade;`);

    this.addSql(`drop table if exists "comparator_group_member" cascade;`);

    this.addSql(`alter table "indicator" drop column "polarity_sourced", drop column "data_collection", drop column "successor_code";`);

    this.addSql(`alter table "target" drop column "tolerance_kind";`);
  }

}
