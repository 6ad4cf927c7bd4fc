import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Council, Measurement } from '@goldenthread/db';
import { dialects, errorCode, startTestServer, type Client, type TestServer } from '../testkit/index.js';

/**
 * An import reports every problem of a line (not only the first), and its dry run previews the rows it
 * would create, change or leave unchanged, with the figure stored now; nothing is stored by either.
 */
const IMPORT = `mutation($content: String!, $dryRun: Boolean) {
  importMeasurements(content: $content, dryRun: $dryRun, councilGss: "E10000029") {
    dryRun stored created changed unchanged
    preview { line action councilName indicatorCode indicatorTitle period disaggregation value valueStatus storedValue storedStatus } } }`;
const HEADER = 'gss_code,indicator_code,period,value,numerator,denominator,note';

describe.each(dialects())('measurement import problems and preview on %s', (dialect) => {
  let server: TestServer;
  let mi: Client;
  const count = () => server.em().count(Measurement, {});

  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'demo' });
    const suffolk = await server.em().findOneOrFail(Council, { gssCode: 'E10000029' }, { populate: ['miResponsible'] });
    mi = await server.signIn(suffolk.miResponsible!.getEntity().email!);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('reports every problem of a line: a bad period and a value that is not a number, on one line', async () => {
    const before = await count();
    const file = [
      HEADER,
      'E10000029,1A,2020-13,abc,,,', // bad period and bad value
      'E10000029,ZZ9,2020-99,abc,ten,,', // unknown indicator, a period of no kind, bad value, bad numerator
      'E10000029,1A,2021-22,19.5,,,',
    ].join('\n');
    const res = await mi.gql(IMPORT, { content: file, dryRun: false });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    const rows = res.errors![0]!.extensions!.rowErrors as Array<{ line: number; column: string | null; message: string }>;
    expect(rows.map((e) => [e.line, e.column])).toEqual([
      [2, 'period'],
      [2, 'value'],
      [3, 'indicator_code'],
      [3, 'period'],
      [3, 'numerator'],
      [3, 'value'],
    ]);
    expect(rows[1]!.message).toMatch(/abc/);
    expect(res.errors![0]!.extensions!.errorCount).toBe(6);
    expect(await count()).toBe(before);
  });

  it('previews the rows a dry run would create, change and leave unchanged, with the stored figure', async () => {
    const [stored] = await server
      .em()
      .find(
        Measurement,
        { council: { gssCode: 'E10000029' }, indicator: { framework: 'LOCAL' as never }, disaggregation: 'Total', value: { $ne: null } },
        { orderBy: { period: 'desc' }, limit: 1, populate: ['indicator'] },
      );
    expect(stored).toBeDefined();
    const value = stored!.value!;
    const code = stored!.indicator.getEntity().code;
    const file = [
      HEADER,
      `E10000029,${code},2031-01,12.5,,,`,
      `E10000029,${code},${stored!.period},${value + 1},,,`,
      `E10000029,${code},2031-02,7,,,`,
    ].join('\n');
    const before = await count();
    const res = await mi.gql(IMPORT, { content: file, dryRun: true });
    expect(res.errors).toBeUndefined();
    const r = res.data.importMeasurements;
    expect(r).toMatchObject({ dryRun: true, stored: false, created: 2, changed: 1, unchanged: 0 });
    expect(r.preview.map((p: { line: number; action: string }) => [p.line, p.action])).toEqual([
      [2, 'CREATE'],
      [3, 'CHANGE'],
      [4, 'CREATE'],
    ]);
    expect(r.preview[1]).toMatchObject({
      councilName: 'Suffolk',
      indicatorCode: code,
      period: stored!.period,
      disaggregation: 'Total',
      value: value + 1,
      valueStatus: 'VALUE',
      storedValue: value,
      storedStatus: stored!.status,
    });
    expect(r.preview[0].indicatorTitle).toBe(stored!.indicator.getEntity().title);
    expect(r.preview[0]).toMatchObject({ storedValue: null, storedStatus: null });
    expect(await count()).toBe(before);

    // Stored, then the same file again: every row unchanged.
    expect((await mi.gql(IMPORT, { content: file, dryRun: false })).errors).toBeUndefined();
    const again = await mi.gql(IMPORT, { content: file, dryRun: true });
    expect(again.data.importMeasurements.preview.map((p: { action: string }) => p.action)).toEqual(['UNCHANGED', 'UNCHANGED', 'UNCHANGED']);
    expect(again.data.importMeasurements.unchanged).toBe(3);
  });
});
