/**
 * d3-zoom attached once to the chart's <svg> (a stable element): it moves one <g> by attribute, without
 * a React render per frame. React hears of it only when the view leaves the region last drawn or the
 * zoom level changes detail, so only nodes near the viewport are in the DOM.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Viewport } from './layout.js';

/** Below this zoom, nodes are drawn as plain boxes with names only. */
const DETAIL_ZOOM = 0.5;

export interface Region extends Viewport {
  detailed: boolean;
}

export function viewportOf(t: ZoomTransform, width: number, height: number): Viewport {
  return { x0: -t.x / t.k, y0: -t.y / t.k, x1: (width - t.x) / t.k, y1: (height - t.y) / t.k };
}

function regionAround(v: Viewport, k: number): Region {
  const mx = (v.x1 - v.x0) * 0.5;
  const my = (v.y1 - v.y0) * 0.5;
  return { x0: v.x0 - mx, y0: v.y0 - my, x1: v.x1 + mx, y1: v.y1 + my, detailed: k >= DETAIL_ZOOM };
}

function contains(r: Viewport, v: Viewport): boolean {
  return v.x0 >= r.x0 && v.y0 >= r.y0 && v.x1 <= r.x1 && v.y1 <= r.y1;
}

export interface ZoomView {
  svgRef: RefObject<SVGSVGElement | null>;
  gRef: RefObject<SVGGElement | null>;
  zoomRef: RefObject<ZoomBehavior<SVGSVGElement, unknown> | null>;
  /** The current pan and zoom, kept out of React state. */
  transformRef: RefObject<ZoomTransform>;
  sizeRef: RefObject<{ width: number; height: number }>;
  /** The part of the tree drawn: the viewport with a margin, null until the chart has been measured. */
  region: Region | null;
  updateRegion: () => void;
}

export function useZoom(): ZoomView {
  const svgRef = useRef<SVGSVGElement>(null);
  const gRef = useRef<SVGGElement>(null);
  const zoomRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const transformRef = useRef<ZoomTransform>(zoomIdentity);
  const sizeRef = useRef({ width: 800, height: 600 });
  const regionRef = useRef<Region | null>(null);
  const frameRef = useRef(0);
  const [region, setRegion] = useState<Region | null>(null);

  const updateRegion = useCallback(() => {
    frameRef.current = 0;
    const t = transformRef.current;
    const { width, height } = sizeRef.current;
    const v = viewportOf(t, width, height);
    const current = regionRef.current;
    const detailed = t.k >= DETAIL_ZOOM;
    if (current && contains(current, v) && current.detailed === detailed) return;
    const next = regionAround(v, t.k);
    regionRef.current = next;
    setRegion(next);
  }, []);

  // d3-zoom, once, on the stable <svg> (a layout effect, so it exists before the start position is set).
  useLayoutEffect(() => {
    const svg = select(svgRef.current!);
    const behaviour = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.08, 2.5])
      // The viewport from the element's box: d3's default reads svg.width.baseVal, which throws for a relative
      // width ("100%") while the chart is not laid out (a view still opening, a hidden drawing).
      .extent(function (this: SVGSVGElement) {
        // d3 calls it with the element as `this` (its arguments are the event and the datum).
        const box = this.getBoundingClientRect();
        return [
          [0, 0],
          [Math.max(1, box.width), Math.max(1, box.height)],
        ];
      })
      .on('zoom', (event: { transform: ZoomTransform }) => {
        transformRef.current = event.transform;
        gRef.current?.setAttribute('transform', event.transform.toString());
        if (!frameRef.current) frameRef.current = requestAnimationFrame(updateRegion);
      });
    svg.call(behaviour).on('dblclick.zoom', null);
    zoomRef.current = behaviour;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      sizeRef.current = { width: entry.contentRect.width, height: entry.contentRect.height };
      updateRegion();
    });
    observer.observe(svgRef.current!);
    return () => {
      observer.disconnect();
      svg.on('.zoom', null);
      cancelAnimationFrame(frameRef.current);
    };
  }, [updateRegion]);

  return { svgRef, gRef, zoomRef, transformRef, sizeRef, region, updateRegion };
}
