/**
 * The scrutiny pack's indicator sections: the comparative trend over time of each national and local
 * indicator (a chart of the shared series layout, the figures with the comparator group's median and
 * middle half, the median of English councils, and England's and the region's published figures), and
 * the indicators at the health interface.
 */
import { layoutSeries } from '@goldenthread/charts/series';
import { seriesSvg } from '@goldenthread/charts/svg';
import { figure, words } from '../format.js';
import type { Block, IndicatorTrendData, TrendComparator, TrendPoint } from '../model.js';
import { type Builder, chartBlock, type Col, DIRECTION_WORDS, latestFigure, RAG_WORDS, table, text } from './common.js';

function said(ind: IndicatorTrendData): string {
  const better = ind.polarity === 'HIGHER_IS_BETTER' ? 'higher is better' : ind.polarity === 'LOWER_IS_BETTER' ? 'lower is better' : '';
  const latest = latestFigure(ind);
  const pos = ind.position;
  return [
    latest
      ? `Latest ${latest.period}: ${figure(latest.value as number, ind.precision)}${ind.unit ? ` ${ind.unit}` : ''}` +
        `${latest.target !== null ? ` against a target of ${figure(latest.target, ind.precision)}` : ''}.`
      : 'No figure recorded yet.',
    `Direction of travel (change from the previous figure): ${(DIRECTION_WORDS[ind.direction] ?? ind.direction).toLowerCase()}` +
      `${better ? ` (${better})` : ''}.`,
    pos?.rank && pos.count >= 4
      ? `Rank ${pos.rank} of ${pos.count} ${pos.groupName} in ${pos.period}${pos.quartile ? ` (quartile ${pos.quartile})` : ''}.`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
}

type Row = { p: TrendPoint; c: TrendComparator | undefined };

function trendBlocks(ind: IndicatorTrendData): Block[] {
  const l = layoutSeries(ind.points, ind.comparators, { width: 640, height: 240, maxXTicks: 8 });
  const figures = ind.points.map((p) => `${p.period} ${p.value === null ? 'none' : figure(p.value, ind.precision)}`);
  // Every figure of this indicator's table to its published precision.
  const own = () => ind.precision;
  const alt = `${ind.code} ${ind.title}: ${figures.join(', ')}.`;
  const byPeriod = new Map(ind.comparators.map((c) => [c.period, c]));
  const hasComparators = ind.comparators.some((c) => c.median !== null || c.england !== null);
  const columns: Array<Col<Row>> = [
    ['Period', 1, ({ p }) => p.period],
    [
      'Council',
      1,
      ({ p }) => p.value ?? (p.valueStatus === 'SUPPRESSED' ? 'Suppressed' : p.valueStatus === 'NOT_AVAILABLE' ? 'Not available' : null),
      'decimal',
      own,
    ],
    ['Target', 1, ({ p }) => p.target, 'decimal', own],
    ['RAG', 1.6, ({ p }) => (p.value === null ? null : (RAG_WORDS[p.rag] ?? p.rag))],
    ['Data status', 1, ({ p }) => (p.status ? words(p.status) : null)],
  ];
  if (hasComparators) {
    columns.push(
      ['Group median', 1, ({ c }) => c?.median ?? null, 'decimal', own],
      ['Lower quartile', 1, ({ c }) => c?.q1 ?? null, 'decimal', own],
      ['Upper quartile', 1, ({ c }) => c?.q3 ?? null, 'decimal', own],
      ['Median of English councils', 1, ({ c }) => c?.england ?? null, 'decimal', own],
    );
  }
  // The publisher's own figures for England and the region, named apart from the medians of councils.
  if (ind.comparators.some((c) => c.englandPublished != null))
    columns.push(['England (published)', 1, ({ c }) => c?.englandPublished ?? null, 'decimal', own]);
  if (ind.comparators.some((c) => c.regionPublished != null))
    columns.push([`${ind.regionName ?? 'Region'} (published)`, 1, ({ c }) => c?.regionPublished ?? null, 'decimal', own]);
  // A trend needs two figures: with fewer the table says it all.
  const valued = ind.points.filter((p) => p.value !== null).length;
  const caption = `${ind.code} ${ind.title}: trend${hasComparators ? ` against ${ind.groupName ?? 'comparators'} and England` : ''}`;
  // Periods with nothing recorded for the council or its comparators are left out of the table.
  const rows = ind.points
    .map((p) => ({ p, c: byPeriod.get(p.period) }))
    .filter(
      ({ p, c }) =>
        p.value !== null || p.valueStatus !== 'MISSING' || p.target !== null || (c && (c.median !== null || c.england !== null)),
    );
  return [
    { kind: 'heading', text: `${ind.code} ${ind.title}` },
    text(said(ind)),
    ...(valued >= 2
      ? [chartBlock(caption, alt, seriesSvg(l, { label: alt, groupName: ind.groupName, regionName: ind.regionName ?? null }))]
      : []),
    table(`${ind.code} ${ind.title}: figures`, rows, columns, 'No figures recorded for these years.'),
  ];
}

export const indicatorTrends: Builder = (d) => {
  const national = d.indicators.filter((i) => i.framework !== 'LOCAL');
  const local = d.indicators.filter((i) => i.framework === 'LOCAL');
  const blocks: Block[] = [
    text(
      'The comparative trend over time of each national and local indicator the council sets targets for: ' +
        'the council\u2019s figures, its target, ' +
        'the median and middle half of its comparator group, the median of English councils, and England\u2019s and the ' +
        'region\u2019s figures as NHS Digital publishes them (national indicators only).',
    ),
    table(
      'Indicators at a glance',
      d.indicators.map((i) => ({ i, latest: latestFigure(i) })),
      [
        ['Indicator', 3, ({ i }) => `${i.code} ${i.title}`],
        ['Latest period', 1, ({ latest }) => latest?.period ?? null],
        ['Latest', 1, ({ latest }) => latest?.value ?? null, 'decimal', ({ i }) => i.precision],
        ['Target', 1, ({ latest }) => latest?.target ?? null, 'decimal', ({ i }) => i.precision],
        ['Direction', 1.2, ({ i }) => DIRECTION_WORDS[i.direction] ?? i.direction],
        ['Quartile', 0.8, ({ i }) => i.position?.quartile ?? null, 'integer'],
      ],
      'The council sets no targets on indicators yet.',
    ),
  ];
  if (national.length) blocks.push({ kind: 'heading', text: 'National indicators' }, ...national.flatMap(trendBlocks));
  if (local.length) blocks.push({ kind: 'heading', text: 'Local indicators' }, ...local.flatMap(trendBlocks));
  return { id: 'indicators', title: 'Indicators: comparative trends', blocks };
};

export const healthInterface: Builder = (d) => {
  const trends = new Map(d.indicators.map((i) => [i.id, i]));
  const rows = d.healthInterfaces.map((h) => {
    const t = h.indicatorId ? trends.get(h.indicatorId) : undefined;
    return { h, t, latest: latestFigure(t) };
  });
  return {
    id: 'health-interface',
    title: 'Health interface indicators',
    blocks: [
      text('Indicators and services the council marks as at the interface with the NHS, with their partner body and latest figure.'),
      table(
        'Health interface indicators',
        rows,
        [
          ['Indicator or service', 3, ({ h }) => h.indicator ?? h.service],
          ['Partner', 1.8, ({ h }) => h.partnerBody],
          ['Latest period', 1, ({ latest }) => latest?.period ?? null],
          ['Latest', 0.9, ({ latest }) => latest?.value ?? null, 'decimal', ({ t }) => t?.precision ?? null],
          ['Direction', 1.1, ({ t }) => (t ? (DIRECTION_WORDS[t.direction] ?? null) : null)],
          ['Note', 2, ({ h }) => h.note],
        ],
        'No health interface indicators are marked.',
      ),
    ],
  };
};
