/** The tree's keyboard: arrows move a roving focus (brought into view), Enter selects, and toggles and pages open. */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { keyAction, type TreeAction } from './keyboard.js';
import type { BaseRow, LaidNode, TreeLayout } from './layout.js';
import { viewportOf, type ZoomView } from './useZoom.js';

export interface TreeKeyHandlers {
  onFocusChange: (id: string) => void;
  onSelect: (id: string) => void;
  onToggle: (id: string, expand?: boolean) => void;
  onMore: (parentId: string) => void;
}

export function useTreeKeyboard(
  view: ZoomView,
  layout: TreeLayout<BaseRow>,
  focusedId: string | null,
  centerOn: (node: LaidNode<BaseRow>, animate: boolean) => void,
  { onFocusChange, onSelect, onToggle, onMore }: TreeKeyHandlers,
) {
  const { gRef, transformRef, sizeRef } = view;

  // Keyboard focus follows focusedId (roving tabindex); bring the node into view first.
  const wantFocus = useRef(false);
  useEffect(() => {
    if (!wantFocus.current || !focusedId) return;
    wantFocus.current = false;
    const node = layout.byId.get(focusedId);
    if (!node) return;
    const v = viewportOf(transformRef.current, sizeRef.current.width, sizeRef.current.height);
    const margin = 24 / transformRef.current.k;
    const { x, y } = node;
    const { nodeWidth: w, nodeHeight: h } = layout;
    if (x < v.x0 + margin || y < v.y0 + margin || x + w > v.x1 - margin || y + h > v.y1 - margin) centerOn(node, false);
    gRef.current?.querySelector<SVGGElement>(`[data-id="${CSS.escape(focusedId)}"]`)?.focus({ preventScroll: true });
  }, [focusedId, layout, centerOn, gRef, transformRef, sizeRef]);

  return (event: KeyboardEvent<SVGGElement>) => {
    const action: TreeAction = keyAction(layout, focusedId, event.key);
    if (action.type === 'none') {
      if (event.key === 'Enter' && focusedId && layout.byId.get(focusedId)?.type === 'node') {
        event.preventDefault();
        onSelect(focusedId);
      }
      return;
    }
    event.preventDefault();
    wantFocus.current = true;
    switch (action.type) {
      case 'focus':
        onFocusChange(action.id);
        break;
      case 'toggle':
        onToggle(action.id);
        if (event.key === 'Enter') onSelect(action.id);
        break;
      case 'expand':
        onToggle(action.id, true);
        break;
      case 'collapse':
        onToggle(action.id, false);
        break;
      case 'more':
        onMore(action.parentId);
        break;
    }
  };
}
