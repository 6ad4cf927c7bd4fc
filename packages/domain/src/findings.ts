/**
 * A finding is what a check reports: a code, how serious it is, the nodes involved, a message a
 * councillor understands and what would fix it. Every check in this package returns these.
 */
export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';

export const SEVERITY_ORDER: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

/** A node of the graph named by a finding: its kind (entity name), its id and a readable name. */
export interface NodeRef {
  type: string;
  id: number;
  name: string;
}

export interface Finding {
  code: string;
  severity: Severity;
  nodes: NodeRef[];
  message: string;
  fix: string;
  /** The person the fix suggests (e.g. the owner of the service above an unowned one), when it names one. */
  suggested?: NodeRef;
}

/** Most serious first, then by code and the first node's name, so reports read the same every time. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
      a.code.localeCompare(b.code) ||
      (a.nodes[0]?.name ?? '').localeCompare(b.nodes[0]?.name ?? '') ||
      (a.nodes[0]?.id ?? 0) - (b.nodes[0]?.id ?? 0),
  );
}
