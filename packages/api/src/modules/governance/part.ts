import type { FeatureModule } from '../feature-module.js';

/**
 * One area of the governance feature (roles, scrutiny, Best Value, complaints, risks, actions,
 * findings): its resolvers, node types and visibility rules. index.ts joins the parts into the
 * feature module, so each area keeps its own files.
 */
export interface GovernancePart {
  resolvers: Function[];
  nodeTypes: FeatureModule['nodeTypes'];
  visibility: FeatureModule['visibility'];
}
