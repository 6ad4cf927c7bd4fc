import { Complaint, ComplaintTheme } from '@goldenthread/db';
import type { TypeRule } from '../../access/visibility-rules.js';
import type { NodeLoader } from '../feature-module.js';
import { canSeeComplaint } from './complaints.access.js';
import { ActionComplaintResolver } from './complaints.actions.resolver.js';
import { ComplaintResolver } from './complaints.resolver.js';
import { ComplaintNode, ComplaintThemeNode } from './complaints.type.js';
import type { GovernancePart } from './part.js';

const loader = (entity: NodeLoader['entity'], map: (row: never) => unknown): NodeLoader => ({ entity, map: map as NodeLoader['map'] });

/**
 * The complaints area of the governance feature (see part.ts): individual complaints for those
 * allowed only (complaints.access.ts), the council's themes and the aggregates for everyone.
 */
export const complaintsPart: GovernancePart = {
  // ActionComplaintResolver: an action's complaint, for those who may read it only.
  resolvers: [ComplaintResolver, ActionComplaintResolver],
  nodeTypes: {
    Complaint: loader(Complaint, ComplaintNode.from),
    ComplaintTheme: loader(ComplaintTheme, ComplaintThemeNode.from),
  },
  visibility: {
    Complaint: { see: canSeeComplaint } satisfies TypeRule<ComplaintNode>,
    // The themes are a published classification (the statistics name them): public.
    ComplaintTheme: 'public',
    ComplaintThemeCount: 'value',
    ComplaintFigures: 'value',
    ServiceComplaintFigures: 'value',
    ComplaintStatistics: 'value',
    ComplaintPayload: 'value',
    ComplaintThemePayload: 'value',
  },
};
