/**
 * Pure helpers for parent/child graphs (services under services, line management, priorities,
 * delegations): cycle detection before a write, and cycles found in imported data.
 */

/** The chain of ancestors of `id` (nearest first), stopping at a repeat so a corrupt graph cannot loop. */
export function ancestors<K>(id: K, parentOf: (id: K) => K | null | undefined): K[] {
  const seen = new Set<K>([id]);
  const chain: K[] = [];
  let current = parentOf(id);
  while (current !== null && current !== undefined && !seen.has(current)) {
    chain.push(current);
    seen.add(current);
    current = parentOf(current);
  }
  return chain;
}

/**
 * Would making `newParent` the parent of `child` close a loop? True when the new parent is the child
 * itself or one of its descendants (that is, the child is among the new parent's ancestors).
 */
export function wouldCreateCycle<K>(child: K, newParent: K | null | undefined, parentOf: (id: K) => K | null | undefined): boolean {
  if (newParent === null || newParent === undefined) return false;
  if (newParent === child) return true;
  return ancestors(newParent, parentOf).includes(child);
}

/**
 * Every cycle in a parent map (each node has at most one parent), each reported once as the list of
 * its members starting from the smallest key in iteration order. Used to report loops in imported data.
 */
export function findCycles<K>(parent: ReadonlyMap<K, K | null | undefined>): K[][] {
  return findCyclesBy(parent.keys(), (id) => parent.get(id));
}

/** findCycles over nodes given as keys and a parent function (no parent map to build). */
export function findCyclesBy<K>(keys: Iterable<K>, parentOf: (id: K) => K | null | undefined): K[][] {
  // 1: on the walk in progress, 2: done. A walk that meets a node of its own walk has found a loop;
  // every walk ends by marking its nodes done, so one pass over the map is linear in its size.
  const state = new Map<K, 1 | 2>();
  const cycles: K[][] = [];
  const path: K[] = [];
  for (const start of keys) {
    if (state.has(start)) continue;
    path.length = 0;
    let node: K | null | undefined = start;
    while (node !== null && node !== undefined && !state.has(node)) {
      state.set(node, 1);
      path.push(node);
      node = parentOf(node);
    }
    if (node !== null && node !== undefined && state.get(node) === 1) cycles.push(path.slice(path.indexOf(node)));
    for (const n of path) state.set(n, 2);
  }
  return cycles;
}

export interface TreeRow<K> {
  id: K;
  parentId: K | null;
}

/** Children lists keyed by parent id (roots under `null`), preserving input order. */
export function childrenIndex<K, R extends TreeRow<K>>(rows: readonly R[]): Map<K | null, R[]> {
  const index = new Map<K | null, R[]>();
  for (const row of rows) {
    const list = index.get(row.parentId);
    if (list) list.push(row);
    else index.set(row.parentId, [row]);
  }
  return index;
}
