import { Migration } from '@mikro-orm/migrations';

export class Migration20261202065658 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "commentary" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "council_id" int not null, "indicator_id" int not null, "period" varchar(12) not null, "period_kind" text check ("period_kind" in ('YEAR', 'QUARTER', 'MONTH')) not null, "period_start" varchar(10) not null, "service_id" int null, "service_key" int not null default 0, "what_happened" text not null, "why" text null, "what_we_are_doing" text null, "author_id" int null, "written_on" date not null, "withdrawn_on" date null, "withdrawn_by_id" int null);`);
    this.addSql(`create index "commentary_council_id_period_index" on "commentary" ("council_id", "period");`);
    this.addSql(`alter table "commentary" add constraint "commentary_council_id_indicator_id_period_service_key_unique" unique ("council_id", "indicator_id", "period", "service_key");`);

    this.addSql(`create table "commentary_revision" ("id" serial primary key, "commentary_id" int not null, "version" int not null, "change" text check ("change" in ('RECORDED', 'CHANGED', 'WITHDRAWN')) not null, "what_happened" text not null, "why" text null, "what_we_are_doing" text null, "changed_by_id" int null, "changed_at" timestamptz not null);`);
    this.addSql(`create index "commentary_revision_commentary_id_version_index" on "commentary_revision" ("commentary_id", "version");`);

    this.addSql(`alter table "commentary" add constraint "commentary_council_id_foreign" foreign key ("council_id") references "council" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "commentary" add constraint "commentary_indicator_id_foreign" foreign key ("indicator_id") references "indicator" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "commentary" add constraint "commentary_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "commentary" add constraint "commentary_author_id_foreign" foreign key ("author_id") references "person" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "commentary" add constraint "commentary_withdrawn_by_id_foreign" foreign key ("withdrawn_by_id") references "person" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "commentary_revision" add constraint "commentary_revision_commentary_id_foreign" foreign key ("commentary_id") references "commentary" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "commentary_revision" add constraint "commentary_revision_changed_by_id_foreign" foreign key ("changed_by_id") references "person" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "action" add column "commentary_id" int null;`);
    this.addSql(`alter table "action" add constraint "action_commentary_id_foreign" foreign key ("commentary_id") references "commentary" ("id") on update cascade on delete cascade;`);
    this.addSql(`create index "action_commentary_id_index" on "action" ("commentary_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "commentary_revision" drop constraint "commentary_revision_commentary_id_foreign";`);

    this.addSql(`alter table "action" drop constraint "action_commentary_id_foreign";`);

    this.addSql(`drop table if exists "commentary" cascade;`);

    this.addSql(`drop table if exists "commentary_revision" cascade;`);

    this.addSql(`drop index "action_commentary_id_index";`);
    this.addSql(`alter table "action" drop column "commentary_id";`);
  }

}
