import type { NonEmptyArray } from 'type-graphql';
import type { FeatureModule } from '../feature-module.js';
import { actionsPart } from './actions.part.js';
import { bestValuePart } from './best-value.part.js';
import { complaintsPart } from './complaints.part.js';
import { findingsPart } from './findings.part.js';
import { risksPart } from './risks.part.js';
import { rolesPart } from './roles.part.js';
import { scrutinyPart } from './scrutiny.part.js';

export { governanceAccess, GovernanceAccess, type GovernanceRule, type Designations } from './governance-access.js';

const parts = [rolesPart, scrutinyPart, bestValuePart, complaintsPart, risksPart, actionsPart, findingsPart];

/**
 * Governance: councillors' roles and portfolios, ward casework, scrutiny work programmes and health
 * scrutiny, Best Value reviews, complaints, risk registers and actions, and the checks over them
 * (README "Governance"). Each area is a part (part.ts) with its own files.
 */
export const governanceModule: FeatureModule = {
  name: 'governance',
  resolvers: parts.flatMap((p) => p.resolvers) as NonEmptyArray<Function>,
  nodeTypes: Object.assign({}, ...parts.map((p) => p.nodeTypes)),
  visibility: Object.assign({}, ...parts.map((p) => p.visibility)),
};
