import { Migration } from '@mikro-orm/migrations';

export class Migration20261126160158 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "person" add column "left_on" date null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "person" drop column "left_on";`);
  }

}
