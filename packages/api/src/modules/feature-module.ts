import type { NonEmptyArray } from 'type-graphql';
import type { Node } from '../relay/node.js';

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
}
