/**
 * Reads for scrutiny: a council's series with RAG and direction of travel, comparisons within a group
 * of councils, exceptions and late data. Flat queries (a constant number of statements, whatever the
 * number of indicators, periods or councils), then the domain rules of @goldenthread/domain.
 *
 * `indicatorSeries` is the indicator side of the scrutiny drill-down from a priority: give it the ids
 * of the indicators a priority's targets use, a council and a period range. Its reads are in
 * performance.series-read.ts and its pure parts in performance.series.ts; the findings (exceptions, late
 * data) in performance.findings.ts, the shapes in performance.model.ts, the CSV in performance.csv.ts.
 */
import {
  ComparatorGroup,
  ComparatorGroupMember,
  Council,
  Indicator,
  Measurement,
  MeasurementStatus,
  TOTAL,
  type Em,
} from '@goldenthread/db';
import { compareGroup, councilPosition, type GroupEntry, type Period } from '@goldenthread/domain';
import { badInput, notFound } from '../../errors.js';
import { plainRows } from '../shared/plain-rows.js';
import { GroupKind } from './indicators.input.js';
import { lateDataFindings, performanceExceptions } from './performance.findings.js';
import {
  bandOf,
  COUNCIL_FIELDS,
  type CouncilRow,
  domainPolarity,
  existedDuring,
  type GroupSpec,
  isoDate,
  KIND_OF_FREQUENCY,
  measuredOf,
  parsePeriodArg,
  type Position,
  positionOf,
  regionName,
  type Series,
  type SeriesRequest,
  TYPE_LABEL,
} from './performance.model.js';
import { indicatorSeries } from './performance.series-read.js';

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
    // Plain rows: every request of a comparison or series reads all 161, and as entities they cost more than the rest of it.
    this.councilsCache ??= plainRows(this.em, Council, {}, COUNCIL_FIELDS, { name: 'asc', id: 'asc' }).then((rows) =>
      rows.map((c) => ({
        row: c,
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
      plainRows(
        this.em,
        Measurement,
        { indicator: indicator.id, period: period.text, disaggregation, status: MeasurementStatus.PUBLISHED },
        ['council', 'value', 'valueStatus'],
      ),
    ]);
    const byCouncil = new Map(rows.map((m) => [m.council, m]));
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
   * the direction of travel, and the council's position in the group (performance.series-read.ts).
   */
  indicatorSeries(req: SeriesRequest): Promise<Series[]> {
    return indicatorSeries(this.em, this, req);
  }

  /** PERFORMANCE_EXCEPTION findings of a council for a period: red, bottom quartile or deteriorating (performance.findings.ts). */
  exceptions(input: Parameters<typeof performanceExceptions>[2]) {
    return performanceExceptions(this.em, this, input);
  }

  /** LATE_DATA findings: indicators in use whose periods are past due without a validated or published value. */
  lateData(input: Parameters<typeof lateDataFindings>[2]) {
    return lateDataFindings(this.em, this, input);
  }

  async indicatorOrFail(field: string, id: number): Promise<Indicator> {
    const found = await this.em.findOne(Indicator, { id });
    if (!found) throw notFound('Indicator', field);
    return found;
  }
}
