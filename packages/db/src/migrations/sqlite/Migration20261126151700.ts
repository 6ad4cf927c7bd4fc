import { Migration } from '@mikro-orm/migrations';

/**
 * The tables whose changes bump a council's change stamp, with the column that names the council
 * (null: national, stamp row 0). Frozen here as this migration created them; CHANGE_STAMPED_TABLES
 * (shared/change-stamp.ts) lists the same, and test/db/change-stamp.test.ts checks the two agree.
 */
const STAMPED: ReadonlyArray<readonly [table: string, councilColumn: string]> = [
  ['council', 'id'],
  ['directorate', 'council_id'],
  ['service', 'council_id'],
  ['person', 'council_id'],
  ['councillor_role', 'council_id'],
  ['decision_body', 'council_id'],
  ['decision_power', 'council_id'],
  ['delegation', 'council_id'],
  ['objective', 'council_id'],
  ['target', 'council_id'],
  ['indicator_ownership', 'council_id'],
  ['indicator', 'council_id'],
];

/** Adds one to the stamp of the council `owner` (an SQL expression), starting its row at 1 when it has none. */
function bump(owner: string): string {
  return `insert into \`change_stamp\` (\`council_id\`, \`version\`) values (${owner}, 1) on conflict (\`council_id\`) do update set \`version\` = \`version\` + 1;`;
}

/** Bumps the old council as well, when an update moved the row to another. */
function bumpOldIfMoved(oldOwner: string, newOwner: string): string {
  return `insert into \`change_stamp\` (\`council_id\`, \`version\`) select ${oldOwner}, 1 where ${oldOwner} <> ${newOwner} on conflict (\`council_id\`) do update set \`version\` = \`version\` + 1;`;
}

export class Migration20261126151700 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`change_stamp\` (\`council_id\` integer not null, \`version\` bigint not null default 0, primary key (\`council_id\`));`);

    // SQLite has no statement-level triggers: these fire for each row. One addSql per trigger: the
    // runner prepares each as a single statement, the semicolons inside BEGIN ... END included.
    for (const [table, column] of STAMPED) {
      const newOwner = `coalesce(new.\`${column}\`, 0)`;
      const oldOwner = `coalesce(old.\`${column}\`, 0)`;
      this.addSql(`create trigger \`change_stamp_${table}_insert\` after insert on \`${table}\` for each row begin ${bump(newOwner)} end;`);
      this.addSql(`create trigger \`change_stamp_${table}_update\` after update on \`${table}\` for each row begin ${bump(newOwner)} ${bumpOldIfMoved(oldOwner, newOwner)} end;`);
      this.addSql(`create trigger \`change_stamp_${table}_delete\` after delete on \`${table}\` for each row begin ${bump(oldOwner)} end;`);
    }
  }

  override async down(): Promise<void> {
    for (const [table] of STAMPED) {
      for (const event of ['insert', 'update', 'delete']) this.addSql(`drop trigger if exists \`change_stamp_${table}_${event}\`;`);
    }
    this.addSql(`drop table if exists \`change_stamp\`;`);
  }

}
