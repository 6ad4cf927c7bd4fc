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

const EVENTS = ['insert', 'update', 'delete'] as const;

/**
 * Statement-level triggers with transition tables: a statement bumps each council it touched once,
 * however many rows (a 20,000-row import costs one bump). An INSERT trigger may only see the new
 * rows, a DELETE trigger only the old, an UPDATE trigger both (old and new council when a row
 * moves), hence one function per table and event. Councils are bumped in id order, so two
 * statements bumping the same councils lock their stamp rows in the same order.
 */
function bumpFunction(table: string, column: string, event: (typeof EVENTS)[number]): string {
  const owners =
    event === 'insert'
      ? `select coalesce("${column}", 0) as council_id from new_rows`
      : event === 'delete'
        ? `select coalesce("${column}", 0) as council_id from old_rows`
        : `select coalesce("${column}", 0) as council_id from old_rows union select coalesce("${column}", 0) from new_rows`;
  return `create function "change_stamp_${table}_${event}"() returns trigger language plpgsql as $$
begin
  insert into "change_stamp" ("council_id", "version")
    select distinct "council_id", 1 from (${owners}) as changed order by "council_id"
    on conflict ("council_id") do update set "version" = "change_stamp"."version" + 1;
  return null;
end
$$;`;
}

function trigger(table: string, event: (typeof EVENTS)[number]): string {
  const transition = event === 'insert' ? 'new table as new_rows' : event === 'delete' ? 'old table as old_rows' : 'old table as old_rows new table as new_rows';
  return `create trigger "change_stamp_${table}_${event}" after ${event} on "${table}" referencing ${transition} for each statement execute function "change_stamp_${table}_${event}"();`;
}

export class Migration20261126151700 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "change_stamp" ("council_id" int not null, "version" bigint not null default 0, constraint "change_stamp_pkey" primary key ("council_id"));`);

    for (const [table, column] of STAMPED) {
      for (const event of EVENTS) {
        this.addSql(bumpFunction(table, column, event));
        this.addSql(trigger(table, event));
      }
    }
  }

  override async down(): Promise<void> {
    for (const [table] of STAMPED) {
      for (const event of EVENTS) {
        this.addSql(`drop trigger if exists "change_stamp_${table}_${event}" on "${table}";`);
        this.addSql(`drop function if exists "change_stamp_${table}_${event}"();`);
      }
    }
    this.addSql(`drop table if exists "change_stamp" cascade;`);
  }

}
