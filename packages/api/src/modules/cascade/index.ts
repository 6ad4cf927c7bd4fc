import { AppraisalObjective, Communication, Consultation, Milestone, Objective, Priority } from '@goldenthread/db';
import type { FeatureModule, NodeLoader } from '../feature-module.js';
import {
  AppraisalObjectiveResolver,
  CommunicationResolver,
  ConsultationResolver,
  CouncilCascadeResolver,
  MilestoneResolver,
  ObjectiveResolver,
  PersonCascadeResolver,
  PriorityResolver,
  ServiceCascadeResolver,
} from './cascade.resolver.js';
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
  ],
  nodeTypes: {
    Priority: loader(Priority, PriorityNode.from),
    Objective: loader(Objective, ObjectiveNode.from),
    Milestone: loader(Milestone, MilestoneNode.from),
    AppraisalObjective: loader(AppraisalObjective, AppraisalObjectiveNode.from),
    Consultation: loader(Consultation, ConsultationNode.from),
    Communication: loader(Communication, CommunicationNode.from),
  },
};
