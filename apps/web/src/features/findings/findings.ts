/** Both kinds of findings in one list, filtered; and where each node is shown in the app. Pure. */
import { routePath, type ViewKey } from '../../app/router.js';

export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

export interface NodeRef {
  id: string;
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
