/**
 * The priority cascade drawn with the shared tree chart (charts/tree): rows from the cascade query
 * (drawing.ts), laid out by the pure layout, React drawing the SVG and d3-zoom moving the viewport.
 * Opens three levels deep; the selected priority or a person's thread is revealed, centred and drawn
 * as a highlighted path. Collapse and paging state live here, in React state.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { DEFAULT_PAGE_SIZE, expandedToDepth, indexTree, layoutTree, reveal } from '../../charts/tree/layout.js';
import { type CenterRequest, TreeChart } from '../../charts/tree/TreeChart.js';
import { CARD_HEIGHT, CARD_WIDTH, CASCADE_NODES } from './CascadeCards.js';
import { type CascadeInput, cascadeRows, focusTarget, highlightedPath, type ThreadInput } from './drawing.js';
import './drawing.css';

const PRIORITY_KINDS = new Set(['CORPORATE', 'DIRECTORATE', 'SERVICE']);

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
  const [expanded, setExpanded] = useState<Set<string> | null>(null);
  const [shown, setShown] = useState<Map<string, number>>(() => new Map());
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [center, setCenter] = useState<CenterRequest | null>(null);
  const seq = useRef(0);
  const open = useMemo(() => expanded ?? expandedToDepth(index, 3), [expanded, index]);
  const layout = useMemo(() => {
    const started = performance.now();
    const result = layoutTree(index, { expanded: open, shown, nodeWidth: CARD_WIDTH, nodeHeight: CARD_HEIGHT, gapX: 56, gapY: 14 });
    performance.measure('gt:cascade-layout', { start: started });
    return result;
  }, [index, open, shown]);
  const highlighted = useMemo(() => highlightedPath(index, selectedId, thread), [index, selectedId, thread]);
  const target = useMemo(() => focusTarget(index, selectedId, thread), [index, selectedId, thread]);

  // A deep link (a priority in the URL, a person's thread) or a pick outside the drawing is revealed and centred;
  // a click in the drawing is already in view.
  const clicked = useRef<string | null>(null);
  const revealed = useRef<string | null>(null);
  useEffect(() => {
    if (!target) return;
    if (clicked.current === target) {
      clicked.current = null;
      revealed.current = target;
      return;
    }
    if (revealed.current === target) return;
    const state = reveal(index, target, open, shown);
    if (!state) return;
    revealed.current = target;
    setExpanded(state.expanded);
    setShown(state.shown);
    setFocusedId(target);
    setCenter({ id: target, seq: ++seq.current });
  }, [target, index, open, shown]);

  const onSelect = useCallback(
    (id: string) => {
      for (let at = index.byId.get(id); at; at = at.parent ?? undefined) {
        if (PRIORITY_KINDS.has(at.data.kind) && at.data.refId) {
          clicked.current = at.data.id;
          onSelectPriority(at.data.refId);
          return;
        }
      }
    },
    [index, onSelectPriority],
  );
  const onToggle = useCallback(
    (id: string, expand?: boolean) =>
      setExpanded((prev) => {
        const next = new Set(prev ?? open);
        if (expand ?? !next.has(id)) next.add(id);
        else next.delete(id);
        return next;
      }),
    [open],
  );
  const onMore = useCallback((parentId: string) => {
    setShown((prev) => new Map(prev).set(parentId, (prev.get(parentId) ?? DEFAULT_PAGE_SIZE) + DEFAULT_PAGE_SIZE));
  }, []);

  return (
    <div className="cascade-drawing">
      <div className="cascade-drawing__tools">
        <button type="button" className="button button--quiet" onClick={() => setExpanded(expandedToDepth(index, 2))}>
          Collapse
        </button>
        <button type="button" className="button button--quiet" onClick={() => setExpanded(expandedToDepth(index, 6))}>
          Open every level
        </button>
        <span className="small muted">Drag to pan, scroll or pinch to zoom. Arrow keys move; Enter or Space opens a branch.</span>
        {layout.capped && (
          <span className="pill pill--warning">
            Showing the first {layout.nodes.length.toLocaleString('en-GB')} nodes: collapse some branches to open more.
          </span>
        )}
      </div>
      <div className="cascade-drawing__chart">
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
