import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { GqlContext } from '../../context.js';
import type { ConnectionShape } from '../../relay/connection.js';
import { parseInstant, parseOpenDataFilter } from './open-data.filter.js';
import { OpenDataReads } from './open-data.reads.js';
import { MeasurementChange, MeasurementChangeConnection, MeasurementFilterInput } from './open-data.type.js';

@Resolver()
export class OpenDataResolver {
  @Query(() => MeasurementChangeConnection, {
    description:
      'The change feed of the open data: published measurements that changed after `since` (published, or republished after a ' +
      'correction) and those withdrawn from publication since (change: WITHDRAWN, corrected back to a draft: delete your copy), ' +
      'oldest change first, with the licence of each source. Page with first/after (keyset cursors: figures that ' +
      'change while you page move to the end, nothing shifts). totalCount counts every change since `since`. Drafts and ' +
      'validated figures never appear (a withdrawal gives only the id), whoever asks. The same data in bulk: ' +
      'GET /data/measurements.csv or .jsonl (README "Bulk open data").',
  })
  async measurementChanges(
    @Ctx() ctx: GqlContext,
    @Arg('since', () => Date, { description: 'Changes after this instant (ISO 8601), e.g. the changedAt of the last change you hold.' })
    since: Date,
    @Arg('first', () => Int, { nullable: true, description: 'Page size (at most 500; 50 when not given).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after: string | null,
    @Arg('filter', () => MeasurementFilterInput, { nullable: true, description: 'Which measurements (any when not given).' })
    filter: MeasurementFilterInput | null,
  ): Promise<ConnectionShape<MeasurementChange>> {
    const parsed = parseOpenDataFilter({ ...filter, updatedSince: null });
    parsed.updatedSince = parseInstant('since', since);
    return ctx.services.get(OpenDataReads).changes(parsed, first, after);
  }
}
