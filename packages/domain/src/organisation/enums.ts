/**
 * The organisation's controlled values, defined once here and used by the database entities and the
 * GraphQL schema alike. Each is a read-only object and a union type of the same name, so a rule may take
 * the plain string ('OFFICER') and a caller may name the member (PersonKind.OFFICER).
 */

/** ONS/mySociety council types of English councils with social services responsibilities. */
export const CouncilType = {
  /** County council */
  CTY: 'CTY',
  /** Unitary authority */
  UA: 'UA',
  /** Metropolitan district */
  MD: 'MD',
  /** London borough */
  LBO: 'LBO',
  /** City corporation (City of London) */
  CC: 'CC',
} as const;
export type CouncilType = (typeof CouncilType)[keyof typeof CouncilType];

export const PersonKind = {
  OFFICER: 'OFFICER',
  COUNCILLOR: 'COUNCILLOR',
  PARTNER_CONTACT: 'PARTNER_CONTACT',
} as const;
export type PersonKind = (typeof PersonKind)[keyof typeof PersonKind];

export const ServiceKind = {
  SERVICE: 'SERVICE',
  TEAM: 'TEAM',
} as const;
export type ServiceKind = (typeof ServiceKind)[keyof typeof ServiceKind];

export const CouncillorRoleKind = {
  LEADER: 'LEADER',
  CABINET_MEMBER: 'CABINET_MEMBER',
  PORTFOLIO_HOLDER: 'PORTFOLIO_HOLDER',
  SCRUTINY_CHAIR: 'SCRUTINY_CHAIR',
  SCRUTINY_MEMBER: 'SCRUTINY_MEMBER',
  COMPLAINTS_PANEL: 'COMPLAINTS_PANEL',
  BEST_VALUE_PANEL: 'BEST_VALUE_PANEL',
  WARD_COUNCILLOR: 'WARD_COUNCILLOR',
} as const;
export type CouncillorRoleKind = (typeof CouncillorRoleKind)[keyof typeof CouncillorRoleKind];
