/**
 * What every section builder shares: the builder's type, a paragraph, a chart block, the one table
 * builder (a column's header, width, kind and how to read its cell from a row, so a table is written
 * once, in one shape), and the words statuses are written in.
 */
import { layoutColumns } from '@goldenthread/charts/bars';
import { columnsSvg } from '@goldenthread/charts/svg';
import { plural } from '../format.js';
import type {
  Block,
  CellValue,
  Column,
  FigurePrecision,
  IndicatorTrendData,
  PriorityData,
  Rag,
  ReportData,
  Section,
  TrendPoint,
} from '../model.js';

export type Draft = Omit<Section, 'number'>;
/** A section of a pack, or null when it has nothing to say to this audience. */
export type Builder = (data: ReportData) => Draft | null;

export const text = (t: string): Block => ({ kind: 'paragraph', text: t });

/** A column of a table: its header, relative width, how its cells are written (default text) and read from a row. */
export type Col<T> = [
  header: string,
  width: number,
  cell: (row: T) => CellValue,
  kind?: Column['kind'],
  /** A decimal column's published precision for the row (an indicator's figures). */
  precision?: (row: T) => FigurePrecision | null,
];

/** The one table builder: a caption, the rows and their columns, and what to say when there are none. */
export function table<T>(caption: string, rows: readonly T[], cols: ReadonlyArray<Col<T>>, empty?: string): Block {
  return {
    kind: 'table',
    caption,
    columns: cols.map(([header, width, , kind, precision]) => ({
      header,
      kind: kind ?? 'text',
      width,
      ...(precision ? { precisions: rows.map(precision) } : {}),
    })),
    rows: rows.map((r) => cols.map(([, , cell]) => cell(r))),
    ...(empty === undefined ? {} : { empty }),
  };
}

/** A chart block, its size read from the SVG (the key under the plot makes it taller than the layout). */
export function chartBlock(caption: string, alt: string, svg: string): Block {
  const m = /^<svg[^>]* width="([\d.]+)" height="([\d.]+)"/.exec(svg);
  return { kind: 'chart', caption, alt, svg, width: Number(m?.[1] ?? 600), height: Number(m?.[2] ?? 300) };
}

export const STATUS_WORDS: Record<Rag, string> = { GREEN: 'On track', AMBER: 'At risk', RED: 'Off track', NONE: 'Not yet assessed' };
export const RAG_WORDS: Record<string, string> = {
  GREEN: 'Green: meets target',
  AMBER: 'Amber: within tolerance',
  RED: 'Red: beyond tolerance',
  NONE: 'No target',
};
export const DIRECTION_WORDS: Record<string, string> = {
  IMPROVING: 'Improving',
  STABLE: 'No significant change',
  DETERIORATING: 'Deteriorating',
  UNKNOWN: 'Not enough figures',
};
export const REASON_WORDS: Record<string, string> = {
  RED: 'red against target',
  RED_AGAINST_TARGET: 'red against target',
  BOTTOM_QUARTILE: 'bottom quartile of comparators',
  DETERIORATING: 'deteriorating',
};

/** Why a priority has its status, in words: the API's reason, else written from the milestone counts. */
export function performanceReason(p: PriorityData): string {
  if (p.performanceReason) return p.performanceReason;
  const m = p.milestones;
  if (m.total === 0)
    return p.targets.length ? `No milestones; ${plural(p.targets.length, 'target')} set.` : 'No milestones or targets recorded yet.';
  const parts: string[] = [];
  if (m.overdue) parts.push(`${m.overdue} of ${m.total} milestones overdue`);
  if (m.atRisk) parts.push(`${m.atRisk} at risk of slipping`);
  if (!parts.length) parts.push(`All ${m.total} milestones on schedule`);
  return `${parts.join('; ')} (${m.complete} complete).`;
}

/** Every priority of the tree, depth first, with its depth. */
export function flatten(priorities: readonly PriorityData[], depth = 0): Array<{ p: PriorityData; depth: number }> {
  return priorities.flatMap((p) => [{ p, depth }, ...flatten(p.children, depth + 1)]);
}

/** An indicator's latest period with a figure. */
export const latestFigure = (i: IndicatorTrendData | undefined): TrendPoint | undefined =>
  i ? [...i.points].reverse().find((p) => p.value !== null) : undefined;

/** Columns of priorities by performance status. */
export function statusChart(priorities: readonly PriorityData[], caption: string): Block | null {
  if (!priorities.length) return null;
  const order: Rag[] = ['GREEN', 'AMBER', 'RED', 'NONE'];
  const items = order.map((r) => ({ label: STATUS_WORDS[r], value: priorities.filter((p) => p.performance === r).length }));
  const l = layoutColumns(items, { width: 520, height: 200, max: Math.max(4, Math.ceil(Math.max(...items.map((i) => i.value)) / 4) * 4) });
  const alt = `${caption}: ${items.map((i) => `${i.label} ${i.value}`).join(', ')}.`;
  return chartBlock(caption, alt, columnsSvg(l, { label: alt }));
}
