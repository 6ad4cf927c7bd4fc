/**
 * What the viewer may change in the Governance area, from their designations: shows a form only to
 * those the server would let through (the server decides anyway, and its refusal is shown). Pure.
 */
export type StaffKind = 'COMPLAINTS_OFFICER' | 'RISK_MANAGER' | 'SCRUTINY_OFFICER';

export interface GovernanceDuties {
  /** A signed-in person of this council (sees risks, actions, reviews in progress). */
  member: boolean;
  admin: boolean;
  personId: string | null;
  staff: ReadonlySet<string>;
  councillor: ReadonlyArray<{ role: string; committeeId: string | null }>;
  /** Owns a service or directs a directorate (writes within that line). */
  manager: boolean;
  chiefExecutive: boolean;
}

export const NOBODY: GovernanceDuties = {
  member: false,
  admin: false,
  personId: null,
  staff: new Set(),
  councillor: [],
  manager: false,
  chiefExecutive: false,
};

export interface GovernanceAbilities {
  seeRegisters: boolean;
  addRisk: boolean;
  changeRisk: (risk: { ownerId?: string | null }) => boolean;
  addAction: boolean;
  changeAction: (action: { ownerId?: string | null; source: string }) => boolean;
  recordComplaints: boolean;
  startReview: boolean;
  changeReview: (review: { leadOfficerId?: string | null; panelIds?: readonly string[] }) => boolean;
  /** Topics, meetings and recommendations of a committee. */
  scrutinise: (committeeId: string) => boolean;
  respondForExecutive: boolean;
  /** Partner bodies and health-interface marks: scrutiny officers, the chief executive, administrators. */
  recordHealth: boolean;
  /** Staff designations (complaints officer, scrutiny officer, risk manager): administrators only. */
  designateStaff: boolean;
  /** Import the risk register or actions from CSV: risk managers, the chief executive, administrators. */
  importCsv: boolean;
}

const SOURCE_STAFF: Record<string, StaffKind> = {
  RISK_MITIGATION: 'RISK_MANAGER',
  COMPLAINT_LESSON: 'COMPLAINTS_OFFICER',
  SCRUTINY_RECOMMENDATION: 'SCRUTINY_OFFICER',
};

export function governanceAbilities(d: GovernanceDuties): GovernanceAbilities {
  const m = d.member;
  const boss = m && (d.admin || d.chiefExecutive);
  const has = (k: StaffKind) => m && d.staff.has(k);
  const holds = (...roles: string[]) => m && d.councillor.some((r) => roles.includes(r.role));
  const me = (id: string | null | undefined) => m && d.personId !== null && id === d.personId;
  const addRisk = boss || d.manager || has('RISK_MANAGER');
  const addAction = boss || (m && d.manager) || has('RISK_MANAGER') || has('COMPLAINTS_OFFICER') || has('SCRUTINY_OFFICER');
  const startReview = boss || (m && d.manager) || holds('BEST_VALUE_PANEL');
  return {
    seeRegisters: m,
    addRisk: m && addRisk,
    changeRisk: (r) => (m && addRisk) || me(r.ownerId),
    addAction,
    changeAction: (a) =>
      boss || (m && d.manager) || me(a.ownerId) || (SOURCE_STAFF[a.source] !== undefined && has(SOURCE_STAFF[a.source]!)),
    recordComplaints: d.admin ? m : has('COMPLAINTS_OFFICER'),
    startReview,
    changeReview: (r) => startReview || me(r.leadOfficerId) || (r.panelIds ?? []).some((id) => me(id)),
    scrutinise: (committeeId) =>
      (m && d.admin) ||
      has('SCRUTINY_OFFICER') ||
      (m && d.councillor.some((r) => (r.role === 'SCRUTINY_CHAIR' || r.role === 'SCRUTINY_MEMBER') && r.committeeId === committeeId)),
    respondForExecutive: boss || holds('LEADER', 'CABINET_MEMBER', 'PORTFOLIO_HOLDER'),
    recordHealth: boss || has('SCRUTINY_OFFICER'),
    designateStaff: m && d.admin,
    importCsv: boss || has('RISK_MANAGER'),
  };
}
