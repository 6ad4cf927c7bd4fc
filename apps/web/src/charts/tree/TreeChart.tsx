/**
 * Renders a laid-out tree in SVG. d3-zoom is attached once to the <svg> (a stable element) and moves
 * one <g> by attribute, without a React render per frame; React re-renders only when the view leaves
 * the culled region or the zoom level changes detail, so only nodes near the viewport are in the DOM.
 * The parts: useZoom (pan, zoom and the region drawn), useCentring (start position, centring on a
 * node), useTreeKeyboard (roving focus), TreeItem (a node's shell) and the caller's renderer (what a
 * card shows: nodes.tsx for the explorer, the cascade's own for priorities).
 */
import { linkHorizontal } from 'd3-shape';
import { useMemo } from 'react';
import { type BaseRow, cullLinks, cullNodes, type LaidLink, type TreeLayout } from './layout.js';
import { MoreNode } from './nodes.js';
import { type NodeRenderer, TreeItem } from './TreeItem.js';
import { ANIMATION_LIMIT, NO_INSETS, useCentring, type CenterRequest, type Insets } from './useCentring.js';
import { useTreeKeyboard } from './useTreeKeyboard.js';
import { useViewControls } from './useViewControls.js';
import { useZoom, type Region } from './useZoom.js';

export { KIND_LABEL, nodeLabel, organisationNodes } from './nodes.js';
export type { NodeDrawing, NodeRenderer } from './TreeItem.js';
export { ANIMATION_LIMIT, type CenterRequest, type Insets, LEGIBLE_ZOOM, NO_INSETS } from './useCentring.js';

export interface TreeChartProps<R extends BaseRow> {
  layout: TreeLayout<R>;
  /** What each node's card shows (a stable object: a new one redraws every card). */
  renderer: NodeRenderer<R>;
  label: string;
  /** Nodes drawn as a highlighted path (and the links between them). */
  highlighted?: ReadonlySet<string>;
  selectedId: string | null;
  focusedId: string | null;
  onFocusChange: (id: string) => void;
  onSelect: (id: string) => void;
  onToggle: (id: string, expand?: boolean) => void;
  onMore: (parentId: string) => void;
  centerRequest: CenterRequest | null;
  /** Changing it puts the view back to its starting position (another council or mode). */
  resetKey: string;
  /** What is drawn over the chart (a sheet): the selected node is kept out from under it. */
  insets?: Insets;
  /** Zoom in, zoom out and fit buttons over the chart's top right corner. */
  zoomButtons?: boolean;
  /** The least zoom of the start position (default 0.6); LEGIBLE_ZOOM keeps every card's text legible. */
  startZoom?: number;
}

const link = linkHorizontal<LaidLink, [number, number]>()
  .source((l) => [l.x1, l.y1])
  .target((l) => [l.x2, l.y2]);

function secondaryPath(l: LaidLink): string {
  const bulge = 70 + Math.min(200, Math.abs(l.y2 - l.y1) / 8);
  return `M${l.x1},${l.y1} C${l.x1 + bulge},${l.y1} ${l.x2 + bulge},${l.y2} ${l.x2},${l.y2}`;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * What is drawn: the nodes and links in the region, and always the selected and focused nodes and the highlighted path
 * (a thread is a handful of nodes, drawn whole however far it reaches).
 */
function useShown<R extends BaseRow>(
  layout: TreeLayout<R>,
  region: Region | null,
  selectedId: string | null,
  focusedId: string | null,
  highlighted: ReadonlySet<string>,
) {
  const keep = useMemo(
    () => new Set([selectedId, focusedId, ...highlighted].filter((x): x is string => Boolean(x))),
    [selectedId, focusedId, highlighted],
  );
  const nodes = useMemo(() => (region ? cullNodes(layout, region, keep) : layout.nodes.slice(0, 200)), [layout, region, keep]);
  const links = useMemo(() => {
    if (!region) return [];
    const near = cullLinks(layout.links, region);
    if (!highlighted.size) return near;
    const ids = new Set(near.map((l) => l.id));
    return near.concat(layout.links.filter((l) => !ids.has(l.id) && highlighted.has(l.source) && highlighted.has(l.target)));
  }, [layout, region, highlighted]);
  const secondary = useMemo(() => (region ? cullLinks(layout.secondaryLinks, region) : []), [layout, region]);
  return { nodes, links, secondary };
}

export function TreeChart<R extends BaseRow>(props: TreeChartProps<R>) {
  const { layout, renderer, selectedId, focusedId, onFocusChange, onSelect, onToggle, onMore, centerRequest, resetKey, label } = props;
  const highlighted = props.highlighted ?? NONE;
  const insets = props.insets ?? NO_INSETS;
  const view = useZoom();
  const { centerOn, setTransform } = useCentring(view, layout, resetKey, centerRequest, insets, props.startZoom);
  const controls = useViewControls(view, layout, { anchorId: focusedId, selectedId, insets, centerOn, setTransform });
  const onKeyDown = useTreeKeyboard(view, layout, focusedId, centerOn, { onFocusChange, onSelect, onToggle, onMore });
  const shown = useShown(layout, view.region, selectedId, focusedId, highlighted);
  const animated = layout.nodes.length <= ANIMATION_LIMIT;
  const detailed = view.region?.detailed ?? true;
  const tabbable = focusedId && layout.byId.has(focusedId) ? focusedId : layout.nodes[0]?.id;
  const { nodeWidth: width, nodeHeight: height } = layout;
  const drawing = useMemo(() => ({ width, height, detailed }), [width, height, detailed]);
  const linkClass = (l: LaidLink) => {
    const target = layout.byId.get(l.target);
    const own = target && renderer.linkClass ? renderer.linkClass(target) : '';
    const thread = highlighted.has(l.source) && highlighted.has(l.target) ? ' link--thread' : '';
    return `link${own ? ` ${own}` : ''}${thread}`;
  };

  return (
    <>
      {props.zoomButtons && (
        <fieldset className="tree-zoom" style={{ right: insets.right + 12 }}>
          <legend className="visually-hidden">Zoom</legend>
          <button type="button" className="tree-zoom__button" aria-label="Zoom in" title="Zoom in" onClick={controls.zoomIn}>
            +
          </button>
          <button type="button" className="tree-zoom__button" aria-label="Zoom out" title="Zoom out" onClick={controls.zoomOut}>
            −
          </button>
          <button
            type="button"
            className="tree-zoom__button tree-zoom__button--fit"
            aria-label="Fit the whole tree in view"
            title="Fit the whole tree in view"
            onClick={controls.fit}
          >
            Fit
          </button>
        </fieldset>
      )}
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
              <path key={l.id} className={linkClass(l)} d={link(l) ?? undefined} />
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
                <TreeItem
                  key={n.id}
                  node={n}
                  renderer={renderer}
                  drawing={drawing}
                  selected={n.id === selectedId}
                  highlighted={highlighted.has(n.id)}
                  tabbable={n.id === tabbable}
                  onSelect={onSelect}
                  onToggle={onToggle}
                  onFocusChange={onFocusChange}
                />
              ),
            )}
          </g>
        </g>
      </svg>
    </>
  );
}
