import type { FeatureModule, NodeLoader } from './feature-module.js';
import { delegationModule } from './delegation/index.js';
import { organisationModule } from './organisation/index.js';

/** Every feature of the API. A new feature adds one line here. */
export const featureModules: readonly FeatureModule[] = [organisationModule, delegationModule];

/** Node types by the type name their global ids carry. */
export const nodeTypes: ReadonlyMap<string, NodeLoader> = new Map(featureModules.flatMap((m) => Object.entries(m.nodeTypes)));
