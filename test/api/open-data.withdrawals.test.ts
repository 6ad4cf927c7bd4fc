import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Council, IndicatorOwnership, Person } from '@goldenthread/db';
import { dialects, startTestServer, type Client, type TestServer } from '../testkit/index.js';

/**
 * A published figure taken back to draft (a correction) leaves the open data as a withdrawal (issue 18;
 * README "Bulk open data"): the change feed gives it as WITHDRAWN with its id and no figure, a download
 * with updatedSince as a change=WITHDRAWN row without its value, a full download not at all; published
 * again, it comes back as PUBLISHED.
 */
const GSS = 'E10000029';
const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');
const STEP = (name: string) => `mutation($id: ID!, $v: Int!) { ${name}(id: $id, version: $v) { measurement { id version status } } }`;
const RECORD = `mutation($i: RecordMeasurementInput!) { recordMeasurement(input: $i) { measurement { id version status } } }`;
const FEED = `query($since: DateTimeISO!) { measurementChanges(since: $since, first: 50) {
  totalCount nodes { change measurementId changedAt measurement { id value status } } } }`;

describe.each(dialects())('withdrawals in the open data on %s', (dialect) => {
  let server: TestServer;
  let key: string;
  let enterer: Client;
  let mi: Client;
  let input: { councilId: string; indicatorId: string; period: string };

  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'demo', rateLimit: { perAddress: 10_000, perKey: 10_000 } });
    const em = server.em();
    const council = await em.findOneOrFail(Council, { gssCode: GSS }, { populate: ['miResponsible'] });
    const own = await em.findOneOrFail(
      IndicatorOwnership,
      { council: council.id, dataOwner: { $ne: null, $nin: [council.miResponsible!.id] }, indicator: { council: council.id } },
      { orderBy: { id: 'asc' } },
    );
    input = { councilId: gid('Council', council.id), indicatorId: gid('Indicator', own.indicator.id), period: '2031-04' };
    enterer = await server.signIn((await em.findOneOrFail(Person, own.dataOwner!.id)).email!);
    mi = await server.signIn(council.miResponsible!.getEntity().email!);
    const admin = await server.adminOf(GSS);
    const made = await admin.gql(`mutation($c: ID!) { createApiKey(input: { councilId: $c, name: "Partner" }) { secret } }`, {
      c: input.councilId,
    });
    expect(made.errors).toBeUndefined();
    key = made.data.createApiKey.secret;
  });
  afterAll(async () => server?.close());

  const ok = async (who: Client, query: string, vars: Record<string, unknown>) => {
    const r = await who.gql(query, vars);
    expect(r.errors).toBeUndefined();
    return Object.values(r.data as Record<string, { measurement: { id: string; version: number; status: string } }>)[0]!.measurement;
  };
  const feed = async (since: string) => {
    const r = await server.gql(FEED, { since }, { 'x-api-key': key });
    expect(r.errors).toBeUndefined();
    return r.data.measurementChanges;
  };
  const download = async (query: string) => {
    const res = await fetch(`${server.url}/data/measurements.csv?council=${GSS}${query}`, { headers: { 'x-api-key': key } });
    expect(res.status).toBe(200);
    return parse(await res.text(), { columns: true, skip_empty_lines: true }) as Array<Record<string, string>>;
  };
  const pause = () => new Promise((r) => setTimeout(r, 20));

  it('gives a published figure corrected back to draft as a withdrawal, then as published again', async () => {
    const since = new Date().toISOString();
    await pause();
    let m = await ok(enterer, RECORD, { i: { ...input, value: '61.5' } });
    m = await ok(mi, STEP('validateMeasurement'), { id: m.id, v: m.version });
    m = await ok(mi, STEP('publishMeasurement'), { id: m.id, v: m.version });
    const published = await feed(since);
    expect(published.nodes.map((n: any) => [n.change, n.measurementId, n.measurement?.value])).toEqual([['PUBLISHED', m.id, 61.5]]);

    const beforeCorrection = new Date().toISOString();
    await pause();
    m = await ok(enterer, `mutation($i: RecordMeasurementInput!) { recordMeasurement(input: $i) { measurement { id version status } } }`, {
      i: { ...input, value: '16.5', version: m.version, correction: true },
    });
    expect(m.status).toBe('DRAFT');
    for (const from of [since, beforeCorrection]) {
      const withdrawn = await feed(from);
      expect(withdrawn.totalCount).toBe(1);
      expect(withdrawn.nodes.map((n: any) => [n.change, n.measurementId, n.measurement])).toEqual([['WITHDRAWN', m.id, null]]);
    }
    // The download of changes lists it without the draft's value; the full download does not list it.
    const changed = await download(`&updatedSince=${encodeURIComponent(beforeCorrection)}`);
    expect(changed.map((r) => [r.measurementId, r.change, r.period, r.value, r.note])).toEqual([[m.id, 'WITHDRAWN', '2031-04', '', '']]);
    const all = await download('');
    expect(all.length).toBeGreaterThan(10);
    expect(all.some((r) => r.measurementId === m.id)).toBe(false);
    expect(all.every((r) => r.change === 'PUBLISHED')).toBe(true);

    const beforeRepublish = new Date().toISOString();
    await pause();
    m = await ok(mi, STEP('validateMeasurement'), { id: m.id, v: m.version });
    // Validated is still not public: still a withdrawal.
    expect((await feed(beforeRepublish)).nodes.map((n: any) => n.change)).toEqual(['WITHDRAWN']);
    m = await ok(mi, STEP('publishMeasurement'), { id: m.id, v: m.version });
    const back = await feed(beforeRepublish);
    expect(back.nodes.map((n: any) => [n.change, n.measurementId, n.measurement?.value])).toEqual([['PUBLISHED', m.id, 16.5]]);
    expect((await download(`&updatedSince=${encodeURIComponent(beforeRepublish)}`)).map((r) => [r.change, r.value])).toEqual([
      ['PUBLISHED', '16.5'],
    ]);
  });
});
