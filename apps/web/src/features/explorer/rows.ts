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
    subtitle: n.kind === 'COUNCIL' ? (n.ownerName ? `MI lead: ${n.ownerName}` : null) : n.ownerName ? n.ownerName : n.kind === 'SERVICE' || n.kind === 'TEAM' ? 'No accountable owner' : null,
    headcount: n.headcount,
    secondaryParentId: null,
    findings: deriveFindings(n),
  }));
  if (!people) return rows;
  const names = new Map(people.map((p) => [p.id, p.name]));
  const councillors = people.filter((p) => p.kind === 'COUNCILLOR');
  if (councillors.length) {
    rows.push({ id: councillorGroupId(root.id), parentId: root.id, kind: 'GROUP', name: 'Elected members', subtitle: `${councillors.length} councillors`, headcount: councillors.length, secondaryParentId: null, findings: [] });
  }
  for (const p of people) {
    const unit = p.kind === 'COUNCILLOR' ? councillorGroupId(root.id) : [p.serviceId, p.directorateId].find((id) => id && byId.has(id)) ?? root.id;
    rows.push(personRow(p, unit, names));
  }
  return rows;
}

/** Line-management view: officers under their line managers; the dashed link is the functional manager. */
export function lineManagementRows(council: { id: string; name: string }, people: readonly PersonInput[]): TreeRow[] {
  const officers = people.filter((p) => p.kind !== 'COUNCILLOR');
  const ids = new Set(officers.map((p) => p.id));
  const names = new Map(officers.map((p) => [p.id, p.name]));
  const rows: TreeRow[] = [{ id: council.id, parentId: null, kind: 'COUNCIL', name: council.name, subtitle: `${officers.length.toLocaleString('en-GB')} officers`, headcount: null, secondaryParentId: null, findings: [] }];
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
