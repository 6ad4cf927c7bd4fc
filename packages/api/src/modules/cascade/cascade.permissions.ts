/**
 * What the viewer may do with each record of the golden thread (`viewerCan` on Priority, Objective,
 * Milestone, the cascade's targets, appraisal objectives, consultations, communications, and the council's cascade
 * settings), so the app shows only the actions the server would allow.
 * Each answer asks `access.mayWrite` for the same write target the mutation's `requireWrite` asks
 * for (`cascade-writes.ts`), and the status rules the mutation checks; never instead of the check.
 */
import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { ConsultationPriority, Directorate, Objective, Priority, PriorityLevel, PriorityStatus, Service, Target } from '@goldenthread/db';
import type { GqlContext } from '../../context.js';
import { idOf } from '../../loaders.js';
import { decodeId } from '../../relay/global-id.js';
import { communicationWriteTargets, mayAll, objectiveWriteTarget, priorityWriteTarget, targetWriteTarget } from './cascade-writes.js';
import { CouncilNode } from '../organisation/organisation.type.js';
import {
  AppraisalObjectiveNode,
  CascadeTarget,
  CommunicationNode,
  ConsultationNode,
  MilestoneNode,
  ObjectiveNode,
  PriorityNode,
} from './cascade.type.js';

@ObjectType('PriorityViewerCan', {
  description: 'What the viewer may do with the priority (updatePriority, deletePriority, recordCommunication).',
})
export class PriorityViewerCan {
  @Field(() => Boolean, { description: 'Change it (name, owner, resources, parent), and add objectives and targets to it.' })
  update!: boolean;
  @Field(() => Boolean, { description: 'Delete it (refused while things hang on it, unless relinked).' }) delete!: boolean;
  @Field(() => Boolean, { description: 'Move it from DRAFT to AGREED (it needs an owner).' }) agree!: boolean;
  @Field(() => Boolean, { description: 'Move it from AGREED to COMMUNICATED (it needs a recorded communication).' }) communicate!: boolean;
  @Field(() => Boolean, { description: 'Record a communication about it.' }) recordCommunication!: boolean;
  @Field(() => Boolean, { description: 'Record a consultation that informed it.' }) recordConsultation!: boolean;
  @Field(() => Boolean, {
    description:
      'Create a priority one level under it: a directorate priority in a directorate, or a service priority in a service of its ' +
      'directorate, that the viewer may write.',
  })
  addPriority!: boolean;
  @Field(() => Boolean, {
    description:
      "Set a target of its year (for its service, or the council's for a corporate or directorate priority) and link it to the " +
      'priority (setTarget, linkTarget); not for a non-priority.',
  })
  addTarget!: boolean;
}

@ObjectType('ObjectiveViewerCan', {
  description: 'What the viewer may do with the objective (updateObjective, deleteObjective, createMilestone, setTarget for its service).',
})
export class ObjectiveViewerCan {
  @Field(() => Boolean, { description: 'True when the viewer may change it.' }) update!: boolean;
  @Field(() => Boolean, { description: 'True when the viewer may delete it.' }) delete!: boolean;
  @Field(() => Boolean, { description: 'True when the viewer may add a milestone.' }) addMilestone!: boolean;
  @Field(() => Boolean, { description: "Set a target for the objective's service and link it to the objective." }) addTarget!: boolean;
}

@ObjectType('MilestoneViewerCan', { description: 'What the viewer may do with the milestone (updateMilestone, deleteMilestone).' })
export class MilestoneViewerCan {
  @Field(() => Boolean, { description: 'True when the viewer may change it.' }) update!: boolean;
  @Field(() => Boolean, { description: 'True when the viewer may delete it.' }) delete!: boolean;
}

@ObjectType('TargetViewerCan', { description: 'What the viewer may do with the target (setTarget with its version, deleteTarget).' })
export class TargetViewerCan {
  @Field(() => Boolean, { description: 'True when the viewer may change it.' }) update!: boolean;
  @Field(() => Boolean, { description: 'True when the viewer may delete it.' }) delete!: boolean;
}

@ObjectType('AppraisalObjectiveViewerCan', {
  description:
    'What the viewer may do with the appraisal objective (updateAppraisalObjective: agree, review, rate; deleteAppraisalObjective).',
})
export class AppraisalObjectiveViewerCan {
  @Field(() => Boolean, { description: 'True when the viewer may change, agree, review or rate it.' }) update!: boolean;
  @Field(() => Boolean, { description: 'True when the viewer may delete it.' }) delete!: boolean;
}

@ObjectType('ConsultationViewerCan', { description: 'What the viewer may do with the consultation (deleteConsultation).' })
export class ConsultationViewerCan {
  @Field(() => Boolean, { description: 'True when the viewer may delete it.' }) delete!: boolean;
  @Field(() => Boolean, {
    description: 'Record a communication back to its groups about the priorities it informed (recordCommunication).',
  })
  recordCommunication!: boolean;
}

@ObjectType('CommunicationViewerCan', { description: 'What the viewer may do with the communication (deleteCommunication).' })
export class CommunicationViewerCan {
  @Field(() => Boolean, {
    description: "Delete it (the council's writers; refused while it is the only communication of a priority marked COMMUNICATED).",
  })
  delete!: boolean;
}

@ObjectType('CouncilCascadeViewerCan', { description: "What the viewer may do with the council's golden-thread settings." })
export class CouncilCascadeViewerCan {
  @Field(() => Boolean, { description: 'Set or remove the limit on active priorities per level (setPriorityLimit).' })
  setPriorityLimit!: boolean;
  @Field(() => Boolean, { description: 'Record a consultation that informed no particular priority (recordConsultation).' })
  recordConsultation!: boolean;
}

@Resolver(() => PriorityNode)
export class PriorityPermissionsResolver {
  @FieldResolver(() => PriorityViewerCan, { description: 'What the viewer may do with it.' })
  async viewerCan(@Root() p: PriorityNode, @Ctx() ctx: GqlContext): Promise<PriorityViewerCan> {
    const write = await ctx.access.mayWrite(priorityWriteTarget(p.councilId, p.level, p.directorateId, p.serviceId));
    const told = await mayAll(
      ctx.access,
      communicationWriteTargets(p.councilId, [
        { councilId: p.councilId, level: p.level, directorateId: p.directorateId, serviceId: p.serviceId },
      ]),
    );
    return {
      update: write,
      delete: write,
      agree: write && !p.isNonPriority && p.status === PriorityStatus.DRAFT,
      communicate: write && !p.isNonPriority && p.status === PriorityStatus.AGREED,
      recordCommunication: told,
      recordConsultation: told,
      addPriority: await mayAddUnder(ctx, p),
      addTarget: write && !p.isNonPriority && (await ctx.access.mayWrite(targetWriteTarget(p.councilId, p.serviceId))),
    };
  }
}

@Resolver(() => ObjectiveNode)
export class ObjectivePermissionsResolver {
  @FieldResolver(() => ObjectiveViewerCan, { description: 'What the viewer may do with it.' })
  async viewerCan(@Root() o: ObjectiveNode, @Ctx() ctx: GqlContext): Promise<ObjectiveViewerCan> {
    const write = await ctx.access.mayWrite(objectiveWriteTarget(o.councilId, o.serviceId));
    const target = await ctx.access.mayWrite(targetWriteTarget(o.councilId, o.serviceId));
    return { update: write, delete: write, addMilestone: write, addTarget: target && write };
  }
}

@Resolver(() => MilestoneNode)
export class MilestonePermissionsResolver {
  @FieldResolver(() => MilestoneViewerCan, { description: 'What the viewer may do with it.' })
  async viewerCan(@Root() m: MilestoneNode, @Ctx() ctx: GqlContext): Promise<MilestoneViewerCan> {
    const o = await ctx.loaders.byId(Objective).load(m.objectiveId);
    const write = o !== null && (await ctx.access.mayWrite(objectiveWriteTarget(idOf(o.council)!, idOf(o.service)!)));
    return { update: write, delete: write };
  }
}

@Resolver(() => CascadeTarget)
export class TargetPermissionsResolver {
  @FieldResolver(() => TargetViewerCan, { description: 'What the viewer may do with the target.' })
  async viewerCan(@Root() t: CascadeTarget, @Ctx() ctx: GqlContext): Promise<TargetViewerCan> {
    const row = await ctx.loaders.byId(Target).load(decodeId('id', t.id, 'Target'));
    const write = row !== null && (await ctx.access.mayWrite(targetWriteTarget(idOf(row.council)!, idOf(row.service))));
    return { update: write, delete: write };
  }
}

/** createPriority's write target for a child of `p`: some directorate of the council, or some service of p's directorate. */
async function mayAddUnder(ctx: GqlContext, p: PriorityNode): Promise<boolean> {
  if (p.isNonPriority || p.level === PriorityLevel.SERVICE || !ctx.access.isMemberOf(p.councilId)) return false;
  const places =
    p.level === PriorityLevel.CORPORATE
      ? (await ctx.loaders.childrenOf(Directorate, 'council').load(p.councilId)).map((d) =>
          priorityWriteTarget(p.councilId, PriorityLevel.DIRECTORATE, d.id, null),
        )
      : p.directorateId === null
        ? []
        : (await ctx.loaders.childrenOf(Service, 'directorate').load(p.directorateId)).map((s) =>
            priorityWriteTarget(p.councilId, PriorityLevel.SERVICE, p.directorateId, s.id),
          );
  for (const t of places) if (await ctx.access.mayWrite(t)) return true;
  return false;
}

@Resolver(() => AppraisalObjectiveNode)
export class AppraisalObjectivePermissionsResolver {
  @FieldResolver(() => AppraisalObjectiveViewerCan, { description: 'What the viewer may do with it.' })
  async viewerCan(@Root() a: AppraisalObjectiveNode, @Ctx() ctx: GqlContext): Promise<AppraisalObjectiveViewerCan> {
    const write = await ctx.access.mayWrite({ kind: 'person', councilId: a.councilId, personId: a.personId });
    return { update: write, delete: write };
  }
}

@Resolver(() => ConsultationNode)
export class ConsultationPermissionsResolver {
  @FieldResolver(() => ConsultationViewerCan, { description: 'What the viewer may do with it.' })
  async viewerCan(@Root() c: ConsultationNode, @Ctx() ctx: GqlContext): Promise<ConsultationViewerCan> {
    if (!ctx.access.isMemberOf(c.councilId)) return { delete: false, recordCommunication: false };
    const links = await ctx.loaders.childrenOf(ConsultationPriority, 'consultation').load(c.dbId);
    const rows = await ctx.loaders.byId(Priority).loadMany(links.map((l) => idOf(l.priority)!));
    const places = rows
      .filter((r): r is Priority => r !== null && !(r instanceof Error))
      .map((p) => ({ councilId: c.councilId, level: p.level, directorateId: idOf(p.directorate), serviceId: idOf(p.service) }));
    // Telling its groups back writes a communication about the same priorities: the same writers.
    const tell = await mayAll(ctx.access, communicationWriteTargets(c.councilId, places));
    return { delete: tell, recordCommunication: tell };
  }
}

@Resolver(() => CommunicationNode)
export class CommunicationPermissionsResolver {
  @FieldResolver(() => CommunicationViewerCan, { description: 'What the viewer may do with it.' })
  async viewerCan(@Root() c: CommunicationNode, @Ctx() ctx: GqlContext): Promise<CommunicationViewerCan> {
    return { delete: await ctx.access.mayWrite({ kind: 'council', councilId: c.councilId }) };
  }
}

@Resolver(() => CouncilNode)
export class CouncilCascadePermissionsResolver {
  @FieldResolver(() => CouncilCascadeViewerCan, { description: "What the viewer may do with the council's golden-thread settings." })
  async cascadeViewerCan(@Root() council: CouncilNode, @Ctx() ctx: GqlContext): Promise<CouncilCascadeViewerCan> {
    const write = await ctx.access.mayWrite({ kind: 'council', councilId: council.dbId });
    return { setPriorityLimit: write, recordConsultation: write };
  }
}
