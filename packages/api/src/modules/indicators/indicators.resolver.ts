import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ComparatorGroupMember, Council, Indicator, IndicatorFramework, IndicatorOwnership, Person } from '@goldenthread/db';
import { validateGssCode } from '@goldenthread/domain';
import type { GqlContext } from '../../context.js';
import { one } from '../../loaders.js';
import { assertValid, badInput } from '../../errors.js';
import { ConnectionArgs, type ConnectionShape } from '../../relay/connection.js';
import { decodeId, toGlobalId } from '../../relay/global-id.js';
import { CouncilNode, PersonNode } from '../organisation/organisation.type.js';
import {
  CreateComparatorGroupInput,
  CreateIndicatorInput,
  GroupInput,
  GroupKind,
  IndicatorFilter,
  SetOwnershipInput,
  UpdateComparatorGroupInput,
  UpdateIndicatorInput,
} from './indicators.input.js';
import { ComparatorGroupPayload, DeletedPayload, IndicatorPayload, OwnershipPayload } from './indicators.payload.js';
import { IndicatorReads } from './indicators.reads.js';
import { ComparatorGroupService } from './comparator-group.service.js';
import { IndicatorsService } from './indicators.service.js';
import { ComparatorGroupNode, IndicatorConnection, IndicatorNode, IndicatorOwnershipNode } from './indicators.type.js';
import { IndicatorSeries } from './series.type.js';
import type { GroupSpec, Series } from './performance.service.js';

export {
  ComparatorGroupPayload,
  DeletedPayload,
  IndicatorPayload,
  MeasurementPayload,
  OwnershipPayload,
  TargetPayload,
} from './indicators.payload.js';
import { COUNCIL_ID_ARG, OPTIONAL_VERSION_ARG } from '../../relay/common.args.js';

/** A council given by global id or GSS code (exactly one). */
export async function councilArg(
  ctx: GqlContext,
  councilId: string | null | undefined,
  gssCode: string | null | undefined,
): Promise<number> {
  if ((councilId == null) === (gssCode == null)) throw badInput('councilId', 'give either councilId or gssCode, not both or neither.');
  if (councilId != null) return decodeId('councilId', councilId, 'Council');
  assertValid(validateGssCode('gssCode', gssCode!));
  const id = await ctx.services.get(IndicatorReads).councilIdByGss(gssCode!.trim().toUpperCase());
  if (id === null) throw badInput('gssCode', `no council with GSS code ${gssCode} exists.`);
  return id;
}

export function groupArg(group: GroupInput | null | undefined): GroupSpec {
  if (!group) return { kind: GroupKind.ALL_ENGLAND };
  if (group.kind === GroupKind.CUSTOM && !group.groupId)
    throw badInput('group.groupId', 'a CUSTOM group needs the id of a comparator group.');
  return { kind: group.kind, groupId: group.groupId ? decodeId('group.groupId', group.groupId, 'ComparatorGroup') : null };
}

export function seriesOut(s: Series): IndicatorSeries {
  return Object.assign(new IndicatorSeries(), { ...s, indicator: IndicatorNode.from(s.indicator) });
}

@Resolver(() => IndicatorNode)
export class IndicatorResolver {
  @Query(() => IndicatorNode, {
    nullable: true,
    description: 'An indicator by global id, or by framework and code (a LOCAL code also needs councilId).',
  })
  async indicator(
    @Ctx() ctx: GqlContext,
    @Arg('id', () => ID, { description: "The indicator's global id (or give framework and code).", nullable: true }) id: string | null,
    @Arg('framework', () => IndicatorFramework, { description: 'The framework of the code, e.g. ASCOF.', nullable: true })
    framework: IndicatorFramework | null,
    @Arg('code', () => String, {
      description: "The indicator's code, e.g. '2A2' (with framework; with councilId for a local one).",
      nullable: true,
    })
    code: string | null,
    @Arg('councilId', () => ID, { description: 'The council of a LOCAL indicator looked up by code.', nullable: true }) councilId:
      | string
      | null,
  ): Promise<IndicatorNode | null> {
    if (id != null) return one(ctx, Indicator, decodeId('id', id, 'Indicator'), IndicatorNode.from);
    if (!framework || !code) throw badInput('id', 'give id, or framework and code.');
    const council = framework === IndicatorFramework.LOCAL ? (councilId ? decodeId('councilId', councilId, 'Council') : null) : null;
    if (framework === IndicatorFramework.LOCAL && council === null)
      throw badInput('councilId', 'a local indicator code needs the council.');
    const row = await ctx.services.get(IndicatorReads).indicatorByCode(framework, code.trim(), council);
    return row ? IndicatorNode.from(row) : null;
  }

  @Query(() => IndicatorConnection, { description: 'Indicator definitions, by framework and code.' })
  async indicators(
    @Ctx() ctx: GqlContext,
    @Arg('filter', () => IndicatorFilter, { description: 'Which indicators to list; all when left out.', nullable: true })
    filter: IndicatorFilter | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
  ): Promise<ConnectionShape<IndicatorNode>> {
    const councilId = filter?.councilId ? decodeId('filter.councilId', filter.councilId, 'Council') : null;
    const search = filter?.search ? filter.search.trim() : null;
    if (search && search.length > 100) throw badInput('filter.search', 'at most 100 characters.');
    return ctx.services.get(IndicatorReads).indicators({ councilId, framework: filter?.framework, search }, page, IndicatorNode.from);
  }

  @FieldResolver(() => CouncilNode, { nullable: true, description: 'The council of a local indicator; null for national ones.' })
  council(@Root() i: IndicatorNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Council, i.councilId, CouncilNode.from);
  }

  @FieldResolver(() => IndicatorOwnershipNode, { nullable: true, description: 'Who answers for this indicator in a council.' })
  async ownership(
    @Root() i: IndicatorNode,
    @Ctx() ctx: GqlContext,
    @Arg('councilId', () => ID, { description: "The council's global id (Council:...)." }) councilId: string,
  ) {
    const id = decodeId('councilId', councilId, 'Council');
    const rows = await ctx.loaders
      .childrenOf(IndicatorOwnership, 'indicator', { id: 'asc' }, { council: id }, `council:${id}`)
      .load(i.dbId);
    return rows[0] ? IndicatorOwnershipNode.from(rows[0]) : null;
  }

  @Mutation(() => IndicatorPayload, { description: 'Creates a local indicator of a council.' })
  async createIndicator(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => CreateIndicatorInput, { description: 'The new record: see CreateIndicatorInput.' }) input: CreateIndicatorInput,
  ) {
    return { indicator: IndicatorNode.from(await ctx.services.get(IndicatorsService).createIndicator(input)) };
  }

  @Mutation(() => IndicatorPayload, { description: 'Changes a local indicator (national definitions are reference data).' })
  async updateIndicator(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => UpdateIndicatorInput, { description: 'The change: see UpdateIndicatorInput.' }) input: UpdateIndicatorInput,
  ) {
    return { indicator: IndicatorNode.from(await ctx.services.get(IndicatorsService).updateIndicator(input)) };
  }

  @Mutation(() => DeletedPayload, {
    description:
      "Deletes a council's local indicator (send its version). Refused while it has figures (any status) or targets; national " +
      'definitions are reference data.',
  })
  async deleteIndicator(
    @Ctx() ctx: GqlContext,
    @Arg('id', () => ID, { description: "The record's global id." }) id: string,
    @Arg('version', () => Int, OPTIONAL_VERSION_ARG)
    version: number | null,
  ) {
    const r = await ctx.services.get(IndicatorsService).deleteIndicator(id, version);
    return { deletedId: toGlobalId('Indicator', r.id) };
  }

  @Mutation(() => OwnershipPayload, { description: 'Sets the data owner and the responsible manager of an indicator in a council.' })
  async setIndicatorOwnership(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => SetOwnershipInput, { description: 'The change: see SetOwnershipInput.' }) input: SetOwnershipInput,
  ) {
    return { ownership: IndicatorOwnershipNode.from(await ctx.services.get(IndicatorsService).setOwnership(input)) };
  }
}

@Resolver(() => IndicatorOwnershipNode)
export class OwnershipResolver {
  @FieldResolver(() => CouncilNode, { description: 'The council.' })
  council(@Root() o: IndicatorOwnershipNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Council, o.councilId, CouncilNode.from);
  }
  @FieldResolver(() => IndicatorNode, { description: 'The indicator.' })
  indicator(@Root() o: IndicatorOwnershipNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Indicator, o.indicatorId, IndicatorNode.from);
  }
  @FieldResolver(() => PersonNode, { nullable: true, description: 'Answerable for the accuracy of the data.' })
  dataOwner(@Root() o: IndicatorOwnershipNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Person, o.dataOwnerId, PersonNode.from);
  }
  @FieldResolver(() => PersonNode, {
    description: 'The manager who answers for performance on the indicator; null when not assigned.',
    nullable: true,
  })
  responsibleManager(@Root() o: IndicatorOwnershipNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Person, o.responsibleManagerId, PersonNode.from);
  }
}

@Resolver(() => ComparatorGroupNode)
export class ComparatorGroupResolver {
  @Query(() => [ComparatorGroupNode], { description: 'The comparator groups a council has defined.' })
  async comparatorGroups(
    @Ctx() ctx: GqlContext,
    @Arg('councilId', () => ID, COUNCIL_ID_ARG)
    councilId: string,
  ) {
    const rows = await ctx.services.get(IndicatorReads).comparatorGroups(decodeId('councilId', councilId, 'Council'));
    return rows.map(ComparatorGroupNode.from);
  }
  @FieldResolver(() => CouncilNode, { description: 'The council that defined the group.' })
  council(@Root() g: ComparatorGroupNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Council, g.councilId, CouncilNode.from);
  }
  @FieldResolver(() => [CouncilNode], { description: 'The councils in the group, by name.' })
  async members(@Root() g: ComparatorGroupNode, @Ctx() ctx: GqlContext) {
    const rows = await ctx.loaders.childrenOf(ComparatorGroupMember, 'group').load(g.dbId);
    const councils = await ctx.loaders.byId(Council).loadMany(rows.map((r) => r.member.id));
    return councils
      .filter((c): c is Council => !!c && !(c instanceof Error))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map(CouncilNode.from);
  }
  @Mutation(() => ComparatorGroupPayload, { description: 'Creates a comparator group of a council (administrators of the council).' })
  async createComparatorGroup(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => CreateComparatorGroupInput, { description: 'The new record: see CreateComparatorGroupInput.' })
    input: CreateComparatorGroupInput,
  ) {
    return { group: ComparatorGroupNode.from(await ctx.services.get(ComparatorGroupService).createGroup(input)) };
  }
  @Mutation(() => ComparatorGroupPayload, { description: 'Renames a comparator group or changes its description.' })
  async updateComparatorGroup(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => UpdateComparatorGroupInput, { description: 'The change: see UpdateComparatorGroupInput.' })
    input: UpdateComparatorGroupInput,
  ) {
    return { group: ComparatorGroupNode.from(await ctx.services.get(ComparatorGroupService).updateGroup(input)) };
  }
  @Mutation(() => DeletedPayload, { description: 'Deletes a comparator group (its members go with it; councils are untouched).' })
  async deleteComparatorGroup(
    @Ctx() ctx: GqlContext,
    @Arg('id', () => ID, { description: "The record's global id." }) id: string,
    @Arg('version', () => Int, OPTIONAL_VERSION_ARG)
    version: number | null,
  ) {
    return { deletedId: toGlobalId('ComparatorGroup', await ctx.services.get(ComparatorGroupService).deleteGroup(id, version)) };
  }
}
