/**
 * The snapshot of one council that the scheme-of-delegation rules work on. Everything is plain data:
 * ids are numbers, dates are ISO calendar dates ('YYYY-MM-DD', compared as strings).
 */
import type { DecisionBodyKind, DelegationScopeKind } from './enums.js';

/** An ISO calendar date, 'YYYY-MM-DD'. */
export type IsoDate = string;

/**
 * What a delegation covers. COUNCIL: the whole council (id null, or the council's own id);
 * DIRECTORATE: a directorate and every service and team in it; SERVICE: a service and its nested teams.
 */
export interface DelegationScope {
  kind: DelegationScopeKind;
  id: number | null;
}

export interface AccountabilityCouncil {
  id: number;
  name: string;
  /** The one senior manager ultimately responsible for accurate and timely management information. */
  miResponsibleId: number | null;
  /**
   * Optional: every person a caller believes is MI-responsible (e.g. from an import). When given it
   * takes precedence over `miResponsibleId`. The rule is "exactly one": none fires MI_OWNER_MISSING,
   * more than one fires MI_OWNER_AMBIGUOUS.
   */
  miResponsibleIds?: readonly number[];
}

export interface AccountabilityDirectorate {
  id: number;
  name: string;
  directorId: number | null;
}

export interface AccountabilityService {
  id: number;
  name: string;
  directorateId: number;
  /** The service this one is a team of (null for a top-level service). */
  parentId: number | null;
  accountableOwnerId: number | null;
}

export interface AccountabilityPerson {
  id: number;
  name: string;
  councilId: number;
  lineManagerId: number | null;
  /** Corporate (functional) manager, e.g. for performance support staff: dual accountability. */
  functionalManagerId: number | null;
  /** The service or team the person works in. */
  serviceId: number | null;
  directorateId: number | null;
  active: boolean;
}

export interface DecisionBody {
  id: number;
  name: string;
  kind: DecisionBodyKind;
}

export interface DecisionPower {
  id: number;
  name: string;
  kind: string;
  /** The body the power belongs to (full council, executive or a committee). */
  sourceBodyId: number;
  /** Null: no financial limit. */
  financialLimit: number | null;
}

export interface DelegationRow {
  id: number;
  powerId: number;
  /** Set on a delegation straight from a body (a root of the scheme). */
  fromBodyId: number | null;
  /** Set on a sub-delegation: must be the holder (toPersonId) of the parent delegation. */
  fromPersonId: number | null;
  toPersonId: number;
  scope: DelegationScope;
  /** Null: the power's / parent's limit applies (no narrower). */
  financialLimit: number | null;
  conditions: string | null;
  maySubDelegate: boolean;
  parentId: number | null;
  effectiveFrom: IsoDate;
  effectiveTo: IsoDate | null;
  revokedOn: IsoDate | null;
}

export type ServiceItemKind = 'Objective' | 'Target';

/** An objective or target of a service (used for BLURRED_ACCOUNTABILITY). */
export interface AccountabilityServiceItem {
  kind: ServiceItemKind;
  id: number;
  name: string;
  serviceId: number;
  ownerId: number | null;
}

export interface AccountabilityIndicator {
  id: number;
  name: string;
  dataOwnerId: number | null;
}

export interface AccountabilitySnapshot {
  council: AccountabilityCouncil;
  /** The date the rules are evaluated at ('YYYY-MM-DD'). */
  today: IsoDate;
  directorates: readonly AccountabilityDirectorate[];
  services: readonly AccountabilityService[];
  people: readonly AccountabilityPerson[];
  bodies: readonly DecisionBody[];
  powers: readonly DecisionPower[];
  delegations: readonly DelegationRow[];
  serviceItems: readonly AccountabilityServiceItem[];
  indicatorsInUse: readonly AccountabilityIndicator[];
}

/** The node types the accountability findings name (NodeRef.type). */
export type AccountabilityNodeType =
  | 'Service'
  | 'Person'
  | 'Delegation'
  | 'Power'
  | 'Body'
  | 'Directorate'
  | 'Council'
  | 'Indicator'
  | 'Objective'
  | 'Target';

/** A write-time refusal: the field at fault and a message naming the people and things involved. */
export interface DelegationValidationError {
  field: string;
  message: string;
}
