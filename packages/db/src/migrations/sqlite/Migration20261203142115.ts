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

export class Migration20261203142115 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`area\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`gss_code\` text not null, \`name\` text not null, \`type\` text check (\`type\` in ('ENGLAND', 'REGION')) not null);`);
    this.addSql(`create unique index \`area_gss_code_unique\` on \`area\` (\`gss_code\`);`);

    this.addSql(`create table \`area_figure\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`area_id\` integer not null, \`indicator_id\` integer not null, \`period\` text not null, \`period_kind\` text check (\`period_kind\` in ('YEAR', 'QUARTER', 'MONTH')) not null, \`period_start\` text not null, \`disaggregation\` text not null default 'Total', \`value\` double null, \`value_status\` text check (\`value_status\` in ('VALUE', 'SUPPRESSED', 'NOT_AVAILABLE')) not null default 'VALUE', \`numerator\` double null, \`denominator\` double null, \`note\` text null, \`source\` text null, constraint \`area_figure_area_id_foreign\` foreign key(\`area_id\`) references \`area\`(\`id\`) on delete cascade on update cascade, constraint \`area_figure_indicator_id_foreign\` foreign key(\`indicator_id\`) references \`indicator\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`area_figure_area_id_index\` on \`area_figure\` (\`area_id\`);`);
    this.addSql(`create index \`area_figure_indicator_id_index\` on \`area_figure\` (\`indicator_id\`);`);
    this.addSql(`create index \`area_figure_indicator_id_period_disaggregation_index\` on \`area_figure\` (\`indicator_id\`, \`period\`, \`disaggregation\`);`);
    this.addSql(`create unique index \`area_figure_area_id_indicator_id_period_disaggregation_unique\` on \`area_figure\` (\`area_id\`, \`indicator_id\`, \`period\`, \`disaggregation\`);`);
    for (const [gss, name, type] of AREAS) {
      const now = `cast((julianday('now') - 2440587.5) * 86400000 as integer)`;
      this.addSql(`insert into \`area\` (\`version\`, \`created_at\`, \`updated_at\`, \`gss_code\`, \`name\`, \`type\`) values (1, ${now}, ${now}, '${gss}', '${name}', '${type}');`);
    }
    for (const table of ['area', 'area_figure']) {
      for (const event of ['insert', 'update', 'delete']) {
        this.addSql(`create trigger \`data_version_${table}_${event}\` after ${event} on \`${table}\` for each row begin update \`data_version\` set \`version\` = \`version\` + 1 where \`id\` = 1; end;`);
      }
    }
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists \`area_figure\`;`);
    this.addSql(`drop table if exists \`area\`;`);
  }

}
