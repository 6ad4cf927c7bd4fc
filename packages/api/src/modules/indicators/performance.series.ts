/**
 * The parts of a council's series (`PerformanceService.indicatorSeries`): the period axis of each
 * indicator, its points with target and RAG, the direction of travel, and the periods to rank at.
 * Pure functions over rows already read.
 */
import { type Indicator, IndicatorFramework, MeasurementStatus, type Measurement, type Target, ValueStatus } from '@goldenthread/db';
import {
  compareGroup,
  councilPosition,
  directionOfTravel,
  longRunTrend,
  publishedPrecision,
  ragDetail,
  toPeriod,
  type DirectionResult,
  type GroupEntry,
  type Period,
  type TrendResult,
} from '@goldenthread/domain';
import { badInput } from '../../errors.js';
import {
  bandOf,
  type CouncilRow,
  domainPolarity,
  KIND_OF_FREQUENCY,
  MAX_SERIES_PERIODS,
  measuredOf,
  type Point,
  type Position,
  periodsStartingWithin,
  positionOf,
  type Series,
} from './performance.model.js';

type MeasurementRow = Pick<Measurement, 'id' | 'indicator' | 'period' | 'value' | 'valueStatus' | 'numerator' | 'denominator' | 'status'>;

/** The periods of each indicator's own kind within the range, and every period a target may be set for. */
export function seriesAxes(indicators: Indicator[], from: Period, to: Period): { axes: Map<number, string[]>; targetPeriods: string[] } {
  const axes = new Map<number, string[]>();
  const targetPeriods = new Set<string>();
  for (const i of indicators) {
    const axis = periodsStartingWithin(KIND_OF_FREQUENCY[i.frequency], from.start, to.end);
    if (axis.length > MAX_SERIES_PERIODS)
      throw badInput('from', `the range has ${axis.length} periods for ${i.code}; at most ${MAX_SERIES_PERIODS}.`);
    axes.set(i.id, axis);
    for (const p of axis) {
      targetPeriods.add(p);
      targetPeriods.add(toPeriod(p).financialYear);
    }
  }
  return { axes, targetPeriods: [...targetPeriods] };
}

/** The target of each indicator and period: a service's own target wins over the council-wide one. */
export function targetsByPeriod(targets: Target[]): Map<string, Target> {
  const targetAt = new Map<string, Target>();
  for (const t of targets) {
    const key = `${t.indicator.id}|${t.period}`;
    if (!targetAt.has(key) || t.service) targetAt.set(key, t);
  }
  return targetAt;
}

/** One indicator's series: a point per period of its axis, the direction of travel and the latest figure. */
export function seriesOf(
  indicator: Indicator,
  axis: string[],
  measurementAt: Map<string, MeasurementRow>,
  targetAt: Map<string, Target>,
  councilId: number,
  disaggregation: string,
): Series {
  const id = indicator.id;
  const polarity = domainPolarity(indicator.polarity);
  const band = bandOf(indicator);
  const points: Point[] = axis.map((period) => {
    const m = measurementAt.get(`${id}|${period}`);
    const t = targetAt.get(`${id}|${period}`) ?? targetAt.get(`${id}|${toPeriod(period).financialYear}`) ?? null;
    const value = measuredOf(m);
    const rated = polarity !== 'WITHIN_BAND' && t !== null;
    const detail = polarity
      ? ragDetail({
          actual: value,
          target: t?.value ?? null,
          polarity,
          tolerance: t?.tolerance ?? indicator.tolerance,
          toleranceKind: t?.toleranceKind ?? indicator.toleranceKind,
          band,
        })
      : { rag: 'NONE', reason: 'UNKNOWN_POLARITY' };
    return {
      measurementId: m?.id ?? null,
      period,
      value: m?.value ?? null,
      valueStatus: m ? m.valueStatus : 'MISSING',
      status: m?.status ?? null,
      numerator: m?.numerator ?? null,
      denominator: m?.denominator ?? null,
      target: rated ? t.value : null,
      targetId: rated ? t.id : null,
      targetPeriod: rated ? t.period : null,
      targetServiceId: rated ? (t.service?.id ?? null) : null,
      rag: detail.rag,
      ragReason: detail.reason,
    };
  });
  const values = points.map((p) => ({ period: p.period, value: measuredOf(measurementAt.get(`${id}|${p.period}`)) }));
  // The direction of travel (change from the previous figure) and, apart, the longer-run trend.
  const change: DirectionResult = polarity
    ? directionOfTravel(values, polarity, { band: polarity === 'WITHIN_BAND' ? band : null, precision: publishedPrecision(indicator) })
    : { ...directionOfTravel(values, 'HIGHER_IS_BETTER'), direction: 'UNKNOWN', noChangeBand: null };
  const trend: TrendResult = polarity
    ? longRunTrend(values, polarity, polarity === 'WITHIN_BAND' ? { band } : {})
    : { ...longRunTrend(values, 'HIGHER_IS_BETTER'), direction: 'UNKNOWN', threshold: null };
  const latest = [...points].reverse().find((p) => p.valueStatus !== 'MISSING') ?? null;
  return {
    indicatorId: id,
    councilId,
    indicator,
    disaggregation,
    points,
    direction: change.direction,
    change,
    trend,
    slope: trend.slope,
    latest,
    position: null,
  };
}

/** The period to rank each series at: the one asked for, or its latest published number. */
export function rankPeriods(
  series: Series[],
  positionPeriod: string | ((s: Series) => string | null) | null | undefined,
): Map<number, string> {
  const rankAt = new Map<number, string>();
  for (const s of series) {
    // A council's own local indicator is measured by it alone: "1st of 1" would rank nothing.
    if (s.indicator.framework === IndicatorFramework.LOCAL) continue;
    if (positionPeriod) {
      const at = typeof positionPeriod === 'function' ? positionPeriod(s) : positionPeriod;
      if (at && s.points.some((p) => p.period === at)) rankAt.set(s.indicatorId, at);
      continue;
    }
    const last = [...s.points].reverse().find((p) => p.status === MeasurementStatus.PUBLISHED && p.valueStatus === ValueStatus.VALUE);
    if (last) rankAt.set(s.indicatorId, last.period);
  }
  return rankAt;
}

/** The council's position in its group among the published figures of one indicator and period. */
export function groupPosition(
  s: Series,
  group: { name: string; members: CouncilRow[] },
  period: string,
  values: Map<number, Parameters<typeof measuredOf>[0]>,
  councilId: number,
): Position | null {
  const entries: GroupEntry[] = group.members.map((c) => ({ councilId: c.id, name: c.name, value: measuredOf(values.get(c.id)) }));
  if (!entries.some((e) => e.councilId === councilId)) return null;
  const polarity = domainPolarity(s.indicator.polarity);
  const band = bandOf(s.indicator);
  const unranked = polarity === null || (polarity === 'WITHIN_BAND' && !band);
  const ranking = compareGroup(entries, polarity ?? 'HIGHER_IS_BETTER', polarity === 'WITHIN_BAND' && band ? { band } : {});
  const pos = unranked ? null : councilPosition(entries, councilId, polarity!, polarity === 'WITHIN_BAND' ? { band } : {});
  const own = ranking.ranked.find((r) => r.councilId === councilId)!;
  const fallback = { ...own, count: ranking.count, median: ranking.median, q1: ranking.q1, q3: ranking.q3 };
  return positionOf(
    group.name,
    period,
    pos ?? { ...fallback, best: null, worst: null, differenceFromMedian: null, betterThanMedian: null },
    unranked,
  );
}
