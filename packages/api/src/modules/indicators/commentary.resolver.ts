import DataLoader from 'dataloader';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Action, Commentary, CommentaryRevision, Council, Indicator, Person, Service } from '@goldenthread/db';
import { parsePeriod } from '@goldenthread/domain';
import type { GqlContext } from '../../context.js';
import { one } from '../../loaders.js';
import { ConnectionArgs, type ConnectionShape } from '../../relay/connection.js';
import { decodeId, decodeOptionalId } from '../../relay/global-id.js';
import { ActionNode } from '../governance/actions.type.js';
import { CouncilNode, PersonNode, ServiceNode } from '../organisation/organisation.type.js';
import { CommentaryPayload, RecordCommentaryInput, UpdateCommentaryInput } from './commentary.input.js';
import { CommentaryService } from './commentary.service.js';
import { CommentaryConnection, CommentaryNode, CommentaryRevisionNode } from './commentary.type.js';
import { ExceptionArgs } from './indicators.args.js';
import { IndicatorReads } from './indicators.reads.js';
import { councilArg, groupArg } from './indicators.resolver.js';
import { IndicatorNode } from './indicators.type.js';
import { PerformanceFinding } from './performance.type.js';
import { PerformanceService } from './performance.service.js';
import { COUNCIL_ID_ARG } from '../../relay/common.args.js';

/** Canonical text of a period argument, or the text as given (then nothing matches it). */
const periodText = (p: string) => parsePeriod(p.trim())?.text ?? p.trim();

/**
 * Whether each commentary's figure is published (what outsiders may see), batched per request: the
 * visibility rule of Commentary asks it for every commentary an outsider is shown.
 */
export function publishedCommentaries(ctx: GqlContext): DataLoader<number, boolean> {
  return ctx.loaders.custom(
    'publishedCommentaries',
    () =>
      new DataLoader<number, boolean>(async (ids) => {
        const keys = await ctx.services.get(IndicatorReads).commentaryKeys(ids);
        const published = await ctx.services.get(CommentaryService).publishedIds(keys);
        return ids.map((id) => published.has(id));
      }),
  );
}

@Resolver(() => CommentaryNode)
export class CommentaryResolver {
  @Query(() => CommentaryNode, { nullable: true, description: 'A commentary by id.' })
  async commentary(@Ctx() ctx: GqlContext, @Arg('id', () => ID, { description: "The commentary's global id." }) id: string) {
    return one(ctx, Commentary, decodeId('id', id, 'Commentary'), CommentaryNode.from);
  }

  @Query(() => CommentaryConnection, {
    description:
      "A council's commentaries, newest period first, optionally of one indicator or period. Outside the council only those of " +
      "a period whose figure is published; withdrawn ones (includeWithdrawn) for the council's own people only.",
  })
  async commentaries(
    @Ctx() ctx: GqlContext,
    @Arg('councilId', () => ID, COUNCIL_ID_ARG)
    councilId: string,
    @Arg('indicatorId', () => ID, { description: "Only this indicator's commentaries.", nullable: true }) indicatorId: string | null,
    @Arg('period', () => String, { description: "Only this period's commentaries, e.g. '2023-24'.", nullable: true }) period: string | null,
    @Arg('includeWithdrawn', () => Boolean, { description: 'True to include withdrawn commentaries.', defaultValue: false })
    includeWithdrawn: boolean,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
  ): Promise<ConnectionShape<CommentaryNode>> {
    const council = decodeId('councilId', councilId, 'Council');
    const indicator = decodeOptionalId('indicatorId', indicatorId, 'Indicator') ?? null;
    return ctx.services.get(CommentaryService).list({ councilId: council, indicatorId: indicator, period, includeWithdrawn }, page);
  }

  @Query(() => [PerformanceFinding], {
    description:
      "MISSING_COMMENTARY: a council's exceptions of a period (as performanceExceptions) that have no council-wide commentary for " +
      'that period; most serious first.',
  })
  async missingCommentary(@Ctx() ctx: GqlContext, @Args(() => ExceptionArgs) { period, group, councilId, gssCode }: ExceptionArgs) {
    const council = await councilArg(ctx, councilId ?? null, gssCode ?? null);
    const performance = ctx.services.get(PerformanceService);
    const rows = await ctx.services
      .get(CommentaryService)
      .missing(performance, { councilId: council, period, group: groupArg(group ?? null) });
    return rows.map((r) => Object.assign(new PerformanceFinding(), { ...r, indicator: IndicatorNode.from(r.indicator) }));
  }

  @FieldResolver(() => CouncilNode, { description: 'The council whose figure the commentary is about.' })
  council(@Root() c: CommentaryNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Council, c.councilId, CouncilNode.from);
  }
  @FieldResolver(() => IndicatorNode, { description: 'The indicator whose figure the commentary is about.' })
  indicator(@Root() c: CommentaryNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Indicator, c.indicatorDbId, IndicatorNode.from);
  }
  @FieldResolver(() => ServiceNode, { nullable: true, description: 'The service it is about; null for the council as a whole.' })
  service(@Root() c: CommentaryNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Service, c.serviceDbId, ServiceNode.from);
  }
  @FieldResolver(() => PersonNode, {
    nullable: true,
    description: 'Who wrote the current text (a person of the council, as people are shown).',
  })
  author(@Root() c: CommentaryNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Person, c.authorDbId, PersonNode.from);
  }
  @FieldResolver(() => PersonNode, { description: 'Who withdrew the commentary; null while it is live.', nullable: true })
  withdrawnBy(@Root() c: CommentaryNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Person, c.withdrawnByDbId, PersonNode.from);
  }
  @FieldResolver(() => [CommentaryRevisionNode], { description: "Every version, oldest first (for the council's own people)." })
  async revisions(@Root() c: CommentaryNode, @Ctx() ctx: GqlContext) {
    const rows = await ctx.loaders.childrenOf(CommentaryRevision, 'commentary', { version: 'asc', id: 'asc' }).load(c.dbId);
    return rows.map((r) => CommentaryRevisionNode.from(r, c.councilId));
  }
  @FieldResolver(() => [ActionNode], { description: 'The actions raised from it (source COMMENTARY), oldest first.' })
  async actions(@Root() c: CommentaryNode, @Ctx() ctx: GqlContext) {
    const rows = await ctx.loaders.childrenOf(Action, 'commentary').load(c.dbId);
    return rows.map(ActionNode.from);
  }
  @FieldResolver(() => Boolean, { description: 'May the viewer change or withdraw it? (The mutations check again.)' })
  viewerMayChange(@Root() c: CommentaryNode, @Ctx() ctx: GqlContext) {
    return ctx.services.get(CommentaryService).mayWrite(c.councilId, c.indicatorDbId, c.serviceDbId);
  }

  @Mutation(() => CommentaryPayload, { description: 'Records the commentary on a figure (or records a withdrawn one again).' })
  async recordCommentary(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => RecordCommentaryInput, { description: 'The new record: see RecordCommentaryInput.' }) input: RecordCommentaryInput,
  ) {
    return { commentary: CommentaryNode.from(await ctx.services.get(CommentaryService).record(input)) };
  }
  @Mutation(() => CommentaryPayload, { description: 'Changes a commentary (send its version); the earlier text stays in its revisions.' })
  async updateCommentary(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => UpdateCommentaryInput, { description: 'The change: see UpdateCommentaryInput.' }) input: UpdateCommentaryInput,
  ) {
    return { commentary: CommentaryNode.from(await ctx.services.get(CommentaryService).update(input)) };
  }
  @Mutation(() => CommentaryPayload, {
    description: 'Withdraws a commentary (send its version): kept with its revisions, it explains nothing any more.',
  })
  async withdrawCommentary(
    @Ctx() ctx: GqlContext,
    @Arg('id', () => ID, { description: "The record's global id." }) id: string,
    @Arg('version', () => Int, { description: 'The version the caller read; a stale one is refused with CONFLICT.' }) version: number,
  ) {
    return { commentary: CommentaryNode.from(await ctx.services.get(CommentaryService).withdraw(id, version)) };
  }
}

@Resolver(() => CommentaryRevisionNode)
export class CommentaryRevisionResolver {
  @FieldResolver(() => PersonNode, { description: 'Who made the change; null when the account no longer has a person.', nullable: true })
  changedBy(@Root() r: CommentaryRevisionNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Person, r.changedByDbId, PersonNode.from);
  }
}

/** An indicator's commentary in a council: per period, batched over the indicators of a list. */
@Resolver(() => IndicatorNode)
export class IndicatorCommentaryResolver {
  @FieldResolver(() => CommentaryNode, {
    nullable: true,
    description: "The council's live commentary on this indicator for a period (council-wide, or one service's).",
  })
  async commentary(
    @Root() i: IndicatorNode,
    @Ctx() ctx: GqlContext,
    @Arg('councilId', () => ID, { description: "The council's global id (Council:...)." }) councilId: string,
    @Arg('period', () => String, { description: "The period, e.g. '2023-24' or '2024-25 Q2'." }) period: string,
    @Arg('serviceId', () => ID, { description: "A service's commentary; left out or null for the council-wide one.", nullable: true })
    serviceId: string | null,
  ) {
    const council = decodeId('councilId', councilId, 'Council');
    const service = decodeOptionalId('serviceId', serviceId, 'Service') ?? 0;
    const text = periodText(period);
    const where = { council, period: text, serviceKey: service, withdrawnOn: null };
    const key = `one:${council}:${text}:${service}`;
    const rows = await ctx.loaders.childrenOf(Commentary, 'indicator', { id: 'asc' }, where, key).load(i.dbId);
    return rows[0] ? CommentaryNode.from(rows[0]) : null;
  }

  @FieldResolver(() => [CommentaryNode], { description: "The council's live commentaries on this indicator, newest period first." })
  async commentaries(
    @Root() i: IndicatorNode,
    @Ctx() ctx: GqlContext,
    @Arg('councilId', () => ID, { description: "The council's global id (Council:...)." }) councilId: string,
  ) {
    const council = decodeId('councilId', councilId, 'Council');
    const where = { council, withdrawnOn: null };
    const order = { periodStart: 'desc', serviceKey: 'asc', id: 'asc' } as const;
    const rows = await ctx.loaders.childrenOf(Commentary, 'indicator', order, where, `all:${council}`).load(i.dbId);
    return rows.map(CommentaryNode.from);
  }

  @FieldResolver(() => Boolean, {
    description: "May the viewer record this indicator's commentary in the council? (The mutation checks again.)",
  })
  viewerMayComment(
    @Root() i: IndicatorNode,
    @Ctx() ctx: GqlContext,
    @Arg('councilId', () => ID, { description: "The council's global id (Council:...)." }) councilId: string,
  ) {
    return ctx.services.get(CommentaryService).mayWrite(decodeId('councilId', councilId, 'Council'), i.dbId);
  }
}

/** An exception's commentary: the council-wide one of its period, one statement for the whole list. */
@Resolver(() => PerformanceFinding)
export class ExceptionCommentaryResolver {
  @FieldResolver(() => CommentaryNode, {
    nullable: true,
    description: 'Exceptions and MISSING_COMMENTARY: the live council-wide commentary of the indicator for the period (null: none yet).',
  })
  async commentary(@Root() f: PerformanceFinding, @Ctx() ctx: GqlContext) {
    if (f.councilId === undefined || f.period === null || f.code === 'LATE_DATA') return null;
    const where = { council: f.councilId, period: f.period, serviceKey: 0, withdrawnOn: null };
    const key = `one:${f.councilId}:${f.period}:0`;
    const rows = await ctx.loaders.childrenOf(Commentary, 'indicator', { id: 'asc' }, where, key).load(f.indicatorId);
    return rows[0] ? CommentaryNode.from(rows[0]) : null;
  }

  @FieldResolver(() => Boolean, { description: "May the viewer record or change this figure's commentary? (The mutations check again.)" })
  viewerMayComment(@Root() f: PerformanceFinding, @Ctx() ctx: GqlContext) {
    if (f.councilId === undefined) return false;
    return ctx.services.get(CommentaryService).mayWrite(f.councilId, f.indicatorId);
  }
}

/** The commentary an action comes from. */
@Resolver(() => ActionNode)
export class ActionCommentaryResolver {
  @FieldResolver(() => CommentaryNode, { nullable: true, description: 'COMMENTARY: the commentary it comes from.' })
  commentary(@Root() a: ActionNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Commentary, a.commentaryDbId, CommentaryNode.from);
  }
}
