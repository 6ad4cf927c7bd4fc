/**
 * The report model's one pure function: a pack's data -> its document outline. Which sections an
 * audience gets, their order and numbers, their words, tables and charts; every renderer (HTML,
 * PDF, Word, Excel) draws the same outline.
 */
import { layoutColumns, layoutRows } from '@goldenthread/charts/bars';
import { layoutHeatMap } from '@goldenthread/charts/heatmap';
import { layoutSeries } from '@goldenthread/charts/series';
import { columnsSvg, heatMapSvg, rowsSvg, seriesSvg } from '@goldenthread/charts/svg';
import { appendixBlocks } from './definitions.js';
import { cellText, dateTime, longDate, number, plural, words } from './format.js';
import type {
  Audience,
  Block,
  CellValue,
  Column,
  IndicatorTrendData,
  PriorityData,
  Rag,
  ReportData,
  ReportDocument,
  Section,
} from './model.js';

type Draft = Omit<Section, 'number'>;
type Builder = (data: ReportData) => Draft | null;

export const AUDIENCE_LABELS: Record<Audience, string> = {
  executive: 'Executive performance report',
  portfolio: 'Portfolio holder performance report',
  scrutiny: 'Scrutiny performance report',
  public: 'How we are doing: a summary for residents, people who use services and carers',
};

export const DEFAULT_COMMITTEE: Record<Audience, string> = {
  executive: 'Cabinet',
  portfolio: 'Portfolio holder briefing',
  scrutiny: 'Scrutiny Committee',
  public: 'Residents, people who use services and carers',
};

export const STATUS_WORDS: Record<Rag, string> = { GREEN: 'On track', AMBER: 'At risk', RED: 'Off track', NONE: 'Not yet assessed' };
const RAG_WORDS: Record<string, string> = {
  GREEN: 'Green: meets target',
  AMBER: 'Amber: within tolerance',
  RED: 'Red: beyond tolerance',
  NONE: 'No target',
};
const DIRECTION_WORDS: Record<string, string> = {
  IMPROVING: 'Improving',
  STABLE: 'Stable',
  DETERIORATING: 'Deteriorating',
  UNKNOWN: 'Not enough figures',
};
const REASON_WORDS: Record<string, string> = {
  RED: 'red against target',
  RED_AGAINST_TARGET: 'red against target',
  BOTTOM_QUARTILE: 'bottom quartile of comparators',
  DETERIORATING: 'deteriorating',
};

/** Why a priority has its status, in words, when the API gave no reason. */
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

const text = (t: string): Block => ({ kind: 'paragraph', text: t });

/** A chart block, its size read from the SVG (the key under the plot makes it taller than the layout). */
function chartBlock(caption: string, alt: string, svg: string): Block {
  const m = /^<svg[^>]* width="([\d.]+)" height="([\d.]+)"/.exec(svg);
  return { kind: 'chart', caption, alt, svg, width: Number(m?.[1] ?? 600), height: Number(m?.[2] ?? 300) };
}

/** Every priority of the tree, depth first, with its depth. */
function flatten(priorities: readonly PriorityData[], depth = 0): Array<{ p: PriorityData; depth: number }> {
  return priorities.flatMap((p) => [{ p, depth }, ...flatten(p.children, depth + 1)]);
}

function statusChart(priorities: readonly PriorityData[], caption: string): Block | null {
  if (!priorities.length) return null;
  const order: Rag[] = ['GREEN', 'AMBER', 'RED', 'NONE'];
  const items = order.map((r) => ({ label: STATUS_WORDS[r], value: priorities.filter((p) => p.performance === r).length }));
  const l = layoutColumns(items, { width: 520, height: 200, max: Math.max(4, Math.ceil(Math.max(...items.map((i) => i.value)) / 4) * 4) });
  const alt = `${caption}: ${items.map((i) => `${i.label} ${i.value}`).join(', ')}.`;
  return chartBlock(caption, alt, columnsSvg(l, { label: alt }));
}

// ---------------------------------------------------------------------------------------------
// Section builders (each returns null when it has nothing to say to this audience)

const summary: Builder = (d) => {
  const corporate = d.priorities;
  const counts = (r: Rag) => corporate.filter((p) => p.performance === r).length;
  const blocks: Block[] = [
    text(
      `This report sets out ${d.council.name}\u2019s performance for ${d.period}` +
        (d.portfolio ? `, for the ${d.portfolio.name} portfolio` : '') +
        `, using data as at ${dateTime(d.dataAsAt)}. Milestones and actions are judged as at ${longDate(d.asOf)}.`,
    ),
    {
      kind: 'table',
      caption: 'Key figures',
      columns: [
        { header: 'Measure', kind: 'text', width: 4 },
        { header: 'Number', kind: 'integer', width: 1 },
      ],
      rows: [
        ['Corporate priorities', corporate.length],
        ['On track', counts('GREEN')],
        ['At risk', counts('AMBER')],
        ['Off track', counts('RED')],
        ['Not yet assessed', counts('NONE')],
        ['Performance exceptions (red against target, bottom quartile or deteriorating)', d.exceptions.length],
        ...(d.risks
          ? [
              [
                'Risks rated very high after controls (residual score 15 or more)',
                d.risks.filter((r) => r.status !== 'CLOSED' && r.residualScore >= 15).length,
              ] as CellValue[],
            ]
          : []),
        ...(d.overdueActions ? [['Actions overdue', d.overdueActions.length] as CellValue[]] : []),
      ],
    },
  ];
  if (!d.includesUnpublished) blocks.push(text('This pack shows published information only.'));
  else blocks.push(text('This pack contains figures not yet published (draft or validated). It is not for publication until they are.'));
  return { id: 'summary', title: 'Summary', blocks };
};

const priorityColumns: Column[] = [
  { header: 'Priority', kind: 'text', width: 3 },
  { header: 'Lead', kind: 'text', width: 1.5 },
  { header: 'Status', kind: 'text', width: 1 },
  { header: 'Reason', kind: 'text', width: 3 },
];

const corporatePriorities: Builder = (d) => {
  const blocks: Block[] = [
    text(
      d.priorities.some((p) => p.performanceReason)
        ? 'Each corporate priority with its performance status and the reason for it. The status brings together the targets, ' +
            'direction of travel and milestones of the priority and everything below it.'
        : 'Each corporate priority with its performance status and the reason for it. The status rolls up the milestones of the ' +
            'objectives delivering the priority.',
    ),
    {
      kind: 'table',
      caption: 'Corporate priorities: performance status',
      columns: priorityColumns,
      rows: d.priorities.map((p) => [p.name, p.owner, STATUS_WORDS[p.performance], performanceReason(p)]),
      empty: 'No corporate priorities are recorded for this year.',
    },
  ];
  const chart = statusChart(d.priorities, 'Corporate priorities by performance status');
  if (chart) blocks.push(chart);
  return { id: 'priorities', title: 'Corporate priorities', blocks };
};

const progressAgainstTargets: Builder = (d) => {
  const all = flatten(d.priorities);
  const blocks: Block[] = [
    text('Every priority, corporate to service, with its status, milestones and the targets set for it.'),
    {
      kind: 'table',
      caption: 'Priorities: progress against milestones and targets',
      columns: [
        { header: 'Priority', kind: 'text', width: 3 },
        { header: 'Level', kind: 'text', width: 1.1 },
        { header: 'Status', kind: 'text', width: 1.1 },
        { header: 'Milestones', kind: 'integer', width: 1.2 },
        { header: 'Complete', kind: 'integer', width: 1.1 },
        { header: 'Overdue', kind: 'integer', width: 1 },
        { header: 'Reason', kind: 'text', width: 2.5 },
      ],
      rows: all.map(({ p, depth }) => [
        `${depth ? `${'\u2003'.repeat(depth)}` : ''}${p.name}`,
        words(p.level),
        STATUS_WORDS[p.performance],
        p.milestones.total,
        p.milestones.complete,
        p.milestones.overdue,
        performanceReason(p),
      ]),
      empty: 'No priorities are recorded for this year.',
    },
  ];
  const targets = all.flatMap(({ p }) => p.targets.map((t) => [p.name, t.indicatorName, t.period, t.value] as const));
  if (targets.length) {
    blocks.push({
      kind: 'table',
      caption: 'Targets set for the priorities',
      columns: [
        { header: 'Priority', kind: 'text', width: 2 },
        { header: 'Indicator', kind: 'text', width: 3 },
        { header: 'Period', kind: 'text', width: 1 },
        { header: 'Target', kind: 'decimal', width: 1 },
      ],
      rows: targets.map((t) => [...t]),
    });
  }
  const chart = statusChart(
    all.map((a) => a.p),
    'All priorities by performance status',
  );
  if (chart) blocks.push(chart);
  return { id: 'progress', title: 'Progress against targets', blocks };
};

const exceptionColumns: Column[] = [
  { header: 'Indicator', kind: 'text', width: 3 },
  { header: 'Period', kind: 'text', width: 1 },
  { header: 'Severity', kind: 'text', width: 1 },
  { header: 'Why', kind: 'text', width: 2 },
  { header: 'Detail', kind: 'text', width: 3 },
];

const exceptions: Builder = (d) => ({
  id: 'exceptions',
  title: 'Exceptions',
  blocks: [
    text('Indicators red against their target, in the bottom quartile of the comparator group, or deteriorating: most serious first.'),
    {
      kind: 'table',
      caption: 'Performance exceptions',
      columns: exceptionColumns,
      rows: d.exceptions.map((e) => [
        `${e.code} ${e.title}`,
        e.period,
        words(e.severity),
        e.reasons.map((r) => REASON_WORDS[r] ?? words(r).toLowerCase()).join('; '),
        e.message,
      ]),
      empty: 'No exceptions for this period.',
    },
  ],
});

const topRisks: Builder = (d) => {
  if (!d.risks)
    return { id: 'risks', title: 'Top risks', blocks: [text('Risk registers are available to the council\u2019s own people only.')] };
  const top = [...d.risks]
    .filter((r) => r.status !== 'CLOSED')
    .sort((a, b) => b.residualScore - a.residualScore || a.reference.localeCompare(b.reference))
    .slice(0, 10);
  const blocks: Block[] = [
    text(
      `The ${plural(top.length, 'open risk')} with the highest residual scores (after controls), ` +
        `of ${plural(d.risks.length, 'risk')} on the registers.`,
    ),
    {
      kind: 'table',
      caption: 'Top risks by residual score',
      columns: [
        { header: 'Ref', kind: 'text', width: 0.8 },
        { header: 'Risk', kind: 'text', width: 3 },
        { header: 'Register', kind: 'text', width: 1.4 },
        { header: 'Owner', kind: 'text', width: 1.4 },
        { header: 'Inherent', kind: 'integer', width: 0.8 },
        { header: 'Residual', kind: 'integer', width: 0.8 },
        { header: 'Review due', kind: 'date', width: 1.2 },
      ],
      rows: top.map((r) => [r.reference, r.title, r.register, r.owner, r.inherentScore, r.residualScore, r.reviewDue]),
      empty: 'No open risks are recorded.',
    },
  ];
  if (d.heatMap) {
    const l = layoutHeatMap(d.heatMap, { width: 400 });
    const alt = `Residual risk heat map: ${l.total} risks by likelihood and impact`;
    blocks.push(chartBlock('Residual risk heat map (likelihood by impact)', alt, heatMapSvg(l, { label: alt })));
  }
  return { id: 'risks', title: 'Top risks', blocks };
};

const overdueActions: Builder = (d) => {
  if (!d.overdueActions)
    return { id: 'actions', title: 'Actions overdue', blocks: [text('Actions are available to the council\u2019s own people only.')] };
  return {
    id: 'actions',
    title: 'Actions overdue',
    blocks: [
      text(`Actions open or in progress after their due date, as at ${longDate(d.asOf)}, oldest first.`),
      {
        kind: 'table',
        caption: 'Overdue actions',
        columns: [
          { header: 'Action', kind: 'text', width: 3 },
          { header: 'Owner', kind: 'text', width: 1.5 },
          { header: 'Service', kind: 'text', width: 1.5 },
          { header: 'From', kind: 'text', width: 1.2 },
          { header: 'Due', kind: 'date', width: 1.2 },
          { header: 'Status', kind: 'text', width: 1 },
        ],
        rows: d.overdueActions.map((a) => [a.title, a.owner, a.service, words(a.source), a.due, words(a.status)]),
        empty: 'No actions are overdue.',
      },
    ],
  };
};

/**
 * SLOT: the health check summary (issue 14). Returns nothing until the health check's data is part
 * of ReportData (`healthCheck`); then it writes the summary for the executive and portfolio packs.
 */
export const healthCheckSummary: Builder = (d) => (d.healthCheck === undefined ? null : null);

/**
 * SLOT: commentary on the indicators (the performance commentary being built alongside). Returns
 * nothing until ReportData carries `commentary`.
 */
export const commentary: Builder = (d) => (d.commentary === undefined ? null : null);

function trendBlocks(ind: IndicatorTrendData): Block[] {
  const l = layoutSeries(ind.points, ind.comparators, { width: 640, height: 240, maxXTicks: 8 });
  const better = ind.polarity === 'HIGHER_IS_BETTER' ? 'higher is better' : ind.polarity === 'LOWER_IS_BETTER' ? 'lower is better' : '';
  const latest = [...ind.points].reverse().find((p) => p.value !== null);
  const pos = ind.position;
  const said = [
    latest
      ? `Latest ${latest.period}: ${number(latest.value as number)}${ind.unit ? ` ${ind.unit}` : ''}` +
        `${latest.target !== null ? ` against a target of ${number(latest.target)}` : ''}.`
      : 'No figure recorded yet.',
    `Direction of travel: ${(DIRECTION_WORDS[ind.direction] ?? ind.direction).toLowerCase()}${better ? ` (${better})` : ''}.`,
    pos?.rank && pos.count >= 4
      ? `Rank ${pos.rank} of ${pos.count} ${pos.groupName} in ${pos.period}${pos.quartile ? ` (quartile ${pos.quartile})` : ''}.`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
  const figures = ind.points.map((p) => `${p.period} ${p.value === null ? 'none' : number(p.value)}`);
  const alt = `${ind.code} ${ind.title}: ${figures.join(', ')}.`;
  const byPeriod = new Map(ind.comparators.map((c) => [c.period, c]));
  const hasComparators = ind.comparators.some((c) => c.median !== null || c.england !== null);
  const columns: Column[] = [
    { header: 'Period', kind: 'text', width: 1 },
    { header: 'Council', kind: 'decimal', width: 1 },
    { header: 'Target', kind: 'decimal', width: 1 },
    { header: 'RAG', kind: 'text', width: 1.6 },
    { header: 'Data status', kind: 'text', width: 1 },
    ...(hasComparators
      ? ([
          { header: 'Group median', kind: 'decimal', width: 1 },
          { header: 'Lower quartile', kind: 'decimal', width: 1 },
          { header: 'Upper quartile', kind: 'decimal', width: 1 },
          { header: 'England median', kind: 'decimal', width: 1 },
        ] as Column[])
      : []),
  ];
  // A trend needs two figures: with fewer the table says it all.
  const valued = ind.points.filter((p) => p.value !== null).length;
  const caption = `${ind.code} ${ind.title}: trend${hasComparators ? ` against ${ind.groupName ?? 'comparators'} and England` : ''}`;
  // Periods with nothing recorded for the council or its comparators are left out of the table.
  const rows = ind.points.filter((p) => {
    const c = byPeriod.get(p.period);
    return p.value !== null || p.valueStatus !== 'MISSING' || p.target !== null || (c && (c.median !== null || c.england !== null));
  });
  return [
    { kind: 'heading', text: `${ind.code} ${ind.title}` },
    text(said),
    ...(valued >= 2 ? [chartBlock(caption, alt, seriesSvg(l, { label: alt, groupName: ind.groupName }))] : []),
    {
      kind: 'table',
      caption: `${ind.code} ${ind.title}: figures`,
      columns,
      empty: 'No figures recorded for these years.',
      rows: rows.map((p) => {
        const c = byPeriod.get(p.period);
        const value =
          p.value ?? (p.valueStatus === 'SUPPRESSED' ? 'Suppressed' : p.valueStatus === 'NOT_AVAILABLE' ? 'Not available' : null);
        return [
          p.period,
          value,
          p.target,
          p.value === null ? null : (RAG_WORDS[p.rag] ?? p.rag),
          p.status ? words(p.status) : null,
          ...(hasComparators ? [c?.median ?? null, c?.q1 ?? null, c?.q3 ?? null, c?.england ?? null] : []),
        ];
      }),
    },
  ];
}

const indicatorTrends: Builder = (d) => {
  const national = d.indicators.filter((i) => i.framework !== 'LOCAL');
  const local = d.indicators.filter((i) => i.framework === 'LOCAL');
  const blocks: Block[] = [
    text(
      'The comparative trend over time of each national and local indicator the council sets targets for: ' +
        'the council\u2019s figures, its target, ' +
        'the median and middle half of its comparator group, and the England median (national indicators only).',
    ),
    {
      kind: 'table',
      caption: 'Indicators at a glance',
      columns: [
        { header: 'Indicator', kind: 'text', width: 3 },
        { header: 'Latest period', kind: 'text', width: 1 },
        { header: 'Latest', kind: 'decimal', width: 1 },
        { header: 'Target', kind: 'decimal', width: 1 },
        { header: 'Direction', kind: 'text', width: 1.2 },
        { header: 'Quartile', kind: 'integer', width: 0.8 },
      ],
      rows: d.indicators.map((i) => {
        const latest = [...i.points].reverse().find((p) => p.value !== null);
        return [
          `${i.code} ${i.title}`,
          latest?.period ?? null,
          latest?.value ?? null,
          latest?.target ?? null,
          DIRECTION_WORDS[i.direction] ?? i.direction,
          i.position?.quartile ?? null,
        ];
      }),
      empty: 'The council sets no targets on indicators yet.',
    },
  ];
  if (national.length) blocks.push({ kind: 'heading', text: 'National indicators' }, ...national.flatMap(trendBlocks));
  if (local.length) blocks.push({ kind: 'heading', text: 'Local indicators' }, ...local.flatMap(trendBlocks));
  return { id: 'indicators', title: 'Indicators: comparative trends', blocks };
};

const workProgramme: Builder = (d) => ({
  id: 'work-programme',
  title: 'Scrutiny recommendations and responses',
  blocks: [
    text('The recommendations of the council\u2019s scrutiny committees and the executive\u2019s responses, newest first.'),
    {
      kind: 'table',
      caption: 'Scrutiny recommendations and the executive\u2019s responses',
      columns: [
        { header: 'Committee', kind: 'text', width: 1.4 },
        { header: 'Recommendation', kind: 'text', width: 3 },
        { header: 'Made', kind: 'date', width: 1.2 },
        { header: 'Response due', kind: 'date', width: 1.2 },
        { header: 'Response', kind: 'text', width: 1.2 },
        { header: 'What the executive said', kind: 'text', width: 2.5 },
      ],
      rows: d.recommendations.map((r) => [
        r.committee,
        r.topic ? `${r.text} (${r.topic})` : r.text,
        r.madeOn,
        r.responseDue,
        r.response ? words(r.response) : r.unanswered ? 'Overdue' : 'Awaited',
        r.responseText,
      ]),
      empty: 'No recommendations are recorded.',
    },
    {
      kind: 'table',
      caption: 'Work programme topics',
      columns: [
        { header: 'Committee', kind: 'text', width: 1.5 },
        { header: 'Topic', kind: 'text', width: 3 },
        { header: 'Status', kind: 'text', width: 1 },
        { header: 'Planned for', kind: 'date', width: 1.2 },
      ],
      rows: d.topics.map((t) => [t.committee, t.health ? `${t.title} (health scrutiny)` : t.title, words(t.status), t.plannedFor]),
      empty: 'No topics are on the work programme.',
    },
  ],
});

const bestValue: Builder = (d) => ({
  id: 'best-value',
  title: 'Best Value reviews',
  blocks: [
    text('The council\u2019s Best Value reviews: their stage, the option chosen and the recommendations agreed.'),
    {
      kind: 'table',
      caption: 'Best Value reviews',
      columns: [
        { header: 'Review', kind: 'text', width: 2.5 },
        { header: 'Service', kind: 'text', width: 1.5 },
        { header: 'Stage', kind: 'text', width: 1.3 },
        { header: 'Since', kind: 'date', width: 1.1 },
        { header: 'Option chosen', kind: 'text', width: 1.3 },
        { header: 'Unit cost (£)', kind: 'decimal', width: 1 },
        { header: 'Comparators’ (£)', kind: 'decimal', width: 1.2 },
      ],
      rows: d.reviews.map((r) => [
        r.title,
        r.service ?? r.directorate,
        words(r.status),
        r.statusSince,
        r.chosenOption ? words(r.chosenOption) : null,
        r.unitCost,
        r.comparatorUnitCost,
      ]),
      empty: 'No Best Value reviews are recorded.',
    },
    ...(d.reviews.some((r) => r.recommendations.length)
      ? [
          {
            kind: 'table' as const,
            caption: 'Recommendations of the reviews',
            columns: [
              { header: 'Review', kind: 'text', width: 2 },
              { header: 'Recommendation', kind: 'text', width: 4 },
              { header: 'Agreed', kind: 'date', width: 1.1 },
            ] as Column[],
            rows: d.reviews.flatMap((r) => r.recommendations.map((x) => [r.title, x.text, x.agreedOn])),
          },
        ]
      : []),
  ],
});

const complaints: Builder = (d) => {
  if (!d.complaints) return null;
  const c = d.complaints;
  const blocks: Block[] = [
    text(
      `Complaints received from ${longDate(c.from)} to ${longDate(c.to)}: ${c.total.received} received, ${c.total.closed} closed, ` +
        `${cellText(c.total.withinTimescaleShare, { header: '', kind: 'percent' })} responded to within timescale and ` +
        `${cellText(c.total.upheldShare, { header: '', kind: 'percent' })} of those decided upheld or partly upheld.`,
    ),
    {
      kind: 'table',
      caption: 'Complaint statistics by service',
      columns: [
        { header: 'Service', kind: 'text', width: 2.5 },
        { header: 'Received', kind: 'integer', width: 1 },
        { header: 'Closed', kind: 'integer', width: 1 },
        { header: 'Within timescale', kind: 'percent', width: 1 },
        { header: 'Upheld', kind: 'percent', width: 1 },
      ],
      rows: [
        ...c.byService.map((s) => [s.service, s.received, s.closed, s.withinTimescaleShare, s.upheldShare]),
        ['All services', c.total.received, c.total.closed, c.total.withinTimescaleShare, c.total.upheldShare],
      ],
    },
  ];
  if (c.total.topThemes.length) {
    blocks.push({
      kind: 'table',
      caption: 'The most frequent themes',
      columns: [
        { header: 'Theme', kind: 'text', width: 3 },
        { header: 'Complaints', kind: 'integer', width: 1 },
      ],
      rows: c.total.topThemes.map((t) => [t.theme, t.count]),
    });
  }
  if (c.byService.length) {
    const l = layoutRows(
      c.byService.map((s) => ({ label: s.service, value: s.received })),
      { width: 560, rowHeight: 34 },
    );
    const alt = `Complaints received by service: ${l.rows.map((r) => `${r.label} ${r.value}`).join(', ')}.`;
    blocks.push(chartBlock('Complaints received by service', alt, rowsSvg(l, { label: alt })));
  }
  return { id: 'complaints', title: 'Complaint statistics', blocks };
};

const healthInterface: Builder = (d) => {
  const trends = new Map(d.indicators.map((i) => [i.id, i]));
  return {
    id: 'health-interface',
    title: 'Health interface indicators',
    blocks: [
      text('Indicators and services the council marks as at the interface with the NHS, with their partner body and latest figure.'),
      {
        kind: 'table',
        caption: 'Health interface indicators',
        columns: [
          { header: 'Indicator or service', kind: 'text', width: 3 },
          { header: 'Partner', kind: 'text', width: 1.8 },
          { header: 'Latest period', kind: 'text', width: 1 },
          { header: 'Latest', kind: 'decimal', width: 0.9 },
          { header: 'Direction', kind: 'text', width: 1.1 },
          { header: 'Note', kind: 'text', width: 2 },
        ],
        rows: d.healthInterfaces.map((h) => {
          const t = h.indicatorId ? trends.get(h.indicatorId) : undefined;
          const latest = t ? [...t.points].reverse().find((p) => p.value !== null) : undefined;
          return [
            h.indicator ?? h.service,
            h.partnerBody,
            latest?.period ?? null,
            latest?.value ?? null,
            t ? (DIRECTION_WORDS[t.direction] ?? null) : null,
            h.note,
          ];
        }),
        empty: 'No health interface indicators are marked.',
      },
    ],
  };
};

// The public pack: plain words, published data only.
const publicPriorities: Builder = (d) => ({
  id: 'what-we-said',
  title: 'What we said we would do',
  blocks: [
    text(`These are the priorities ${d.council.name} has told people about for ${d.period}, and how each is going.`),
    {
      kind: 'table',
      caption: 'Our priorities and how they are going',
      columns: [
        { header: 'What we said we would do', kind: 'text', width: 3 },
        { header: 'How it is going', kind: 'text', width: 1 },
      ],
      rows: d.priorities.map((p) => [p.name, STATUS_WORDS[p.performance]]),
      empty: 'We have not published our priorities for this year yet.',
    },
  ],
});

const publicMeasures: Builder = (d) => {
  const rows = d.indicators.map((i) => {
    const latest = [...i.points].reverse().find((p) => p.value !== null);
    const trend =
      i.direction === 'IMPROVING'
        ? 'Getting better'
        : i.direction === 'DETERIORATING'
          ? 'Getting worse'
          : i.direction === 'STABLE'
            ? 'About the same'
            : 'Too early to say';
    const compare = i.position?.quartile
      ? i.position.quartile <= 2
        ? 'Better than most similar councils'
        : 'Worse than most similar councils'
      : null;
    return [i.title, latest?.period ?? null, latest?.value ?? null, trend, compare];
  });
  const blocks: Block[] = [
    text('The published measures we track, the latest figure, whether it is getting better, and how we compare with similar councils.'),
    {
      kind: 'table',
      caption: 'How we are doing',
      columns: [
        { header: 'What we measure', kind: 'text', width: 3 },
        { header: 'Year', kind: 'text', width: 1 },
        { header: 'Latest', kind: 'decimal', width: 1 },
        { header: 'Trend', kind: 'text', width: 1.2 },
        { header: 'Compared with similar councils', kind: 'text', width: 1.6 },
      ],
      rows,
      empty: 'No published figures yet.',
    },
  ];
  return { id: 'how-we-are-doing', title: 'How we are doing', blocks };
};

const publicExceptions: Builder = (d) => ({
  id: 'do-better',
  title: 'Where we need to do better',
  blocks: [
    text('These measures are below our target, in the bottom quarter of similar councils, or getting worse. We are working on them.'),
    {
      kind: 'table',
      caption: 'Measures that need to get better',
      columns: [
        { header: 'What we measure', kind: 'text', width: 3 },
        { header: 'Year', kind: 'text', width: 1 },
        { header: 'Why it is here', kind: 'text', width: 2 },
      ],
      rows: d.exceptions.map((e) => [
        e.title,
        e.period,
        e.reasons
          .map((r) =>
            r === 'DETERIORATING' ? 'getting worse' : r === 'BOTTOM_QUARTILE' ? 'worse than most similar councils' : 'below target',
          )
          .join('; '),
      ]),
      empty: 'None of our published measures needs attention at the moment.',
    },
  ],
});

const publicComplaints: Builder = (d) => {
  const section = complaints(d);
  const how = text(
    `How to complain: contact ${d.council.name}\u2019s complaints team through the council\u2019s website or by phone. ` +
      'If you are not happy with our answer, you can ask the Local Government and Social Care Ombudsman to look at it.',
  );
  return {
    id: 'complaints',
    title: 'What you told us: complaints',
    blocks: [...(section?.blocks ?? [text('No complaint figures are published for this year.')]), how],
  };
};

const AUDIENCE_SECTIONS: Record<Audience, Builder[]> = {
  executive: [summary, corporatePriorities, exceptions, topRisks, overdueActions, healthCheckSummary],
  portfolio: [summary, corporatePriorities, exceptions, topRisks, overdueActions, healthCheckSummary],
  scrutiny: [
    summary,
    progressAgainstTargets,
    indicatorTrends,
    exceptions,
    commentary,
    workProgramme,
    bestValue,
    complaints,
    healthInterface,
  ],
  public: [publicPriorities, publicMeasures, publicExceptions, publicComplaints],
};

// ---------------------------------------------------------------------------------------------
// Portfolio filter (pure): the data narrowed to what a portfolio covers.

/** The priorities a portfolio covers with everything below them, and the chain above any it covers deeper down. */
function prune(priorities: readonly PriorityData[], keep: (p: PriorityData) => boolean): PriorityData[] {
  return priorities.flatMap((p) => {
    if (keep(p)) return [p];
    const children = prune(p.children, keep);
    return children.length ? [{ ...p, children }] : [];
  });
}

export function filterToPortfolio(d: ReportData): ReportData {
  const f = d.portfolio;
  if (!f) return d;
  const priorityIds = new Set(f.priorityIds);
  const services = new Set(f.serviceIds);
  const directorates = new Set(f.directorateIds);
  const priorities = prune(d.priorities, (p) => priorityIds.has(p.id));
  const indicatorIds = new Set(flatten(priorities).flatMap(({ p }) => [...p.targets.map((t) => t.indicatorId)]));
  return {
    ...d,
    priorities,
    exceptions: d.exceptions.filter((e) => indicatorIds.has(e.indicatorId)),
    risks: d.risks?.filter((r) => r.directorateId !== null && directorates.has(r.directorateId)) ?? null,
    heatMap: null,
    overdueActions: d.overdueActions?.filter((a) => a.serviceId !== null && services.has(a.serviceId)) ?? null,
    reviews: d.reviews.filter((r) => r.serviceId !== null && services.has(r.serviceId)),
    complaints: d.complaints && { ...d.complaints, byService: d.complaints.byService.filter((s) => services.has(s.serviceId)) },
  };
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The pack's outline: cover, numbered sections (those with something to say), appendix. */
export function buildReport(input: ReportData): ReportDocument {
  const data = input.audience === 'portfolio' ? filterToPortfolio(input) : input;
  const drafts = AUDIENCE_SECTIONS[data.audience].map((b) => b(data)).filter((s): s is Draft => s !== null);
  const sections = drafts.map((s, i) => ({ ...s, number: String(i + 1) }));
  const title =
    data.portfolio && data.audience === 'portfolio'
      ? `${AUDIENCE_LABELS.portfolio}: ${data.portfolio.name}`
      : AUDIENCE_LABELS[data.audience];
  return {
    audience: data.audience,
    language: 'en-GB',
    cover: {
      title,
      council: data.council.name,
      committee: data.committee,
      meetingDate: data.meetingDate,
      period: data.period,
      dataAsAt: dateTime(data.dataAsAt),
      audienceLabel: AUDIENCE_LABELS[data.audience],
      classification: data.includesUnpublished ? 'Not for publication: contains unpublished figures' : 'Public',
    },
    runningHeader: `${data.council.name} \u2013 ${title} \u2013 ${data.period}`,
    sections,
    appendix: { id: 'appendix', number: 'A', title: 'Definitions and data sources', blocks: appendixBlocks(data.audience) },
    fileName: [
      slug(data.council.name),
      data.audience,
      ...(data.portfolio && data.audience === 'portfolio' ? [slug(data.portfolio.name)] : []),
      data.period,
    ].join('-'),
  };
}
