/**
 * What keeps a tree chart's view where the reader is: a node stays put on screen when the tree is laid out again
 * (a branch opened or closed, "open 4 levels", people arriving), the selected node is moved out from under a sheet
 * drawn over the chart, and the zoom buttons (zoom in, zoom out, fit the whole tree).
 */
import { select } from 'd3-selection';
import type { ZoomTransform } from 'd3-zoom';
import { useCallback, useLayoutEffect, useRef } from 'react';
import type { BaseRow, LaidNode, TreeLayout } from './layout.js';
import { ANIMATION_LIMIT, fitting, type Insets } from './useCentring.js';
import type { ZoomView } from './useZoom.js';

const ZOOM_STEP = 1.25;

/** Is the node's box inside the chart's uncovered part (with a margin), at this transform? */
export function inView(
  node: LaidNode<BaseRow>,
  layout: TreeLayout<BaseRow>,
  t: ZoomTransform,
  size: { width: number; height: number },
  insets: Insets,
  margin = 8,
): boolean {
  const [x0, y0] = t.apply([node.x, node.y]);
  const [x1, y1] = t.apply([node.x + layout.nodeWidth, node.y + layout.nodeHeight]);
  return x0 >= margin && y0 >= margin && x1 <= size.width - insets.right - margin && y1 <= size.height - insets.bottom - margin;
}

interface ControlsOptions {
  /** The node to keep still when the layout changes (focused, else selected); the root when it is not drawn. */
  anchorId: string | null;
  selectedId: string | null;
  insets: Insets;
  centerOn: (node: LaidNode<BaseRow>, animate: boolean) => void;
  setTransform: (target: ZoomTransform, animate: boolean) => void;
}

export function useViewControls(view: ZoomView, layout: TreeLayout<BaseRow>, options: ControlsOptions) {
  const { svgRef, zoomRef, transformRef, sizeRef } = view;
  const { anchorId, selectedId, insets, centerOn, setTransform } = options;
  const animate = layout.nodes.length <= ANIMATION_LIMIT;

  // A new layout: the anchor keeps its place on screen (d3.tree moves every node when a branch opens).
  const previous = useRef<TreeLayout<BaseRow> | null>(null);
  useLayoutEffect(() => {
    const before = previous.current;
    previous.current = layout;
    if (!before || before === layout || !zoomRef.current || !svgRef.current) return;
    const ids = [anchorId, selectedId, layout.nodes[0]?.id];
    const id = ids.find((x): x is string => Boolean(x && before.byId.has(x) && layout.byId.has(x)));
    if (!id) return;
    const was = before.byId.get(id)!;
    const now = layout.byId.get(id)!;
    if (was.x !== now.x || was.y !== now.y) zoomRef.current.translateBy(select(svgRef.current), was.x - now.x, was.y - now.y);
  }, [layout, anchorId, selectedId, zoomRef, svgRef]);

  // The selected node out from under a sheet drawn over the chart (a phone's bottom sheet, a tablet's side sheet).
  const seen = useRef<string>('');
  useLayoutEffect(() => {
    const key = `${selectedId}:${insets.right}:${insets.bottom}`;
    if (!selectedId || seen.current === key) return;
    seen.current = key;
    const node = layout.byId.get(selectedId);
    if (!node || (!insets.right && !insets.bottom)) return;
    const rect = svgRef.current!.getBoundingClientRect();
    if (rect.width && rect.height) sizeRef.current = { width: rect.width, height: rect.height };
    if (!inView(node, layout, transformRef.current, sizeRef.current, insets)) centerOn(node, animate);
  }, [selectedId, insets, layout, centerOn, animate, svgRef, sizeRef, transformRef]);

  const zoomBy = useCallback(
    (factor: number) => {
      if (!zoomRef.current || !svgRef.current) return;
      const { width, height } = sizeRef.current;
      // About the middle of the uncovered part, so what is in the middle stays there.
      zoomRef.current.scaleBy(select(svgRef.current), factor, [(width - insets.right) / 2, (height - insets.bottom) / 2]);
    },
    [zoomRef, svgRef, sizeRef, insets],
  );
  const zoomIn = useCallback(() => zoomBy(ZOOM_STEP), [zoomBy]);
  const zoomOut = useCallback(() => zoomBy(1 / ZOOM_STEP), [zoomBy]);
  const fit = useCallback(() => {
    const rect = svgRef.current!.getBoundingClientRect();
    if (rect.width && rect.height) sizeRef.current = { width: rect.width, height: rect.height };
    const size = { width: sizeRef.current.width - insets.right, height: sizeRef.current.height - insets.bottom };
    setTransform(fitting(layout.nodes, layout, size, 0.08), animate);
  }, [layout, insets, animate, setTransform, svgRef, sizeRef]);

  return { zoomIn, zoomOut, fit };
}
