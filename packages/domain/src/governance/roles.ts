/**
 * Rules of councillors' roles, portfolios, staff designations and ward casework (README
 * "Governance"): what each kind of role names, that dates run in order, what a portfolio covers, and
 * when a ward enquiry is overdue (finding ENQUIRY_OVERDUE). Each check returns null when the thing is
 * allowed, or a FieldError naming the field and saying why it is refused.
 */
import type { FieldError } from '../organisation/validation.js';
import { WardEnquiryStatus } from './enums.js';

/** What a councillor role refers to beyond its kind (present or not). */
export interface RoleRefs {
  portfolioId?: unknown;
  committeeId?: unknown;
  ward?: unknown;
}

type RefField = keyof RoleRefs;

/** The references each kind of councillor role needs, and those it may have. */
const ROLE_REFS: Readonly<Record<string, { needs: readonly RefField[]; may: readonly RefField[] }>> = {
  LEADER: { needs: [], may: [] },
  CABINET_MEMBER: { needs: [], may: [] },
  PORTFOLIO_HOLDER: { needs: ['portfolioId'], may: ['portfolioId'] },
  SCRUTINY_CHAIR: { needs: ['committeeId'], may: ['committeeId'] },
  SCRUTINY_MEMBER: { needs: ['committeeId'], may: ['committeeId'] },
  /** A panel may sit as a committee of its own (a decision body), or not. */
  COMPLAINTS_PANEL: { needs: [], may: ['committeeId'] },
  BEST_VALUE_PANEL: { needs: [], may: ['committeeId'] },
  WARD_COUNCILLOR: { needs: ['ward'], may: ['ward'] },
};

const WHAT: Record<RefField, string> = { portfolioId: 'a portfolio', committeeId: 'a committee', ward: 'a ward' };

const present = (v: unknown) => v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '');

const label = (kind: string) => kind.toLowerCase().replace(/_/g, ' ');

/**
 * A role names exactly what its kind needs: a portfolio holder their portfolio, a scrutiny chair or
 * member their committee, a ward councillor their ward; panels may name their committee; a leader or
 * cabinet member names none of these.
 */
export function councillorRoleRefsError(kind: string, refs: RoleRefs): FieldError | null {
  const rule = ROLE_REFS[kind];
  if (!rule) return { field: 'role', message: `${kind} is not a kind of councillor role.` };
  const missing = rule.needs.find((f) => !present(refs[f]));
  if (missing) return { field: missing, message: `A ${label(kind)} role names ${WHAT[missing]}: give ${missing}.` };
  const extra = (Object.keys(WHAT) as RefField[]).find((f) => !rule.may.includes(f) && present(refs[f]));
  if (extra) return { field: extra, message: `A ${label(kind)} role has no ${WHAT[extra].slice(2)}: leave ${extra} out.` };
  return null;
}

/** The end of something is not before its start (either may be unknown). */
export function datesInOrderError(startField: string, startsOn: string | null, endField: string, endsOn: string | null): FieldError | null {
  if (startsOn && endsOn && endsOn < startsOn) {
    return { field: endField, message: `${endsOn} is before ${startField} (${startsOn}): the end cannot come before the start.` };
  }
  return null;
}

/** Is a role (councillor or staff) held on `on` (YYYY-MM-DD)? An unknown start counts as long held. */
export function isRoleCurrent(role: { startsOn: string | null; endsOn: string | null }, on: string): boolean {
  return (role.startsOn === null || role.startsOn <= on) && (role.endsOn === null || role.endsOn >= on);
}

/** What a portfolio names directly. */
export interface PortfolioCoverageInput {
  directorateIds: readonly number[];
  serviceIds: readonly number[];
  priorityIds: readonly number[];
}

export interface CoverageService {
  id: number;
  directorateId: number;
  parentId: number | null;
}

export interface CoveragePriority {
  id: number;
  directorateId: number | null;
  serviceId: number | null;
}

export interface PortfolioCoverage {
  directorateIds: number[];
  serviceIds: number[];
  priorityIds: number[];
}

/**
 * What a portfolio covers: its directorates; the services it names, every service of a directorate it
 * names, and the teams inside any of those; the priorities it names, and every priority of a
 * directorate or service it covers. Ids sorted ascending. The portfolio holder's view and report are
 * filtered by it.
 */
export function portfolioCoverage(
  portfolio: PortfolioCoverageInput,
  services: readonly CoverageService[],
  priorities: readonly CoveragePriority[],
): PortfolioCoverage {
  const directorates = new Set(portfolio.directorateIds);
  const covered = new Set(portfolio.serviceIds);
  for (const s of services) if (directorates.has(s.directorateId)) covered.add(s.id);
  const children = new Map<number, number[]>();
  for (const s of services) {
    if (s.parentId === null) continue;
    const list = children.get(s.parentId);
    if (list) list.push(s.id);
    else children.set(s.parentId, [s.id]);
  }
  const stack = [...covered];
  while (stack.length) {
    for (const child of children.get(stack.pop()!) ?? []) {
      if (!covered.has(child)) {
        covered.add(child);
        stack.push(child);
      }
    }
  }
  const priorityIds = new Set(portfolio.priorityIds);
  for (const p of priorities) {
    const byDirectorate = p.directorateId !== null && directorates.has(p.directorateId);
    if (byDirectorate || (p.serviceId !== null && covered.has(p.serviceId))) priorityIds.add(p.id);
  }
  const sorted = (s: Set<number>) => [...s].sort((a, b) => a - b);
  return { directorateIds: sorted(directorates), serviceIds: sorted(covered), priorityIds: sorted(priorityIds) };
}

export interface EnquiryFacts {
  status: WardEnquiryStatus;
  responseDue: string;
  respondedOn: string | null;
}

/** Overdue on `asOf` (YYYY-MM-DD): still open with no response, and its response was due before that day. */
export function isEnquiryOverdue(enquiry: EnquiryFacts, asOf: string): boolean {
  return enquiry.status === WardEnquiryStatus.OPEN && enquiry.respondedOn === null && enquiry.responseDue < asOf;
}

/** Answered after the day it was due (for reports of late responses). */
export function isEnquiryAnsweredLate(enquiry: Pick<EnquiryFacts, 'responseDue' | 'respondedOn'>): boolean {
  return enquiry.respondedOn !== null && enquiry.respondedOn > enquiry.responseDue;
}

/** An enquiry's dates: the response is due, and given, on or after the day it was raised. */
export function enquiryDatesError(raisedOn: string, responseDue: string, respondedOn: string | null): FieldError | null {
  if (responseDue < raisedOn) return { field: 'responseDue', message: `${responseDue} is before the enquiry was raised (${raisedOn}).` };
  if (respondedOn !== null && respondedOn < raisedOn) {
    return { field: 'respondedOn', message: `${respondedOn} is before the enquiry was raised (${raisedOn}).` };
  }
  return null;
}

/**
 * A response moves the enquiry on: RESPONDED and CLOSED need the day it was answered and the outcome;
 * OPEN has neither (reopening clears them, the audit trail keeps them).
 */
export function enquiryResponseError(status: WardEnquiryStatus, respondedOn: string | null, outcome: string | null): FieldError | null {
  if (status === WardEnquiryStatus.OPEN) {
    if (!respondedOn) return null;
    return { field: 'respondedOn', message: 'An OPEN enquiry is not answered yet: leave respondedOn out, or make it RESPONDED.' };
  }
  if (!respondedOn) {
    return { field: 'respondedOn', message: `A ${status} enquiry says when it was answered: give respondedOn (YYYY-MM-DD).` };
  }
  if (!outcome?.trim()) return { field: 'outcome', message: `A ${status} enquiry says what the outcome was: give outcome.` };
  return null;
}
