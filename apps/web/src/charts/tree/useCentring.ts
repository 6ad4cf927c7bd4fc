/**
 * Where the view goes: the start position for each council and mode, and a node brought to the
 * centre when asked (search, deep link, side panel), with a short pan unless motion is reduced.
 */
import { select } from 'd3-selection';
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import type { BaseRow, LaidNode, TreeLayout } from './layout.js';
import type { ZoomView } from './useZoom.js';

/** Past this many visible nodes nothing is animated. */
export const ANIMATION_LIMIT = 600;

export interface CenterRequest {
  id: string;
  /** Changes for every request, so asking twice for the same node pans twice. */
  seq: number;
  /** Nodes to bring into view together (a highlighted path): the view zooms to fit them, centred on their middle. */
  fit?: readonly string[] | undefined;
}

/** The pan and zoom that shows every one of `nodes` (at most full size, at least 0.3), centred on their middle. */
function fitting(nodes: readonly LaidNode<BaseRow>[], layout: TreeLayout<BaseRow>, size: { width: number; height: number }) {
  const x0 = Math.min(...nodes.map((n) => n.x));
  const y0 = Math.min(...nodes.map((n) => n.y));
  const x1 = Math.max(...nodes.map((n) => n.x + layout.nodeWidth));
  const y1 = Math.max(...nodes.map((n) => n.y + layout.nodeHeight));
  const k = Math.max(0.3, Math.min(1, (size.width - 48) / (x1 - x0), (size.height - 48) / (y1 - y0)));
  return zoomIdentity.translate(size.width / 2 - ((x0 + x1) / 2) * k, size.height / 2 - ((y0 + y1) / 2) * k).scale(k);
}

export function useCentring(view: ZoomView, layout: TreeLayout<BaseRow>, resetKey: string, centerRequest: CenterRequest | null) {
  const { svgRef, gRef, zoomRef, transformRef, sizeRef, updateRegion } = view;

  const setTransform = useCallback(
    (target: ZoomTransform, animate: boolean) => {
      const svg = select(svgRef.current!);
      const behaviour = zoomRef.current!;
      if (!animate || window.matchMedia?.('(prefers-reduced-motion: reduce)').matches) {
        behaviour.transform(svg, target);
        return;
      }
      const from = transformRef.current;
      const start = performance.now();
      const step = (now: number) => {
        const p = Math.min(1, (now - start) / 300);
        const e = p < 0.5 ? 2 * p * p : 1 - (-2 * p + 2) ** 2 / 2;
        const k = from.k + (target.k - from.k) * e;
        behaviour.transform(svg, zoomIdentity.translate(from.x + (target.x - from.x) * e, from.y + (target.y - from.y) * e).scale(k));
        if (p < 1) requestAnimationFrame(step);
      };
      requestAnimationFrame(step);
    },
    [svgRef, zoomRef, transformRef],
  );

  const centerOn = useCallback(
    (node: LaidNode<BaseRow>, animate: boolean) => {
      // The live size: the side panel may just have opened beside the chart.
      const rect = svgRef.current!.getBoundingClientRect();
      if (rect.width && rect.height) sizeRef.current = { width: rect.width, height: rect.height };
      const { width, height } = sizeRef.current;
      const k = Math.max(transformRef.current.k, 0.8);
      const x = width / 2 - (node.x + layout.nodeWidth / 2) * k;
      const y = height / 2 - (node.y + layout.nodeHeight / 2) * k;
      setTransform(zoomIdentity.translate(x, y).scale(k), animate);
    },
    [layout.nodeWidth, layout.nodeHeight, setTransform, svgRef, sizeRef, transformRef],
  );

  // Start position: the root at the left, vertically centred, for each council and mode.
  const resetRef = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (resetRef.current === resetKey || !layout.nodes.length) return;
    resetRef.current = resetKey;
    const root = layout.nodes[0]!;
    const rect = svgRef.current!.getBoundingClientRect();
    sizeRef.current = { width: rect.width || sizeRef.current.width, height: rect.height || sizeRef.current.height };
    // Fit the tree's height when it is small enough to stay legible; otherwise centre on the root.
    const { height } = sizeRef.current;
    const treeHeight = layout.bounds.y1 - layout.bounds.y0 + 48;
    const k = Math.min(1, Math.max(0.6, height / treeHeight));
    const fits = treeHeight * k <= height;
    const ty = fits ? (height - (layout.bounds.y1 + layout.bounds.y0) * k) / 2 : height / 2 - (root.y + layout.nodeHeight / 2) * k;
    zoomRef.current!.transform(select(svgRef.current!), zoomIdentity.translate(24, ty).scale(k));
    updateRegion();
  }, [resetKey, layout, updateRegion, svgRef, sizeRef, zoomRef]);

  const handledCenter = useRef<number>(-1);
  useEffect(() => {
    if (!centerRequest || handledCenter.current === centerRequest.seq) return;
    const node = layout.byId.get(centerRequest.id);
    if (!node) return;
    handledCenter.current = centerRequest.seq;
    const animate = layout.nodes.length <= ANIMATION_LIMIT;
    const path = (centerRequest.fit ?? []).map((id) => layout.byId.get(id)).filter((n): n is LaidNode<BaseRow> => Boolean(n));
    if (path.length > 1) {
      const rect = svgRef.current!.getBoundingClientRect();
      if (rect.width && rect.height) sizeRef.current = { width: rect.width, height: rect.height };
      setTransform(fitting(path, layout, sizeRef.current), animate);
    } else centerOn(node, animate);
    // Keyboard focus goes to the node found (search, deep link, side panel).
    gRef.current?.querySelector<SVGGElement>(`[data-id="${CSS.escape(node.id)}"]`)?.focus({ preventScroll: true });
  }, [centerRequest, layout, centerOn, gRef, setTransform, svgRef, sizeRef]);

  return centerOn;
}
