import { Migration } from '@mikro-orm/migrations';

/**
 * The data version (issue 19, item 3): one number that grows after every committed change to the
 * data any answer can read, whoever writes (this server, another process, the CLI, raw SQL). The API
 * keeps published answers for anonymous callers and partners under it. Frozen here as this migration
 * made it: every table but the bookkeeping of sign-ins and keys (account, api_key, refresh_token),
 * the audit trail (written with the changes it records) and change_stamp.
 */
const VERSIONED = [
  'action', 'action_update', 'appraisal_objective', 'best_value_finding', 'best_value_option', 'best_value_panel_member',
  'best_value_recommendation', 'best_value_review', 'commentary', 'commentary_revision', 'communication', 'communication_group',
  'communication_priority', 'comparator_group', 'comparator_group_member', 'complaint', 'complaint_panel_member', 'complaint_theme',
  'complaint_theme_link', 'consultation', 'consultation_group', 'consultation_priority', 'council', 'councillor_role', 'decision_body',
  'decision_power', 'delegation', 'delegation_event', 'directorate', 'health_interface', 'indicator', 'indicator_ownership',
  'measurement', 'measurement_history', 'milestone', 'objective', 'objective_priority', 'objective_target', 'partner_body', 'person',
  'portfolio', 'portfolio_directorate', 'portfolio_priority', 'portfolio_service', 'priority', 'priority_limit', 'priority_target',
  'report_pack', 'report_pack_file', 'risk', 'risk_assessment', 'scrutiny_meeting', 'scrutiny_meeting_item', 'scrutiny_recommendation',
  'scrutiny_topic', 'service', 'staff_role', 'target', 'ward_enquiry',
];

/**
 * Deferred row triggers (constraint triggers are row-level only) run as the transaction commits, so
 * the version's row is locked only for the moment of the commit, never across a transaction's
 * statements: writers of different councils do not wait for one another, and cannot deadlock on it.
 * The first changed row of a transaction bumps it; the rest see the transaction's own flag and return.
 */
const BUMP_ONCE = `create function "data_version_bump"() returns trigger language plpgsql as $$
begin
  if current_setting('gt.data_version_bumped', true) is distinct from '1' then
    update "data_version" set "version" = "version" + 1 where "id" = 1;
    perform set_config('gt.data_version_bumped', '1', true);
  end if;
  return null;
end
$$;`;

const BUMP_NOW = `create function "data_version_bump_now"() returns trigger language plpgsql as $$
begin
  update "data_version" set "version" = "version" + 1 where "id" = 1;
  return null;
end
$$;`;

export class Migration20261202203000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "data_version" ("id" int not null, "version" bigint not null default 0, constraint "data_version_pkey" primary key ("id"));`);
    this.addSql(`insert into "data_version" ("id", "version") values (1, 0);`);
    this.addSql(BUMP_ONCE);
    this.addSql(BUMP_NOW);
    for (const table of VERSIONED) {
      this.addSql(`create constraint trigger "data_version_${table}" after insert or update or delete on "${table}" deferrable initially deferred for each row execute function "data_version_bump"();`);
      this.addSql(`create trigger "data_version_${table}_truncate" after truncate on "${table}" for each statement execute function "data_version_bump_now"();`);
    }
  }

  override async down(): Promise<void> {
    for (const table of VERSIONED) {
      this.addSql(`drop trigger if exists "data_version_${table}" on "${table}";`);
      this.addSql(`drop trigger if exists "data_version_${table}_truncate" on "${table}";`);
    }
    this.addSql(`drop function if exists "data_version_bump"();`);
    this.addSql(`drop function if exists "data_version_bump_now"();`);
    this.addSql(`drop table if exists "data_version";`);
  }

}
