/** Both kinds of findings in one list, filtered; and where each node is shown in the app. Pure. */
import { routePath, type ViewKey } from '../../app/router.js';

export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

export interface NodeRef {
  /** Null only for a person whose name the viewer may not see (never for the council's own people, who see findings). */
  id: string | null;
  type: string;
  name: string;
}

export interface AnyFinding {
  source: 'accountability' | 'golden-thread' | 'governance' | 'performance';
  code: string;
  severity: Severity;
  message: string;
  fix: string;
  nodes: readonly NodeRef[];
  /** The person the fix suggests (accountability findings), when it names one. */
  suggestedPerson?: NodeRef | null;
}

export function normaliseSeverity(s: string): Severity {
  const v = s.toLowerCase();
  return (SEVERITIES as readonly string[]).includes(v) ? (v as Severity) : 'info';
}

export interface FindingFilter {
  source?: string | null;
  code?: string | null;
  /** At least this serious. */
  severity?: string | null;
}

export function filterFindings(all: readonly AnyFinding[], f: FindingFilter): AnyFinding[] {
  const min = f.severity ? SEVERITIES.indexOf(normaliseSeverity(f.severity)) : SEVERITIES.length - 1;
  return all
    .filter((x) => (!f.source || x.source === f.source) && (!f.code || x.code === f.code) && SEVERITIES.indexOf(x.severity) <= min)
    .sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
}

/** Codes present, with counts, most frequent first. */
export function codeCounts(all: readonly AnyFinding[]): Array<{ code: string; count: number }> {
  const m = new Map<string, number>();
  for (const f of all) m.set(f.code, (m.get(f.code) ?? 0) + 1);
  return [...m.entries()].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}

const VIEW_OF: Record<string, ViewKey> = {
  Service: 'explorer',
  Person: 'explorer',
  Directorate: 'explorer',
  Council: 'explorer',
  DecisionBody: 'explorer',
  Priority: 'priorities',
  Indicator: 'indicator',
};

/** Governance records with a page of their own: area of the Governance view. */
const GOVERNANCE_AREA: Record<string, string> = { Risk: 'risks', BestValueReview: 'reviews', Action: 'actions', Complaint: 'complaints' };

/** The address of a node's own view, or null when it has none (delegations, powers, targets...). */
export function nodeHref(gss: string, node: NodeRef, period?: string): string | null {
  if (node.id === null) return null;
  const area = GOVERNANCE_AREA[node.type];
  if (area) return routePath(gss, 'governance', area) + (area === 'risks' || area === 'reviews' ? `/${encodeURIComponent(node.id)}` : '');
  const view = VIEW_OF[node.type];
  if (!view) return null;
  if (node.type === 'Council') return routePath(gss, 'explorer');
  return routePath(gss, view, node.id, view === 'priorities' && period ? { period } : undefined);
}

/** The node a finding is about: the first one with a view of its own. */
export function primaryNode(gss: string, f: AnyFinding, period?: string): { node: NodeRef; href: string } | null {
  for (const n of f.nodes) {
    const href = nodeHref(gss, n, period);
    if (href) return { node: n, href };
  }
  return null;
}

/** The fixes the app can make from a finding, each with the write (mutation) it makes. */
export type FixKind =
  | 'accountableOwner'
  | 'dataOwner'
  | 'miResponsible'
  | 'communication'
  | 'delegate'
  | 'linkObjective'
  | 'target'
  | 'tellBack';

export interface FixPlan {
  kind: FixKind;
  /** The record the fix writes to (or whose `viewerCan` decides): the service, the indicator, the council, the objective... */
  targetId: string;
  /** The person to prefill the form with, when the finding suggests one (for a delegation: the owner it is to). */
  suggestedId: string | null;
  /** The other records the fix names: the priorities a consultation informed (tellBack). */
  relatedIds: readonly string[];
}

const FIX_OF: Record<string, { kind: FixKind; on: string; source: AnyFinding['source'] }> = {
  UNOWNED_SERVICE: { kind: 'accountableOwner', on: 'Service', source: 'accountability' },
  DATA_OWNER_MISSING: { kind: 'dataOwner', on: 'Indicator', source: 'accountability' },
  MI_OWNER_MISSING: { kind: 'miResponsible', on: 'Council', source: 'accountability' },
  // The owner (first node) holds no power over the services listed: a delegation to them over the first one.
  ACCOUNTABILITY_WITHOUT_AUTHORITY: { kind: 'delegate', on: 'Service', source: 'accountability' },
  ORPHAN_OBJECTIVE: { kind: 'linkObjective', on: 'Objective', source: 'golden-thread' },
  UNMEASURED_PRIORITY: { kind: 'target', on: 'Priority', source: 'golden-thread' },
  // A priority nobody was told about (the finding names the priority alone); or a consultation whose groups were never told
  // back (the consultation, then the priorities it informed).
  NOT_COMMUNICATED: { kind: 'communication', on: 'Priority', source: 'golden-thread' },
};

/** The fix a finding describes that the app can make (null when it has none): what it writes to, and whom it suggests. */
export function fixOf(f: AnyFinding): FixPlan | null {
  const found = FIX_OF[f.code];
  if (!found || found.source !== f.source) return null;
  const told = f.code === 'NOT_COMMUNICATED' && f.nodes[0]?.type === 'Consultation';
  const plan = told ? { kind: 'tellBack' as const, on: 'Consultation' } : found;
  if (plan.kind === 'communication' && f.nodes.length !== 1) return null;
  const target = f.nodes.find((n) => n.type === plan.on);
  if (!target?.id) return null;
  const person = plan.kind === 'delegate' ? f.nodes.find((n) => n.type === 'Person') : f.suggestedPerson;
  const relatedIds = plan.kind === 'tellBack' ? f.nodes.flatMap((n) => (n.type === 'Priority' && n.id ? [n.id] : [])) : [];
  if (plan.kind === 'tellBack' && relatedIds.length === 0) return null;
  return { kind: plan.kind, targetId: target.id, suggestedId: person?.type === 'Person' ? person.id : null, relatedIds };
}

/** A key for each finding that stays with it when the list changes (a fix removes one), so an open form stays on its card. */
export function findingKeys(list: readonly AnyFinding[]): string[] {
  const seen = new Map<string, number>();
  return list.map((f) => {
    const base = `${f.source}|${f.code}|${f.nodes.map((n) => n.id).join(',')}|${f.message}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  });
}
