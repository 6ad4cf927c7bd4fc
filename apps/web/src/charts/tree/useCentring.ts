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

/** Space of the chart covered by something drawn over it (a side panel or a bottom sheet), in screen pixels. */
export interface Insets {
  right: number;
  bottom: number;
}
export const NO_INSETS: Insets = { right: 0, bottom: 0 };

/** Below this zoom the cards' second lines are smaller than 10.8 px: the start position never goes below it. */
export const LEGIBLE_ZOOM = 0.9;

/** The pan and zoom that shows every one of `nodes` (at most full size, at least `min`), centred on their middle. */
export function fitting(
  nodes: readonly LaidNode<BaseRow>[],
  layout: TreeLayout<BaseRow>,
  size: { width: number; height: number },
  min = 0.3,
) {
  const x0 = Math.min(...nodes.map((n) => n.x));
  const y0 = Math.min(...nodes.map((n) => n.y));
  // The toggle and its count reach 40 units past a card's right edge.
  const x1 = Math.max(...nodes.map((n) => n.x + layout.nodeWidth + 40));
  const y1 = Math.max(...nodes.map((n) => n.y + layout.nodeHeight));
  const k = Math.max(min, Math.min(1, (size.width - 48) / (x1 - x0), (size.height - 48) / (y1 - y0)));
  return zoomIdentity.translate(size.width / 2 - ((x0 + x1) / 2) * k, size.height / 2 - ((y0 + y1) / 2) * k).scale(k);
}

/**
 * The start position: the whole open tree when it fits at a legible size; otherwise legible (at least LEGIBLE_ZOOM), its
 * open levels across the chart when they fit, the root at the left and vertically centred. No card is cut at the left.
 */
export function startTransform(
  layout: TreeLayout<BaseRow>,
  size: { width: number; height: number },
  minZoom = LEGIBLE_ZOOM,
): ZoomTransform {
  const { bounds } = layout;
  const root = layout.nodes[0]!;
  const wide = bounds.x1 + 40 - bounds.x0 + 48;
  const tall = bounds.y1 - bounds.y0 + 48;
  const k = Math.min(1, Math.max(minZoom, Math.min(size.width / wide, size.height / tall)));
  const fits = tall * k <= size.height;
  const ty = fits ? (size.height - (bounds.y1 + bounds.y0) * k) / 2 : size.height / 2 - (root.y + layout.nodeHeight / 2) * k;
  return zoomIdentity.translate(24 - bounds.x0 * k, ty).scale(k);
}

export function useCentring(
  view: ZoomView,
  layout: TreeLayout<BaseRow>,
  resetKey: string,
  centerRequest: CenterRequest | null,
  /** What covers the chart (a sheet over it): nodes are centred in the part left uncovered. */
  insets: Insets = NO_INSETS,
  /** The least zoom the start position takes (the explorer: LEGIBLE_ZOOM; the cascade shows more of its drawing at 0.6). */
  startZoom = 0.6,
) {
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
      const width = Math.max(80, sizeRef.current.width - insets.right);
      const height = Math.max(60, sizeRef.current.height - insets.bottom);
      const k = Math.max(transformRef.current.k, 0.8);
      const x = width / 2 - (node.x + layout.nodeWidth / 2) * k;
      const y = height / 2 - (node.y + layout.nodeHeight / 2) * k;
      setTransform(zoomIdentity.translate(x, y).scale(k), animate);
    },
    [layout.nodeWidth, layout.nodeHeight, setTransform, svgRef, sizeRef, transformRef, insets],
  );

  // Start position (startTransform), for each council and mode.
  const resetRef = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (resetRef.current === resetKey || !layout.nodes.length) return;
    resetRef.current = resetKey;
    const rect = svgRef.current!.getBoundingClientRect();
    sizeRef.current = { width: rect.width || sizeRef.current.width, height: rect.height || sizeRef.current.height };
    zoomRef.current!.transform(select(svgRef.current!), startTransform(layout, sizeRef.current, startZoom));
    updateRegion();
  }, [resetKey, layout, updateRegion, svgRef, sizeRef, zoomRef, startZoom]);

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

  return { centerOn, setTransform };
}
