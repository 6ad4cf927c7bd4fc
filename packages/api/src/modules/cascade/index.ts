import { AppraisalObjective, Communication, Consultation, Milestone, Objective, Priority } from '@goldenthread/db';
import { IndicatorTargetPermissionsResolver, TargetRecordResolver } from './target-record.resolver.js';
import { Objective as ObjectiveEntity } from '@goldenthread/db';
import { canSeeObjective, isPublishedPriority } from '../../access/visibility.js';
import type { TypeRule } from '../../access/visibility-rules.js';
import type { FeatureModule, NodeLoader } from '../feature-module.js';
import { AppraisalObjectiveResolver, PersonCascadeResolver } from './appraisal.resolver.js';
import { CouncilCascadeResolver, PriorityResolver } from './cascade.resolver.js';
import { CommunicationResolver, ConsultationResolver } from './engagement.resolver.js';
import { CascadeTargetResolver } from './cascade-target.resolver.js';
import {
  AppraisalObjectivePermissionsResolver,
  CommunicationPermissionsResolver,
  ConsultationPermissionsResolver,
  CouncilCascadePermissionsResolver,
  MilestonePermissionsResolver,
  ObjectivePermissionsResolver,
  PriorityPermissionsResolver,
  TargetPermissionsResolver,
} from './cascade.permissions.js';
import { MilestoneResolver, ObjectiveResolver, ServiceCascadeResolver } from './objective.resolver.js';
import { AppraisalObjectiveNode, CommunicationNode, ConsultationNode, MilestoneNode, ObjectiveNode, PriorityNode } from './cascade.type.js';

const loader = (entity: NodeLoader['entity'], map: (row: never) => unknown): NodeLoader => ({ entity, map: map as NodeLoader['map'] });

/** The golden thread: priorities, engagement, service plans, appraisal objectives and their checks. */
export const cascadeModule: FeatureModule = {
  name: 'cascade',
  resolvers: [
    PriorityResolver,
    ObjectiveResolver,
    MilestoneResolver,
    AppraisalObjectiveResolver,
    ConsultationResolver,
    CommunicationResolver,
    CouncilCascadeResolver,
    PersonCascadeResolver,
    ServiceCascadeResolver,
    PriorityPermissionsResolver,
    ObjectivePermissionsResolver,
    MilestonePermissionsResolver,
    TargetPermissionsResolver,
    AppraisalObjectivePermissionsResolver,
    CommunicationPermissionsResolver,
    ConsultationPermissionsResolver,
    CouncilCascadePermissionsResolver,
    CascadeTargetResolver,
    TargetRecordResolver,
    IndicatorTargetPermissionsResolver,
  ],
  nodeTypes: {
    Priority: loader(Priority, PriorityNode.from),
    Objective: loader(Objective, ObjectiveNode.from),
    Milestone: loader(Milestone, MilestoneNode.from),
    AppraisalObjective: loader(AppraisalObjective, AppraisalObjectiveNode.from),
    Consultation: loader(Consultation, ConsultationNode.from),
    Communication: loader(Communication, CommunicationNode.from),
  },
  visibility: {
    // The public sees communicated priorities and explicit non-priorities, and the objectives (with
    // their milestones) that deliver them; staff records (appraisal objectives) stay in the council.
    Priority: { see: (ctx, p) => isPublishedPriority(p) || ctx.access.canReadUnpublished(p.councilId) } satisfies TypeRule<PriorityNode>,
    Objective: { see: (ctx, o) => canSeeObjective(ctx, o) } satisfies TypeRule<ObjectiveNode>,
    Milestone: {
      see: async (ctx, m) => {
        const o = await ctx.loaders.byId(ObjectiveEntity).load(m.objectiveId);
        return o !== null && canSeeObjective(ctx, ObjectiveNode.from(o));
      },
    } satisfies TypeRule<MilestoneNode>,
    AppraisalObjective: { see: (ctx, a) => ctx.access.canReadUnpublished(a.councilId) } satisfies TypeRule<AppraisalObjectiveNode>,
    Consultation: 'public',
    Communication: 'public',
    EngagementGroup: 'value',
    PriorityLimitSetting: 'value',
    CascadeRef: 'value',
    CascadePriorityCounts: 'value',
    MilestoneCounts: 'value',
    CascadeRollup: 'value',
    CascadeMilestone: 'value',
    CascadeTarget: 'value',
    CascadeObjective: 'value',
    CascadePriority: 'value',
    PriorityPerformance: 'value',
    PerformanceDriver: 'value',
    PerformanceIndicator: 'value',
    NonPriority: 'value',
    Cascade: 'value',
    ThreadStep: 'value',
    ThreadChain: 'value',
    AppraisalObjectiveThread: 'value',
    PersonThread: 'value',
    GoldenThreadFinding: 'value',
    GoldenThreadCoverageFigure: 'value',
    GoldenThreadCoverage: 'value',
    GoldenThreadFindingCount: 'value',
    GoldenThreadReport: 'value',
    PriorityPayload: 'value',
    ObjectivePayload: 'value',
    MilestonePayload: 'value',
    AppraisalObjectivePayload: 'value',
    ConsultationPayload: 'value',
    CommunicationPayload: 'value',
    PriorityLimitsPayload: 'value',
    TargetLinkPayload: 'value',
    CascadeDeletePayload: 'value',
    PriorityViewerCan: 'value',
    ObjectiveViewerCan: 'value',
    MilestoneViewerCan: 'value',
    TargetViewerCan: 'value',
    AppraisalObjectiveViewerCan: 'value',
    ConsultationViewerCan: 'value',
    CommunicationViewerCan: 'value',
    CouncilCascadeViewerCan: 'value',
  },
};
