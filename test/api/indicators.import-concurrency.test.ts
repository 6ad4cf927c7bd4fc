import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Council, Measurement } from '@goldenthread/db';
import { dialects, errorCode, startTestServer, type Client, type GqlResult, type TestServer } from '../testkit/index.js';

const IMPORT =
  `mutation($content: String!) { importMeasurements(content: $content, councilGss: "E10000029", fileName: "figures.csv") { ` +
  `stored created changed unchanged } }`;
const RECORD =
  `mutation($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { measurement { id version period ` +
  `disaggregation } } }`;
const HEADER = 'gss_code,indicator_code,period,value,numerator,denominator,note,disaggregation';
const LOCAL = ['L-ASC-01', 'L-ASC-02', 'L-ASC-03', 'L-ASC-04', 'L-ASC-05', 'L-ASC-06'];

/** Monthly periods from April of `year`, `count` of them: 2000-04, 2000-05, ... */
function months(year: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${year + Math.floor((3 + i) / 12)}-${String(((3 + i) % 12) + 1).padStart(2, '0')}`);
}

/** A template file for the demo council: every local indicator x period x breakdown. */
function templateFile(periods: string[], breakdowns: string[], value: (i: number) => number): { content: string; rows: number } {
  const lines = [HEADER];
  let i = 0;
  for (const code of LOCAL) for (const p of periods) for (const b of breakdowns) lines.push(`E10000029,${code},${p},${value(i++)},,,,${b}`);
  return { content: `${lines.join('\n')}\n`, rows: lines.length - 1 };
}

/** A coded error a caller can act on: never an internal error. */
function coded(res: GqlResult): string {
  const code = errorCode(res);
  expect(code, JSON.stringify(res.errors)).toBeDefined();
  expect(code, res.errors?.[0]?.message).not.toBe('INTERNAL_SERVER_ERROR');
  return code!;
}

describe.each(dialects())('imports while others write, on %s', (dialect) => {
  let server: TestServer;
  let mi: Client;
  let councilId: string;
  let indicatorId: string;
  const count = (where: Record<string, unknown> = {}) => server.em().count(Measurement, where);

  beforeAll(async () => {
    // What is tested is who stores which rows and ids, not the time limit: on a loaded machine a
    // 2,000-month import queued behind another can run past the default 15 s operation limit.
    server = await startTestServer(dialect, { seed: 'demo', limits: { timeoutMs: 180_000 } });
    const suffolk = await server.em().findOneOrFail(Council, { gssCode: 'E10000029' }, { populate: ['miResponsible'] });
    mi = await server.signIn(suffolk.miResponsible!.getEntity().email!);
    councilId = (await mi.gql(`{ council(gssCode: "E10000029") { id } }`)).data.council.id;
    indicatorId = (await mi.gql(`query($c: ID!) { indicator(framework: LOCAL, code: "L-ASC-01", councilId: $c) { id } }`, { c: councilId }))
      .data.indicator.id;
  });
  afterAll(async () => {
    await server?.close();
  });

  const record = (disaggregation: string, period = '2021-04') =>
    mi.gql(RECORD, { input: { councilId, indicatorId, period, disaggregation, value: '50' } });

  it('single writes and a second import during a big import all succeed or get a coded, truthful error; the ids stay right', async () => {
    const before = await count();
    const big = templateFile(months(2000, 240), ['Total', 'Male', 'Female', '65 and over'], (i) => i % 100);
    const second = templateFile(months(2000, 120), ['Second import'], (i) => i % 50);
    expect(big.rows).toBeGreaterThan(5000);

    let importing = true;
    const first = mi.gql(IMPORT, { content: big.content }).finally(() => {
      importing = false;
    });
    // Single writes, one every few milliseconds for as long as the big import runs (and at least ten),
    // and a second import of other rows on the way.
    const singles: Array<{ disaggregation: string; result: Promise<GqlResult> }> = [];
    let secondImport: Promise<GqlResult> | null = null;
    for (let i = 0; (importing || i < 10) && i < 400; i++) {
      const disaggregation = `Single ${i}`;
      singles.push({ disaggregation, result: record(disaggregation) });
      if (i === 3) secondImport = mi.gql(IMPORT, { content: second.content });
      await new Promise((r) => setTimeout(r, 15));
    }
    const firstResult = await first;
    const secondResult = await secondImport!;
    const singleResults = await Promise.all(singles.map((s) => s.result));
    const failed = singleResults.flatMap((r, i) =>
      r.errors ? [`${singles[i]!.disaggregation}: ${r.errors[0]!.extensions?.code} ${r.errors[0]!.message}`] : [],
    );

    // The big import: stored, or refused with a coded error (then nothing of it is stored).
    let expected = before;
    const summary = JSON.stringify({
      first: firstResult.errors ?? 'stored',
      second: secondResult.errors ?? 'stored',
      singles: singles.length,
      failed,
    });
    if (firstResult.errors) coded(firstResult);
    else {
      expect(firstResult.data.importMeasurements).toMatchObject({ stored: true, created: big.rows });
      expected += big.rows;
    }
    // The second import has other rows: nothing stops it, so it is stored.
    expect(secondResult.errors, summary).toBeUndefined();
    expect(secondResult.data.importMeasurements).toMatchObject({ stored: true, created: second.rows });
    expected += second.rows;
    // Every single write is stored (none collides with the imports' rows or ids), with its own id.
    expect(failed).toEqual([]);
    const ids = new Set<string>();
    singleResults.forEach((res, i) => {
      expect(res.data.recordMeasurement.measurement).toMatchObject({ disaggregation: singles[i]!.disaggregation, version: 1 });
      ids.add(res.data.recordMeasurement.measurement.id);
    });
    expect(ids.size).toBe(singles.length);
    expected += singles.length;
    expect(await count()).toBe(expected);
    expect(await count({ disaggregation: { $like: 'Single %' } })).toBe(singles.length);
    expect(await count({ disaggregation: 'Second import' })).toBe(second.rows);

    // Afterwards the next write gets a fresh id (the sequence is past every row).
    const after = await record('After the imports');
    expect(after.errors).toBeUndefined();
    expect(await count()).toBe(expected + 1);
  });

  it('single writes of rows the import is storing: each is stored or told someone else stored it, and the import likewise', async () => {
    const before = await count();
    const periods = months(1980, 120);
    const file = templateFile(periods, ['Total', 'Male', 'Female'], (i) => i % 90);
    let importing = true;
    const imported = mi.gql(IMPORT, { content: file.content }).finally(() => {
      importing = false;
    });
    // L-ASC-01, Total, one period after another: rows of the file.
    const singles: Array<{ period: string; result: Promise<GqlResult> }> = [];
    for (let i = 0; (importing || i < 5) && i < periods.length; i++) {
      singles.push({ period: periods[i]!, result: record('Total', periods[i]!) });
      await new Promise((r) => setTimeout(r, 15));
    }
    const importResult = await imported;
    const results = await Promise.all(singles.map((s) => s.result));
    let stored = 0;
    for (const [i, res] of results.entries()) {
      if (res.errors) {
        expect(coded(res)).toBe('CONFLICT');
        expect(res.errors[0]!.message).toMatch(new RegExp(`L-ASC-01 ${singles[i]!.period}.*(already has a value|stored by someone else)`));
      } else stored++;
    }
    if (importResult.errors) {
      expect(coded(importResult)).toBe('CONFLICT');
      expect(importResult.errors[0]!.message).toMatch(/someone else .*nothing .*imported/i);
      expect(await count()).toBe(before + stored);
    } else {
      // Rows written before the import compared were changed by it; none is lost or doubled.
      expect(importResult.data.importMeasurements.stored).toBe(true);
      expect(await count()).toBe(before + file.rows);
    }
    const after = await record('After single writes of the same rows', '2021-06');
    expect(after.errors).toBeUndefined();
  });

  it('two imports of the same rows at the same time: one stores them, the other says someone else did', async () => {
    const before = await count();
    const file = templateFile(months(1990, 120), ['Total', 'Male'], (i) => i % 70);
    const results = await Promise.all([mi.gql(IMPORT, { content: file.content }), mi.gql(IMPORT, { content: file.content })]);
    const stored = results.filter((r) => !r.errors && r.data.importMeasurements.stored);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.data.importMeasurements.created).toBe(file.rows);
    for (const r of results.filter((x) => x !== stored[0])) {
      if (r.errors) {
        expect(coded(r)).toBe('CONFLICT');
        expect(r.errors[0]!.message).toMatch(/at the same time/);
      } else {
        // It read what the first had stored: nothing left to do.
        expect(r.data.importMeasurements).toMatchObject({ stored: false, created: 0, unchanged: file.rows });
      }
    }
    expect(await count()).toBe(before + file.rows);
    const after = await record('After two imports', '2021-05');
    expect(after.errors).toBeUndefined();
  });
});
