import { Migration } from '@mikro-orm/migrations';

export class Migration20261126131810 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`measurement\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`council_id\` integer not null, \`indicator_id\` integer not null, \`period\` text not null, \`period_kind\` text check (\`period_kind\` in ('YEAR', 'QUARTER', 'MONTH')) not null, \`period_start\` text not null, \`disaggregation\` text not null default 'Total', \`value\` double null, \`value_status\` text check (\`value_status\` in ('VALUE', 'SUPPRESSED', 'NOT_AVAILABLE')) not null default 'VALUE', \`numerator\` double null, \`denominator\` double null, \`status\` text check (\`status\` in ('DRAFT', 'VALIDATED', 'PUBLISHED')) not null default 'DRAFT', \`entered_by_id\` integer null, \`validated_by_id\` integer null, \`published_by_id\` integer null, \`note\` text null, \`source\` text null, constraint \`measurement_council_id_foreign\` foreign key(\`council_id\`) references \`council\`(\`id\`) on delete cascade on update cascade, constraint \`measurement_indicator_id_foreign\` foreign key(\`indicator_id\`) references \`indicator\`(\`id\`) on delete cascade on update cascade, constraint \`measurement_entered_by_id_foreign\` foreign key(\`entered_by_id\`) references \`person\`(\`id\`) on delete set null on update cascade, constraint \`measurement_validated_by_id_foreign\` foreign key(\`validated_by_id\`) references \`person\`(\`id\`) on delete set null on update cascade, constraint \`measurement_published_by_id_foreign\` foreign key(\`published_by_id\`) references \`person\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`measurement_council_id_index\` on \`measurement\` (\`council_id\`);`);
    this.addSql(`create index \`measurement_indicator_id_index\` on \`measurement\` (\`indicator_id\`);`);
    this.addSql(`create index \`measurement_entered_by_id_index\` on \`measurement\` (\`entered_by_id\`);`);
    this.addSql(`create index \`measurement_validated_by_id_index\` on \`measurement\` (\`validated_by_id\`);`);
    this.addSql(`create index \`measurement_published_by_id_index\` on \`measurement\` (\`published_by_id\`);`);
    this.addSql(`create index \`measurement_indicator_id_period_disaggregation_status_index\` on \`measurement\` (\`indicator_id\`, \`period\`, \`disaggregation\`, \`status\`);`);
    this.addSql(`create index \`measurement_council_id_indicator_id_period_start_index\` on \`measurement\` (\`council_id\`, \`indicator_id\`, \`period_start\`);`);
    this.addSql(`create unique index \`measurement_council_id_indicator_id_period_disaggregation_unique\` on \`measurement\` (\`council_id\`, \`indicator_id\`, \`period\`, \`disaggregation\`);`);

    this.addSql(`create table \`measurement_history\` (\`id\` integer not null primary key autoincrement, \`measurement_id\` integer not null, \`version\` integer not null, \`action\` text check (\`action\` in ('CREATED', 'CHANGED', 'VALIDATED', 'PUBLISHED')) not null, \`value\` double null, \`value_status\` text check (\`value_status\` in ('VALUE', 'SUPPRESSED', 'NOT_AVAILABLE')) not null, \`numerator\` double null, \`denominator\` double null, \`status\` text check (\`status\` in ('DRAFT', 'VALIDATED', 'PUBLISHED')) not null, \`note\` text null, \`source\` text null, \`changed_by_id\` integer null, \`changed_at\` datetime not null, constraint \`measurement_history_measurement_id_foreign\` foreign key(\`measurement_id\`) references \`measurement\`(\`id\`) on delete cascade on update cascade, constraint \`measurement_history_changed_by_id_foreign\` foreign key(\`changed_by_id\`) references \`person\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`measurement_history_measurement_id_index\` on \`measurement_history\` (\`measurement_id\`);`);
    this.addSql(`create index \`measurement_history_changed_by_id_index\` on \`measurement_history\` (\`changed_by_id\`);`);
    this.addSql(`create index \`measurement_history_measurement_id_version_index\` on \`measurement_history\` (\`measurement_id\`, \`version\`);`);

    this.addSql(`create table \`indicator_ownership\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`council_id\` integer not null, \`indicator_id\` integer not null, \`data_owner_id\` integer null, \`responsible_manager_id\` integer null, constraint \`indicator_ownership_council_id_foreign\` foreign key(\`council_id\`) references \`council\`(\`id\`) on delete cascade on update cascade, constraint \`indicator_ownership_indicator_id_foreign\` foreign key(\`indicator_id\`) references \`indicator\`(\`id\`) on delete cascade on update cascade, constraint \`indicator_ownership_data_owner_id_foreign\` foreign key(\`data_owner_id\`) references \`person\`(\`id\`) on delete set null on update cascade, constraint \`indicator_ownership_responsible_manager_id_foreign\` foreign key(\`responsible_manager_id\`) references \`person\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`indicator_ownership_council_id_index\` on \`indicator_ownership\` (\`council_id\`);`);
    this.addSql(`create index \`indicator_ownership_indicator_id_index\` on \`indicator_ownership\` (\`indicator_id\`);`);
    this.addSql(`create index \`indicator_ownership_data_owner_id_index\` on \`indicator_ownership\` (\`data_owner_id\`);`);
    this.addSql(`create index \`indicator_ownership_responsible_manager_id_index\` on \`indicator_ownership\` (\`responsible_manager_id\`);`);
    this.addSql(`create unique index \`indicator_ownership_council_id_indicator_id_unique\` on \`indicator_ownership\` (\`council_id\`, \`indicator_id\`);`);

    this.addSql(`create table \`comparator_group\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`council_id\` integer not null, \`name\` text not null, \`description\` text null, \`created_by_id\` integer null, constraint \`comparator_group_council_id_foreign\` foreign key(\`council_id\`) references \`council\`(\`id\`) on delete cascade on update cascade, constraint \`comparator_group_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`person\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`comparator_group_council_id_index\` on \`comparator_group\` (\`council_id\`);`);
    this.addSql(`create index \`comparator_group_created_by_id_index\` on \`comparator_group\` (\`created_by_id\`);`);
    this.addSql(`create unique index \`comparator_group_council_id_name_unique\` on \`comparator_group\` (\`council_id\`, \`name\`);`);

    this.addSql(`create table \`comparator_group_member\` (\`id\` integer not null primary key autoincrement, \`group_id\` integer not null, \`member_id\` integer not null, constraint \`comparator_group_member_group_id_foreign\` foreign key(\`group_id\`) references \`comparator_group\`(\`id\`) on delete cascade on update cascade, constraint \`comparator_group_member_member_id_foreign\` foreign key(\`member_id\`) references \`council\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`comparator_group_member_group_id_index\` on \`comparator_group_member\` (\`group_id\`);`);
    this.addSql(`create index \`comparator_group_member_member_id_index\` on \`comparator_group_member\` (\`member_id\`);`);
    this.addSql(`create unique index \`comparator_group_member_group_id_member_id_unique\` on \`comparator_group_member\` (\`group_id\`, \`member_id\`);`);

    this.addSql(`alter table \`indicator\` add column \`polarity_sourced\` integer not null default false;`);
    this.addSql(`alter table \`indicator\` add column \`data_collection\` text null;`);
    this.addSql(`alter table \`indicator\` add column \`successor_code\` text null;`);

    this.addSql(`alter table \`target\` add column \`tolerance_kind\` text check (\`tolerance_kind\` in ('ABSOLUTE', 'PERCENT')) null;`);
  }

}
