/**
 * Councillors' roles, portfolios, ward casework and complaint themes: who may change what (from the
 * viewer's designations, as access.ts does for the other records; the server decides anyway and its
 * refusal is shown), the words for a role and how the list of roles is grouped. Pure.
 */
import type { GovernanceDuties } from './access.js';

export const ROLE_KINDS = [
  'LEADER',
  'CABINET_MEMBER',
  'PORTFOLIO_HOLDER',
  'SCRUTINY_CHAIR',
  'SCRUTINY_MEMBER',
  'COMPLAINTS_PANEL',
  'BEST_VALUE_PANEL',
  'WARD_COUNCILLOR',
] as const;
export type RoleKind = (typeof ROLE_KINDS)[number];

export const ROLE_LABEL: Record<RoleKind, string> = {
  LEADER: 'Leader of the council',
  CABINET_MEMBER: 'Cabinet member',
  PORTFOLIO_HOLDER: 'Portfolio holder',
  SCRUTINY_CHAIR: 'Scrutiny chair',
  SCRUTINY_MEMBER: 'Scrutiny member',
  COMPLAINTS_PANEL: 'Complaints panel',
  BEST_VALUE_PANEL: 'Best Value panel',
  WARD_COUNCILLOR: 'Ward councillor',
};

export const roleLabel = (kind: string): string => ROLE_LABEL[kind as RoleKind] ?? kind;

/** What a role of a kind must name (the API's rule: a portfolio holder a portfolio, scrutiny a committee, a ward councillor a ward). */
export function roleNeeds(kind: string): { portfolio: 'required' | 'no'; committee: 'required' | 'optional' | 'no'; ward: boolean } {
  return {
    portfolio: kind === 'PORTFOLIO_HOLDER' ? 'required' : 'no',
    committee:
      kind === 'SCRUTINY_CHAIR' || kind === 'SCRUTINY_MEMBER'
        ? 'required'
        : kind === 'COMPLAINTS_PANEL' || kind === 'BEST_VALUE_PANEL'
          ? 'optional'
          : 'no',
    ward: kind === 'WARD_COUNCILLOR',
  };
}

export interface RoleLike {
  id: string;
  role: string;
  ward?: string | null;
  startsOn?: string | null;
  endsOn?: string | null;
  current: boolean;
  person: { id: string; name: string; jobTitle?: string | null };
  portfolio?: { name: string } | null;
  committee?: { name: string } | null;
}

/** "Portfolio holder: Adult Social Care", "Ward councillor: Bixley", "Leader of the council". */
export function roleTitle(r: Pick<RoleLike, 'role' | 'ward' | 'portfolio' | 'committee'>): string {
  const of = r.portfolio?.name ?? r.committee?.name ?? r.ward ?? null;
  return of ? `${roleLabel(r.role)}: ${of}` : roleLabel(r.role);
}

const ORDER = new Map<string, number>(ROLE_KINDS.map((k, i) => [k, i]));

/** Roles grouped by councillor (by name), each councillor's current roles first in rank order, then the ended ones, latest first. */
export function byCouncillor<T extends RoleLike>(roles: readonly T[]): Array<{ person: T['person']; roles: T[] }> {
  const groups = new Map<string, { person: T['person']; roles: T[] }>();
  for (const r of roles) {
    const g = groups.get(r.person.id) ?? { person: r.person, roles: [] as T[] };
    g.roles.push(r);
    groups.set(r.person.id, g);
  }
  const rank = (r: T) => ORDER.get(r.role) ?? ROLE_KINDS.length;
  for (const g of groups.values()) {
    g.roles.sort((a, b) =>
      a.current !== b.current
        ? a.current
          ? -1
          : 1
        : a.current
          ? rank(a) - rank(b) || a.id.localeCompare(b.id)
          : (b.endsOn ?? '').localeCompare(a.endsOn ?? '') || rank(a) - rank(b),
    );
  }
  return [...groups.values()].sort((a, b) => a.person.name.localeCompare(b.person.name) || a.person.id.localeCompare(b.person.id));
}

/** The wards a person is a ward councillor of today, from their roles. */
export function wardsOf(roles: ReadonlyArray<{ role: string; ward?: string | null; current: boolean }>): string[] {
  return [...new Set(roles.filter((r) => r.current && r.role === 'WARD_COUNCILLOR' && r.ward).map((r) => r.ward!))].sort();
}

export interface RolesAbilities {
  /** Councillors' roles and portfolios: administrators and the chief executive. */
  manageRoles: boolean;
  /** Ward casework is for the council's own people. */
  seeEnquiries: boolean;
  /** Record an enquiry: a ward councillor (in their own wards) or an administrator (any ward). */
  recordEnquiry: boolean;
  /** The wards the viewer may record enquiries in; null: any ward. */
  enquiryWards: readonly string[] | null;
  /** Correct an enquiry: the councillor who raised it, or an administrator. */
  changeEnquiry: (e: { councillorId?: string | null }) => boolean;
  /** Answer for the service: its line of managers (the server checks which service), the chief executive, an administrator. */
  respondToEnquiry: boolean;
  /** The list of complaint themes: complaints officers and administrators. */
  manageThemes: boolean;
}

export function rolesAbilities(d: GovernanceDuties, myWards: readonly string[]): RolesAbilities {
  const m = d.member;
  const admin = m && d.admin;
  const boss = admin || (m && d.chiefExecutive);
  return {
    manageRoles: boss,
    seeEnquiries: m,
    recordEnquiry: admin || (m && myWards.length > 0),
    enquiryWards: admin ? null : m ? myWards : [],
    changeEnquiry: (e) => admin || (m && d.personId !== null && e.councillorId === d.personId),
    respondToEnquiry: boss || (m && d.manager),
    manageThemes: admin || (m && d.staff.has('COMPLAINTS_OFFICER')),
  };
}

export interface EnquiryTally {
  key: string;
  name: string;
  all: number;
  /** Awaiting an answer (status OPEN). */
  open: number;
  overdue: number;
}

/** Enquiries counted by ward or service (`group` names each one's group): most overdue first, then most, then by name. */
export function tallyEnquiries<T extends { status: string; overdue: boolean }>(
  rows: readonly T[],
  group: (e: T) => { key: string; name: string },
): EnquiryTally[] {
  const tally = new Map<string, EnquiryTally>();
  for (const e of rows) {
    const g = group(e);
    const t = tally.get(g.key) ?? { ...g, all: 0, open: 0, overdue: 0 };
    t.all++;
    if (e.status === 'OPEN') t.open++;
    if (e.overdue) t.overdue++;
    tally.set(g.key, t);
  }
  return [...tally.values()].sort((a, b) => b.overdue - a.overdue || b.all - a.all || a.name.localeCompare(b.name));
}

/** Days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`)) / 86_400_000);
}

/** An ISO date `days` after another. */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
