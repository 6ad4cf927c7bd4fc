import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Council, Indicator, Measurement } from '@goldenthread/db';
import { dialects, errorCode, startTestServer, type Client, type TestServer } from '../testkit/index.js';

/**
 * Monthly figures rolled up to the financial year by the indicator's stated rule (issue 18, item 7;
 * docs/methods/performance.md "Rolling monthly and quarterly figures up to the year"), checked against the
 * stored figures; the rule is changed with updateIndicator. And the data owners' figure in the health
 * check's count of checks (item 8).
 */
const GSS = 'E10000029';
const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');
const SERIES = `query($id: ID!) { indicatorSeries(indicatorIds: [$id], from: "2023-04", to: "2025-03", gssCode: "${GSS}") {
  indicator { yearRollup } yearRollups { year rule value periods expected } } }`;
const UPDATE = `mutation($i: UpdateIndicatorInput!) { updateIndicator(input: $i) { indicator { version yearRollup } } }`;

describe.each(dialects())('year roll-ups on %s', (dialect) => {
  let server: TestServer;
  let admin: Client;
  let indicator: Indicator;

  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'demo' });
    admin = await server.adminOf(GSS);
    const council = await server.em().findOneOrFail(Council, { gssCode: GSS });
    indicator = await server.em().findOneOrFail(Indicator, { council: council.id, code: 'L-ASC-01' });
  });
  afterAll(async () => server?.close());

  it("gives each financial year by the indicator's rule, from the stored monthly figures, and none for NONE", async () => {
    const rows = await server
      .em()
      .find(Measurement, { indicator: indicator.id, disaggregation: 'Total' }, { orderBy: { periodStart: 'asc' } });
    const year = (fy: string) =>
      rows.filter((m) => m.periodStart >= `${fy.slice(0, 4)}-04-01` && m.periodStart <= `${Number(fy.slice(0, 4)) + 1}-03-31`);
    const y1 = year('2023-24').map((m) => m.value!);
    expect(y1).toHaveLength(12);
    const mean = y1.reduce((a, b) => a + b, 0) / 12;

    const r = await admin.gql(SERIES, { id: gid('Indicator', indicator.id) });
    expect(r.errors).toBeUndefined();
    const s = r.data.indicatorSeries[0];
    expect(s.indicator.yearRollup).toBe('MEAN');
    expect(s.yearRollups[0]).toMatchObject({ year: '2023-24', rule: 'MEAN', periods: 12, expected: 12 });
    expect(s.yearRollups[0].value).toBeCloseTo(mean, 9);

    let version = indicator.version;
    for (const [rule, expected] of [
      ['SUM', y1.reduce((a, b) => a + b, 0)],
      ['LAST', y1[11]!],
    ] as const) {
      const u = await admin.gql(UPDATE, { i: { id: gid('Indicator', indicator.id), version, yearRollup: rule } });
      expect(u.errors).toBeUndefined();
      version = u.data.updateIndicator.indicator.version;
      const again = (await admin.gql(SERIES, { id: gid('Indicator', indicator.id) })).data.indicatorSeries[0];
      expect([again.indicator.yearRollup, again.yearRollups[0].rule]).toEqual([rule, rule]);
      expect(again.yearRollups[0].value).toBeCloseTo(expected, 9);
    }
    const none = await admin.gql(UPDATE, { i: { id: gid('Indicator', indicator.id), version, yearRollup: 'NONE' } });
    expect(none.errors).toBeUndefined();
    expect((await admin.gql(SERIES, { id: gid('Indicator', indicator.id) })).data.indicatorSeries[0].yearRollups).toEqual([]);
    expect(errorCode(await admin.gql(UPDATE, { i: { id: gid('Indicator', indicator.id), version, yearRollup: 'MEDIAN' } }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('lists data owners who never update with their nodes, as the Findings view asks', async () => {
    const council = (await admin.gql(`{ council(gssCode: "${GSS}") { id } }`)).data.council.id;
    const r = await admin.gql(
      `query($c: ID!) { dataOwnerUpdates(councilId: $c, to: "2024-25", today: "2025-06-30") { assignedOwners neverUpdating
        findings { code nodes { id type name } } } }`,
      { c: council },
    );
    expect(r.errors).toBeUndefined();
    const u = r.data.dataOwnerUpdates;
    expect(u.findings).toHaveLength(u.neverUpdating);
    for (const f of u.findings) {
      expect(f.nodes[0].type).toBe('Person');
      // Global ids the app can link to: node(id:) answers with the same person.
      const node = await admin.gql(`query($id: ID!) { node(id: $id) { ... on Person { name } } }`, { id: f.nodes[0].id });
      expect(node.data.node.name).toBe(f.nodes[0].name);
    }
  });
});
