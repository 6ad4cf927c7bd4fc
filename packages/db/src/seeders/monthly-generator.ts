/**
 * Bigger data for benchmarks and statement-count tests (README "Bigger data"): every council that
 * existed in a financial year gets `indicators` local monthly indicators of its own with a published
 * figure for each month of the year. With the defaults (50 indicators, 12 months, 152 councils) that is
 * about 91,000 measurements on top of the published ASCOF and Oflog data. Deterministic (same options,
 * same data) and idempotent: a council that already has the generated indicators is left alone.
 */
import { IndicatorFramework, IndicatorFrequency, MeasurementStatus, Polarity, toPeriod } from '@goldenthread/domain';
import { Indicator } from '../indicators/indicator.entity.js';
import { Measurement } from '../indicators/measurement.entity.js';
import { Council } from '../organisation/council.entity.js';
import type { Em } from '../orm.js';
import { bulkInsert } from '../shared/bulk-insert.js';
import { mulberry32 } from './organisation-generator.random.js';

export interface MonthlyDataOptions {
  /** Local monthly indicators per council (default 50). */
  indicators?: number;
  /** The financial year whose twelve months get a figure (default 2024-25). */
  year?: string;
  /** Only these councils (GSS codes); every council that existed in the year by default. */
  councils?: readonly string[];
  seed?: number;
}

/** The code of the n-th generated indicator (1-based): GEN-01, GEN-02, ... */
export const generatedIndicatorCode = (n: number): string => `GEN-${String(n).padStart(2, '0')}`;

/** The twelve months of a financial year as periods (`2024-04` ... `2025-03`). */
function monthsOf(year: string): { text: string; start: string }[] {
  const first = Number(toPeriod(year).start.slice(0, 4));
  return Array.from({ length: 12 }, (_, i) => {
    const y = first + Math.floor((3 + i) / 12);
    const text = `${y}-${String(((3 + i) % 12) + 1).padStart(2, '0')}`;
    return { text, start: `${text}-01` };
  });
}

/** Seeds the generated monthly data; answers how many councils, indicators and measurements were added. */
export async function seedMonthlyData(
  em: Em,
  options: MonthlyDataOptions = {},
): Promise<{ councils: number; indicators: number; measurements: number }> {
  const perCouncil = options.indicators ?? 50;
  const year = toPeriod(options.year ?? '2024-25');
  const months = monthsOf(year.text);
  const random = mulberry32(options.seed ?? 1);
  const all = await em.find(Council, options.councils ? { gssCode: { $in: [...options.councils] } } : {}, { orderBy: { gssCode: 'asc' } });
  const existed = all.filter((c) => {
    return (!c.startDate || c.startDate <= year.end) && (!c.endDate || c.endDate >= year.start);
  });
  const done = new Set(
    (
      await em.find(
        Indicator,
        { framework: IndicatorFramework.LOCAL, code: generatedIndicatorCode(1), council: { $in: existed.map((c) => c.id) } },
        { fields: ['council'] },
      )
    ).map((i) => i.council!.id),
  );
  const councils = existed.filter((c) => !done.has(c.id));
  const now = new Date();
  const indicatorRows = councils.flatMap((council) =>
    Array.from({ length: perCouncil }, (_, k) => ({
      framework: IndicatorFramework.LOCAL,
      code: generatedIndicatorCode(k + 1),
      title: `Generated monthly measure ${k + 1}`,
      definition: 'A generated local monthly indicator for benchmarks (README "Bigger data"): not real data.',
      unit: '%',
      polarity: k % 3 === 2 ? Polarity.LOWER_IS_BETTER : Polarity.HIGHER_IS_BETTER,
      polaritySourced: false,
      frequency: IndicatorFrequency.MONTHLY,
      source: 'Generated (seed monthly)',
      council: council.id,
      version: 1,
      createdAt: now,
      updatedAt: now,
    })),
  );
  const ids = await bulkInsert(em, Indicator, indicatorRows as never, { reserve: true });
  const measurementRows = ids.flatMap((indicator, n) => {
    const council = indicatorRows[n]!.council;
    let level = 40 + random() * 40;
    return months.map((month) => {
      level = Math.min(100, Math.max(0, level + (random() - 0.5) * 4));
      return {
        council,
        indicator,
        period: month.text,
        periodKind: 'MONTH',
        periodStart: month.start,
        disaggregation: 'Total',
        value: Number(level.toFixed(1)),
        valueStatus: 'VALUE',
        status: MeasurementStatus.PUBLISHED,
        source: 'Generated (seed monthly)',
        version: 1,
        createdAt: now,
        updatedAt: now,
      };
    });
  });
  await bulkInsert(em, Measurement, measurementRows as never);
  return { councils: councils.length, indicators: ids.length, measurements: measurementRows.length };
}
