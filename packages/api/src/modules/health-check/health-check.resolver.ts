import { Arg, Ctx, Extensions, ID, Query, Resolver } from 'type-graphql';
import { Council } from '@goldenthread/db';
import { toPeriod } from '@goldenthread/domain';
import type { GqlContext } from '../../context.js';
import { notFound } from '../../errors.js';
import { decodeId } from '../../relay/global-id.js';
import { PerformanceService } from '../indicators/performance.service.js';
import { checkPeriod } from '../shared/lookup.js';
import { HealthCheckService, leadershipHealthCheck, leadershipHealthCheckHistory, type HealthCheckReads } from './health-check.reads.js';
import { LeadershipHealthCheckType } from './health-check.type.js';
import { COUNCIL_ID_ARG } from '../../relay/common.args.js';

@Resolver()
export class HealthCheckResolver {
  private async reads(ctx: GqlContext, councilId: string): Promise<{ id: number; reads: HealthCheckReads }> {
    const id = decodeId('councilId', councilId, 'Council');
    if (!(await ctx.loaders.byId(Council).load(id))) throw notFound('Council', councilId);
    ctx.access.requireReadUnpublished(id);
    return { id, reads: ctx.services.get(HealthCheckService).reads(ctx.services.get(PerformanceService), ctx.derived) };
  }

  @Extensions({ flatCost: 200 }) // built whole from a fixed number of flat queries per period
  @Query(() => LeadershipHealthCheckType, {
    description:
      "The leadership health check of a council for a financial year, each answer's change against another year (default the year " +
      "before, when it has priorities). For the council's own staff and councillors.",
  })
  async leadershipHealthCheck(
    @Ctx() ctx: GqlContext,
    @Arg('councilId', () => ID, COUNCIL_ID_ARG)
    councilId: string,
    @Arg('period', () => String, { description: 'Financial year, e.g. 2024-25.' }) period: string,
    @Arg('compareWith', () => String, { nullable: true, description: 'Financial year the changes are against.' }) compareWith:
      | string
      | null,
  ): Promise<LeadershipHealthCheckType> {
    const year = toPeriod(checkPeriod('period', period)).text;
    const other = compareWith == null ? null : toPeriod(checkPeriod('compareWith', compareWith)).text;
    const { id, reads } = await this.reads(ctx, councilId);
    const result = await leadershipHealthCheck(reads, id, year, other);
    if (!result) throw notFound('Council', councilId);
    return result;
  }

  @Extensions({ flatCost: 1000 })
  @Query(() => [LeadershipHealthCheckType], {
    description:
      'The leadership health check for every financial year the council has priorities in, oldest first, each compared with the ' +
      "year before: the trend. For the council's own staff and councillors.",
  })
  async leadershipHealthCheckHistory(
    @Ctx() ctx: GqlContext,
    @Arg('councilId', () => ID, COUNCIL_ID_ARG)
    councilId: string,
  ): Promise<LeadershipHealthCheckType[]> {
    const { id, reads } = await this.reads(ctx, councilId);
    return leadershipHealthCheckHistory(reads, id);
  }
}
