/**
 * The priority cascade drawn with the shared tree chart (charts/tree): rows from the cascade query
 * (drawing.ts), laid out by the pure layout, React drawing the SVG and d3-zoom moving the viewport.
 * Opens three levels deep; the selected priority or a person's thread is revealed, centred and drawn
 * as a highlighted path. Collapse and paging state live here, in React state.
 */
import { useCallback, useMemo, useRef } from 'react';
import { expandedToDepth, indexTree, layoutTree, type TreeIndex } from '../../charts/tree/layout.js';
import { TreeChart } from '../../charts/tree/TreeChart.js';
import { useTreeState } from '../../charts/tree/useTreeState.js';
import { CARD_HEIGHT, CARD_WIDTH, CASCADE_NODES } from './CascadeCards.js';
import { type CascadeInput, type CascadeRow, cascadeRows, focusTarget, highlightedPath, type ThreadInput } from './drawing.js';
import './drawing.css';

const PRIORITY_KINDS = new Set(['CORPORATE', 'DIRECTORATE', 'SERVICE']);
/** The council, its corporate priorities and what is directly under them. */
const openThreeLevels = (index: TreeIndex<CascadeRow>) => expandedToDepth(index, 3);

export interface CascadeDrawingProps {
  councilName: string;
  cascade: CascadeInput;
  selectedId: string | null;
  thread: ThreadInput | null;
  /** A priority picked in the drawing (a priority, or the priority an objective or target sits under). */
  onSelectPriority: (priorityId: string) => void;
}

export function CascadeDrawing({ councilName, cascade, selectedId, thread, onSelectPriority }: CascadeDrawingProps) {
  const rows = useMemo(() => cascadeRows(councilName, cascade, thread), [councilName, cascade, thread]);
  const index = useMemo(() => indexTree(rows, null), [rows]);
  const target = useMemo(() => focusTarget(index, selectedId, thread), [index, selectedId, thread]);
  const highlighted = useMemo(() => highlightedPath(index, selectedId, thread), [index, selectedId, thread]);
  // A thread opens zoomed to show all of it, the drawing scrolled into the window.
  const fit = useMemo(() => (thread ? [...highlighted] : undefined), [thread, highlighted]);
  const chartRef = useRef<HTMLDivElement>(null);
  const onRevealed = useCallback(() => {
    if (thread) chartRef.current?.scrollIntoView({ block: 'nearest' });
  }, [thread]);
  const { open, shown, focusedId, setFocusedId, center, onToggle, onMore, picked, setExpanded } = useTreeState(index, {
    initial: openThreeLevels,
    target,
    fit,
    onRevealed,
  });
  const layout = useMemo(() => {
    const started = performance.now();
    const result = layoutTree(index, { expanded: open, shown, nodeWidth: CARD_WIDTH, nodeHeight: CARD_HEIGHT, gapX: 56, gapY: 14 });
    performance.measure('gt:cascade-layout', { start: started });
    return result;
  }, [index, open, shown]);

  const onSelect = useCallback(
    (id: string) => {
      for (let at = index.byId.get(id); at; at = at.parent ?? undefined) {
        if (PRIORITY_KINDS.has(at.data.kind) && at.data.refId) {
          picked(at.data.id, true);
          onSelectPriority(at.data.refId);
          return;
        }
      }
    },
    [index, onSelectPriority, picked],
  );
  return (
    <div className="cascade-drawing">
      <div className="cascade-drawing__tools">
        <button type="button" className="button button--quiet" onClick={() => setExpanded(expandedToDepth(index, 2))}>
          Collapse
        </button>
        <button type="button" className="button button--quiet" onClick={() => setExpanded(expandedToDepth(index, 6))}>
          Open every level
        </button>
        <span className="small muted cascade-drawing__hint">
          Drag to pan, scroll or pinch to zoom. Arrow keys move; Enter or Space opens a branch.
        </span>
        {layout.capped && (
          <span className="pill pill--warning">
            Showing the first {layout.nodes.length.toLocaleString('en-GB')} nodes: collapse some branches to open more.
          </span>
        )}
      </div>
      <div className="cascade-drawing__chart" ref={chartRef}>
        <TreeChart
          layout={layout}
          renderer={CASCADE_NODES}
          label={`Priority cascade of ${councilName}`}
          highlighted={highlighted}
          selectedId={selectedId}
          focusedId={focusedId}
          onFocusChange={setFocusedId}
          onSelect={onSelect}
          onToggle={onToggle}
          onMore={onMore}
          centerRequest={center}
          resetKey={councilName}
        />
      </div>
      <DrawingKey threaded={highlighted.size > 0} />
    </div>
  );
}

function DrawingKey({ threaded }: { threaded: boolean }) {
  return (
    <ul className="cascade-drawing__key" aria-label="Key to the drawing">
      <li>
        <span className="legend__line" /> Delivers the one above
      </li>
      <li>
        <span className="legend__line legend__line--broken" /> Broken link: not traced to a corporate priority
      </li>
      <li>
        <span className="legend__badge">⚠ Orphan</span> Objective delivering no priority
      </li>
      <li>
        <span className="legend__badge legend__badge--info">⊘ Not a priority</span> Explicit non-priority
      </li>
      {threaded && (
        <li>
          <span className="legend__line legend__line--thread" /> The thread highlighted
        </li>
      )}
    </ul>
  );
}
