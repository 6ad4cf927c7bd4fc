import { useChartWidth } from '../useChartWidth.js';
import { type AssessmentInput, layoutHistory } from './layout.js';

/** A risk's inherent and residual scores over time, over the four bands. */
export function HistoryChart({ history, until, label }: { history: readonly AssessmentInput[]; until: string; label: string }) {
  const [ref, width] = useChartWidth<HTMLDivElement>(480);
  const height = 180;
  const l = layoutHistory(history, { width, height, until });
  const said = history.map((h) => `${h.assessedOn} inherent ${h.inherentScore}, residual ${h.residualScore}`).join('; ');
  return (
    <div ref={ref}>
      <svg className="chart" width={width} height={height} role="img" aria-label={`${label}: ${said}.`}>
        {l.bands.map((b) => (
          <rect
            key={b.band}
            className={`history__band history__band--${b.band}`}
            x={l.plot.left}
            y={b.y}
            width={l.plot.right - l.plot.left}
            height={b.height}
          />
        ))}
        {l.inherentPath && <path className="history__inherent" d={l.inherentPath} />}
        {l.residualPath && <path className="history__residual" d={l.residualPath} />}
        {l.points.map((p) => (
          <g key={p.assessedOn}>
            <circle className="history__point history__point--inherent" cx={p.x} cy={p.inherentY} r={3.5}>
              <title>
                {p.assessedOn}: inherent {p.inherent}
              </title>
            </circle>
            <circle className="history__point" cx={p.x} cy={p.residualY} r={4}>
              <title>
                {p.assessedOn}: residual {p.residual}
              </title>
            </circle>
          </g>
        ))}
        <g className="axis">
          <line x1={l.plot.left} x2={l.plot.right} y1={l.plot.bottom} y2={l.plot.bottom} />
          {l.xTicks.map((t) => (
            <text key={t.label + t.x} x={t.x} y={l.plot.bottom + 16} textAnchor="middle">
              {t.label}
            </text>
          ))}
          {l.yTicks.map((t) => (
            <text key={t.value} x={l.plot.left - 6} y={t.y + 4} textAnchor="end">
              {t.value}
            </text>
          ))}
        </g>
      </svg>
      <ul className="chart-legend">
        <li>
          <span className="chart-legend__key" style={{ borderTopColor: 'var(--council)' }} /> Residual (after controls)
        </li>
        <li>
          <span className="chart-legend__key" style={{ borderTopColor: '#8a94a6', borderTopStyle: 'dashed' }} /> Inherent (before controls)
        </li>
      </ul>
    </div>
  );
}
