import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Action, ActionUpdate } from '@goldenthread/db';
import { ActionSource, ActionStatus } from '@goldenthread/domain';
import type { GqlContext } from '../../context.js';
import { idOf } from '../../loaders.js';
import { Connection } from '../../relay/connection.js';
import { toGlobalId } from '../../relay/global-id.js';
import { Node, type Keyed } from '../../relay/node.js';

registerEnumType(ActionStatus, {
  name: 'ActionStatus',
  description: 'OPEN <-> IN_PROGRESS -> DONE (with completedOn) or DROPPED (with a reason); a DONE or DROPPED action may be reopened.',
});
registerEnumType(ActionSource, {
  name: 'ActionSource',
  description: 'What an action comes from; each kind names one reference (a recommendation, complaint, risk, indicator or finding).',
});

const gid = (type: string, id: number | null) => (id === null ? null : toGlobalId(type, id));

@ObjectType('Action', { implements: Node, description: 'Something that must be done, by an owner, by a date, and what it comes from.' })
export class ActionNode implements Node, Keyed {
  @Field(() => ID) id!: string;
  dbId!: number;
  councilId!: number;
  ownerDbId!: number | null;
  serviceDbId!: number | null;
  riskDbId!: number | null;
  complaintDbId!: number | null;
  bestValueRecommendationDbId!: number | null;
  scrutinyRecommendationDbId!: number | null;
  indicatorDbId!: number | null;
  commentaryDbId!: number | null;

  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date.' }) due!: string | null;
  @Field(() => ActionStatus) status!: ActionStatus;
  @Field(() => String, { nullable: true, description: 'Why it was dropped (DROPPED only).' }) droppedReason!: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date it was done (DONE only).' }) completedOn!: string | null;
  @Field(() => ActionSource) source!: ActionSource;
  @Field(() => ID, { nullable: true, description: 'Global id of the Person who answers for it.' }) ownerId!: string | null;
  @Field(() => ID, { nullable: true, description: 'Global id of the Service it is about.' }) serviceId!: string | null;
  @Field(() => ID, { nullable: true, description: 'RISK_MITIGATION: global id of the Risk.' }) riskId!: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'COMPLAINT_LESSON: global id of the Complaint; null to a viewer who may not read it (complaints.actions.resolver.ts).',
  })
  complaintId!: string | null;
  @Field(() => ID, { nullable: true, description: 'BEST_VALUE_RECOMMENDATION: global id of the recommendation.' })
  bestValueRecommendationId!: string | null;
  @Field(() => ID, { nullable: true, description: 'SCRUTINY_RECOMMENDATION: global id of the recommendation.' }) scrutinyRecommendationId!:
    | string
    | null;
  @Field(() => ID, { nullable: true, description: 'EXCEPTION: global id of the Indicator.' }) indicatorId!: string | null;
  @Field(() => ID, { nullable: true, description: 'COMMENTARY: global id of the Commentary.' }) commentaryId!: string | null;
  @Field(() => String, { nullable: true, description: 'FINDING: the finding code, e.g. UNOWNED_SERVICE.' }) findingCode!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'FINDING: the key of the node it names, e.g. Service:12; null when it is a complaint the viewer may not read.',
  })
  findingKey!: string | null;
  @Field(() => Int) version!: number;

  static from(a: Action): ActionNode {
    const ids = {
      ownerDbId: idOf(a.owner),
      serviceDbId: idOf(a.service),
      riskDbId: idOf(a.risk),
      complaintDbId: idOf(a.complaint),
      bestValueRecommendationDbId: idOf(a.bestValueRecommendation),
      scrutinyRecommendationDbId: idOf(a.scrutinyRecommendation),
      indicatorDbId: idOf(a.indicator),
      commentaryDbId: idOf(a.commentary),
    };
    return Object.assign(new ActionNode(), {
      id: toGlobalId('Action', a.id),
      dbId: a.id,
      councilId: idOf(a.council)!,
      ...ids,
      title: a.title,
      description: a.description,
      due: a.due,
      status: a.status,
      droppedReason: a.droppedReason,
      completedOn: a.completedOn,
      source: a.source,
      ownerId: gid('Person', ids.ownerDbId),
      serviceId: gid('Service', ids.serviceDbId),
      riskId: gid('Risk', ids.riskDbId),
      complaintId: gid('Complaint', ids.complaintDbId),
      bestValueRecommendationId: gid('BestValueRecommendation', ids.bestValueRecommendationDbId),
      scrutinyRecommendationId: gid('ScrutinyRecommendation', ids.scrutinyRecommendationDbId),
      indicatorId: gid('Indicator', ids.indicatorDbId),
      commentaryId: gid('Commentary', ids.commentaryDbId),
      findingCode: a.findingCode,
      findingKey: a.findingKey,
      version: a.version,
    });
  }
}

@ObjectType('ActionUpdate', { implements: Node, description: 'A dated note of progress on an action, by whom.' })
export class ActionUpdateNode implements Node, Keyed {
  @Field(() => ID) id!: string;
  dbId!: number;
  actionDbId!: number;
  /** The action's council when known (the update's visibility follows the action's); null when read alone. */
  councilId!: number | null;
  byDbId!: number | null;

  @Field(() => String, { description: 'ISO date.' }) on!: string;
  @Field(() => String) text!: string;
  @Field(() => ID, { nullable: true, description: 'Global id of the Person who wrote it.' }) byId!: string | null;
  @Field(() => Int) version!: number;

  static from(u: ActionUpdate, councilId: number | null = null): ActionUpdateNode {
    const by = idOf(u.by);
    return Object.assign(new ActionUpdateNode(), {
      id: toGlobalId('ActionUpdate', u.id),
      dbId: u.id,
      actionDbId: idOf(u.action)!,
      councilId,
      byDbId: by,
      on: u.on,
      text: u.text,
      byId: gid('Person', by),
      version: u.version,
    });
  }
}

/** Who may see an action or a progress update: the council's own staff and councillors (README "What each viewer sees"). */
export const canSeeAction = (ctx: GqlContext, a: { councilId: number }): boolean => ctx.access.canReadUnpublished(a.councilId);

@ObjectType()
export class ActionConnection extends Connection(ActionNode, 'Action') {}
