import { describe, expect, it } from 'vitest';
import { buildReport, filterToPortfolio } from './build.js';
import { performanceReason } from './sections/common.js';
import type { Block, ReportDocument } from './model.js';
import { renderHtml } from './render/html.js';
import { fixture } from './testing/fixture.js';

const tables = (doc: ReportDocument) =>
  [...doc.sections, doc.appendix].flatMap((s) => s.blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table'));
const allText = (doc: unknown) => JSON.stringify(doc);

describe('buildReport', () => {
  it('gives each audience its sections in order, numbered from 1, with the appendix last', () => {
    const titles = (a: Parameters<typeof fixture>[0]) => buildReport(fixture(a)).sections.map((s) => `${s.number} ${s.title}`);
    expect(titles('executive')).toEqual([
      '1 Summary',
      '2 Corporate priorities',
      '3 Exceptions',
      '4 Top risks',
      '5 Actions overdue',
      '6 Leadership health check',
    ]);
    expect(titles('scrutiny')).toEqual([
      '1 Summary',
      '2 Progress against targets',
      '3 Indicators: comparative trends',
      '4 Exceptions',
      '5 Commentary on the figures',
      '6 Scrutiny recommendations and responses',
      '7 Best Value reviews',
      '8 Complaint statistics',
      '9 Health interface indicators',
    ]);
    expect(titles('public')).toEqual([
      '1 What we said we would do',
      '2 How we are doing',
      '3 Where we need to do better',
      '4 What happened and what we are doing',
      '5 What you told us: complaints',
    ]);
    const doc = buildReport(fixture('executive'));
    expect(doc.appendix).toMatchObject({ number: 'A', title: 'Definitions and data sources' });
  });

  it('puts council, committee, meeting date, period and data as at on the cover; council and period in the running header', () => {
    const doc = buildReport(fixture('scrutiny'));
    expect(doc.cover).toEqual({
      title: 'Scrutiny performance report',
      council: 'Testshire',
      committee: 'Adults and Health Scrutiny Committee',
      meetingDate: '2025-01-15',
      period: '2024-25',
      dataAsAt: '2 January 2025, 09:30 UTC',
      audienceLabel: 'Scrutiny performance report',
      classification: 'Not for publication: contains unpublished figures',
    });
    expect(doc.runningHeader).toBe('Testshire \u2013 Scrutiny performance report \u2013 2024-25');
    expect(doc.fileName).toBe('testshire-scrutiny-2024-25');
    expect(buildReport(fixture('public')).cover.classification).toBe('Public');
  });

  it('gives every corporate priority its status and a reason, written from the milestones when the API gives none', () => {
    const doc = buildReport(fixture('executive'));
    const table = tables(doc).find((t) => t.caption === 'Corporate priorities: performance status')!;
    expect(table.rows).toEqual([
      ['Help people live independently at home', 'Ada Wiśniewska', 'On track', 'All 4 milestones on schedule (2 complete).'],
      ['Support unpaid carers', 'Ada Wiśniewska', 'Off track', '2 of 5 milestones overdue; 1 at risk of slipping (1 complete).'],
      ['Keep people safe', 'Ada Wiśniewska', 'Not yet assessed', 'No milestones or targets recorded yet.'],
    ]);
    const given = { ...fixture().priorities[0]!, performanceReason: 'Off target on 2 of 3 measures' };
    expect(performanceReason(given)).toBe('Off target on 2 of 3 measures');
  });

  it('lists every exception with its reasons in words, and counts them in the summary', () => {
    const doc = buildReport(fixture('scrutiny'));
    const exceptions = tables(doc).find((t) => t.caption === 'Performance exceptions')!;
    expect(exceptions.rows.map((r) => [r[0], r[3]])).toEqual([
      ['2B1 Older people still at home after reablement', 'red against target; bottom quartile of comparators'],
      ['LOC1 Reviews on time', 'deteriorating'],
    ]);
    const summary = tables(doc).find((t) => t.caption === 'Key figures')!;
    expect(summary.rows).toContainEqual(['Performance exceptions (red against target, bottom quartile or deteriorating)', 2]);
    expect(summary.rows).toContainEqual(['Risks rated very high after controls (residual score 15 or more)', 1]);
  });

  it('draws each indicator with two or more figures as a chart of the shared layout, with its comparators in the table', () => {
    const doc = buildReport(fixture('scrutiny'));
    const section = doc.sections.find((s) => s.id === 'indicators')!;
    const chart = section.blocks.find((b): b is Extract<Block, { kind: 'chart' }> => b.kind === 'chart')!;
    expect(chart.svg).toContain('Median of county councils');
    expect(chart.svg).toContain('Median of English councils');
    expect(chart.svg).toContain('England (published)');
    expect(chart.svg).toContain('East of England (published)');
    expect(chart.height).toBeGreaterThan(240); // the key under the plot
    const figures = tables(doc).find((t) => t.caption === '2B1 Older people still at home after reablement: figures')!;
    expect(figures.columns.map((c) => c.header)).toEqual([
      'Period',
      'Council',
      'Target',
      'RAG',
      'Data status',
      'Group median',
      'Lower quartile',
      'Upper quartile',
      'Median of English councils',
      'England (published)',
      'East of England (published)',
    ]);
    const f = fixture('scrutiny').indicators[0]!.comparators[2]!;
    expect(figures.rows[2]).toEqual([
      '2023-24',
      76.5,
      82,
      'Red: beyond tolerance',
      'Published',
      83,
      79,
      87,
      f.england,
      f.englandPublished,
      f.regionPublished,
    ]);
    // One figure makes no trend: the table only.
    const one = fixture('scrutiny');
    one.indicators[0]!.points = one.indicators[0]!.points.slice(0, 1);
    expect(
      buildReport(one)
        .sections.find((s) => s.id === 'indicators')!
        .blocks.some((b) => b.kind === 'chart'),
    ).toBe(false);
  });

  it('says risks and actions are for the council\u2019s people when the viewer may not see them, never inventing any', () => {
    const data = { ...fixture('executive'), risks: null, heatMap: null, overdueActions: null };
    const doc = buildReport(data);
    const risks = doc.sections.find((s) => s.id === 'risks')!;
    expect(risks.blocks).toEqual([{ kind: 'paragraph', text: 'Risk registers are available to the council\u2019s own people only.' }]);
    expect(
      tables(doc)
        .find((t) => t.caption === 'Key figures')!
        .rows.some((r) => String(r[0]).startsWith('Risks')),
    ).toBe(false);
  });

  it('narrows a portfolio pack to the priorities, services and directorates it covers', () => {
    const data = fixture('portfolio');
    data.portfolio = {
      id: 'F1',
      name: 'Adult Care',
      holders: ['Cllr Ash'],
      description: null,
      priorityIds: ['P1'],
      directorateIds: ['D1'],
      serviceIds: ['S1'],
    };
    const narrowed = filterToPortfolio(data);
    expect(narrowed.priorities.map((p) => p.name)).toEqual(['Help people live independently at home']);
    expect(narrowed.priorities[0]!.children.map((p) => p.name)).toEqual(['Expand reablement']);
    expect(narrowed.exceptions.map((e) => e.code)).toEqual(['2B1']);
    expect(narrowed.risks!.map((r) => r.reference)).toEqual(['ASC02']);
    expect(narrowed.overdueActions!.map((a) => a.title)).toEqual(['Recruit two reablement workers']);
    expect(narrowed.reviews).toEqual([]);
    expect(narrowed.complaints!.byService.map((s) => s.service)).toEqual(['Reablement']);
    const doc = buildReport(data);
    expect(doc.cover.title).toBe('Portfolio holder performance report: Adult Care');
    expect(doc.fileName).toBe('testshire-portfolio-adult-care-2024-25');
  });

  it('sums the health check by part, lists every answer with its score and change, and what would raise the lowest', () => {
    const doc = buildReport(fixture('executive'));
    const parts = tables(doc).find((t) => t.caption === 'Health check scores by part')!;
    expect(parts.rows).toEqual([
      ['The seven questions', 4, 8, '2 of 2'],
      ['The six barriers (scored by how far each is absent)', 4, 4, '1 of 1'],
      ['The eight habits', 0, 0, '0 of 1'],
      ['All parts', 8, 12, '3 of 4'],
    ]);
    const answers = tables(doc).find((t) => t.caption === 'Health check: every answer')!;
    expect(answers.columns.map((c) => c.header)).toEqual(['Part', 'Question', 'Score', 'Out of', 'Since 2023-24', 'What the records say']);
    expect(answers.rows.map((r) => [r[1], r[2], r[4]])).toEqual([
      ['Is there a clear direction?', 3, 'Up 1'],
      ['Are there targets?', 1, 'Down 1'],
      ['Too many priorities', 4, 'Same'],
      ['National agendas are followed', null, null],
    ]);
    expect(answers.rows[3]![5]).toBe('Cannot be scored: No national agenda is recorded.');
    const section = doc.sections.find((s) => s.id === 'health-check')!;
    expect(section.blocks.at(-1)).toEqual({ kind: 'list', items: ['Are there targets?: Record more for are there targets?'] });
    // Not for a viewer who may not read it, and never in the public pack.
    expect(buildReport({ ...fixture('executive'), healthCheck: null }).sections.some((s) => s.id === 'health-check')).toBe(false);
    expect(allText(buildReport(fixture('public')))).not.toMatch(/health check/i);
  });

  it('writes each commentary as what happened, why and what is being done, by whom and when; the public pack too', () => {
    const doc = buildReport(fixture('scrutiny'));
    const t = tables(doc).find((x) => x.caption === 'LOC1 Reviews on time: December 2024')!;
    expect(t.rows).toEqual([
      ['What happened', 'Reviews on time fell to 70% in December.'],
      ['Why', 'Two practitioners left.'],
      ['Written', 'Cara Lee, 21 January 2025'],
    ]);
    const pub = buildReport(fixture('public'));
    expect(allText(pub.sections.find((s) => s.id === 'what-changed'))).toContain('Reviews on time fell to 70% in December.');
    const none = buildReport({ ...fixture('scrutiny'), commentary: [] }).sections.find((s) => s.id === 'commentary')!;
    expect(none.blocks.at(-1)).toEqual({ kind: 'paragraph', text: 'No commentary has been written on this year\u2019s figures.' });
    expect(buildReport({ ...fixture('public'), commentary: [] }).sections.some((s) => s.id === 'what-changed')).toBe(false);
  });

  it('ends every pack with the definitions and the sources with their licences', () => {
    for (const audience of ['executive', 'portfolio', 'scrutiny', 'public'] as const) {
      const doc = buildReport(fixture(audience));
      const text = allText({ ...doc, sections: [] });
      expect(text).toContain('Open Government Licence v3.0');
      expect(text).toContain('CC BY 4.0');
      expect(text).toContain('Exception');
    }
    // The public pack does not define staff-only terms.
    expect(allText(buildReport(fixture('public')).appendix)).not.toContain('Overdue action');
  });
});

describe('renderHtml', () => {
  it('is one accessible page: language, a title, landmarks, captioned tables with header cells, charts with a name, no navigation', () => {
    const html = renderHtml(buildReport(fixture('scrutiny')));
    expect(html).toMatch(/^<!doctype html>\n<html lang="en-GB">/);
    expect(html).toContain('<title>Scrutiny performance report \u2013 Testshire \u2013 2024-25</title>');
    expect(html).not.toContain('<nav');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('<main>');
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html).toContain('<caption>Performance exceptions</caption>');
    expect(html).toContain('<th scope="col">Indicator</th>');
    expect(html).toMatch(
      /<svg[^>]+role="img" aria-label="2B1 Older people still at home after reablement: 2021-22 84.1, 2022-23 80.2, 2023-24 76.5.">/,
    );
    // Print: A4, page numbers, the running header, a new page for each section.
    expect(html).toContain('size: A4');
    expect(html).toContain('counter(page) " of " counter(pages)');
    expect(html).toContain('content: "Testshire \u2013 Scrutiny performance report \u2013 2024-25"');
    expect(html).toContain('section.report-section { break-before: page; }');
  });

  it('escapes what the council wrote', () => {
    const data = fixture('executive');
    data.priorities[0]!.name = 'Homes <script>alert(1)</script> & "care"';
    const html = renderHtml(buildReport(data));
    expect(html).toContain('Homes &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;care&quot;');
    expect(html).not.toContain('<script>');
  });
});
