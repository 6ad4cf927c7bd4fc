import { Arg, Args, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { Council, Directorate, Objective, Person, Priority, Risk, RiskAssessment, Service } from '@goldenthread/db';
import { heatMapLayout, riskScore } from '@goldenthread/domain';
import type { GqlContext } from '../../context.js';
import { one } from '../../loaders.js';
import { ConnectionArgs, connectionFromArray, type ConnectionShape } from '../../relay/connection.js';
import { decodeId } from '../../relay/global-id.js';
import { ObjectiveNode, PriorityNode } from '../cascade/cascade.type.js';
import { CouncilNode, DirectorateNode, PersonNode, ServiceNode } from '../organisation/organisation.type.js';
import { CreateRiskInput, RiskRegisterArgs, UpdateRiskInput } from './risks.input.js';
import { RiskReads } from './risks.reads.js';
import { RiskService } from './risks.service.js';
import { RiskAssessmentNode, RiskConnection, RiskHeatMapCell, RiskNode } from './risks.type.js';

export enum HeatMapScores {
  INHERENT = 'INHERENT',
  RESIDUAL = 'RESIDUAL',
}
registerEnumType(HeatMapScores, {
  name: 'HeatMapScores',
  description: 'Plot the scores before controls (INHERENT) or after them (RESIDUAL).',
  valuesConfig: { INHERENT: { description: 'Scores before controls.' }, RESIDUAL: { description: 'Scores after controls.' } },
});

@ObjectType({ description: 'The result of a risk mutation.' })
export class RiskPayload {
  @Field(() => RiskNode, { description: 'The risk as stored after the mutation.' }) risk!: RiskNode;
}

const risks = (ctx: GqlContext) => ctx.services.get(RiskService);

@Resolver(() => RiskNode)
export class RiskResolver {
  @Query(() => RiskConnection, {
    description:
      "A council's risk registers by reference: one directorate's, the corporate one (corporate: true), the directorates' " +
      "(corporate: false) or all; of a status; from a residual score up. Only the council's own people see risks.",
  })
  async risks(
    @Ctx() ctx: GqlContext,
    @Args(() => RiskRegisterArgs) { councilId, ...filter }: RiskRegisterArgs,
    @Arg('minResidualScore', () => Int, {
      nullable: true,
      description: 'Only risks whose residual score (likelihood x impact) is at least this, e.g. 15.',
    })
    minResidualScore: number | null,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
  ): Promise<ConnectionShape<RiskNode>> {
    const council = decodeId('councilId', councilId, 'Council');
    const rows = await ctx.services.get(RiskReads).register(council, filter);
    const kept =
      minResidualScore == null ? rows : rows.filter((r) => riskScore(r.residualLikelihood, r.residualImpact) >= minResidualScore);
    return connectionFromArray(kept.map(RiskNode.from), page);
  }

  @Query(() => [RiskHeatMapCell], {
    description:
      'The 5x5 heat map of a register (filters as `risks`): 25 cells, likelihood then impact from 1, each with its risks and band.',
  })
  async riskHeatMap(
    @Ctx() ctx: GqlContext,
    @Args(() => RiskRegisterArgs) { councilId, ...filter }: RiskRegisterArgs,
    @Arg('scores', () => HeatMapScores, {
      description: 'INHERENT (before controls) or RESIDUAL (after them).',
      defaultValue: HeatMapScores.RESIDUAL,
    })
    scores: HeatMapScores,
  ): Promise<RiskHeatMapCell[]> {
    const council = decodeId('councilId', councilId, 'Council');
    ctx.access.requireReadUnpublished(council);
    const rows = await ctx.services.get(RiskReads).register(council, filter);
    return heatMapLayout(rows, { which: scores === HeatMapScores.INHERENT ? 'inherent' : 'residual' }).map(RiskHeatMapCell.from);
  }

  @FieldResolver(() => CouncilNode, { description: 'The council.' })
  council(@Root() r: RiskNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Council, r.councilId, CouncilNode.from);
  }

  @FieldResolver(() => DirectorateNode, {
    nullable: true,
    description: 'The directorate whose register it is in; null for the corporate register.',
  })
  directorate(@Root() r: RiskNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Directorate, r.directorateDbId, DirectorateNode.from);
  }

  @FieldResolver(() => PriorityNode, { description: 'The priority it threatens; null when none.', nullable: true })
  priority(@Root() r: RiskNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Priority, r.priorityDbId, PriorityNode.from);
  }

  @FieldResolver(() => ObjectiveNode, { description: 'The objective it threatens; null when none.', nullable: true })
  objective(@Root() r: RiskNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Objective, r.objectiveDbId, ObjectiveNode.from);
  }

  @FieldResolver(() => ServiceNode, { description: 'The service it belongs to; null when none.', nullable: true })
  service(@Root() r: RiskNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Service, r.serviceDbId, ServiceNode.from);
  }

  @FieldResolver(() => PersonNode, { description: 'Who manages it; null while unassigned.', nullable: true })
  owner(@Root() r: RiskNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Person, r.ownerDbId, PersonNode.from);
  }

  @FieldResolver(() => [RiskAssessmentNode], {
    description: 'Every assessment of its scores, oldest first (one is written whenever they change).',
  })
  async history(@Root() r: RiskNode, @Ctx() ctx: GqlContext) {
    const rows = await ctx.loaders.childrenOf(RiskAssessment, 'risk', { assessedOn: 'asc', id: 'asc' }).load(r.dbId);
    return rows.map((a) => RiskAssessmentNode.from(a, r.councilId));
  }

  @Mutation(() => RiskPayload, {
    description: 'Adds a risk to a register (risk managers, the line of its service or directorate, senior managers, administrators).',
  })
  async createRisk(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => CreateRiskInput, { description: 'The new record: see CreateRiskInput.' }) input: CreateRiskInput,
  ): Promise<RiskPayload> {
    return { risk: RiskNode.from(await risks(ctx).create(input)) };
  }

  @Mutation(() => RiskPayload, { description: 'Changes a risk (also its owner); a change of scores records an assessment in its history.' })
  async updateRisk(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => UpdateRiskInput, { description: 'The change: see UpdateRiskInput.' }) input: UpdateRiskInput,
  ): Promise<RiskPayload> {
    return { risk: RiskNode.from(await risks(ctx).update(input)) };
  }
}

@Resolver(() => RiskAssessmentNode)
export class RiskAssessmentResolver {
  @FieldResolver(() => PersonNode, { nullable: true, description: 'Who changed the scores.' })
  by(@Root() a: RiskAssessmentNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Person, a.byDbId, PersonNode.from);
  }

  @FieldResolver(() => RiskNode, { description: 'The risk assessed; null when not visible.', nullable: true })
  risk(@Root() a: RiskAssessmentNode, @Ctx() ctx: GqlContext) {
    return one(ctx, Risk, a.riskDbId, RiskNode.from);
  }
}
