/**
 * The indicator part of a pack: the indicators the council sets targets for, their series (national:
 * five financial years; local: the pack's year and the one before), the comparator group's median and
 * quartiles, the median of English councils and England's and the region's published figures for each period
 * with a figure, and the exceptions the API finds.
 */
import type { ExceptionData, IndicatorTrendData, TrendComparator } from '@goldenthread/reports';
import { financialYear, yearBefore } from '@goldenthread/reports';
import { comparatorsQuery, exceptionsQuery, SERIES } from './operations.js';
import type { Json, Runner } from './runner.js';

/** `head`: the answer of INDICATORS (the council's targets and comparator groups). */
export async function gatherIndicators(
  r: Runner,
  gss: string,
  period: string,
  head: Json,
): Promise<{ trends: IndicatorTrendData[]; exceptions: ExceptionData[] }> {
  const year = financialYear(period);
  // The indicators the council sets targets for, national first (by framework and code).
  const byId = new Map<string, Json>();
  for (const t of (head.targets as Json[]) ?? []) byId.set(t.indicator.id, t.indicator);
  const indicators = [...byId.values()].sort(
    (a, b) => (a.framework === 'LOCAL' ? 1 : 0) - (b.framework === 'LOCAL' ? 1 : 0) || a.code.localeCompare(b.code),
  );
  const custom = (head.comparatorGroups as Json[])[0];
  const group = custom ? { kind: 'CUSTOM', groupId: custom.id } : { kind: 'SAME_TYPE' };
  const national = indicators.filter((i) => i.framework !== 'LOCAL');
  const local = indicators.filter((i) => i.framework === 'LOCAL');
  // National: the five financial years up to the pack's; local (monthly): the pack's year and the one before.
  const [nationalSeries, localSeries] = await Promise.all([
    national.length ? r.run(SERIES, { gss, ids: national.map((i) => i.id), from: yearBefore(period, 4), to: period, group }) : null,
    local.length
      ? r.run(SERIES, { gss, ids: local.map((i) => i.id), from: `${year.start - 1}-04`, to: `${year.start + 1}-03`, group })
      : null,
  ]);
  const series = new Map<string, Json>();
  for (const s of [...((nationalSeries?.indicatorSeries as Json[]) ?? []), ...((localSeries?.indicatorSeries as Json[]) ?? [])])
    series.set(s.indicator.id, s);

  // The exceptions of the year as the API finds them: annual indicators at the year, monthly and quarterly
  // ones at their latest month or quarter of it with a figure this viewer sees.
  const exceptions = await r.run(exceptionsQuery([period]), { gss });
  const exceptionRows = Object.values(exceptions ?? {}).flatMap((list) => list as Json[]);

  const comparators = new Map<string, { rows: TrendComparator[]; groupName: string | null; regionName: string | null }>();
  await Promise.all(
    national.map(async (ind) => {
      // The periods the council has a figure for (a comparison is a read of every council's value).
      const periods = ((series.get(ind.id)?.points as Json[]) ?? [])
        .filter((p) => p.value !== null)
        .map((p) => p.period as string)
        .slice(-10);
      if (!periods.length) return;
      const res = await r.run(comparatorsQuery(periods), { id: ind.id, gss, group });
      const rows = periods.map((p, i) => ({
        period: p,
        median: res?.[`g${i}`]?.median ?? null,
        q1: res?.[`g${i}`]?.q1 ?? null,
        q3: res?.[`g${i}`]?.q3 ?? null,
        england: res?.[`e${i}`]?.median ?? null,
        englandPublished: res?.[`e${i}`]?.englandPublished?.value ?? null,
        regionPublished: res?.[`e${i}`]?.regionPublished?.value ?? null,
      }));
      const first = (get: (i: number) => string | null | undefined) => periods.map((_, i) => get(i)).find(Boolean) ?? null;
      comparators.set(ind.id, {
        rows,
        groupName: first((i) => res?.[`g${i}`]?.groupName),
        regionName: first((i) => res?.[`e${i}`]?.regionPublished?.area?.name),
      });
    }),
  );
  const trends: IndicatorTrendData[] = indicators.map((ind) => {
    const s = series.get(ind.id);
    const c = comparators.get(ind.id);
    return {
      id: ind.id,
      code: ind.displayCode ?? ind.code,
      title: ind.title,
      framework: ind.framework,
      unit: ind.unit ?? null,
      precision: ind.precision ?? null,
      polarity: ind.polarity,
      frequency: ind.frequency,
      source: ind.source ?? null,
      definition: ind.definition ?? null,
      direction: s?.direction ?? 'UNKNOWN',
      points: ((s?.points as Json[]) ?? []).map((p) => ({
        period: p.period,
        value: p.value,
        target: p.target,
        rag: p.rag,
        status: p.status ?? null,
        valueStatus: p.valueStatus,
      })),
      comparators: c?.rows ?? [],
      groupName: c?.groupName ?? null,
      regionName: c?.regionName ?? null,
      position: s?.position
        ? {
            period: s.position.period,
            rank: s.position.rank,
            count: s.position.count,
            quartile: s.position.quartile,
            groupName: s.position.groupName,
          }
        : null,
    };
  });

  return {
    trends,
    exceptions: exceptionRows.map((e) => ({
      indicatorId: e.indicator.id,
      code: e.indicator.displayCode ?? e.indicator.code,
      title: e.indicator.title,
      period: e.period ?? null,
      severity: e.severity,
      reasons: e.reasons,
      message: e.message,
    })),
  };
}
