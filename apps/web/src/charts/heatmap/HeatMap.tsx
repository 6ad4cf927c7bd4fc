import { type KeyboardEvent, useId } from 'react';
import { useChartWidth } from '../useChartWidth.js';
import { type Band, type HeatCellInput, layoutHeatMap } from './layout.js';

export const BAND_WORDS: Record<Band, string> = { LOW: 'Low', MEDIUM: 'Medium', HIGH: 'High', VERY_HIGH: 'Very high' };

export interface HeatMapProps {
  cells: readonly HeatCellInput[];
  /** What the scores are (before or after controls), for the chart's name. */
  label: string;
  selected: { likelihood: number; impact: number } | null;
  onSelect: (cell: { likelihood: number; impact: number } | null) => void;
}

/** The 5x5 heat map: each cell a button (its count, band in words and colour); a second press clears the filter. */
export function HeatMap({ cells, label, selected, onSelect }: HeatMapProps) {
  const [ref, width] = useChartWidth<HTMLDivElement>(480);
  const l = layoutHeatMap(cells, { width, selected });
  const titleId = useId();
  const press = (likelihood: number, impact: number) =>
    onSelect(selected?.likelihood === likelihood && selected.impact === impact ? null : { likelihood, impact });
  const key = (e: KeyboardEvent, likelihood: number, impact: number) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    press(likelihood, impact);
  };
  return (
    <div ref={ref} className="heatmap">
      <svg className="chart" width={l.width} height={l.height} aria-labelledby={titleId}>
        <title id={titleId}>{`${label}: ${l.total} risks by likelihood and impact`}</title>
        {l.cells.map((c) => {
          const risks = `${c.count} risk${c.count === 1 ? '' : 's'}`;
          const name = `Likelihood ${c.likelihood}, impact ${c.impact}: score ${c.score}, ${BAND_WORDS[c.band].toLowerCase()}, ${risks}`;
          return (
            // biome-ignore lint/a11y/useSemanticElements: an SVG cell cannot be an HTML button; it has the button's role, focus and keys
            <g
              key={`${c.likelihood}:${c.impact}`}
              role="button"
              tabIndex={0}
              aria-label={name}
              aria-pressed={c.selected}
              className={`heatmap__cell heatmap__cell--${c.band}${c.selected ? ' is-selected' : ''}${c.count === 0 ? ' is-empty' : ''}`}
              onClick={() => press(c.likelihood, c.impact)}
              onKeyDown={(e) => key(e, c.likelihood, c.impact)}
            >
              <title>{name}</title>
              <rect x={c.x} y={c.y} width={c.size} height={c.size} rx={4} />
            </g>
          );
        })}
        {/* The numbers drawn on the cells, outside the buttons (whose names say them in words) and letting clicks through. */}
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: the group holds only text; Biome takes an SVG <g> as focusable */}
        <g aria-hidden="true" pointerEvents="none">
          {l.cells.map((c) => (
            <g key={`${c.likelihood}:${c.impact}`}>
              {c.count > 0 && (
                <text x={c.x + c.size / 2} y={c.y + c.size / 2 + 6} textAnchor="middle" className="heatmap__count">
                  {c.count}
                </text>
              )}
              <text x={c.x + 5} y={c.y + 14} className="heatmap__score">
                {c.score}
              </text>
            </g>
          ))}
        </g>
        <g className="axis">
          {l.xTicks.map((t) => (
            <text key={t.value} x={t.x} y={l.plot.bottom + 16} textAnchor="middle">
              {t.value}
            </text>
          ))}
          <text x={(l.plot.left + l.plot.right) / 2} y={l.plot.bottom + 34} textAnchor="middle">
            Impact →
          </text>
          {l.yTicks.map((t) => (
            <text key={t.value} x={l.plot.left - 10} y={t.y + 4} textAnchor="end">
              {t.value}
            </text>
          ))}
          <text transform={`translate(14,${(l.plot.top + l.plot.bottom) / 2}) rotate(-90)`} textAnchor="middle">
            Likelihood →
          </text>
        </g>
      </svg>
      <ul className="chart-legend" aria-label="Key to the bands">
        {(['LOW', 'MEDIUM', 'HIGH', 'VERY_HIGH'] as const).map((b) => (
          <li key={b}>
            <span className={`band-swatch band-swatch--${b}`} aria-hidden="true" /> {BAND_WORDS[b]}
            {b === 'LOW' ? ' (1–4)' : b === 'MEDIUM' ? ' (5–9)' : b === 'HIGH' ? ' (10–14)' : ' (15–25)'}
          </li>
        ))}
      </ul>
    </div>
  );
}
