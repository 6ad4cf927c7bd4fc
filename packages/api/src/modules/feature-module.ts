import type { NonEmptyArray } from 'type-graphql';
import type { AccessLookups } from '../access/access.js';
import type { Node } from '../relay/node.js';
import type { VisibilityRules } from '../access/visibility-rules.js';

/** How a type that implements Node is fetched by `node(id:)`: its entity and its mapping to the API type. */
export interface NodeLoader {
  entity: new (...args: never[]) => { id: number };
  map: (row: never) => Node;
}

/**
 * A feature of the API (organisation, cascade, indicators, delegation, access): its resolvers and
 * the Node types it contributes. Registered once in modules/index.ts.
 */
export interface FeatureModule {
  name: string;
  resolvers: NonEmptyArray<Function>;
  nodeTypes: Record<string, NodeLoader>;
  /**
   * Who may see each object type the feature adds, by type name (access/visibility-rules.ts): applied
   * to every field that returns the type, `node(id:)` included. A type without a rule fails the build.
   */
  visibility: VisibilityRules;
  /** What the access policy asks this feature (e.g. the indicators feature: who owns an indicator). */
  access?: AccessLookups;
}
