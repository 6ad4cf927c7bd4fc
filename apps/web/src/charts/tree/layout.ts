/**
 * Pure layout of a collapsible tree: rows -> d3.stratify -> visible subtree (collapse state, paged
 * fan-outs, a cap on visible nodes) -> d3.tree().nodeSize() -> { nodes, links }.
 * No DOM and no React: the chart renders what this returns, and the tests check it directly.
 * Collapse and paging state come in as arguments (React state); nothing is written into the rows.
 */
import { hierarchy, stratify, tree, type HierarchyNode } from 'd3-hierarchy';

export type TreeNodeKind = 'COUNCIL' | 'BODY' | 'DIRECTORATE' | 'SERVICE' | 'TEAM' | 'GROUP' | 'PERSON';

export type FindingSeverity = 'high' | 'medium' | 'low' | 'info';

/** A check's result attached to a node (delegation and golden-thread checks will add more codes). */
export interface Finding {
  code: string;
  severity: FindingSeverity;
  /** Short label shown on the node, e.g. "Unowned". */
  label: string;
  /** Plain-English explanation for the side panel and screen readers. */
  message: string;
  /** The person the finding's fix suggests (an owner for an unowned service): the side panel's fix is prefilled with them. */
  suggestedId?: string;
}

/** What the layout needs of a row; each chart's rows add what its cards show. */
export interface BaseRow {
  id: string;
  parentId: string | null;
  name: string;
  /** A second parent, drawn as a dashed link (dual accountability in the explorer). */
  secondaryParentId?: string | null;
}

/** The explorer's rows: organisation units and people. */
export interface TreeRow extends BaseRow {
  kind: TreeNodeKind;
  /** Second line: a job title, or the accountable owner. */
  subtitle: string | null;
  /** People working directly in the node (organisation units). */
  headcount: number | null;
  /** A second manager (functional manager: dual accountability), drawn as a dashed link. */
  secondaryParentId: string | null;
  findings: readonly Finding[];
}

export interface TreeIndex<R extends BaseRow = TreeRow> {
  root: HierarchyNode<R>;
  byId: ReadonlyMap<string, HierarchyNode<R>>;
  /** Rows whose parent was missing, attached to the root instead. */
  orphans: number;
}

const KIND_ORDER: Record<TreeNodeKind, number> = { COUNCIL: 0, DIRECTORATE: 1, BODY: 2, GROUP: 2, SERVICE: 3, TEAM: 4, PERSON: 5 };

/** The explorer's order of siblings: units first, then by name. */
export function byKindAndName(a: TreeRow, b: TreeRow): number {
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.name.localeCompare(b.name, 'en-GB');
}

/**
 * Builds the full hierarchy once per data set. Exactly one row must have no parent (the root); rows
 * whose parent is unknown hang under the root. Children are ordered by `compare` (the explorer's
 * rows: units first, then by name); with `null`, siblings keep the rows' order.
 */
export function indexTree(rows: readonly TreeRow[]): TreeIndex<TreeRow>;
export function indexTree<R extends BaseRow>(rows: readonly R[], compare: ((a: R, b: R) => number) | null): TreeIndex<R>;
export function indexTree<R extends BaseRow>(rows: readonly R[], compare?: ((a: R, b: R) => number) | null): TreeIndex<R> {
  const roots = rows.filter((r) => r.parentId === null);
  if (roots.length !== 1) throw new Error(`A tree needs exactly one root row, got ${roots.length}.`);
  const rootId = roots[0]!.id;
  const ids = new Set(rows.map((r) => r.id));
  let orphans = 0;
  const parentOf = (r: R): string | null => {
    if (r.parentId === null) return null;
    if (ids.has(r.parentId) && r.parentId !== r.id) return r.parentId;
    orphans++;
    return rootId;
  };
  const parents = new Map<string, string | null>();
  for (const r of rows) parents.set(r.id, parentOf(r));
  const root = stratify<R>()
    .id((r) => r.id)
    .parentId((r) => parents.get(r.id) ?? null)([...rows]);
  const order = compare === undefined ? (byKindAndName as unknown as (a: R, b: R) => number) : compare;
  if (order) root.sort((a, b) => order(a.data, b.data));
  const byId = new Map<string, HierarchyNode<R>>();
  root.each((n) => byId.set(n.data.id, n));
  return { root, byId, orphans };
}

export interface LayoutOptions {
  /** Ids of expanded nodes; everything else is collapsed. */
  expanded: ReadonlySet<string>;
  /** How many children each node shows (wide fan-outs are paged); default `pageSize`. */
  shown?: ReadonlyMap<string, number>;
  pageSize?: number;
  /** At most this many nodes are laid out; deeper expansions are left collapsed past it. */
  maxVisible?: number;
  /** Size of a node's box and the gaps between boxes, in chart units. */
  nodeWidth?: number;
  nodeHeight?: number;
  gapX?: number;
  gapY?: number;
}

export interface LaidNode<R extends BaseRow = TreeRow> {
  /** Row id, or `<parentId>::more` for a "+N more" node. */
  id: string;
  type: 'node' | 'more';
  row: R | null;
  parentId: string | null;
  /** Top-left corner of the node's box. */
  x: number;
  y: number;
  /** Tree level, root = 1 (aria-level). */
  level: number;
  childCount: number;
  /** Descendants below this node in the full tree. */
  descendantCount: number;
  expanded: boolean;
  /** For "more" nodes: how many siblings are hidden. */
  hiddenCount: number;
  /** 1-based position among the visible siblings, and their number (aria-posinset/setsize). */
  posInSet: number;
  setSize: number;
}

export interface LaidLink {
  id: string;
  source: string;
  target: string;
  kind: 'line' | 'secondary';
  /** Right edge of the source box and left edge of the target box, at their middles. */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface TreeLayout<R extends BaseRow = TreeRow> {
  /** Visible nodes in depth-first order (the order arrow keys follow). */
  nodes: LaidNode<R>[];
  links: LaidLink[];
  /** Dashed links of dual accountability, between two visible nodes. */
  secondaryLinks: LaidLink[];
  byId: ReadonlyMap<string, LaidNode<R>>;
  bounds: { x0: number; y0: number; x1: number; y1: number };
  /** True when `maxVisible` stopped some expansions. */
  capped: boolean;
  nodeWidth: number;
  nodeHeight: number;
}

export const DEFAULT_PAGE_SIZE = 25;
export const DEFAULT_MAX_VISIBLE = 5000;

interface Visible<R extends BaseRow> {
  id: string;
  node: HierarchyNode<R> | null;
  hidden: number;
  parentId: string | null;
  children: Visible<R>[];
  expanded: boolean;
}

export function moreId(parentId: string): string {
  return `${parentId}::more`;
}

export function layoutTree<R extends BaseRow>(index: TreeIndex<R>, options: LayoutOptions): TreeLayout<R> {
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  const maxVisible = options.maxVisible ?? DEFAULT_MAX_VISIBLE;
  const nodeWidth = options.nodeWidth ?? 260;
  const nodeHeight = options.nodeHeight ?? 48;
  const gapX = options.gapX ?? 64;
  const gapY = options.gapY ?? 12;

  // Breadth-first, so the cap keeps the shallow levels whole and stops the deep ones.
  const top: Visible<R> = { id: index.root.data.id, node: index.root, hidden: 0, parentId: null, children: [], expanded: false };
  const queue: Visible<R>[] = [top];
  let count = 1;
  let capped = false;
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    const kids = v.node?.children;
    if (!kids || !options.expanded.has(v.id)) continue;
    const limit = Math.max(1, options.shown?.get(v.id) ?? pageSize);
    const take = Math.min(kids.length, limit);
    const need = take + (take < kids.length ? 1 : 0);
    if (count + need > maxVisible) {
      capped = true;
      continue;
    }
    v.expanded = true;
    for (let i = 0; i < take; i++) {
      const child: Visible<R> = { id: kids[i]!.data.id, node: kids[i]!, hidden: 0, parentId: v.id, children: [], expanded: false };
      v.children.push(child);
      queue.push(child);
    }
    if (take < kids.length) {
      v.children.push({ id: moreId(v.id), node: null, hidden: kids.length - take, parentId: v.id, children: [], expanded: false });
    }
    count += need;
  }

  const laid = tree<Visible<R>>()
    .nodeSize([nodeHeight + gapY, nodeWidth + gapX])
    .separation((a, b) => (a.parent === b.parent ? 1 : 1.25))(hierarchy(top, (v) => (v.children.length ? v.children : null)));

  const nodes: LaidNode<R>[] = [];
  const byId = new Map<string, LaidNode<R>>();
  const links: LaidLink[] = [];
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  laid.eachBefore((h) => {
    const v = h.data;
    const siblings = h.parent?.children ?? [h];
    const n: LaidNode<R> = {
      id: v.id,
      type: v.node ? 'node' : 'more',
      row: v.node?.data ?? null,
      parentId: v.parentId,
      x: h.y,
      y: h.x - nodeHeight / 2,
      level: h.depth + 1,
      childCount: v.node?.children?.length ?? 0,
      descendantCount: v.node ? descendants(v.node) : 0,
      expanded: v.expanded,
      hiddenCount: v.hidden,
      posInSet: siblings.indexOf(h) + 1,
      setSize: siblings.length,
    };
    nodes.push(n);
    byId.set(n.id, n);
    x0 = Math.min(x0, n.x);
    y0 = Math.min(y0, n.y);
    x1 = Math.max(x1, n.x + nodeWidth);
    y1 = Math.max(y1, n.y + nodeHeight);
    if (h.parent) {
      const p = byId.get(h.parent.data.id)!;
      links.push({
        id: `${p.id}->${n.id}`,
        source: p.id,
        target: n.id,
        kind: 'line',
        x1: p.x + nodeWidth,
        y1: p.y + nodeHeight / 2,
        x2: n.x,
        y2: n.y + nodeHeight / 2,
      });
    }
  });

  const secondaryLinks: LaidLink[] = [];
  for (const n of nodes) {
    const other = n.row?.secondaryParentId;
    if (!other) continue;
    const s = byId.get(other);
    if (!s) continue;
    // From the right edge of the functional manager's box to the right edge of the person's box.
    secondaryLinks.push({
      id: `${s.id}=>${n.id}`,
      source: s.id,
      target: n.id,
      kind: 'secondary',
      x1: s.x + nodeWidth,
      y1: s.y + nodeHeight / 2,
      x2: n.x + nodeWidth,
      y2: n.y + nodeHeight / 2,
    });
  }

  return { nodes, links, secondaryLinks, byId, bounds: { x0, y0, x1, y1 }, capped, nodeWidth, nodeHeight };
}

const descendantCache = new WeakMap<object, number>();
/** Number of nodes below `node` (memoised per hierarchy node, so repeated layouts stay cheap). */
function descendants<R extends BaseRow>(node: HierarchyNode<R>): number {
  const cached = descendantCache.get(node);
  if (cached !== undefined) return cached;
  let total = 0;
  for (const c of node.children ?? []) total += 1 + descendants(c);
  descendantCache.set(node, total);
  return total;
}

/** Ids to expand so the tree opens `levels` levels deep (root = level 1). */
export function expandedToDepth<R extends BaseRow>(index: TreeIndex<R>, levels: number): Set<string> {
  const out = new Set<string>();
  index.root.each((n) => {
    if (n.depth < levels - 1 && n.children) out.add(n.data.id);
  });
  return out;
}

/**
 * The collapse and paging state that makes `id` visible: its ancestors expanded, and each
 * ancestor's page long enough to include the child on the path. Returns new collections.
 */
export function reveal<R extends BaseRow>(
  index: TreeIndex<R>,
  id: string,
  expanded: ReadonlySet<string>,
  shown: ReadonlyMap<string, number>,
  pageSize = DEFAULT_PAGE_SIZE,
): { expanded: Set<string>; shown: Map<string, number> } | null {
  const target = index.byId.get(id);
  if (!target) return null;
  const nextExpanded = new Set(expanded);
  const nextShown = new Map(shown);
  for (let child = target, parent = target.parent; parent; child = parent, parent = parent.parent) {
    nextExpanded.add(parent.data.id);
    const position = parent.children!.indexOf(child) + 1;
    const current = nextShown.get(parent.data.id) ?? pageSize;
    if (position > current) nextShown.set(parent.data.id, Math.ceil(position / pageSize) * pageSize);
  }
  return { expanded: nextExpanded, shown: nextShown };
}

/** Ids of the ancestors of `id`, root first (the node itself excluded). */
export function ancestorIds<R extends BaseRow>(index: TreeIndex<R>, id: string): string[] {
  const node = index.byId.get(id);
  if (!node) return [];
  return node
    .ancestors()
    .slice(1)
    .reverse()
    .map((a) => a.data.id);
}

export interface Viewport {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The nodes whose boxes meet the viewport (chart units), plus any ids that must stay (focus). */
export function cullNodes<R extends BaseRow>(
  layout: TreeLayout<R>,
  viewport: Viewport,
  keep: ReadonlySet<string> = new Set(),
): LaidNode<R>[] {
  const { nodeWidth: w, nodeHeight: h } = layout;
  const meets = (n: LaidNode<R>) => n.x + w >= viewport.x0 && n.x <= viewport.x1 && n.y + h >= viewport.y0 && n.y <= viewport.y1;
  return layout.nodes.filter((n) => keep.has(n.id) || meets(n));
}

/** Links whose bounding box meets the viewport. */
export function cullLinks(links: readonly LaidLink[], viewport: Viewport): LaidLink[] {
  return links.filter(
    (l) =>
      Math.max(l.x1, l.x2) >= viewport.x0 &&
      Math.min(l.x1, l.x2) <= viewport.x1 &&
      Math.max(l.y1, l.y2) >= viewport.y0 &&
      Math.min(l.y1, l.y2) <= viewport.y1,
  );
}
