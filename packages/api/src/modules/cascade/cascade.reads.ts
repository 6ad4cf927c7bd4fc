/** Reads the cascade's resolvers share: rows by id through the per-request loaders, and targets as the cascade shows them. */
import DataLoader from 'dataloader';
import { Indicator, Target } from '@goldenthread/db';
import { buildCascade, type PerformanceStatus } from '@goldenthread/domain';
import type { GqlContext } from '../../context.js';
import { idOf } from '../../loaders.js';
import { toGlobalId } from '../../relay/global-id.js';
import { basisFor, performanceStatuses, type PerformanceBasis, type PerformanceStatuses } from './cascade.performance.js';
import { loadCascade } from './cascade.snapshot.js';
import { CascadeTarget } from './cascade.type.js';

export async function many<T extends { id: number }, N>(ctx: GqlContext, entity: new (...args: never[]) => T, ids: number[], map: (e: T) => N): Promise<N[]> {
  const rows = await ctx.loaders.byId(entity).loadMany(ids);
  return rows.filter((r): r is T => r !== null && !(r instanceof Error)).map(map);
}

/** Targets by id as the cascade shows them, through the per-request loaders (two batched statements). */
export async function targets(ctx: GqlContext, ids: number[]): Promise<CascadeTarget[]> {
  const rows = (await ctx.loaders.byId(Target).loadMany(ids)).filter((r): r is Target => r !== null && !(r instanceof Error));
  const indicators = await ctx.loaders.byId(Indicator).loadMany(rows.map((t) => idOf(t.indicator)!));
  return rows.map((t, i) => {
    const indicator = indicators[i];
    return Object.assign(new CascadeTarget(), {
      id: toGlobalId('Target', t.id),
      indicatorId: toGlobalId('Indicator', idOf(t.indicator)!),
      indicatorName: indicator && !(indicator instanceof Error) ? indicator.title : '',
      period: t.period,
      value: t.value,
      serviceId: idOf(t.service) === null ? null : toGlobalId('Service', idOf(t.service)!),
    });
  });
}

/**
 * `Priority.performanceStatus` for any number of priorities of one council and year: the council's
 * cascade (as this viewer may see it) and its evidence are loaded once per request, whatever the number
 * of priorities asked for.
 */
export function priorityPerformanceLoader(
  ctx: GqlContext,
  councilId: number,
  period: string,
): DataLoader<number, { status: PerformanceStatus | null; basis: PerformanceBasis }> {
  return ctx.loaders.custom(`priorityPerformance:${councilId}:${period}`, () => {
    let all: Promise<PerformanceStatuses> | null = null;
    const unpublished = ctx.access.canReadUnpublished(councilId);
    const load = async (): Promise<PerformanceStatuses> => {
      const data = await loadCascade(ctx.em, councilId, period, { published: !unpublished });
      if (!data) return { basis: basisFor(unpublished), byPriority: new Map() };
      return performanceStatuses(ctx.em, data, buildCascade(data.snapshot), basisFor(unpublished));
    };
    return new DataLoader(async (ids: readonly number[]) => {
      all ??= load();
      const { basis, byPriority } = await all;
      return ids.map((id) => ({ status: byPriority.get(id) ?? null, basis }));
    });
  });
}
