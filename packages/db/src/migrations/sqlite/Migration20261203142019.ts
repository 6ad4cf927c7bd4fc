import { Migration } from '@mikro-orm/migrations';

export class Migration20261203142019 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`council\` add column \`four_eyes_on_data\` integer not null default true;`);

    this.addSql(`alter table \`indicator\` add column \`year_rollup\` text check (\`year_rollup\` in ('SUM', 'MEAN', 'LAST', 'NONE')) not null default 'NONE';`);

    this.addSql(`alter table \`measurement\` add column \`withdrawn_at\` datetime null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table \`council\` drop column \`four_eyes_on_data\`;`);

    this.addSql(`alter table \`indicator\` drop column \`year_rollup\`;`);

    this.addSql(`alter table \`measurement\` drop column \`withdrawn_at\`;`);
  }

}
