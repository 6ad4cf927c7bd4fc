import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Council, Indicator, Measurement, MeasurementStatus, Priority } from '@goldenthread/db';
import { dialects, startTestServer, type Client, type TestServer } from '../testkit/index.js';

const SUFFOLK = 'E10000029';
const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');
const COMPARISON = `query($i: ID!) { comparison(indicatorId: $i, period: "2020-21", gssCode: "${SUFFOLK}") { count median
  entries { council { gssCode } value highlighted } } }`;

/**
 * Reads kept under the data version (shared/kept-reads.ts): a comparison is the same for every viewer
 * (published figures only); a series and the cascade for all who may, or may not, see the council's
 * unpublished records. Asked again, each costs a few statements, not its reads; after any committed
 * change, whoever makes it, the next answer is computed afresh; one kind of viewer never gets another's.
 */
describe.each(dialects())('reads kept under the data version on %s', (dialect) => {
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

  it("keeps a series apart for those who may see the council's drafts and those who may not", async () => {
    const SERIES = `query($i: ID!) { indicatorSeries(indicatorIds: [$i], from: "2018-19", to: "2020-21", gssCode: "${SUFFOLK}") {
      points { period value status } } }`;
    const m = await suffolkFigure();
    await server.em().getConnection().execute(`update measurement set status = ?, value = ? where id = ?`, ['DRAFT', 777.5, m.id]);
    const point = (res: { data?: { indicatorSeries: Array<{ points: Array<{ period: string; value: number | null }> }> } }) =>
      res.data!.indicatorSeries[0]!.points.find((p) => p.period === '2020-21');
    for (let round = 0; round < 2; round++) {
      const staff = await ceo.gql(SERIES, { i: indicatorId });
      const anonymous = await server.gql(SERIES, { i: indicatorId });
      expect(staff.errors).toBeUndefined();
      expect(anonymous.errors).toBeUndefined();
      expect(point(staff), `staff, round ${round}`).toMatchObject({ value: 777.5, status: 'DRAFT' });
      expect(point(anonymous)?.value ?? null, `anonymous, round ${round}`).not.toBe(777.5);
    }
    const again = await server.countStatements(() => ceo.gql(SERIES, { i: indicatorId }));
    expect(again.statements.some((s) => /from [`"]?measurement[`"]?/i.test(s))).toBe(false);
  });

  it("keeps the cascade apart for the council's people and the public, and computes it afresh after a change", async () => {
    const council = (await ceo.gql(`{ council(gssCode: "${SUFFOLK}") { id } }`)).data.council.id;
    const CASCADE = `query($c: ID!) { cascade(councilId: $c, period: "2024-25") { corporate { id name status } } }`;
    const names = (res: { data?: { cascade: { corporate: Array<{ name: string; status: string }> } } }) =>
      res.data!.cascade.corporate.map((p) => `${p.name} (${p.status})`).sort();
    const staff = await ceo.gql(CASCADE, { c: council });
    const publicView = await server.gql(CASCADE, { c: council });
    expect(staff.errors).toBeUndefined();
    expect(publicView.errors).toBeUndefined();
    expect(names(staff).length).toBeGreaterThan(0);
    expect(publicView.data.cascade.corporate.every((p: { status: string }) => p.status === 'COMMUNICATED')).toBe(true);
    // A draft for the council's people: never shown to the public, whoever asked first.
    const draft = await server.em().findOneOrFail(Priority, { council: { gssCode: SUFFOLK }, level: 'CORPORATE', period: '2024-25' });
    await server.em().getConnection().execute(`update priority set name = ?, status = ? where id = ?`, ['Kept draft', 'DRAFT', draft.id]);
    for (let round = 0; round < 2; round++) {
      const s = names(await ceo.gql(CASCADE, { c: council }));
      const p = names(await server.gql(CASCADE, { c: council }));
      expect(s, `staff, round ${round}`).toContain('Kept draft (DRAFT)');
      expect(
        p.some((n) => n.startsWith('Kept draft')),
        `public, round ${round}`,
      ).toBe(false);
    }
    const again = await server.countStatements(() => ceo.gql(CASCADE, { c: council }));
    expect(again.statements.some((s) => /from [`"]?priority[`"]?/i.test(s))).toBe(false);
  });

  it("keeps a scrutiny drill-down apart for the council's people and the public", async () => {
    const em = server.em();
    const parent = await em.findOneOrFail(Priority, {
      council: { gssCode: SUFFOLK },
      period: '2024-25',
      status: 'COMMUNICATED',
      parent: null,
    });
    const child = await em.findOneOrFail(Priority, { parent: parent.id });
    await em.getConnection().execute(`update priority set name = ?, status = ? where id = ?`, ['Kept child draft', 'DRAFT', child.id]);
    const DRILL = `query($p: ID!) { scrutinyDrillDown(priorityId: $p) { priorities { name } } }`;
    const names = (res: { data?: { scrutinyDrillDown: { priorities: Array<{ name: string }> } } }) =>
      res.data!.scrutinyDrillDown.priorities.map((p) => p.name);
    for (let round = 0; round < 2; round++) {
      const staff = await ceo.gql(DRILL, { p: gid('Priority', parent.id) });
      const publicView = await server.gql(DRILL, { p: gid('Priority', parent.id) });
      expect(staff.errors, JSON.stringify(staff.errors)).toBeUndefined();
      expect(publicView.errors).toBeUndefined();
      expect(names(staff), `staff, round ${round}`).toContain('Kept child draft');
      expect(names(publicView), `public, round ${round}`).not.toContain('Kept child draft');
    }
    const again = await server.countStatements(() => ceo.gql(DRILL, { p: gid('Priority', parent.id) }));
    expect(again.statements.some((s) => /from [`"]?measurement[`"]?/i.test(s))).toBe(false);
  });
});
