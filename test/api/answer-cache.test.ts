/**
 * Published answers kept (issue 19, item 3; README "Partner query speed"): anonymous callers' and
 * API keys' query answers are kept under the data version the database's triggers raise on every
 * committed change, so a write through the API, an import or the CLI changes the next answer at
 * once; signed-in people are never answered from the cache; errors are never kept; the budget evicts
 * and 0 turns it off; a kept answer costs one statement (the version), however big the answer.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ANSWER_CACHE_HEADER } from '@goldenthread/api';
import { Council } from '@goldenthread/db';
import { runCli } from '@goldenthread/server';
import { dialects, errorCode, startTestServer, type Client, type TestServer } from '../testkit/index.js';

const SUFFOLK = 'E10000029';
const ORG = `query Org($gss: String!) { council(gssCode: $gss) { name
  directorates(first: 10) { nodes { id name director { name } services(first: 20) { nodes { name accountableOwner { name } } } } } } }`;
const COMPARISON = `query Cmp($id: ID!) { comparison(indicatorId: $id, period: "2019-20") { count median
  entries { council { gssCode } value status } } }`;
const WHO = '{ viewer { kind apiKey } }';

/** The CLI as an operator runs it, on the server's database. */
async function cli(databaseUrl: string, args: string[]): Promise<number | undefined> {
  const saved = process.env.DATABASE_URL;
  process.env.DATABASE_URL = databaseUrl;
  const quiet = [vi.spyOn(console, 'log').mockImplementation(() => {}), vi.spyOn(console, 'error').mockImplementation(() => {})];
  try {
    return await runCli(args);
  } finally {
    for (const spy of quiet) spy.mockRestore();
    if (saved === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved;
  }
}

describe.each(dialects())('published answers kept on %s', (dialect) => {
  let server: TestServer;
  let uncached: TestServer;
  let admin: Client;
  let dir: string;
  const from = (res: { headers: Headers }) => res.headers.get(ANSWER_CACHE_HEADER);

  beforeAll(async () => {
    [server, uncached] = await Promise.all([
      startTestServer(dialect, { answerCacheMb: 16 }),
      startTestServer(dialect, { answerCacheMb: 0 }),
    ]);
    admin = await server.adminOf(SUFFOLK);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gt-answers-'));
  }, 120_000);
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await Promise.all([server?.close(), uncached?.close()]);
  });

  it('answers a repeated anonymous query from the cache, identical to the answer computed afresh', async () => {
    const first = await server.gql(ORG, { gss: SUFFOLK });
    expect(first.errors).toBeUndefined();
    expect(first.data.council.directorates.nodes.length).toBeGreaterThan(1);
    const again = await server.gql(ORG, { gss: SUFFOLK });
    expect([from(first), from(again)]).toEqual(['miss', 'hit']);
    expect(again.data).toEqual(first.data);
    // The same database content on a server that keeps nothing: the same answer, never from a cache.
    const fresh = await uncached.gql(ORG, { gss: SUFFOLK });
    expect(from(fresh)).toBeNull();
    expect(JSON.stringify(fresh.data)).toBe(JSON.stringify(again.data));
    // Byte for byte: the kept text (encoded once) is the text of the answer computed afresh.
    const text = async (url: string) => {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: ORG, variables: { gss: SUFFOLK } }),
      });
      return { from: from(res), body: await res.text() };
    };
    const [kept, computed] = [await text(server.url), await text(uncached.url)];
    expect([kept.from, computed.from]).toEqual(['hit', null]);
    expect(kept.body).toBe(computed.body);
  });

  it('costs one statement (the data version) when kept, for a small and a big answer alike', async () => {
    const big = `{ councils(first: 200) { nodes { gssCode name type region } } }`;
    for (const [query, variables] of [
      [ORG, { gss: SUFFOLK }],
      [big, {}],
    ] as const) {
      await server.gql(query, variables);
      const kept = await server.countStatements(() => server.gql(query, variables));
      expect(from(kept.result)).toBe('hit');
      expect(kept.count).toBe(1);
      expect(kept.statements[0]).toMatch(/data_version/);
    }
  });

  it('changes the next answer at once after a write through the API (a renamed directorate)', async () => {
    await server.gql(ORG, { gss: SUFFOLK });
    const mine = await admin.gql(`query($g: String!) { council(gssCode: $g) { directorates(first: 1) { nodes { id name version } } } }`, {
      g: SUFFOLK,
    });
    const d = mine.data.council.directorates.nodes[0];
    const renamed = await admin.gql(`mutation($i: UpdateDirectorateInput!) { updateDirectorate(input: $i) { directorate { name } } }`, {
      i: { id: d.id, version: d.version, name: `${d.name} (renamed)` },
    });
    expect(renamed.errors).toBeUndefined();
    const next = await server.gql(ORG, { gss: SUFFOLK });
    expect(from(next)).toBe('miss');
    expect(next.data.council.directorates.nodes.map((n: { name: string }) => n.name)).toContain(`${d.name} (renamed)`);
  });

  it('changes the next answer at once after the CLI imports published figures (another connection, no API)', async () => {
    const indicator = (await server.gql(`{ indicator(framework: ASCOF, code: "1A") { id } }`)).data.indicator.id;
    const before = await server.gql(COMPARISON, { id: indicator });
    expect(from(await server.gql(COMPARISON, { id: indicator }))).toBe('hit');
    const file = path.join(dir, 'figures.csv');
    fs.writeFileSync(file, `gss_code,indicator_code,period,value,numerator,denominator,note\n${SUFFOLK},1A,2019-20,19.4,,,\n`);
    expect(await cli(server.databaseUrl, ['import', file, '--format', 'template', '--council', SUFFOLK, '--status', 'PUBLISHED'])).toBe(0);
    const after = await server.gql(COMPARISON, { id: indicator });
    expect(from(after)).toBe('miss');
    expect(after.data.comparison.count).toBe(before.data.comparison.count + 1);
    expect(after.data.comparison.entries.find((e: { council: { gssCode: string } }) => e.council.gssCode === SUFFOLK).value).toBe(19.4);
    // And a change made with raw SQL (another process, a database tool): the figure corrected.
    await server.orm.em.fork().getConnection().execute(`update measurement set value = 19.5 where value = 19.4`);
    const corrected = await server.gql(COMPARISON, { id: indicator });
    expect(from(corrected)).toBe('miss');
    expect(corrected.data.comparison.entries.find((e: { council: { gssCode: string } }) => e.council.gssCode === SUFFOLK).value).toBe(19.5);
  });

  it('changes the next answer at once after an import through the API and the figure published', async () => {
    const suffolk = await server.em().findOneOrFail(Council, { gssCode: SUFFOLK }, { populate: ['miResponsible'] });
    const mi = await server.signIn(suffolk.miResponsible!.getEntity().email!);
    // The MI manager imports and validates the figure: four eyes on data has its own test (indicators.four-eyes.test.ts).
    const admin = await server.adminOf(SUFFOLK);
    const councilGid = (await admin.gql(`{ council(gssCode: "${SUFFOLK}") { id } }`)).data.council.id;
    expect(
      (await admin.gql(`mutation($c: ID!) { setFourEyesOnData(councilId: $c, on: false) { fourEyesOnData } }`, { c: councilGid })).errors,
    ).toBeUndefined();
    const indicator = (await server.gql(`{ indicator(framework: ASCOF, code: "1A") { id } }`)).data.indicator.id;
    const ask = () => server.gql(COMPARISON.replace('2019-20', '2018-19'), { id: indicator });
    const before = await ask();
    expect(from(await ask())).toBe('hit');
    const imported = await mi.gql(
      `mutation($c: String!, $g: String) { importMeasurements(content: $c, councilGss: $g, format: template) { created } }`,
      { c: `gss_code,indicator_code,period,value,numerator,denominator,note\n${SUFFOLK},1A,2018-19,19.7,,,\n`, g: SUFFOLK },
    );
    expect(imported.data.importMeasurements.created).toBe(1);
    // A draft: computed afresh, and still not published.
    const drafted = await ask();
    expect(from(drafted)).toBe('miss');
    expect(drafted.data).toEqual(before.data);
    const list = await mi.gql(`query($c: ID!) { measurements(councilId: $c, status: DRAFT, first: 50) { nodes { id version period } } }`, {
      c: (await mi.gql(`query($g: String!) { council(gssCode: $g) { id } }`, { g: SUFFOLK })).data.council.id,
    });
    const m = list.data.measurements.nodes.find((n: { period: string }) => n.period === '2018-19');
    const validated = await mi.gql(
      `mutation($id: ID!, $v: Int!) { validateMeasurement(id: $id, version: $v) { measurement { version } } }`,
      {
        id: m.id,
        v: m.version,
      },
    );
    const v = validated.data.validateMeasurement.measurement.version;
    expect(
      (
        await mi.gql(`mutation($id: ID!, $v: Int!) { publishMeasurement(id: $id, version: $v) { measurement { status } } }`, {
          id: m.id,
          v,
        })
      ).errors,
    ).toBeUndefined();
    const published = await ask();
    expect(from(published)).toBe('miss');
    expect(published.data.comparison.entries.find((e: { council: { gssCode: string } }) => e.council.gssCode === SUFFOLK).value).toBe(19.7);
  });

  it('never answers a signed-in person from the cache, nor keeps their answers', async () => {
    const member = await server.memberOf(SUFFOLK);
    await server.gql(ORG, { gss: SUFFOLK }); // kept for anonymous callers
    const hits = server.api.answerCacheStats().hits;
    const first = await member.gql(ORG, { gss: SUFFOLK });
    const second = await server.countStatements(() => member.gql(ORG, { gss: SUFFOLK }));
    expect([from(first), from(second.result)]).toEqual([null, null]);
    expect(second.count).toBeGreaterThan(2);
    expect(server.api.answerCacheStats().hits).toBe(hits);
  });

  it('keeps an API key apart from anonymous callers, and each key apart from the others', async () => {
    const council = (await admin.gql(`query($g: String!) { council(gssCode: $g) { id } }`, { g: SUFFOLK })).data.council.id;
    const key = async (name: string) =>
      (await admin.gql(`mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }`, { i: { councilId: council, name } })).data
        .createApiKey.secret as string;
    const [one, two] = [await key('Dashboard one'), await key('Dashboard two')];
    const anonymous = await server.gql(WHO);
    const asOne = await server.gql(WHO, {}, { 'x-api-key': one });
    const asOneAgain = await server.gql(WHO, {}, { 'x-api-key': one });
    const asTwo = await server.gql(WHO, {}, { 'x-api-key': two });
    expect(anonymous.data.viewer).toEqual({ kind: 'ANONYMOUS', apiKey: null });
    expect(asOne.data.viewer.apiKey).toMatch(/Dashboard one/);
    expect(from(asOneAgain)).toBe('hit');
    expect(asOneAgain.data).toEqual(asOne.data);
    expect(from(asTwo)).toBe('miss');
    expect(asTwo.data.viewer.apiKey).toMatch(/Dashboard two/);
    // A key's kept answer: the key's own lookup (its use recorded as before) and the data version.
    const kept = await server.countStatements(() => server.gql(WHO, {}, { 'x-api-key': one }));
    expect(from(kept.result)).toBe('hit');
    expect(kept.count).toBeLessThanOrEqual(3);
  });

  it('does not keep `{ __typename }`: it reads nothing, and costs no statement', async () => {
    await server.gql('{ __typename }');
    const again = await server.countStatements(() => server.gql('{ __typename }'));
    expect(again.result.data).toEqual({ __typename: 'Query' });
    expect(from(again.result)).toBeNull();
    expect(again.count).toBe(0);
  });

  it('keeps no errors and no refusals: they are given afresh every time', async () => {
    const missing = 'query { council(gssCode: "E99999999") { name directorates(first: 1) { nodes { name } } } }';
    const tooBig = '{ councils(first: 200) { nodes { people(first: 200) { nodes { name } } } } }';
    for (const query of [missing, tooBig]) {
      const first = await server.gql(query);
      const second = await server.gql(query);
      expect(first.errors?.length ?? 0).toBeGreaterThan(0);
      expect([from(first), from(second)]).toEqual([null, null]);
      expect(second.errors).toEqual(first.errors);
    }
    expect(errorCode(await server.gql(tooBig))).toBe('QUERY_TOO_COMPLEX');
  });

  it('answers an automatic persisted query (the hash alone, once registered) from the same kept answer', async () => {
    const query = `query Apq($gss: String!) { council(gssCode: $gss) { name directorates(first: 3) { nodes { name } } } }`;
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const send = async (body: Record<string, unknown>) => {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ variables: { gss: SUFFOLK }, extensions: { persistedQuery: { version: 1, sha256Hash } }, ...body }),
      });
      return { from: from(res), body: (await res.json()) as { data?: unknown; errors?: Array<{ extensions: { code: string } }> } };
    };
    expect((await send({})).body.errors?.[0]?.extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const registered = await send({ query });
    expect(registered.from).toBe('miss');
    const byHash = await send({});
    expect(byHash.from).toBe('hit');
    expect(byHash.body).toEqual(registered.body);
    // The full text of the same query: the same document hash, the same kept answer.
    expect((await server.gql(query, { gss: SUFFOLK })).headers.get(ANSWER_CACHE_HEADER)).toBe('hit');
  });

  it('with GT_ANSWER_CACHE_MB=0 keeps nothing: every answer is computed', async () => {
    const counts: number[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await uncached.countStatements(() => uncached.gql(ORG, { gss: SUFFOLK }));
      expect(from(res.result)).toBeNull();
      counts.push(res.count);
    }
    expect(Math.min(...counts)).toBeGreaterThan(2);
    expect(uncached.api.answerCacheStats()).toMatchObject({ entries: 0, hits: 0, stored: 0, maxBytes: 0 });
  });
});

describe.each(dialects())('the budget of published answers on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    // About 10 KB: room for a few answers of a few kilobytes.
    server = await startTestServer(dialect, { answerCacheMb: 0.01 });
  }, 120_000);
  afterAll(async () => {
    await server?.close();
  });

  it('evicts the least recently used answers past the budget, and keeps none bigger than all of it', async () => {
    const page = (n: number) => server.gql(`query($n: Int!) { councils(first: $n) { nodes { gssCode name type region } } }`, { n });
    for (const n of [40, 41, 42, 43, 44, 45]) expect((await page(n)).errors).toBeUndefined();
    const stats = server.api.answerCacheStats();
    expect(stats.bytes).toBeLessThanOrEqual(stats.maxBytes);
    expect(stats.evicted).toBeGreaterThan(0);
    expect(stats.entries).toBeLessThan(6);
    expect((await page(45)).headers.get(ANSWER_CACHE_HEADER)).toBe('hit'); // the newest stays
    expect((await page(40)).headers.get(ANSWER_CACHE_HEADER)).toBe('miss'); // the oldest went
    const huge = await server.gql('{ councils(first: 200) { nodes { gssCode name type region } } }');
    expect(JSON.stringify(huge.data).length).toBeGreaterThan(stats.maxBytes);
    expect((await server.gql('{ councils(first: 200) { nodes { gssCode name type region } } }')).headers.get(ANSWER_CACHE_HEADER)).toBe(
      'miss',
    );
  });
});
