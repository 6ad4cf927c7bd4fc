/**
 * The reads of the indicator resolvers (`ctx.services.get(IndicatorReads)`): indicators by code or
 * search, a council's measurements and targets, comparator groups, and the keys of commentaries.
 * Resolvers decode ids and map rows; the queries live here.
 */
import type { FilterQuery } from '@mikro-orm/core';
import { Commentary, ComparatorGroup, Council, type Em, Indicator, IndicatorFramework, Measurement, Target } from '@goldenthread/db';
import type { Access } from '../../access/access.js';
import type { ConnectionArgs, ConnectionShape } from '../../relay/connection.js';
import { containsCondition } from '../../search.js';
import { paginate } from '../shared/paginate.js';

export class IndicatorReads {
  constructor(
    private readonly em: Em,
    _access: Access,
  ) {}

  /** The id of the council with this (normalised) GSS code, or null. */
  async councilIdByGss(gssCode: string): Promise<number | null> {
    const c = await this.em.findOne(Council, { gssCode }, { fields: ['id'], disableIdentityMap: true });
    return c?.id ?? null;
  }

  /** An indicator by framework and code (a LOCAL one of `councilId`, national ones with null). */
  indicatorByCode(framework: IndicatorFramework, code: string, councilId: number | null): Promise<Indicator | null> {
    return this.em.findOne(Indicator, { framework, code, council: councilId });
  }

  /** National indicators and those of a council, optionally of a framework or matching a search, by framework and code. */
  indicators<T>(
    filter: { councilId: number | null; framework?: IndicatorFramework | null; search?: string | null },
    page: ConnectionArgs,
    map: (i: Indicator) => T,
  ): Promise<ConnectionShape<T>> {
    const where: FilterQuery<Indicator>[] = [];
    where.push(filter.councilId ? { $or: [{ council: null }, { council: filter.councilId }] } : { council: null });
    if (filter.framework) where.push({ framework: filter.framework });
    if (filter.search) {
      const needle = containsCondition(this.em, filter.search);
      where.push({ $or: [{ code: needle }, { title: needle }] });
    }
    return paginate(this.em, Indicator, { where: { $and: where }, orderBy: { framework: 'asc', code: 'asc', id: 'asc' } }, page, map);
  }

  /** A council's measurements, newest period first. */
  measurements<T>(where: FilterQuery<Measurement>, page: ConnectionArgs, map: (m: Measurement) => T): Promise<ConnectionShape<T>> {
    return paginate(this.em, Measurement, { where, orderBy: { periodStart: 'desc', indicator: 'asc', id: 'asc' } }, page, map);
  }

  /** A council's targets, optionally of one indicator and period (at most 5,000). */
  targets(where: { council: number; indicator?: number; period?: string }): Promise<Target[]> {
    return this.em.find(Target, where, { orderBy: { indicator: 'asc', period: 'asc', id: 'asc' }, limit: 5000 });
  }

  /** The comparator groups a council has defined, by name. */
  comparatorGroups(councilId: number): Promise<ComparatorGroup[]> {
    return this.em.find(ComparatorGroup, { council: councilId }, { orderBy: { name: 'asc' } });
  }

  /** The council, indicator and period of commentaries (partial rows, outside the identity map). */
  async commentaryKeys(ids: readonly number[]) {
    const rows = await this.em.find(
      Commentary,
      { id: { $in: [...ids] } },
      { fields: ['id', 'council', 'indicator', 'period'], disableIdentityMap: true },
    );
    return rows.map((r) => ({ id: r.id, councilId: r.council.id, indicatorId: r.indicator.id, period: r.period }));
  }
}
