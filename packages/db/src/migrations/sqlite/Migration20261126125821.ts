import { Migration } from '@mikro-orm/migrations';

export class Migration20261126125821 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`service\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`council_id\` integer not null, \`directorate_id\` integer not null, \`parent_id\` integer null, \`name\` text not null, \`kind\` text check (\`kind\` in ('SERVICE', 'TEAM')) not null default 'SERVICE', \`accountable_owner_id\` integer null, constraint \`service_council_id_foreign\` foreign key(\`council_id\`) references \`council\`(\`id\`) on delete cascade on update cascade, constraint \`service_directorate_id_foreign\` foreign key(\`directorate_id\`) references \`directorate\`(\`id\`) on delete restrict on update cascade, constraint \`service_parent_id_foreign\` foreign key(\`parent_id\`) references \`service\`(\`id\`) on delete restrict on update cascade, constraint \`service_accountable_owner_id_foreign\` foreign key(\`accountable_owner_id\`) references \`person\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`service_accountable_owner_id_index\` on \`service\` (\`accountable_owner_id\`);`);
    this.addSql(`create index \`service_parent_id_index\` on \`service\` (\`parent_id\`);`);
    this.addSql(`create index \`service_directorate_id_index\` on \`service\` (\`directorate_id\`);`);
    this.addSql(`create index \`service_council_id_index\` on \`service\` (\`council_id\`);`);

    this.addSql(`create table \`council\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`gss_code\` text not null, \`name\` text not null, \`official_name\` text null, \`type\` text check (\`type\` in ('CTY', 'UA', 'MD', 'LBO', 'CC')) not null, \`region\` text not null, \`current\` integer not null default true, \`start_date\` date null, \`end_date\` date null, \`nhs_code\` text null, \`oflog_group\` text null, \`mi_responsible_id\` integer null, constraint \`council_mi_responsible_id_foreign\` foreign key(\`mi_responsible_id\`) references \`person\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create unique index \`council_gss_code_unique\` on \`council\` (\`gss_code\`);`);
    this.addSql(`create index \`council_mi_responsible_id_index\` on \`council\` (\`mi_responsible_id\`);`);
    this.addSql(`create index \`council_type_region_index\` on \`council\` (\`type\`, \`region\`);`);

    this.addSql(`create table \`person\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`council_id\` integer not null, \`name\` text not null, \`email\` text null, \`job_title\` text null, \`kind\` text check (\`kind\` in ('OFFICER', 'COUNCILLOR', 'PARTNER_CONTACT')) not null default 'OFFICER', \`directorate_id\` integer null, \`service_id\` integer null, \`line_manager_id\` integer null, \`functional_manager_id\` integer null, constraint \`person_council_id_foreign\` foreign key(\`council_id\`) references \`council\`(\`id\`) on delete cascade on update cascade, constraint \`person_directorate_id_foreign\` foreign key(\`directorate_id\`) references \`directorate\`(\`id\`) on delete restrict on update cascade, constraint \`person_service_id_foreign\` foreign key(\`service_id\`) references \`service\`(\`id\`) on delete restrict on update cascade, constraint \`person_line_manager_id_foreign\` foreign key(\`line_manager_id\`) references \`person\`(\`id\`) on delete restrict on update cascade, constraint \`person_functional_manager_id_foreign\` foreign key(\`functional_manager_id\`) references \`person\`(\`id\`) on delete restrict on update cascade);`);
    this.addSql(`create index \`person_council_id_index\` on \`person\` (\`council_id\`);`);
    this.addSql(`create index \`person_functional_manager_id_index\` on \`person\` (\`functional_manager_id\`);`);
    this.addSql(`create index \`person_line_manager_id_index\` on \`person\` (\`line_manager_id\`);`);
    this.addSql(`create index \`person_directorate_id_index\` on \`person\` (\`directorate_id\`);`);
    this.addSql(`create index \`person_service_id_index\` on \`person\` (\`service_id\`);`);
    this.addSql(`create unique index \`person_council_id_email_unique\` on \`person\` (\`council_id\`, \`email\`);`);

    this.addSql(`create table \`directorate\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`council_id\` integer not null, \`name\` text not null, \`code\` text null, \`director_id\` integer null, constraint \`directorate_council_id_foreign\` foreign key(\`council_id\`) references \`council\`(\`id\`) on delete cascade on update cascade, constraint \`directorate_director_id_foreign\` foreign key(\`director_id\`) references \`person\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`directorate_council_id_index\` on \`directorate\` (\`council_id\`);`);
    this.addSql(`create index \`directorate_director_id_index\` on \`directorate\` (\`director_id\`);`);
    this.addSql(`create index \`directorate_council_id_name_index\` on \`directorate\` (\`council_id\`, \`name\`);`);

    this.addSql(`create table \`councillor_role\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`council_id\` integer not null, \`person_id\` integer not null, \`role\` text check (\`role\` in ('LEADER', 'CABINET_MEMBER', 'PORTFOLIO_HOLDER', 'SCRUTINY_CHAIR', 'SCRUTINY_MEMBER', 'COMPLAINTS_PANEL', 'BEST_VALUE_PANEL', 'WARD_COUNCILLOR')) not null, \`portfolio\` text null, \`committee\` text null, \`ward\` text null, constraint \`councillor_role_council_id_foreign\` foreign key(\`council_id\`) references \`council\`(\`id\`) on delete cascade on update cascade, constraint \`councillor_role_person_id_foreign\` foreign key(\`person_id\`) references \`person\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`councillor_role_council_id_index\` on \`councillor_role\` (\`council_id\`);`);
    this.addSql(`create index \`councillor_role_person_id_index\` on \`councillor_role\` (\`person_id\`);`);
    this.addSql(`create index \`councillor_role_council_id_role_index\` on \`councillor_role\` (\`council_id\`, \`role\`);`);
  }

}
