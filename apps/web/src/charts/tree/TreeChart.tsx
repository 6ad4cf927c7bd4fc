/**
 * Renders a laid-out tree in SVG. d3-zoom is attached once to the <svg> (a stable element) and moves
 * one <g> by attribute, without a React render per frame; React re-renders only when the view leaves
 * the culled region or the zoom level changes detail, so only nodes near the viewport are in the DOM.
 */
import { scaleSqrt } from 'd3-scale';
import { select } from 'd3-selection';
import { linkHorizontal } from 'd3-shape';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { KindIcon, WarningIcon } from './icons.js';
import { keyAction, type TreeAction } from './keyboard.js';
import { cullLinks, cullNodes, type LaidLink, type LaidNode, type TreeLayout, type TreeNodeKind, type Viewport } from './layout.js';

/** Past this many visible nodes nothing is animated. */
export const ANIMATION_LIMIT = 600;
/** Below this zoom, nodes are drawn as plain boxes with names only. */
const DETAIL_ZOOM = 0.5;

export const KIND_LABEL: Record<TreeNodeKind, string> = {
  COUNCIL: 'Council',
  BODY: 'Decision body',
  DIRECTORATE: 'Directorate',
  SERVICE: 'Service',
  TEAM: 'Team',
  GROUP: 'Group',
  PERSON: 'Person',
};

export interface CenterRequest {
  id: string;
  /** Changes for every request, so asking twice for the same node pans twice. */
  seq: number;
}

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

interface Region extends Viewport {
  detailed: boolean;
}

const link = linkHorizontal<LaidLink, [number, number]>()
  .source((l) => [l.x1, l.y1])
  .target((l) => [l.x2, l.y2]);

function secondaryPath(l: LaidLink): string {
  const bulge = 70 + Math.min(200, Math.abs(l.y2 - l.y1) / 8);
  return `M${l.x1},${l.y1} C${l.x1 + bulge},${l.y1} ${l.x2 + bulge},${l.y2} ${l.x2},${l.y2}`;
}

function viewportOf(t: ZoomTransform, width: number, height: number): Viewport {
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

export function TreeChart(props: TreeChartProps) {
  const { layout, selectedId, focusedId, onFocusChange, onSelect, onToggle, onMore, centerRequest, resetKey, label } = props;
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
    [],
  );

  const centerOn = useCallback(
    (node: LaidNode, animate: boolean) => {
      // The live size: the side panel may just have opened beside the chart.
      const rect = svgRef.current!.getBoundingClientRect();
      if (rect.width && rect.height) sizeRef.current = { width: rect.width, height: rect.height };
      const { width, height } = sizeRef.current;
      const k = Math.max(transformRef.current.k, 0.8);
      const target = zoomIdentity.translate(width / 2 - (node.x + layout.nodeWidth / 2) * k, height / 2 - (node.y + layout.nodeHeight / 2) * k).scale(k);
      setTransform(target, animate);
    },
    [layout.nodeWidth, layout.nodeHeight, setTransform],
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
    const ty = treeHeight * k <= height ? (height - (layout.bounds.y1 + layout.bounds.y0) * k) / 2 : height / 2 - (root.y + layout.nodeHeight / 2) * k;
    zoomRef.current!.transform(select(svgRef.current!), zoomIdentity.translate(24, ty).scale(k));
    updateRegion();
  }, [resetKey, layout, updateRegion]);

  const handledCenter = useRef<number>(-1);
  useEffect(() => {
    if (!centerRequest || handledCenter.current === centerRequest.seq) return;
    const node = layout.byId.get(centerRequest.id);
    if (!node) return;
    handledCenter.current = centerRequest.seq;
    centerOn(node, layout.nodes.length <= ANIMATION_LIMIT);
    // Keyboard focus goes to the node found (search, deep link, side panel).
    gRef.current?.querySelector<SVGGElement>(`[data-id="${CSS.escape(node.id)}"]`)?.focus({ preventScroll: true });
  }, [centerRequest, layout, centerOn]);

  // Keyboard focus follows focusedId (roving tabindex); bring the node into view first.
  const wantFocus = useRef(false);
  useEffect(() => {
    if (!wantFocus.current || !focusedId) return;
    wantFocus.current = false;
    const node = layout.byId.get(focusedId);
    if (!node) return;
    const v = viewportOf(transformRef.current, sizeRef.current.width, sizeRef.current.height);
    const k = transformRef.current.k;
    const margin = 24 / k;
    if (node.x < v.x0 + margin || node.y < v.y0 + margin || node.x + layout.nodeWidth > v.x1 - margin || node.y + layout.nodeHeight > v.y1 - margin) centerOn(node, false);
    gRef.current?.querySelector<SVGGElement>(`[data-id="${CSS.escape(focusedId)}"]`)?.focus({ preventScroll: true });
  }, [focusedId, layout, centerOn]);

  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
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

  const keep = useMemo(() => new Set([selectedId, focusedId].filter((x): x is string => Boolean(x))), [selectedId, focusedId]);
  const shownNodes = useMemo(() => (region ? cullNodes(layout, region, keep) : layout.nodes.slice(0, 200)), [layout, region, keep]);
  const shownLinks = useMemo(() => (region ? cullLinks(layout.links, region) : []), [layout, region]);
  const shownSecondary = useMemo(() => (region ? cullLinks(layout.secondaryLinks, region) : []), [layout, region]);
  const headcountBar = useMemo(() => {
    let max = 1;
    for (const n of layout.nodes) max = Math.max(max, n.row?.headcount ?? 0);
    return scaleSqrt().domain([0, max]).range([0, layout.nodeWidth - 16]);
  }, [layout]);
  const animated = layout.nodes.length <= ANIMATION_LIMIT;
  const detailed = region?.detailed ?? true;
  const tabbable = focusedId && layout.byId.has(focusedId) ? focusedId : layout.nodes[0]?.id;

  return (
    <svg ref={svgRef} className={`tree-chart${animated ? ' tree-chart--animated' : ''}`} role="presentation" data-visible-nodes={layout.nodes.length} data-rendered-nodes={shownNodes.length}>
      <defs>
        <marker id="arrow-secondary" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" className="tree-chart__arrow" />
        </marker>
      </defs>
      <g ref={gRef}>
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG <g> without tabIndex is not focusable (Biome counts SVG elements it does not know as focusable); the links are decoration */}
        <g className="tree-chart__links" aria-hidden="true">
          {shownLinks.map((l) => (
            <path key={l.id} className="link" d={link(l) ?? undefined} />
          ))}
          {shownSecondary.map((l) => (
            <path key={l.id} className="link link--secondary" d={secondaryPath(l)} markerEnd="url(#arrow-secondary)" />
          ))}
        </g>
        <g role="tree" aria-label={label} aria-multiselectable="false" onKeyDown={onKeyDown}>
          {shownNodes.map((n) =>
            n.type === 'more' ? (
              <MoreNode key={n.id} node={n} width={layout.nodeWidth} height={layout.nodeHeight} tabbable={n.id === tabbable} onMore={onMore} onFocusChange={onFocusChange} />
            ) : (
              <NodeCard
                key={n.id}
                node={n}
                width={layout.nodeWidth}
                height={layout.nodeHeight}
                detailed={detailed}
                selected={n.id === selectedId}
                tabbable={n.id === tabbable}
                bar={n.row?.kind !== 'PERSON' && n.row?.headcount ? headcountBar(n.row.headcount) : 0}
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

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function nodeLabel(n: LaidNode): string {
  const row = n.row!;
  const parts = [row.name, KIND_LABEL[row.kind]];
  if (row.subtitle) parts.push(row.kind === 'PERSON' ? row.subtitle : row.kind === 'GROUP' || row.kind === 'COUNCIL' || row.kind === 'BODY' ? row.subtitle : row.subtitle === 'No accountable owner' ? row.subtitle : `owner ${row.subtitle}`);
  if (row.headcount && row.kind !== 'PERSON' && row.kind !== 'GROUP' && row.kind !== 'BODY') parts.push(`${row.headcount} ${row.headcount === 1 ? 'person' : 'people'}`);
  for (const f of row.findings) parts.push(`finding: ${f.label}`);
  if (n.childCount) parts.push(`${n.childCount} below`);
  return parts.join(', ');
}

interface NodeCardProps {
  node: LaidNode;
  width: number;
  height: number;
  detailed: boolean;
  selected: boolean;
  tabbable: boolean;
  bar: number;
  onSelect: (id: string) => void;
  onToggle: (id: string, expand?: boolean) => void;
  onFocusChange: (id: string) => void;
}

const NodeCard = memo(function NodeCard({ node: n, width, height, detailed, selected, tabbable, bar, onSelect, onToggle, onFocusChange }: NodeCardProps) {
  const row = n.row!;
  const serious = row.findings.filter((f) => f.severity !== 'info');
  const info = row.findings.filter((f) => f.severity === 'info');
  const hasChildren = n.childCount > 0;
  const className = `node node--${row.kind.toLowerCase()}${selected ? ' node--selected' : ''}${serious.length ? ' node--finding' : ''}`;
  return (
    <g
      className={className}
      role="treeitem"
      data-id={n.id}
      aria-level={n.level}
      aria-posinset={n.posInSet}
      aria-setsize={n.setSize}
      aria-expanded={hasChildren ? n.expanded : undefined}
      aria-selected={selected}
      aria-label={nodeLabel(n)}
      tabIndex={tabbable ? 0 : -1}
      transform={`translate(${n.x},${n.y})`}
      onClick={(e) => {
        e.stopPropagation();
        onFocusChange(n.id);
        onSelect(n.id);
      }}
      onFocus={() => onFocusChange(n.id)}
    >
      <rect className="node__box" width={width} height={height} rx={6} />
      <rect className="node__stripe" width={5} height={height} rx={2} />
      {detailed ? (
        <>
          <KindIcon kind={row.kind} x={12} y={8} />
          <text className="node__name" x={34} y={20}>
            {truncate(row.name, serious.length ? 17 : 26)}
          </text>
          <text className={`node__sub${row.subtitle === 'No accountable owner' ? ' node__sub--missing' : ''}`} x={12} y={38}>
            {truncate(
              [row.subtitle, row.kind !== 'PERSON' && row.kind !== 'GROUP' && row.kind !== 'BODY' && row.kind !== 'COUNCIL' && row.headcount != null ? `${row.headcount} ${row.headcount === 1 ? 'person' : 'people'}` : null].filter(Boolean).join(' · '),
              info.length ? 29 : 36,
            )}
          </text>
          {serious[0] && (
            <g className="node__finding" transform={`translate(${width - 78},6)`}>
              <rect width={72} height={17} rx={8} />
              <WarningIcon x={5} y={2.5} />
              <text x={20} y={12.5}>
                {truncate(serious[0].label, 8)}
                {serious.length > 1 ? ` +${serious.length - 1}` : ''}
              </text>
            </g>
          )}
          {info[0] && (
            <g className="node__info" transform={`translate(${width - 50},${height - 21})`}>
              <rect width={44} height={16} rx={8} />
              <text x={22} y={11.5} textAnchor="middle">
                ⇄ {info[0].label}
              </text>
            </g>
          )}
          {bar > 0 && <rect className="node__bar" x={12} y={height - 5} width={bar} height={2} />}
        </>
      ) : (
        <text className="node__name node__name--far" x={12} y={height / 2 + 7}>
          {truncate(row.name, 18)}
        </text>
      )}
      {hasChildren && (
        // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG <g> without tabIndex is not focusable (Biome counts SVG elements it does not know as focusable); the treeitem's aria-expanded already says what this toggle shows
        <g
          className="node__toggle"
          transform={`translate(${width},${height / 2})`}
          onClick={(e) => {
            e.stopPropagation();
            onFocusChange(n.id);
            onToggle(n.id);
          }}
          aria-hidden="true"
        >
          <circle r={10} />
          <text y={4} textAnchor="middle">
            {n.expanded ? '−' : '+'}
          </text>
          {!n.expanded && detailed && (
            <text className="node__count" x={14} y={4}>
              {n.childCount}
            </text>
          )}
        </g>
      )}
    </g>
  );
});

const MoreNode = memo(function MoreNode({ node: n, width, height, tabbable, onMore, onFocusChange }: { node: LaidNode; width: number; height: number; tabbable: boolean; onMore: (parentId: string) => void; onFocusChange: (id: string) => void }) {
  const label = `${n.hiddenCount.toLocaleString('en-GB')} more`;
  return (
    <g
      className="node node--more"
      role="treeitem"
      data-id={n.id}
      aria-level={n.level}
      aria-posinset={n.posInSet}
      aria-setsize={n.setSize}
      aria-label={`Show more: ${label} not shown`}
      tabIndex={tabbable ? 0 : -1}
      transform={`translate(${n.x},${n.y})`}
      onClick={(e) => {
        e.stopPropagation();
        onFocusChange(n.id);
        onMore(n.parentId!);
      }}
      onFocus={() => onFocusChange(n.id)}
    >
      <rect className="node__box" width={width} height={height} rx={6} />
      <text className="node__name" x={width / 2} y={height / 2 + 5} textAnchor="middle">
        + {label} · show next
      </text>
    </g>
  );
});
