/**
 * The scheme of delegation's controlled values, defined once here and used by the rules, the database
 * entities and the GraphQL schema alike: a read-only object and a union type of the same name each.
 */

/** The council bodies decision powers come from. */
export const DecisionBodyKind = {
  FULL_COUNCIL: 'FULL_COUNCIL',
  EXECUTIVE: 'EXECUTIVE',
  COMMITTEE: 'COMMITTEE',
} as const;
export type DecisionBodyKind = (typeof DecisionBodyKind)[keyof typeof DecisionBodyKind];

/** What a delegation covers: the whole council, one directorate, or one service (with its teams). */
export const DelegationScopeKind = {
  COUNCIL: 'COUNCIL',
  DIRECTORATE: 'DIRECTORATE',
  SERVICE: 'SERVICE',
} as const;
export type DelegationScopeKind = (typeof DelegationScopeKind)[keyof typeof DelegationScopeKind];

/** What a delegation event records. */
export const DelegationEventKind = {
  BODY_CREATED: 'BODY_CREATED',
  POWER_CREATED: 'POWER_CREATED',
  DELEGATED: 'DELEGATED',
  SUB_DELEGATED: 'SUB_DELEGATED',
  /** A body, power or delegation changed: edited in the app or API, or a delegation changed by a re-import of the scheme. */
  UPDATED: 'UPDATED',
  REVOKED: 'REVOKED',
  OWNER_SET: 'OWNER_SET',
  MI_MANAGER_SET: 'MI_MANAGER_SET',
  /** A decision body was deleted (nothing hung on it any more). */
  BODY_DELETED: 'BODY_DELETED',
  /** A decision power was deleted (no delegation of it was in force or to come). */
  POWER_DELETED: 'POWER_DELETED',
} as const;
export type DelegationEventKind = (typeof DelegationEventKind)[keyof typeof DelegationEventKind];
