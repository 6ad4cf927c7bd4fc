import { Migration } from '@mikro-orm/migrations';

export class Migration20261202065656 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`commentary\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`council_id\` integer not null, \`indicator_id\` integer not null, \`period\` text not null, \`period_kind\` text check (\`period_kind\` in ('YEAR', 'QUARTER', 'MONTH')) not null, \`period_start\` text not null, \`service_id\` integer null, \`service_key\` integer not null default 0, \`what_happened\` text not null, \`why\` text null, \`what_we_are_doing\` text null, \`author_id\` integer null, \`written_on\` date not null, \`withdrawn_on\` date null, \`withdrawn_by_id\` integer null, constraint \`commentary_council_id_foreign\` foreign key(\`council_id\`) references \`council\`(\`id\`) on delete cascade on update cascade, constraint \`commentary_indicator_id_foreign\` foreign key(\`indicator_id\`) references \`indicator\`(\`id\`) on delete cascade on update cascade, constraint \`commentary_service_id_foreign\` foreign key(\`service_id\`) references \`service\`(\`id\`) on delete cascade on update cascade, constraint \`commentary_author_id_foreign\` foreign key(\`author_id\`) references \`person\`(\`id\`) on delete set null on update cascade, constraint \`commentary_withdrawn_by_id_foreign\` foreign key(\`withdrawn_by_id\`) references \`person\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`commentary_council_id_index\` on \`commentary\` (\`council_id\`);`);
    this.addSql(`create index \`commentary_indicator_id_index\` on \`commentary\` (\`indicator_id\`);`);
    this.addSql(`create index \`commentary_service_id_index\` on \`commentary\` (\`service_id\`);`);
    this.addSql(`create index \`commentary_author_id_index\` on \`commentary\` (\`author_id\`);`);
    this.addSql(`create index \`commentary_withdrawn_by_id_index\` on \`commentary\` (\`withdrawn_by_id\`);`);
    this.addSql(`create index \`commentary_council_id_period_index\` on \`commentary\` (\`council_id\`, \`period\`);`);
    this.addSql(`create unique index \`commentary_council_id_indicator_id_period_service_key_unique\` on \`commentary\` (\`council_id\`, \`indicator_id\`, \`period\`, \`service_key\`);`);

    this.addSql(`create table \`commentary_revision\` (\`id\` integer not null primary key autoincrement, \`commentary_id\` integer not null, \`version\` integer not null, \`change\` text check (\`change\` in ('RECORDED', 'CHANGED', 'WITHDRAWN')) not null, \`what_happened\` text not null, \`why\` text null, \`what_we_are_doing\` text null, \`changed_by_id\` integer null, \`changed_at\` datetime not null, constraint \`commentary_revision_commentary_id_foreign\` foreign key(\`commentary_id\`) references \`commentary\`(\`id\`) on delete cascade on update cascade, constraint \`commentary_revision_changed_by_id_foreign\` foreign key(\`changed_by_id\`) references \`person\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`commentary_revision_commentary_id_index\` on \`commentary_revision\` (\`commentary_id\`);`);
    this.addSql(`create index \`commentary_revision_changed_by_id_index\` on \`commentary_revision\` (\`changed_by_id\`);`);
    this.addSql(`create index \`commentary_revision_commentary_id_version_index\` on \`commentary_revision\` (\`commentary_id\`, \`version\`);`);

    this.addSql(`alter table \`action\` add column \`commentary_id\` integer null constraint \`action_commentary_id_foreign\` references \`commentary\` (\`id\`) on update cascade on delete cascade;`);
    this.addSql(`create index \`action_commentary_id_index\` on \`action\` (\`commentary_id\`);`);
  }

  override async down(): Promise<void> {
    // SQLite cannot drop a column that holds a foreign key without rebuilding the table (and its
    // change-stamp triggers), so action.commentary_id stays, emptied; the entities before this one do not map it.
    this.addSql(`update \`action\` set \`commentary_id\` = null;`);
    this.addSql(`drop index if exists \`action_commentary_id_index\`;`);
    this.addSql(`drop table if exists \`commentary_revision\`;`);
    this.addSql(`drop table if exists \`commentary\`;`);
  }

}
