/**
 * Turns what the API returns (the flat organisation tree and the council's people) into tree rows
 * for the explorer's two views, with the findings each node carries. Pure: tested without a browser.
 */
import type { Finding, TreeNodeKind, TreeRow } from '../../charts/tree/layout.js';

export interface OrgNodeInput {
  id: string;
  parentId?: string | null;
  kind: 'COUNCIL' | 'DIRECTORATE' | 'SERVICE' | 'TEAM';
  name: string;
  ownerId?: string | null;
  ownerName?: string | null;
  headcount: number;
  /** Findings from the API's checks, once it serves them. */
  findings?: readonly Finding[] | null;
}

export interface PersonInput {
  id: string;
  name: string;
  jobTitle?: string | null;
  kind: 'OFFICER' | 'COUNCILLOR' | 'PARTNER_CONTACT';
  serviceId: string | null;
  directorateId: string | null;
  lineManagerId: string | null;
  functionalManagerId: string | null;
}

export type ExplorerMode = 'organisation' | 'line';

export const FINDING_UNOWNED: Omit<Finding, 'message'> = { code: 'UNOWNED_SERVICE', severity: 'high', label: 'Unowned' };

/** Findings the client can derive before the delegation checks are served: a service with no owner. */
export function deriveFindings(node: OrgNodeInput): Finding[] {
  const findings: Finding[] = [...(node.findings ?? [])];
  const isService = node.kind === 'SERVICE' || node.kind === 'TEAM';
  if (isService && !node.ownerId && !findings.some((f) => f.code === FINDING_UNOWNED.code)) {
    findings.push({ ...FINDING_UNOWNED, message: `No one is accountable for ${node.name}: give it an accountable owner.` });
  }
  return findings;
}

function dualFinding(person: PersonInput, managerName: string | undefined): Finding {
  return {
    code: 'DUAL_ACCOUNTABILITY',
    severity: 'info',
    label: 'Dual',
    message: `${person.name} answers to a line manager and to a functional manager${managerName ? ` (${managerName})` : ''}.`,
  };
}

export function councillorGroupId(councilId: string): string {
  return `${councilId}::councillors`;
}

/**
 * Organisation view: council -> directorates -> services -> teams, with people under the unit they
 * work in (service, else directorate, else council) and councillors under one "Elected members" group.
 */
export function organisationRows(org: readonly OrgNodeInput[], people: readonly PersonInput[] | null): TreeRow[] {
  const root = org.find((n) => !n.parentId);
  if (!root) return [];
  const byId = new Map(org.map((n) => [n.id, n]));
  const rows: TreeRow[] = org.map((n) => ({
    id: n.id,
    parentId: n.parentId ?? null,
    kind: n.kind as TreeNodeKind,
    name: n.name,
    subtitle:
      n.kind === 'COUNCIL'
        ? n.ownerName
          ? `MI lead: ${n.ownerName}`
          : null
        : n.ownerName
          ? n.ownerName
          : n.kind === 'SERVICE' || n.kind === 'TEAM'
            ? 'No accountable owner'
            : null,
    headcount: n.headcount,
    secondaryParentId: null,
    findings: deriveFindings(n),
  }));
  if (!people) return rows;
  const names = new Map(people.map((p) => [p.id, p.name]));
  const councillors = people.filter((p) => p.kind === 'COUNCILLOR');
  if (councillors.length) {
    rows.push({
      id: councillorGroupId(root.id),
      parentId: root.id,
      kind: 'GROUP',
      name: 'Elected members',
      subtitle: `${councillors.length} councillors`,
      headcount: councillors.length,
      secondaryParentId: null,
      findings: [],
    });
  }
  for (const p of people) {
    const unit =
      p.kind === 'COUNCILLOR' ? councillorGroupId(root.id) : ([p.serviceId, p.directorateId].find((id) => id && byId.has(id)) ?? root.id);
    rows.push(personRow(p, unit, names));
  }
  return rows;
}

/** Line-management view: officers under their line managers; the dashed link is the functional manager. */
export function lineManagementRows(council: { id: string; name: string }, people: readonly PersonInput[]): TreeRow[] {
  const officers = people.filter((p) => p.kind !== 'COUNCILLOR');
  const ids = new Set(officers.map((p) => p.id));
  const names = new Map(officers.map((p) => [p.id, p.name]));
  const rows: TreeRow[] = [
    {
      id: council.id,
      parentId: null,
      kind: 'COUNCIL',
      name: council.name,
      subtitle: `${officers.length.toLocaleString('en-GB')} officers`,
      headcount: null,
      secondaryParentId: null,
      findings: [],
    },
  ];
  for (const p of officers) rows.push(personRow(p, p.lineManagerId && ids.has(p.lineManagerId) ? p.lineManagerId : council.id, names));
  return rows;
}

function personRow(p: PersonInput, parentId: string, names: ReadonlyMap<string, string>): TreeRow {
  const dual = Boolean(p.lineManagerId && p.functionalManagerId);
  return {
    id: p.id,
    parentId,
    kind: 'PERSON',
    name: p.name,
    subtitle: p.jobTitle ?? (p.kind === 'COUNCILLOR' ? 'Councillor' : null),
    headcount: null,
    secondaryParentId: p.functionalManagerId,
    findings: dual ? [dualFinding(p, p.functionalManagerId ? names.get(p.functionalManagerId) : undefined)] : [],
  };
}

export interface SearchHit {
  id: string;
  name: string;
  kind: TreeNodeKind;
  detail: string | null;
}

/**
 * Rows whose name (or job title) contains every word of the query, any case; names that start with
 * the query first, then units before people, then alphabetical.
 */
export function searchRows(rows: readonly TreeRow[], query: string, limit = 12): SearchHit[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const q = words.join(' ');
  const scored: Array<{ hit: SearchHit; score: number }> = [];
  for (const r of rows) {
    if (r.kind === 'GROUP') continue;
    const name = r.name.toLowerCase();
    const hay = `${name} ${(r.subtitle ?? '').toLowerCase()}`;
    if (!words.every((w) => hay.includes(w))) continue;
    const score = (name.startsWith(q) ? 0 : name.includes(q) ? 1 : 2) * 10 + (r.kind === 'PERSON' ? 1 : 0);
    scored.push({ hit: { id: r.id, name: r.name, kind: r.kind, detail: r.subtitle }, score });
  }
  scored.sort((a, b) => a.score - b.score || a.hit.name.localeCompare(b.hit.name, 'en-GB'));
  return scored.slice(0, limit).map((s) => s.hit);
}

/* ---------- Signed-in view: the accountability tree (delegation checks' findings per node) ---------- */

export interface AccFindingInput {
  code: string;
  severity: 'CRITICAL' | 'HIGH' | 'MEDIUM' | 'LOW' | 'INFO';
  message: string;
  suggestedPerson?: { id: string | null } | null;
}

export interface AccNodeInput {
  id: string;
  parentId?: string | null;
  kind: 'COUNCIL' | 'BODY' | 'DIRECTORATE' | 'SERVICE' | 'TEAM' | 'PERSON';
  name: string;
  detail?: string | null;
  ownerId?: string | null;
  ownerName?: string | null;
  lineManagerId?: string | null;
  functionalManagerId?: string | null;
  findings: ReadonlyArray<{ index: number }>;
  delegations: readonly NodeDelegationInput[];
}

export interface NodeDelegationInput {
  delegationId: string;
  role: 'HOLDS' | 'GAVE' | 'COVERS';
  power: string;
  counterpart: string;
  scope: string;
  inForce: boolean;
  financialLimit?: number | null;
}

/** Short labels for the node badges; the side panel and screen readers get the full message. */
export const FINDING_LABEL: Record<string, string> = {
  UNOWNED_SERVICE: 'Unowned',
  BLURRED_ACCOUNTABILITY: 'Blurred',
  DECISION_WITHOUT_ACCOUNTABILITY: 'Decision',
  ACCOUNTABILITY_WITHOUT_AUTHORITY: 'No power',
  SUBDELEGATION_OUT_OF_SCOPE: 'Scope',
  CYCLE: 'Cycle',
  DUAL_ACCOUNTABILITY: 'Dual',
  DATA_OWNER_MISSING: 'No data owner',
  MI_OWNER_MISSING: 'No MI lead',
  MI_OWNER_AMBIGUOUS: 'MI unclear',
};

/** What each code means, in words (headings, filters). */
export const FINDING_TITLE: Record<string, string> = {
  UNOWNED_SERVICE: 'No accountable owner',
  BLURRED_ACCOUNTABILITY: 'Blurred accountability',
  DECISION_WITHOUT_ACCOUNTABILITY: 'Decision without accountability',
  ACCOUNTABILITY_WITHOUT_AUTHORITY: 'Accountable without authority',
  SUBDELEGATION_OUT_OF_SCOPE: 'Sub-delegation wider than its parent',
  CYCLE: 'Delegation loop',
  DUAL_ACCOUNTABILITY: 'Dual accountability',
  DATA_OWNER_MISSING: 'Indicator without a data owner',
  MI_OWNER_MISSING: 'Nobody responsible for management information',
  MI_OWNER_AMBIGUOUS: 'Responsibility for management information unclear',
};

export function severityOf(s: string): Finding['severity'] {
  const v = s.toUpperCase();
  return v === 'CRITICAL' || v === 'HIGH' ? 'high' : v === 'MEDIUM' ? 'medium' : v === 'LOW' ? 'low' : 'info';
}

/** A node's findings as badges: one per code (most serious first), saying how many when repeated. */
export function nodeFindings(node: Pick<AccNodeInput, 'findings'>, all: readonly AccFindingInput[]): Finding[] {
  const byCode = new Map<string, { f: AccFindingInput; n: number }>();
  for (const { index } of node.findings) {
    const f = all[index];
    if (!f) continue;
    const seen = byCode.get(f.code);
    if (seen) seen.n++;
    else byCode.set(f.code, { f, n: 1 });
  }
  const order = ['high', 'medium', 'low', 'info'];
  return [...byCode.values()]
    .map(({ f, n }) => ({
      code: f.code,
      severity: severityOf(f.severity),
      label: FINDING_LABEL[f.code] ?? f.code,
      message: n > 1 ? `${f.message} (and ${n - 1} more like it)` : f.message,
      ...(f.suggestedPerson?.id ? { suggestedId: f.suggestedPerson.id } : {}),
    }))
    .sort((a, b) => order.indexOf(a.severity) - order.indexOf(b.severity));
}

const BODY_KIND: Record<string, string> = { FULL_COUNCIL: 'Full Council', EXECUTIVE: 'Executive', COMMITTEE: 'Committee' };

/**
 * Organisation view for a signed-in member: the accountability tree's nodes (bodies with their
 * councillors, directorates, services, teams, people) as far as they are loaded, plus every person of
 * the council not loaded yet, under the unit they work in. Tree nodes carry the checks' findings.
 */
export function accountabilityRows(
  nodes: readonly (AccNodeInput & { parentId: string | null })[],
  findings: ReadonlyMap<string, readonly Finding[]>,
  people: readonly PersonInput[] | null,
  /** The whole unit structure (organisationTree): units below the loaded levels, so people find their team. */
  org: readonly OrgNodeInput[] = [],
): TreeRow[] {
  const root = nodes.find((n) => !n.parentId);
  if (!root) return [];
  const ids = new Set(nodes.map((n) => n.id));
  const extraUnits = org.filter((u) => u.parentId && !ids.has(u.id));
  for (const u of extraUnits) ids.add(u.id);
  // The organisation tree's headcount (people working directly in the unit, whoever may see them), as the public tree and
  // the side panel show; counted from the people loaded only for units it does not have.
  const counted = new Map<string, number>();
  for (const p of people ?? []) {
    const unit = p.serviceId ?? p.directorateId;
    if (unit) counted.set(unit, (counted.get(unit) ?? 0) + 1);
  }
  const served = new Map(org.map((u) => [u.id, u.headcount]));
  const headcount = { get: (id: string) => served.get(id) ?? counted.get(id) };
  const hasCounts = Boolean(people) || served.size > 0;
  const rows: TreeRow[] = nodes.map((n) => {
    const isUnit = n.kind === 'SERVICE' || n.kind === 'TEAM' || n.kind === 'DIRECTORATE';
    const subtitle =
      n.kind === 'PERSON'
        ? (n.detail ?? null)
        : n.kind === 'BODY'
          ? (BODY_KIND[n.detail ?? ''] ?? n.detail ?? null)
          : n.kind === 'COUNCIL'
            ? n.ownerName
              ? `MI lead: ${n.ownerName}`
              : null
            : n.ownerName
              ? n.ownerName
              : n.kind === 'DIRECTORATE'
                ? 'No director'
                : 'No accountable owner';
    return {
      id: n.id,
      parentId: n.parentId,
      kind: n.kind,
      name: n.name,
      subtitle,
      headcount: isUnit && hasCounts ? (headcount.get(n.id) ?? 0) : null,
      secondaryParentId: n.kind === 'PERSON' ? (n.functionalManagerId ?? null) : null,
      findings: findings.get(n.id) ?? [],
    };
  });
  for (const u of extraUnits) {
    rows.push({
      id: u.id,
      parentId: u.parentId ?? root.id,
      kind: u.kind as TreeNodeKind,
      name: u.name,
      subtitle: u.ownerName ?? (u.kind === 'DIRECTORATE' ? 'No director' : 'No accountable owner'),
      headcount: hasCounts ? (headcount.get(u.id) ?? 0) : null,
      secondaryParentId: null,
      findings: findings.get(u.id) ?? deriveFindings(u),
    });
  }
  if (!people) return rows;
  const names = new Map(people.map((p) => [p.id, p.name]));
  const fullCouncil = nodes.find((n) => n.kind === 'BODY' && n.detail === 'FULL_COUNCIL') ?? nodes.find((n) => n.kind === 'BODY');
  let group: string | null = null;
  for (const p of people) {
    if (ids.has(p.id)) continue;
    let unit: string;
    if (p.kind === 'COUNCILLOR') {
      if (fullCouncil) unit = fullCouncil.id;
      else {
        group ??= councillorGroupId(root.id);
        unit = group;
      }
    } else unit = [p.serviceId, p.directorateId].find((id) => id && ids.has(id)) ?? root.id;
    const row = personRow(p, unit, names);
    const extra = findings.get(p.id);
    rows.push(extra ? { ...row, findings: extra } : row);
  }
  if (group)
    rows.push({
      id: group,
      parentId: root.id,
      kind: 'GROUP',
      name: 'Elected members',
      subtitle: 'Councillors',
      headcount: null,
      secondaryParentId: null,
      findings: [],
    });
  return rows;
}

/** Findings from the tree laid over rows built elsewhere (line management). */
export function withFindings(rows: readonly TreeRow[], findings: ReadonlyMap<string, readonly Finding[]>): TreeRow[] {
  if (!findings.size) return rows as TreeRow[];
  return rows.map((r) => {
    const f = findings.get(r.id);
    return f?.length ? { ...r, findings: f } : r;
  });
}
