/**
 * Pure layout of a risk's score history: its inherent and residual scores (1 to 25) at each
 * assessment, as steps over time (a score holds until the next assessment), over the four bands. No DOM.
 */
import { scaleLinear, scaleUtc } from 'd3-scale';
import { line, curveStepAfter } from 'd3-shape';

export interface AssessmentInput {
  assessedOn: string;
  inherentScore: number;
  residualScore: number;
}

export interface HistoryLayout {
  width: number;
  height: number;
  inherentPath: string | null;
  residualPath: string | null;
  points: Array<{ x: number; inherentY: number; residualY: number; assessedOn: string; inherent: number; residual: number }>;
  /** The bands' stripes, low at the bottom. */
  bands: Array<{ band: 'LOW' | 'MEDIUM' | 'HIGH' | 'VERY_HIGH'; y: number; height: number }>;
  xTicks: Array<{ label: string; x: number }>;
  yTicks: Array<{ value: number; y: number }>;
  plot: { left: number; top: number; right: number; bottom: number };
}

const day = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);

export function layoutHistory(
  history: readonly AssessmentInput[],
  options: { width: number; height: number; until: string },
): HistoryLayout {
  const m = { top: 8, right: 12, bottom: 26, left: 30 };
  const plot = { left: m.left, top: m.top, right: options.width - m.right, bottom: options.height - m.bottom };
  const sorted = [...history].sort((a, b) => a.assessedOn.localeCompare(b.assessedOn));
  const first = sorted[0] ? day(sorted[0].assessedOn) : day(options.until) - 86_400_000;
  const last = Math.max(day(options.until), first + 86_400_000);
  const x = scaleUtc().domain([first, last]).range([plot.left, plot.right]);
  const y = scaleLinear().domain([0, 25]).range([plot.bottom, plot.top]);
  const points = sorted.map((a) => ({
    x: x(day(a.assessedOn)),
    inherentY: y(a.inherentScore),
    residualY: y(a.residualScore),
    assessedOn: a.assessedOn,
    inherent: a.inherentScore,
    residual: a.residualScore,
  }));
  // The last score holds until today: the step runs on to the right edge.
  const ends = points.length ? [...points, { ...points[points.length - 1]!, x: plot.right }] : [];
  const step = (pick: (p: (typeof ends)[number]) => number) =>
    line<(typeof ends)[number]>()
      .x((p) => p.x)
      .y(pick)
      .curve(curveStepAfter)(ends);
  const stripes = [
    { band: 'LOW' as const, from: 0, to: 4.5 },
    { band: 'MEDIUM' as const, from: 4.5, to: 9.5 },
    { band: 'HIGH' as const, from: 9.5, to: 14.5 },
    { band: 'VERY_HIGH' as const, from: 14.5, to: 25 },
  ];
  const ticks = x.ticks(Math.max(2, Math.floor((plot.right - plot.left) / 90)));
  return {
    width: options.width,
    height: options.height,
    inherentPath: ends.length ? step((p) => p.inherentY) : null,
    residualPath: ends.length ? step((p) => p.residualY) : null,
    points,
    bands: stripes.map((s) => ({ band: s.band, y: y(s.to), height: y(s.from) - y(s.to) })),
    xTicks: labelTicks(ticks, last - first < 90 * 86_400_000, x),
    yTicks: [5, 10, 15, 20, 25].map((v) => ({ value: v, y: y(v) })),
    plot,
  };
}

/** Tick labels (days over a short span, months otherwise), each label once. */
function labelTicks(ticks: readonly Date[], short: boolean, x: (d: Date) => number): Array<{ label: string; x: number }> {
  const format: Intl.DateTimeFormatOptions = short
    ? { day: 'numeric', month: 'short', timeZone: 'UTC' }
    : { month: 'short', year: 'numeric', timeZone: 'UTC' };
  const seen = new Set<string>();
  const out: Array<{ label: string; x: number }> = [];
  for (const t of ticks) {
    const label = t.toLocaleDateString('en-GB', format);
    if (!seen.has(label)) out.push({ label, x: x(t) });
    seen.add(label);
  }
  return out;
}
