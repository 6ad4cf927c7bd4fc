import { useEffect, useRef, useState } from 'react';
import { layoutSeries, type ComparatorInput, type SeriesInput } from './layout.js';

const RAG_WORD: Record<string, string> = { GREEN: 'on target', AMBER: 'within tolerance', RED: 'off target', NONE: 'no target' };

/** Width of an element, following resizes (never below 240 px: a chart wider than its box would be cut off at its edge). */
export function useWidth<T extends HTMLElement>(fallback = 800): [React.RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const ro = new ResizeObserver(([e]) => e && setWidth(Math.max(240, Math.floor(e.contentRect.width))));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, width];
}

/** The indicator's trend: RAG points have a shape as well as a colour (circle, triangle, square). */
export function SeriesChart({
  series,
  comparators,
  title,
  groupName,
  regionName = null,
  unit,
  format = (v) => v.toLocaleString('en-GB'),
}: {
  series: readonly SeriesInput[];
  comparators: readonly ComparatorInput[];
  title: string;
  groupName: string | null;
  /** The council's region, whose published figure is drawn (regionPublished). */
  regionName?: string | null;
  unit?: string | null;
  /** Writes a figure in the tooltips: the page's formatFigure with the indicator's precision. */
  format?: (value: number) => string;
}) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const height = 320;
  const l = layoutSeries(series, comparators, { width, height, maxXTicks: Math.max(4, Math.floor(width / 90)) });
  const hasComparators = Boolean(l.medianPath || l.bandPath || l.medianDots.length || l.bandMarks.length);
  const hasEngland = Boolean(l.englandPath || l.englandDots.length);
  const hasEnglandPublished = Boolean(l.englandPublishedPath || l.englandPublishedDots.length);
  const hasRegionPublished = Boolean(l.regionPublishedPath || l.regionPublishedDots.length);
  return (
    <div ref={ref}>
      <svg
        className="chart"
        width={width}
        height={height}
        role="img"
        aria-label={`${title}: chart of the council's values${l.targetPath || l.targetMarks.length ? ', target' : ''}${
          hasComparators ? `, median and middle half of ${groupName ?? 'comparators'}` : ''
        }${hasEngland ? ', median of English councils' : ''}${hasEnglandPublished ? ', England (published)' : ''}${
          hasRegionPublished ? `, ${regionName ?? 'region'} (published)` : ''
        }. The table below has the same figures.`}
      >
        <g className="grid">
          {l.yTicks.map((t) => (
            <line key={t.value} x1={l.plot.left} x2={l.plot.right} y1={t.y} y2={t.y} />
          ))}
        </g>
        {l.gaps.map((g) => (
          <text key={g.period} className="chart__gap" x={g.x} y={l.plot.bottom - 8} textAnchor="middle">
            no figure
          </text>
        ))}
        {l.bandPath && <path className="band" d={l.bandPath} />}
        {l.bandMarks.map((b) => (
          <rect key={b.period} className="band" x={b.x - 7} width={14} y={b.y1} height={Math.max(2, b.y0 - b.y1)} />
        ))}
        {l.medianPath && <path className="median" d={l.medianPath} />}
        {l.medianDots.map((d) => (
          <line key={d.period} className="median" x1={d.x - 10} x2={d.x + 10} y1={d.y} y2={d.y} />
        ))}
        {l.englandPath && <path className="england" d={l.englandPath} />}
        {l.englandDots.map((d) => (
          <line key={d.period} className="england" x1={d.x - 10} x2={d.x + 10} y1={d.y} y2={d.y} />
        ))}
        {l.englandPublishedPath && <path className="england-published" d={l.englandPublishedPath} />}
        {l.englandPublishedDots.map((d) => (
          <line key={d.period} className="england-published" x1={d.x - 10} x2={d.x + 10} y1={d.y} y2={d.y} />
        ))}
        {l.regionPublishedPath && <path className="region-published" d={l.regionPublishedPath} />}
        {l.regionPublishedDots.map((d) => (
          <line key={d.period} className="region-published" x1={d.x - 10} x2={d.x + 10} y1={d.y} y2={d.y} />
        ))}
        {l.targetPath && <path className="target" d={l.targetPath} />}
        {l.targetMarks.map((t) => (
          <line key={t.period} className="target" x1={t.x - 18} x2={t.x + 18} y1={t.y} y2={t.y} />
        ))}
        {l.actualPath && <path className="actual" d={l.actualPath} />}
        {l.points.map((p) => (
          <g key={p.period} transform={`translate(${p.x},${p.y})`} className={`point point--${p.rag}`}>
            <title>
              {p.period}: {format(p.value)}
              {unit ? ` ${unit}` : ''}, {RAG_WORD[p.rag]}
              {p.status && p.status !== 'PUBLISHED' ? ` (${p.status.toLowerCase()})` : ''}
            </title>
            {p.rag === 'RED' ? (
              <rect x={-5} y={-5} width={10} height={10} />
            ) : p.rag === 'AMBER' ? (
              <path d="M0,-6 L6,5 L-6,5 Z" />
            ) : (
              <circle r={5} />
            )}
            {p.status && p.status !== 'PUBLISHED' && <circle r={8} fill="none" stroke="#667085" strokeDasharray="2 2" />}
          </g>
        ))}
        <g className="axis">
          <line x1={l.plot.left} x2={l.plot.right} y1={l.plot.bottom} y2={l.plot.bottom} />
          {l.xTicks.map((t) => (
            <text key={t.period} x={t.x} y={l.plot.bottom + 18} textAnchor={t.anchor}>
              {t.period}
            </text>
          ))}
          {l.yTicks.map((t) => (
            <text key={t.value} x={l.plot.left - 8} y={t.y + 4} textAnchor="end">
              {t.label}
            </text>
          ))}
        </g>
        {l.empty && (
          <text x={width / 2} y={height / 2} textAnchor="middle">
            No figures recorded for these periods.
          </text>
        )}
      </svg>
      <ul className="chart-legend">
        <li>
          <span className="chart-legend__key" style={{ borderTopColor: 'var(--council)' }} /> This council (● on target, ▲ within tolerance,
          ■ off target; dashed ring: not yet published)
        </li>
        <li>
          <span className="chart-legend__key" style={{ borderTopColor: 'var(--gold)', borderTopStyle: 'dashed' }} /> Target
        </li>
        {hasComparators && (
          <>
            <li>
              <span className="chart-legend__key" style={{ borderTopColor: '#5b6b85', borderTopStyle: 'dashed' }} /> Median of{' '}
              {groupName ?? 'comparators'}
            </li>
            <li>
              <span className="chart-legend__key" style={{ borderTopWidth: 10, borderTopColor: '#dfe6f3' }} /> Middle half (inter-quartile
              range)
            </li>
          </>
        )}
        {hasEngland && (
          <li>
            <span className="chart-legend__key" style={{ borderTopColor: '#5b6b85', borderTopStyle: 'dotted' }} /> Median of English
            councils
          </li>
        )}
        {hasEnglandPublished && (
          <li>
            <span className="chart-legend__key" style={{ borderTopColor: '#6941c6' }} /> England (published)
          </li>
        )}
        {hasRegionPublished && (
          <li>
            <span className="chart-legend__key" style={{ borderTopColor: '#0e7090', borderTopStyle: 'dashed' }} />{' '}
            {`${regionName ?? 'Region'} (published)`}
          </li>
        )}
      </ul>
    </div>
  );
}
