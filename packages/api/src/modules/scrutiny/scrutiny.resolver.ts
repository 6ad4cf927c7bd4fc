import { Arg, Ctx, Extensions, ID, Query, Resolver } from 'type-graphql';
import { PriorityStatus } from '@goldenthread/db';
import { parsePeriod, shiftPeriod } from '@goldenthread/domain';
import type { GqlContext } from '../../context.js';
import { badInput, notFound } from '../../errors.js';
import { idOf } from '../../loaders.js';
import { decodeId } from '../../relay/global-id.js';
import { ObjectiveNode, PriorityNode } from '../cascade/cascade.type.js';
import { seriesOut } from '../indicators/indicators.resolver.js';
import { TargetNode } from '../indicators/indicators.type.js';
import { GroupKind } from '../indicators/indicators.input.js';
import { PerformanceService } from '../indicators/performance.service.js';
import { keptRead } from '../shared/kept-reads.js';
import { ScrutinyReads } from './scrutiny.reads.js';
import { DrillDownObjective, ScrutinyDrillDown } from './scrutiny.type.js';

function yearArg(field: string, value: string): string {
  const p = parsePeriod(value);
  if (p?.kind !== 'YEAR') throw badInput(field, `"${value}" is not a financial year like 2024-25.`);
  return p.text;
}

@Resolver()
export class ScrutinyResolver {
  @Extensions({ flatCost: 200 }) // built whole from a fixed number of flat queries
  @Query(() => ScrutinyDrillDown, {
    description:
      "The scrutiny drill-down from a priority: priorities below it, objectives delivering them, targets, and each indicator's series " +
      "(from/to: financial years; by default the four years up to the priority's). Unpublished priorities and data only for the " +
      "council's own people.",
  })
  async scrutinyDrillDown(
    @Ctx() ctx: GqlContext,
    @Arg('priorityId', () => ID, { description: 'The priority to drill into (Priority global id).' }) priorityId: string,
    @Arg('from', () => String, { description: 'The first period of the figures shown (optional).', nullable: true }) fromArg: string | null,
    @Arg('to', () => String, { description: 'The last period of the figures shown (optional).', nullable: true }) toArg: string | null,
  ): Promise<ScrutinyDrillDown> {
    const id = decodeId('priorityId', priorityId, 'Priority');
    const priority = await ctx.services.get(ScrutinyReads).priority(id);
    if (!priority) throw notFound('Priority', priorityId);
    const councilId = idOf(priority.council)!;
    const internal = ctx.access.canReadUnpublished(councilId);
    // The public sees communicated priorities only, as in the cascade.
    if (!internal && priority.status !== PriorityStatus.COMMUNICATED) throw notFound('Priority', priorityId);
    const to = toArg ? yearArg('to', toArg) : priority.period;
    const from = fromArg ? yearArg('from', fromArg) : shiftPeriod(to, -3);
    if (parsePeriod(from)!.start > parsePeriod(to)!.start) throw badInput('to', `the range ends (${to}) before it starts (${from}).`);

    // The same for all who may (or may not) read the council's unpublished records: kept under the data
    // version for the next query asking the same (shared/kept-reads.ts).
    return keptRead(
      ctx,
      ['scrutinyDrillDown', id, internal, from, to].join('|'),
      async () => {
        const { below, objectives, targetsOf, direct, indicatorIds } = await ctx.services.get(ScrutinyReads).below(priority, internal);

        const series = await ctx.services.get(PerformanceService).indicatorSeries({
          councilId,
          indicatorIds,
          from,
          to,
          disaggregation: null,
          group: { kind: GroupKind.ALL_ENGLAND },
          serviceId: null,
          includeUnpublished: internal,
        });
        return Object.assign(new ScrutinyDrillDown(), {
          priority: PriorityNode.from(priority),
          priorities: below.map(PriorityNode.from),
          objectives: objectives.map((o) =>
            Object.assign(new DrillDownObjective(), {
              objective: ObjectiveNode.from(o),
              targets: (targetsOf.get(o.id) ?? []).map(TargetNode.from),
            }),
          ),
          targets: direct.map(TargetNode.from),
          indicators: series.map(seriesOut),
          from,
          to,
        });
      },
      (d) => d.indicators.reduce((n, s) => n + s.points.length + 1, d.objectives.length + d.priorities.length + 1),
    );
  }
}
