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

export class Migration20261202203000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`data_version\` (\`id\` integer not null, \`version\` bigint not null default 0, primary key (\`id\`));`);
    this.addSql(`insert into \`data_version\` (\`id\`, \`version\`) values (1, 0);`);
    // SQLite has one writer at a time and no deferred or statement-level triggers: each changed row bumps it.
    for (const table of VERSIONED) {
      for (const event of ['insert', 'update', 'delete']) {
        this.addSql(`create trigger \`data_version_${table}_${event}\` after ${event} on \`${table}\` for each row begin update \`data_version\` set \`version\` = \`version\` + 1 where \`id\` = 1; end;`);
      }
    }
  }

  override async down(): Promise<void> {
    for (const table of VERSIONED) {
      for (const event of ['insert', 'update', 'delete']) this.addSql(`drop trigger if exists \`data_version_${table}_${event}\`;`);
    }
    this.addSql(`drop table if exists \`data_version\`;`);
  }

}
