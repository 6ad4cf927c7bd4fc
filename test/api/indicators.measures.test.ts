/**
 * Issue 18 items 5, 6 and 8 over the API on both databases, with the real reference data: published
 * precision and "same measure as", councils that no longer exist left out of groups after their end
 * date, and DATA_OWNER_NEVER_UPDATED with the share of owners who never update.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '@goldenthread/api';
import { Council, IndicatorOwnership, Measurement, Person, referenceDataDir } from '@goldenthread/db';
import { dialects, errorCode, startTestServer, type Client, type TestServer } from '../testkit/index.js';

const INDICATOR = `query($f: IndicatorFramework!, $c: String!, $v: Float) {
  indicator(framework: $f, code: $c) { id code unit precision { kind digits } formatValue(value: $v) sameMeasureAs { framework code } } }`;
const COMPARISON = `query($id: ID!, $period: String!, $gss: String, $group: GroupInput) {
  comparison(indicatorId: $id, period: $period, gssCode: $gss, group: $group) {
    groupSize count missingCount entries { council { gssCode } value status } } }`;
const OWNERS = `query($gss: String, $to: String!, $today: String) {
  dataOwnerUpdates(gssCode: $gss, to: $to, periods: 3, graceDays: 30, today: $today) {
    assignedOwners neverUpdating share periods findings { code severity message } } }`;

/** The councils of the reference file that existed on a day of the financial year (end date: first day it did not). */
function existingFromReference(fy: string): Set<string> {
  const start = `${fy.slice(0, 4)}-04-01`;
  const end = `${Number(fy.slice(0, 4)) + 1}-03-31`;
  const rows = parse(fs.readFileSync(path.join(referenceDataDir, 'councils_england.csv'), 'utf8'), { columns: true, bom: true }) as Record<
    string,
    string
  >[];
  return new Set(rows.filter((r) => (!r.start_date || r.start_date <= end) && (!r.end_date || r.end_date > start)).map((r) => r.gss_code!));
}

describe.each(dialects())('measures: precision, same measure, former councils, data owners on %s', (dialect) => {
  let server: TestServer;
  let officer: Client;
  const ids = new Map<string, string>();
  const indicator = async (f: string, c: string, v: number | null = null) => {
    const res = await server.gql(INDICATOR, { f, c, v });
    expect(res.errors).toBeUndefined();
    ids.set(`${f}:${c}`, res.data.indicator.id);
    return res.data.indicator;
  };

  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'demo', publishedData: true });
    const suffolk = await server.em().findOneOrFail(Council, { gssCode: 'E10000029' }, { populate: ['miResponsible'] });
    officer = await server.signIn(suffolk.miResponsible!.getEntity().email!, { admin: true });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('publishes ratio measures to three places (0.41 is 0.410, not 0.4) and Oflog ASC6 as a rate, not a %', async () => {
    const j = await indicator('ASCOF', '1J', 0.41);
    expect(j.precision).toEqual({ kind: 'DECIMAL_PLACES', digits: 3 });
    expect(j.formatValue).toBe('0.410');
    const asc2 = await indicator('OFLOG', 'ASC2', 0.4089);
    expect(asc2.formatValue).toBe('0.409');
    const asc6 = await indicator('OFLOG', 'ASC6', 18231.88884);
    expect(asc6.unit).toBe('per 100,000 adults');
    expect(asc6.formatValue).toBe('18,232');
    // Every published 1J value of 2020-21 formats to its three published places.
    const cmp = await server.gql(COMPARISON, { id: ids.get('ASCOF:1J'), period: '2020-21' });
    const values = cmp.data.comparison.entries.filter((e: any) => e.value !== null).map((e: any) => e.value as number);
    expect(values.length).toBeGreaterThan(10);
    for (const v of values.slice(0, 5)) expect((await indicator('ASCOF', '1J', v)).formatValue).toBe(v.toFixed(3));
  });

  it('records Oflog ASC1-ASC5 as the same measure as ASCOF 1D, 1J, 3D(1), 3D(2), 2D', async () => {
    const same = await Promise.all(['ASC1', 'ASC2', 'ASC3', 'ASC4', 'ASC5', 'ASC6'].map((c) => indicator('OFLOG', c)));
    expect(same.map((i) => i.sameMeasureAs?.code ?? null)).toEqual(['1D', '1J', '3D1', '3D2', '2D', null]);
    expect(same.every((i) => !i.sameMeasureAs || i.sameMeasureAs.framework === 'ASCOF')).toBe(true);
  });

  it('lists one exception per measure: ASCOF 2D, naming Oflog ASC5, not both', async () => {
    // A council in the bottom quarter of English councils for ASCOF 2D and Oflog ASC5 (the same figures) in 2020-21.
    const bottom = async (f: string, c: string) => {
      const q = `query($id: ID!) { comparison(indicatorId: $id, period: "2020-21") { entries { council { gssCode } quartile } } }`;
      const res = await server.gql(q, { id: (await indicator(f, c)).id });
      return new Set<string>(res.data.comparison.entries.filter((e: any) => e.quartile === 4).map((e: any) => e.council.gssCode));
    };
    const asc5 = await bottom('OFLOG', 'ASC5');
    const gss = [...(await bottom('ASCOF', '2D'))].find((g) => asc5.has(g))!;
    expect(gss).toBeDefined();
    const res = await server.gql(
      `query($gss: String!) { performanceExceptions(gssCode: $gss, period: "2020-21") { message reasons indicator { framework code ` +
        `sameMeasureAs { framework code } } } }`,
      { gss },
    );
    expect(res.errors).toBeUndefined();
    const codes = res.data.performanceExceptions.map((e: any) => `${e.indicator.framework}:${e.indicator.code}`);
    expect(codes).toContain('ASCOF:2D');
    expect(codes).not.toContain('OFLOG:ASC5');
    // The kept exception names both codes.
    expect(res.data.performanceExceptions.find((e: any) => e.indicator.code === '2D').message).toMatch(/ \(ASCOF 2D, also Oflog ASC5\)\.$/);
    // No two exceptions of the list are the same measure (by the equivalences the API serves).
    const measures = res.data.performanceExceptions.map((e: any) => {
      const m = e.indicator.sameMeasureAs ?? e.indicator;
      return `${m.framework}:${m.code}`;
    });
    expect(new Set(measures).size).toBe(measures.length);
  });

  it('leaves Northamptonshire out of groups from 2021-22 and Cumbria from 2023-24, as the reference data dates them', async () => {
    const asc5 = (await indicator('OFLOG', 'ASC5')).id;
    for (const fy of ['2020-21', '2021-22', '2022-23', '2023-24']) {
      const res = await server.gql(COMPARISON, { id: asc5, period: fy });
      expect(res.errors).toBeUndefined();
      const c = res.data.comparison;
      const gss = new Set<string>(c.entries.map((e: any) => e.council.gssCode));
      const expected = existingFromReference(fy);
      expect(gss).toEqual(expected);
      expect(c.groupSize).toBe(expected.size);
      expect(c.missingCount).toBe(c.entries.filter((e: any) => e.status === 'MISSING').length);
    }
    const inYear = async (fy: string, gss: string) =>
      (await server.gql(COMPARISON, { id: asc5, period: fy })).data.comparison.entries.some((e: any) => e.council.gssCode === gss);
    expect(await inYear('2020-21', 'E10000021')).toBe(true);
    expect(await inYear('2021-22', 'E10000021')).toBe(false);
    expect(await inYear('2022-23', 'E10000006')).toBe(true);
    expect(await inYear('2023-24', 'E10000006')).toBe(false);
    // The region of North Northamptonshire in 2021-22: its successor councils, not the county.
    const region = await server.gql(COMPARISON, { id: asc5, period: '2021-22', gss: 'E06000061', group: { kind: 'SAME_REGION' } });
    const inRegion = region.data.comparison.entries.map((e: any) => e.council.gssCode);
    expect(inRegion).toContain('E06000062');
    expect(inRegion).not.toContain('E10000021');
    // County councils like Lancashire: Cumbria among them in 2022-23, not from 2023-24 (nor counted missing).
    const counties = async (fy: string) => {
      const res = await server.gql(COMPARISON, { id: asc5, period: fy, gss: 'E10000017', group: { kind: 'SAME_TYPE' } });
      expect(res.errors).toBeUndefined();
      return res.data.comparison.entries.map((e: any) => e.council.gssCode) as string[];
    };
    expect(await counties('2022-23')).toContain('E10000006');
    expect(await counties('2023-24')).not.toContain('E10000006');
  });

  it("finds the council's data owners who entered nothing in the last periods due, and their share", async () => {
    // A Suffolk officer who has entered nothing is made the data owner of two ASCOF measures.
    const em0 = server.em();
    const council = await em0.findOneOrFail(Council, { gssCode: 'E10000029' });
    const entrants = new Set((await em0.find(Measurement, { council: council.id, enteredBy: { $ne: null } })).map((m) => m.enteredBy!.id));
    const idle = (await em0.find(Person, { council: council.id }, { orderBy: { id: 'desc' }, limit: 50 })).find(
      (p) => !entrants.has(p.id),
    )!;
    for (const code of ['2D', '3D1']) {
      const set = await officer.gql(`mutation($i: SetOwnershipInput!) { setIndicatorOwnership(input: $i) { ownership { id } } }`, {
        i: {
          councilId: toGlobalId('Council', council.id),
          indicatorId: (await indicator('ASCOF', code)).id,
          dataOwnerId: toGlobalId('Person', idle.id),
        },
      });
      expect(set.errors).toBeUndefined();
    }
    const res = await officer.gql(OWNERS, { gss: 'E10000029', to: '2024-25', today: '2025-06-30' });
    expect(res.errors).toBeUndefined();
    const r = res.data.dataOwnerUpdates;
    const em = server.em();
    const suffolk = await em.findOneOrFail(Council, { gssCode: 'E10000029' });
    const owned = await em.find(IndicatorOwnership, { council: suffolk.id, dataOwner: { $ne: null } }, { populate: ['dataOwner'] });
    const owners = new Map(owned.map((o) => [o.dataOwner!.id, o.dataOwner!.getEntity().name]));
    expect(r.assignedOwners).toBe(owners.size);
    // An owner updates when they entered or validated a figure of one of their indicators; the demo's ASCOF owners never did.
    let never = 0;
    for (const [id, name] of owners) {
      const mine = owned.filter((o) => o.dataOwner!.id === id).map((o) => o.indicator.id);
      const entered = await em.count(Measurement, {
        council: suffolk.id,
        $or: [{ enteredBy: id }, { validatedBy: id }],
        indicator: { $in: mine },
      });
      const finding = r.findings.find((f: any) => f.message.startsWith(`${name} owns`));
      if (entered === 0) never++;
      expect(Boolean(finding), name).toBe(entered === 0);
    }
    expect(never).toBeGreaterThan(0);
    expect(r.findings.some((f: any) => f.message.startsWith(`${idle.name} owns the data for 2 indicators`))).toBe(true);
    expect(r.neverUpdating).toBe(never);
    expect(r.share).toBeCloseTo(never / owners.size, 10);
    expect(r.findings.every((f: any) => f.code === 'DATA_OWNER_NEVER_UPDATED')).toBe(true);

    const anonymous = await server.gql(OWNERS, { gss: 'E10000029', to: '2024-25' });
    expect(errorCode(anonymous)).toBe('FORBIDDEN');
    const bad = await officer.gql(`{ dataOwnerUpdates(gssCode: "E10000029", to: "2024-25", periods: 0) { share } }`);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
  });
});
