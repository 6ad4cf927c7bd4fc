/**
 * The executive's and portfolio holder's sections: the summary, the corporate priorities with their
 * performance status and reason, the exceptions, the top risks and the overdue actions. The summary
 * and the exceptions are the scrutiny pack's too.
 */
import { layoutHeatMap } from '@goldenthread/charts/heatmap';
import { heatMapSvg } from '@goldenthread/charts/svg';
import { dateTime, longDate, plural, words } from '../format.js';
import type { Block, ExceptionData, Rag } from '../model.js';
import { type Builder, chartBlock, performanceReason, REASON_WORDS, STATUS_WORDS, statusChart, table, text } from './common.js';

export const summary: Builder = (d) => {
  const corporate = d.priorities;
  const counts = (r: Rag) => corporate.filter((p) => p.performance === r).length;
  const figures: Array<[string, number]> = [
    ['Corporate priorities', corporate.length],
    ['On track', counts('GREEN')],
    ['At risk', counts('AMBER')],
    ['Off track', counts('RED')],
    ['Not yet assessed', counts('NONE')],
    ['Performance exceptions (red against target, bottom quartile or deteriorating)', d.exceptions.length],
  ];
  if (d.risks) {
    const high = d.risks.filter((r) => r.status !== 'CLOSED' && r.residualScore >= 15).length;
    figures.push(['Risks rated very high after controls (residual score 15 or more)', high]);
  }
  if (d.overdueActions) figures.push(['Actions overdue', d.overdueActions.length]);
  return {
    id: 'summary',
    title: 'Summary',
    blocks: [
      text(
        `This report sets out ${d.council.name}\u2019s performance for ${d.period}` +
          (d.portfolio ? `, for the ${d.portfolio.name} portfolio` : '') +
          `, using data as at ${dateTime(d.dataAsAt)}. Milestones and actions are judged as at ${longDate(d.asOf)}.`,
      ),
      table('Key figures', figures, [
        ['Measure', 4, (f) => f[0]],
        ['Number', 1, (f) => f[1], 'integer'],
      ]),
      text(
        d.includesUnpublished
          ? 'This pack contains figures not yet published (draft or validated). It is not for publication until they are.'
          : 'This pack shows published information only.',
      ),
    ],
  };
};

export const corporatePriorities: Builder = (d) => {
  const blocks: Block[] = [
    text(
      'Each corporate priority with its performance status and the reason for it. The status brings together the targets, ' +
        'direction of travel and milestones of the priority and everything below it.',
    ),
    table(
      'Corporate priorities: performance status',
      d.priorities,
      [
        ['Priority', 3, (p) => p.name],
        ['Lead', 1.5, (p) => p.owner],
        ['Status', 1, (p) => STATUS_WORDS[p.performance]],
        ['Reason', 3, performanceReason],
      ],
      'No corporate priorities are recorded for this year.',
    ),
  ];
  const chart = statusChart(d.priorities, 'Corporate priorities by performance status');
  if (chart) blocks.push(chart);
  return { id: 'priorities', title: 'Corporate priorities', blocks };
};

export const exceptions: Builder = (d) => ({
  id: 'exceptions',
  title: 'Exceptions',
  blocks: [
    text('Indicators red against their target, in the bottom quartile of the comparator group, or deteriorating: most serious first.'),
    table<ExceptionData>(
      'Performance exceptions',
      d.exceptions,
      [
        ['Indicator', 3, (e) => `${e.code} ${e.title}`],
        ['Period', 1, (e) => e.period],
        ['Severity', 1, (e) => words(e.severity)],
        ['Why', 2, (e) => e.reasons.map((r) => REASON_WORDS[r] ?? words(r).toLowerCase()).join('; ')],
        ['Detail', 3, (e) => e.message],
      ],
      'No exceptions for this period.',
    ),
  ],
});

const staffOnly = (id: string, title: string, what: string) => ({
  id,
  title,
  blocks: [text(`${what} available to the council\u2019s own people only.`)],
});

export const topRisks: Builder = (d) => {
  if (!d.risks) return staffOnly('risks', 'Top risks', 'Risk registers are');
  const top = [...d.risks]
    .filter((r) => r.status !== 'CLOSED')
    .sort((a, b) => b.residualScore - a.residualScore || a.reference.localeCompare(b.reference))
    .slice(0, 10);
  const blocks: Block[] = [
    text(
      `The ${plural(top.length, 'open risk')} with the highest residual scores (after controls), ` +
        `of ${plural(d.risks.length, 'risk')} on the registers.`,
    ),
    table(
      'Top risks by residual score',
      top,
      [
        ['Ref', 0.8, (r) => r.reference],
        ['Risk', 3, (r) => r.title],
        ['Register', 1.4, (r) => r.register],
        ['Owner', 1.4, (r) => r.owner],
        ['Inherent', 0.8, (r) => r.inherentScore, 'integer'],
        ['Residual', 0.8, (r) => r.residualScore, 'integer'],
        ['Review due', 1.2, (r) => r.reviewDue, 'date'],
      ],
      'No open risks are recorded.',
    ),
  ];
  if (d.heatMap) {
    const l = layoutHeatMap(d.heatMap, { width: 400 });
    const alt = `Residual risk heat map: ${l.total} risks by likelihood and impact`;
    blocks.push(chartBlock('Residual risk heat map (likelihood by impact)', alt, heatMapSvg(l, { label: alt })));
  }
  return { id: 'risks', title: 'Top risks', blocks };
};

export const overdueActions: Builder = (d) => {
  if (!d.overdueActions) return staffOnly('actions', 'Actions overdue', 'Actions are');
  return {
    id: 'actions',
    title: 'Actions overdue',
    blocks: [
      text(`Actions open or in progress after their due date, as at ${longDate(d.asOf)}, oldest first.`),
      table(
        'Overdue actions',
        d.overdueActions,
        [
          ['Action', 3, (a) => a.title],
          ['Owner', 1.5, (a) => a.owner],
          ['Service', 1.5, (a) => a.service],
          ['From', 1.2, (a) => words(a.source)],
          ['Due', 1.2, (a) => a.due, 'date'],
          ['Status', 1, (a) => words(a.status)],
        ],
        'No actions are overdue.',
      ),
    ],
  };
};
