/**
 * England's and the regions' published figures (issue 18, item 1): stored from the reference files as
 * areas of their own and served beside the median of councils in comparisons, series and the bulk
 * open data. Every expected value is read here from the source file, never written into the test.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AreaFigure, importMeasurements, MeasurementStatus, PUBLISHED_FILES, referenceDataDir } from '@goldenthread/db';
import { dialects, startTestServer, type TestServer } from '../testkit/index.js';

type Row = Record<string, string>;
const read = (file: string): Row[] => parse(fs.readFileSync(path.join(referenceDataDir, file), 'utf8'), { columns: true, bom: true });
const openData = read('ascof_2020_21_open_data.csv');
const outcomes = read('ascof_outcomes_2018_19_2019_20.csv');

/** The file's published outcome of an area (England or a region) for a measure group, 2020-21, Total. */
function published2020(gss: string, group: string): number {
  const row = openData.find(
    (r) =>
      r['ONS Code'] === gss && r['Measure Group'] === group && r['Disaggregation Level'] === 'Total' && r['Measure Type'] === 'Outcome',
  );
  return Number(row!['Measure Value']);
}

/** The 2018-19 / 2019-20 file's outcome of an area. */
function publishedEarlier(gss: string, group: string, year: string): number {
  const row = outcomes.find((r) => r.ons_code === gss && r.measure_group === group && r.year === year && r.disaggregation === 'Total');
  return Number(row!.outcome);
}

const COMPARISON = `query($id: ID!, $period: String!, $gss: String) {
  comparison(indicatorId: $id, period: $period, gssCode: $gss) {
    groupName median medianLabel
    englandPublished { label value valueStatus period source area { gssCode name type } }
    regionPublished { label value area { gssCode name type } }
  } }`;

describe.each(dialects())("England's and the regions' published figures on %s", (dialect) => {
  let server: TestServer;
  const indicatorId = async (code: string) =>
    (await server.gql(`query($c: String!) { indicator(framework: ASCOF, code: $c) { id } }`, { c: code })).data.indicator.id as string;

  beforeAll(async () => {
    server = await startTestServer(dialect, { seed: 'demo', publishedData: true });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("serves NHS Digital's England figure beside the median of councils, and the council's region's figure", async () => {
    // Suffolk (E10000029) is in the East of England (E12000006).
    for (const group of ['2A2', '2B1']) {
      const res = await server.gql(COMPARISON, { id: await indicatorId(group), period: '2020-21', gss: 'E10000029' });
      expect(res.errors).toBeUndefined();
      const c = res.data.comparison;
      expect(c.medianLabel).toBe('median of English councils');
      expect(c.englandPublished).toMatchObject({
        label: 'England (published)',
        value: published2020('E92000001', group),
        valueStatus: 'VALUE',
        period: '2020-21',
        area: { gssCode: 'E92000001', name: 'England', type: 'ENGLAND' },
      });
      expect(c.englandPublished.source).toMatch(/NHS Digital/);
      // The point of the issue: the published figure is not the median of councils.
      expect(c.englandPublished.value).not.toBe(c.median);
      expect(c.regionPublished).toMatchObject({
        label: 'East of England (published)',
        value: published2020('E12000006', group),
        area: { gssCode: 'E12000006', type: 'REGION' },
      });
    }
    // The comparison's CSV ends with the published figures, labelled and without a rank.
    const q = `query($id: ID!) { comparisonCsv(indicatorId: $id, period: "2020-21", gssCode: "E10000029") }`;
    const csv = parse((await server.gql(q, { id: await indicatorId('2A2') })).data.comparisonCsv, { columns: true }) as Row[];
    expect(csv.slice(-2).map((r) => [r.rank, r.gss_code, r.council, Number(r.value)])).toEqual([
      ['', 'E92000001', 'England (published)', published2020('E92000001', '2A2')],
      ['', 'E12000006', 'East of England (published)', published2020('E12000006', '2A2')],
    ]);
    // Without a council there is no region to compare with.
    const all = await server.gql(COMPARISON, { id: await indicatorId('2A2'), period: '2020-21' });
    expect(all.data.comparison.regionPublished).toBeNull();
    expect(all.data.comparison.englandPublished.value).toBe(published2020('E92000001', '2A2'));
  });

  it("gives a series England's and the region's figure at each period, from both reference files", async () => {
    const q = `query($ids: [ID!]!) { indicatorSeries(gssCode: "E10000029", indicatorIds: $ids, from: "2018-19", to: "2020-21") {
      points { period } englandPublished { period value } regionPublished { period value area { name } } } }`;
    const res = await server.gql(q, { ids: [await indicatorId('2A2')] });
    expect(res.errors).toBeUndefined();
    const s = res.data.indicatorSeries[0];
    const expected = (gss: string) => [
      { period: '2018-19', value: publishedEarlier(gss, '2A2', '2018-19') },
      { period: '2019-20', value: publishedEarlier(gss, '2A2', '2019-20') },
      { period: '2020-21', value: published2020(gss, '2A2') },
    ];
    expect(s.englandPublished).toEqual(expected('E92000001'));
    expect(s.regionPublished.map((p: { period: string; value: number }) => ({ period: p.period, value: p.value }))).toEqual(
      expected('E12000006'),
    );
  });

  it('downloads every England figure of the 2020-21 file as open data rows of area type ENGLAND, each as published', async () => {
    const res = await fetch(`${server.url}/data/measurements.csv?areaType=ENGLAND&periodFrom=2020-21&periodTo=2020-21&framework=ASCOF`);
    expect(res.status).toBe(200);
    const rows = parse(await res.text(), { columns: true }) as Row[];
    const england = openData.filter((r) => r['Geographical Level'] === 'England' && r['Measure Type'] === 'Outcome');
    const stored = (await server.em().find(AreaFigure, { period: '2020-21', area: { gssCode: 'E92000001' } })).length;
    expect(rows.length).toBe(stored);
    expect(rows.length).toBeGreaterThan(50);
    for (const row of rows) {
      expect(row).toMatchObject({ councilGss: 'E92000001', councilName: 'England', areaType: 'ENGLAND', region: '' });
      const source = england.find(
        (r) =>
          r['Measure Group'].toUpperCase() === row.indicatorCode.replace(/[()]/g, '').toUpperCase() &&
          r['Disaggregation Level'] === row.disaggregation,
      );
      expect(source, `${row.indicatorCode} ${row.disaggregation}`).toBeDefined();
      const value = Number(source!['Measure Value']);
      if (Number.isNaN(value)) expect(row.value).toBe('');
      else expect(Number(row.value)).toBe(value);
    }
    // A download without the area types is the councils' measurements only, as before.
    const councils = parse(await (await fetch(`${server.url}/data/measurements.csv?council=E10000029&periodFrom=2020-21`)).text(), {
      columns: true,
    }) as Row[];
    expect(councils.length).toBeGreaterThan(0);
    expect(councils.every((r) => r.councilGss === 'E10000029')).toBe(true);
    const regions = parse(await (await fetch(`${server.url}/data/measurements.csv?areaType=REGION&council=E12000007`)).text(), {
      columns: true,
    }) as Row[];
    expect(regions.length).toBeGreaterThan(0);
    expect(new Set(regions.map((r) => `${r.councilGss}|${r.region}|${r.areaType}`))).toEqual(new Set(['E12000007|London|REGION']));
  });

  it('imports each reference file again with nothing created or changed, for councils and areas alike', async () => {
    for (const f of PUBLISHED_FILES) {
      const report = await importMeasurements(server.em(), fs.readFileSync(path.join(referenceDataDir, f.file), 'utf8'), {
        format: f.format,
        period: f.period ?? null,
        fileName: f.file,
        status: MeasurementStatus.PUBLISHED,
        source: f.source,
        changedBy: null,
      });
      expect(report.errorCount, f.file).toBe(0);
      expect(report, f.file).toMatchObject({ created: 0, changed: 0, stored: false });
      expect(report.areaFigures, f.file).toMatchObject({ created: 0, changed: 0 });
      if (f.format !== 'oflog') expect(report.areaFigures.unchanged, f.file).toBeGreaterThan(100);
    }
  });

  it('reads the published figures of a series in the same number of statements for one indicator or four', async () => {
    const ids = await Promise.all(['2A2', '2B1', '1A', '3A'].map(indicatorId));
    const q = `query($ids: [ID!]!) { indicatorSeries(gssCode: "E10000029", indicatorIds: $ids, from: "2018-19", to: "2020-21") {
      englandPublished { value } regionPublished { value } } }`;
    const one = await server.fewestStatements(() => server.gql(q, { ids: ids.slice(0, 1) }));
    const four = await server.fewestStatements(() => server.gql(q, { ids }));
    expect(four.result.errors).toBeUndefined();
    expect(four.result.data.indicatorSeries.every((s: { englandPublished: unknown[] }) => s.englandPublished.length === 3)).toBe(true);
    expect(four.count).toBe(one.count);
  });
});
