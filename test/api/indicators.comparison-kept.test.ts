import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Council, Indicator, Measurement, MeasurementStatus } from '@goldenthread/db';
import { dialects, startTestServer, type Client, type TestServer } from '../testkit/index.js';

const SUFFOLK = 'E10000029';
const COMPARISON = `query($i: ID!) { comparison(indicatorId: $i, period: "2020-21", gssCode: "${SUFFOLK}") { count median
  entries { council { gssCode } value highlighted } } }`;

/**
 * A comparison is the same for every viewer (published figures only), so the server keeps it under the
 * data version (shared/kept-reads.ts): asked again, it costs a few statements, not its reads; after any
 * committed change, whoever makes it, the next answer is computed afresh.
 */
describe.each(dialects())('comparisons kept under the data version on %s', (dialect) => {
  let server: TestServer;
  let ceo: Client;
  let indicatorId: string;
  let dbIndicatorId: number;

  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'demo', publishedData: true });
    ceo = await server.memberOf(SUFFOLK);
    const res = await ceo.gql('{ indicators(first: 500, filter: { framework: ASCOF }) { nodes { id code } } }');
    indicatorId = res.data.indicators.nodes.find((n: { code: string }) => n.code === '2A2').id;
    dbIndicatorId = (await server.em().findOneOrFail(Indicator, { code: '2A2' })).id;
  }, 240_000);
  afterAll(async () => {
    await server?.close();
  });

  const ask = async () => {
    const { result, count, statements } = await server.countStatements(() => ceo.gql(COMPARISON, { i: indicatorId }));
    expect(result.errors).toBeUndefined();
    return { data: result.data.comparison, count, statements };
  };
  const suffolkFigure = async () => {
    const em = server.em();
    const council = await em.findOneOrFail(Council, { gssCode: SUFFOLK });
    return em.findOneOrFail(Measurement, {
      council: council.id,
      indicator: dbIndicatorId,
      period: '2020-21',
      disaggregation: 'Total',
      status: MeasurementStatus.PUBLISHED,
    });
  };

  it('answers again from what it kept, with the same answer and fewer statements', async () => {
    const first = await ask();
    const again = await ask();
    expect(again.data).toEqual(first.data);
    expect(first.data.entries.length).toBeGreaterThan(100);
    expect(again.count).toBeLessThan(first.count);
    // Neither the figures nor the councils are read again (only the one asked about, by its GSS code).
    expect(again.statements.some((s) => /from [`"]?measurement[`"]?/i.test(s))).toBe(false);
    expect(again.statements.filter((s) => /from [`"]?council[`"]?/i.test(s) && !/gss_code/.test(s))).toEqual([]);
    expect(again.statements.some((s) => /from data_version/.test(s))).toBe(true);
  });

  it('computes afresh after a change made outside the server (raw SQL), and keeps that', async () => {
    const before = (await ask()).data.entries.find((e: { council: { gssCode: string } }) => e.council.gssCode === SUFFOLK);
    const m = await suffolkFigure();
    await server.em().getConnection().execute(`update measurement set value = ? where id = ?`, [12345.5, m.id]);
    const after = await ask();
    const own = after.data.entries.find((e: { council: { gssCode: string } }) => e.council.gssCode === SUFFOLK);
    expect(before.value).not.toBe(12345.5);
    expect(own).toMatchObject({ value: 12345.5, highlighted: true });
    expect(after.statements.some((s) => /from [`"]?measurement[`"]?/i.test(s))).toBe(true);
  });
});
