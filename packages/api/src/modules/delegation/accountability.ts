/**
 * The read side of the scheme of delegation: the accountability tree, findings, "who is accountable"
 * and "what do I answer for". Each loads the council's scheme in a constant number of flat statements
 * (loadCouncilScheme), runs the domain rules on it and maps the result to the API's plain objects.
 */
import type { Em } from '@goldenthread/db';
import {
  accountabilityFindings,
  effectiveFinancialLimit,
  isDelegationInForce,
  scopeLabel,
  whatPersonAnswersFor,
  whoIsAccountable,
  type DelegationPath,
  type Finding,
  type NodeRef,
} from '@goldenthread/domain';
import { toGlobalId } from '../../relay/global-id.js';
import { loadCouncilScheme, type CouncilScheme } from './delegation-snapshot.js';
import {
  AccountabilityNodeKind,
  FindingSeverity,
  GLOBAL_TYPE,
  NodeDelegationRole,
  type AccountabilityAnswerType,
  type AccountabilityFinding,
  type AccountabilityNodeRef,
  type AccountabilityTree,
  type AccountabilityTreeNode,
  type DelegationPathType,
  type NodeDelegation,
  type NodeFinding,
  type PersonAnswerType,
} from './delegation.type.js';

export function refOf(n: NodeRef): AccountabilityNodeRef {
  const type = GLOBAL_TYPE[n.type] ?? n.type;
  return { id: toGlobalId(type, n.id), type, name: n.name };
}

const SEVERITY: Record<string, FindingSeverity> = {
  critical: FindingSeverity.CRITICAL,
  high: FindingSeverity.HIGH,
  medium: FindingSeverity.MEDIUM,
  low: FindingSeverity.LOW,
  info: FindingSeverity.INFO,
};

export function findingOf(f: Finding): AccountabilityFinding {
  return { code: f.code, severity: SEVERITY[f.severity] ?? FindingSeverity.INFO, message: f.message, fix: f.fix, nodes: f.nodes.map(refOf) };
}

function pathOf(p: DelegationPath): DelegationPathType {
  return {
    steps: p.steps.map((s) => ({
      id: toGlobalId(s.type === 'Body' ? 'DecisionBody' : 'Person', s.id),
      type: s.type === 'Body' ? 'DecisionBody' : 'Person',
      name: s.name,
      delegationId: s.type === 'Person' && s.delegationId !== null ? toGlobalId('Delegation', s.delegationId) : null,
    })),
    text: p.text,
    complete: p.complete,
    problems: p.problems,
  };
}

export interface TreeOptions {
  /** Only this node and what is below it (global id of any node of the tree). */
  rootId?: string | null;
  /** Only nodes at most this many levels below the root. */
  maxDepth?: number | null;
}

const EXECUTIVE_ROLES = new Set(['LEADER', 'CABINET_MEMBER', 'PORTFOLIO_HOLDER']);
const NONE = Object.freeze([]) as unknown as never[];

/** Appends to a node's list, replacing the shared empty list on the first item. */
function append<K extends 'answersFor' | 'delegations' | 'findings'>(node: AccountabilityTreeNode, key: K, item: AccountabilityTreeNode[K][number]): void {
  if ((node[key] as unknown) === NONE) (node[key] as unknown[]) = [item];
  else (node[key] as unknown[]).push(item);
}

/**
 * The accountability tree of a council, assembled in memory from the flat rows of loadCouncilScheme:
 * council → bodies (councillors under the executive or full council) and directorates → services →
 * teams, with every person under the team, service or directorate they work in (officers with none
 * under the council). Each node carries its delegations (held, given, or over it), what it answers
 * for and the findings naming it.
 */
export function buildAccountabilityTree(scheme: CouncilScheme, options: TreeOptions = {}): AccountabilityTree {
  const { council, index } = scheme;
  const today = index.today;
  const findings = accountabilityFindings(index);
  const personName = new Map(scheme.people.map((p) => [p.id, p.name]));
  const powerName = new Map(scheme.powers.map((p) => [p.id, p.name]));
  const bodyName = new Map(scheme.bodies.map((b) => [b.id, b.name]));

  // Global ids are memoised: a person's id is written up to four times (node, owner, managers).
  const gidCache = new Map<string, Map<number, string>>();
  const gid = (type: string, id: number): string => {
    let m = gidCache.get(type);
    if (!m) gidCache.set(type, (m = new Map()));
    let g = m.get(id);
    if (g === undefined) m.set(id, (g = toGlobalId(type, id)));
    return g;
  };
  const personGid = (id: number | null) => (id === null ? null : gid('Person', id));

  const councilGid = gid('Council', council.id);
  const nodes: AccountabilityTreeNode[] = [];
  const byGid = new Map<string, AccountabilityTreeNode>();
  const add = (
    id: string,
    parentId: string | null,
    kind: AccountabilityNodeKind,
    name: string,
    detail: string | null,
    depth: number,
    ownerId: number | null,
    lineManagerId: string | null = null,
    functionalManagerId: string | null = null,
  ): AccountabilityTreeNode => {
    const node: AccountabilityTreeNode = {
      id,
      parentId,
      kind,
      name,
      detail,
      depth,
      ownerId: personGid(ownerId),
      ownerName: ownerId === null ? null : (personName.get(ownerId) ?? null),
      lineManagerId,
      functionalManagerId,
      // One shared empty list until something is added (most of 20,000 people have none): fewer allocations.
      answersFor: NONE,
      delegations: NONE,
      findings: NONE,
    };
    nodes.push(node);
    byGid.set(id, node);
    return node;
  };

  add(councilGid, null, AccountabilityNodeKind.COUNCIL, council.name, council.gssCode, 0, council.miResponsibleId);

  const bodyOrder = { FULL_COUNCIL: 0, EXECUTIVE: 1, COMMITTEE: 2 } as const;
  const bodies = [...scheme.bodies].sort((a, b) => bodyOrder[a.kind] - bodyOrder[b.kind] || a.id - b.id);
  for (const b of bodies) add(gid('DecisionBody', b.id), councilGid, AccountabilityNodeKind.BODY, b.name, b.kind, 1, null);
  const fullCouncil = bodies.find((b) => b.kind === 'FULL_COUNCIL');
  const executive = bodies.find((b) => b.kind === 'EXECUTIVE');

  for (const d of scheme.directorates) add(gid('Directorate', d.id), councilGid, AccountabilityNodeKind.DIRECTORATE, d.name, d.code, 1, d.directorId);
  // Services parents first (by nesting depth), then name.
  const depthOf = new Map<number, number>();
  for (const s of scheme.services) depthOf.set(s.id, index.serviceAncestors.get(s.id)?.length ?? 0);
  const services = [...scheme.services].sort((a, b) => depthOf.get(a.id)! - depthOf.get(b.id)!);
  const placed = new Set<number>();
  for (const s of services) {
    const parent = s.parentId !== null && placed.has(s.parentId) ? gid('Service', s.parentId) : gid('Directorate', s.directorateId);
    const parentNode = byGid.get(parent);
    if (!parentNode) continue; // directorate of another council: not part of this tree
    placed.add(s.id);
    const kind = s.kind === 'TEAM' || s.parentId !== null ? AccountabilityNodeKind.TEAM : AccountabilityNodeKind.SERVICE;
    add(gid('Service', s.id), parent, kind, s.name, null, parentNode.depth + 1, s.accountableOwnerId);
  }
  const executiveGid = executive ? gid('DecisionBody', executive.id) : null;
  const fullCouncilGid = fullCouncil ? gid('DecisionBody', fullCouncil.id) : null;
  for (const p of scheme.people) {
    let parent: string = councilGid;
    if (p.serviceId !== null && placed.has(p.serviceId)) parent = gid('Service', p.serviceId);
    else if (p.directorateId !== null && index.directoratesById.has(p.directorateId)) parent = gid('Directorate', p.directorateId);
    else if (executiveGid && scheme.roles.get(p.id)?.some((r) => EXECUTIVE_ROLES.has(r))) parent = executiveGid;
    else if (p.kind === 'COUNCILLOR' && fullCouncilGid) parent = fullCouncilGid;
    add(gid('Person', p.id), parent, AccountabilityNodeKind.PERSON, p.name, p.jobTitle, byGid.get(parent)!.depth + 1, null, personGid(p.lineManagerId), personGid(p.functionalManagerId));
  }

  // What people answer for.
  const answers = (personId: number | null, what: string) => {
    if (personId === null) return;
    const node = byGid.get(gid('Person', personId));
    if (node) append(node, 'answersFor', what);
  };
  answers(council.miResponsibleId, councilGid);
  for (const d of scheme.directorates) answers(d.directorId, gid('Directorate', d.id));
  for (const s of scheme.services) answers(s.accountableOwnerId, gid('Service', s.id));

  // Delegations seen from their holder, their maker and their scope.
  const scopeGid = (kind: string, id: number | null) => gid(kind === 'COUNCIL' ? 'Council' : kind === 'DIRECTORATE' ? 'Directorate' : 'Service', id ?? council.id);
  for (const d of scheme.delegations) {
    if (d.revokedOn !== null) continue;
    const delegationGid = gid('Delegation', d.id);
    const power = powerName.get(d.powerId) ?? `power #${d.powerId}`;
    const scope = scopeLabel(d.scope, index);
    const limit = effectiveFinancialLimit(d, index);
    const inForce = isDelegationInForce(d, today);
    const holder = personName.get(d.toPersonId) ?? `person #${d.toPersonId}`;
    const maker = d.fromBodyId !== null ? (bodyName.get(d.fromBodyId) ?? `body #${d.fromBodyId}`) : d.fromPersonId !== null ? (personName.get(d.fromPersonId) ?? `person #${d.fromPersonId}`) : 'nobody recorded';
    const entry = (role: NodeDelegationRole, counterpart: string): NodeDelegation => ({ delegationId: delegationGid, role, power, counterpart, scope, financialLimit: limit, inForce });
    const holderNode = byGid.get(gid('Person', d.toPersonId));
    if (holderNode) append(holderNode, 'delegations', entry(NodeDelegationRole.HOLDS, maker));
    const makerGid = d.fromBodyId !== null ? gid('DecisionBody', d.fromBodyId) : d.fromPersonId !== null ? gid('Person', d.fromPersonId) : null;
    const makerNode = makerGid ? byGid.get(makerGid) : undefined;
    if (makerNode) append(makerNode, 'delegations', entry(NodeDelegationRole.GAVE, holder));
    const scopeNode = byGid.get(scopeGid(d.scope.kind, d.scope.id));
    if (scopeNode) append(scopeNode, 'delegations', entry(NodeDelegationRole.COVERS, holder));
  }

  // Findings on every node they name.
  const out = findings.map(findingOf);
  out.forEach((f, i) => {
    const seen = new Set<string>();
    for (const n of f.nodes) {
      if (seen.has(n.id)) continue;
      seen.add(n.id);
      const node = byGid.get(n.id);
      if (node) append(node, 'findings', { index: i, code: f.code, severity: f.severity } satisfies NodeFinding);
    }
  });

  const inForce = scheme.delegations.filter((d) => isDelegationInForce(d, today)).length;
  const stats = {
    people: scheme.people.length,
    services: scheme.services.length,
    delegations: scheme.delegations.length,
    delegationsInForce: inForce,
    findings: out.length,
    critical: out.filter((f) => f.severity === FindingSeverity.CRITICAL).length,
    high: out.filter((f) => f.severity === FindingSeverity.HIGH).length,
  };
  return { councilId: councilGid, asOf: today, nodes: subtree(nodes, options), findings: out, stats };
}

/** The nodes under `rootId` (all if none), at most `maxDepth` levels below it; order kept. */
function subtree(nodes: AccountabilityTreeNode[], { rootId, maxDepth }: TreeOptions): AccountabilityTreeNode[] {
  if (!rootId && (maxDepth === null || maxDepth === undefined)) return nodes;
  const root = rootId ? nodes.find((n) => n.id === rootId) : nodes[0];
  if (!root) return [];
  const limit = maxDepth === null || maxDepth === undefined ? Infinity : root.depth + maxDepth;
  const keep = new Set<string>([root.id]);
  const out: AccountabilityTreeNode[] = [];
  // Nodes come parents first, so one pass is enough.
  for (const n of nodes) {
    if (n === root) {
      out.push(Object.assign(Object.create(Object.getPrototypeOf(n)) as AccountabilityTreeNode, n, { parentId: null }));
      continue;
    }
    if (n.parentId !== null && keep.has(n.parentId) && n.depth <= limit) {
      keep.add(n.id);
      out.push(n);
    }
  }
  return out;
}

export async function accountabilityTree(em: Em, councilId: number, asOf: string | undefined, options: TreeOptions): Promise<AccountabilityTree | null> {
  const scheme = await loadCouncilScheme(em, councilId, asOf);
  return scheme ? buildAccountabilityTree(scheme, options) : null;
}

export async function councilFindings(em: Em, councilId: number, asOf?: string): Promise<AccountabilityFinding[] | null> {
  const scheme = await loadCouncilScheme(em, councilId, asOf);
  return scheme ? accountabilityFindings(scheme.index).map(findingOf) : null;
}

export function accountabilityAnswer(scheme: CouncilScheme, serviceId: number): AccountabilityAnswerType | null {
  const answer = whoIsAccountable(serviceId, scheme.index);
  if (!answer) return null;
  const findings = accountabilityFindings(scheme.index).filter((f) => f.nodes.some((n) => n.type === 'Service' && n.id === serviceId));
  return {
    service: refOf(answer.service),
    directorate: answer.directorate ? refOf(answer.directorate) : null,
    owner: answer.owner ? refOf(answer.owner) : null,
    ownerActive: answer.ownerActive,
    ownerChain: answer.ownerChain.map(refOf),
    decisionMakers: answer.decisionMakers.map((m) => ({
      person: refOf(m.person),
      delegation: refOf(m.delegation),
      power: m.power ? refOf(m.power) : null,
      scopeKind: m.scope.kind as never,
      scope: m.scopeLabel,
      financialLimit: m.financialLimit,
      accountable: m.accountable,
      path: pathOf(m.path),
    })),
    findings: findings.map(findingOf),
  };
}

export function personAnswer(scheme: CouncilScheme, personId: number): PersonAnswerType | null {
  const answer = whatPersonAnswersFor(personId, scheme.index);
  if (!answer) return null;
  return {
    person: refOf(answer.person),
    active: answer.active,
    servicesOwned: answer.servicesOwned.map((s) => ({ service: refOf(s.service), teams: s.teams.map(refOf) })),
    directoratesDirected: answer.directoratesDirected.map((d) => ({ directorate: refOf(d.directorate), services: d.services.map(refOf) })),
    powersHeld: answer.powersHeld.map((p) => {
      const steps = p.path.steps;
      const from = steps.length >= 2 ? steps[steps.length - 2]! : null;
      return {
        delegation: refOf(p.delegation),
        power: p.power ? refOf(p.power) : null,
        from: from ? { id: toGlobalId(from.type === 'Body' ? 'DecisionBody' : 'Person', from.id), type: from.type === 'Body' ? 'DecisionBody' : 'Person', name: from.name } : null,
        scopeKind: p.scope.kind as never,
        scope: p.scopeLabel,
        financialLimit: p.financialLimit,
        maySubDelegate: p.maySubDelegate,
        conditions: p.conditions,
        path: pathOf(p.path),
      };
    }),
    indicatorsDataOwned: answer.indicatorsDataOwned.map(refOf),
    miResponsible: answer.miResponsible,
    findings: answer.findings.map(findingOf),
  };
}
