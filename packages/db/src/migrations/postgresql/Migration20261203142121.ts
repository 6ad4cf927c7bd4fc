import { Migration } from '@mikro-orm/migrations';

/**
 * England and the nine regions as areas of their own (issue 18, item 1), and the figures their publisher
 * gives for them (area_figure: NHS Digital's England and region values, not a median of councils).
 * The ten areas are reference data, inserted here as they are (GSS codes do not change); both tables
 * carry the data-version triggers (Migration20261202203000) so kept answers see new figures.
 */
const AREAS = [
  ['E92000001', 'England', 'ENGLAND'],
  ['E12000001', 'North East', 'REGION'],
  ['E12000002', 'North West', 'REGION'],
  ['E12000003', 'Yorkshire and The Humber', 'REGION'],
  ['E12000004', 'East Midlands', 'REGION'],
  ['E12000005', 'West Midlands', 'REGION'],
  ['E12000006', 'East of England', 'REGION'],
  ['E12000007', 'London', 'REGION'],
  ['E12000008', 'South East', 'REGION'],
  ['E12000009', 'South West', 'REGION'],
];

export class Migration20261203142121 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "area" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "gss_code" varchar(9) not null, "name" varchar(100) not null, "type" text check ("type" in ('ENGLAND', 'REGION')) not null);`);
    this.addSql(`alter table "area" add constraint "area_gss_code_unique" unique ("gss_code");`);

    this.addSql(`create table "area_figure" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "area_id" int not null, "indicator_id" int not null, "period" varchar(12) not null, "period_kind" text check ("period_kind" in ('YEAR', 'QUARTER', 'MONTH')) not null, "period_start" varchar(10) not null, "disaggregation" varchar(60) not null default 'Total', "value" double precision null, "value_status" text check ("value_status" in ('VALUE', 'SUPPRESSED', 'NOT_AVAILABLE')) not null default 'VALUE', "numerator" double precision null, "denominator" double precision null, "note" text null, "source" varchar(200) null);`);
    this.addSql(`create index "area_figure_indicator_id_period_disaggregation_index" on "area_figure" ("indicator_id", "period", "disaggregation");`);
    this.addSql(`alter table "area_figure" add constraint "area_figure_area_id_indicator_id_period_disaggregation_unique" unique ("area_id", "indicator_id", "period", "disaggregation");`);

    this.addSql(`alter table "area_figure" add constraint "area_figure_area_id_foreign" foreign key ("area_id") references "area" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "area_figure" add constraint "area_figure_indicator_id_foreign" foreign key ("indicator_id") references "indicator" ("id") on update cascade on delete cascade;`);
    for (const [gss, name, type] of AREAS) {
      this.addSql(`insert into "area" ("version", "created_at", "updated_at", "gss_code", "name", "type") values (1, now(), now(), '${gss}', '${name}', '${type}');`);
    }
    for (const table of ['area', 'area_figure']) {
      this.addSql(`create constraint trigger "data_version_${table}" after insert or update or delete on "${table}" deferrable initially deferred for each row execute function "data_version_bump"();`);
      this.addSql(`create trigger "data_version_${table}_truncate" after truncate on "${table}" for each statement execute function "data_version_bump_now"();`);
    }
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "area_figure" cascade;`);
    this.addSql(`drop table if exists "area" cascade;`);
  }

}
