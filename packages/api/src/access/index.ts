import type { FeatureModule } from '../modules/feature-module.js';
import type { TypeRule } from './visibility-rules.js';
import { isAdminOf } from './visibility.js';
import type { AccountNode, ApiKeyNode, AuditEventNode } from './access.type.js';
import { AccountResolver, ApiKeyResolver, AuditEventResolver, SessionResolver, ViewerResolver } from './access.resolver.js';

/** Sign-in, sessions, accounts, API keys and the audit trail. */
export const accessModule: FeatureModule = {
  name: 'access',
  resolvers: [ViewerResolver, SessionResolver, AccountResolver, ApiKeyResolver, AuditEventResolver],
  nodeTypes: {},
  visibility: {
    // Sign-ins, partners' keys and the audit trail: the council's administrators only.
    Account: { see: (ctx, a) => isAdminOf(ctx, a.councilId) } satisfies TypeRule<AccountNode>,
    ApiKey: { see: (ctx, k) => isAdminOf(ctx, k.councilId) } satisfies TypeRule<ApiKeyNode>,
    AuditEvent: { see: (ctx, e) => isAdminOf(ctx, e.councilId) } satisfies TypeRule<AuditEventNode>,
    Viewer: 'value',
    Session: 'value',
    SignOutPayload: 'value',
    OkPayload: 'value',
    AccountPayload: 'value',
    ApiKeyPayload: 'value',
    ApiKeyCreatedPayload: 'value',
  },
};
