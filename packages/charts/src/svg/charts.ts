/**
 * Layouts drawn as SVG strings with the geometry of the web app's React charts (the same layout
 * functions, the same marks and colours), for documents that have no DOM: the report packs' HTML,
 * PDF (as vectors) and Word (as PNG). Each chart carries its key below the plot, since a document
 * has no HTML legend beside it.
 */
import type { ColumnLayout, RowLayout } from '../bars/layout.js';
import type { CompareLayout } from '../compare/layout.js';
import type { Band, HeatMapLayout } from '../heatmap/layout.js';
import type { HistoryLayout } from '../history/layout.js';
import type { SeriesLayout } from '../series/layout.js';
import { d, el, svgDocument, text } from './markup.js';
import { PALETTE } from './palette.js';

export interface KeyItem {
  label: string;
  /** A line key (stroke and dash) or a swatch (fill). */
  stroke?: string;
  dash?: string;
  fill?: string;
  /** A text sample instead (the gap's label). */
  sample?: string;
}

const GAP_LABEL = 'no figure';
const GAP_TEXT = { 'font-size': 11, 'font-style': 'italic', fill: '#667085' };

const KEY_ROW = 18;

/** The key under a chart: items left to right, wrapping at the width; returns the markup and its height. */
export function drawKey(items: readonly KeyItem[], top: number, width: number): { markup: string; height: number } {
  let x = 8;
  let y = top + 12;
  const parts: string[] = [];
  for (const item of items) {
    const lead = item.sample ? 12 + item.sample.length * 5.6 : 26;
    const w = lead + 4 + item.label.length * 6.2;
    if (x + w > width && x > 8) {
      x = 8;
      y += KEY_ROW;
    }
    parts.push(
      item.sample
        ? text(x, y, item.sample, GAP_TEXT)
        : item.fill
          ? el('rect', { x, y: y - 9, width: 20, height: 10, fill: item.fill })
          : el('line', {
              x1: x,
              x2: x + 20,
              y1: y - 4,
              y2: y - 4,
              stroke: item.stroke ?? PALETTE.council,
              'stroke-width': 2.5,
              'stroke-dasharray': item.dash,
            }),
    );
    parts.push(text(x + lead, y, item.label, { 'font-size': 11 }));
    x += w + 12;
  }
  return { markup: parts.join(''), height: items.length ? y - top + 8 : 0 };
}

const withKey = (width: number, height: number, label: string, body: string, key: readonly KeyItem[]): string => {
  const k = drawKey(key, height, width);
  return svgDocument(width, height + k.height, label, body + k.markup);
};

const RAG_FILL: Record<string, string> = { GREEN: PALETTE.green, AMBER: PALETTE.amber, RED: PALETTE.danger, NONE: PALETTE.council };

/**
 * An indicator's trend (SeriesChart): band, median, the median of English councils, England's and the
 * region's published figures, target, the council's line and RAG-shaped points.
 */
export function seriesSvg(l: SeriesLayout, options: { label: string; groupName?: string | null; regionName?: string | null }): string {
  const parts: string[] = [];
  for (const t of l.yTicks) parts.push(el('line', { x1: l.plot.left, x2: l.plot.right, y1: t.y, y2: t.y, stroke: PALETTE.grid }));
  // A period inside the council's series with no figure: a gap, labelled, never bridged.
  for (const g of l.gaps) parts.push(text(g.x, l.plot.bottom - 8, GAP_LABEL, { 'text-anchor': 'middle', ...GAP_TEXT }));
  if (l.bandPath) parts.push(el('path', { d: d(l.bandPath), fill: PALETTE.band }));
  // A comparator figure standing alone between gaps: the middle half as a bar, the medians as short level marks.
  for (const b of l.bandMarks)
    parts.push(el('rect', { x: b.x - 7, y: b.y1, width: 14, height: Math.max(2, b.y0 - b.y1), fill: PALETTE.band }));
  const stroke = (p: string | null, colour: string, width: number, dash?: string, cap?: string) =>
    p &&
    parts.push(
      el('path', { d: d(p), fill: 'none', stroke: colour, 'stroke-width': width, 'stroke-dasharray': dash, 'stroke-linecap': cap }),
    );
  stroke(l.medianPath, PALETTE.comparator, 1.5, '5 4');
  stroke(l.englandPath, PALETTE.comparator, 1.5, '1 3', 'round');
  stroke(l.englandPublishedPath, PALETTE.published, 2);
  stroke(l.regionPublishedPath, PALETTE.region, 2, '6 3');
  const level = (x: number, y: number, dash: string | undefined, cap?: string, colour: string = PALETTE.comparator) =>
    parts.push(
      el('line', {
        x1: x - 10,
        x2: x + 10,
        y1: y,
        y2: y,
        stroke: colour,
        'stroke-width': 1.5,
        'stroke-dasharray': dash,
        'stroke-linecap': cap,
      }),
    );
  for (const m of l.medianDots) level(m.x, m.y, '5 4');
  for (const m of l.englandDots) level(m.x, m.y, '1 3', 'round');
  for (const m of l.englandPublishedDots) level(m.x, m.y, undefined, undefined, PALETTE.published);
  for (const m of l.regionPublishedDots) level(m.x, m.y, '6 3', undefined, PALETTE.region);
  stroke(l.targetPath, PALETTE.gold, 2, '8 4');
  for (const t of l.targetMarks)
    parts.push(
      el('line', { x1: t.x - 18, x2: t.x + 18, y1: t.y, y2: t.y, stroke: PALETTE.gold, 'stroke-width': 2, 'stroke-dasharray': '8 4' }),
    );
  stroke(l.actualPath, PALETTE.council, 2.5);
  for (const p of l.points) {
    const mark = { fill: RAG_FILL[p.rag], stroke: '#ffffff', 'stroke-width': 1.5 };
    const shape =
      p.rag === 'RED'
        ? el('rect', { x: -5, y: -5, width: 10, height: 10, ...mark })
        : p.rag === 'AMBER'
          ? el('path', { d: 'M0,-6 L6,5 L-6,5 Z', ...mark })
          : el('circle', { r: 5, ...mark });
    const ring =
      p.status && p.status !== 'PUBLISHED' ? el('circle', { r: 8, fill: 'none', stroke: '#667085', 'stroke-dasharray': '2 2' }) : '';
    parts.push(el('g', { transform: `translate(${Math.round(p.x * 100) / 100},${Math.round(p.y * 100) / 100})` }, shape + ring));
  }
  parts.push(el('line', { x1: l.plot.left, x2: l.plot.right, y1: l.plot.bottom, y2: l.plot.bottom, stroke: PALETTE.lineStrong }));
  for (const t of l.xTicks) parts.push(text(t.x, l.plot.bottom + 18, t.period, { 'text-anchor': t.anchor }));
  for (const t of l.yTicks) parts.push(text(l.plot.left - 8, t.y + 4, t.label, { 'text-anchor': 'end' }));
  if (l.empty) parts.push(text(l.width / 2, l.height / 2, 'No figures recorded for these periods.', { 'text-anchor': 'middle' }));
  const key: KeyItem[] = [
    { label: 'This council (circle on target, triangle within tolerance, square off target)', stroke: PALETTE.council },
  ];
  if (l.targetPath || l.targetMarks.length) key.push({ label: 'Target', stroke: PALETTE.gold, dash: '8 4' });
  if (l.medianPath || l.bandPath || l.medianDots.length || l.bandMarks.length) {
    key.push({ label: `Median of ${options.groupName ?? 'comparators'}`, stroke: PALETTE.comparator, dash: '5 4' });
    key.push({ label: 'Middle half (inter-quartile range)', fill: PALETTE.band });
  }
  if (l.englandPath || l.englandDots.length) key.push({ label: 'Median of English councils', stroke: PALETTE.comparator, dash: '1 3' });
  if (l.englandPublishedPath || l.englandPublishedDots.length) key.push({ label: 'England (published)', stroke: PALETTE.published });
  if (l.regionPublishedPath || l.regionPublishedDots.length)
    key.push({ label: `${options.regionName ?? 'Region'} (published)`, stroke: PALETTE.region, dash: '6 3' });
  if (l.points.some((p) => p.status && p.status !== 'PUBLISHED'))
    key.push({ label: 'Dashed ring: not yet published', stroke: '#667085', dash: '2 2' });
  if (l.gaps.length) key.push({ label: 'nothing recorded for the period; the line is not joined across it', sample: GAP_LABEL });
  return withKey(l.width, l.height, options.label, parts.join(''), key);
}

/** Councils ranked best first (CompareChart), the council highlighted and named. */
export function compareSvg(l: CompareLayout, options: { label: string }): string {
  const parts: string[] = [];
  const right = l.width - 12;
  for (const t of l.yTicks) parts.push(el('line', { x1: 52, x2: right, y1: t.y, y2: t.y, stroke: PALETTE.grid }));
  for (const b of l.bars)
    parts.push(el('rect', { x: b.x, y: b.y, width: b.width, height: b.height, fill: b.highlighted ? PALETTE.gold : PALETTE.bar }));
  if (l.medianY != null) {
    parts.push(
      el('line', {
        x1: 52,
        x2: right,
        y1: l.medianY,
        y2: l.medianY,
        stroke: PALETTE.comparator,
        'stroke-width': 1.5,
        'stroke-dasharray': '5 4',
      }),
    );
    parts.push(text(l.width - 14, l.medianY - 4, 'median', { 'text-anchor': 'end' }));
  }
  const h = l.highlighted;
  if (h) {
    const cx = h.x + h.width / 2;
    parts.push(el('line', { x1: cx, x2: cx, y1: h.y - 4, y2: 14, stroke: PALETTE.gold, 'stroke-width': 1.5 }));
    const label = `${h.name}: ${h.value.toLocaleString('en-GB')}${h.rank ? ` (rank ${h.rank})` : ''}`;
    parts.push(
      text(Math.min(Math.max(cx, 80), l.width - 80), 11, label, {
        'text-anchor': 'middle',
        'font-weight': 'bold',
        fill: PALETTE.ink,
        'font-size': 11,
      }),
    );
  }
  for (const t of l.yTicks) parts.push(text(46, t.y + 4, t.value.toLocaleString('en-GB'), { 'text-anchor': 'end' }));
  parts.push(text(56, l.height - 6, 'best'));
  parts.push(text(l.width - 14, l.height - 6, 'worst', { 'text-anchor': 'end' }));
  return svgDocument(l.width, l.height, options.label, parts.join(''));
}

/** Columns over categories in order (ColumnChart). */
export function columnsSvg(l: ColumnLayout, options: { label: string; format?: (v: number) => string }): string {
  const format = options.format ?? ((v: number) => String(v));
  const parts: string[] = [];
  for (const t of l.yTicks) parts.push(el('line', { x1: l.plot.left, x2: l.plot.right, y1: t.y, y2: t.y, stroke: PALETTE.grid }));
  l.bars.forEach((b, i) => {
    if (b.value !== null) {
      parts.push(el('rect', { x: b.x, y: b.y, width: b.width, height: Math.max(b.height, b.value > 0 ? 1 : 0), fill: PALETTE.barSeries }));
      if (b.width >= 22) parts.push(text(b.x + b.width / 2, b.y - 3, format(b.value), { 'text-anchor': 'middle', 'font-size': 11 }));
    }
    if (i % l.labelEvery === 0) parts.push(text(b.x + b.width / 2, l.plot.bottom + 16, b.label, { 'text-anchor': 'middle' }));
  });
  parts.push(el('line', { x1: l.plot.left, x2: l.plot.right, y1: l.plot.bottom, y2: l.plot.bottom, stroke: PALETTE.lineStrong }));
  for (const t of l.yTicks) parts.push(text(l.plot.left - 6, t.y + 4, format(t.value), { 'text-anchor': 'end' }));
  return svgDocument(l.width, l.height, options.label, parts.join(''));
}

/** Labelled horizontal bars, largest first (RowChart). */
export function rowsSvg(l: RowLayout, options: { label: string }): string {
  const parts: string[] = [];
  for (const r of l.rows) {
    parts.push(text(r.x, r.labelY, r.label));
    parts.push(el('rect', { x: r.x, y: r.y, width: r.width, height: r.height, rx: 2, fill: PALETTE.barSeries }));
    parts.push(text(r.x + r.width + 6, r.y + r.height - 2, String(r.value), { 'font-size': 11 }));
  }
  if (l.rows.length === 0) parts.push(text(0, 20, 'None recorded.'));
  return svgDocument(l.width, l.height, options.label, parts.join(''));
}

export const BAND_WORDS: Record<Band, string> = { LOW: 'Low', MEDIUM: 'Medium', HIGH: 'High', VERY_HIGH: 'Very high' };

/** The 5x5 risk heat map (HeatMap): count in each cell, score in its corner, the bands as a key. */
export function heatMapSvg(l: HeatMapLayout, options: { label: string }): string {
  const parts: string[] = [];
  for (const c of l.cells) {
    parts.push(
      el('rect', {
        x: c.x,
        y: c.y,
        width: c.size,
        height: c.size,
        rx: 4,
        fill: PALETTE.heat[c.band],
        stroke: '#ffffff',
        'stroke-width': 2,
        opacity: c.count === 0 ? 0.55 : null,
      }),
    );
    if (c.count > 0)
      parts.push(
        text(c.x + c.size / 2, c.y + c.size / 2 + 6, String(c.count), {
          'text-anchor': 'middle',
          'font-size': 18,
          'font-weight': 'bold',
          fill: PALETTE.ink,
        }),
      );
    parts.push(text(c.x + 5, c.y + 14, String(c.score), { 'font-size': 10 }));
  }
  for (const t of l.xTicks) parts.push(text(t.x, l.plot.bottom + 16, String(t.value), { 'text-anchor': 'middle' }));
  parts.push(text((l.plot.left + l.plot.right) / 2, l.plot.bottom + 34, 'Impact', { 'text-anchor': 'middle' }));
  for (const t of l.yTicks) parts.push(text(l.plot.left - 10, t.y + 4, String(t.value), { 'text-anchor': 'end' }));
  parts.push(
    text(0, 0, 'Likelihood', { 'text-anchor': 'middle', transform: `translate(14,${(l.plot.top + l.plot.bottom) / 2}) rotate(-90)` }),
  );
  const ranges: Record<Band, string> = { LOW: '1-4', MEDIUM: '5-9', HIGH: '10-14', VERY_HIGH: '15-25' };
  const key = (['LOW', 'MEDIUM', 'HIGH', 'VERY_HIGH'] as const).map((b) => ({
    label: `${BAND_WORDS[b]} (${ranges[b]})`,
    fill: PALETTE.heat[b],
  }));
  return withKey(Math.max(l.width, 360), l.height, options.label, parts.join(''), key);
}

/** A risk's inherent and residual scores over time, over the four bands (HistoryChart). */
export function historySvg(l: HistoryLayout, options: { label: string }): string {
  const parts: string[] = [];
  for (const b of l.bands)
    parts.push(el('rect', { x: l.plot.left, y: b.y, width: l.plot.right - l.plot.left, height: b.height, fill: PALETTE.history[b.band] }));
  if (l.inherentPath)
    parts.push(
      el('path', { d: d(l.inherentPath), fill: 'none', stroke: PALETTE.inherent, 'stroke-width': 1.5, 'stroke-dasharray': '5 4' }),
    );
  if (l.residualPath) parts.push(el('path', { d: d(l.residualPath), fill: 'none', stroke: PALETTE.council, 'stroke-width': 2.5 }));
  for (const p of l.points) {
    parts.push(el('circle', { cx: p.x, cy: p.inherentY, r: 3.5, fill: PALETTE.inherent, stroke: '#ffffff', 'stroke-width': 1.5 }));
    parts.push(el('circle', { cx: p.x, cy: p.residualY, r: 4, fill: PALETTE.council, stroke: '#ffffff', 'stroke-width': 1.5 }));
  }
  parts.push(el('line', { x1: l.plot.left, x2: l.plot.right, y1: l.plot.bottom, y2: l.plot.bottom, stroke: PALETTE.lineStrong }));
  for (const t of l.xTicks) parts.push(text(t.x, l.plot.bottom + 16, t.label, { 'text-anchor': 'middle' }));
  for (const t of l.yTicks) parts.push(text(l.plot.left - 6, t.y + 4, String(t.value), { 'text-anchor': 'end' }));
  const key: KeyItem[] = [
    { label: 'Residual (after controls)', stroke: PALETTE.council },
    { label: 'Inherent (before controls)', stroke: PALETTE.inherent, dash: '5 4' },
  ];
  return withKey(l.width, l.height, options.label, parts.join(''), key);
}
