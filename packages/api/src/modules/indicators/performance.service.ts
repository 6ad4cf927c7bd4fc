/**
 * Reads for scrutiny: a council's series with RAG and direction of travel, comparisons within a group
 * of councils, exceptions and late data. Flat queries (a constant number of statements, whatever the
 * number of indicators, periods or councils), then the domain rules of @goldenthread/domain.
 *
 * `indicatorSeries` is the indicator side of the scrutiny drill-down from a priority: give it the ids
 * of the indicators a priority's targets use, a council and a period range. The series' parts are in
 * performance.series.ts, the shapes in performance.model.ts, the CSV in performance.csv.ts.
 */
import {
  ComparatorGroup,
  ComparatorGroupMember,
  Council,
  Indicator,
  IndicatorOwnership,
  IndicatorFramework,
  Measurement,
  MeasurementStatus,
  Target,
  TOTAL,
  type Em,
} from '@goldenthread/db';
import {
  compareGroup,
  councilPosition,
  exceptionsFor,
  lateData,
  shiftPeriod,
  toPeriod,
  type GroupEntry,
  oneExceptionPerMeasure,
  type Period,
} from '@goldenthread/domain';
import { badInput, notFound } from '../../errors.js';
import { GroupKind } from './indicators.input.js';
import {
  bandOf,
  type CouncilRow,
  domainPolarity,
  existedDuring,
  type GroupSpec,
  isoDate,
  KIND_OF_FREQUENCY,
  MAX_SERIES_INDICATORS,
  measuredOf,
  parsePeriodArg,
  periodsStartingWithin,
  type Position,
  positionOf,
  regionName,
  type Series,
  type SeriesRequest,
  TYPE_LABEL,
} from './performance.model.js';
import { groupPosition, rankPeriods, seriesAxes, seriesOf, targetsByPeriod } from './performance.series.js';

export * from './performance.model.js';
export { comparisonCsv, seriesCsv, toCsv } from './performance.csv.js';

/** A comparison of all councils of a group for one indicator and period. */
export type Comparison = Awaited<ReturnType<PerformanceService['comparison']>>;

export class PerformanceService {
  private councilsCache: Promise<CouncilRow[]> | null = null;
  private readonly customGroups = new Map<number, Promise<{ name: string; ids: Set<number> } | null>>();

  constructor(private readonly em: Em) {}

  /** Every council (current and former), one statement per service instance. */
  councils(): Promise<CouncilRow[]> {
    this.councilsCache ??= this.em.find(Council, {}, { orderBy: { name: 'asc' } }).then((rows) =>
      rows.map((c) => ({
        entity: c,
        id: c.id,
        name: c.name,
        gssCode: c.gssCode,
        type: c.type,
        region: c.region,
        startDate: isoDate(c.startDate),
        endDate: isoDate(c.endDate),
      })),
    );
    return this.councilsCache;
  }

  /** The councils of a group for a period, and its name as it reads after "councils in". */
  async group(
    spec: GroupSpec | null | undefined,
    relativeTo: CouncilRow | null,
    period: Period,
    field = 'group',
  ): Promise<{ name: string; members: CouncilRow[] }> {
    const all = await this.councils();
    const kind = spec?.kind ?? GroupKind.ALL_ENGLAND;
    if (kind === GroupKind.CUSTOM) {
      if (!spec?.groupId) throw badInput(`${field}.groupId`, 'a CUSTOM group needs the id of a comparator group.');
      const groupId = spec.groupId;
      if (!this.customGroups.has(groupId)) {
        this.customGroups.set(
          groupId,
          this.em.find(ComparatorGroupMember, { group: groupId }, { populate: ['group'] }).then(async (members) => {
            const group = members[0]?.group.getEntity() ?? (await this.em.findOne(ComparatorGroup, { id: groupId }));
            return group ? { name: group.name, ids: new Set(members.map((m) => m.member.id)) } : null;
          }),
        );
      }
      const group = await this.customGroups.get(groupId)!;
      if (!group) throw badInput(`${field}.groupId`, 'no comparator group with this id exists.');
      return { name: group.name, members: all.filter((c) => group.ids.has(c.id) && existedDuring(c, period)) };
    }
    const existing = all.filter((c) => existedDuring(c, period));
    if (kind === GroupKind.ALL_ENGLAND) return { name: 'England', members: existing };
    if (!relativeTo) throw badInput('councilId', `a ${kind} group is relative to a council: give councilId.`);
    if (kind === GroupKind.SAME_TYPE)
      return {
        name: `England of the same type (${TYPE_LABEL[relativeTo.type] ?? relativeTo.type})`,
        members: existing.filter((c) => c.type === relativeTo.type),
      };
    return { name: regionName(relativeTo.region), members: existing.filter((c) => c.region === relativeTo.region) };
  }

  async council(field: string, id: number): Promise<CouncilRow> {
    const found = (await this.councils()).find((c) => c.id === id);
    if (!found) throw badInput(field, 'no council with this id exists.');
    return found;
  }

  /**
   * A comparison of all councils in a group for one indicator and period: published values only.
   * Two statements (councils, measurements), three for a CUSTOM group.
   */
  async comparison(input: {
    indicator: Indicator;
    period: string;
    disaggregation?: string | null;
    group?: GroupSpec | null;
    councilId?: number | null;
  }) {
    const { indicator } = input;
    const kind = KIND_OF_FREQUENCY[indicator.frequency];
    const period = parsePeriodArg('period', input.period, kind);
    const disaggregation = input.disaggregation?.trim() || TOTAL;
    const highlight = input.councilId ? await this.council('councilId', input.councilId) : null;
    const [group, rows] = await Promise.all([
      this.group(input.group, highlight, period),
      this.em.find(
        Measurement,
        { indicator: indicator.id, period: period.text, disaggregation, status: MeasurementStatus.PUBLISHED },
        { fields: ['council', 'value', 'valueStatus'], disableIdentityMap: true },
      ),
    ]);
    const byCouncil = new Map(rows.map((m) => [m.council.id, m]));
    const entries: GroupEntry[] = group.members.map((c) => ({ councilId: c.id, name: c.name, value: measuredOf(byCouncil.get(c.id)) }));
    const polarity = domainPolarity(indicator.polarity);
    const band = bandOf(indicator);
    const ranking = compareGroup(entries, polarity ?? 'HIGHER_IS_BETTER', polarity === 'WITHIN_BAND' ? { band } : {});
    const unranked = polarity === null || (polarity === 'WITHIN_BAND' && !band);
    let highlighted: Position | null = null;
    if (highlight) {
      const pos = unranked ? null : councilPosition(entries, highlight.id, polarity!, polarity === 'WITHIN_BAND' ? { band } : {});
      const own = ranking.ranked.find((r) => r.councilId === highlight.id);
      if (own)
        highlighted = positionOf(
          group.name,
          period.text,
          pos ?? {
            ...own,
            count: ranking.count,
            median: ranking.median,
            q1: ranking.q1,
            q3: ranking.q3,
            best: null,
            worst: null,
            differenceFromMedian: null,
            betterThanMedian: null,
          },
          unranked,
        );
    }
    return {
      period: period.text,
      disaggregation,
      groupName: group.name,
      groupSize: group.members.length,
      count: ranking.count,
      median: ranking.median,
      q1: ranking.q1,
      q3: ranking.q3,
      min: ranking.min,
      max: ranking.max,
      best: unranked ? null : ranking.best,
      worst: unranked ? null : ranking.worst,
      suppressedCount: ranking.suppressedCount,
      notAvailableCount: ranking.notAvailableCount,
      missingCount: ranking.missingCount,
      entries: ranking.ranked.map((r) => ({
        councilId: r.councilId,
        value: r.value,
        status: r.status,
        rank: unranked ? null : r.rank,
        quartile: unranked ? null : r.quartile,
        percentile: unranked ? null : r.percentile,
        highlighted: r.councilId === highlight?.id,
      })),
      highlighted,
    };
  }

  /**
   * A council's series for indicators over a range of periods, each point with its target and RAG,
   * the direction of travel, and the council's position in the group at the latest published number.
   * Five statements whatever the number of indicators and periods (six for a CUSTOM group).
   */
  async indicatorSeries(req: SeriesRequest): Promise<Series[]> {
    if (req.indicatorIds.length === 0) return [];
    if (req.indicatorIds.length > MAX_SERIES_INDICATORS)
      throw badInput('indicatorIds', `at most ${MAX_SERIES_INDICATORS} indicators at once.`);
    const from = parsePeriodArg('from', req.from);
    const to = parsePeriodArg('to', req.to, from.kind);
    if (to.start < from.start) throw badInput('to', `the range ends (${to.text}) before it starts (${from.text}).`);
    const disaggregation = req.disaggregation?.trim() || TOTAL;
    const council = await this.council('councilId', req.councilId);
    const indicators = await this.em.find(Indicator, { id: { $in: req.indicatorIds } });
    const byId = new Map(indicators.map((i) => [i.id, i]));
    if (req.indicatorIds.some((id) => !byId.has(id))) throw badInput('indicatorIds', 'one of the indicators does not exist.');

    const { axes, targetPeriods } = seriesAxes(indicators, from, to);
    const statuses = req.includeUnpublished
      ? [MeasurementStatus.DRAFT, MeasurementStatus.VALIDATED, MeasurementStatus.PUBLISHED]
      : [MeasurementStatus.PUBLISHED];
    const [measurements, targets] = await Promise.all([
      this.em.find(
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
      this.em.find(
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
    const series = req.indicatorIds.map((id) =>
      seriesOf(byId.get(id)!, axes.get(id)!, measurementAt, targetAt, council.id, disaggregation),
    );
    await this.rank(series, council, disaggregation, req.group, req.positionPeriod);
    return series;
  }

  /** Sets each series' position in the group: at the requested period, or at its latest published number. */
  private async rank(
    series: Series[],
    council: CouncilRow,
    disaggregation: string,
    spec: GroupSpec | null | undefined,
    positionPeriod?: string | null,
  ) {
    const rankAt = rankPeriods(series, positionPeriod);
    if (!rankAt.size) return;
    const published = await this.em.find(
      Measurement,
      {
        indicator: { $in: [...rankAt.keys()] },
        period: { $in: [...new Set(rankAt.values())] },
        disaggregation,
        status: MeasurementStatus.PUBLISHED,
      },
      { fields: ['council', 'indicator', 'period', 'value', 'valueStatus'], disableIdentityMap: true },
    );
    const at = new Map<string, Map<number, (typeof published)[number]>>();
    for (const m of published) {
      const key = `${m.indicator.id}|${m.period}`;
      if (!at.has(key)) at.set(key, new Map());
      at.get(key)!.set(m.council.id, m);
    }
    const groups = new Map<string, { name: string; members: CouncilRow[] }>();
    for (const s of series) {
      const period = rankAt.get(s.indicatorId);
      if (!period) continue;
      if (!groups.has(period)) groups.set(period, await this.group(spec, council, toPeriod(period)));
      s.position = groupPosition(s, groups.get(period)!, period, at.get(`${s.indicatorId}|${period}`) ?? new Map(), council.id);
    }
  }

  /** PERFORMANCE_EXCEPTION findings of a council for a period: red, bottom quartile or deteriorating. */
  async exceptions(input: { councilId: number; period: string; group?: GroupSpec | null; includeUnpublished: boolean }) {
    const period = parsePeriodArg('period', input.period);
    const council = await this.council('councilId', input.councilId);
    const statuses = input.includeUnpublished
      ? [MeasurementStatus.DRAFT, MeasurementStatus.VALIDATED, MeasurementStatus.PUBLISHED]
      : [MeasurementStatus.PUBLISHED];
    const [withData, withTarget] = await Promise.all([
      this.em.find(
        Measurement,
        { council: council.id, period: period.text, disaggregation: TOTAL, status: { $in: statuses } },
        { fields: ['indicator'], disableIdentityMap: true },
      ),
      this.em.find(Target, { council: council.id, period: period.text }, { fields: ['indicator'], disableIdentityMap: true }),
    ]);
    const ids = [...new Set([...withData, ...withTarget].map((r) => r.indicator.id))];
    const series = await this.indicatorSeries({
      councilId: council.id,
      indicatorIds: ids,
      from: shiftPeriod(period, -5),
      to: period.text,
      group: input.group ?? null,
      includeUnpublished: input.includeUnpublished,
      positionPeriod: period.text,
    });
    const relevant = series.filter((s) => KIND_OF_FREQUENCY[s.indicator.frequency] === period.kind);
    const groupName = relevant.find((s) => s.position)?.position?.groupName ?? (await this.group(input.group, council, period)).name;
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
  async lateData(input: { councilId: number; from: string; to: string; today: string; graceDays: number }) {
    const from = parsePeriodArg('from', input.from);
    const to = parsePeriodArg('to', input.to, from.kind);
    if (!Number.isInteger(input.graceDays) || input.graceDays < 0 || input.graceDays > 366)
      throw badInput('graceDays', 'a whole number of days from 0 to 366.');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(input.today) || Number.isNaN(Date.parse(input.today)))
      throw badInput('today', 'a date written YYYY-MM-DD.');
    const council = await this.council('councilId', input.councilId);
    const [owned, local] = await Promise.all([
      this.em.find(IndicatorOwnership, { council: council.id }, { populate: ['indicator'] }),
      this.em.find(Indicator, { council: council.id, framework: IndicatorFramework.LOCAL }),
    ]);
    const indicators = new Map<number, Indicator>();
    for (const o of owned) indicators.set(o.indicator.id, o.indicator.getEntity());
    for (const i of local) indicators.set(i.id, i);
    if (!indicators.size) return [];
    const rows = await this.em.find(
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

  async indicatorOrFail(field: string, id: number): Promise<Indicator> {
    const found = await this.em.findOne(Indicator, { id });
    if (!found) throw notFound('Indicator', field);
    return found;
  }
}
