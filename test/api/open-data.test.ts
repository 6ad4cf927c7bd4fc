/**
 * Bulk open data (issue 18, item 9; README "Bulk open data"): GET /data/measurements.csv and .jsonl
 * and the GraphQL change feed measurementChanges, over real HTTP on each database, with the real
 * published ASCOF and Oflog values of every council loaded.
 */
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOWNLOAD_CHUNK, toGlobalId } from '@goldenthread/api';
import { Council, Measurement } from '@goldenthread/db';
import { dialects, errorCode, startTestServer, type Client, type GqlResult, type TestServer } from '../testkit/index.js';

const RECORD = `mutation($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { measurement { id status version } } }`;
const VALIDATE = `mutation($id: ID!, $v: Int!) { validateMeasurement(id: $id, version: $v) { measurement { id status version } } }`;
const PUBLISH = `mutation($id: ID!, $v: Int!) { publishMeasurement(id: $id, version: $v) { measurement { id status version } } }`;
const FEED = `query($since: DateTimeISO!, $first: Int, $after: String, $filter: MeasurementFilterInput) {
  measurementChanges(since: $since, first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { changedAt attribution licence licenceUrl
      measurement { id status period value council { gssCode } indicator { code } } } }
  } }`;

type Row = Record<string, string>;

/** The published ids of a filter, from the database (what a download must hold, exactly). */
async function publishedIds(server: TestServer, where: Record<string, unknown>): Promise<string[]> {
  const rows = await server.em().find(Measurement, { status: 'PUBLISHED' as never, ...where }, { fields: ['id'], orderBy: { id: 'asc' } });
  return rows.map((m) => toGlobalId('Measurement', m.id));
}

describe.each(dialects())('bulk open data on %s', (dialect) => {
  let server: TestServer;
  let key: string;
  let officer: Client;
  let ids: { council: string; indicator: string };
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${path}`, { headers: { 'x-api-key': key, ...headers } });
  const csv = async (res: Response): Promise<Row[]> => parse(await res.text(), { columns: true, skip_empty_lines: true });

  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'demo', publishedData: true, rateLimit: { perAddress: 10_000, perKey: 10_000 } });
    const admin = await server.adminOf('E10000029');
    const council = (await admin.gql(`{ council(gssCode: "E10000029") { id } indicator(framework: ASCOF, code: "1A") { id } }`)).data;
    const made = await admin.gql(`mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`, {
      input: { councilId: council.council.id, name: 'NHS partner' },
    });
    expect(made.errors).toBeUndefined();
    key = made.data.createApiKey.secret;
    ids = { council: council.council.id, indicator: council.indicator.id };
    // The officer below enters, validates and publishes: four eyes on data has its own test (indicators.four-eyes.test.ts).
    expect(
      (await admin.gql(`mutation($c: ID!) { setFourEyesOnData(councilId: $c, on: false) { fourEyesOnData } }`, { c: ids.council })).errors,
    ).toBeUndefined();
    const suffolk = await server.em().findOneOrFail(Council, { gssCode: 'E10000029' }, { populate: ['miResponsible'] });
    officer = await server.signIn(suffolk.miResponsible!.getEntity().email!, { admin: true });
  }, 180_000);
  afterAll(async () => server?.close());

  it('a partner with a key downloads every published ASCOF value of every council in one request, streamed in chunks', async () => {
    const expected = await publishedIds(server, { indicator: { framework: 'ASCOF' } });
    expect(expected.length).toBeGreaterThan(10_000);
    await (await get('/data/measurements.csv?council=E10000029')).text(); // the key's first use is recorded once: not counted below
    // The body streams after the headers: counted until its last byte.
    const { result, count, statements } = await server.countStatements(async () => {
      const res = await get('/data/measurements.csv?framework=ASCOF');
      return { res, text: await res.text() };
    });
    const { res } = result;
    const rows: Row[] = parse(result.text, { columns: true, skip_empty_lines: true });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-length')).toBeNull(); // streamed, not built whole
    expect(Number(res.headers.get('x-total-count'))).toBe(expected.length);
    expect(rows.map((r) => r.measurementId).sort()).toEqual([...expected].sort());
    const councils = await server
      .em()
      .getConnection()
      .execute(
        'select count(distinct m.council_id) as n from measurement m join indicator i on i.id = m.indicator_id ' +
          "where m.status = 'PUBLISHED' and i.framework = 'ASCOF'",
      );
    expect(new Set(rows.map((r) => r.councilGss)).size).toBe(Number(councils[0].n));
    expect(rows.every((r) => r.framework === 'ASCOF' && r.licence === 'OGL-UK-3.0' && r.attribution.startsWith('NHS Digital'))).toBe(true);
    expect(rows.some((r) => r.attribution.includes('(OGL'))).toBe(false);
    expect(res.headers.get('link')).toContain('open-government-licence/version/3/>; rel="license"');
    // Read in keyset chunks: one statement per DOWNLOAD_CHUNK rows, a fixed few besides (key, scope, fingerprint).
    const chunks = Math.ceil(expected.length / DOWNLOAD_CHUNK);
    expect(statements.filter((s) => /limit/i.test(s) && /from ["`]measurement["`]/i.test(s)).length).toBeGreaterThanOrEqual(chunks);
    const one = await server.countStatements(async () => (await get('/data/measurements.csv?framework=ASCOF&council=E10000029')).text());
    const oneCount = (await publishedIds(server, { indicator: { framework: 'ASCOF' }, council: { gssCode: 'E10000029' } })).length;
    expect(count - one.count).toBe(chunks - Math.ceil(oneCount / DOWNLOAD_CHUNK));
    expect(one.count).toBeLessThanOrEqual(10);
  }, 120_000);

  it('JSON lines carry the same rows, with the licence and attribution as fields', async () => {
    const res = await get(
      '/data/measurements.jsonl?framework=ASCOF&indicator=1A,2A(2)&areaType=UA,CTY&periodFrom=2019-20&periodTo=2020-21',
    );
    expect(res.status).toBe(200);
    const lines = (await res.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const councils = await server.em().find(Council, { type: { $in: ['UA', 'CTY'] } as never }, { fields: ['id'] });
    const expected = await publishedIds(server, {
      indicator: { framework: 'ASCOF', $or: [{ code: { $in: ['1A', '2A(2)'] } }, { displayCode: { $in: ['1A', '2A(2)'] } }] },
      council: { $in: councils.map((c) => c.id) },
      periodStart: { $gte: '2019-04-01', $lte: '2021-03-31' },
    });
    expect(expected.length).toBeGreaterThan(100);
    expect(lines.map((l) => l.measurementId).sort()).toEqual([...expected].sort());
    for (const l of lines) {
      expect(['UA', 'CTY']).toContain(l.areaType);
      expect(['1A', '2A(2)']).toContain(l.indicatorCode);
      expect(['2019-20', '2020-21']).toContain(l.period);
      expect(l).toMatchObject({ licence: 'OGL-UK-3.0', licenceUrl: expect.stringContaining('nationalarchives.gov.uk') });
      expect(typeof l.attribution).toBe('string');
    }
  });

  it("unpublished figures never appear, not even for the council's own people", async () => {
    const draft = await officer.gql(RECORD, {
      input: { councilId: ids.council, indicatorId: ids.indicator, period: '2031-32', value: '11.1' },
    });
    expect(draft.errors).toBeUndefined();
    const validated = await officer.gql(RECORD, {
      input: { councilId: ids.council, indicatorId: ids.indicator, period: '2032-33', value: '12.2' },
    });
    const v = validated.data.recordMeasurement.measurement;
    expect((await officer.gql(VALIDATE, { id: v.id, v: v.version })).errors).toBeUndefined();
    const unpublished = await server.em().find(Measurement, { status: { $ne: 'PUBLISHED' } as never }, { fields: ['id'] });
    expect(unpublished.length).toBeGreaterThanOrEqual(2);
    const hidden = new Set(unpublished.map((m) => toGlobalId('Measurement', m.id)));
    for (const headers of [{}, officer.headers]) {
      const res = await fetch(`${server.url}/data/measurements.csv?council=E10000029`, { headers });
      const rows = await csv(res);
      expect(rows.length).toBe((await publishedIds(server, { council: { gssCode: 'E10000029' } })).length);
      expect(rows.filter((r) => hidden.has(r.measurementId))).toEqual([]);
    }
    const feed = await officer.gql(FEED, {
      since: '2000-01-01T00:00:00Z',
      first: 500,
      filter: { council: ['E10000029'], framework: ['ASCOF'] },
    });
    expect(feed.errors).toBeUndefined();
    expect(
      feed.data.measurementChanges.edges.every((e: any) => e.node.measurement.status === 'PUBLISHED' && !hidden.has(e.node.measurement.id)),
    ).toBe(true);
  });

  it('a nightly job gets 304 while nothing changed, then only what changed (updatedSince, If-None-Match, If-Modified-Since)', async () => {
    const path = '/data/measurements.csv?framework=ASCOF&council=E10000029';
    const first = await get(path);
    const before = await csv(first);
    const etag = first.headers.get('etag')!;
    const modified = first.headers.get('last-modified')!;
    expect(etag).toMatch(/^W\/".+"$/);
    expect(new Date(modified).getTime()).toBeGreaterThan(0);
    expect((await get(path, { 'if-none-match': etag })).status).toBe(304);
    expect((await get(path, { 'if-modified-since': modified })).status).toBe(304);
    expect((await get('/data/measurements.jsonl?framework=ASCOF&council=E10000029', { 'if-none-match': etag })).status).toBe(200);

    await new Promise((r) => setTimeout(r, 1100)); // Last-Modified has whole seconds
    const since = new Date().toISOString();
    const made = await officer.gql(RECORD, {
      input: { councilId: ids.council, indicatorId: ids.indicator, period: '2033-34', value: '33.3' },
    });
    let m = made.data.recordMeasurement.measurement;
    m = (await officer.gql(VALIDATE, { id: m.id, v: m.version })).data.validateMeasurement.measurement;
    const published = await officer.gql(PUBLISH, { id: m.id, v: m.version });
    expect(published.errors).toBeUndefined();

    const again = await get(path, { 'if-none-match': etag });
    expect(again.status).toBe(200);
    expect(again.headers.get('etag')).not.toBe(etag);
    expect((await csv(again)).length).toBe(before.length + 1);
    expect((await get(path, { 'if-modified-since': modified })).status).toBe(200);
    const changed = await csv(await get(`${path}&updatedSince=${encodeURIComponent(since)}`));
    expect(changed.map((r) => [r.measurementId, r.period, Number(r.value)])).toEqual([[m.id, '2033-34', 33.3]]);

    const feed = await server.gql(FEED, { since, filter: { framework: ['ASCOF'] } }, { 'x-api-key': key });
    expect(feed.errors).toBeUndefined();
    expect(feed.data.measurementChanges.totalCount).toBe(1);
    expect(feed.data.measurementChanges.edges.map((e: any) => e.node.measurement.id)).toEqual([m.id]);
  });

  it('the change feed pages every published change once, in order, with keyset cursors', async () => {
    const filter = { framework: ['ASCOF'], council: ['E10000029', 'E08000025'] };
    const expected = await publishedIds(server, {
      indicator: { framework: 'ASCOF' },
      council: { gssCode: { $in: ['E10000029', 'E08000025'] } },
    });
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    let last = '';
    for (;;) {
      const res: GqlResult = await server.gql(FEED, { since: '2000-01-01T00:00:00Z', first: 97, after, filter }, { 'x-api-key': key });
      expect(res.errors).toBeUndefined();
      const page: any = res.data.measurementChanges;
      expect(page.totalCount).toBe(expected.length);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      for (const e of page.edges) {
        expect(e.node.changedAt >= last).toBe(true);
        last = e.node.changedAt;
        // NHS Digital's figures under the OGL; a figure the council entered itself is credited to the council, with no licence stated.
        if (e.node.licence === null) expect(e.node.attribution).toMatch(/^Suffolk/);
        else expect([e.node.licence, e.node.attribution.startsWith('NHS Digital')]).toEqual(['OGL-UK-3.0', true]);
        seen.push(e.node.measurement.id);
      }
      pages++;
      if (!page.pageInfo.hasNextPage) break;
      expect(page.edges.length).toBe(97);
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(Math.ceil(expected.length / 97));
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual([...expected].sort());
  });

  it('bad filters are 400 with a code and the parameter named, never 500', async () => {
    const cases: Array<[string, string]> = [
      ['framework=ASCUF', 'framework'],
      ['areaType=SHIRE', 'areaType'],
      ['council=Suffolk', 'council'],
      ['council=E99999999', 'council'],
      ['indicator=NOPE-1', 'indicator'],
      ['periodFrom=2020-99', 'periodFrom'],
      ['periodFrom=2022-23&periodTo=2020-21', 'periodTo'],
      ['updatedSince=yesterday', 'updatedSince'],
      ['updatedSince=2025-01-01&updatedSince=2025-02-01', 'updatedSince'],
      ['frameworks=ASCOF', 'frameworks'],
    ];
    for (const [query, field] of cases) {
      const res = await get(`/data/measurements.csv?${query}`);
      const body = await res.json();
      expect([query, res.status, body.errors[0].extensions.code, body.errors[0].extensions.field]).toEqual([
        query,
        400,
        'BAD_USER_INPUT',
        field,
      ]);
    }
    const missing = await get('/data/measurements.xml');
    expect([missing.status, (await missing.json()).errors[0].extensions.code]).toEqual([404, 'NOT_FOUND']);
    const feed = (v: Record<string, unknown>) => server.gql(FEED, { since: '2000-01-01T00:00:00Z', ...v });
    expect(errorCode(await feed({ after: 'bm90LWEtY3Vyc29y' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await feed({ first: 501 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await feed({ filter: { council: ['E99999999'] } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await feed({ filter: { periodFrom: 'soon' } }))).toBe('BAD_USER_INPUT');
  });
});

describe.each(dialects())('bulk open data limits on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'demo', rateLimit: { perAddress: 4, perKey: 2 } });
  });
  afterAll(async () => server?.close());

  it('is rate-limited like the API: a key spends its own allowance, then 429 with a code; a bad key is 401', async () => {
    const admin = await server.adminOf('E10000029'); // sign-in and the lookups spend 3 of the address's 4
    const councilId = (await admin.gql(`{ council(gssCode: "E10000029") { id } }`)).data.council.id;
    const made = await admin.gql(`mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`, {
      input: { councilId, name: 'Partner' },
    });
    const key = made.data.createApiKey.secret;
    const download = (headers: Record<string, string>) => fetch(`${server.url}/data/measurements.jsonl`, { headers });
    expect((await download({ 'x-api-key': key })).status).toBe(200);
    expect((await download({ 'x-api-key': key })).status).toBe(200);
    const over = await download({ 'x-api-key': key });
    expect(over.status).toBe(429);
    expect((await over.json()).errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
    const forged = await download({ 'x-api-key': `${key.slice(0, -4)}AAAA` });
    expect([401, 429]).toContain(forged.status);
    if (forged.status === 401) expect((await forged.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
