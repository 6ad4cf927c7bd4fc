/** The council bodies decision powers come from. */
export enum DecisionBodyKind {
  FULL_COUNCIL = 'FULL_COUNCIL',
  EXECUTIVE = 'EXECUTIVE',
  COMMITTEE = 'COMMITTEE',
}

/** What a delegation covers: the whole council, one directorate, or one service (with its teams). */
export enum DelegationScopeKind {
  COUNCIL = 'COUNCIL',
  DIRECTORATE = 'DIRECTORATE',
  SERVICE = 'SERVICE',
}

/** What a delegation event records. */
export enum DelegationEventKind {
  BODY_CREATED = 'BODY_CREATED',
  POWER_CREATED = 'POWER_CREATED',
  DELEGATED = 'DELEGATED',
  SUB_DELEGATED = 'SUB_DELEGATED',
  /** A delegation changed by a re-import of the scheme (same ref, new content). */
  UPDATED = 'UPDATED',
  REVOKED = 'REVOKED',
  OWNER_SET = 'OWNER_SET',
  MI_MANAGER_SET = 'MI_MANAGER_SET',
}
