import type { FeatureModule } from '../modules/feature-module.js';
import { AccountResolver, ApiKeyResolver, AuditEventResolver, SessionResolver, ViewerResolver } from './access.resolver.js';

/** Sign-in, sessions, accounts, API keys and the audit trail. */
export const accessModule: FeatureModule = {
  name: 'access',
  resolvers: [ViewerResolver, SessionResolver, AccountResolver, ApiKeyResolver, AuditEventResolver],
  nodeTypes: {},
};
