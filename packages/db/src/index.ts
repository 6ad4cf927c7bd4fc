import 'reflect-metadata';

// The controlled values are defined once in the domain; re-exported for the db package's users.
export { CouncilType, CouncillorRoleKind, PersonKind, ServiceKind } from '@goldenthread/domain';
export { Council } from './organisation/council.entity.js';
export { Directorate } from './organisation/directorate.entity.js';
export { Service } from './organisation/service.entity.js';
export { Person } from './organisation/person.entity.js';
export { CouncillorRole } from './organisation/councillor-role.entity.js';
export {
  IndicatorFramework,
  IndicatorFrequency,
  MeasurementAction,
  MeasurementStatus,
  PeriodKind,
  Polarity,
  ToleranceKind,
  ValueStatus,
  YearRollup,
} from '@goldenthread/domain';
export { Indicator } from './indicators/indicator.entity.js';
export { Target } from './indicators/target.entity.js';
export { IndicatorOwnership } from './indicators/indicator-ownership.entity.js';
export { Measurement, TOTAL } from './indicators/measurement.entity.js';
export { MeasurementHistory, measurementHistoryOf } from './indicators/measurement-history.entity.js';
export { Area, AreaFigure } from './indicators/area.entity.js';
export { AreaType } from '@goldenthread/domain';
export { stepMeasurements, StepConflictError } from './indicators/measurement-steps.js';
export { ComparatorGroup, ComparatorGroupMember } from './indicators/comparator-group.entity.js';
export { Commentary, CommentaryRevision } from './indicators/commentary.entity.js';
export { ReportPack, ReportPackFile } from './reports/report-pack.entity.js';
export * from './importers/index.js';
export { AppraisalRating, EngagementGroupKind, MilestoneStatus, PriorityLevel, PriorityOrigin, PriorityStatus } from '@goldenthread/domain';
export { Priority } from './cascade/priority.entity.js';
export { PriorityLimit } from './cascade/priority-limit.entity.js';
export {
  Consultation,
  ConsultationGroup,
  ConsultationPriority,
  Communication,
  CommunicationGroup,
  CommunicationPriority,
} from './cascade/engagement.entity.js';
export { Objective, ObjectivePriority, Milestone, ObjectiveTarget, PriorityTarget } from './cascade/objective.entity.js';
export { AppraisalObjective } from './cascade/appraisal-objective.entity.js';
export { Account } from './access/account.entity.js';
export { RefreshToken } from './access/refresh-token.entity.js';
export { ApiKey } from './access/api-key.entity.js';
export { AuditEvent } from './access/audit-event.entity.js';
export {
  AuditedEntityManager,
  AuditSubscriber,
  auditActorOf,
  setAuditActor,
  auditSnapshot,
  recordAuditEvents,
  type AuditActor,
  type AuditChange,
} from './access/audit.js';
export { hashPassword, verifyPassword, sha256, PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH } from './access/password.js';
export { seedDemoAccounts, demoAccounts, DEMO_PASSWORD, type DemoAccount } from './seeders/demo-accounts.js';
export { DecisionBodyKind, DelegationEventKind, DelegationScopeKind } from '@goldenthread/domain';
export { DecisionBody } from './delegation/decision-body.entity.js';
export { DecisionPower } from './delegation/decision-power.entity.js';
export { Delegation } from './delegation/delegation.entity.js';
export { DelegationEvent } from './delegation/delegation-event.entity.js';
export { seedSchemeOfDelegation, SCHEME_START, type SchemeSeedOptions, type SchemeSeedReport } from './seeders/scheme-of-delegation.js';
export { generatedIndicatorCode, seedMonthlyData, type MonthlyDataOptions } from './seeders/monthly-generator.js';
export { Action, ActionUpdate } from './governance/action.entity.js';
export {
  BestValueFinding,
  BestValueOption,
  BestValuePanelMember,
  BestValueRecommendation,
  BestValueReview,
} from './governance/best-value.entity.js';
export { Complaint, ComplaintPanelMember, ComplaintTheme, ComplaintThemeLink } from './governance/complaint.entity.js';
export { Portfolio, PortfolioDirectorate, PortfolioPriority, PortfolioService } from './governance/portfolio.entity.js';
export { Risk, RiskAssessment } from './governance/risk.entity.js';
export {
  HealthInterface,
  PartnerBody,
  ScrutinyMeeting,
  ScrutinyMeetingItem,
  ScrutinyRecommendation,
  ScrutinyTopic,
} from './governance/scrutiny.entity.js';
export { StaffRole } from './governance/staff-role.entity.js';
export { WardEnquiry } from './governance/ward-enquiry.entity.js';
export { BaseEntity } from './shared/base.entity.js';
export { ChangeStamp } from './shared/change-stamp.entity.js';
export { DataVersion } from './shared/data-version.entity.js';
export { readDataVersion } from './shared/data-version.js';
export { markWrite, readsFromPrimary, routeReads, type ReadRouting } from './shared/read-routing.js';
export { CHANGE_STAMPED_TABLES, NATIONAL_CHANGE_STAMP, readChangeStamp, type ChangeStampedTable } from './shared/change-stamp.js';
export { entities } from './entities.js';
export { ormOptions, dialectOf, sqlitePath, type DatabaseSettings, type Dialect } from './mikro-orm.config.js';
export { openOrm, migrate, ormDialect, type Orm, type Em } from './orm.js';
export { emDialect } from './shared/dialect.js';
export * from './seeders/index.js';
export * from './importers/delegation-scheme-csv.js';
export * from './importers/governance-csv.js';
