/**
 * Reads for scrutiny: a council's series with RAG and direction of travel, comparisons within a group
 * of councils, exceptions and late data. Flat queries (a constant number of statements, whatever the
 * number of indicators, periods or councils), then the domain rules of @goldenthread/domain.
 *
 * `indicatorSeries` is the indicator side of the scrutiny drill-down from a priority: give it the ids
 * of the indicators a priority's targets use, a council and a period range.
 */
import {
  ComparatorGroup,
  ComparatorGroupMember,
  Council,
  Indicator,
  IndicatorFrequency,
  IndicatorOwnership,
  IndicatorFramework,
  Measurement,
  MeasurementStatus,
  Polarity,
  Target,
  TOTAL,
  ValueStatus,
  type Em,
} from '@goldenthread/db';
import {
  compareGroup,
  councilPosition,
  directionOfTravel,
  exceptionsFor,
  lateData,
  nextPeriod,
  parsePeriod,
  periodError,
  ragDetail,
  shiftPeriod,
  toPeriod,
  type Band,
  type GroupEntry,
  type MeasuredValue,
  type Period,
  type PeriodKind,
  type KnownPolarity,
} from '@goldenthread/domain';
import { badInput, notFound } from '../../errors.js';
import { GroupKind } from './indicators.input.js';

export const KIND_OF_FREQUENCY: Record<IndicatorFrequency, PeriodKind> = { ANNUAL: 'YEAR', QUARTERLY: 'QUARTER', MONTHLY: 'MONTH' };
/** Most indicators in one series request. */
export const MAX_SERIES_INDICATORS = 200;
/** Most periods of one kind in a series request (ten years of months). */
export const MAX_SERIES_PERIODS = 240;

export interface GroupSpec {
  kind: GroupKind;
  groupId?: number | null;
}

export interface CouncilRow {
  entity: Council;
  id: number;
  name: string;
  gssCode: string;
  type: string;
  region: string;
  startDate: string | null;
  endDate: string | null;
}

export interface Point {
  measurementId: number | null;
  period: string;
  value: number | null;
  valueStatus: string;
  status: MeasurementStatus | null;
  numerator: number | null;
  denominator: number | null;
  target: number | null;
  rag: string;
  ragReason: string;
}

export interface Position {
  groupName: string;
  period: string;
  value: number | null;
  status: string;
  rank: number | null;
  quartile: number | null;
  percentile: number | null;
  count: number;
  median: number | null;
  q1: number | null;
  q3: number | null;
  best: number | null;
  worst: number | null;
  differenceFromMedian: number | null;
  betterThanMedian: boolean | null;
}

export interface Series {
  indicatorId: number;
  councilId: number;
  indicator: Indicator;
  disaggregation: string;
  points: Point[];
  direction: string;
  slope: number | null;
  latest: Point | null;
  position: Position | null;
}

export interface SeriesRequest {
  councilId: number;
  indicatorIds: number[];
  from: string;
  to: string;
  disaggregation?: string | null;
  group?: GroupSpec | null;
  serviceId?: number | null;
  /** May the caller see this council's draft and validated values? */
  includeUnpublished: boolean;
  /** The period to rank the council at (default: its latest published number of each indicator). */
  positionPeriod?: string | null;
}

/** The domain's polarity, or null for UNKNOWN (no RAG, direction or rank). */
function domainPolarity(p: Polarity): KnownPolarity | null {
  return p === Polarity.UNKNOWN ? null : p;
}

export function bandOf(i: Indicator): Band | null {
  return i.bandLow !== null && i.bandHigh !== null ? { low: i.bandLow, high: i.bandHigh } : null;
}

export function measuredOf(m: { value: number | null; valueStatus: ValueStatus } | undefined | null): MeasuredValue | null {
  if (!m) return null;
  if (m.valueStatus === ValueStatus.VALUE && m.value !== null) return { kind: 'VALUE', value: m.value };
  return m.valueStatus === ValueStatus.SUPPRESSED ? { kind: 'SUPPRESSED' } : { kind: 'NOT_AVAILABLE' };
}

/** The period of `kind` that contains the date. */
function periodContaining(kind: PeriodKind, iso: string): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const fy = m >= 4 ? y : y - 1;
  const fyText = `${fy}-${String((fy + 1) % 100).padStart(2, '0')}`;
  if (kind === 'MONTH') return iso.slice(0, 7);
  if (kind === 'YEAR') return fyText;
  return `${fyText} Q${Math.floor(((m - 4 + 12) % 12) / 3) + 1}`;
}

/** Every period of `kind` that starts within [start, end] (ISO dates), in order. */
export function periodsStartingWithin(kind: PeriodKind, start: string, end: string): string[] {
  const out: string[] = [];
  let p = toPeriod(periodContaining(kind, start), kind);
  if (p.start < start) p = toPeriod(nextPeriod(p), kind);
  while (p.start <= end) {
    out.push(p.text);
    p = toPeriod(nextPeriod(p), kind);
  }
  return out;
}

export function parsePeriodArg(field: string, text: string, kind?: PeriodKind): Period {
  const p = parsePeriod(text, kind);
  if (!p) throw badInput(field, periodError(text, kind) ?? `'${text}' is not a period.`);
  return p;
}

function existedDuring(c: CouncilRow, p: Period): boolean {
  return (c.startDate === null || c.startDate <= p.end) && (c.endDate === null || c.endDate >= p.start);
}

const TYPE_LABEL: Record<string, string> = { CTY: 'county councils', UA: 'unitary authorities', MD: 'metropolitan districts', LBO: 'London boroughs', CC: 'city corporations' };

function regionName(region: string): string {
  return /^(North|South|East|West)\b/.test(region) ? `the ${region}` : region;
}

function isoDate(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return `${v.getFullYear()}-${String(v.getMonth() + 1).padStart(2, '0')}-${String(v.getDate()).padStart(2, '0')}`;
  return String(v).slice(0, 10);
}

export class PerformanceService {
  private councilsCache: Promise<CouncilRow[]> | null = null;
  private readonly customGroups = new Map<number, Promise<{ name: string; ids: Set<number> } | null>>();

  constructor(private readonly em: Em) {}

  /** Every council (current and former), one statement per service instance. */
  councils(): Promise<CouncilRow[]> {
    this.councilsCache ??= this.em
      .find(Council, {}, { orderBy: { name: 'asc' } })
      .then((rows) => rows.map((c) => ({ entity: c, id: c.id, name: c.name, gssCode: c.gssCode, type: c.type, region: c.region, startDate: isoDate(c.startDate), endDate: isoDate(c.endDate) })));
    return this.councilsCache;
  }

  /** The councils of a group for a period, and its name as it reads after "councils in". */
  async group(spec: GroupSpec | null | undefined, relativeTo: CouncilRow | null, period: Period, field = 'group'): Promise<{ name: string; members: CouncilRow[] }> {
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
      return { name: group.name, members: all.filter((c) => group.ids.has(c.id)) };
    }
    const existing = all.filter((c) => existedDuring(c, period));
    if (kind === GroupKind.ALL_ENGLAND) return { name: 'England', members: existing };
    if (!relativeTo) throw badInput('councilId', `a ${kind} group is relative to a council: give councilId.`);
    if (kind === GroupKind.SAME_TYPE) return { name: `England of the same type (${TYPE_LABEL[relativeTo.type] ?? relativeTo.type})`, members: existing.filter((c) => c.type === relativeTo.type) };
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
  async comparison(input: { indicator: Indicator; period: string; disaggregation?: string | null; group?: GroupSpec | null; councilId?: number | null }) {
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
      if (own) highlighted = this.position(group.name, period.text, pos ?? { ...own, count: ranking.count, median: ranking.median, q1: ranking.q1, q3: ranking.q3, best: null, worst: null, differenceFromMedian: null, betterThanMedian: null }, unranked);
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

  private position(groupName: string, period: string, p: Omit<Position, 'groupName' | 'period'> & { councilId?: number; name?: string }, unranked: boolean): Position {
    return {
      groupName,
      period,
      value: p.value,
      status: p.status,
      rank: unranked ? null : p.rank,
      quartile: unranked ? null : p.quartile,
      percentile: unranked ? null : p.percentile,
      count: p.count,
      median: p.median,
      q1: p.q1,
      q3: p.q3,
      best: unranked ? null : p.best,
      worst: unranked ? null : p.worst,
      differenceFromMedian: p.differenceFromMedian,
      betterThanMedian: unranked ? null : p.betterThanMedian,
    };
  }

  /**
   * A council's series for indicators over a range of periods, each point with its target and RAG,
   * the direction of travel, and the council's position in the group at the latest published number.
   * Five statements whatever the number of indicators and periods (six for a CUSTOM group).
   */
  async indicatorSeries(req: SeriesRequest): Promise<Series[]> {
    if (req.indicatorIds.length === 0) return [];
    if (req.indicatorIds.length > MAX_SERIES_INDICATORS) throw badInput('indicatorIds', `at most ${MAX_SERIES_INDICATORS} indicators at once.`);
    const from = parsePeriodArg('from', req.from);
    const to = parsePeriodArg('to', req.to, from.kind);
    if (to.start < from.start) throw badInput('to', `the range ends (${to.text}) before it starts (${from.text}).`);
    const disaggregation = req.disaggregation?.trim() || TOTAL;
    const council = await this.council('councilId', req.councilId);
    const indicators = await this.em.find(Indicator, { id: { $in: req.indicatorIds } });
    const byId = new Map(indicators.map((i) => [i.id, i]));
    const missing = req.indicatorIds.find((id) => !byId.has(id));
    if (missing !== undefined) throw badInput('indicatorIds', 'one of the indicators does not exist.');

    const axes = new Map<number, string[]>();
    for (const i of indicators) {
      const axis = periodsStartingWithin(KIND_OF_FREQUENCY[i.frequency], from.start, to.end);
      if (axis.length > MAX_SERIES_PERIODS) throw badInput('from', `the range has ${axis.length} periods for ${i.code}; at most ${MAX_SERIES_PERIODS}.`);
      axes.set(i.id, axis);
    }
    const statuses = req.includeUnpublished ? [MeasurementStatus.DRAFT, MeasurementStatus.VALIDATED, MeasurementStatus.PUBLISHED] : [MeasurementStatus.PUBLISHED];
    const targetPeriods = new Set<string>();
    for (const axis of axes.values()) for (const p of axis) {
      targetPeriods.add(p);
      targetPeriods.add(toPeriod(p).financialYear);
    }
    const [measurements, targets] = await Promise.all([
      this.em.find(
        Measurement,
        { council: council.id, indicator: { $in: req.indicatorIds }, periodStart: { $gte: from.start, $lte: to.end }, disaggregation, status: { $in: statuses } },
        { fields: ['id', 'indicator', 'period', 'periodKind', 'value', 'valueStatus', 'numerator', 'denominator', 'status'], disableIdentityMap: true },
      ),
      this.em.find(
        Target,
        { council: council.id, indicator: { $in: req.indicatorIds }, period: { $in: [...targetPeriods] }, service: req.serviceId ? { $in: [req.serviceId] } : null },
        { disableIdentityMap: true },
      ),
    ]);
    const measurementAt = new Map(measurements.map((m) => [`${m.indicator.id}|${m.period}`, m]));
    const targetAt = new Map<string, Target>();
    for (const t of targets) {
      const key = `${t.indicator.id}|${t.period}`;
      // A service's own target wins over the council-wide one.
      if (!targetAt.has(key) || t.service) targetAt.set(key, t);
    }

    const series: Series[] = req.indicatorIds.map((id) => {
      const indicator = byId.get(id)!;
      const polarity = domainPolarity(indicator.polarity);
      const band = bandOf(indicator);
      const points: Point[] = axes.get(id)!.map((period) => {
        const m = measurementAt.get(`${id}|${period}`);
        const t = targetAt.get(`${id}|${period}`) ?? targetAt.get(`${id}|${toPeriod(period).financialYear}`) ?? null;
        const value = measuredOf(m);
        const detail = polarity
          ? ragDetail({ actual: value, target: t?.value ?? null, polarity, tolerance: t?.tolerance ?? indicator.tolerance, toleranceKind: t?.toleranceKind ?? indicator.toleranceKind, band })
          : { rag: 'NONE', reason: 'UNKNOWN_POLARITY' };
        return {
          measurementId: m?.id ?? null,
          period,
          value: m?.value ?? null,
          valueStatus: m ? m.valueStatus : 'MISSING',
          status: m?.status ?? null,
          numerator: m?.numerator ?? null,
          denominator: m?.denominator ?? null,
          target: polarity === 'WITHIN_BAND' ? null : (t?.value ?? null),
          rag: detail.rag,
          ragReason: detail.reason,
        };
      });
      const trend = polarity
        ? directionOfTravel(points.map((p) => ({ period: p.period, value: measuredOf(measurementAt.get(`${id}|${p.period}`)) })), polarity, polarity === 'WITHIN_BAND' ? { band } : {})
        : { direction: 'UNKNOWN', slope: null };
      const latest = [...points].reverse().find((p) => p.valueStatus !== 'MISSING') ?? null;
      return { indicatorId: id, councilId: council.id, indicator, disaggregation, points, direction: trend.direction, slope: trend.slope, latest, position: null };
    });

    // Position in the group: at the requested period, or at each indicator's latest published number.
    const rankAt = new Map<number, string>();
    for (const s of series) {
      if (req.positionPeriod) {
        if (s.points.some((p) => p.period === req.positionPeriod)) rankAt.set(s.indicatorId, req.positionPeriod);
        continue;
      }
      const last = [...s.points].reverse().find((p) => p.status === MeasurementStatus.PUBLISHED && p.valueStatus === ValueStatus.VALUE);
      if (last) rankAt.set(s.indicatorId, last.period);
    }
    if (rankAt.size) {
      const published = await this.em.find(
        Measurement,
        { indicator: { $in: [...rankAt.keys()] }, period: { $in: [...new Set(rankAt.values())] }, disaggregation, status: MeasurementStatus.PUBLISHED },
        { fields: ['council', 'indicator', 'period', 'value', 'valueStatus'], disableIdentityMap: true },
      );
      const at = new Map<string, Map<number, (typeof published)[number]>>();
      for (const m of published) {
        const key = `${m.indicator.id}|${m.period}`;
        let map = at.get(key);
        if (!map) {
          map = new Map();
          at.set(key, map);
        }
        map.set(m.council.id, m);
      }
      const groups = new Map<string, { name: string; members: CouncilRow[] }>();
      for (const s of series) {
        const period = rankAt.get(s.indicatorId);
        if (!period) continue;
        let group = groups.get(period);
        if (!group) {
          group = await this.group(req.group, council, toPeriod(period));
          groups.set(period, group);
        }
        const values = at.get(`${s.indicatorId}|${period}`) ?? new Map();
        const entries: GroupEntry[] = group.members.map((c) => ({ councilId: c.id, name: c.name, value: measuredOf(values.get(c.id)) }));
        if (!entries.some((e) => e.councilId === council.id)) continue;
        const polarity = domainPolarity(s.indicator.polarity);
        const band = bandOf(s.indicator);
        const unranked = polarity === null || (polarity === 'WITHIN_BAND' && !band);
        const ranking = compareGroup(entries, polarity ?? 'HIGHER_IS_BETTER', polarity === 'WITHIN_BAND' && band ? { band } : {});
        const pos = unranked ? null : councilPosition(entries, council.id, polarity!, polarity === 'WITHIN_BAND' ? { band } : {});
        const own = ranking.ranked.find((r) => r.councilId === council.id)!;
        s.position = this.position(group.name, period, pos ?? { ...own, count: ranking.count, median: ranking.median, q1: ranking.q1, q3: ranking.q3, best: null, worst: null, differenceFromMedian: null, betterThanMedian: null }, unranked);
      }
    }
    return series;
  }

  /** PERFORMANCE_EXCEPTION findings of a council for a period: red, bottom quartile or deteriorating. */
  async exceptions(input: { councilId: number; period: string; group?: GroupSpec | null; includeUnpublished: boolean }) {
    const period = parsePeriodArg('period', input.period);
    const council = await this.council('councilId', input.councilId);
    const statuses = input.includeUnpublished ? [MeasurementStatus.DRAFT, MeasurementStatus.VALIDATED, MeasurementStatus.PUBLISHED] : [MeasurementStatus.PUBLISHED];
    const [withData, withTarget] = await Promise.all([
      this.em.find(Measurement, { council: council.id, period: period.text, disaggregation: TOTAL, status: { $in: statuses } }, { fields: ['indicator'], disableIdentityMap: true }),
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
        .map((s) => {
          // Direction of travel up to the period reported on.
          return {
            indicatorId: s.indicatorId,
            name: s.indicator.title,
            polarity: domainPolarity(s.indicator.polarity)!,
            rag: (s.points.find((p) => p.period === period.text)?.rag ?? 'NONE') as 'GREEN' | 'AMBER' | 'RED' | 'NONE',
            direction: s.direction as 'IMPROVING' | 'STABLE' | 'DETERIORATING' | 'UNKNOWN',
            quartile: (s.position?.quartile ?? null) as 1 | 2 | 3 | 4 | null,
            period: period.text,
            groupName,
          };
        }),
    });
    const byId = new Map(series.map((s) => [s.indicatorId, s.indicator]));
    return findings.map((f) => ({
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
    if (!Number.isInteger(input.graceDays) || input.graceDays < 0 || input.graceDays > 366) throw badInput('graceDays', 'a whole number of days from 0 to 366.');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(input.today) || Number.isNaN(Date.parse(input.today))) throw badInput('today', 'a date written YYYY-MM-DD.');
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
      { council: council.id, indicator: { $in: [...indicators.keys()] }, periodStart: { $gte: from.start, $lte: to.end }, disaggregation: TOTAL },
      { fields: ['indicator', 'period', 'status'], disableIdentityMap: true },
    );
    const status = new Map(rows.map((m) => [`${m.indicator.id}|${m.period}`, m.status]));
    const periods = [...indicators.values()].flatMap((i) =>
      periodsStartingWithin(KIND_OF_FREQUENCY[i.frequency], from.start, to.end).map((p) => ({ indicatorId: i.id, name: i.title, period: p, status: status.get(`${i.id}|${p}`) ?? ('NONE' as const) })),
    );
    return lateData({ periods, today: input.today, graceDays: input.graceDays, council: { id: council.id, name: council.name } }).map((f) => ({
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
    }));
  }

  async indicatorOrFail(field: string, id: number): Promise<Indicator> {
    const found = await this.em.findOne(Indicator, { id });
    if (!found) throw notFound('Indicator', field);
    return found;
  }
}

// ------------------------------------------------------------------------------------------ CSV

function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: string[], rows: unknown[][]): string {
  const lines = [header, ...rows].map((r) => r.map(csvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

function shown(value: number | null, status: string): string {
  return status === ValueStatus.SUPPRESSED ? '[c]' : status === ValueStatus.NOT_AVAILABLE ? '[x]' : value === null ? '' : String(value);
}

/** Series as CSV: the import template's columns first (so it can be imported again), then RAG and direction. */
export function seriesCsv(series: Series[], councils: CouncilRow[]): string {
  const byId = new Map(councils.map((c) => [c.id, c]));
  const rows: unknown[][] = [];
  for (const s of series) {
    const c = byId.get(s.councilId)!;
    for (const p of s.points) {
      if (p.valueStatus === 'MISSING') continue;
      rows.push([c.gssCode, s.indicator.code, p.period, shown(p.value, p.valueStatus), p.numerator, p.denominator, '', s.disaggregation, c.name, s.indicator.framework, s.indicator.title, p.status, p.target, p.rag, s.direction]);
    }
  }
  return toCsv(['gss_code', 'indicator_code', 'period', 'value', 'numerator', 'denominator', 'note', 'disaggregation', 'council', 'framework', 'indicator', 'status', 'target', 'rag', 'direction'], rows);
}

export function comparisonCsv(c: Awaited<ReturnType<PerformanceService['comparison']>>, indicator: Indicator, councils: CouncilRow[]): string {
  const byId = new Map(councils.map((x) => [x.id, x]));
  return toCsv(
    ['rank', 'quartile', 'percentile', 'gss_code', 'council', 'indicator_code', 'period', 'disaggregation', 'value', 'value_status', 'highlighted', 'group', 'group_median'],
    c.entries.map((e) => {
      const council = byId.get(e.councilId)!;
      return [e.rank, e.quartile, e.percentile === null ? null : Number(e.percentile.toFixed(2)), council.gssCode, council.name, indicator.code, c.period, c.disaggregation, shown(e.value, e.status), e.status, e.highlighted ? 'yes' : '', c.groupName, c.median];
    }),
  );
}
