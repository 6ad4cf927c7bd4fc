/**
 * The scrutiny findings behind `PerformanceService.exceptions` and `.lateData`: PERFORMANCE_EXCEPTION
 * (red, bottom quartile or deteriorating, from the council's series) and LATE_DATA (periods past due
 * without a validated or published value). The rules are @goldenthread/domain's.
 */
import {
  Indicator,
  IndicatorFramework,
  IndicatorOwnership,
  Measurement,
  MeasurementStatus,
  Target,
  TOTAL,
  type Em,
} from '@goldenthread/db';
import { exceptionsFor, lateData, oneExceptionPerMeasure, shiftPeriod } from '@goldenthread/domain';
import { badInput } from '../../errors.js';
import { domainPolarity, type GroupSpec, KIND_OF_FREQUENCY, parsePeriodArg, periodsStartingWithin } from './performance.model.js';
import type { PerformanceService } from './performance.service.js';

/** The service's look-ups (cached per request) and its series, which the findings read through. */
type Lookups = Pick<PerformanceService, 'council' | 'group' | 'indicatorSeries'>;

/** PERFORMANCE_EXCEPTION findings of a council for a period: red, bottom quartile or deteriorating. */
export async function performanceExceptions(
  em: Em,
  perf: Lookups,
  input: { councilId: number; period: string; group?: GroupSpec | null; includeUnpublished: boolean },
) {
  const period = parsePeriodArg('period', input.period);
  const council = await perf.council('councilId', input.councilId);
  const statuses = input.includeUnpublished
    ? [MeasurementStatus.DRAFT, MeasurementStatus.VALIDATED, MeasurementStatus.PUBLISHED]
    : [MeasurementStatus.PUBLISHED];
  const [withData, withTarget] = await Promise.all([
    em.find(
      Measurement,
      { council: council.id, period: period.text, disaggregation: TOTAL, status: { $in: statuses } },
      { fields: ['indicator'], disableIdentityMap: true },
    ),
    em.find(Target, { council: council.id, period: period.text }, { fields: ['indicator'], disableIdentityMap: true }),
  ]);
  const ids = [...new Set([...withData, ...withTarget].map((r) => r.indicator.id))];
  const series = await perf.indicatorSeries({
    councilId: council.id,
    indicatorIds: ids,
    from: shiftPeriod(period, -5),
    to: period.text,
    group: input.group ?? null,
    includeUnpublished: input.includeUnpublished,
    positionPeriod: period.text,
  });
  const relevant = series.filter((s) => KIND_OF_FREQUENCY[s.indicator.frequency] === period.kind);
  const groupName = relevant.find((s) => s.position)?.position?.groupName ?? (await perf.group(input.group, council, period)).name;
  const findings = exceptionsFor({
    council: { id: council.id, name: council.name },
    indicators: relevant
      .filter((s) => domainPolarity(s.indicator.polarity) !== null)
      .map((s) => ({
        indicatorId: s.indicatorId,
        name: s.indicator.title,
        polarity: domainPolarity(s.indicator.polarity)!,
        rag: (s.points.find((p) => p.period === period.text)?.rag ?? 'NONE') as 'GREEN' | 'AMBER' | 'RED' | 'NONE',
        // The change into the period reported on (from the figure before it), never an older change.
        direction: s.change.period === period.text ? s.change.direction : 'UNKNOWN',
        previousPeriod: s.change.previousPeriod,
        quartile: (s.position?.quartile ?? null) as 1 | 2 | 3 | 4 | null,
        period: period.text,
        groupName,
      })),
  });
  const byId = new Map(series.map((s) => [s.indicatorId, s.indicator]));
  // One exception per measure: Oflog ASC1-ASC5 republish ASCOF measures (issue 18, item 4).
  return oneExceptionPerMeasure(findings, byId).map((f) => ({
    indicatorId: f.indicatorId,
    indicator: byId.get(f.indicatorId)!,
    code: f.code,
    severity: f.severity,
    message: f.message,
    fix: f.fix,
    reasons: f.reasons,
    period: period.text,
    dueDate: null,
    daysLate: null,
    dataStatus: null,
  }));
}

/**
 * LATE_DATA findings: the council's indicators in use (with an owner, or its own local ones) whose
 * periods in the range are past due (period end + graceDays) without a validated or published value.
 */
export async function lateDataFindings(
  em: Em,
  perf: Lookups,
  input: { councilId: number; from: string; to: string; today: string; graceDays: number },
) {
  const from = parsePeriodArg('from', input.from);
  const to = parsePeriodArg('to', input.to, from.kind);
  if (!Number.isInteger(input.graceDays) || input.graceDays < 0 || input.graceDays > 366)
    throw badInput('graceDays', 'a whole number of days from 0 to 366.');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.today) || Number.isNaN(Date.parse(input.today)))
    throw badInput('today', 'a date written YYYY-MM-DD.');
  const council = await perf.council('councilId', input.councilId);
  const [owned, local] = await Promise.all([
    em.find(IndicatorOwnership, { council: council.id }, { populate: ['indicator'] }),
    em.find(Indicator, { council: council.id, framework: IndicatorFramework.LOCAL }),
  ]);
  const indicators = new Map<number, Indicator>();
  for (const o of owned) indicators.set(o.indicator.id, o.indicator.getEntity());
  for (const i of local) indicators.set(i.id, i);
  if (!indicators.size) return [];
  const rows = await em.find(
    Measurement,
    {
      council: council.id,
      indicator: { $in: [...indicators.keys()] },
      periodStart: { $gte: from.start, $lte: to.end },
      disaggregation: TOTAL,
    },
    { fields: ['indicator', 'period', 'status'], disableIdentityMap: true },
  );
  const status = new Map(rows.map((m) => [`${m.indicator.id}|${m.period}`, m.status]));
  const periods = [...indicators.values()].flatMap((i) =>
    periodsStartingWithin(KIND_OF_FREQUENCY[i.frequency], from.start, to.end).map((p) => ({
      indicatorId: i.id,
      name: i.title,
      period: p,
      status: status.get(`${i.id}|${p}`) ?? ('NONE' as const),
    })),
  );
  return lateData({ periods, today: input.today, graceDays: input.graceDays, council: { id: council.id, name: council.name } }).map(
    (f) => ({
      indicatorId: f.indicatorId,
      indicator: indicators.get(f.indicatorId)!,
      code: f.code,
      severity: f.severity,
      message: f.message,
      fix: f.fix,
      reasons: [],
      period: f.period,
      dueDate: f.dueDate,
      daysLate: f.daysLate,
      dataStatus: f.status,
    }),
  );
}
