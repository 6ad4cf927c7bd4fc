import { Portfolio, StaffRole, WardEnquiry } from '@goldenthread/db';
import type { TypeRule } from '../../access/visibility-rules.js';
import type { NodeLoader } from '../feature-module.js';
import type { GovernancePart } from './part.js';
import {
  CouncillorRoleGovernanceResolver,
  CouncilRolesResolver,
  PortfolioResolver,
  StaffRoleResolver,
  WardEnquiryResolver,
} from './roles.resolver.js';
import { PortfolioNode, StaffRoleNode, WardEnquiryNode } from './roles.type.js';

const loader = (entity: NodeLoader['entity'], map: (row: never) => unknown): NodeLoader => ({ entity, map: map as NodeLoader['map'] });

/**
 * The roles area of the governance feature (see part.ts): councillors' roles (their portfolio and
 * committee), portfolios and what they cover, staff designations, ward casework.
 */
export const rolesPart: GovernancePart = {
  resolvers: [CouncillorRoleGovernanceResolver, PortfolioResolver, StaffRoleResolver, WardEnquiryResolver, CouncilRolesResolver],
  nodeTypes: {
    Portfolio: loader(Portfolio, PortfolioNode.from),
    StaffRole: loader(StaffRole, StaffRoleNode.from),
    WardEnquiry: loader(WardEnquiry, WardEnquiryNode.from),
  },
  visibility: {
    // Portfolios are part of the published constitution; staff designations and ward casework stay
    // in the council (README "What each viewer sees").
    Portfolio: 'public',
    PortfolioCoverage: 'value',
    StaffRole: { see: (ctx, s) => ctx.access.canReadUnpublished(s.councilId) } satisfies TypeRule<StaffRoleNode>,
    WardEnquiry: { see: (ctx, e) => ctx.access.canReadUnpublished(e.councilId) } satisfies TypeRule<WardEnquiryNode>,
    CouncillorRolePayload: 'value',
    PortfolioPayload: 'value',
    PortfolioDeletePayload: 'value',
    StaffRolePayload: 'value',
    WardEnquiryPayload: 'value',
  },
};
