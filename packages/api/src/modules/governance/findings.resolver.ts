import { Arg, Ctx, Extensions, ID, Query, Resolver } from 'type-graphql';
import { Council } from '@goldenthread/db';
import { financialYearOf } from '@goldenthread/domain';
import type { GqlContext } from '../../context.js';
import { notFound } from '../../errors.js';
import { decodeId } from '../../relay/global-id.js';
import { isoToday } from '../delegation/delegation-snapshot.js';
import { checkDate, checkPeriod } from '../shared/lookup.js';
import { GovernanceFindingReads } from './findings.reads.js';
import { GovernanceFinding } from './findings.type.js';
import { COUNCIL_ID_ARG } from '../../relay/common.args.js';

@Resolver()
export class GovernanceFindingsResolver {
  @Extensions({ flatCost: 100 }) // built whole from a fixed number of flat queries
  @Query(() => [GovernanceFinding], {
    description:
      "Every governance finding of a council on a day, most serious first; each names its nodes by global id. For the council's " +
      'own staff and councillors. A complaint the viewer may not read is never named (by reference or node): such complaints ' +
      'are counted per service instead.',
  })
  async governanceFindings(
    @Ctx() ctx: GqlContext,
    @Arg('councilId', () => ID, COUNCIL_ID_ARG)
    councilId: string,
    @Arg('asOf', () => String, { nullable: true, description: 'ISO date the records are judged at (default today).' }) asOf: string | null,
    @Arg('period', () => String, {
      nullable: true,
      description: 'Financial year whose priorities must have risks and a portfolio, e.g. 2024-25 (default: the year of asOf).',
    })
    period: string | null,
  ): Promise<GovernanceFinding[]> {
    const id = decodeId('councilId', councilId, 'Council');
    const day = asOf == null ? isoToday() : checkDate('asOf', asOf);
    const year = period == null ? financialYearOf(day) : checkPeriod('period', period);
    if (!(await ctx.loaders.byId(Council).load(id))) throw notFound('Council', councilId);
    ctx.access.requireReadUnpublished(id);
    const findings = await ctx.services.get(GovernanceFindingReads).findings(id, day, year);
    if (!findings) throw notFound('Council', councilId);
    return findings;
  }
}
