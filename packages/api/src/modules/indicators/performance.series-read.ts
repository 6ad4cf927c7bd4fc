/**
 * The reads behind `PerformanceService.indicatorSeries`: a council's series for indicators over a range
 * of periods (measurements and targets in one statement each), then its position in the group at the
 * latest published number (one more). The pure parts of a series are in performance.series.ts.
 */
import { Indicator, Measurement, MeasurementStatus, Target, TOTAL, type Em } from '@goldenthread/db';
import { toPeriod } from '@goldenthread/domain';
import { badInput } from '../../errors.js';
import { plainRows } from '../shared/plain-rows.js';
import {
  type CouncilRow,
  type GroupSpec,
  MAX_SERIES_INDICATORS,
  parsePeriodArg,
  type Series,
  type SeriesRequest,
} from './performance.model.js';
import { groupPosition, rankPeriods, seriesAxes, seriesOf, targetsByPeriod } from './performance.series.js';
import type { PerformanceService } from './performance.service.js';

/** The council and group look-ups of the service (cached per request) that a series reads through. */
type Lookups = Pick<PerformanceService, 'council' | 'group'>;

/**
 * A council's series for indicators over a range of periods, each point with its target and RAG,
 * the direction of travel, and the council's position in the group at the latest published number.
 * Five statements whatever the number of indicators and periods (six for a CUSTOM group).
 */
export async function indicatorSeries(em: Em, lookups: Lookups, req: SeriesRequest): Promise<Series[]> {
  if (req.indicatorIds.length === 0) return [];
  if (req.indicatorIds.length > MAX_SERIES_INDICATORS)
    throw badInput('indicatorIds', `at most ${MAX_SERIES_INDICATORS} indicators at once.`);
  const from = parsePeriodArg('from', req.from);
  const to = parsePeriodArg('to', req.to, from.kind);
  if (to.start < from.start) throw badInput('to', `the range ends (${to.text}) before it starts (${from.text}).`);
  const disaggregation = req.disaggregation?.trim() || TOTAL;
  const council = await lookups.council('councilId', req.councilId);
  const indicators = await em.find(Indicator, { id: { $in: req.indicatorIds } });
  const byId = new Map(indicators.map((i) => [i.id, i]));
  if (req.indicatorIds.some((id) => !byId.has(id))) throw badInput('indicatorIds', 'one of the indicators does not exist.');

  const { axes, targetPeriods } = seriesAxes(indicators, from, to);
  const statuses = req.includeUnpublished
    ? [MeasurementStatus.DRAFT, MeasurementStatus.VALIDATED, MeasurementStatus.PUBLISHED]
    : [MeasurementStatus.PUBLISHED];
  const [measurements, targets] = await Promise.all([
    em.find(
      Measurement,
      {
        council: council.id,
        indicator: { $in: req.indicatorIds },
        periodStart: { $gte: from.start, $lte: to.end },
        disaggregation,
        status: { $in: statuses },
      },
      {
        fields: ['id', 'indicator', 'period', 'periodKind', 'value', 'valueStatus', 'numerator', 'denominator', 'status'],
        disableIdentityMap: true,
      },
    ),
    em.find(
      Target,
      {
        council: council.id,
        indicator: { $in: req.indicatorIds },
        period: { $in: targetPeriods },
        // A service's series: its own targets, and the council-wide ones where it has none.
        ...(req.serviceId ? { $or: [{ service: null }, { service: req.serviceId }] } : { service: null }),
      },
      { disableIdentityMap: true },
    ),
  ]);
  const measurementAt = new Map(measurements.map((m) => [`${m.indicator.id}|${m.period}`, m]));
  const targetAt = targetsByPeriod(targets);
  const series = req.indicatorIds.map((id) => seriesOf(byId.get(id)!, axes.get(id)!, measurementAt, targetAt, council.id, disaggregation));
  await rank(em, lookups, series, council, disaggregation, req.group, req.positionPeriod);
  return series;
}

/** Sets each series' position in the group: at the requested period, or at its latest published number. */
async function rank(
  em: Em,
  lookups: Lookups,
  series: Series[],
  council: CouncilRow,
  disaggregation: string,
  spec: GroupSpec | null | undefined,
  positionPeriod?: SeriesRequest['positionPeriod'],
) {
  const rankAt = rankPeriods(series, positionPeriod);
  if (!rankAt.size) return;
  // Every council's figure for each indicator ranked: thousands of rows for a long list of indicators,
  // read as plain rows (as entities they cost most of the request).
  const published = await plainRows(
    em,
    Measurement,
    {
      indicator: { $in: [...rankAt.keys()] },
      period: { $in: [...new Set(rankAt.values())] },
      disaggregation,
      status: MeasurementStatus.PUBLISHED,
    },
    ['council', 'indicator', 'period', 'value', 'valueStatus'],
  );
  const at = new Map<string, Map<number, (typeof published)[number]>>();
  for (const m of published) {
    const key = `${m.indicator}|${m.period}`;
    if (!at.has(key)) at.set(key, new Map());
    at.get(key)!.set(m.council, m);
  }
  const groups = new Map<string, { name: string; members: CouncilRow[] }>();
  for (const s of series) {
    const period = rankAt.get(s.indicatorId);
    if (!period) continue;
    if (!groups.has(period)) groups.set(period, await lookups.group(spec, council, toPeriod(period)));
    s.position = groupPosition(s, groups.get(period)!, period, at.get(`${s.indicatorId}|${period}`) ?? new Map(), council.id);
  }
}
