/**
 * Reads the cascade's resolvers share: the council's golden thread of a year with its performance
 * statuses (`ctx.services.get(CascadeReads)`), rows by id through the per-request loaders, targets as
 * the cascade shows them, and the council's priority fields batched over a list of councils.
 */
import DataLoader from 'dataloader';
import type { FilterQuery } from '@mikro-orm/core';
import { Indicator, Person, Priority, PriorityLevel, PriorityLimit, PriorityStatus, Target, type Em } from '@goldenthread/db';
import { buildCascade, publishedPrecision, type Cascade, type PerformanceStatus } from '@goldenthread/domain';
import { DEFAULT_PRECISION, IndicatorPrecision } from '../indicators/measures.type.js';
import type { Access } from '../../access/access.js';
import type { GqlContext } from '../../context.js';
import { idOf } from '../../loaders.js';
import { toGlobalId } from '../../relay/global-id.js';
import { basisFor, performanceStatuses, type PerformanceBasis, type PerformanceStatuses } from './cascade.performance.js';
import { loadCascade, type CascadeData } from './cascade.snapshot.js';
import { CascadeTarget, PriorityNode } from './cascade.type.js';

/** The golden thread of one council and year, and what it needs to answer, read with the request's EntityManager. */
export class CascadeReads {
  constructor(
    private readonly em: Em,
    _access: Access,
  ) {}

  /** The council's cascade data of a year (null for an unknown council); `published`: what outside viewers may see. */
  cascade(councilId: number, period: string, options: { today?: string; published?: boolean } = {}): Promise<CascadeData | null> {
    return loadCascade(this.em, councilId, period, options);
  }

  /** The performance status of every priority of a loaded cascade, judged on `basis`. */
  performance(data: CascadeData, cascade: Cascade, basis: PerformanceBasis): Promise<PerformanceStatuses> {
    return performanceStatuses(this.em, data, cascade, basis);
  }

  /** The council of a person (null for an unknown person), read as a partial row outside the identity map. */
  async councilOfPerson(personId: number): Promise<number | null> {
    const person = await this.em.findOne(Person, { id: personId }, { fields: ['id', 'council'], disableIdentityMap: true });
    return person ? idOf(person.council) : null;
  }
}

/** Every level with its limit (null: none), from the council's limit rows. */
export function limitsByLevel(rows: readonly PriorityLimit[]): Array<{ level: PriorityLevel; limit: number | null }> {
  return Object.values(PriorityLevel).map((level) => ({ level, limit: rows.find((r) => r.level === level)?.limit ?? null }));
}

/** `Council.priorityLimits`: one statement for every council of a list. */
export async function councilPriorityLimits(
  ctx: GqlContext,
  councilId: number,
): Promise<Array<{ level: PriorityLevel; limit: number | null }>> {
  return limitsByLevel(await ctx.loaders.childrenOf(PriorityLimit, 'council').load(councilId));
}

/**
 * `Council.priorities`: the council's priorities of a year (of a level), by level and name. One
 * statement for the councils whose unpublished data the viewer reads (their own) and one for the
 * rest (communicated priorities and explicit non-priorities only), whatever the number of councils.
 */
export async function councilPriorities(
  ctx: GqlContext,
  councilId: number,
  period: string,
  level: PriorityLevel | null,
): Promise<PriorityNode[]> {
  const unpublished = ctx.access.canReadUnpublished(councilId);
  const where: FilterQuery<Priority> = { period };
  if (level) where.level = level;
  if (!unpublished) where.$or = [{ status: PriorityStatus.COMMUNICATED }, { isNonPriority: true }];
  const key = `${period}:${level ?? ''}:${unpublished ? 'all' : 'published'}`;
  const rows = await ctx.loaders.childrenOf(Priority, 'council', { level: 'asc', name: 'asc', id: 'asc' }, where, key).load(councilId);
  return rows.map(PriorityNode.from);
}

export async function many<T extends { id: number }, N>(
  ctx: GqlContext,
  entity: new (...args: never[]) => T,
  ids: number[],
  map: (e: T) => N,
): Promise<N[]> {
  const rows = await ctx.loaders.byId(entity).loadMany(ids);
  return rows.filter((r): r is T => r !== null && !(r instanceof Error)).map(map);
}

/** Targets by id as the cascade shows them, through the per-request loaders (two batched statements). */
export async function targets(ctx: GqlContext, ids: number[]): Promise<CascadeTarget[]> {
  const rows = (await ctx.loaders.byId(Target).loadMany(ids)).filter((r): r is Target => r !== null && !(r instanceof Error));
  const indicators = await ctx.loaders.byId(Indicator).loadMany(rows.map((t) => idOf(t.indicator)!));
  return rows.map((t, i) => {
    const indicator = indicators[i];
    const known = indicator && !(indicator instanceof Error) ? indicator : null;
    return Object.assign(new CascadeTarget(), {
      id: toGlobalId('Target', t.id),
      indicatorId: toGlobalId('Indicator', idOf(t.indicator)!),
      indicatorName: known ? known.title : '',
      precision: Object.assign(new IndicatorPrecision(), known ? publishedPrecision(known) : DEFAULT_PRECISION),
      unit: known?.unit ?? null,
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
      const reads = ctx.services.get(CascadeReads);
      const data = await reads.cascade(councilId, period, { published: !unpublished });
      if (!data) return { basis: basisFor(unpublished), byPriority: new Map() };
      return reads.performance(data, buildCascade(data.snapshot), basisFor(unpublished));
    };
    return new DataLoader(async (ids: readonly number[]) => {
      all ??= load();
      const { basis, byPriority } = await all;
      return ids.map((id) => ({ status: byPriority.get(id) ?? null, basis }));
    });
  });
}
