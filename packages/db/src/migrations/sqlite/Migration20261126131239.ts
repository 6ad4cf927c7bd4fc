import { Migration } from '@mikro-orm/migrations';

export class Migration20261126131239 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`indicator\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`framework\` text check (\`framework\` in ('ASCOF', 'PAF', 'OFLOG', 'LOCAL')) not null, \`code\` text not null, \`display_code\` text null, \`title\` text not null, \`definition\` text null, \`unit\` text null, \`polarity\` text check (\`polarity\` in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'WITHIN_BAND', 'UNKNOWN')) not null default 'HIGHER_IS_BETTER', \`frequency\` text check (\`frequency\` in ('ANNUAL', 'QUARTERLY', 'MONTHLY')) not null default 'ANNUAL', \`tolerance\` double null, \`tolerance_kind\` text check (\`tolerance_kind\` in ('ABSOLUTE', 'PERCENT')) not null default 'ABSOLUTE', \`band_low\` double null, \`band_high\` double null, \`domain\` text null, \`source\` text null, \`council_id\` integer null, constraint \`indicator_council_id_foreign\` foreign key(\`council_id\`) references \`council\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`indicator_council_id_index\` on \`indicator\` (\`council_id\`);`);
    this.addSql(`create unique index \`indicator_framework_code_council_id_unique\` on \`indicator\` (\`framework\`, \`code\`, \`council_id\`);`);

    this.addSql(`create table \`target\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`council_id\` integer not null, \`indicator_id\` integer not null, \`period\` text not null, \`service_id\` integer null, \`value\` double not null, \`tolerance\` double null, \`set_by_id\` integer null, \`note\` text null, constraint \`target_council_id_foreign\` foreign key(\`council_id\`) references \`council\`(\`id\`) on delete cascade on update cascade, constraint \`target_indicator_id_foreign\` foreign key(\`indicator_id\`) references \`indicator\`(\`id\`) on delete restrict on update cascade, constraint \`target_service_id_foreign\` foreign key(\`service_id\`) references \`service\`(\`id\`) on delete cascade on update cascade, constraint \`target_set_by_id_foreign\` foreign key(\`set_by_id\`) references \`person\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`target_council_id_index\` on \`target\` (\`council_id\`);`);
    this.addSql(`create index \`target_indicator_id_index\` on \`target\` (\`indicator_id\`);`);
    this.addSql(`create index \`target_service_id_index\` on \`target\` (\`service_id\`);`);
    this.addSql(`create index \`target_set_by_id_index\` on \`target\` (\`set_by_id\`);`);
    this.addSql(`create index \`target_indicator_id_period_index\` on \`target\` (\`indicator_id\`, \`period\`);`);
    this.addSql(`create unique index \`target_council_id_indicator_id_period_service_id_unique\` on \`target\` (\`council_id\`, \`indicator_id\`, \`period\`, \`service_id\`);`);
  }

}
