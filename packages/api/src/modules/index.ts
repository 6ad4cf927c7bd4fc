import type { FeatureModule, NodeLoader } from './feature-module.js';
import { indicatorsModule } from './indicators/index.js';
import { accountsModule } from './accounts/index.js';
import { delegationModule } from './delegation/index.js';
import { scrutinyModule } from './scrutiny/index.js';
import { organisationModule } from './organisation/index.js';
import { cascadeModule } from './cascade/index.js';
import { governanceModule } from './governance/index.js';
import { healthCheckModule } from './health-check/index.js';
import { openDataModule } from './open-data/index.js';
import { areasModule } from './areas/index.js';

/** Every feature of the API. A new feature adds one line here. */
export const featureModules: readonly FeatureModule[] = [
  organisationModule,
  indicatorsModule,
  cascadeModule,
  delegationModule,
  scrutinyModule,
  governanceModule,
  healthCheckModule,
  openDataModule,
  areasModule,
  accountsModule,
];

/** Node types by the type name their global ids carry. */
export const nodeTypes: ReadonlyMap<string, NodeLoader> = new Map(featureModules.flatMap((m) => Object.entries(m.nodeTypes)));
