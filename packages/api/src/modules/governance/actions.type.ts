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
  valuesConfig: {
    DONE: { description: 'Done (with completedOn).' },
    DROPPED: { description: 'Given up (with a reason).' },
    IN_PROGRESS: { description: 'Being worked on.' },
    OPEN: { description: 'Not started.' },
  },
});
registerEnumType(ActionSource, {
  name: 'ActionSource',
  description: 'What an action comes from; each kind names one reference (a recommendation, complaint, risk, indicator or finding).',
  valuesConfig: {
    BEST_VALUE_RECOMMENDATION: { description: 'An agreed recommendation of a Best Value review.' },
    COMMENTARY: { description: 'A commentary on a figure (what we are doing).' },
    COMPLAINT_LESSON: { description: 'A lesson learnt from a complaint.' },
    EXCEPTION: { description: 'A performance exception of an indicator.' },
    FINDING: { description: 'A finding of a check (findingCode and findingKey).' },
    OTHER: { description: 'Anything else (no reference).' },
    RISK_MITIGATION: { description: 'Mitigation of a risk in the register.' },
    SCRUTINY_RECOMMENDATION: { description: "A scrutiny committee's recommendation." },
  },
});

const gid = (type: string, id: number | null) => (id === null ? null : toGlobalId(type, id));

@ObjectType('Action', { implements: Node, description: 'Something that must be done, by an owner, by a date, and what it comes from.' })
export class ActionNode implements Node, Keyed {
  @Field(() => ID, { description: 'Global id of the action.' }) id!: string;
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

  @Field(() => String, { description: 'What is to be done, in a line.' }) title!: string;
  @Field(() => String, { description: 'More about what is to be done; null when none.', nullable: true }) description!: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date.' }) due!: string | null;
  @Field(() => ActionStatus, { description: 'OPEN, IN_PROGRESS, DONE or DROPPED.' }) status!: ActionStatus;
  @Field(() => String, { nullable: true, description: 'Why it was dropped (DROPPED only).' }) droppedReason!: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date it was done (DONE only).' }) completedOn!: string | null;
  @Field(() => ActionSource, { description: 'What it comes from (the matching reference field names the record).' }) source!: ActionSource;
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
  @Field(() => Int, { description: 'Optimistic-lock version: send it back to change it.' }) version!: number;

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
  @Field(() => ID, { description: 'Global id of the action update.' }) id!: string;
  dbId!: number;
  actionDbId!: number;
  /** The action's council when known (the update's visibility follows the action's); null when read alone. */
  councilId!: number | null;
  byDbId!: number | null;

  @Field(() => String, { description: 'ISO date.' }) on!: string;
  @Field(() => String, { description: 'The note of progress.' }) text!: string;
  @Field(() => ID, { nullable: true, description: 'Global id of the Person who wrote it.' }) byId!: string | null;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back to change it.' }) version!: number;

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

@ObjectType({ description: 'A page of actions (Relay connection).' })
export class ActionConnection extends Connection(ActionNode, 'Action') {}
