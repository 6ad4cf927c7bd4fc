import { Migration } from '@mikro-orm/migrations';

export class Migration20261202123109 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "report_pack" ("id" serial primary key, "council_id" int not null, "audience" varchar(20) not null, "period" varchar(10) not null, "portfolio_id" varchar(100) null, "portfolio_key" varchar(100) not null, "meeting_date" varchar(10) null, "pack_version" int not null, "content_sha256" varchar(64) not null, "file_name" varchar(200) not null, "issued_by_id" int null, "issued_at" timestamptz not null);`);
    this.addSql(`create index "report_pack_council_id_issued_at_index" on "report_pack" ("council_id", "issued_at");`);
    this.addSql(`alter table "report_pack" add constraint "report_pack_council_id_audience_period_portfolio__cd916_unique" unique ("council_id", "audience", "period", "portfolio_key", "pack_version");`);

    this.addSql(`create table "report_pack_file" ("id" serial primary key, "pack_id" int not null, "format" varchar(10) not null, "content_type" varchar(120) not null, "body" bytea not null, "size" int not null, "sha256" varchar(64) not null);`);
    this.addSql(`alter table "report_pack_file" add constraint "report_pack_file_pack_id_format_unique" unique ("pack_id", "format");`);

    this.addSql(`alter table "report_pack" add constraint "report_pack_council_id_foreign" foreign key ("council_id") references "council" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "report_pack" add constraint "report_pack_issued_by_id_foreign" foreign key ("issued_by_id") references "person" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "report_pack_file" add constraint "report_pack_file_pack_id_foreign" foreign key ("pack_id") references "report_pack" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "report_pack_file" cascade;`);
    this.addSql(`drop table if exists "report_pack" cascade;`);
  }

}
