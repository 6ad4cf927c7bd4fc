import { describe, expect, it } from 'vitest';
import { ancestors, childrenIndex, findCycles, wouldCreateCycle } from './hierarchy.js';

const parents = new Map<number, number | null>([
  [1, null],
  [2, 1],
  [3, 2],
  [4, 3],
  [5, 1],
]);
const parentOf = (id: number) => parents.get(id) ?? null;

describe('hierarchy', () => {
  it('lists ancestors nearest first', () => {
    expect(ancestors(4, parentOf)).toEqual([3, 2, 1]);
    expect(ancestors(1, parentOf)).toEqual([]);
  });

  it('refuses a move under the node itself or a descendant', () => {
    expect(wouldCreateCycle(2, 2, parentOf)).toBe(true);
    expect(wouldCreateCycle(2, 4, parentOf)).toBe(true);
    expect(wouldCreateCycle(1, 3, parentOf)).toBe(true);
  });

  it('allows a move to a sibling branch or to the top', () => {
    expect(wouldCreateCycle(3, 5, parentOf)).toBe(false);
    expect(wouldCreateCycle(3, null, parentOf)).toBe(false);
    expect(wouldCreateCycle(5, 4, parentOf)).toBe(false);
  });

  it('stops on an existing loop instead of spinning', () => {
    const loop = new Map<number, number | null>([
      [1, 2],
      [2, 1],
    ]);
    expect(ancestors(1, (id) => loop.get(id) ?? null)).toEqual([2]);
  });

  it('finds each cycle of imported data once', () => {
    const graph = new Map<string, string | null>([
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'a'],
      ['d', 'a'],
      ['e', 'e'],
      ['f', null],
    ]);
    const cycles = findCycles(graph);
    expect(cycles).toHaveLength(2);
    expect(cycles[0]!.sort()).toEqual(['a', 'b', 'c']);
    expect(cycles[1]).toEqual(['e']);
    expect(findCycles(parents)).toEqual([]);
  });

  it('indexes children by parent in input order', () => {
    const rows = [
      { id: 2, parentId: 1 },
      { id: 1, parentId: null },
      { id: 3, parentId: 1 },
    ];
    const index = childrenIndex(rows);
    expect(index.get(1)!.map((r) => r.id)).toEqual([2, 3]);
    expect(index.get(null)!.map((r) => r.id)).toEqual([1]);
  });
});
