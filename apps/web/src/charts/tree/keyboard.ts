/**
 * Keyboard behaviour of the tree (WAI-ARIA tree view pattern), as a pure function of the layout:
 * Up/Down move through visible nodes, Right expands or enters, Left collapses or goes to the parent,
 * Home/End jump, Enter/Space toggle (or page in more siblings on a "+N more" node).
 */
import type { BaseRow, TreeLayout } from './layout.js';

export type TreeAction =
  | { type: 'focus'; id: string }
  | { type: 'toggle'; id: string }
  | { type: 'expand'; id: string }
  | { type: 'collapse'; id: string }
  | { type: 'more'; parentId: string }
  | { type: 'none' };

export function keyAction(layout: TreeLayout<BaseRow>, focusedId: string | null, key: string): TreeAction {
  const nodes = layout.nodes;
  if (!nodes.length) return { type: 'none' };
  const current = focusedId ? layout.byId.get(focusedId) : undefined;
  if (!current) return { type: 'focus', id: nodes[0]!.id };
  const at = nodes.indexOf(current);
  switch (key) {
    case 'ArrowDown':
      return at + 1 < nodes.length ? { type: 'focus', id: nodes[at + 1]!.id } : { type: 'none' };
    case 'ArrowUp':
      return at > 0 ? { type: 'focus', id: nodes[at - 1]!.id } : { type: 'none' };
    case 'Home':
      return { type: 'focus', id: nodes[0]!.id };
    case 'End':
      return { type: 'focus', id: nodes[nodes.length - 1]!.id };
    case 'ArrowRight':
      if (current.type === 'more') return { type: 'none' };
      if (current.childCount === 0) return { type: 'none' };
      if (!current.expanded) return { type: 'expand', id: current.id };
      return nodes[at + 1] && nodes[at + 1]!.parentId === current.id ? { type: 'focus', id: nodes[at + 1]!.id } : { type: 'none' };
    case 'ArrowLeft':
      if (current.type === 'node' && current.expanded) return { type: 'collapse', id: current.id };
      return current.parentId ? { type: 'focus', id: current.parentId } : { type: 'none' };
    case 'Enter':
    case ' ':
      if (current.type === 'more') return { type: 'more', parentId: current.parentId! };
      return current.childCount > 0 ? { type: 'toggle', id: current.id } : { type: 'none' };
    default:
      return { type: 'none' };
  }
}
