/** The accountability tree of a council: built once from its scheme, then cut to a subtree on demand. */
import { accountabilityFindings, effectiveFinancialLimit, isDelegationInForce, scopeLabel, type Finding } from '@goldenthread/domain';
import { toGlobalId } from '../../relay/global-id.js';
import { type CouncilScheme } from './delegation-snapshot.js';
import {
  AccountabilityNodeKind,
  FindingSeverity,
  GLOBAL_TYPE,
  NodeDelegationRole,
  type AccountabilityTree,
  type AccountabilityTreeNode,
  type NodeDelegation,
  type NodeFinding,
} from './delegation.type.js';
import { findingOf } from './accountability.map.js';

export interface TreeOptions {
  /** Only this node and what is below it (global id of any node of the tree). */
  rootId?: string | null;
  /** Only nodes at most this many levels below the root. */
  maxDepth?: number | null;
}

const EXECUTIVE_ROLES = new Set(['LEADER', 'CABINET_MEMBER', 'PORTFOLIO_HOLDER']);
const NONE = Object.freeze([]) as unknown as never[];

/** Appends to a node's list, replacing the shared empty list on the first item. */
function append<K extends 'answersFor' | 'delegations' | 'findings'>(
  node: AccountabilityTreeNode,
  key: K,
  item: AccountabilityTreeNode[K][number],
): void {
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
export function buildAccountabilityTree(
  scheme: CouncilScheme,
  options: TreeOptions = {},
  findings: Finding[] = accountabilityFindings(scheme.index),
): AccountabilityTree {
  const { council, index } = scheme;
  const today = index.today;
  const powerName = new Map(scheme.powers.map((p) => [p.id, p.name]));
  const bodyName = new Map(scheme.bodies.map((b) => [b.id, b.name]));

  // Nodes by kind and numeric id (number keys hash faster than global-id strings), and each
  // person's global id and name computed once: a person is named up to four times (node, owner,
  // line and functional manager).
  const personGids = new Map<number, string>();
  const personName = new Map<number, string>();
  for (const p of scheme.people) {
    personGids.set(p.id, toGlobalId('Person', p.id));
    personName.set(p.id, p.name);
  }
  const personGid = (id: number | null): string | null => (id === null ? null : (personGids.get(id) ?? toGlobalId('Person', id)));
  const nodeMaps: Record<'Person' | 'Service' | 'Directorate' | 'DecisionBody' | 'Council', Map<number, AccountabilityTreeNode>> = {
    Person: new Map(),
    Service: new Map(),
    Directorate: new Map(),
    DecisionBody: new Map(),
    Council: new Map(),
  };
  const nodeOf = (type: string, id: number | null): AccountabilityTreeNode | undefined =>
    id === null ? undefined : nodeMaps[type as keyof typeof nodeMaps]?.get(id);

  const nodes: AccountabilityTreeNode[] = [];
  const add = (
    type: keyof typeof nodeMaps,
    entityId: number,
    parent: AccountabilityTreeNode | null,
    kind: AccountabilityNodeKind,
    name: string,
    detail: string | null,
    ownerId: number | null,
    lineManagerId: string | null = null,
    functionalManagerId: string | null = null,
  ): AccountabilityTreeNode => {
    const node: AccountabilityTreeNode = {
      id: type === 'Person' ? personGid(entityId)! : toGlobalId(type, entityId),
      parentId: parent ? parent.id : null,
      kind,
      name,
      detail,
      depth: parent ? parent.depth + 1 : 0,
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
    nodeMaps[type].set(entityId, node);
    return node;
  };

  const councilNode = add(
    'Council',
    council.id,
    null,
    AccountabilityNodeKind.COUNCIL,
    council.name,
    council.gssCode,
    council.miResponsibleId,
  );

  const bodyOrder = { FULL_COUNCIL: 0, EXECUTIVE: 1, COMMITTEE: 2 } as const;
  const bodies = [...scheme.bodies].sort((a, b) => bodyOrder[a.kind] - bodyOrder[b.kind] || a.id - b.id);
  for (const b of bodies) add('DecisionBody', b.id, councilNode, AccountabilityNodeKind.BODY, b.name, b.kind, null);
  const fullCouncil = bodies.find((b) => b.kind === 'FULL_COUNCIL');
  const executive = bodies.find((b) => b.kind === 'EXECUTIVE');

  for (const d of scheme.directorates)
    add('Directorate', d.id, councilNode, AccountabilityNodeKind.DIRECTORATE, d.name, d.code, d.directorId);
  // Services parents first (by nesting depth), then name.
  const depthOf = new Map<number, number>();
  for (const s of scheme.services) depthOf.set(s.id, index.serviceAncestors.get(s.id)?.length ?? 0);
  const services = [...scheme.services].sort((a, b) => depthOf.get(a.id)! - depthOf.get(b.id)!);
  for (const s of services) {
    const parentNode = (s.parentId !== null ? nodeMaps.Service.get(s.parentId) : undefined) ?? nodeMaps.Directorate.get(s.directorateId);
    if (!parentNode) continue; // directorate of another council: not part of this tree
    // The recorded kind, as Service.kind and the organisation tree say (a unit inside a service may itself be a service).
    const kind = s.kind === 'TEAM' ? AccountabilityNodeKind.TEAM : AccountabilityNodeKind.SERVICE;
    add('Service', s.id, parentNode, kind, s.name, null, s.accountableOwnerId);
  }
  const executiveNode = executive ? nodeMaps.DecisionBody.get(executive.id)! : null;
  const fullCouncilNode = fullCouncil ? nodeMaps.DecisionBody.get(fullCouncil.id)! : null;
  for (const p of scheme.people) {
    let parent: AccountabilityTreeNode = councilNode;
    const serviceNode = p.serviceId !== null ? nodeMaps.Service.get(p.serviceId) : undefined;
    const directorateNode = p.directorateId !== null ? nodeMaps.Directorate.get(p.directorateId) : undefined;
    if (serviceNode) parent = serviceNode;
    else if (directorateNode) parent = directorateNode;
    else if (executiveNode && scheme.roles.get(p.id)?.some((r) => EXECUTIVE_ROLES.has(r))) parent = executiveNode;
    else if (p.kind === 'COUNCILLOR' && fullCouncilNode) parent = fullCouncilNode;
    add(
      'Person',
      p.id,
      parent,
      AccountabilityNodeKind.PERSON,
      p.name,
      p.jobTitle,
      null,
      personGid(p.lineManagerId),
      personGid(p.functionalManagerId),
    );
  }

  // What people answer for.
  const answers = (personId: number | null, what: string) => {
    const node = nodeOf('Person', personId);
    if (node) append(node, 'answersFor', what);
  };
  answers(council.miResponsibleId, councilNode.id);
  for (const d of scheme.directorates) answers(d.directorId, nodeMaps.Directorate.get(d.id)!.id);
  for (const s of scheme.services) {
    const node = nodeMaps.Service.get(s.id);
    answers(s.accountableOwnerId, node ? node.id : toGlobalId('Service', s.id));
  }

  // Delegations seen from their holder, their maker and their scope.
  const scopeNode = (kind: string, id: number | null) =>
    kind === 'COUNCIL' ? councilNode : nodeOf(kind === 'DIRECTORATE' ? 'Directorate' : 'Service', id);
  for (const d of scheme.delegations) {
    if (d.revokedOn !== null) continue;
    const delegationGid = toGlobalId('Delegation', d.id);
    const power = powerName.get(d.powerId) ?? `power #${d.powerId}`;
    const scope = scopeLabel(d.scope, index);
    const limit = effectiveFinancialLimit(d, index);
    const inForce = isDelegationInForce(d, today);
    const holder = personName.get(d.toPersonId) ?? `person #${d.toPersonId}`;
    const maker =
      d.fromBodyId !== null
        ? (bodyName.get(d.fromBodyId) ?? `body #${d.fromBodyId}`)
        : d.fromPersonId !== null
          ? (personName.get(d.fromPersonId) ?? `person #${d.fromPersonId}`)
          : 'nobody recorded';
    const entry = (role: NodeDelegationRole, counterpart: string): NodeDelegation => ({
      delegationId: delegationGid,
      role,
      power,
      counterpart,
      scope,
      financialLimit: limit,
      inForce,
    });
    const holderNode = nodeOf('Person', d.toPersonId);
    if (holderNode) append(holderNode, 'delegations', entry(NodeDelegationRole.HOLDS, maker));
    const makerNode = d.fromBodyId !== null ? nodeOf('DecisionBody', d.fromBodyId) : nodeOf('Person', d.fromPersonId);
    if (makerNode) append(makerNode, 'delegations', entry(NodeDelegationRole.GAVE, holder));
    const covered = scopeNode(d.scope.kind, d.scope.id);
    if (covered) append(covered, 'delegations', entry(NodeDelegationRole.COVERS, holder));
  }

  // Findings on every node they name.
  const out = findings.map(findingOf);
  findings.forEach((f, i) => {
    const seen = new Set<AccountabilityTreeNode>();
    const entry: NodeFinding = { index: i, code: out[i]!.code, severity: out[i]!.severity };
    for (const n of f.nodes) {
      const node = nodeOf(GLOBAL_TYPE[n.type] ?? n.type, n.id);
      if (!node || seen.has(node)) continue;
      seen.add(node);
      append(node, 'findings', entry);
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
  return withOptions({ councilId: councilNode.id, asOf: today, nodes, findings: out, stats }, options);
}

/** The tree cut to `options` (the whole tree when none): the nodes are shared, not copied. */
export function withOptions(tree: AccountabilityTree, options: TreeOptions): AccountabilityTree {
  const nodes = subtree(tree.nodes, options);
  return nodes === tree.nodes ? tree : { ...tree, nodes };
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
