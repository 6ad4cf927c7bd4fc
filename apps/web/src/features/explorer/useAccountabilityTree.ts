import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Finding } from '../../charts/tree/layout.js';
import { AccountabilityTreeQuery } from './queries.js';
import { nodeFindings, type AccNodeInput } from './rows.js';

/** Levels loaded at first (council, bodies and directorates, services, teams): 485 nodes at 20,000 people. */
export const FIRST_DEPTH = 3;
/** Levels loaded below a branch when it is opened. */
export const BRANCH_DEPTH = 2;

export type AccNode = AccNodeInput & { parentId: string | null; depth: number };

export interface AccTreeState {
  nodes: AccNode[] | null;
  findings: ReadonlyMap<string, readonly Finding[]>;
  byId: ReadonlyMap<string, AccNode>;
  error: Error | null;
  /** Branches being loaded. */
  pending: number;
  /** Loads what is below a node (once), when it is opened. */
  expand: (id: string) => void;
  retry: () => void;
  /** Asks again for everything loaded so far (after a change made in the app), keeping what is open. */
  refresh: () => void;
}

const EMPTY = new Map<string, never>();

/**
 * The signed-in explorer's data: the accountability tree a few levels deep, then each branch as it
 * is opened (`rootId`, `maxDepth`), merged into one node list. The whole tree of a 20,000-person
 * council is never asked for at once.
 */
export function useAccountabilityTree(councilId: string | null): AccTreeState {
  const client = useApolloClient();
  const [state, setState] = useState<{
    nodes: Map<string, AccNode> | null;
    findings: Map<string, Finding[]>;
    error: Error | null;
    pending: number;
  }>({ nodes: null, findings: new Map(), error: null, pending: 0 });
  const loaded = useRef(new Set<string>());
  /** Branches opened so far (asked for with rootId), for refresh. */
  const opened = useRef(new Set<string>());
  const [attempt, setAttempt] = useState(0);

  const merge = useCallback((incoming: readonly AccNode[], all: Parameters<typeof nodeFindings>[1], rootId: string | null) => {
    setState((s) => {
      const nodes = new Map(s.nodes ?? []);
      const findings = new Map(s.findings);
      for (const n of incoming) {
        const before = nodes.get(n.id);
        // A branch's root comes back without its parent: keep where it hangs.
        nodes.set(n.id, n.id === rootId && before ? { ...n, parentId: before.parentId } : n);
        const f = nodeFindings(n, all);
        if (f.length) findings.set(n.id, f);
        else findings.delete(n.id);
      }
      return { ...s, nodes, findings, pending: rootId ? s.pending - 1 : s.pending };
    });
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt is not read; a new attempt (retry) loads the tree again
  useEffect(() => {
    if (!councilId) return;
    let cancelled = false;
    loaded.current = new Set();
    opened.current = new Set();
    setState({ nodes: null, findings: new Map(), error: null, pending: 0 });
    client
      .query({ query: AccountabilityTreeQuery, variables: { councilId, maxDepth: FIRST_DEPTH }, fetchPolicy: 'no-cache' })
      .then((r) => {
        if (cancelled) return;
        const t = r.data?.accountabilityTree;
        if (!t) throw new Error('The accountability tree could not be loaded.');
        // Nodes above the deepest level came with all their children.
        for (const n of t.nodes) if (n.depth < FIRST_DEPTH) loaded.current.add(n.id);
        merge(t.nodes as AccNode[], t.findings, null);
      })
      .catch((e: unknown) => {
        if (!cancelled) setState((s) => ({ ...s, error: e instanceof Error ? e : new Error(String(e)) }));
      });
    return () => {
      cancelled = true;
    };
  }, [client, councilId, merge, attempt]);

  const expand = useCallback(
    (id: string) => {
      if (!councilId || loaded.current.has(id)) return;
      const node = state.nodes?.get(id);
      if (!node || node.kind === 'PERSON' || node.kind === 'COUNCIL') return;
      loaded.current.add(id);
      opened.current.add(id);
      setState((s) => ({ ...s, pending: s.pending + 1 }));
      client
        .query({ query: AccountabilityTreeQuery, variables: { councilId, rootId: id, maxDepth: BRANCH_DEPTH }, fetchPolicy: 'no-cache' })
        .then((r) => {
          const t = r.data?.accountabilityTree;
          if (!t) throw new Error('missing');
          // Everything above the deepest level came complete: no need to ask again.
          for (const n of t.nodes) if (n.depth - node.depth < BRANCH_DEPTH) loaded.current.add(n.id);
          merge(t.nodes as AccNode[], t.findings, id);
        })
        .catch(() => {
          loaded.current.delete(id);
          opened.current.delete(id);
          setState((s) => ({ ...s, pending: s.pending - 1 }));
        });
    },
    [client, councilId, state.nodes, merge],
  );

  const refresh = useCallback(() => {
    if (!councilId) return;
    // The server keeps the tree until its data changes, so asking again for each part is cheap.
    void client
      .query({ query: AccountabilityTreeQuery, variables: { councilId, maxDepth: FIRST_DEPTH }, fetchPolicy: 'no-cache' })
      .then((r) => {
        const t = r.data?.accountabilityTree;
        if (t) merge(t.nodes as AccNode[], t.findings, null);
      })
      .catch(() => undefined);
    for (const id of opened.current) {
      setState((s) => ({ ...s, pending: s.pending + 1 }));
      void client
        .query({ query: AccountabilityTreeQuery, variables: { councilId, rootId: id, maxDepth: BRANCH_DEPTH }, fetchPolicy: 'no-cache' })
        .then((r) => {
          const t = r.data?.accountabilityTree;
          if (!t) throw new Error('missing');
          merge(t.nodes as AccNode[], t.findings, id);
        })
        .catch(() => setState((s) => ({ ...s, pending: s.pending - 1 })));
    }
  }, [client, councilId, merge]);

  const nodes = state.nodes;
  const [list, byId] = useListOf(nodes);
  return {
    nodes: list,
    byId,
    findings: state.findings.size ? state.findings : EMPTY,
    error: state.error,
    pending: state.pending,
    expand,
    retry: () => setAttempt((a) => a + 1),
    refresh,
  };
}

function useListOf(nodes: Map<string, AccNode> | null): [AccNode[] | null, ReadonlyMap<string, AccNode>] {
  const cache = useRef<{ src: Map<string, AccNode> | null; list: AccNode[] | null }>({ src: null, list: null });
  if (cache.current.src !== nodes) cache.current = { src: nodes, list: nodes ? [...nodes.values()] : null };
  return [cache.current.list, nodes ?? EMPTY];
}
