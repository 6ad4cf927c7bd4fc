// ---------------------------------------------------------------------------------------------------
// Public types

export interface OrganisationOptions {
  /** PRNG seed (default 1). Same options, byte-identical output. */
  seed?: number;
  /** Exact number of officers (councillors come on top). At least 5 + `services`. */
  people: number;
  /** Exact number of services and teams together. At least 4 (one per directorate). */
  services: number;
  /** Number of councillors (default: 60 for 300 officers, growing gently, capped at 120). At least 15. */
  councillors?: number;
  /** E-mail domain, e.g. 'northshire.gov.uk'. */
  emailDomain: string;
}

export type GeneratedServiceKind = 'SERVICE' | 'TEAM';
export type GeneratedPersonKind = 'OFFICER' | 'COUNCILLOR';
export type GeneratedCouncillorRole =
  | 'LEADER'
  | 'CABINET_MEMBER'
  | 'PORTFOLIO_HOLDER'
  | 'SCRUTINY_CHAIR'
  | 'SCRUTINY_MEMBER'
  | 'COMPLAINTS_PANEL'
  | 'BEST_VALUE_PANEL'
  | 'WARD_COUNCILLOR';

export interface GeneratedDirectorate {
  key: string;
  name: string;
  code: string;
  directorKey: string;
}

export interface GeneratedService {
  key: string;
  name: string;
  directorateKey: string;
  parentKey: string | null;
  kind: GeneratedServiceKind;
  accountableOwnerKey: string | null;
}

export interface GeneratedPerson {
  key: string;
  name: string;
  email: string | null;
  jobTitle: string;
  kind: GeneratedPersonKind;
  directorateKey: string | null;
  serviceKey: string | null;
  lineManagerKey: string | null;
  functionalManagerKey: string | null;
}

export interface GeneratedCouncillorRoleRow {
  personKey: string;
  role: GeneratedCouncillorRole;
  portfolio: string | null;
  committee: string | null;
  ward: string | null;
}

export interface GeneratedOrganisation {
  directorates: GeneratedDirectorate[];
  services: GeneratedService[];
  people: GeneratedPerson[];
  councillorRoles: GeneratedCouncillorRoleRow[];
  /** The Head of Performance and Intelligence (Resources): the senior manager responsible for MI. */
  miResponsibleKey: string;
  /** Officers in service teams line-managed there and functionally managed by the Head of P&I. */
  performanceOfficerKeys: string[];
}

/** Scrutiny committees generated, in order. */
export const SCRUTINY_COMMITTEES = [
  'Adults and Health Scrutiny Committee',
  'Children and Young People Scrutiny Committee',
  'Corporate Scrutiny Committee',
] as const;

/** Portfolios in the order cabinet members receive them (the leader takes the first). */
export const PORTFOLIOS = [
  'Strategy and Partnerships',
  'Adult Social Care',
  'Children and Families',
  'Health and Wellbeing',
  'Finance and Resources',
  'Education and Skills',
  'Communities and Public Protection',
  'Environment and Transport',
  'Economy and Growth',
  'Housing and Planning',
] as const;

export const MIN_COUNCILLORS = 15;

/** Default councillor count: 60 for 300 officers, growing with log10 of the workforce, 30..120. */
export function defaultCouncillorCount(people: number): number {
  const n = Math.round(60 + 20 * Math.log10(Math.max(people, 1) / 300));
  return Math.min(120, Math.max(30, n));
}

/** Default number of dual-accountability performance officers: about one per 75 officers, 3..50. */
export function performanceOfficerTarget(people: number): number {
  return Math.min(50, Math.max(3, Math.round(people / 75)));
}
