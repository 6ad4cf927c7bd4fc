import type { FeatureModule } from '../feature-module.js';
import { ScrutinyResolver } from './scrutiny.resolver.js';

/** Scrutiny's view across features: from a priority down to the indicators that measure it. */
export const scrutinyModule: FeatureModule = {
  name: 'scrutiny',
  resolvers: [ScrutinyResolver],
  nodeTypes: {},
  visibility: {
    DrillDownObjective: 'value',
    ScrutinyDrillDown: 'value',
  },
};
