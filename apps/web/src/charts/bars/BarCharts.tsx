import { useChartWidth } from '../useChartWidth.js';
import { type BarInput, layoutColumns, layoutRows } from './layout.js';

/** Columns over categories in order; `format` writes a value (a count, a percentage). */
export function ColumnChart({
  items,
  label,
  max,
  format = (v) => String(v),
  height = 200,
}: {
  items: readonly BarInput[];
  label: string;
  max?: number;
  format?: (v: number) => string;
  height?: number;
}) {
  const [ref, width] = useChartWidth<HTMLDivElement>(480);
  const l = layoutColumns(items, { width, height, max });
  return (
    <div ref={ref}>
      <svg
        className="chart"
        width={width}
        height={height}
        role="img"
        aria-label={`${label}: ${items.map((i) => `${i.label} ${i.value === null ? 'none' : format(i.value)}`).join(', ')}`}
      >
        <g className="grid">
          {l.yTicks.map((t) => (
            <line key={t.value} x1={l.plot.left} x2={l.plot.right} y1={t.y} y2={t.y} />
          ))}
        </g>
        {l.bars.map((b, i) => (
          <g key={i}>
            {b.value !== null && (
              <rect className="bar bar--series" x={b.x} y={b.y} width={b.width} height={Math.max(b.height, b.value > 0 ? 1 : 0)} />
            )}
            {b.value !== null && b.width >= 22 && (
              <text className="bar-label" x={b.x + b.width / 2} y={b.y - 3} textAnchor="middle">
                {format(b.value)}
              </text>
            )}
            {i % l.labelEvery === 0 && (
              <text x={b.x + b.width / 2} y={l.plot.bottom + 16} textAnchor="middle">
                {b.label}
              </text>
            )}
          </g>
        ))}
        <g className="axis">
          <line x1={l.plot.left} x2={l.plot.right} y1={l.plot.bottom} y2={l.plot.bottom} />
          {l.yTicks.map((t) => (
            <text key={t.value} x={l.plot.left - 6} y={t.y + 4} textAnchor="end">
              {format(t.value)}
            </text>
          ))}
        </g>
      </svg>
    </div>
  );
}

/** Labelled horizontal bars, largest first. */
export function RowChart({ items, label }: { items: readonly BarInput[]; label: string }) {
  const [ref, width] = useChartWidth<HTMLDivElement>(480);
  const l = layoutRows(items, { width });
  return (
    <div ref={ref}>
      <svg
        className="chart"
        width={width}
        height={l.height}
        role="img"
        aria-label={`${label}: ${l.rows.map((r) => `${r.label} ${r.value}`).join(', ')}`}
      >
        {l.rows.map((r) => (
          <g key={r.label}>
            <text x={r.x} y={r.labelY}>
              {r.label}
            </text>
            <rect className="bar bar--series" x={r.x} y={r.y} width={r.width} height={r.height} rx={2} />
            <text className="bar-label" x={r.x + r.width + 6} y={r.y + r.height - 2}>
              {r.value}
            </text>
          </g>
        ))}
        {l.rows.length === 0 && (
          <text x={0} y={20}>
            None recorded.
          </text>
        )}
      </svg>
    </div>
  );
}
