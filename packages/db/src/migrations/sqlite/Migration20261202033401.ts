import { Migration } from '@mikro-orm/migrations';

export class Migration20261202033401 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`portfolio\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`council_id\` integer not null, \`name\` text not null, \`description\` text null, constraint \`portfolio_council_id_foreign\` foreign key(\`council_id\`) references \`council\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`portfolio_council_id_index\` on \`portfolio\` (\`council_id\`);`);
    this.addSql(`create unique index \`portfolio_council_id_name_unique\` on \`portfolio\` (\`council_id\`, \`name\`);`);

    this.addSql(`create table \`portfolio_service\` (\`id\` integer not null primary key autoincrement, \`portfolio_id\` integer not null, \`service_id\` integer not null, constraint \`portfolio_service_portfolio_id_foreign\` foreign key(\`portfolio_id\`) references \`portfolio\`(\`id\`) on delete cascade on update cascade, constraint \`portfolio_service_service_id_foreign\` foreign key(\`service_id\`) references \`service\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`portfolio_service_portfolio_id_index\` on \`portfolio_service\` (\`portfolio_id\`);`);
    this.addSql(`create index \`portfolio_service_service_id_index\` on \`portfolio_service\` (\`service_id\`);`);
    this.addSql(`create unique index \`portfolio_service_portfolio_id_service_id_unique\` on \`portfolio_service\` (\`portfolio_id\`, \`service_id\`);`);

    this.addSql(`create table \`partner_body\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`council_id\` integer not null, \`name\` text not null, \`kind\` text check (\`kind\` in ('INTEGRATED_CARE_BOARD', 'NHS_TRUST', 'PROVIDER', 'VOLUNTARY_SECTOR', 'OTHER')) not null, \`ods_code\` text null, constraint \`partner_body_council_id_foreign\` foreign key(\`council_id\`) references \`council\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`partner_body_council_id_index\` on \`partner_body\` (\`council_id\`);`);
    this.addSql(`create unique index \`partner_body_council_id_name_unique\` on \`partner_body\` (\`council_id\`, \`name\`);`);

    this.addSql(`create table \`portfolio_priority\` (\`id\` integer not null primary key autoincrement, \`portfolio_id\` integer not null, \`priority_id\` integer not null, constraint \`portfolio_priority_portfolio_id_foreign\` foreign key(\`portfolio_id\`) references \`portfolio\`(\`id\`) on delete cascade on update cascade, constraint \`portfolio_priority_priority_id_foreign\` foreign key(\`priority_id\`) references \`priority\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`portfolio_priority_portfolio_id_index\` on \`portfolio_priority\` (\`portfolio_id\`);`);
    this.addSql(`create index \`portfolio_priority_priority_id_index\` on \`portfolio_priority\` (\`priority_id\`);`);
    this.addSql(`create unique index \`portfolio_priority_portfolio_id_priority_id_unique\` on \`portfolio_priority\` (\`portfolio_id\`, \`priority_id\`);`);

    this.addSql(`create table \`portfolio_directorate\` (\`id\` integer not null primary key autoincrement, \`portfolio_id\` integer not null, \`directorate_id\` integer not null, constraint \`portfolio_directorate_portfolio_id_foreign\` foreign key(\`portfolio_id\`) references \`portfolio\`(\`id\`) on delete cascade on update cascade, constraint \`portfolio_directorate_directorate_id_foreign\` foreign key(\`directorate_id\`) references \`directorate\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`portfolio_directorate_portfolio_id_index\` on \`portfolio_directorate\` (\`portfolio_id\`);`);
    this.addSql(`create index \`portfolio_directorate_directorate_id_index\` on \`portfolio_directorate\` (\`directorate_id\`);`);
    this.addSql(`create unique index \`portfolio_directorate_portfolio_id_directorate_id_unique\` on \`portfolio_directorate\` (\`portfolio_id\`, \`directorate_id\`);`);

    this.addSql(`create table \`scrutiny_topic\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`council_id\` integer not null, \`committee_id\` integer not null, \`title\` text not null, \`reason\` text check (\`reason\` in ('BOTTOM_QUARTILE', 'DETERIORATING', 'OFF_TARGET', 'PUBLIC_CONCERN', 'HEALTH_SCRUTINY', 'POLICY_DEVELOPMENT', 'OTHER')) not null, \`reason_note\` text null, \`priority_id\` integer null, \`service_id\` integer null, \`indicator_id\` integer null, \`partner_body_id\` integer null, \`health\` integer not null default false, \`status\` text check (\`status\` in ('PLANNED', 'IN_PROGRESS', 'COMPLETE', 'DROPPED')) not null default 'PLANNED', \`planned_for\` date null, constraint \`scrutiny_topic_council_id_foreign\` foreign key(\`council_id\`) references \`council\`(\`id\`) on delete cascade on update cascade, constraint \`scrutiny_topic_committee_id_foreign\` foreign key(\`committee_id\`) references \`decision_body\`(\`id\`) on delete restrict on update cascade, constraint \`scrutiny_topic_priority_id_foreign\` foreign key(\`priority_id\`) references \`priority\`(\`id\`) on delete set null on update cascade, constraint \`scrutiny_topic_service_id_foreign\` foreign key(\`service_id\`) references \`service\`(\`id\`) on delete set null on update cascade, constraint \`scrutiny_topic_indicator_id_foreign\` foreign key(\`indicator_id\`) references \`indicator\`(\`id\`) on delete set null on update cascade, constraint \`scrutiny_topic_partner_body_id_foreign\` foreign key(\`partner_body_id\`) references \`partner_body\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`scrutiny_topic_council_id_index\` on \`scrutiny_topic\` (\`council_id\`);`);
    this.addSql(`create index \`scrutiny_topic_committee_id_index\` on \`scrutiny_topic\` (\`committee_id\`);`);
    this.addSql(`create index \`scrutiny_topic_priority_id_index\` on \`scrutiny_topic\` (\`priority_id\`);`);
    this.addSql(`create index \`scrutiny_topic_service_id_index\` on \`scrutiny_topic\` (\`service_id\`);`);
    this.addSql(`create index \`scrutiny_topic_indicator_id_index\` on \`scrutiny_topic\` (\`indicator_id\`);`);
    this.addSql(`create index \`scrutiny_topic_partner_body_id_index\` on \`scrutiny_topic\` (\`partner_body_id\`);`);
    this.addSql(`create index \`scrutiny_topic_council_id_committee_id_index\` on \`scrutiny_topic\` (\`council_id\`, \`committee_id\`);`);

    this.addSql(`create table \`scrutiny_meeting\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`council_id\` integer not null, \`committee_id\` integer not null, \`held_on\` date not null, constraint \`scrutiny_meeting_council_id_foreign\` foreign key(\`council_id\`) references \`council\`(\`id\`) on delete cascade on update cascade, constraint \`scrutiny_meeting_committee_id_foreign\` foreign key(\`committee_id\`) references \`decision_body\`(\`id\`) on delete restrict on update cascade);`);
    this.addSql(`create index \`scrutiny_meeting_council_id_index\` on \`scrutiny_meeting\` (\`council_id\`);`);
    this.addSql(`create index \`scrutiny_meeting_committee_id_index\` on \`scrutiny_meeting\` (\`committee_id\`);`);
    this.addSql(`create index \`scrutiny_meeting_council_id_committee_id_held_on_index\` on \`scrutiny_meeting\` (\`council_id\`, \`committee_id\`, \`held_on\`);`);

    this.addSql(`create table \`scrutiny_recommendation\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`council_id\` integer not null, \`committee_id\` integer not null, \`topic_id\` integer null, \`meeting_id\` integer null, \`text\` text not null, \`made_on\` date not null, \`response_due\` date not null, \`response\` text check (\`response\` in ('ACCEPTED', 'PARTLY_ACCEPTED', 'REJECTED')) null, \`responded_on\` date null, \`response_text\` text null, constraint \`scrutiny_recommendation_council_id_foreign\` foreign key(\`council_id\`) references \`council\`(\`id\`) on delete cascade on update cascade, constraint \`scrutiny_recommendation_committee_id_foreign\` foreign key(\`committee_id\`) references \`decision_body\`(\`id\`) on delete restrict on update cascade, constraint \`scrutiny_recommendation_topic_id_foreign\` foreign key(\`topic_id\`) references \`scrutiny_topic\`(\`id\`) on delete set null on update cascade, constraint \`scrutiny_recommendation_meeting_id_foreign\` foreign key(\`meeting_id\`) references \`scrutiny_meeting\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`scrutiny_recommendation_council_id_index\` on \`scrutiny_recommendation\` (\`council_id\`);`);
    this.addSql(`create index \`scrutiny_recommendation_committee_id_index\` on \`scrutiny_recommendation\` (\`committee_id\`);`);
    this.addSql(`create index \`scrutiny_recommendation_meeting_id_index\` on \`scrutiny_recommendation\` (\`meeting_id\`);`);
    this.addSql(`create index \`scrutiny_recommendation_topic_id_index\` on \`scrutiny_recommendation\` (\`topic_id\`);`);
    this.addSql(`create index \`scrutiny_recommendation_council_id_committee_id_index\` on \`scrutiny_recommendation\` (\`council_id\`, \`committee_id\`);`);

    this.addSql(`create table \`scrutiny_meeting_item\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`meeting_id\` integer not null, \`topic_id\` integer null, \`title\` text not null, \`notes\` text null, constraint \`scrutiny_meeting_item_meeting_id_foreign\` foreign key(\`meeting_id\`) references \`scrutiny_meeting\`(\`id\`) on delete cascade on update cascade, constraint \`scrutiny_meeting_item_topic_id_foreign\` foreign key(\`topic_id\`) references \`scrutiny_topic\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`scrutiny_meeting_item_topic_id_index\` on \`scrutiny_meeting_item\` (\`topic_id\`);`);
    this.addSql(`create index \`scrutiny_meeting_item_meeting_id_index\` on \`scrutiny_meeting_item\` (\`meeting_id\`);`);

    this.addSql(`create table \`complaint_theme\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`council_id\` integer not null, \`name\` text not null, \`retired\` integer not null default false, constraint \`complaint_theme_council_id_foreign\` foreign key(\`council_id\`) references \`council\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`complaint_theme_council_id_index\` on \`complaint_theme\` (\`council_id\`);`);
    this.addSql(`create unique index \`complaint_theme_council_id_name_unique\` on \`complaint_theme\` (\`council_id\`, \`name\`);`);

    this.addSql(`create table \`risk\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`council_id\` integer not null, \`reference\` text not null, \`title\` text not null, \`cause\` text null, \`effect\` text null, \`directorate_id\` integer null, \`priority_id\` integer null, \`objective_id\` integer null, \`service_id\` integer null, \`service_plan_period\` text null, \`owner_id\` integer null, \`inherent_likelihood\` integer not null, \`inherent_impact\` integer not null, \`residual_likelihood\` integer not null, \`residual_impact\` integer not null, \`controls\` text null, \`status\` text check (\`status\` in ('OPEN', 'TOLERATED', 'CLOSED')) not null default 'OPEN', \`review_due\` date null, constraint \`risk_council_id_foreign\` foreign key(\`council_id\`) references \`council\`(\`id\`) on delete cascade on update cascade, constraint \`risk_directorate_id_foreign\` foreign key(\`directorate_id\`) references \`directorate\`(\`id\`) on delete restrict on update cascade, constraint \`risk_priority_id_foreign\` foreign key(\`priority_id\`) references \`priority\`(\`id\`) on delete set null on update cascade, constraint \`risk_objective_id_foreign\` foreign key(\`objective_id\`) references \`objective\`(\`id\`) on delete set null on update cascade, constraint \`risk_service_id_foreign\` foreign key(\`service_id\`) references \`service\`(\`id\`) on delete set null on update cascade, constraint \`risk_owner_id_foreign\` foreign key(\`owner_id\`) references \`person\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`risk_council_id_index\` on \`risk\` (\`council_id\`);`);
    this.addSql(`create index \`risk_directorate_id_index\` on \`risk\` (\`directorate_id\`);`);
    this.addSql(`create index \`risk_objective_id_index\` on \`risk\` (\`objective_id\`);`);
    this.addSql(`create index \`risk_owner_id_index\` on \`risk\` (\`owner_id\`);`);
    this.addSql(`create index \`risk_service_id_index\` on \`risk\` (\`service_id\`);`);
    this.addSql(`create index \`risk_priority_id_index\` on \`risk\` (\`priority_id\`);`);
    this.addSql(`create index \`risk_council_id_status_index\` on \`risk\` (\`council_id\`, \`status\`);`);
    this.addSql(`create unique index \`risk_council_id_reference_unique\` on \`risk\` (\`council_id\`, \`reference\`);`);

    this.addSql(`create table \`risk_assessment\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`risk_id\` integer not null, \`assessed_on\` date not null, \`inherent_likelihood\` integer not null, \`inherent_impact\` integer not null, \`residual_likelihood\` integer not null, \`residual_impact\` integer not null, \`by_id\` integer null, \`note\` text null, constraint \`risk_assessment_risk_id_foreign\` foreign key(\`risk_id\`) references \`risk\`(\`id\`) on delete cascade on update cascade, constraint \`risk_assessment_by_id_foreign\` foreign key(\`by_id\`) references \`person\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`risk_assessment_risk_id_index\` on \`risk_assessment\` (\`risk_id\`);`);
    this.addSql(`create index \`risk_assessment_by_id_index\` on \`risk_assessment\` (\`by_id\`);`);
    this.addSql(`create index \`risk_assessment_risk_id_assessed_on_index\` on \`risk_assessment\` (\`risk_id\`, \`assessed_on\`);`);

    this.addSql(`create table \`health_interface\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`council_id\` integer not null, \`service_id\` integer null, \`indicator_id\` integer null, \`partner_body_id\` integer null, \`note\` text null, constraint \`health_interface_council_id_foreign\` foreign key(\`council_id\`) references \`council\`(\`id\`) on delete cascade on update cascade, constraint \`health_interface_service_id_foreign\` foreign key(\`service_id\`) references \`service\`(\`id\`) on delete cascade on update cascade, constraint \`health_interface_indicator_id_foreign\` foreign key(\`indicator_id\`) references \`indicator\`(\`id\`) on delete cascade on update cascade, constraint \`health_interface_partner_body_id_foreign\` foreign key(\`partner_body_id\`) references \`partner_body\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`health_interface_service_id_index\` on \`health_interface\` (\`service_id\`);`);
    this.addSql(`create index \`health_interface_indicator_id_index\` on \`health_interface\` (\`indicator_id\`);`);
    this.addSql(`create index \`health_interface_partner_body_id_index\` on \`health_interface\` (\`partner_body_id\`);`);
    this.addSql(`create index \`health_interface_council_id_index\` on \`health_interface\` (\`council_id\`);`);

    this.addSql(`create table \`complaint\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`council_id\` integer not null, \`service_id\` integer not null, \`reference\` text not null, \`received_on\` date not null, \`summary\` text null, \`stage\` text check (\`stage\` in ('LOCAL_RESOLUTION', 'INVESTIGATION', 'REVIEW_PANEL', 'OMBUDSMAN')) not null default 'LOCAL_RESOLUTION', \`stage_since\` date null, \`outcome\` text check (\`outcome\` in ('UPHELD', 'PARTLY_UPHELD', 'NOT_UPHELD', 'WITHDRAWN')) null, \`response_due\` date not null, \`responded_on\` date null, \`lessons\` text null, constraint \`complaint_council_id_foreign\` foreign key(\`council_id\`) references \`council\`(\`id\`) on delete cascade on update cascade, constraint \`complaint_service_id_foreign\` foreign key(\`service_id\`) references \`service\`(\`id\`) on delete restrict on update cascade);`);
    this.addSql(`create index \`complaint_council_id_index\` on \`complaint\` (\`council_id\`);`);
    this.addSql(`create index \`complaint_service_id_index\` on \`complaint\` (\`service_id\`);`);
    this.addSql(`create index \`complaint_council_id_received_on_index\` on \`complaint\` (\`council_id\`, \`received_on\`);`);
    this.addSql(`create unique index \`complaint_council_id_reference_unique\` on \`complaint\` (\`council_id\`, \`reference\`);`);

    this.addSql(`create table \`complaint_theme_link\` (\`id\` integer not null primary key autoincrement, \`complaint_id\` integer not null, \`theme_id\` integer not null, constraint \`complaint_theme_link_complaint_id_foreign\` foreign key(\`complaint_id\`) references \`complaint\`(\`id\`) on delete cascade on update cascade, constraint \`complaint_theme_link_theme_id_foreign\` foreign key(\`theme_id\`) references \`complaint_theme\`(\`id\`) on delete restrict on update cascade);`);
    this.addSql(`create index \`complaint_theme_link_complaint_id_index\` on \`complaint_theme_link\` (\`complaint_id\`);`);
    this.addSql(`create index \`complaint_theme_link_theme_id_index\` on \`complaint_theme_link\` (\`theme_id\`);`);
    this.addSql(`create unique index \`complaint_theme_link_complaint_id_theme_id_unique\` on \`complaint_theme_link\` (\`complaint_id\`, \`theme_id\`);`);

    this.addSql(`create table \`complaint_panel_member\` (\`id\` integer not null primary key autoincrement, \`complaint_id\` integer not null, \`person_id\` integer not null, constraint \`complaint_panel_member_complaint_id_foreign\` foreign key(\`complaint_id\`) references \`complaint\`(\`id\`) on delete cascade on update cascade, constraint \`complaint_panel_member_person_id_foreign\` foreign key(\`person_id\`) references \`person\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`complaint_panel_member_complaint_id_index\` on \`complaint_panel_member\` (\`complaint_id\`);`);
    this.addSql(`create index \`complaint_panel_member_person_id_index\` on \`complaint_panel_member\` (\`person_id\`);`);
    this.addSql(`create unique index \`complaint_panel_member_complaint_id_person_id_unique\` on \`complaint_panel_member\` (\`complaint_id\`, \`person_id\`);`);

    this.addSql(`create table \`best_value_review\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`council_id\` integer not null, \`title\` text not null, \`service_id\` integer null, \`directorate_id\` integer null, \`scope\` text not null, \`lead_officer_id\` integer null, \`status\` text check (\`status\` in ('SCOPING', 'EVIDENCE', 'OPTIONS', 'RECOMMENDATIONS_AGREED', 'IMPLEMENTING', 'CLOSED')) not null default 'SCOPING', \`started_on\` date not null, \`status_since\` date not null, \`closed_on\` date null, \`chosen_option\` text check (\`chosen_option\` in ('KEEP_IN_HOUSE', 'CHANGE', 'SHARE', 'COMMISSION_EXTERNALLY', 'STOP')) null, \`chosen_reason\` text null, \`unit_cost\` double null, \`comparator_unit_cost\` double null, \`annual_spend\` double null, \`efficiency_note\` text null, constraint \`best_value_review_council_id_foreign\` foreign key(\`council_id\`) references \`council\`(\`id\`) on delete cascade on update cascade, constraint \`best_value_review_service_id_foreign\` foreign key(\`service_id\`) references \`service\`(\`id\`) on delete restrict on update cascade, constraint \`best_value_review_directorate_id_foreign\` foreign key(\`directorate_id\`) references \`directorate\`(\`id\`) on delete restrict on update cascade, constraint \`best_value_review_lead_officer_id_foreign\` foreign key(\`lead_officer_id\`) references \`person\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`best_value_review_council_id_index\` on \`best_value_review\` (\`council_id\`);`);
    this.addSql(`create index \`best_value_review_directorate_id_index\` on \`best_value_review\` (\`directorate_id\`);`);
    this.addSql(`create index \`best_value_review_lead_officer_id_index\` on \`best_value_review\` (\`lead_officer_id\`);`);
    this.addSql(`create index \`best_value_review_service_id_index\` on \`best_value_review\` (\`service_id\`);`);
    this.addSql(`create index \`best_value_review_council_id_status_index\` on \`best_value_review\` (\`council_id\`, \`status\`);`);

    this.addSql(`create table \`best_value_recommendation\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`review_id\` integer not null, \`text\` text not null, \`agreed_on\` date null, constraint \`best_value_recommendation_review_id_foreign\` foreign key(\`review_id\`) references \`best_value_review\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`best_value_recommendation_review_id_index\` on \`best_value_recommendation\` (\`review_id\`);`);

    this.addSql(`create table \`best_value_panel_member\` (\`id\` integer not null primary key autoincrement, \`review_id\` integer not null, \`person_id\` integer not null, constraint \`best_value_panel_member_review_id_foreign\` foreign key(\`review_id\`) references \`best_value_review\`(\`id\`) on delete cascade on update cascade, constraint \`best_value_panel_member_person_id_foreign\` foreign key(\`person_id\`) references \`person\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`best_value_panel_member_review_id_index\` on \`best_value_panel_member\` (\`review_id\`);`);
    this.addSql(`create index \`best_value_panel_member_person_id_index\` on \`best_value_panel_member\` (\`person_id\`);`);
    this.addSql(`create unique index \`best_value_panel_member_review_id_person_id_unique\` on \`best_value_panel_member\` (\`review_id\`, \`person_id\`);`);

    this.addSql(`create table \`best_value_option\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`review_id\` integer not null, \`option\` text check (\`option\` in ('KEEP_IN_HOUSE', 'CHANGE', 'SHARE', 'COMMISSION_EXTERNALLY', 'STOP')) not null, \`appraisal\` text null, constraint \`best_value_option_review_id_foreign\` foreign key(\`review_id\`) references \`best_value_review\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`best_value_option_review_id_index\` on \`best_value_option\` (\`review_id\`);`);
    this.addSql(`create unique index \`best_value_option_review_id_option_unique\` on \`best_value_option\` (\`review_id\`, \`option\`);`);

    this.addSql(`create table \`best_value_finding\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`review_id\` integer not null, \`kind\` text check (\`kind\` in ('CHALLENGE', 'COMPARE', 'CONSULT', 'COMPETE')) not null, \`text\` text not null, \`evidence\` text null, constraint \`best_value_finding_review_id_foreign\` foreign key(\`review_id\`) references \`best_value_review\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`best_value_finding_review_id_index\` on \`best_value_finding\` (\`review_id\`);`);

    this.addSql(`create table \`action\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`council_id\` integer not null, \`title\` text not null, \`description\` text null, \`owner_id\` integer null, \`due\` date null, \`status\` text check (\`status\` in ('OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED')) not null default 'OPEN', \`dropped_reason\` text null, \`completed_on\` date null, \`service_id\` integer null, \`source\` text check (\`source\` in ('BEST_VALUE_RECOMMENDATION', 'COMPLAINT_LESSON', 'RISK_MITIGATION', 'SCRUTINY_RECOMMENDATION', 'EXCEPTION', 'COMMENTARY', 'FINDING', 'OTHER')) not null, \`best_value_recommendation_id\` integer null, \`complaint_id\` integer null, \`risk_id\` integer null, \`scrutiny_recommendation_id\` integer null, \`indicator_id\` integer null, \`finding_code\` text null, \`finding_key\` text null, constraint \`action_council_id_foreign\` foreign key(\`council_id\`) references \`council\`(\`id\`) on delete cascade on update cascade, constraint \`action_owner_id_foreign\` foreign key(\`owner_id\`) references \`person\`(\`id\`) on delete set null on update cascade, constraint \`action_service_id_foreign\` foreign key(\`service_id\`) references \`service\`(\`id\`) on delete set null on update cascade, constraint \`action_best_value_recommendation_id_foreign\` foreign key(\`best_value_recommendation_id\`) references \`best_value_recommendation\`(\`id\`) on delete cascade on update cascade, constraint \`action_complaint_id_foreign\` foreign key(\`complaint_id\`) references \`complaint\`(\`id\`) on delete cascade on update cascade, constraint \`action_risk_id_foreign\` foreign key(\`risk_id\`) references \`risk\`(\`id\`) on delete cascade on update cascade, constraint \`action_scrutiny_recommendation_id_foreign\` foreign key(\`scrutiny_recommendation_id\`) references \`scrutiny_recommendation\`(\`id\`) on delete cascade on update cascade, constraint \`action_indicator_id_foreign\` foreign key(\`indicator_id\`) references \`indicator\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`action_council_id_index\` on \`action\` (\`council_id\`);`);
    this.addSql(`create index \`action_indicator_id_index\` on \`action\` (\`indicator_id\`);`);
    this.addSql(`create index \`action_scrutiny_recommendation_id_index\` on \`action\` (\`scrutiny_recommendation_id\`);`);
    this.addSql(`create index \`action_best_value_recommendation_id_index\` on \`action\` (\`best_value_recommendation_id\`);`);
    this.addSql(`create index \`action_complaint_id_index\` on \`action\` (\`complaint_id\`);`);
    this.addSql(`create index \`action_risk_id_index\` on \`action\` (\`risk_id\`);`);
    this.addSql(`create index \`action_service_id_index\` on \`action\` (\`service_id\`);`);
    this.addSql(`create index \`action_owner_id_index\` on \`action\` (\`owner_id\`);`);
    this.addSql(`create index \`action_council_id_status_index\` on \`action\` (\`council_id\`, \`status\`);`);

    this.addSql(`create table \`action_update\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`action_id\` integer not null, \`on\` date not null, \`text\` text not null, \`by_id\` integer null, constraint \`action_update_action_id_foreign\` foreign key(\`action_id\`) references \`action\`(\`id\`) on delete cascade on update cascade, constraint \`action_update_by_id_foreign\` foreign key(\`by_id\`) references \`person\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`action_update_by_id_index\` on \`action_update\` (\`by_id\`);`);
    this.addSql(`create index \`action_update_action_id_index\` on \`action_update\` (\`action_id\`);`);

    this.addSql(`create table \`staff_role\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`council_id\` integer not null, \`person_id\` integer not null, \`kind\` text check (\`kind\` in ('COMPLAINTS_OFFICER', 'SCRUTINY_OFFICER', 'RISK_MANAGER')) not null, \`starts_on\` date not null, \`ends_on\` date null, constraint \`staff_role_council_id_foreign\` foreign key(\`council_id\`) references \`council\`(\`id\`) on delete cascade on update cascade, constraint \`staff_role_person_id_foreign\` foreign key(\`person_id\`) references \`person\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`staff_role_council_id_index\` on \`staff_role\` (\`council_id\`);`);
    this.addSql(`create index \`staff_role_person_id_index\` on \`staff_role\` (\`person_id\`);`);
    this.addSql(`create unique index \`staff_role_council_id_person_id_kind_unique\` on \`staff_role\` (\`council_id\`, \`person_id\`, \`kind\`);`);

    this.addSql(`create table \`ward_enquiry\` (\`id\` integer not null primary key autoincrement, \`version\` integer not null default 1, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`council_id\` integer not null, \`councillor_id\` integer not null, \`ward\` text not null, \`service_id\` integer not null, \`subject\` text not null, \`raised_on\` date not null, \`response_due\` date not null, \`responded_on\` date null, \`outcome\` text null, \`status\` text check (\`status\` in ('OPEN', 'RESPONDED', 'CLOSED')) not null default 'OPEN', constraint \`ward_enquiry_council_id_foreign\` foreign key(\`council_id\`) references \`council\`(\`id\`) on delete cascade on update cascade, constraint \`ward_enquiry_councillor_id_foreign\` foreign key(\`councillor_id\`) references \`person\`(\`id\`) on delete restrict on update cascade, constraint \`ward_enquiry_service_id_foreign\` foreign key(\`service_id\`) references \`service\`(\`id\`) on delete restrict on update cascade);`);
    this.addSql(`create index \`ward_enquiry_council_id_index\` on \`ward_enquiry\` (\`council_id\`);`);
    this.addSql(`create index \`ward_enquiry_councillor_id_index\` on \`ward_enquiry\` (\`councillor_id\`);`);
    this.addSql(`create index \`ward_enquiry_service_id_index\` on \`ward_enquiry\` (\`service_id\`);`);
    this.addSql(`create index \`ward_enquiry_council_id_ward_index\` on \`ward_enquiry\` (\`council_id\`, \`ward\`);`);

    // Councillor roles named their portfolio and committee as text: both become records of their own
    // (a portfolio; a committee is a decision body), and every role keeps what it named.
    this.addSql(`alter table \`councillor_role\` add column \`portfolio_id\` integer null constraint \`councillor_role_portfolio_id_foreign\` references \`portfolio\` (\`id\`) on update cascade on delete restrict;`);
    this.addSql(`alter table \`councillor_role\` add column \`committee_id\` integer null constraint \`councillor_role_committee_id_foreign\` references \`decision_body\` (\`id\`) on update cascade on delete restrict;`);
    this.addSql(`alter table \`councillor_role\` add column \`starts_on\` date null;`);
    this.addSql(`alter table \`councillor_role\` add column \`ends_on\` date null;`);
    this.addSql(`insert into \`portfolio\` (\`version\`, \`created_at\`, \`updated_at\`, \`council_id\`, \`name\`) select distinct 1, cast((julianday('now') - 2440587.5) * 86400000 as integer), cast((julianday('now') - 2440587.5) * 86400000 as integer), \`council_id\`, \`portfolio\` from \`councillor_role\` where \`portfolio\` is not null;`);
    this.addSql(`update \`councillor_role\` set \`portfolio_id\` = (select p.\`id\` from \`portfolio\` p where p.\`council_id\` = \`councillor_role\`.\`council_id\` and p.\`name\` = \`councillor_role\`.\`portfolio\`);`);
    this.addSql(`insert into \`decision_body\` (\`version\`, \`created_at\`, \`updated_at\`, \`council_id\`, \`name\`, \`kind\`) select distinct 1, cast((julianday('now') - 2440587.5) * 86400000 as integer), cast((julianday('now') - 2440587.5) * 86400000 as integer), r.\`council_id\`, r.\`committee\`, 'COMMITTEE' from \`councillor_role\` r where r.\`committee\` is not null and not exists (select 1 from \`decision_body\` b where b.\`council_id\` = r.\`council_id\` and b.\`name\` = r.\`committee\`);`);
    this.addSql(`update \`councillor_role\` set \`committee_id\` = (select b.\`id\` from \`decision_body\` b where b.\`council_id\` = \`councillor_role\`.\`council_id\` and b.\`name\` = \`councillor_role\`.\`committee\`);`);
    this.addSql(`alter table \`councillor_role\` drop column \`portfolio\`;`);
    this.addSql(`alter table \`councillor_role\` drop column \`committee\`;`);
    this.addSql(`create index \`councillor_role_committee_id_index\` on \`councillor_role\` (\`committee_id\`);`);
    this.addSql(`create index \`councillor_role_portfolio_id_index\` on \`councillor_role\` (\`portfolio_id\`);`);
  }

  override async down(): Promise<void> {
    // The roles get their portfolio and committee names back as text. SQLite cannot drop a column that
    // holds a foreign key without rebuilding the table (and its change-stamp triggers), so the new
    // columns stay, emptied; the entities of the version before this one do not map them.
    this.addSql(`alter table \`councillor_role\` add column \`portfolio\` text null;`);
    this.addSql(`alter table \`councillor_role\` add column \`committee\` text null;`);
    this.addSql(`update \`councillor_role\` set \`portfolio\` = (select p.\`name\` from \`portfolio\` p where p.\`id\` = \`councillor_role\`.\`portfolio_id\`);`);
    this.addSql(`update \`councillor_role\` set \`committee\` = (select b.\`name\` from \`decision_body\` b where b.\`id\` = \`councillor_role\`.\`committee_id\`);`);
    this.addSql(`update \`councillor_role\` set \`portfolio_id\` = null, \`committee_id\` = null, \`starts_on\` = null, \`ends_on\` = null;`);
    this.addSql(`drop index if exists \`councillor_role_committee_id_index\`;`);
    this.addSql(`drop index if exists \`councillor_role_portfolio_id_index\`;`);
    this.addSql(`drop table if exists \`ward_enquiry\`;`);
    this.addSql(`drop table if exists \`staff_role\`;`);
    this.addSql(`drop table if exists \`action_update\`;`);
    this.addSql(`drop table if exists \`action\`;`);
    this.addSql(`drop table if exists \`best_value_finding\`;`);
    this.addSql(`drop table if exists \`best_value_option\`;`);
    this.addSql(`drop table if exists \`best_value_panel_member\`;`);
    this.addSql(`drop table if exists \`best_value_recommendation\`;`);
    this.addSql(`drop table if exists \`best_value_review\`;`);
    this.addSql(`drop table if exists \`complaint_panel_member\`;`);
    this.addSql(`drop table if exists \`complaint_theme_link\`;`);
    this.addSql(`drop table if exists \`complaint\`;`);
    this.addSql(`drop table if exists \`health_interface\`;`);
    this.addSql(`drop table if exists \`risk_assessment\`;`);
    this.addSql(`drop table if exists \`risk\`;`);
    this.addSql(`drop table if exists \`complaint_theme\`;`);
    this.addSql(`drop table if exists \`scrutiny_meeting_item\`;`);
    this.addSql(`drop table if exists \`scrutiny_recommendation\`;`);
    this.addSql(`drop table if exists \`scrutiny_meeting\`;`);
    this.addSql(`drop table if exists \`scrutiny_topic\`;`);
    this.addSql(`drop table if exists \`portfolio_directorate\`;`);
    this.addSql(`drop table if exists \`portfolio_priority\`;`);
    this.addSql(`drop table if exists \`partner_body\`;`);
    this.addSql(`drop table if exists \`portfolio_service\`;`);
    this.addSql(`drop table if exists \`portfolio\`;`);
  }

}
