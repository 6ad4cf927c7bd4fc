/**
 * A tree chart's state in React (never written into the rows): which nodes are open, how many children each wide
 * node shows, the roving focus, and a request to centre a node. A target from outside the chart (a deep link, search,
 * a thread) is revealed (its ancestors opened, their pages long enough) and centred; one clicked in the chart is
 * already in view and is left where it is.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type BaseRow, DEFAULT_PAGE_SIZE, reveal, type TreeIndex } from './layout.js';
import type { CenterRequest } from './useCentring.js';

export interface TreeStateOptions<R extends BaseRow> {
  /** What is open before anyone opens or closes anything (a stable function). */
  initial: (index: TreeIndex<R>) => Set<string>;
  /** The node to reveal and centre, e.g. the one in the URL. */
  target: string | null;
  /** Nodes to fit in view with the target when it is revealed (a highlighted path). */
  fit?: readonly string[] | undefined;
  /** Called when a branch is opened (to fetch what is below it). */
  onOpen?: ((id: string) => void) | undefined;
  /** Called when the target has been revealed. */
  onRevealed?: (() => void) | undefined;
}

export function useTreeState<R extends BaseRow>(
  index: TreeIndex<R> | null,
  { initial, target, fit, onOpen, onRevealed }: TreeStateOptions<R>,
) {
  const [expanded, setExpanded] = useState<Set<string> | null>(null);
  const [shown, setShown] = useState<Map<string, number>>(() => new Map());
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [center, setCenter] = useState<CenterRequest | null>(null);
  const seq = useRef(0);
  const open = useMemo(() => expanded ?? (index ? initial(index) : new Set<string>()), [expanded, index, initial]);

  const clicked = useRef<string | null>(null);
  const revealed = useRef<string | null>(null);
  useEffect(() => {
    if (!target || !index) return;
    if (clicked.current === target) {
      clicked.current = null;
      revealed.current = target;
      return;
    }
    if (revealed.current === target) return;
    const state = reveal(index, target, open, shown);
    if (!state) return; // not (yet) in the tree
    revealed.current = target;
    setExpanded(state.expanded);
    setShown(state.shown);
    setFocusedId(target);
    setCenter({ id: target, seq: ++seq.current, fit });
    onRevealed?.();
  }, [target, index, open, shown, fit, onRevealed]);

  const onToggle = useCallback(
    (id: string, expand?: boolean) => {
      const opening = expand ?? !open.has(id);
      setExpanded((prev) => {
        const next = new Set(prev ?? open);
        if (opening) next.add(id);
        else next.delete(id);
        return next;
      });
      if (opening) onOpen?.(id);
    },
    [open, onOpen],
  );
  const onMore = useCallback((parentId: string) => {
    setShown((prev) => new Map(prev).set(parentId, (prev.get(parentId) ?? DEFAULT_PAGE_SIZE) + DEFAULT_PAGE_SIZE));
  }, []);
  /** The next target comes from a click in the chart (already in view), or from outside (reveal it even if it was before). */
  const picked = useCallback((id: string, inChart: boolean) => {
    if (inChart) clicked.current = id;
    else revealed.current = null;
  }, []);

  return { open, shown, focusedId, setFocusedId, center, onToggle, onMore, picked, setExpanded, setShown };
}
