import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { CommunicationGroup, CommunicationPriority, ConsultationGroup, ConsultationPriority, Priority } from '@goldenthread/db';
import type { GqlContext } from '../../context.js';
import { idOf } from '../../loaders.js';
import { toGlobalId } from '../../relay/global-id.js';
import { RecordCommunicationInput, RecordConsultationInput } from './cascade.input.js';
import { CascadeDeletePayload, CommunicationPayload, ConsultationPayload } from './cascade.payload.js';
import { EngagementService } from './engagement.service.js';
import { CommunicationNode, ConsultationNode, EngagementGroupType, PriorityNode } from './cascade.type.js';
import { many } from './cascade.reads.js';
import { OPTIONAL_VERSION_ARG } from '../../relay/common.args.js';

const engagement = (ctx: GqlContext) => ctx.services.get(EngagementService);

const groupType = (g: { kind: EngagementGroupType['kind']; name: string; hardToReach?: boolean }) =>
  Object.assign(new EngagementGroupType(), { kind: g.kind, name: g.name, hardToReach: g.hardToReach ?? null });

@Resolver(() => ConsultationNode)
export class ConsultationResolver {
  @FieldResolver(() => [EngagementGroupType], { description: 'The groups consulted.' })
  async groups(@Root() c: ConsultationNode, @Ctx() ctx: GqlContext) {
    const rows = await ctx.loaders.childrenOf(ConsultationGroup, 'consultation').load(c.dbId);
    return rows.map(groupType);
  }

  @FieldResolver(() => [PriorityNode], { description: 'The priorities this consultation informed.' })
  async priorities(@Root() c: ConsultationNode, @Ctx() ctx: GqlContext) {
    const links = await ctx.loaders.childrenOf(ConsultationPriority, 'consultation').load(c.dbId);
    return many(
      ctx,
      Priority,
      links.map((l) => idOf(l.priority)!),
      PriorityNode.from,
    );
  }

  @Mutation(() => ConsultationPayload, {
    description: 'Records a consultation: the groups consulted (hard-to-reach or not), what was heard, the priorities it informed.',
  })
  async recordConsultation(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => RecordConsultationInput, { description: 'The new record: see RecordConsultationInput.' })
    input: RecordConsultationInput,
  ) {
    return { consultation: ConsultationNode.from(await engagement(ctx).recordConsultation(input)) };
  }

  @Mutation(() => CascadeDeletePayload, { description: "Deletes a consultation of the cascade's engagement." })
  async deleteConsultation(
    @Ctx() ctx: GqlContext,
    @Arg('id', () => ID, { description: "The record's global id." }) id: string,
    @Arg('version', () => Int, OPTIONAL_VERSION_ARG)
    version: number | null,
  ): Promise<CascadeDeletePayload> {
    const deleted = await engagement(ctx).deleteConsultation(id, version);
    return { deletedIds: [toGlobalId('Consultation', deleted)], relinked: 0, message: 'Deleted the consultation.' };
  }
}

@Resolver(() => CommunicationNode)
export class CommunicationResolver {
  @FieldResolver(() => [EngagementGroupType], { description: 'The groups told.' })
  async groups(@Root() c: CommunicationNode, @Ctx() ctx: GqlContext) {
    const rows = await ctx.loaders.childrenOf(CommunicationGroup, 'communication').load(c.dbId);
    return rows.map(groupType);
  }

  @FieldResolver(() => [PriorityNode], { description: 'The priorities this communication told people about.' })
  async priorities(@Root() c: CommunicationNode, @Ctx() ctx: GqlContext) {
    const links = await ctx.loaders.childrenOf(CommunicationPriority, 'communication').load(c.dbId);
    return many(
      ctx,
      Priority,
      links.map((l) => idOf(l.priority)!),
      PriorityNode.from,
    );
  }

  @Mutation(() => CommunicationPayload, {
    description: 'Records a communication back to groups about priorities (needed before a priority is marked COMMUNICATED).',
  })
  async recordCommunication(
    @Ctx() ctx: GqlContext,
    @Arg('input', () => RecordCommunicationInput, { description: 'The new record: see RecordCommunicationInput.' })
    input: RecordCommunicationInput,
  ) {
    return { communication: CommunicationNode.from(await engagement(ctx).recordCommunication(input)) };
  }

  @Mutation(() => CascadeDeletePayload, { description: 'Refused while it is the only communication of a priority marked COMMUNICATED.' })
  async deleteCommunication(
    @Ctx() ctx: GqlContext,
    @Arg('id', () => ID, { description: "The record's global id." }) id: string,
    @Arg('version', () => Int, OPTIONAL_VERSION_ARG)
    version: number | null,
  ): Promise<CascadeDeletePayload> {
    const deleted = await engagement(ctx).deleteCommunication(id, version);
    return { deletedIds: [toGlobalId('Communication', deleted)], relinked: 0, message: 'Deleted the communication.' };
  }
}
