import { Migration } from '@mikro-orm/migrations';

export class Migration20261202123100 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`report_pack\` (\`id\` integer not null primary key autoincrement, \`council_id\` integer not null, \`audience\` text not null, \`period\` text not null, \`portfolio_id\` text null, \`portfolio_key\` text not null, \`meeting_date\` text null, \`pack_version\` integer not null, \`content_sha256\` text not null, \`file_name\` text not null, \`issued_by_id\` integer null, \`issued_at\` datetime not null, constraint \`report_pack_council_id_foreign\` foreign key(\`council_id\`) references \`council\`(\`id\`) on delete cascade on update cascade, constraint \`report_pack_issued_by_id_foreign\` foreign key(\`issued_by_id\`) references \`person\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`report_pack_council_id_index\` on \`report_pack\` (\`council_id\`);`);
    this.addSql(`create index \`report_pack_issued_by_id_index\` on \`report_pack\` (\`issued_by_id\`);`);
    this.addSql(`create index \`report_pack_council_id_issued_at_index\` on \`report_pack\` (\`council_id\`, \`issued_at\`);`);
    this.addSql(`create unique index \`report_pack_council_id_audience_period_portfolio_key_pack_version_unique\` on \`report_pack\` (\`council_id\`, \`audience\`, \`period\`, \`portfolio_key\`, \`pack_version\`);`);

    this.addSql(`create table \`report_pack_file\` (\`id\` integer not null primary key autoincrement, \`pack_id\` integer not null, \`format\` text not null, \`content_type\` text not null, \`body\` blob not null, \`size\` integer not null, \`sha256\` text not null, constraint \`report_pack_file_pack_id_foreign\` foreign key(\`pack_id\`) references \`report_pack\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`report_pack_file_pack_id_index\` on \`report_pack_file\` (\`pack_id\`);`);
    this.addSql(`create unique index \`report_pack_file_pack_id_format_unique\` on \`report_pack_file\` (\`pack_id\`, \`format\`);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`report_pack_file\`;`);
    this.addSql(`drop table if exists \`report_pack\`;`);
  }

}
