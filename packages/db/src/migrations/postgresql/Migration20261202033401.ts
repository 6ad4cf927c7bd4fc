import { Migration } from '@mikro-orm/migrations';

export class Migration20261202033401 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "portfolio" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "council_id" int not null, "name" varchar(200) not null, "description" text null);`);
    this.addSql(`alter table "portfolio" add constraint "portfolio_council_id_name_unique" unique ("council_id", "name");`);

    this.addSql(`create table "portfolio_service" ("id" serial primary key, "portfolio_id" int not null, "service_id" int not null);`);
    this.addSql(`create index "portfolio_service_service_id_index" on "portfolio_service" ("service_id");`);
    this.addSql(`alter table "portfolio_service" add constraint "portfolio_service_portfolio_id_service_id_unique" unique ("portfolio_id", "service_id");`);

    this.addSql(`create table "partner_body" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "council_id" int not null, "name" varchar(200) not null, "kind" text check ("kind" in ('INTEGRATED_CARE_BOARD', 'NHS_TRUST', 'PROVIDER', 'VOLUNTARY_SECTOR', 'OTHER')) not null, "ods_code" varchar(20) null);`);
    this.addSql(`alter table "partner_body" add constraint "partner_body_council_id_name_unique" unique ("council_id", "name");`);

    this.addSql(`create table "portfolio_priority" ("id" serial primary key, "portfolio_id" int not null, "priority_id" int not null);`);
    this.addSql(`create index "portfolio_priority_priority_id_index" on "portfolio_priority" ("priority_id");`);
    this.addSql(`alter table "portfolio_priority" add constraint "portfolio_priority_portfolio_id_priority_id_unique" unique ("portfolio_id", "priority_id");`);

    this.addSql(`create table "portfolio_directorate" ("id" serial primary key, "portfolio_id" int not null, "directorate_id" int not null);`);
    this.addSql(`create index "portfolio_directorate_directorate_id_index" on "portfolio_directorate" ("directorate_id");`);
    this.addSql(`alter table "portfolio_directorate" add constraint "portfolio_directorate_portfolio_id_directorate_id_unique" unique ("portfolio_id", "directorate_id");`);

    this.addSql(`create table "scrutiny_topic" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "council_id" int not null, "committee_id" int not null, "title" varchar(300) not null, "reason" text check ("reason" in ('BOTTOM_QUARTILE', 'DETERIORATING', 'OFF_TARGET', 'PUBLIC_CONCERN', 'HEALTH_SCRUTINY', 'POLICY_DEVELOPMENT', 'OTHER')) not null, "reason_note" text null, "priority_id" int null, "service_id" int null, "indicator_id" int null, "partner_body_id" int null, "health" boolean not null default false, "status" text check ("status" in ('PLANNED', 'IN_PROGRESS', 'COMPLETE', 'DROPPED')) not null default 'PLANNED', "planned_for" date null);`);
    this.addSql(`create index "scrutiny_topic_council_id_committee_id_index" on "scrutiny_topic" ("council_id", "committee_id");`);

    this.addSql(`create table "scrutiny_meeting" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "council_id" int not null, "committee_id" int not null, "held_on" date not null);`);
    this.addSql(`create index "scrutiny_meeting_council_id_committee_id_held_on_index" on "scrutiny_meeting" ("council_id", "committee_id", "held_on");`);

    this.addSql(`create table "scrutiny_recommendation" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "council_id" int not null, "committee_id" int not null, "topic_id" int null, "meeting_id" int null, "text" text not null, "made_on" date not null, "response_due" date not null, "response" text check ("response" in ('ACCEPTED', 'PARTLY_ACCEPTED', 'REJECTED')) null, "responded_on" date null, "response_text" text null);`);
    this.addSql(`create index "scrutiny_recommendation_topic_id_index" on "scrutiny_recommendation" ("topic_id");`);
    this.addSql(`create index "scrutiny_recommendation_council_id_committee_id_index" on "scrutiny_recommendation" ("council_id", "committee_id");`);

    this.addSql(`create table "scrutiny_meeting_item" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "meeting_id" int not null, "topic_id" int null, "title" varchar(300) not null, "notes" text null);`);
    this.addSql(`create index "scrutiny_meeting_item_topic_id_index" on "scrutiny_meeting_item" ("topic_id");`);
    this.addSql(`create index "scrutiny_meeting_item_meeting_id_index" on "scrutiny_meeting_item" ("meeting_id");`);

    this.addSql(`create table "complaint_theme" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "council_id" int not null, "name" varchar(120) not null, "retired" boolean not null default false);`);
    this.addSql(`alter table "complaint_theme" add constraint "complaint_theme_council_id_name_unique" unique ("council_id", "name");`);

    this.addSql(`create table "risk" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "council_id" int not null, "reference" varchar(40) not null, "title" varchar(300) not null, "cause" text null, "effect" text null, "directorate_id" int null, "priority_id" int null, "objective_id" int null, "service_id" int null, "service_plan_period" varchar(12) null, "owner_id" int null, "inherent_likelihood" smallint not null, "inherent_impact" smallint not null, "residual_likelihood" smallint not null, "residual_impact" smallint not null, "controls" text null, "status" text check ("status" in ('OPEN', 'TOLERATED', 'CLOSED')) not null default 'OPEN', "review_due" date null);`);
    this.addSql(`create index "risk_service_id_index" on "risk" ("service_id");`);
    this.addSql(`create index "risk_priority_id_index" on "risk" ("priority_id");`);
    this.addSql(`create index "risk_council_id_status_index" on "risk" ("council_id", "status");`);
    this.addSql(`alter table "risk" add constraint "risk_council_id_reference_unique" unique ("council_id", "reference");`);

    this.addSql(`create table "risk_assessment" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "risk_id" int not null, "assessed_on" date not null, "inherent_likelihood" smallint not null, "inherent_impact" smallint not null, "residual_likelihood" smallint not null, "residual_impact" smallint not null, "by_id" int null, "note" text null);`);
    this.addSql(`create index "risk_assessment_risk_id_assessed_on_index" on "risk_assessment" ("risk_id", "assessed_on");`);

    this.addSql(`create table "health_interface" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "council_id" int not null, "service_id" int null, "indicator_id" int null, "partner_body_id" int null, "note" text null);`);
    this.addSql(`create index "health_interface_council_id_index" on "health_interface" ("council_id");`);

    this.addSql(`create table "complaint" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "council_id" int not null, "service_id" int not null, "reference" varchar(60) not null, "received_on" date not null, "summary" text null, "stage" text check ("stage" in ('LOCAL_RESOLUTION', 'INVESTIGATION', 'REVIEW_PANEL', 'OMBUDSMAN')) not null default 'LOCAL_RESOLUTION', "stage_since" date null, "outcome" text check ("outcome" in ('UPHELD', 'PARTLY_UPHELD', 'NOT_UPHELD', 'WITHDRAWN')) null, "response_due" date not null, "responded_on" date null, "lessons" text null);`);
    this.addSql(`create index "complaint_service_id_index" on "complaint" ("service_id");`);
    this.addSql(`create index "complaint_council_id_received_on_index" on "complaint" ("council_id", "received_on");`);
    this.addSql(`alter table "complaint" add constraint "complaint_council_id_reference_unique" unique ("council_id", "reference");`);

    this.addSql(`create table "complaint_theme_link" ("id" serial primary key, "complaint_id" int not null, "theme_id" int not null);`);
    this.addSql(`create index "complaint_theme_link_theme_id_index" on "complaint_theme_link" ("theme_id");`);
    this.addSql(`alter table "complaint_theme_link" add constraint "complaint_theme_link_complaint_id_theme_id_unique" unique ("complaint_id", "theme_id");`);

    this.addSql(`create table "complaint_panel_member" ("id" serial primary key, "complaint_id" int not null, "person_id" int not null);`);
    this.addSql(`create index "complaint_panel_member_person_id_index" on "complaint_panel_member" ("person_id");`);
    this.addSql(`alter table "complaint_panel_member" add constraint "complaint_panel_member_complaint_id_person_id_unique" unique ("complaint_id", "person_id");`);

    this.addSql(`create table "best_value_review" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "council_id" int not null, "title" varchar(300) not null, "service_id" int null, "directorate_id" int null, "scope" text not null, "lead_officer_id" int null, "status" text check ("status" in ('SCOPING', 'EVIDENCE', 'OPTIONS', 'RECOMMENDATIONS_AGREED', 'IMPLEMENTING', 'CLOSED')) not null default 'SCOPING', "started_on" date not null, "status_since" date not null, "closed_on" date null, "chosen_option" text check ("chosen_option" in ('KEEP_IN_HOUSE', 'CHANGE', 'SHARE', 'COMMISSION_EXTERNALLY', 'STOP')) null, "chosen_reason" text null, "unit_cost" double precision null, "comparator_unit_cost" double precision null, "annual_spend" double precision null, "efficiency_note" text null);`);
    this.addSql(`create index "best_value_review_service_id_index" on "best_value_review" ("service_id");`);
    this.addSql(`create index "best_value_review_council_id_status_index" on "best_value_review" ("council_id", "status");`);

    this.addSql(`create table "best_value_recommendation" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "review_id" int not null, "text" text not null, "agreed_on" date null);`);
    this.addSql(`create index "best_value_recommendation_review_id_index" on "best_value_recommendation" ("review_id");`);

    this.addSql(`create table "best_value_panel_member" ("id" serial primary key, "review_id" int not null, "person_id" int not null);`);
    this.addSql(`alter table "best_value_panel_member" add constraint "best_value_panel_member_review_id_person_id_unique" unique ("review_id", "person_id");`);

    this.addSql(`create table "best_value_option" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "review_id" int not null, "option" text check ("option" in ('KEEP_IN_HOUSE', 'CHANGE', 'SHARE', 'COMMISSION_EXTERNALLY', 'STOP')) not null, "appraisal" text null);`);
    this.addSql(`alter table "best_value_option" add constraint "best_value_option_review_id_option_unique" unique ("review_id", "option");`);

    this.addSql(`create table "best_value_finding" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "review_id" int not null, "kind" text check ("kind" in ('CHALLENGE', 'COMPARE', 'CONSULT', 'COMPETE')) not null, "text" text not null, "evidence" text null);`);
    this.addSql(`create index "best_value_finding_review_id_index" on "best_value_finding" ("review_id");`);

    this.addSql(`create table "action" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "council_id" int not null, "title" varchar(300) not null, "description" text null, "owner_id" int null, "due" date null, "status" text check ("status" in ('OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED')) not null default 'OPEN', "dropped_reason" text null, "completed_on" date null, "service_id" int null, "source" text check ("source" in ('BEST_VALUE_RECOMMENDATION', 'COMPLAINT_LESSON', 'RISK_MITIGATION', 'SCRUTINY_RECOMMENDATION', 'EXCEPTION', 'COMMENTARY', 'FINDING', 'OTHER')) not null, "best_value_recommendation_id" int null, "complaint_id" int null, "risk_id" int null, "scrutiny_recommendation_id" int null, "indicator_id" int null, "finding_code" varchar(80) null, "finding_key" varchar(200) null);`);
    this.addSql(`create index "action_scrutiny_recommendation_id_index" on "action" ("scrutiny_recommendation_id");`);
    this.addSql(`create index "action_best_value_recommendation_id_index" on "action" ("best_value_recommendation_id");`);
    this.addSql(`create index "action_complaint_id_index" on "action" ("complaint_id");`);
    this.addSql(`create index "action_risk_id_index" on "action" ("risk_id");`);
    this.addSql(`create index "action_service_id_index" on "action" ("service_id");`);
    this.addSql(`create index "action_owner_id_index" on "action" ("owner_id");`);
    this.addSql(`create index "action_council_id_status_index" on "action" ("council_id", "status");`);

    this.addSql(`create table "action_update" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "action_id" int not null, "on" date not null, "text" text not null, "by_id" int null);`);
    this.addSql(`create index "action_update_action_id_index" on "action_update" ("action_id");`);

    this.addSql(`create table "staff_role" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "council_id" int not null, "person_id" int not null, "kind" text check ("kind" in ('COMPLAINTS_OFFICER', 'SCRUTINY_OFFICER', 'RISK_MANAGER')) not null, "starts_on" date not null, "ends_on" date null);`);
    this.addSql(`create index "staff_role_person_id_index" on "staff_role" ("person_id");`);
    this.addSql(`alter table "staff_role" add constraint "staff_role_council_id_person_id_kind_unique" unique ("council_id", "person_id", "kind");`);

    this.addSql(`create table "ward_enquiry" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "council_id" int not null, "councillor_id" int not null, "ward" varchar(200) not null, "service_id" int not null, "subject" text not null, "raised_on" date not null, "response_due" date not null, "responded_on" date null, "outcome" text null, "status" text check ("status" in ('OPEN', 'RESPONDED', 'CLOSED')) not null default 'OPEN');`);
    this.addSql(`create index "ward_enquiry_councillor_id_index" on "ward_enquiry" ("councillor_id");`);
    this.addSql(`create index "ward_enquiry_service_id_index" on "ward_enquiry" ("service_id");`);
    this.addSql(`create index "ward_enquiry_council_id_ward_index" on "ward_enquiry" ("council_id", "ward");`);

    this.addSql(`alter table "portfolio" add constraint "portfolio_council_id_foreign" foreign key ("council_id") references "council" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "portfolio_service" add constraint "portfolio_service_portfolio_id_foreign" foreign key ("portfolio_id") references "portfolio" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "portfolio_service" add constraint "portfolio_service_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "partner_body" add constraint "partner_body_council_id_foreign" foreign key ("council_id") references "council" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "portfolio_priority" add constraint "portfolio_priority_portfolio_id_foreign" foreign key ("portfolio_id") references "portfolio" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "portfolio_priority" add constraint "portfolio_priority_priority_id_foreign" foreign key ("priority_id") references "priority" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "portfolio_directorate" add constraint "portfolio_directorate_portfolio_id_foreign" foreign key ("portfolio_id") references "portfolio" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "portfolio_directorate" add constraint "portfolio_directorate_directorate_id_foreign" foreign key ("directorate_id") references "directorate" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "scrutiny_topic" add constraint "scrutiny_topic_council_id_foreign" foreign key ("council_id") references "council" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "scrutiny_topic" add constraint "scrutiny_topic_committee_id_foreign" foreign key ("committee_id") references "decision_body" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "scrutiny_topic" add constraint "scrutiny_topic_priority_id_foreign" foreign key ("priority_id") references "priority" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "scrutiny_topic" add constraint "scrutiny_topic_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "scrutiny_topic" add constraint "scrutiny_topic_indicator_id_foreign" foreign key ("indicator_id") references "indicator" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "scrutiny_topic" add constraint "scrutiny_topic_partner_body_id_foreign" foreign key ("partner_body_id") references "partner_body" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "scrutiny_meeting" add constraint "scrutiny_meeting_council_id_foreign" foreign key ("council_id") references "council" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "scrutiny_meeting" add constraint "scrutiny_meeting_committee_id_foreign" foreign key ("committee_id") references "decision_body" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "scrutiny_recommendation" add constraint "scrutiny_recommendation_council_id_foreign" foreign key ("council_id") references "council" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "scrutiny_recommendation" add constraint "scrutiny_recommendation_committee_id_foreign" foreign key ("committee_id") references "decision_body" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "scrutiny_recommendation" add constraint "scrutiny_recommendation_topic_id_foreign" foreign key ("topic_id") references "scrutiny_topic" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "scrutiny_recommendation" add constraint "scrutiny_recommendation_meeting_id_foreign" foreign key ("meeting_id") references "scrutiny_meeting" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "scrutiny_meeting_item" add constraint "scrutiny_meeting_item_meeting_id_foreign" foreign key ("meeting_id") references "scrutiny_meeting" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "scrutiny_meeting_item" add constraint "scrutiny_meeting_item_topic_id_foreign" foreign key ("topic_id") references "scrutiny_topic" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "complaint_theme" add constraint "complaint_theme_council_id_foreign" foreign key ("council_id") references "council" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "risk" add constraint "risk_council_id_foreign" foreign key ("council_id") references "council" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "risk" add constraint "risk_directorate_id_foreign" foreign key ("directorate_id") references "directorate" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "risk" add constraint "risk_priority_id_foreign" foreign key ("priority_id") references "priority" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "risk" add constraint "risk_objective_id_foreign" foreign key ("objective_id") references "objective" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "risk" add constraint "risk_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "risk" add constraint "risk_owner_id_foreign" foreign key ("owner_id") references "person" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "risk_assessment" add constraint "risk_assessment_risk_id_foreign" foreign key ("risk_id") references "risk" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "risk_assessment" add constraint "risk_assessment_by_id_foreign" foreign key ("by_id") references "person" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "health_interface" add constraint "health_interface_council_id_foreign" foreign key ("council_id") references "council" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "health_interface" add constraint "health_interface_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "health_interface" add constraint "health_interface_indicator_id_foreign" foreign key ("indicator_id") references "indicator" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "health_interface" add constraint "health_interface_partner_body_id_foreign" foreign key ("partner_body_id") references "partner_body" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "complaint" add constraint "complaint_council_id_foreign" foreign key ("council_id") references "council" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "complaint" add constraint "complaint_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "complaint_theme_link" add constraint "complaint_theme_link_complaint_id_foreign" foreign key ("complaint_id") references "complaint" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "complaint_theme_link" add constraint "complaint_theme_link_theme_id_foreign" foreign key ("theme_id") references "complaint_theme" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "complaint_panel_member" add constraint "complaint_panel_member_complaint_id_foreign" foreign key ("complaint_id") references "complaint" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "complaint_panel_member" add constraint "complaint_panel_member_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "best_value_review" add constraint "best_value_review_council_id_foreign" foreign key ("council_id") references "council" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "best_value_review" add constraint "best_value_review_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "best_value_review" add constraint "best_value_review_directorate_id_foreign" foreign key ("directorate_id") references "directorate" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "best_value_review" add constraint "best_value_review_lead_officer_id_foreign" foreign key ("lead_officer_id") references "person" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "best_value_recommendation" add constraint "best_value_recommendation_review_id_foreign" foreign key ("review_id") references "best_value_review" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "best_value_panel_member" add constraint "best_value_panel_member_review_id_foreign" foreign key ("review_id") references "best_value_review" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "best_value_panel_member" add constraint "best_value_panel_member_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "best_value_option" add constraint "best_value_option_review_id_foreign" foreign key ("review_id") references "best_value_review" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "best_value_finding" add constraint "best_value_finding_review_id_foreign" foreign key ("review_id") references "best_value_review" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "action" add constraint "action_council_id_foreign" foreign key ("council_id") references "council" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "action" add constraint "action_owner_id_foreign" foreign key ("owner_id") references "person" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "action" add constraint "action_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "action" add constraint "action_best_value_recommendation_id_foreign" foreign key ("best_value_recommendation_id") references "best_value_recommendation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "action" add constraint "action_complaint_id_foreign" foreign key ("complaint_id") references "complaint" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "action" add constraint "action_risk_id_foreign" foreign key ("risk_id") references "risk" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "action" add constraint "action_scrutiny_recommendation_id_foreign" foreign key ("scrutiny_recommendation_id") references "scrutiny_recommendation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "action" add constraint "action_indicator_id_foreign" foreign key ("indicator_id") references "indicator" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "action_update" add constraint "action_update_action_id_foreign" foreign key ("action_id") references "action" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "action_update" add constraint "action_update_by_id_foreign" foreign key ("by_id") references "person" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "staff_role" add constraint "staff_role_council_id_foreign" foreign key ("council_id") references "council" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "staff_role" add constraint "staff_role_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "ward_enquiry" add constraint "ward_enquiry_council_id_foreign" foreign key ("council_id") references "council" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "ward_enquiry" add constraint "ward_enquiry_councillor_id_foreign" foreign key ("councillor_id") references "person" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "ward_enquiry" add constraint "ward_enquiry_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete restrict;`);

    // Councillor roles named their portfolio and committee as text: both become records of their own
    // (a portfolio; a committee is a decision body), and every role keeps what it named.
    this.addSql(`alter table "councillor_role" add column "portfolio_id" int null, add column "committee_id" int null, add column "starts_on" date null, add column "ends_on" date null;`);
    this.addSql(`insert into "portfolio" ("version", "created_at", "updated_at", "council_id", "name") select distinct 1, now(), now(), "council_id", "portfolio" from "councillor_role" where "portfolio" is not null;`);
    this.addSql(`update "councillor_role" r set "portfolio_id" = p."id" from "portfolio" p where p."council_id" = r."council_id" and p."name" = r."portfolio";`);
    this.addSql(`insert into "decision_body" ("version", "created_at", "updated_at", "council_id", "name", "kind") select distinct 1, now(), now(), r."council_id", r."committee", 'COMMITTEE' from "councillor_role" r where r."committee" is not null and not exists (select 1 from "decision_body" b where b."council_id" = r."council_id" and b."name" = r."committee");`);
    this.addSql(`update "councillor_role" r set "committee_id" = b."id" from "decision_body" b where b."council_id" = r."council_id" and b."name" = r."committee";`);
    this.addSql(`alter table "councillor_role" drop column "portfolio", drop column "committee";`);
    this.addSql(`alter table "councillor_role" add constraint "councillor_role_portfolio_id_foreign" foreign key ("portfolio_id") references "portfolio" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "councillor_role" add constraint "councillor_role_committee_id_foreign" foreign key ("committee_id") references "decision_body" ("id") on update cascade on delete restrict;`);
    this.addSql(`create index "councillor_role_committee_id_index" on "councillor_role" ("committee_id");`);
    this.addSql(`create index "councillor_role_portfolio_id_index" on "councillor_role" ("portfolio_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "portfolio_service" drop constraint "portfolio_service_portfolio_id_foreign";`);

    this.addSql(`alter table "portfolio_priority" drop constraint "portfolio_priority_portfolio_id_foreign";`);

    this.addSql(`alter table "portfolio_directorate" drop constraint "portfolio_directorate_portfolio_id_foreign";`);

    this.addSql(`alter table "councillor_role" add column "portfolio" varchar(200) null, add column "committee" varchar(200) null;`);
    this.addSql(`update "councillor_role" r set "portfolio" = p."name" from "portfolio" p where p."id" = r."portfolio_id";`);
    this.addSql(`update "councillor_role" r set "committee" = b."name" from "decision_body" b where b."id" = r."committee_id";`);
    this.addSql(`alter table "councillor_role" drop constraint "councillor_role_portfolio_id_foreign";`);

    this.addSql(`alter table "scrutiny_topic" drop constraint "scrutiny_topic_partner_body_id_foreign";`);

    this.addSql(`alter table "health_interface" drop constraint "health_interface_partner_body_id_foreign";`);

    this.addSql(`alter table "scrutiny_recommendation" drop constraint "scrutiny_recommendation_topic_id_foreign";`);

    this.addSql(`alter table "scrutiny_meeting_item" drop constraint "scrutiny_meeting_item_topic_id_foreign";`);

    this.addSql(`alter table "scrutiny_recommendation" drop constraint "scrutiny_recommendation_meeting_id_foreign";`);

    this.addSql(`alter table "scrutiny_meeting_item" drop constraint "scrutiny_meeting_item_meeting_id_foreign";`);

    this.addSql(`alter table "action" drop constraint "action_scrutiny_recommendation_id_foreign";`);

    this.addSql(`alter table "complaint_theme_link" drop constraint "complaint_theme_link_theme_id_foreign";`);

    this.addSql(`alter table "risk_assessment" drop constraint "risk_assessment_risk_id_foreign";`);

    this.addSql(`alter table "action" drop constraint "action_risk_id_foreign";`);

    this.addSql(`alter table "complaint_theme_link" drop constraint "complaint_theme_link_complaint_id_foreign";`);

    this.addSql(`alter table "complaint_panel_member" drop constraint "complaint_panel_member_complaint_id_foreign";`);

    this.addSql(`alter table "action" drop constraint "action_complaint_id_foreign";`);

    this.addSql(`alter table "best_value_recommendation" drop constraint "best_value_recommendation_review_id_foreign";`);

    this.addSql(`alter table "best_value_panel_member" drop constraint "best_value_panel_member_review_id_foreign";`);

    this.addSql(`alter table "best_value_option" drop constraint "best_value_option_review_id_foreign";`);

    this.addSql(`alter table "best_value_finding" drop constraint "best_value_finding_review_id_foreign";`);

    this.addSql(`alter table "action" drop constraint "action_best_value_recommendation_id_foreign";`);

    this.addSql(`alter table "action_update" drop constraint "action_update_action_id_foreign";`);

    this.addSql(`drop table if exists "portfolio" cascade;`);

    this.addSql(`drop table if exists "portfolio_service" cascade;`);

    this.addSql(`drop table if exists "partner_body" cascade;`);

    this.addSql(`drop table if exists "portfolio_priority" cascade;`);

    this.addSql(`drop table if exists "portfolio_directorate" cascade;`);

    this.addSql(`drop table if exists "scrutiny_topic" cascade;`);

    this.addSql(`drop table if exists "scrutiny_meeting" cascade;`);

    this.addSql(`drop table if exists "scrutiny_recommendation" cascade;`);

    this.addSql(`drop table if exists "scrutiny_meeting_item" cascade;`);

    this.addSql(`drop table if exists "complaint_theme" cascade;`);

    this.addSql(`drop table if exists "risk" cascade;`);

    this.addSql(`drop table if exists "risk_assessment" cascade;`);

    this.addSql(`drop table if exists "health_interface" cascade;`);

    this.addSql(`drop table if exists "complaint" cascade;`);

    this.addSql(`drop table if exists "complaint_theme_link" cascade;`);

    this.addSql(`drop table if exists "complaint_panel_member" cascade;`);

    this.addSql(`drop table if exists "best_value_review" cascade;`);

    this.addSql(`drop table if exists "best_value_recommendation" cascade;`);

    this.addSql(`drop table if exists "best_value_panel_member" cascade;`);

    this.addSql(`drop table if exists "best_value_option" cascade;`);

    this.addSql(`drop table if exists "best_value_finding" cascade;`);

    this.addSql(`drop table if exists "action" cascade;`);

    this.addSql(`drop table if exists "action_update" cascade;`);

    this.addSql(`drop table if exists "staff_role" cascade;`);

    this.addSql(`drop table if exists "ward_enquiry" cascade;`);

    this.addSql(`alter table "councillor_role" drop constraint "councillor_role_committee_id_foreign";`);

    this.addSql(`drop index "councillor_role_committee_id_index";`);
    this.addSql(`drop index "councillor_role_portfolio_id_index";`);
    this.addSql(`alter table "councillor_role" drop column "portfolio_id", drop column "committee_id", drop column "starts_on", drop column "ends_on";`);
  }

}
