import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Council, generatedIndicatorCode, Indicator, Measurement, seedMonthlyData } from '@goldenthread/db';
import { dialects, startTestServer, type Client, type TestServer } from '../testkit/index.js';

const SUFFOLK = 'E10000029';

const COMPARISON = `query($i: ID!) { comparison(indicatorId: $i, period: "2022-23") { count median
  entries { council { gssCode } value } } }`;
const SERIES = `query($i: [ID!]!, $from: String!, $to: String!) {
  indicatorSeries(indicatorIds: $i, from: $from, to: $to, gssCode: "${SUFFOLK}") {
  indicator { code } direction points { period value } } }`;

/**
 * Bigger data (issue 19, README "Bigger data"): generated local monthly indicators for every council
 * (`seed monthly`) change neither the answers to the national questions nor their number of statements,
 * and a series over a generated indicator costs the same statements as one over the demo council's own.
 */
describe.each(dialects())('bigger data on %s', (dialect) => {
  let server: TestServer;
  let ceo: Client; // a member of the demo council's staff
  let ascof: Array<{ id: string; code: string }>;

  const statements = async (query: string, variables: Record<string, unknown>) => {
    const { result, count } = await server.fewestStatements(() => ceo.gql(query, variables));
    expect(result.errors).toBeUndefined();
    return { data: result.data, count };
  };
  const localId = async (code: string) => {
    const council = (await ceo.gql(`{ council(gssCode: "${SUFFOLK}") { id } }`)).data.council.id;
    const res = await ceo.gql(`query($c: ID!, $code: String!) { indicator(framework: LOCAL, code: $code, councilId: $c) { id } }`, {
      c: council,
      code,
    });
    return res.data.indicator.id as string;
  };

  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'demo', publishedData: true });
    ceo = await server.memberOf(SUFFOLK);
    const res = await ceo.gql('{ indicators(first: 500, filter: { framework: ASCOF }) { nodes { id code } } }');
    ascof = res.data.indicators.nodes;
  }, 240_000);
  afterAll(async () => {
    await server?.close();
  });

  it('adds a year of monthly figures for each council and generated indicator, once', async () => {
    const em = server.em();
    const councils = await em.count(Council, { $or: [{ endDate: null }, { endDate: { $gte: '2024-04-01' } }] });
    const before = await em.count(Measurement, {});

    // The national questions, and a local monthly series, before.
    const national = { i: ascof.find((a) => a.code === '1C(1A)')?.id ?? ascof[0]!.id };
    const comparison0 = await statements(COMPARISON, national);
    const series0 = await statements(SERIES, { i: ascof.map((a) => a.id), from: '2020-21', to: '2022-23' });
    const demoLocal = await statements(SERIES, { i: [await localId('L-ASC-01')], from: '2024-04', to: '2025-03' });

    const added = await seedMonthlyData(em.fork(), { indicators: 4 });
    expect(added).toEqual({ councils, indicators: councils * 4, measurements: councils * 4 * 12 });
    expect(await em.fork().count(Measurement, {})).toBe(before + councils * 48);
    expect(await seedMonthlyData(em.fork(), { indicators: 4 })).toEqual({ councils: 0, indicators: 0, measurements: 0 });
    const mine = await em.fork().find(Indicator, { council: { gssCode: SUFFOLK }, code: { $like: 'GEN-%' } }, { orderBy: { code: 'asc' } });
    expect(mine.map((i) => i.code)).toEqual([1, 2, 3, 4].map(generatedIndicatorCode));

    // After: the same answers for the national questions, in the same number of statements.
    const comparison1 = await statements(COMPARISON, national);
    expect(comparison1.data).toEqual(comparison0.data);
    expect(comparison1.count).toBe(comparison0.count);
    const series1 = await statements(SERIES, { i: ascof.map((a) => a.id), from: '2020-21', to: '2022-23' });
    expect(series1.data).toEqual(series0.data);
    expect(series1.count).toBe(series0.count);

    // A generated indicator's series: its twelve months, in as many statements as the demo council's own local series.
    const generated = await statements(SERIES, { i: [await localId(generatedIndicatorCode(2))], from: '2024-04', to: '2025-03' });
    const points = generated.data.indicatorSeries[0].points;
    expect(points.map((p: { period: string }) => p.period)).toEqual([
      '2024-04',
      '2024-05',
      '2024-06',
      '2024-07',
      '2024-08',
      '2024-09',
      '2024-10',
      '2024-11',
      '2024-12',
      '2025-01',
      '2025-02',
      '2025-03',
    ]);
    expect(points.every((p: { value: number }) => p.value >= 0 && p.value <= 100)).toBe(true);
    expect(generated.count).toBe(demoLocal.count);
    console.log(
      `[${dialect}] statements: comparison ${comparison0.count} -> ${comparison1.count}, series ${series0.count} -> ${series1.count}, ` +
        `generated monthly series ${generated.count}`,
    );
  }, 240_000);
});
