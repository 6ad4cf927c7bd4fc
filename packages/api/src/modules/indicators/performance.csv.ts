/** Series and comparisons as CSV text (the import template's columns first, so a series can be imported again). */
import { type Indicator, ValueStatus } from '@goldenthread/db';
import type { CouncilRow, Series } from './performance.model.js';
import type { Comparison } from './performance.service.js';

function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: string[], rows: unknown[][]): string {
  const lines = [header, ...rows].map((r) => r.map(csvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

function shown(value: number | null, status: string): string {
  return status === ValueStatus.SUPPRESSED ? '[c]' : status === ValueStatus.NOT_AVAILABLE ? '[x]' : value === null ? '' : String(value);
}

/** Series as CSV: the import template's columns first (so it can be imported again), then RAG and direction. */
export function seriesCsv(series: Series[], councils: CouncilRow[]): string {
  const byId = new Map(councils.map((c) => [c.id, c]));
  const rows: unknown[][] = [];
  for (const s of series) {
    const c = byId.get(s.councilId)!;
    for (const p of s.points) {
      if (p.valueStatus === 'MISSING') continue;
      rows.push([
        c.gssCode,
        s.indicator.code,
        p.period,
        shown(p.value, p.valueStatus),
        p.numerator,
        p.denominator,
        '',
        s.disaggregation,
        c.name,
        s.indicator.framework,
        s.indicator.title,
        p.status,
        p.target,
        p.rag,
        s.direction,
      ]);
    }
  }
  return toCsv(
    [
      'gss_code',
      'indicator_code',
      'period',
      'value',
      'numerator',
      'denominator',
      'note',
      'disaggregation',
      'council',
      'framework',
      'indicator',
      'status',
      'target',
      'rag',
      'direction',
    ],
    rows,
  );
}

/** A published area figure as a line of the comparison's CSV (after the councils'). */
export interface PublishedLine {
  gssCode: string;
  label: string;
  value: number | null;
  valueStatus: string;
}

/**
 * The comparison as CSV: the councils ranked, then England's and the region's published figures (named
 * "England (published)", "<region> (published)", no rank: they are not councils), and the median's label.
 */
export function comparisonCsv(c: Comparison, indicator: Indicator, councils: CouncilRow[], published: PublishedLine[] = []): string {
  const byId = new Map(councils.map((x) => [x.id, x]));
  const areas = published.map((f) => [
    null,
    null,
    null,
    f.gssCode,
    f.label,
    indicator.code,
    c.period,
    c.disaggregation,
    shown(f.value, f.valueStatus),
    f.valueStatus,
    '',
    '',
    null,
  ]);
  return toCsv(
    [
      'rank',
      'quartile',
      'percentile',
      'gss_code',
      'council',
      'indicator_code',
      'period',
      'disaggregation',
      'value',
      'value_status',
      'highlighted',
      'group',
      'group_median',
    ],
    c.entries
      .map((e) => {
        const council = byId.get(e.councilId)!;
        return [
          e.rank,
          e.quartile,
          e.percentile === null ? null : Number(e.percentile.toFixed(2)),
          council.gssCode,
          council.name,
          indicator.code,
          c.period,
          c.disaggregation,
          shown(e.value, e.status),
          e.status,
          e.highlighted ? 'yes' : '',
          c.groupName,
          c.median,
        ];
      })
      .concat(areas),
  );
}
