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
  ValueStatus,
  type Em,
} from '@goldenthread/db';
import { exceptionsFor, lateData, oneExceptionPerMeasure, reportingPeriod, shiftPeriod, toPeriod } from '@goldenthread/domain';
import { badInput } from '../../errors.js';
import {
  domainPolarity,
  type GroupSpec,
  KIND_OF_FREQUENCY,
  parsePeriodArg,
  periodsStartingWithin,
  type Series,
} from './performance.model.js';
import type { PerformanceService } from './performance.service.js';

/** The service's look-ups (cached per request) and its series, which the findings read through. */
type Lookups = Pick<PerformanceService, 'council' | 'group' | 'indicatorSeries'>;

/**
 * PERFORMANCE_EXCEPTION findings of a council for a period: red, bottom quartile or deteriorating. An
 * indicator of the period's kind is judged at the period; a monthly or quarterly one at its latest
 * month or quarter with a number inside it (domain `reportingPeriod`), and its finding names that period.
 */
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
      {
        council: council.id,
        periodStart: { $gte: period.start, $lte: period.end },
        disaggregation: TOTAL,
        status: { $in: statuses },
      },
      { fields: ['indicator'], disableIdentityMap: true },
    ),
    em.find(Target, { council: council.id, period: period.text }, { fields: ['indicator'], disableIdentityMap: true }),
  ]);
  const ids = [...new Set([...withData, ...withTarget].map((r) => r.indicator.id))];
  const judgedAt = (s: Series) =>
    reportingPeriod(
      KIND_OF_FREQUENCY[s.indicator.frequency],
      period,
      s.points.map((p) => ({ period: p.period, hasValue: p.valueStatus === ValueStatus.VALUE })),
    );
  const series = await perf.indicatorSeries({
    councilId: council.id,
    indicatorIds: ids,
    from: shiftPeriod(period, -5),
    to: period.text,
    group: input.group ?? null,
    includeUnpublished: input.includeUnpublished,
    positionPeriod: judgedAt,
  });
  const relevant = series.flatMap((s) => {
    const at = judgedAt(s);
    return at && domainPolarity(s.indicator.polarity) !== null ? [{ s, at }] : [];
  });
  const groupName = relevant.find(({ s }) => s.position)?.s.position?.groupName ?? (await perf.group(input.group, council, period)).name;
  const findings = exceptionsFor({
    council: { id: council.id, name: council.name },
    indicators: relevant.map(({ s, at }) => ({
      indicatorId: s.indicatorId,
      name: s.indicator.title,
      polarity: domainPolarity(s.indicator.polarity)!,
      rag: (s.points.find((p) => p.period === at)?.rag ?? 'NONE') as 'GREEN' | 'AMBER' | 'RED' | 'NONE',
      // The change into the period reported on (from the figure before it), never an older change.
      direction: s.change.period === at ? s.change.direction : 'UNKNOWN',
      previousPeriod: s.change.previousPeriod,
      quartile: (s.position?.period === at ? (s.position?.quartile ?? null) : null) as 1 | 2 | 3 | 4 | null,
      period: toPeriod(at, KIND_OF_FREQUENCY[s.indicator.frequency]),
      groupName,
    })),
  });
  const byId = new Map(series.map((s) => [s.indicatorId, s.indicator]));
  const periodOf = new Map(relevant.map(({ s, at }) => [s.indicatorId, at]));
  // One exception per measure: Oflog ASC1-ASC5 republish ASCOF measures (issue 18, item 4).
  return oneExceptionPerMeasure(findings, byId).map((f) => ({
    indicatorId: f.indicatorId,
    indicator: byId.get(f.indicatorId)!,
    code: f.code,
    severity: f.severity,
    message: f.message,
    fix: f.fix,
    reasons: f.reasons,
    period: periodOf.get(f.indicatorId) ?? period.text,
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
