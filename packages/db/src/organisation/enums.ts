/** ONS/mySociety council types of English councils with social services responsibilities. */
export enum CouncilType {
  /** County council */
  CTY = 'CTY',
  /** Unitary authority */
  UA = 'UA',
  /** Metropolitan district */
  MD = 'MD',
  /** London borough */
  LBO = 'LBO',
  /** City corporation (City of London) */
  CC = 'CC',
}

export enum PersonKind {
  OFFICER = 'OFFICER',
  COUNCILLOR = 'COUNCILLOR',
  PARTNER_CONTACT = 'PARTNER_CONTACT',
}

export enum ServiceKind {
  SERVICE = 'SERVICE',
  TEAM = 'TEAM',
}

export enum CouncillorRoleKind {
  LEADER = 'LEADER',
  CABINET_MEMBER = 'CABINET_MEMBER',
  PORTFOLIO_HOLDER = 'PORTFOLIO_HOLDER',
  SCRUTINY_CHAIR = 'SCRUTINY_CHAIR',
  SCRUTINY_MEMBER = 'SCRUTINY_MEMBER',
  COMPLAINTS_PANEL = 'COMPLAINTS_PANEL',
  BEST_VALUE_PANEL = 'BEST_VALUE_PANEL',
  WARD_COUNCILLOR = 'WARD_COUNCILLOR',
}
