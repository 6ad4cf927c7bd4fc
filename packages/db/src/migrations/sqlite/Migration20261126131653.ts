import { Migration } from '@mikro-orm/migrations';

export class Migration20261126131653 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`priority_limit\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`council_id\` integer not null, \`level\` text check (\`level\` in ('CORPORATE', 'DIRECTORATE', 'SERVICE')) not null, \`max_active\` integer not null, constraint \`priority_limit_council_id_foreign\` foreign key(\`council_id\`) references \`council\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`priority_limit_council_id_index\` on \`priority_limit\` (\`council_id\`);`);
    this.addSql(`create unique index \`priority_limit_council_id_level_unique\` on \`priority_limit\` (\`council_id\`, \`level\`);`);

    this.addSql(`create table \`priority\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`council_id\` integer not null, \`level\` text check (\`level\` in ('CORPORATE', 'DIRECTORATE', 'SERVICE')) not null, \`parent_id\` integer null, \`name\` text not null, \`description\` text null, \`owner_id\` integer null, \`origin\` text check (\`origin\` in ('NATIONAL', 'LOCAL')) not null default 'LOCAL', \`national_agenda\` text null, \`national_indicator_id\` integer null, \`period\` text not null, \`status\` text check (\`status\` in ('DRAFT', 'AGREED', 'COMMUNICATED')) not null default 'DRAFT', \`agreed_on\` date null, \`communicated_on\` date null, \`is_non_priority\` integer not null default false, \`non_priority_reason\` text null, \`budget\` double null, \`fte\` double null, \`capacity\` text null, \`directorate_id\` integer null, \`service_id\` integer null, constraint \`priority_council_id_foreign\` foreign key(\`council_id\`) references \`council\`(\`id\`) on delete cascade on update cascade, constraint \`priority_parent_id_foreign\` foreign key(\`parent_id\`) references \`priority\`(\`id\`) on delete restrict on update cascade, constraint \`priority_owner_id_foreign\` foreign key(\`owner_id\`) references \`person\`(\`id\`) on delete set null on update cascade, constraint \`priority_national_indicator_id_foreign\` foreign key(\`national_indicator_id\`) references \`indicator\`(\`id\`) on delete set null on update cascade, constraint \`priority_directorate_id_foreign\` foreign key(\`directorate_id\`) references \`directorate\`(\`id\`) on delete set null on update cascade, constraint \`priority_service_id_foreign\` foreign key(\`service_id\`) references \`service\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`priority_council_id_index\` on \`priority\` (\`council_id\`);`);
    this.addSql(`create index \`priority_owner_id_index\` on \`priority\` (\`owner_id\`);`);
    this.addSql(`create index \`priority_national_indicator_id_index\` on \`priority\` (\`national_indicator_id\`);`);
    this.addSql(`create index \`priority_directorate_id_index\` on \`priority\` (\`directorate_id\`);`);
    this.addSql(`create index \`priority_service_id_index\` on \`priority\` (\`service_id\`);`);
    this.addSql(`create index \`priority_parent_id_index\` on \`priority\` (\`parent_id\`);`);
    this.addSql(`create index \`priority_council_id_period_index\` on \`priority\` (\`council_id\`, \`period\`);`);

    this.addSql(`create table \`consultation\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`council_id\` integer not null, \`title\` text not null, \`date\` date not null, \`heard\` text not null, constraint \`consultation_council_id_foreign\` foreign key(\`council_id\`) references \`council\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`consultation_council_id_index\` on \`consultation\` (\`council_id\`);`);
    this.addSql(`create index \`consultation_council_id_date_index\` on \`consultation\` (\`council_id\`, \`date\`);`);

    this.addSql(`create table \`consultation_priority\` (\`id\` integer not null primary key autoincrement, \`consultation_id\` integer not null, \`priority_id\` integer not null, constraint \`consultation_priority_consultation_id_foreign\` foreign key(\`consultation_id\`) references \`consultation\`(\`id\`) on delete cascade on update cascade, constraint \`consultation_priority_priority_id_foreign\` foreign key(\`priority_id\`) references \`priority\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`consultation_priority_consultation_id_index\` on \`consultation_priority\` (\`consultation_id\`);`);
    this.addSql(`create index \`consultation_priority_priority_id_index\` on \`consultation_priority\` (\`priority_id\`);`);
    this.addSql(`create unique index \`consultation_priority_consultation_id_priority_id_unique\` on \`consultation_priority\` (\`consultation_id\`, \`priority_id\`);`);

    this.addSql(`create table \`consultation_group\` (\`id\` integer not null primary key autoincrement, \`consultation_id\` integer not null, \`kind\` text check (\`kind\` in ('SERVICE_USERS', 'CARERS', 'COMMUNITY', 'PROVIDERS', 'PARTNERS', 'STAFF')) not null, \`name\` text not null, \`hard_to_reach\` integer not null, constraint \`consultation_group_consultation_id_foreign\` foreign key(\`consultation_id\`) references \`consultation\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`consultation_group_consultation_id_index\` on \`consultation_group\` (\`consultation_id\`);`);

    this.addSql(`create table \`communication\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`council_id\` integer not null, \`date\` date not null, \`channel\` text not null, constraint \`communication_council_id_foreign\` foreign key(\`council_id\`) references \`council\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`communication_council_id_index\` on \`communication\` (\`council_id\`);`);
    this.addSql(`create index \`communication_council_id_date_index\` on \`communication\` (\`council_id\`, \`date\`);`);

    this.addSql(`create table \`communication_priority\` (\`id\` integer not null primary key autoincrement, \`communication_id\` integer not null, \`priority_id\` integer not null, constraint \`communication_priority_communication_id_foreign\` foreign key(\`communication_id\`) references \`communication\`(\`id\`) on delete cascade on update cascade, constraint \`communication_priority_priority_id_foreign\` foreign key(\`priority_id\`) references \`priority\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`communication_priority_communication_id_index\` on \`communication_priority\` (\`communication_id\`);`);
    this.addSql(`create index \`communication_priority_priority_id_index\` on \`communication_priority\` (\`priority_id\`);`);
    this.addSql(`create unique index \`communication_priority_communication_id_priority_id_unique\` on \`communication_priority\` (\`communication_id\`, \`priority_id\`);`);

    this.addSql(`create table \`communication_group\` (\`id\` integer not null primary key autoincrement, \`communication_id\` integer not null, \`kind\` text check (\`kind\` in ('SERVICE_USERS', 'CARERS', 'COMMUNITY', 'PROVIDERS', 'PARTNERS', 'STAFF')) not null, \`name\` text not null, constraint \`communication_group_communication_id_foreign\` foreign key(\`communication_id\`) references \`communication\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`communication_group_communication_id_index\` on \`communication_group\` (\`communication_id\`);`);

    this.addSql(`create table \`objective\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`council_id\` integer not null, \`service_id\` integer not null, \`name\` text not null, \`description\` text null, \`owner_id\` integer null, \`period\` text not null, constraint \`objective_council_id_foreign\` foreign key(\`council_id\`) references \`council\`(\`id\`) on delete cascade on update cascade, constraint \`objective_service_id_foreign\` foreign key(\`service_id\`) references \`service\`(\`id\`) on delete cascade on update cascade, constraint \`objective_owner_id_foreign\` foreign key(\`owner_id\`) references \`person\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`objective_council_id_index\` on \`objective\` (\`council_id\`);`);
    this.addSql(`create index \`objective_owner_id_index\` on \`objective\` (\`owner_id\`);`);
    this.addSql(`create index \`objective_service_id_index\` on \`objective\` (\`service_id\`);`);
    this.addSql(`create index \`objective_council_id_period_index\` on \`objective\` (\`council_id\`, \`period\`);`);

    this.addSql(`create table \`objective_priority\` (\`id\` integer not null primary key autoincrement, \`objective_id\` integer not null, \`priority_id\` integer not null, constraint \`objective_priority_objective_id_foreign\` foreign key(\`objective_id\`) references \`objective\`(\`id\`) on delete cascade on update cascade, constraint \`objective_priority_priority_id_foreign\` foreign key(\`priority_id\`) references \`priority\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`objective_priority_objective_id_index\` on \`objective_priority\` (\`objective_id\`);`);
    this.addSql(`create index \`objective_priority_priority_id_index\` on \`objective_priority\` (\`priority_id\`);`);
    this.addSql(`create unique index \`objective_priority_objective_id_priority_id_unique\` on \`objective_priority\` (\`objective_id\`, \`priority_id\`);`);

    this.addSql(`create table \`milestone\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`objective_id\` integer not null, \`name\` text not null, \`due\` date not null, \`completed_on\` date null, \`status\` text check (\`status\` in ('NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'COMPLETE', 'MISSED')) not null default 'NOT_STARTED', constraint \`milestone_objective_id_foreign\` foreign key(\`objective_id\`) references \`objective\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`milestone_objective_id_index\` on \`milestone\` (\`objective_id\`);`);

    this.addSql(`create table \`appraisal_objective\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`council_id\` integer not null, \`person_id\` integer not null, \`name\` text not null, \`objective_id\` integer null, \`priority_id\` integer null, \`period\` text not null, \`agreed_on\` date null, \`reviewed_on\` date null, \`rating\` text check (\`rating\` in ('EXCEEDED', 'MET', 'PARTLY_MET', 'NOT_MET')) null, constraint \`appraisal_objective_council_id_foreign\` foreign key(\`council_id\`) references \`council\`(\`id\`) on delete cascade on update cascade, constraint \`appraisal_objective_person_id_foreign\` foreign key(\`person_id\`) references \`person\`(\`id\`) on delete cascade on update cascade, constraint \`appraisal_objective_objective_id_foreign\` foreign key(\`objective_id\`) references \`objective\`(\`id\`) on delete set null on update cascade, constraint \`appraisal_objective_priority_id_foreign\` foreign key(\`priority_id\`) references \`priority\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`appraisal_objective_council_id_index\` on \`appraisal_objective\` (\`council_id\`);`);
    this.addSql(`create index \`appraisal_objective_objective_id_index\` on \`appraisal_objective\` (\`objective_id\`);`);
    this.addSql(`create index \`appraisal_objective_priority_id_index\` on \`appraisal_objective\` (\`priority_id\`);`);
    this.addSql(`create index \`appraisal_objective_person_id_index\` on \`appraisal_objective\` (\`person_id\`);`);
    this.addSql(`create index \`appraisal_objective_council_id_period_index\` on \`appraisal_objective\` (\`council_id\`, \`period\`);`);

    this.addSql(`create table \`priority_target\` (\`id\` integer not null primary key autoincrement, \`priority_id\` integer not null, \`target_id\` integer not null, constraint \`priority_target_priority_id_foreign\` foreign key(\`priority_id\`) references \`priority\`(\`id\`) on delete cascade on update cascade, constraint \`priority_target_target_id_foreign\` foreign key(\`target_id\`) references \`target\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`priority_target_priority_id_index\` on \`priority_target\` (\`priority_id\`);`);
    this.addSql(`create index \`priority_target_target_id_index\` on \`priority_target\` (\`target_id\`);`);
    this.addSql(`create unique index \`priority_target_priority_id_target_id_unique\` on \`priority_target\` (\`priority_id\`, \`target_id\`);`);

    this.addSql(`create table \`objective_target\` (\`id\` integer not null primary key autoincrement, \`objective_id\` integer not null, \`target_id\` integer not null, constraint \`objective_target_objective_id_foreign\` foreign key(\`objective_id\`) references \`objective\`(\`id\`) on delete cascade on update cascade, constraint \`objective_target_target_id_foreign\` foreign key(\`target_id\`) references \`target\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`objective_target_objective_id_index\` on \`objective_target\` (\`objective_id\`);`);
    this.addSql(`create index \`objective_target_target_id_index\` on \`objective_target\` (\`target_id\`);`);
    this.addSql(`create unique index \`objective_target_objective_id_target_id_unique\` on \`objective_target\` (\`objective_id\`, \`target_id\`);`);
  }

}
