/**
 * The scrutiny pack's own sections: every priority's progress against milestones and targets, the
 * work programme's recommendations and responses, the Best Value reviews and the complaint statistics
 * (the public pack's complaints too).
 */
import { layoutRows } from '@goldenthread/charts/bars';
import { rowsSvg } from '@goldenthread/charts/svg';
import { cellText, longDate, words } from '../format.js';
import type { Block, ComplaintFiguresData } from '../model.js';
import { type Builder, chartBlock, type Col, flatten, performanceReason, STATUS_WORDS, statusChart, table, text } from './common.js';

export const progressAgainstTargets: Builder = (d) => {
  const all = flatten(d.priorities);
  const blocks: Block[] = [
    text('Every priority, corporate to service, with its status, milestones and the targets set for it.'),
    table(
      'Priorities: progress against milestones and targets',
      all,
      [
        ['Priority', 3, ({ p, depth }) => `${'\u2003'.repeat(depth)}${p.name}`],
        ['Level', 1.1, ({ p }) => words(p.level)],
        ['Status', 1.1, ({ p }) => STATUS_WORDS[p.performance]],
        ['Milestones', 1.2, ({ p }) => p.milestones.total, 'integer'],
        ['Complete', 1.1, ({ p }) => p.milestones.complete, 'integer'],
        ['Overdue', 1, ({ p }) => p.milestones.overdue, 'integer'],
        ['Reason', 2.5, ({ p }) => performanceReason(p)],
      ],
      'No priorities are recorded for this year.',
    ),
  ];
  const targets = all.flatMap(({ p }) => p.targets.map((t) => ({ priority: p.name, ...t })));
  if (targets.length) {
    const precisionOf = new Map(d.indicators.map((i) => [i.id, i.precision]));
    blocks.push(
      table('Targets set for the priorities', targets, [
        ['Priority', 2, (t) => t.priority],
        ['Indicator', 3, (t) => t.indicatorName],
        ['Period', 1, (t) => t.period],
        ['Target', 1, (t) => t.value, 'decimal', (t) => precisionOf.get(t.indicatorId) ?? null],
      ]),
    );
  }
  const chart = statusChart(
    all.map((a) => a.p),
    'All priorities by performance status',
  );
  if (chart) blocks.push(chart);
  return { id: 'progress', title: 'Progress against targets', blocks };
};

export const workProgramme: Builder = (d) => ({
  id: 'work-programme',
  title: 'Scrutiny recommendations and responses',
  blocks: [
    text('The recommendations of the council\u2019s scrutiny committees and the executive\u2019s responses, newest first.'),
    table(
      'Scrutiny recommendations and the executive\u2019s responses',
      d.recommendations,
      [
        ['Committee', 1.4, (r) => r.committee],
        ['Recommendation', 3, (r) => (r.topic ? `${r.text} (${r.topic})` : r.text)],
        ['Made', 1.2, (r) => r.madeOn, 'date'],
        ['Response due', 1.2, (r) => r.responseDue, 'date'],
        ['Response', 1.2, (r) => (r.response ? words(r.response) : r.unanswered ? 'Overdue' : 'Awaited')],
        ['What the executive said', 2.5, (r) => r.responseText],
      ],
      'No recommendations are recorded.',
    ),
    table(
      'Work programme topics',
      d.topics,
      [
        ['Committee', 1.5, (t) => t.committee],
        ['Topic', 3, (t) => (t.health ? `${t.title} (health scrutiny)` : t.title)],
        ['Status', 1, (t) => words(t.status)],
        ['Planned for', 1.2, (t) => t.plannedFor, 'date'],
      ],
      'No topics are on the work programme.',
    ),
  ],
});

export const bestValue: Builder = (d) => {
  const recommendations = d.reviews.flatMap((r) => r.recommendations.map((x) => ({ review: r.title, ...x })));
  return {
    id: 'best-value',
    title: 'Best Value reviews',
    blocks: [
      text('The council\u2019s Best Value reviews: their stage, the option chosen and the recommendations agreed.'),
      table(
        'Best Value reviews',
        d.reviews,
        [
          ['Review', 2.5, (r) => r.title],
          ['Service', 1.5, (r) => r.service ?? r.directorate],
          ['Stage', 1.3, (r) => words(r.status)],
          ['Since', 1.1, (r) => r.statusSince, 'date'],
          ['Option chosen', 1.3, (r) => (r.chosenOption ? words(r.chosenOption) : null)],
          ['Unit cost (£)', 1, (r) => r.unitCost, 'decimal'],
          ['Comparators’ (£)', 1.2, (r) => r.comparatorUnitCost, 'decimal'],
        ],
        'No Best Value reviews are recorded.',
      ),
      ...(recommendations.length
        ? [
            table('Recommendations of the reviews', recommendations, [
              ['Review', 2, (x) => x.review],
              ['Recommendation', 4, (x) => x.text],
              ['Agreed', 1.1, (x) => x.agreedOn, 'date'],
            ]),
          ]
        : []),
    ],
  };
};

const share = (v: number | null) => cellText(v, { header: '', kind: 'percent' });

export const complaints: Builder = (d) => {
  if (!d.complaints) return null;
  const c = d.complaints;
  const figures: Array<Col<ComplaintFiguresData & { service: string }>> = [
    ['Service', 2.5, (s) => s.service],
    ['Received', 1, (s) => s.received, 'integer'],
    ['Closed', 1, (s) => s.closed, 'integer'],
    ['Within timescale', 1, (s) => s.withinTimescaleShare, 'percent'],
    ['Upheld', 1, (s) => s.upheldShare, 'percent'],
  ];
  const blocks: Block[] = [
    text(
      `Complaints received from ${longDate(c.from)} to ${longDate(c.to)}: ${c.total.received} received, ${c.total.closed} closed, ` +
        `${share(c.total.withinTimescaleShare)} responded to within timescale and ` +
        `${share(c.total.upheldShare)} of those decided upheld or partly upheld.`,
    ),
    table('Complaint statistics by service', [...c.byService, { ...c.total, service: 'All services' }], figures),
  ];
  if (c.total.topThemes.length) {
    blocks.push(
      table('The most frequent themes', c.total.topThemes, [
        ['Theme', 3, (t) => t.theme],
        ['Complaints', 1, (t) => t.count, 'integer'],
      ]),
    );
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
