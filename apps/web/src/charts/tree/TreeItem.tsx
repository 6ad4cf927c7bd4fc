/**
 * One node of a tree chart: the treeitem (roving focus, aria level/position/expanded), its box, the
 * open/close toggle, and whatever the chart's renderer draws inside. Shared by every tree chart: the
 * explorer's organisation cards and the priority cascade's cards differ only in their renderer.
 */
import { memo, type ReactNode } from 'react';
import type { BaseRow, LaidNode } from './layout.js';

export interface NodeDrawing {
  width: number;
  height: number;
  /** False when zoomed far out: draw the name only. */
  detailed: boolean;
}

/** What a chart draws for its rows: the name read out, the classes and the content of each box. */
export interface NodeRenderer<R extends BaseRow> {
  label: (n: LaidNode<R>) => string;
  /** Classes beside `node` (its kind, a finding), e.g. `node--service node--finding`. */
  className: (n: LaidNode<R>) => string;
  /** What is inside the box (the box, the stripe and the toggle are the tree's). */
  content: (n: LaidNode<R>, d: NodeDrawing) => ReactNode;
  /** Classes of the link into a node (e.g. a broken link), beside `link`. */
  linkClass?: (target: LaidNode<R>) => string;
  /** Shown beside a closed node's toggle: how many are below. */
  countBelow?: (n: LaidNode<R>) => number;
}

interface TreeItemProps<R extends BaseRow> {
  node: LaidNode<R>;
  renderer: NodeRenderer<R>;
  drawing: NodeDrawing;
  selected: boolean;
  /** On the highlighted path (a person's thread, the way to the selected node). */
  highlighted: boolean;
  tabbable: boolean;
  onSelect: (id: string) => void;
  onToggle: (id: string, expand?: boolean) => void;
  onFocusChange: (id: string) => void;
}

function TreeItemImpl<R extends BaseRow>(props: TreeItemProps<R>) {
  const { node: n, renderer, drawing, selected, highlighted, tabbable, onSelect, onToggle, onFocusChange } = props;
  const { width, height, detailed } = drawing;
  const hasChildren = n.childCount > 0;
  const className = `node ${renderer.className(n)}${selected ? ' node--selected' : ''}${highlighted ? ' node--thread' : ''}`;
  const transform = `translate(${n.x},${n.y})`;
  return (
    <>
      <g
        className={className}
        role="treeitem"
        data-id={n.id}
        data-thread={highlighted ? 'true' : undefined}
        aria-level={n.level}
        aria-posinset={n.posInSet}
        aria-setsize={n.setSize}
        aria-expanded={hasChildren ? n.expanded : undefined}
        aria-selected={selected}
        aria-label={renderer.label(n) + (highlighted ? ', on the thread' : '')}
        tabIndex={tabbable ? 0 : -1}
        transform={transform}
        onClick={(e) => {
          e.stopPropagation();
          onFocusChange(n.id);
          onSelect(n.id);
        }}
        onFocus={() => onFocusChange(n.id)}
      >
        <rect className="node__box" width={width} height={height} rx={6} />
        <rect className="node__stripe" width={5} height={height} rx={2} />
        {hasChildren && (
          // The toggle is a <g> without tabIndex, so not focusable (Biome counts SVG elements it does not know as focusable);
          // the treeitem's aria-expanded already says what it shows.
          // biome-ignore lint/a11y/noAriaHiddenOnFocusable: not focusable (see above)
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
            {/* Drawn, not a character: the sign is no text for assistive technology to find outside the label. */}
            <path className="node__sign" d={n.expanded ? 'M-4.5,0 H4.5' : 'M-4.5,0 H4.5 M0,-4.5 V4.5'} />
            {!n.expanded && detailed && (
              <text className="node__count" x={14} y={4}>
                {renderer.countBelow ? renderer.countBelow(n) : n.childCount}
              </text>
            )}
          </g>
        )}
      </g>
      {/* The card's text, drawn over the box but outside the treeitem: the treeitem's label (aria-label) says it all once, and
        need not repeat truncated text word for word. Clicks go through it to the box. */}
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG <g> without tabIndex is not focusable (see the toggle) */}
      <g className={`${className} node__content`} transform={transform} aria-hidden="true">
        {renderer.content(n, drawing)}
      </g>
    </>
  );
}

export const TreeItem = memo(TreeItemImpl) as typeof TreeItemImpl;
