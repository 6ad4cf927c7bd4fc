/**
 * Pure layout of scores over periods as small multiples: one small panel per line (e.g. each of the
 * health check's 21 answers), all panels sharing one frame (the periods in order across, 0 to the
 * maximum score up), so panels compare at a glance. A null score is a gap: the line breaks there and
 * no point is drawn. With a single period there is nothing to join: points only. No DOM.
 */
import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';

export interface ScoreLineInput {
  key: string;
  label: string;
  points: ReadonlyArray<{ period: string; score: number | null }>;
}

export interface ScoresLayoutOptions {
  /** Size of one panel, in px. */
  width: number;
  height: number;
  /** The top of the scale (the health check's 4). */
  maxScore?: number;
  margin?: { top: number; right: number; bottom: number; left: number };
}

export interface ScorePoint {
  period: string;
  score: number;
  x: number;
  y: number;
}

export interface ScorePanel {
  key: string;
  label: string;
  /** Joined points (null with fewer than two scores), in panel coordinates. */
  path: string | null;
  points: ScorePoint[];
  /** Periods with no score (the data could not answer), where they fall across. */
  gaps: Array<{ period: string; x: number }>;
  /** The latest period's score (null when that period could not be answered or there is none). */
  latest: number | null;
  /** Latest score minus the first score that is not null; null with fewer than two scores or no latest. */
  change: number | null;
}

export interface ScoresLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  /** Every period any line has, oldest first. */
  periods: string[];
  /** Period labels under the plot: all when they fit, else the first and the last. */
  xTicks: Array<{ period: string; x: number }>;
  yTicks: Array<{ value: number; y: number }>;
  panels: ScorePanel[];
  /** Fewer than two periods: a trend needs more. */
  single: boolean;
  /** No score at all in any line. */
  empty: boolean;
}

const DEFAULT_MARGIN = { top: 6, right: 10, bottom: 20, left: 18 };
/** Room one period label needs ("2024-25" at the axis's font size). */
const LABEL_WIDTH = 48;

export function layoutScores(lines: readonly ScoreLineInput[], options: ScoresLayoutOptions): ScoresLayout {
  const { width, height } = options;
  const maxScore = options.maxScore ?? 4;
  const margin = options.margin ?? DEFAULT_MARGIN;
  const plot = { left: margin.left, top: margin.top, right: width - margin.right, bottom: height - margin.bottom };
  const periods = [...new Set(lines.flatMap((l) => l.points.map((p) => p.period)))].sort();
  const x = scalePoint<string>().domain(periods).range([plot.left, plot.right]).padding(0.5);
  const y = scaleLinear().domain([0, maxScore]).range([plot.bottom, plot.top]);
  const xOf = (p: string) => x(p) ?? (plot.left + plot.right) / 2;
  const fits = periods.length * LABEL_WIDTH <= plot.right - plot.left + LABEL_WIDTH / 2;
  const shown = fits || periods.length <= 2 ? periods : [periods[0]!, periods[periods.length - 1]!];

  const panels = lines.map((l): ScorePanel => {
    const byPeriod = new Map(l.points.map((p) => [p.period, p.score]));
    const row = periods.map((period) => ({ period, score: byPeriod.has(period) ? (byPeriod.get(period) ?? null) : null }));
    const points = row
      .filter((p): p is { period: string; score: number } => p.score !== null)
      .map((p) => ({ period: p.period, score: p.score, x: xOf(p.period), y: y(Math.max(0, Math.min(maxScore, p.score))) }));
    const path =
      points.length >= 2
        ? (line<(typeof row)[number]>()
            .defined((p) => p.score !== null)
            .x((p) => xOf(p.period))
            .y((p) => y(Math.max(0, Math.min(maxScore, p.score ?? 0))))(row) ?? null)
        : null;
    const latest = row.length ? (row[row.length - 1]!.score ?? null) : null;
    const first = points[0];
    return {
      key: l.key,
      label: l.label,
      path,
      points,
      gaps: row.filter((p) => p.score === null).map((p) => ({ period: p.period, x: xOf(p.period) })),
      latest,
      change: latest !== null && points.length >= 2 && first ? latest - first.score : null,
    };
  });

  return {
    width,
    height,
    plot,
    periods,
    xTicks: shown.map((period) => ({ period, x: xOf(period) })),
    yTicks: Array.from({ length: maxScore + 1 }, (_, v) => ({ value: v, y: y(v) })),
    panels,
    single: periods.length < 2,
    empty: panels.every((p) => p.points.length === 0),
  };
}
