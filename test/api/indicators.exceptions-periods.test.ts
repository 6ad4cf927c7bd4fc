/**
 * Exceptions of a financial year include the monthly and quarterly indicators, each judged at its latest
 * month or quarter of the year with a figure (domain reportingPeriod): before, only annual indicators
 * were judged for a year, and the demo council's monthly measures never showed among its exceptions.
 * The monthly oracle is the API's own answer for that month; the quarterly indicator is made here with
 * a falling series that misses its target in its latest quarter.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Council,
  DEMO_COUNCIL_GSS,
  Indicator,
  IndicatorFramework,
  IndicatorFrequency,
  Measurement,
  MeasurementStatus,
  Polarity,
  Target,
} from '@goldenthread/db';
import { dialects, startTestServer, type Client, type TestServer } from '../testkit/index.js';

const EXCEPTIONS = `query($p: String!) { performanceExceptions(gssCode: "${DEMO_COUNCIL_GSS}", period: $p) {
  period message reasons severity indicator { code frequency } } }`;
const MISSING = `query($p: String!) {
  missingCommentary(gssCode: "${DEMO_COUNCIL_GSS}", period: $p) { period message indicator { code } } }`;
const YEAR = { text: '2024-25', start: '2024-04-01', end: '2025-03-31' };
const QUARTERS: [string, string, number][] = [
  ['2023-24 Q3', '2023-10-01', 80],
  ['2023-24 Q4', '2024-01-01', 79],
  ['2024-25 Q1', '2024-04-01', 78],
  ['2024-25 Q2', '2024-07-01', 77],
  ['2024-25 Q3', '2024-10-01', 61],
];

describe.each(dialects())('exceptions of monthly and quarterly indicators on %s', (dialect) => {
  let server: TestServer;
  let staff: Client;
  /** Latest month of 2024-25 with a number, per monthly indicator code: for the public and for the council's staff. */
  const latest = { public: new Map<string, string>(), staff: new Map<string, string>() };

  beforeAll(async () => {
    server = await startTestServer(dialect);
    const em = server.em();
    const council = await em.findOneOrFail(Council, { gssCode: DEMO_COUNCIL_GSS });
    const quarterly = em.create(Indicator, {
      framework: IndicatorFramework.LOCAL,
      code: 'L-TEST-Q',
      title: 'Reviews completed on time (quarterly)',
      unit: '%',
      polarity: Polarity.HIGHER_IS_BETTER,
      frequency: IndicatorFrequency.QUARTERLY,
      council,
    });
    await em.flush();
    const now = new Date();
    await em.insertMany(
      Measurement,
      QUARTERS.map(([period, periodStart, value]) => ({
        council: council.id,
        indicator: quarterly.id,
        period,
        periodKind: 'QUARTER',
        periodStart,
        disaggregation: 'Total',
        value,
        valueStatus: 'VALUE',
        status: MeasurementStatus.PUBLISHED,
        version: 1,
        createdAt: now,
        updatedAt: now,
      })) as never,
    );
    em.create(Target, { council, indicator: quarterly, period: YEAR.text, value: 75 });
    await em.flush();

    const monthly = await em.find(Indicator, { council: council.id, frequency: IndicatorFrequency.MONTHLY });
    expect(monthly.length).toBeGreaterThan(0);
    const rows = await em.find(
      Measurement,
      { council: council.id, indicator: { $in: monthly.map((i) => i.id) }, periodStart: { $gte: YEAR.start, $lte: YEAR.end } },
      { populate: ['indicator'] },
    );
    for (const m of rows) {
      if (m.valueStatus !== 'VALUE') continue;
      const code = m.indicator.getEntity().code;
      for (const [who, ok] of [
        ['public', m.status === MeasurementStatus.PUBLISHED],
        ['staff', true],
      ] as const)
        if (ok && (latest[who].get(code) ?? '') < m.period) latest[who].set(code, m.period);
    }
    staff = await server.adminOf(DEMO_COUNCIL_GSS);
  });
  afterAll(async () => {
    await server?.close();
  });

  for (const who of ['public', 'staff'] as const) {
    it(`lists the monthly indicators' exceptions of 2024-25 at their latest month, as that month's own (${who})`, async () => {
      const ask = (p: string) => (who === 'staff' ? staff.gql(EXCEPTIONS, { p }) : server.gql(EXCEPTIONS, { p }));
      const year = await ask(YEAR.text);
      expect(year.errors).toBeUndefined();
      const monthlyInYear = year.data.performanceExceptions.filter((e: any) => e.indicator.frequency === 'MONTHLY');
      expect(monthlyInYear.length, 'monthly exceptions in the year').toBeGreaterThan(0);
      // Each monthly indicator with an exception in its latest month has it in the year's list, the same finding.
      let compared = 0;
      for (const month of new Set(latest[who].values())) {
        const own = await ask(month);
        expect(own.errors).toBeUndefined();
        for (const e of own.data.performanceExceptions.filter((x: any) => latest[who].get(x.indicator.code) === month)) {
          expect(monthlyInYear).toContainEqual(e);
          compared++;
        }
      }
      expect(compared).toBe(monthlyInYear.length);
      for (const e of monthlyInYear) {
        expect(e.period).toBe(latest[who].get(e.indicator.code));
        expect(e.message.startsWith(`In ${e.period}, `)).toBe(true);
      }
      // The annual indicators are judged at the year, as before.
      const annual = year.data.performanceExceptions.filter((e: any) => e.indicator.frequency === 'ANNUAL');
      expect(annual.every((e: any) => e.period === YEAR.text)).toBe(true);
    });
  }

  it('judges a quarterly indicator at its latest quarter with a figure, for the year and for the quarter', async () => {
    const year = (await server.gql(EXCEPTIONS, { p: YEAR.text })).data.performanceExceptions;
    const inYear = year.filter((e: any) => e.indicator.code === 'L-TEST-Q');
    expect(inYear).toHaveLength(1);
    expect(inYear[0]).toMatchObject({ period: '2024-25 Q3', reasons: ['RED', 'DETERIORATING'], severity: 'high' });
    expect(inYear[0].message).toMatch(
      /^In 2024-25 Q3, Reviews completed on time \(quarterly\) is off target .* worse than in 2024-25 Q2\.$/,
    );
    const quarter = (await server.gql(EXCEPTIONS, { p: '2024-25 Q3' })).data.performanceExceptions;
    expect(quarter.filter((e: any) => e.indicator.code === 'L-TEST-Q')).toEqual(inYear);
    // The quarter with no figure yet has no exception; the previous year had no target and no fall.
    const q4 = (await server.gql(EXCEPTIONS, { p: '2024-25 Q4' })).data.performanceExceptions;
    expect(q4.some((e: any) => e.indicator.code === 'L-TEST-Q')).toBe(false);
    const before = (await server.gql(EXCEPTIONS, { p: '2023-24' })).data.performanceExceptions;
    expect(before.some((e: any) => e.indicator.code === 'L-TEST-Q')).toBe(false);
  });

  it('asks for commentary on a monthly or quarterly exception of the year in its own period', async () => {
    const res = await staff.gql(MISSING, { p: YEAR.text });
    expect(res.errors).toBeUndefined();
    const quarterly = res.data.missingCommentary.find((f: any) => f.indicator.code === 'L-TEST-Q');
    expect(quarterly?.period).toBe('2024-25 Q3');
    const monthly = res.data.missingCommentary.filter((f: any) => latest.staff.has(f.indicator.code));
    for (const f of monthly) expect(f.period).toBe(latest.staff.get(f.indicator.code));
  });
});
