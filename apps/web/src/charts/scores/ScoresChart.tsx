import { useChartWidth } from '../useChartWidth.js';
import { layoutScores, type ScoreLineInput } from './layout.js';

const GAP = 12;
const MIN_PANEL = 130;
const HEIGHT = 84;

/** Columns of panels that fit a width, and each panel's width. */
function grid(width: number): { columns: number; panel: number } {
  const columns = Math.max(1, Math.floor((width + GAP) / (MIN_PANEL + GAP)));
  return { columns, panel: Math.floor((width - GAP * (columns - 1)) / columns) };
}

const said = (p: { period: string; score: number | null }, max: number) =>
  `${p.period}: ${p.score === null ? 'cannot tell' : `${p.score} of ${max}`}`;

/**
 * Scores over periods as small multiples, one panel per line on a shared 0-to-max frame. Each panel is
 * an image whose label reads out every period's score; its caption gives the latest score and the change.
 */
export function ScoresChart({ lines, maxScore = 4, label }: { lines: readonly ScoreLineInput[]; maxScore?: number; label: string }) {
  const [ref, width] = useChartWidth<HTMLDivElement>(640, MIN_PANEL);
  const { columns, panel } = grid(width);
  const l = layoutScores(lines, { width: panel, height: HEIGHT, maxScore, margin: { top: 10, right: 10, bottom: 20, left: 18 } });
  const first = l.periods[0];
  return (
    <div ref={ref}>
      <ul className="scores" aria-label={label} style={{ gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`, gap: GAP }}>
        {l.panels.map((p, i) => {
          const line = lines[i]!;
          return (
            <li key={p.key} className="scores__panel">
              <span className="scores__label">{p.label}</span>
              <span className="scores__latest">
                {p.latest === null ? 'cannot tell yet' : `${p.latest} of ${maxScore}`}
                {p.change !== null && first && (
                  <span className={`scores__change scores__change--${p.change > 0 ? 'up' : p.change < 0 ? 'down' : 'same'}`}>
                    {p.change > 0 ? ` ▲ up ${p.change}` : p.change < 0 ? ` ▼ down ${-p.change}` : ' = no change'} since {first}
                  </span>
                )}
              </span>
              <svg
                className="chart scores__chart"
                width={panel}
                height={HEIGHT}
                role="img"
                aria-label={`${p.label}, score out of ${maxScore} by year: ${line.points.map((x) => said(x, maxScore)).join('; ')}.`}
              >
                <g className="grid">
                  {l.yTicks.map((t) => (
                    <line key={t.value} x1={l.plot.left} x2={l.plot.right} y1={t.y} y2={t.y} />
                  ))}
                </g>
                {p.gaps.map((g) => (
                  <text key={g.period} className="scores__gap" x={g.x} y={(l.plot.top + l.plot.bottom) / 2 + 4} textAnchor="middle">
                    ?
                  </text>
                ))}
                {p.path && <path className="scores__line" d={p.path} />}
                {p.points.map((pt) => (
                  <circle key={pt.period} className="scores__point" cx={pt.x} cy={pt.y} r={l.single ? 5 : 3.5} />
                ))}
                <g className="axis">
                  <line x1={l.plot.left} x2={l.plot.right} y1={l.plot.bottom} y2={l.plot.bottom} />
                  {l.xTicks.map((t) => (
                    <text key={t.period} x={t.x} y={l.plot.bottom + 14} textAnchor="middle">
                      {t.period}
                    </text>
                  ))}
                  {[l.yTicks[0]!, l.yTicks[l.yTicks.length - 1]!].map((t) => (
                    <text key={t.value} className="scores__tick" x={l.plot.left - 5} y={t.y + 3} textAnchor="end">
                      {t.value}
                    </text>
                  ))}
                </g>
              </svg>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
