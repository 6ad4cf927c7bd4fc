import { describe, expect, it } from 'vitest';
import { expandedToDepth, indexTree, layoutTree, reveal } from '../../charts/tree/layout.js';
import { keyAction } from '../../charts/tree/keyboard.js';
import {
  type CascadeInput,
  type CascadeRow,
  cascadeRows,
  DETACHED_ID,
  focusTarget,
  highlightedPath,
  NON_PRIORITIES_ID,
  objectiveRowId,
  ORPHANS_ID,
  ROOT_ID,
} from './drawing.js';
import type { CascadeNode } from './tree.js';

const perf = (status: string, reason: string) => ({ status, reason, basis: 'VALIDATED', drivers: [] });
const objective = (id: string, status = 'GREEN', targets: CascadeNode['targets'] = []) =>
  ({ id, name: `Objective ${id}`, service: { id: `s-${id}`, name: `Service ${id}` }, owner: null, rollup: { status }, targets }) as never;
function priority(id: string, level: string, extra: Partial<CascadeNode> = {}): CascadeNode {
  return {
    id,
    name: `Priority ${id}`,
    level,
    status: 'AGREED',
    owner: { id: `o-${id}`, name: `Owner ${id}` },
    rollup: { objectives: 0 },
    targets: [],
    objectives: [],
    children: [],
    performanceStatus: perf('GREEN', 'On target on 1 of 1 measures'),
    ...extra,
  } as unknown as CascadeNode;
}

// corporate c1 -> directorate d1 -> service s1 (objective o1 with a target, also delivering d1); c2 off track with no owner and
// nothing under it; a detached service priority x1; an orphan objective o9; one non-priority.
// Published to whole numbers: the drawing writes the target as the indicator's figures are ("13", not "12.5").
const target = {
  id: 't1',
  indicatorId: 'i1',
  indicatorName: 'Delayed transfers',
  period: '2024-25',
  value: 12.5,
  precision: { kind: 'DECIMAL_PLACES', digits: 0 },
  unit: 'per 100,000',
};
const o1 = objective('o1', 'RED', [target]);
const input: CascadeInput = {
  corporate: [
    priority('c1', 'CORPORATE', {
      children: [priority('d1', 'DIRECTORATE', { objectives: [o1], children: [priority('s1', 'SERVICE', { objectives: [o1] })] })],
    }),
    priority('c2', 'CORPORATE', { owner: null, performanceStatus: perf('RED', 'Off target on 2 of 3 measures') } as never),
  ],
  detached: [priority('x1', 'SERVICE', { objectives: [objective('o2')] })],
  orphanObjectives: [objective('o9', 'NONE')],
  nonPriorities: [{ id: 'n1', name: 'Leisure centres', level: 'CORPORATE', reason: 'Run by the districts' }],
};

const byId = (rows: CascadeRow[]) => new Map(rows.map((r) => [r.id, r]));

describe('cascadeRows', () => {
  const rows = cascadeRows('Suffolk', input);
  const m = byId(rows);

  it('draws the council, the priorities by level, the objectives under each priority they deliver and their targets', () => {
    expect(m.get(ROOT_ID)).toMatchObject({ kind: 'COUNCIL', name: 'Suffolk', subtitle: '2 corporate priorities' });
    expect(m.get('c1')).toMatchObject({ kind: 'CORPORATE', parentId: ROOT_ID, refId: 'c1' });
    expect(m.get('d1')).toMatchObject({ kind: 'DIRECTORATE', parentId: 'c1' });
    expect(m.get('s1')).toMatchObject({ kind: 'SERVICE', parentId: 'd1' });
    // o1 delivers d1 and s1: one node under each, with ids of their own.
    expect(m.get(objectiveRowId('d1', 'o1'))).toMatchObject({
      kind: 'OBJECTIVE',
      refId: 'o1',
      status: 'RED',
      reason: 'Milestones overdue',
    });
    expect(m.get(objectiveRowId('s1', 'o1'))).toMatchObject({ kind: 'OBJECTIVE', parentId: 's1' });
    expect(m.get(`${objectiveRowId('s1', 'o1')}/t/t1`)).toMatchObject({ kind: 'TARGET', subtitle: 'Target 13 in 2024-25' });
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });

  it('carries each priority’s performance status in words and its reason', () => {
    expect(m.get('c2')).toMatchObject({ status: 'RED', reason: 'Off target on 2 of 3 measures' });
    expect(m.get('c1')!.subtitle).toBe('Agreed · 0 objectives · Owner c1');
  });

  it('marks broken links, orphans, gaps and non-priorities', () => {
    expect(m.get(DETACHED_ID)).toMatchObject({ kind: 'GROUP', parentId: ROOT_ID });
    expect(m.get('x1')).toMatchObject({ parentId: DETACHED_ID, broken: true });
    expect(m.get('x1')!.findings.map((f) => f.code)).toEqual(['BROKEN_LINK']);
    expect(m.get(objectiveRowId(ORPHANS_ID, 'o9'))).toMatchObject({ broken: true, parentId: ORPHANS_ID });
    expect(m.get(objectiveRowId(ORPHANS_ID, 'o9'))!.findings.map((f) => f.label)).toEqual(['Orphan']);
    expect(m.get('c2')!.findings.map((f) => f.code)).toEqual(['NO_OWNER', 'UNDELIVERED_PRIORITY']);
    expect(m.get('c1')!.findings).toEqual([]);
    expect(m.get('np:n1')).toMatchObject({ kind: 'NON_PRIORITY', parentId: NON_PRIORITIES_ID, subtitle: 'Because: Run by the districts' });
  });

  it('leaves out the groups that would be empty', () => {
    const plain = byId(cascadeRows('Suffolk', { ...input, detached: [], orphanObjectives: [], nonPriorities: [] }));
    expect([DETACHED_ID, ORPHANS_ID, NON_PRIORITIES_ID].filter((id) => plain.has(id))).toEqual([]);
  });
});

describe('the thread of an appraisal objective', () => {
  const thread = { id: 'a1', name: 'Cut waiting times', objectiveId: 'o1', priorityId: null };
  const index = indexTree(cascadeRows('Suffolk', input, thread), null);

  it('hangs under every place its objective is drawn, and highlights the way up from each', () => {
    const path = highlightedPath(index, null, thread);
    expect([...path].sort()).toEqual(
      [ROOT_ID, 'c1', 'd1', 's1', objectiveRowId('d1', 'o1'), objectiveRowId('s1', 'o1')]
        .concat([`${objectiveRowId('d1', 'o1')}/a/a1`, `${objectiveRowId('s1', 'o1')}/a/a1`])
        .sort(),
    );
    expect(path.has('c2')).toBe(false);
  });

  it('hangs under a priority it is aimed at directly, and under an orphan objective as a broken thread', () => {
    const direct = indexTree(cascadeRows('Suffolk', input, { id: 'a2', name: 'x', objectiveId: null, priorityId: 'd1' }), null);
    expect(direct.byId.get('d1/a/a2')?.parent?.data.id).toBe('d1');
    const orphan = { id: 'a3', name: 'y', objectiveId: 'o9', priorityId: null };
    const broken = indexTree(cascadeRows('Suffolk', input, orphan), null);
    expect([...highlightedPath(broken, null, orphan)].sort()).toEqual(
      [`${objectiveRowId(ORPHANS_ID, 'o9')}/a/a3`, ROOT_ID, ORPHANS_ID, objectiveRowId(ORPHANS_ID, 'o9')].sort(),
    );
  });

  it('is what the drawing opens to: revealing it opens the branches above', () => {
    const id = focusTarget(index, 'c2', thread)!;
    expect(id).toBe(`${objectiveRowId('d1', 'o1')}/a/a1`);
    const state = reveal(index, id, expandedToDepth(index, 3), new Map())!;
    const layout = layoutTree(index, { expanded: state.expanded, nodeWidth: 300, nodeHeight: 76 });
    expect(layout.byId.get(id)).toMatchObject({ level: 5, type: 'node' });
  });
});

describe('the cascade laid out', () => {
  const index = indexTree(cascadeRows('Suffolk', input), null);

  it('keeps the API’s order of siblings and opens three levels: council, corporate priorities and what is under them', () => {
    const layout = layoutTree(index, { expanded: expandedToDepth(index, 3), nodeWidth: 300, nodeHeight: 76 });
    expect(index.root.children!.map((c) => c.data.id)).toEqual(['c1', 'c2', DETACHED_ID, ORPHANS_ID, NON_PRIORITIES_ID]);
    expect(layout.nodes.map((n) => n.id)).toEqual([
      ROOT_ID,
      'c1',
      'd1',
      'c2',
      DETACHED_ID,
      'x1',
      ORPHANS_ID,
      objectiveRowId(ORPHANS_ID, 'o9'),
      NON_PRIORITIES_ID,
      'np:n1',
    ]);
    // Levels left to right, one card width plus the gap apart.
    expect(layout.byId.get('d1')!.x - layout.byId.get('c1')!.x).toBe(300 + 64);
    expect(layout.byId.get('d1')).toMatchObject({ expanded: false, childCount: 2 });
  });

  it('expands and collapses from the keyboard', () => {
    const layout = layoutTree(index, { expanded: expandedToDepth(index, 3) });
    expect(keyAction(layout, 'd1', 'ArrowRight')).toEqual({ type: 'expand', id: 'd1' });
    expect(keyAction(layout, 'c1', 'ArrowLeft')).toEqual({ type: 'collapse', id: 'c1' });
    expect(keyAction(layout, 'd1', 'ArrowDown')).toEqual({ type: 'focus', id: 'c2' });
    const opened = layoutTree(index, { expanded: new Set([...expandedToDepth(index, 3), 'd1']) });
    expect(opened.nodes.filter((n) => n.parentId === 'd1').map((n) => n.id)).toEqual(['s1', objectiveRowId('d1', 'o1')]);
  });

  it('pages a wide fan-out of 2,000 objectives and stays within the node cap', () => {
    const many = Array.from({ length: 2000 }, (_, i) => objective(`m${i}`));
    const big = indexTree(cascadeRows('Big', { ...input, corporate: [priority('c1', 'CORPORATE', { objectives: many })] }), null);
    const layout = layoutTree(big, { expanded: expandedToDepth(big, 3) });
    const under = layout.nodes.filter((n) => n.parentId === 'c1');
    expect(under).toHaveLength(26);
    expect(under.at(-1)).toMatchObject({ type: 'more', hiddenCount: 1975 });
  });
});
