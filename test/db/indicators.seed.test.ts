import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Indicator,
  IndicatorFramework,
  Measurement,
  MeasurementStatus,
  PeriodKind,
  Polarity,
  ValueStatus,
  seedDemo,
  seedPublished,
  seedReference,
} from '@goldenthread/db';
import { createTestDatabase, dialects, type TestDatabase } from '../testkit/index.js';

describe.each(dialects())('indicator reference and published data seeds on %s', (dialect) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    await seedReference(db.orm.em.fork());
  });
  afterAll(async () => {
    await db?.close();
  });

  it('defines the ASCOF, PAF and Oflog indicators with their polarity', async () => {
    const em = db.orm.em.fork();
    expect(await em.count(Indicator, { framework: IndicatorFramework.ASCOF })).toBe(29);
    expect(await em.count(Indicator, { framework: IndicatorFramework.PAF })).toBe(20);
    expect(await em.count(Indicator, { framework: IndicatorFramework.OFLOG })).toBe(7);
    expect((await em.findOneOrFail(Indicator, { framework: IndicatorFramework.ASCOF, code: '2A2' })).polarity).toBe(
      Polarity.LOWER_IS_BETTER,
    );
    expect((await em.findOneOrFail(Indicator, { framework: IndicatorFramework.OFLOG, code: 'ASC1' })).polarity).toBe(
      Polarity.HIGHER_IS_BETTER,
    );
    expect((await em.findOneOrFail(Indicator, { framework: IndicatorFramework.OFLOG, code: 'ASC6' })).polarity).toBe(Polarity.UNKNOWN);
    expect((await em.findOneOrFail(Indicator, { framework: IndicatorFramework.PAF, code: 'B11' })).polarity).toBe(Polarity.UNKNOWN);
    // Refreshing changes nothing.
    await seedReference(db.orm.em.fork());
    expect(await db.orm.em.fork().count(Indicator, {})).toBe(56);
  });

  it('loads every published value as PUBLISHED, suppressed values as such, and a second load adds nothing', async () => {
    const started = Date.now();
    await seedPublished(db.orm.em.fork());
    const em = db.orm.em.fork();
    const total = await em.count(Measurement, {});
    console.log(`[${dialect}] ${total} published measurements in ${Date.now() - started} ms`);
    expect(total).toBeGreaterThan(40_000);
    expect(await em.count(Measurement, { status: { $ne: MeasurementStatus.PUBLISHED } })).toBe(0);
    expect(await em.count(Measurement, { valueStatus: ValueStatus.SUPPRESSED })).toBeGreaterThan(0);
    expect(await em.count(Measurement, { valueStatus: { $ne: ValueStatus.VALUE }, value: { $ne: null } })).toBe(0);
    await seedPublished(db.orm.em.fork());
    expect(await db.orm.em.fork().count(Measurement, {})).toBe(total);
  });

  it('seeds the demo council with local monthly indicators', async () => {
    await seedDemo(db.orm.em.fork());
    const em = db.orm.em.fork();
    // The indicators demo's six measured local indicators (the golden-thread demo adds its own, unmeasured).
    expect(await em.count(Indicator, { framework: IndicatorFramework.LOCAL, code: { $like: 'L-ASC-%' } })).toBe(6);
    expect(await em.count(Measurement, { periodKind: PeriodKind.MONTH })).toBe(6 * 24);
  });
});
