import { Migration } from '@mikro-orm/migrations';

export class Migration20261126131239 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "indicator" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "framework" text check ("framework" in ('ASCOF', 'PAF', 'OFLOG', 'LOCAL')) not null, "code" varchar(40) not null, "display_code" varchar(40) null, "title" varchar(500) not null, "definition" text null, "unit" varchar(60) null, "polarity" text check ("polarity" in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'WITHIN_BAND', 'UNKNOWN')) not null default 'HIGHER_IS_BETTER', "frequency" text check ("frequency" in ('ANNUAL', 'QUARTERLY', 'MONTHLY')) not null default 'ANNUAL', "tolerance" double precision null, "tolerance_kind" text check ("tolerance_kind" in ('ABSOLUTE', 'PERCENT')) not null default 'ABSOLUTE', "band_low" double precision null, "band_high" double precision null, "domain" varchar(60) null, "source" varchar(500) null, "council_id" int null);`);
    this.addSql(`create index "indicator_council_id_index" on "indicator" ("council_id");`);
    this.addSql(`alter table "indicator" add constraint "indicator_framework_code_council_id_unique" unique ("framework", "code", "council_id");`);

    this.addSql(`create table "target" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "council_id" int not null, "indicator_id" int not null, "period" varchar(12) not null, "service_id" int null, "value" double precision not null, "tolerance" double precision null, "set_by_id" int null, "note" text null);`);
    this.addSql(`create index "target_indicator_id_period_index" on "target" ("indicator_id", "period");`);
    this.addSql(`alter table "target" add constraint "target_council_id_indicator_id_period_service_id_unique" unique ("council_id", "indicator_id", "period", "service_id");`);

    this.addSql(`alter table "indicator" add constraint "indicator_council_id_foreign" foreign key ("council_id") references "council" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "target" add constraint "target_council_id_foreign" foreign key ("council_id") references "council" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "target" add constraint "target_indicator_id_foreign" foreign key ("indicator_id") references "indicator" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "target" add constraint "target_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "target" add constraint "target_set_by_id_foreign" foreign key ("set_by_id") references "person" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "target" drop constraint "target_indicator_id_foreign";`);

    this.addSql(`drop table if exists "indicator" cascade;`);

    this.addSql(`drop table if exists "target" cascade;`);
  }

}
