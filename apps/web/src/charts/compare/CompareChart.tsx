import { useWidth } from '../series/SeriesChart.js';
import { layoutComparison, type CompareEntryInput } from './layout.js';

/** Councils ranked best first, the council highlighted in gold and labelled. */
export function CompareChart({
  entries,
  median,
  label,
  format = (v) => v.toLocaleString('en-GB'),
}: {
  entries: readonly CompareEntryInput[];
  median: number | null;
  label: string;
  /** Writes a council's figure in its tooltip and label: the page's formatFigure with the indicator's precision. */
  format?: (value: number) => string;
}) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const l = layoutComparison(entries, median, { width, height: 240 });
  const h = l.highlighted;
  return (
    <div ref={ref}>
      <svg className="chart" width={width} height={l.height} role="img" aria-label={label}>
        <g className="grid">
          {l.yTicks.map((t) => (
            <line key={t.value} x1={52} x2={width - 12} y1={t.y} y2={t.y} />
          ))}
        </g>
        {l.bars.map((b, i) => (
          <rect key={i} className={`bar${b.highlighted ? ' bar--highlighted' : ''}`} x={b.x} y={b.y} width={b.width} height={b.height}>
            <title>
              {b.rank ? `${b.rank}. ` : ''}
              {b.name}: {format(b.value)}
            </title>
          </rect>
        ))}
        {l.medianY != null && (
          <g>
            <line className="median" x1={52} x2={width - 12} y1={l.medianY} y2={l.medianY} />
            <text x={width - 14} y={l.medianY - 4} textAnchor="end">
              median
            </text>
          </g>
        )}
        {h && (
          <g>
            <line x1={h.x + h.width / 2} x2={h.x + h.width / 2} y1={h.y - 4} y2={14} stroke="var(--gold)" strokeWidth={1.5} />
            <text
              className="bar-label bar-label--highlighted"
              x={Math.min(Math.max(h.x + h.width / 2, 80), width - 80)}
              y={11}
              textAnchor="middle"
            >
              {h.name}: {format(h.value)}
              {h.rank ? ` (rank ${h.rank})` : ''}
            </text>
          </g>
        )}
        <g className="axis">
          {l.yTicks.map((t) => (
            <text key={t.value} x={46} y={t.y + 4} textAnchor="end">
              {t.value.toLocaleString('en-GB')}
            </text>
          ))}
          <text x={56} y={l.height - 6}>
            ← best
          </text>
          <text x={width - 14} y={l.height - 6} textAnchor="end">
            worst →
          </text>
        </g>
      </svg>
    </div>
  );
}
