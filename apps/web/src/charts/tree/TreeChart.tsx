/**
 * Renders a laid-out tree in SVG. d3-zoom is attached once to the <svg> (a stable element) and moves
 * one <g> by attribute, without a React render per frame; React re-renders only when the view leaves
 * the culled region or the zoom level changes detail, so only nodes near the viewport are in the DOM.
 * The parts: useZoom (pan, zoom and the region drawn), useCentring (start position, centring on a
 * node), useTreeKeyboard (roving focus) and nodes.tsx (the cards).
 */
import { scaleSqrt } from 'd3-scale';
import { linkHorizontal } from 'd3-shape';
import { useMemo } from 'react';
import { cullLinks, cullNodes, type LaidLink, type TreeLayout } from './layout.js';
import { MoreNode, NodeCard } from './nodes.js';
import { ANIMATION_LIMIT, useCentring, type CenterRequest } from './useCentring.js';
import { useTreeKeyboard } from './useTreeKeyboard.js';
import { useZoom, type Region } from './useZoom.js';

export { KIND_LABEL, nodeLabel } from './nodes.js';
export { ANIMATION_LIMIT, type CenterRequest } from './useCentring.js';

export interface TreeChartProps {
  layout: TreeLayout;
  label: string;
  selectedId: string | null;
  focusedId: string | null;
  onFocusChange: (id: string) => void;
  onSelect: (id: string) => void;
  onToggle: (id: string, expand?: boolean) => void;
  onMore: (parentId: string) => void;
  centerRequest: CenterRequest | null;
  /** Changing it puts the view back to its starting position (another council or mode). */
  resetKey: string;
}

const link = linkHorizontal<LaidLink, [number, number]>()
  .source((l) => [l.x1, l.y1])
  .target((l) => [l.x2, l.y2]);

function secondaryPath(l: LaidLink): string {
  const bulge = 70 + Math.min(200, Math.abs(l.y2 - l.y1) / 8);
  return `M${l.x1},${l.y1} C${l.x1 + bulge},${l.y1} ${l.x2 + bulge},${l.y2} ${l.x2},${l.y2}`;
}

/** What is drawn: the nodes and links in the region (the selected and focused nodes always), and the headcount bars' scale. */
function useShown(layout: TreeLayout, region: Region | null, selectedId: string | null, focusedId: string | null) {
  const keep = useMemo(() => new Set([selectedId, focusedId].filter((x): x is string => Boolean(x))), [selectedId, focusedId]);
  const nodes = useMemo(() => (region ? cullNodes(layout, region, keep) : layout.nodes.slice(0, 200)), [layout, region, keep]);
  const links = useMemo(() => (region ? cullLinks(layout.links, region) : []), [layout, region]);
  const secondary = useMemo(() => (region ? cullLinks(layout.secondaryLinks, region) : []), [layout, region]);
  const headcountBar = useMemo(() => {
    let max = 1;
    for (const n of layout.nodes) max = Math.max(max, n.row?.headcount ?? 0);
    return scaleSqrt()
      .domain([0, max])
      .range([0, layout.nodeWidth - 16]);
  }, [layout]);
  return { nodes, links, secondary, headcountBar };
}

export function TreeChart(props: TreeChartProps) {
  const { layout, selectedId, focusedId, onFocusChange, onSelect, onToggle, onMore, centerRequest, resetKey, label } = props;
  const view = useZoom();
  const centerOn = useCentring(view, layout, resetKey, centerRequest);
  const onKeyDown = useTreeKeyboard(view, layout, focusedId, centerOn, { onFocusChange, onSelect, onToggle, onMore });
  const shown = useShown(layout, view.region, selectedId, focusedId);
  const animated = layout.nodes.length <= ANIMATION_LIMIT;
  const detailed = view.region?.detailed ?? true;
  const tabbable = focusedId && layout.byId.has(focusedId) ? focusedId : layout.nodes[0]?.id;
  const { nodeWidth: width, nodeHeight: height } = layout;

  return (
    <svg
      ref={view.svgRef}
      className={`tree-chart${animated ? ' tree-chart--animated' : ''}`}
      role="presentation"
      data-visible-nodes={layout.nodes.length}
      data-rendered-nodes={shown.nodes.length}
    >
      <defs>
        <marker id="arrow-secondary" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" className="tree-chart__arrow" />
        </marker>
      </defs>
      <g ref={view.gRef}>
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG <g> without tabIndex is not focusable (Biome counts SVG
            elements it does not know as focusable); the links are decoration */}
        <g className="tree-chart__links" aria-hidden="true">
          {shown.links.map((l) => (
            <path key={l.id} className="link" d={link(l) ?? undefined} />
          ))}
          {shown.secondary.map((l) => (
            <path key={l.id} className="link link--secondary" d={secondaryPath(l)} markerEnd="url(#arrow-secondary)" />
          ))}
        </g>
        <g role="tree" aria-label={label} aria-multiselectable="false" onKeyDown={onKeyDown}>
          {shown.nodes.map((n) =>
            n.type === 'more' ? (
              <MoreNode
                key={n.id}
                node={n}
                width={width}
                height={height}
                tabbable={n.id === tabbable}
                onMore={onMore}
                onFocusChange={onFocusChange}
              />
            ) : (
              <NodeCard
                key={n.id}
                node={n}
                width={width}
                height={height}
                detailed={detailed}
                selected={n.id === selectedId}
                tabbable={n.id === tabbable}
                bar={n.row?.kind !== 'PERSON' && n.row?.headcount ? shown.headcountBar(n.row.headcount) : 0}
                onSelect={onSelect}
                onToggle={onToggle}
                onFocusChange={onFocusChange}
              />
            ),
          )}
        </g>
      </g>
    </svg>
  );
}
