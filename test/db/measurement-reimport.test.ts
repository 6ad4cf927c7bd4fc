import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Council,
  Indicator,
  IndicatorFramework,
  Measurement,
  MeasurementStatus,
  PUBLISHED_FILES,
  importMeasurements,
  referenceDataDir,
  samePublishedNumber,
  seedReference,
} from '@goldenthread/db';
import { createTestDatabase, dialects, type TestDatabase } from '../testkit/index.js';

/** Imports a reference file exactly as the published-data seeder does (same importer, same options). */
async function importFile(db: TestDatabase, f: (typeof PUBLISHED_FILES)[number]) {
  return importMeasurements(db.orm.em.fork(), fs.createReadStream(path.join(referenceDataDir, f.file)), {
    format: f.format,
    period: f.period ?? null,
    fileName: f.file,
    status: MeasurementStatus.PUBLISHED,
    source: f.source,
    history: false,
  });
}

describe.each(dialects())('re-importing a measurement file on %s', (dialect) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    await seedReference(db.orm.em.fork());
  });
  afterAll(async () => {
    await db?.close();
  });

  for (const f of PUBLISHED_FILES) {
    it(`a second import of ${f.file} changes nothing`, async () => {
      const first = await importFile(db, f);
      expect(first.fileError).toBeNull();
      expect(first.errorCount).toBe(0);
      expect(first.created + first.changed).toBeGreaterThan(0);
      const second = await importFile(db, f);
      expect({ created: second.created, changed: second.changed }).toEqual({ created: 0, changed: 0 });
      expect(second.unchanged).toBe(first.measurements);
    }, 120_000);
  }

  it('stores Torbay ASC7 2022-23 exactly as the Oflog file publishes it', async () => {
    const em = db.orm.em.fork();
    const torbay = await em.findOneOrFail(Council, { gssCode: 'E06000027' });
    const asc7 = await em.findOneOrFail(Indicator, { framework: IndicatorFramework.OFLOG, code: 'ASC7' });
    const m = await em.findOneOrFail(Measurement, { council: torbay, indicator: asc7, period: '2022-23' });
    expect(m.value).toBe(30.70181103);
  });

  it('stores awkward numbers and reads them back exactly', async () => {
    const em = db.orm.em.fork();
    const council = await em.findOneOrFail(Council, { gssCode: 'E06000027' });
    const indicator = await em.findOneOrFail(Indicator, { framework: IndicatorFramework.OFLOG, code: 'ASC7' });
    // Written in a CSV as JavaScript prints them (no exponents: the importer reads plain decimals).
    const awkward = [
      30.70181103,
      0.1 + 0.2,
      0.3,
      1 / 3,
      2 / 3,
      123456789.12345679,
      1e15 + 0.5,
      9007199254740992,
      0.000001234567891,
      -0.000123456789,
      98.76543210987654,
      123456789012345680000,
    ];
    const lines = ['gss_code,indicator_code,period,value,numerator,denominator,note'];
    for (const [i, v] of awkward.entries()) lines.push(`E06000027,ASC7,${2000 + i}-${String((i + 1) % 100).padStart(2, '0')},${v},${v},,`);
    const csv = `${lines.join('\n')}\n`;
    const options = {
      format: 'template' as const,
      period: null,
      fileName: 'awkward.csv',
      status: MeasurementStatus.DRAFT,
      source: 'test',
      history: false,
    };
    const first = await importMeasurements(em.fork(), Readable.from([csv]), options);
    expect(first.fileError).toBeNull();
    expect(first.errors).toEqual([]);
    expect(first.created).toBe(awkward.length);
    const where = { council, indicator, period: { $like: '20%-%' }, source: 'test' };
    const stored = await em.fork().find(Measurement, where, { orderBy: { period: 'asc' } });
    expect(stored.map((m) => m.value)).toEqual(awkward);
    expect(stored.map((m) => m.numerator)).toEqual(awkward);
    const second = await importMeasurements(em.fork(), Readable.from([csv]), options);
    const counts = { created: second.created, changed: second.changed, unchanged: second.unchanged };
    expect(counts).toEqual({ created: 0, changed: 0, unchanged: awkward.length });
    // Extremes written through the ORM (the same path as every write) read back exactly too.
    const extremes = [1e-300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, -1.5e300, 1e21 + 1e6, 0.1 + 0.7, 4.35, 1.005];
    const id = stored[0]!.id;
    for (const v of extremes) {
      await em.fork().nativeUpdate(Measurement, { id }, { value: v, numerator: -v });
      const back = await em.fork().findOneOrFail(Measurement, { id }, { disableIdentityMap: true });
      expect([back.value, back.numerator]).toEqual([v, -v]);
      expect(await em.fork().count(Measurement, { id, value: v })).toBe(1);
    }
  });
});

describe('comparing numbers at the precision sources publish', () => {
  it('treats one floating-point step as the same number, and a published digit as a change', () => {
    expect(samePublishedNumber(30.70181103, 30.701811030000002)).toBe(true);
    expect(samePublishedNumber(0.1 + 0.2, 0.3)).toBe(true);
    expect(samePublishedNumber(30.70181103, 30.70181104)).toBe(false);
    expect(samePublishedNumber(0.41, 0.42)).toBe(false);
    expect(samePublishedNumber(null, 0)).toBe(false);
    expect(samePublishedNumber(null, null)).toBe(true);
    expect(samePublishedNumber(1e-300, 2e-300)).toBe(false);
  });
});
