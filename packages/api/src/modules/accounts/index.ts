import type { FeatureModule } from '../feature-module.js';
import type { TypeRule } from '../../access/visibility-rules.js';
import { isAdminOf } from '../../access/visibility.js';
import type { AccountNode, ApiKeyNode, AuditEventNode } from './accounts.type.js';
import { AccountResolver, ApiKeyResolver, AuditEventResolver, SessionResolver, ViewerResolver } from './accounts.resolver.js';

/** Sign-in, sessions, accounts, API keys and the audit trail (the policy itself is in access/). */
export const accountsModule: FeatureModule = {
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
