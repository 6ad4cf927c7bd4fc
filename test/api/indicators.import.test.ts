import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Council, importMeasurements, Measurement, MeasurementHistory, MeasurementStatus, referenceDataDir } from '@goldenthread/db';
import { dialects, errorCode, startTestServer, type Client, type TestServer } from '../testkit/index.js';

const IMPORT = `mutation($content: String!, $format: ImportFormat, $dryRun: Boolean, $councilGss: String, $period: String,
  $fileName: String) {
  importMeasurements(content: $content, format: $format, dryRun: $dryRun, councilGss: $councilGss, period: $period, fileName: $fileName) {
    format dryRun stored linesRead skipped measurements created changed unchanged } }`;

const HEADER = 'gss_code,indicator_code,period,value,numerator,denominator,note';

describe.each(dialects())('measurement import on %s', (dialect) => {
  let server: TestServer;
  const count = async () => server.em().count(Measurement, {});
  // The demo council's MI-responsible manager: may enter and publish any of its measurements.
  let mi: Client;
  const run = (content: string, vars: Record<string, unknown> = {}) => mi.gql(IMPORT, { content, councilGss: 'E10000029', ...vars });

  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'demo' });
    const suffolk = await server.em().findOneOrFail(Council, { gssCode: 'E10000029' }, { populate: ['miResponsible'] });
    mi = await server.signIn(suffolk.miResponsible!.getEntity().email!);
  });
  afterAll(async () => {
    await server?.close();
  });

  async function refused(content: string, expected: Array<{ line: number; match: RegExp }>, vars: Record<string, unknown> = {}) {
    const before = await count();
    const res = await run(content, vars);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    const ext = res.errors![0]!.extensions!;
    expect(ext.field).toBe('content');
    const rowErrors = ext.rowErrors as Array<{ line: number; column: string | null; message: string }>;
    expect(rowErrors.map((e) => e.line)).toEqual(expected.map((e) => e.line));
    expected.forEach((e, i) => {
      expect(rowErrors[i]!.message).toMatch(e.match);
    });
    expect(await count()).toBe(before);
    return res;
  }

  it('refuses every kind of bad row, lists them all with line numbers and stores nothing', async () => {
    const file = [
      HEADER,
      'E10000029,1A,2020-21,19.1,,,',
      'E99999999,1A,2020-21,19.0,,,', // unknown council
      'E10000029,ZZ9,2020-21,19.0,,,', // unknown indicator
      'E10000029,1B,2020-13,70,,,', // bad period
      'E10000029,1E,2020-21,abc,,,', // non-numeric value
      'E10000029,1A,2020-21,19.2,,,', // duplicate of line 2
      'E10000029,1F,2020-21 Q1,5,,,', // quarter for an annual indicator
      'E10000029,1G,2020-21,"1,23",,,', // misplaced thousands separator
    ].join('\n');
    const res = await refused(file, [
      { line: 3, match: /no council with GSS code 'E99999999'/ },
      { line: 4, match: /no indicator .* with code 'ZZ9'/ },
      { line: 5, match: /2020-13/ },
      { line: 6, match: /'abc' is not a value/ },
      { line: 7, match: /Duplicate row: .* line 2/ },
      { line: 8, match: /quarter.*financial year like 2020-21 is expected/ },
      { line: 9, match: /commas/ },
    ]);
    expect(res.errors![0]!.message).toMatch(/7 rows of the file have problems, so nothing was imported/);
    expect(res.errors![0]!.extensions!.errorCount).toBe(7);
  });

  it('refuses a wrong header, an empty file and a header without rows, naming the problem', async () => {
    for (const [content, match] of [
      ['council,indicator,when,amount\nE10000029,1A,2020-21,19', /header is not one this system reads/],
      ['gss_code,indicator_code,value\nE10000029,1A,19', /must have the column 'period'/],
      ['', /empty/],
      [`${HEADER}\n\n`, /header but no rows/],
    ] as const) {
      const before = await count();
      const res = await run(content);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0]!.extensions!.field).toBe('content');
      expect(res.errors![0]!.message).toMatch(match);
      expect(await count()).toBe(before);
    }
  });

  it('refuses an upload over the size limit with a clear message', async () => {
    const big = `${HEADER}\n${'E10000029,1A,2020-21,19.1,,,\n'.repeat(Math.ceil((10 * 1024 * 1024) / 28) + 10)}`;
    const before = await count();
    const res = await run(big);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.message).toMatch(/larger than the limit of 10 MB/);
    expect(await count()).toBe(before);
  });

  it(
    'reads a real spreadsheet export: BOM, CRLF, stray spaces in headers, thousands separators, percent signs, [c] and [x], trailing ' +
      'blank lines',
    async () => {
      const content =
        '\uFEFF GSS_Code , Indicator Code ,Period, Value ,Numerator,Denominator,Note\r\n' +
        'E10000029,1C2A,2019-20, 27.5% ,"1,234",4487,from the return\r\n' +
        'E10000029,2A2,2019-20,"1,020.5",,,\r\n' +
        'E10000029,1E,2019-20,[c],,,small numbers\r\n' +
        'E10000029,1F,2019-20,[x],,,\r\n' +
        '\r\n,,,,,,\r\n\r\n';
      // The demo council already has monthly local measurements: count from what is there.
      const base = await count();
      const baseHistory = await server.em().count(MeasurementHistory, {});
      const dry = await run(content, { dryRun: true });
      expect(dry.errors).toBeUndefined();
      expect(dry.data.importMeasurements).toMatchObject({
        format: 'template',
        dryRun: true,
        stored: false,
        measurements: 4,
        created: 4,
        changed: 0,
        unchanged: 0,
      });
      expect(await count()).toBe(base);

      const res = await run(content);
      expect(res.errors).toBeUndefined();
      expect(res.data.importMeasurements).toMatchObject({ stored: true, created: 4 });
      const em = server.em();
      const rows = await em.find(Measurement, {}, { populate: ['indicator'], orderBy: { id: 'asc' } });
      const byCode = new Map(rows.map((m) => [m.indicator.getEntity().code, m]));
      expect(byCode.get('1C2A')).toMatchObject({
        value: 27.5,
        valueStatus: 'VALUE',
        numerator: 1234,
        denominator: 4487,
        status: 'DRAFT',
        note: 'from the return',
      });
      expect(byCode.get('2A2')).toMatchObject({ value: 1020.5 });
      expect(byCode.get('1E')).toMatchObject({ value: null, valueStatus: 'SUPPRESSED' });
      expect(byCode.get('1F')).toMatchObject({ value: null, valueStatus: 'NOT_AVAILABLE' });
      expect(await em.count(MeasurementHistory, {})).toBe(baseHistory + 4);

      // The same file again changes nothing.
      const again = await run(content);
      expect(again.data.importMeasurements).toMatchObject({ stored: false, created: 0, changed: 0, unchanged: 4 });
      expect(await count()).toBe(base + 4);
      expect(await server.em().count(MeasurementHistory, {})).toBe(baseHistory + 4);

      // One value corrected: one change, a new version with its history; a dry run of it stores nothing.
      const corrected = content.replace('"1,020.5"', '990');
      const dryChange = await run(corrected, { dryRun: true });
      expect(dryChange.data.importMeasurements).toMatchObject({ created: 0, changed: 1, unchanged: 3, stored: false });
      expect((await server.em().findOneOrFail(Measurement, { value: 1020.5 })).version).toBe(1);
      const changed = await run(corrected);
      expect(changed.data.importMeasurements).toMatchObject({ created: 0, changed: 1, unchanged: 3, stored: true });
      const m = await server.em().findOneOrFail(Measurement, { value: 990 });
      expect(m.version).toBe(2);
      expect(
        (await server.em().find(MeasurementHistory, { measurement: m.id }, { orderBy: { version: 'asc' } })).map((h) => h.value),
      ).toEqual([1020.5, 990]);
    },
  );

  it('keeps a template import to one council when asked', async () => {
    const before = await count();
    await refused(
      `${HEADER}\nE10000029,1A,2019-20,19.1,,,\nE08000001,1A,2019-20,19.3,,,\n`,
      [{ line: 3, match: /import is for Suffolk only/ }],
      { councilGss: 'E10000029' },
    );
    expect(await count()).toBe(before);
  });

  it("imports the real ASCOF 2020-21 open data: England median and a council's quartile match an independent computation", async () => {
    const file = path.join(referenceDataDir, 'ascof_2020_21_open_data.csv');
    const content = fs.readFileSync(file, 'utf8');
    const before = await count();
    // A file for every council is loaded by an operator (the command line's importer); the API
    // imports a council's own rows only.
    const operatorImport = () =>
      importMeasurements(server.em(), content, {
        fileName: 'ascof_2020_21_open_data.csv',
        status: MeasurementStatus.PUBLISHED,
        changedBy: null,
      });
    const report = await operatorImport();
    expect(report.format).toBe('ascof');
    expect(report.created).toBeGreaterThan(10_000);
    expect(await count()).toBe(before + report.created);
    const again = await operatorImport();
    expect(again).toMatchObject({ created: 0, changed: 0, stored: false });

    // Independently: ASCOF 2A(2) 2020-21 (lower is better), councils' Total outcomes from the same file.
    const rows = parse(content, { columns: true, bom: true }) as Array<Record<string, string>>;
    const values = rows
      .filter(
        (r) =>
          r['Geographical Level'] === 'Council' &&
          r['Measure Group'] === '2A2' &&
          r['Disaggregation Level'] === 'Total' &&
          r['Measure Type'] === 'Outcome',
      )
      .map((r) => ({ gss: r['ONS Code']!, value: Number(r['Measure Value']) }))
      .filter((r) => !Number.isNaN(r.value));
    const sorted = values.map((v) => v.value).sort((a, b) => a - b);
    const n = sorted.length;
    const expectedMedian = n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
    const council = 'E08000003'; // Manchester
    const own = values.find((v) => v.gss === council)!.value;
    const rank = 1 + values.filter((v) => v.value < own).length;
    const expectedQuartile = Math.ceil((4 * rank) / n);

    const indicator = await server.gql(`{ indicator(framework: ASCOF, code: "2A2") { id polarity } }`);
    expect(indicator.data.indicator.polarity).toBe('LOWER_IS_BETTER');
    const cmp = await server.gql(
      `query($id: ID!, $gss: String) { comparison(indicatorId: $id, period: "2020-21", gssCode: $gss) { groupName count median ` +
        `highlighted { value rank quartile count } } }`,
      { id: indicator.data.indicator.id, gss: council },
    );
    expect(cmp.errors).toBeUndefined();
    expect(cmp.data.comparison.count).toBe(n);
    expect(cmp.data.comparison.median).toBeCloseTo(expectedMedian, 9);
    expect(cmp.data.comparison.highlighted).toMatchObject({ value: own, rank, quartile: expectedQuartile, count: n });
  });
});
