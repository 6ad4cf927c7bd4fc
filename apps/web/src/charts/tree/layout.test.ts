import { describe, expect, it } from 'vitest';
import { keyAction } from './keyboard.js';
import { ancestorIds, cullLinks, cullNodes, expandedToDepth, indexTree, layoutTree, moreId, reveal, type TreeRow } from './layout.js';

function row(id: string, parentId: string | null, kind: TreeRow['kind'] = 'SERVICE', extra: Partial<TreeRow> = {}): TreeRow {
  return { id, parentId, kind, name: id, subtitle: null, headcount: null, secondaryParentId: null, findings: [], ...extra };
}

// council -> 2 directorates -> services; d1 has 30 services (a wide fan-out), s1 has a team with people.
const rows: TreeRow[] = [
  row('c', null, 'COUNCIL'),
  row('d1', 'c', 'DIRECTORATE'),
  row('d2', 'c', 'DIRECTORATE'),
  ...Array.from({ length: 30 }, (_, i) => row(`s${String(i + 1).padStart(2, '0')}`, 'd1')),
  row('t1', 's01', 'TEAM'),
  row('p1', 't1', 'PERSON'),
  row('p2', 't1', 'PERSON', { secondaryParentId: 'p3' }),
  row('p3', 'd2', 'PERSON'),
];

describe('indexTree', () => {
  it('builds one hierarchy and orders units before people, then by name', () => {
    const index = indexTree([row('c', null, 'COUNCIL'), row('zed', 'c', 'PERSON'), row('b', 'c'), row('a', 'c', 'DIRECTORATE')]);
    expect(index.root.children!.map((n) => n.data.id)).toEqual(['a', 'b', 'zed']);
    expect(index.byId.size).toBe(4);
  });

  it('hangs rows with an unknown parent under the root and counts them', () => {
    const index = indexTree([row('c', null, 'COUNCIL'), row('x', 'missing')]);
    expect(index.byId.get('x')!.parent!.data.id).toBe('c');
    expect(index.orphans).toBe(1);
  });

  it('refuses data without exactly one root', () => {
    expect(() => indexTree([row('a', null), row('b', null)])).toThrow(/exactly one root/);
  });

  it('never writes layout or collapse state into the rows', () => {
    const copy = structuredClone(rows);
    const index = indexTree(rows);
    layoutTree(index, { expanded: new Set(['c', 'd1', 's01']) });
    expect(rows).toEqual(copy);
  });
});

describe('layoutTree', () => {
  const index = indexTree(rows);

  it('shows only the root when nothing is expanded', () => {
    const layout = layoutTree(index, { expanded: new Set() });
    expect(layout.nodes.map((n) => n.id)).toEqual(['c']);
    expect(layout.nodes[0]).toMatchObject({ level: 1, expanded: false, childCount: 2, descendantCount: 36 });
    expect(layout.links).toEqual([]);
  });

  it('opens to a given depth and links each child to its parent', () => {
    const layout = layoutTree(index, { expanded: expandedToDepth(index, 2) });
    expect(layout.nodes.map((n) => n.id)).toEqual(['c', 'd1', 'd2']);
    expect(layout.links.map((l) => l.id)).toEqual(['c->d1', 'c->d2']);
    const [c, d1, d2] = layout.nodes;
    // Horizontal tree: levels go right, siblings stack down without overlapping.
    expect(d1!.x).toBeGreaterThan(c!.x);
    expect(d2!.y - d1!.y).toBeGreaterThanOrEqual(layout.nodeHeight);
    expect(layout.links[0]).toMatchObject({ x1: c!.x + layout.nodeWidth, x2: d1!.x });
  });

  it('pages a wide fan-out with a "+N more" node, and shows more on request', () => {
    const layout = layoutTree(index, { expanded: new Set(['c', 'd1']), pageSize: 10 });
    const d1Children = layout.nodes.filter((n) => n.parentId === 'd1');
    expect(d1Children).toHaveLength(11);
    expect(d1Children[10]).toMatchObject({ id: moreId('d1'), type: 'more', hiddenCount: 20, posInSet: 11, setSize: 11 });
    const more = layoutTree(index, { expanded: new Set(['c', 'd1']), pageSize: 10, shown: new Map([['d1', 20]]) });
    expect(more.nodes.filter((n) => n.parentId === 'd1' && n.type === 'node')).toHaveLength(20);
    expect(more.byId.get(moreId('d1'))!.hiddenCount).toBe(10);
  });

  it('stops expanding past the visible-node cap, keeping shallow levels whole', () => {
    // c + d1, d2 (3), d1's first page and "+20 more" (14), d2's p3 (15), s01's t1 (16): t1's people would pass 16.
    const layout = layoutTree(index, { expanded: new Set(['c', 'd1', 'd2', 's01', 't1']), pageSize: 10, maxVisible: 16 });
    expect(layout.capped).toBe(true);
    expect(layout.nodes).toHaveLength(16);
    expect(layout.byId.get('d1')!.expanded).toBe(true);
    expect(layout.byId.has('p3')).toBe(true);
    expect(layout.byId.get('t1')!.expanded).toBe(false);
    expect(layout.byId.has('p1')).toBe(false);
  });

  it('lays siblings out without overlaps at every level', () => {
    const layout = layoutTree(index, { expanded: new Set(['c', 'd1', 'd2', 's01', 't1']), pageSize: 40 });
    const sorted = [...layout.nodes].sort((a, b) => a.x - b.x || a.y - b.y);
    for (let i = 1; i < sorted.length; i++) {
      const a = sorted[i - 1]!;
      const b = sorted[i]!;
      if (a.x === b.x) expect(b.y - a.y).toBeGreaterThanOrEqual(layout.nodeHeight);
    }
  });

  it('draws dual accountability as a secondary link when both people are visible', () => {
    const hidden = layoutTree(index, { expanded: new Set(['c', 'd1', 's01', 't1']) });
    expect(hidden.secondaryLinks).toEqual([]);
    const both = layoutTree(index, { expanded: new Set(['c', 'd1', 'd2', 's01', 't1']) });
    expect(both.secondaryLinks).toMatchObject([{ source: 'p3', target: 'p2', kind: 'secondary' }]);
  });

  it('keeps the layout of 22,000 rows quick when a few levels are open', () => {
    const big: TreeRow[] = [row('root', null, 'COUNCIL')];
    for (let s = 0; s < 2000; s++) big.push(row(`s${s}`, `root`));
    for (let p = 0; p < 20000; p++) big.push(row(`p${p}`, `s${p % 2000}`, 'PERSON'));
    const started = performance.now();
    const bigIndex = indexTree(big);
    const expanded = new Set(['root', ...Array.from({ length: 250 }, (_, i) => `s${i}`)]);
    const layout = layoutTree(bigIndex, { expanded, shown: new Map([['root', 2000]]), maxVisible: 5000 });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(layout.nodes).toHaveLength(1 + 2000 + 250 * 10);
    expect(layout.capped).toBe(false);
  });
});

describe('reveal and ancestors', () => {
  const index = indexTree(rows);

  it('expands every ancestor and pages far enough to show the target', () => {
    const state = reveal(index, 's28', new Set(), new Map(), 10)!;
    expect([...state.expanded].sort()).toEqual(['c', 'd1']);
    expect(state.shown.get('d1')).toBe(30);
    const layout = layoutTree(index, { expanded: state.expanded, shown: state.shown, pageSize: 10 });
    expect(layout.byId.has('s28')).toBe(true);
  });

  it('returns null for an unknown id, and lists ancestors root first', () => {
    expect(reveal(index, 'nope', new Set(), new Map())).toBeNull();
    expect(ancestorIds(index, 'p1')).toEqual(['c', 'd1', 's01', 't1']);
  });
});

describe('culling', () => {
  const index = indexTree(rows);
  const layout = layoutTree(index, { expanded: new Set(['c', 'd1']), pageSize: 40 });

  it('keeps only nodes and links inside the viewport, plus kept ids', () => {
    const first = layout.byId.get('s01')!;
    const viewport = { x0: first.x, y0: first.y + 20, x1: first.x + 10, y1: first.y + 28 };
    expect(cullNodes(layout, viewport).map((n) => n.id)).toEqual(['s01']);
    expect(cullNodes(layout, viewport, new Set(['c'])).map((n) => n.id)).toEqual(['c', 's01']);
    expect(cullLinks(layout.links, viewport).map((l) => l.target)).toEqual(['s01']);
  });
});

describe('keyboard', () => {
  const index = indexTree(rows);
  const layout = layoutTree(index, { expanded: new Set(['c', 'd1']), pageSize: 2 });
  // Visible order: c, d1, s01, s02, d1::more, d2

  it('moves with the arrow keys and Home/End through visible nodes in order', () => {
    expect(keyAction(layout, null, 'ArrowDown')).toEqual({ type: 'focus', id: 'c' });
    expect(keyAction(layout, 'c', 'ArrowDown')).toEqual({ type: 'focus', id: 'd1' });
    expect(keyAction(layout, 'd1', 'ArrowUp')).toEqual({ type: 'focus', id: 'c' });
    expect(keyAction(layout, 's02', 'ArrowDown')).toEqual({ type: 'focus', id: moreId('d1') });
    expect(keyAction(layout, 'c', 'End')).toEqual({ type: 'focus', id: 'd2' });
    expect(keyAction(layout, 'd2', 'Home')).toEqual({ type: 'focus', id: 'c' });
  });

  it('expands, enters, collapses and goes up with Right and Left', () => {
    expect(keyAction(layout, 'd2', 'ArrowRight')).toEqual({ type: 'expand', id: 'd2' });
    expect(keyAction(layout, 'd1', 'ArrowRight')).toEqual({ type: 'focus', id: 's01' });
    expect(keyAction(layout, 'd1', 'ArrowLeft')).toEqual({ type: 'collapse', id: 'd1' });
    expect(keyAction(layout, 's02', 'ArrowLeft')).toEqual({ type: 'focus', id: 'd1' });
  });

  it('toggles with Enter and Space, and pages in more siblings on "+N more"', () => {
    expect(keyAction(layout, 'd1', 'Enter')).toEqual({ type: 'toggle', id: 'd1' });
    expect(keyAction(layout, 's01', ' ')).toEqual({ type: 'toggle', id: 's01' });
    expect(keyAction(layout, 's02', 'Enter')).toEqual({ type: 'none' });
    expect(keyAction(layout, moreId('d1'), 'Enter')).toEqual({ type: 'more', parentId: 'd1' });
  });
});
