import { ComparatorGroup, ComparatorGroupMember } from './indicators/comparator-group.entity.js';
import { AppraisalObjective } from './cascade/appraisal-objective.entity.js';
import {
  Communication,
  CommunicationGroup,
  CommunicationPriority,
  Consultation,
  ConsultationGroup,
  ConsultationPriority,
} from './cascade/engagement.entity.js';
import { Milestone, Objective, ObjectivePriority, ObjectiveTarget, PriorityTarget } from './cascade/objective.entity.js';
import { PriorityLimit } from './cascade/priority-limit.entity.js';
import { Priority } from './cascade/priority.entity.js';
import { Account } from './access/account.entity.js';
import { ApiKey } from './access/api-key.entity.js';
import { AuditEvent } from './access/audit-event.entity.js';
import { RefreshToken } from './access/refresh-token.entity.js';
import { DecisionBody } from './delegation/decision-body.entity.js';
import { DecisionPower } from './delegation/decision-power.entity.js';
import { DelegationEvent } from './delegation/delegation-event.entity.js';
import { Delegation } from './delegation/delegation.entity.js';
import { Commentary, CommentaryRevision } from './indicators/commentary.entity.js';
import { Area, AreaFigure } from './indicators/area.entity.js';
import { Indicator } from './indicators/indicator.entity.js';
import { IndicatorOwnership } from './indicators/indicator-ownership.entity.js';
import { MeasurementHistory } from './indicators/measurement-history.entity.js';
import { Measurement } from './indicators/measurement.entity.js';
import { Target } from './indicators/target.entity.js';
import { Council } from './organisation/council.entity.js';
import { CouncillorRole } from './organisation/councillor-role.entity.js';
import { Directorate } from './organisation/directorate.entity.js';
import { Person } from './organisation/person.entity.js';
import { Service } from './organisation/service.entity.js';
import { Action, ActionUpdate } from './governance/action.entity.js';
import {
  BestValueFinding,
  BestValueOption,
  BestValuePanelMember,
  BestValueRecommendation,
  BestValueReview,
} from './governance/best-value.entity.js';
import { Complaint, ComplaintPanelMember, ComplaintTheme, ComplaintThemeLink } from './governance/complaint.entity.js';
import { Portfolio, PortfolioDirectorate, PortfolioPriority, PortfolioService } from './governance/portfolio.entity.js';
import { Risk, RiskAssessment } from './governance/risk.entity.js';
import {
  HealthInterface,
  PartnerBody,
  ScrutinyMeeting,
  ScrutinyMeetingItem,
  ScrutinyRecommendation,
  ScrutinyTopic,
} from './governance/scrutiny.entity.js';
import { StaffRole } from './governance/staff-role.entity.js';
import { WardEnquiry } from './governance/ward-enquiry.entity.js';
import { ReportPack, ReportPackFile } from './reports/report-pack.entity.js';
import { ChangeStamp } from './shared/change-stamp.entity.js';
import { DataVersion } from './shared/data-version.entity.js';

/** Every entity, listed explicitly: no folder scanning, so the compiled and source trees behave alike. */
export const entities = [
  // organisation
  Council,
  Directorate,
  Service,
  Person,
  CouncillorRole,
  // indicators
  Indicator,
  Target,
  IndicatorOwnership,
  Measurement,
  MeasurementHistory,
  Area,
  AreaFigure,
  ComparatorGroup,
  ComparatorGroupMember,
  Commentary,
  CommentaryRevision,
  // cascade (the golden thread)
  Priority,
  PriorityLimit,
  Consultation,
  ConsultationGroup,
  ConsultationPriority,
  Communication,
  CommunicationGroup,
  CommunicationPriority,
  Objective,
  ObjectivePriority,
  Milestone,
  ObjectiveTarget,
  PriorityTarget,
  AppraisalObjective,
  // access
  Account,
  RefreshToken,
  ApiKey,
  AuditEvent,
  // delegation
  DecisionBody,
  DecisionPower,
  Delegation,
  DelegationEvent,
  // governance (councillors' and leaders' records)
  Portfolio,
  PortfolioDirectorate,
  PortfolioService,
  PortfolioPriority,
  StaffRole,
  WardEnquiry,
  PartnerBody,
  HealthInterface,
  ScrutinyTopic,
  ScrutinyMeeting,
  ScrutinyMeetingItem,
  ScrutinyRecommendation,
  BestValueReview,
  BestValuePanelMember,
  BestValueFinding,
  BestValueOption,
  BestValueRecommendation,
  ComplaintTheme,
  Complaint,
  ComplaintThemeLink,
  ComplaintPanelMember,
  Risk,
  RiskAssessment,
  Action,
  ActionUpdate,
  // reports: issued report packs, frozen
  ReportPack,
  ReportPackFile,
  // shared: the per-council change stamp the database triggers bump (shared/change-stamp.ts)
  ChangeStamp,
  // shared: the data version the database triggers raise on every committed change (shared/data-version.ts)
  DataVersion,
];
