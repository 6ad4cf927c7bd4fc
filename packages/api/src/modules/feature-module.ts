import type { NonEmptyArray } from 'type-graphql';
import type { AccessLookups } from '../access/access.js';
import type { Node } from '../relay/node.js';

/** How a type that implements Node is fetched by `node(id:)`: its entity and its mapping to the API type. */
export interface NodeLoader {
  entity: new (...args: never[]) => { id: number };
  map: (row: never) => Node;
  /**
   * May the viewer see this record through `node(id:)`? Required for records that are not public
   * (README "Access"): return false for unpublished data of another council. Absent: public.
   */
  visible?: (ctx: import('../context.js').GqlContext, row: never) => boolean | Promise<boolean>;
}

/**
 * A feature of the API (organisation, cascade, indicators, delegation, access): its resolvers and
 * the Node types it contributes. Registered once in modules/index.ts.
 */
export interface FeatureModule {
  name: string;
  resolvers: NonEmptyArray<Function>;
  nodeTypes: Record<string, NodeLoader>;
  /** What the access policy asks this feature (e.g. the indicators feature: who owns an indicator). */
  access?: AccessLookups;
}
