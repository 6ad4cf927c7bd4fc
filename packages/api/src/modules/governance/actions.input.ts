import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ActionSource, ActionStatus } from '@goldenthread/domain';
import { ActionNode, ActionUpdateNode } from './actions.type.js';

@InputType({
  description:
    'A new action (OPEN). Its source is a kind and the one reference of that kind: riskId for RISK_MITIGATION, complaintId for ' +
    'COMPLAINT_LESSON, ' +
    'bestValueRecommendationId, scrutinyRecommendationId, indicatorId for EXCEPTION, commentaryId for COMMENTARY, findingCode and ' +
    'findingKey for FINDING, none for OTHER.',
})
export class CreateActionInput {
  @Field(() => ID, { description: 'The council.' }) councilId!: string;
  @Field(() => String, { description: 'What is to be done, in a line.' }) title!: string;
  @Field(() => String, { description: 'More about what is to be done (optional).', nullable: true }) description?: string | null;
  @Field(() => ID, { nullable: true, description: 'A person of the council who has not left; none is a finding (ACTION_UNOWNED).' })
  ownerId?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date.' }) due?: string | null;
  @Field(() => ID, { nullable: true, description: "The service it is about (default: the source's service, for a risk or a complaint)." })
  serviceId?: string | null;
  @Field(() => ActionSource, { description: 'What it comes from.' }) source!: ActionSource;
  @Field(() => ID, { description: 'RISK_MITIGATION: the risk.', nullable: true }) riskId?: string | null;
  @Field(() => ID, { description: 'COMPLAINT_LESSON: the complaint.', nullable: true }) complaintId?: string | null;
  @Field(() => ID, { description: 'BEST_VALUE_RECOMMENDATION: the recommendation.', nullable: true }) bestValueRecommendationId?:
    | string
    | null;
  @Field(() => ID, { description: 'SCRUTINY_RECOMMENDATION: the recommendation.', nullable: true }) scrutinyRecommendationId?:
    | string
    | null;
  @Field(() => ID, { description: 'EXCEPTION: the indicator.', nullable: true }) indicatorId?: string | null;
  @Field(() => ID, { nullable: true, description: 'COMMENTARY: the commentary whose "what we are doing" it tracks.' }) commentaryId?:
    | string
    | null;
  @Field(() => String, { nullable: true, description: 'FINDING: its code, e.g. UNOWNED_SERVICE.' }) findingCode?: string | null;
  @Field(() => String, { nullable: true, description: 'FINDING: the key of the node it names, e.g. Service:12.' }) findingKey?:
    | string
    | null;
}

@InputType({
  description:
    'Fields left out are unchanged; null clears an optional field. The source cannot change (create another action); the status ' +
    'moves with moveAction.',
})
export class UpdateActionInput {
  @Field(() => ID, { description: "The update action's global id." }) id!: string;
  @Field(() => Int, { description: 'The version you read; a stale one gets CONFLICT.' }) version!: number;
  @Field(() => String, { description: 'What is to be done, in a line.', nullable: true }) title?: string | null;
  @Field(() => String, { description: 'More about what is to be done.', nullable: true }) description?: string | null;
  @Field(() => ID, { description: 'Who must do it.', nullable: true }) ownerId?: string | null;
  @Field(() => String, { description: 'The day it is due (YYYY-MM-DD).', nullable: true }) due?: string | null;
  @Field(() => ID, { description: 'The service it belongs to.', nullable: true }) serviceId?: string | null;
}

@InputType({
  description:
    'OPEN <-> IN_PROGRESS -> DONE (completedOn, default today) or DROPPED (droppedReason); DONE or DROPPED may be reopened to OPEN ' +
    'or IN_PROGRESS.',
})
export class MoveActionInput {
  @Field(() => ID, { description: "The action's global id." }) id!: string;
  @Field(() => Int, { description: 'The version you read; a stale one gets CONFLICT.' }) version!: number;
  @Field(() => ActionStatus, { description: 'The status to move to.' }) status!: ActionStatus;
  @Field(() => String, { nullable: true, description: 'DONE: ISO date it was done (default today).' }) completedOn?: string | null;
  @Field(() => String, { nullable: true, description: 'DROPPED: why.' }) droppedReason?: string | null;
}

@InputType({ description: 'A progress update on an action, by the signed-in person.' })
export class AddActionUpdateInput {
  @Field(() => ID, { description: 'The action.' }) actionId!: string;
  @Field(() => String, { description: 'The note of progress.' }) text!: string;
  @Field(() => String, { nullable: true, description: 'ISO date, not in the future (default today).' }) on?: string | null;
}

@ObjectType({ description: 'The result of a action mutation.' })
export class ActionPayload {
  @Field(() => ActionNode, { description: 'The action as stored after the mutation.' }) action!: ActionNode;
}

@ObjectType({ description: 'The result of a action update mutation.' })
export class ActionUpdatePayload {
  @Field(() => ActionUpdateNode, { description: 'The update as stored.' }) update!: ActionUpdateNode;
  @Field(() => ActionNode, { description: 'The action as stored after the update.' }) action!: ActionNode;
}
