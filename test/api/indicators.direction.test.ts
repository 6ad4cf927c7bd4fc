/**
 * Direction of travel over the API on the real published data (issue 18, item 3): the change from the
 * previous figure decides `direction` and the DETERIORATING exceptions; the longer-run trend is its own
 * named figure. Trafford's ASCOF 2A(2) (older people's admissions to care homes per 100,000, lower is
 * better) went 539.5, 961.6, 639.4 from 2018-19 to 2020-21: a line fit through the three rises, while the
 * rate fell by a third in 2020-21. The values are read from the reference files the seed imports.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects, startTestServer, type TestServer } from '../testkit/index.js';

const TRAFFORD = 'E08000009';
const REFERENCE = path.resolve(import.meta.dirname, '../../packages/db/data/reference');

/** Trafford's 2A2 Total outcome per year, from the two NHS Digital files as published. */
function traffordAdmissions(): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of fs.readFileSync(path.join(REFERENCE, 'ascof_outcomes_2018_19_2019_20.csv'), 'utf8').split('\n')) {
    const cells = line.split(',');
    if (cells[2] === TRAFFORD && cells[4] === '2A2' && cells[5] === 'Total') out.set(cells[0]!, Number(cells[6]));
  }
  for (const line of fs.readFileSync(path.join(REFERENCE, 'ascof_2020_21_open_data.csv'), 'utf8').split('\n')) {
    const cells = line.split(',');
    if (cells[3] === TRAFFORD && cells[4] === '2A2' && cells[5] === 'Total' && cells[6] === 'Outcome') out.set('2020-21', Number(cells[7]));
  }
  return out;
}

const SERIES = `query($ids: [ID!]!, $from: String!, $to: String!, $gss: String) {
  indicatorSeries(indicatorIds: $ids, from: $from, to: $to, gssCode: $gss) {
    indicator { code } direction slope
    change { rule direction period value previousPeriod previousValue change noChangeBand }
    trend { direction slope pointsUsed periodsUsed } } }`;

const EXCEPTIONS = `query($gss: String!, $period: String!) {
  performanceExceptions(gssCode: $gss, period: $period) { message reasons indicator { id framework code } } }`;

describe.each(dialects())('direction of travel over the API on %s', (dialect) => {
  let server: TestServer;
  let admissions: string;

  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'reference', publishedData: true });
    const res = await server.gql(`{ indicator(framework: ASCOF, code: "2A2") { id } }`);
    admissions = res.data.indicator.id;
  });
  afterAll(async () => {
    await server?.close();
  });

  it("calls Trafford's 2A(2) improving in 2020-21, and gives the rising line fit as the longer-run trend apart", async () => {
    const published = traffordAdmissions();
    expect([...published.keys()].sort()).toEqual(['2018-19', '2019-20', '2020-21']);
    const res = await server.gql(SERIES, { ids: [admissions], from: '2018-19', to: '2020-21', gss: TRAFFORD });
    expect(res.errors).toBeUndefined();
    const s = res.data.indicatorSeries[0];
    expect(s.change).toMatchObject({
      rule: 'CHANGE_FROM_PREVIOUS',
      direction: 'IMPROVING',
      period: '2020-21',
      value: published.get('2020-21'),
      previousPeriod: '2019-20',
      previousValue: published.get('2019-20'),
    });
    expect(s.change.change).toBeCloseTo(published.get('2020-21')! - published.get('2019-20')!, 9);
    expect(s.change.noChangeBand).toBeCloseTo(0.02 * published.get('2019-20')!, 9);
    expect(s.direction).toBe('IMPROVING');
    // The line through the three rises by (639.4 - 539.5) / 2 a year: worse over the longer run.
    expect(s.trend).toMatchObject({ direction: 'DETERIORATING', pointsUsed: 3, periodsUsed: ['2018-19', '2019-20', '2020-21'] });
    expect(s.trend.slope).toBeCloseTo((published.get('2020-21')! - published.get('2018-19')!) / 2, 9);
    expect(s.slope).toBe(s.trend.slope);
  });

  it('makes no "worse" exception of it, and names the period compared with in those it makes', async () => {
    const res = await server.gql(EXCEPTIONS, { gss: TRAFFORD, period: '2020-21' });
    expect(res.errors).toBeUndefined();
    const found: { message: string; reasons: string[]; indicator: { id: string; framework: string; code: string } }[] =
      res.data.performanceExceptions;
    const own = found.find((f) => f.indicator.code === '2A2');
    expect(own?.reasons ?? []).not.toContain('DETERIORATING');

    // Across all councils' 2020-21 exceptions on the published data, each DETERIORATING one is a change for
    // the worse from the previous figure, and says which figure.
    const councils = await server.gql(`{ councils(first: 8) { nodes { gssCode } } }`);
    let checked = 0;
    for (const { gssCode } of councils.data.councils.nodes as { gssCode: string }[]) {
      const ex = await server.gql(EXCEPTIONS, { gss: gssCode, period: '2020-21' });
      for (const f of ex.data.performanceExceptions as typeof found) {
        if (!f.reasons.includes('DETERIORATING')) continue;
        const series = await server.gql(SERIES, { ids: [f.indicator.id], from: '2015-16', to: '2020-21', gss: gssCode });
        const c = series.data.indicatorSeries[0].change;
        expect(c).toMatchObject({ direction: 'DETERIORATING', period: '2020-21' });
        expect(f.message).toContain(`worse than in ${c.previousPeriod}`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
