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
  @Field(() => ID) councilId!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => ID, { nullable: true, description: 'A person of the council who has not left; none is a finding (ACTION_UNOWNED).' })
  ownerId?: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date.' }) due?: string | null;
  @Field(() => ID, { nullable: true, description: "The service it is about (default: the source's service, for a risk or a complaint)." })
  serviceId?: string | null;
  @Field(() => ActionSource) source!: ActionSource;
  @Field(() => ID, { nullable: true }) riskId?: string | null;
  @Field(() => ID, { nullable: true }) complaintId?: string | null;
  @Field(() => ID, { nullable: true }) bestValueRecommendationId?: string | null;
  @Field(() => ID, { nullable: true }) scrutinyRecommendationId?: string | null;
  @Field(() => ID, { nullable: true }) indicatorId?: string | null;
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
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'The version you read; a stale one gets CONFLICT.' }) version!: number;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => ID, { nullable: true }) ownerId?: string | null;
  @Field(() => String, { nullable: true }) due?: string | null;
  @Field(() => ID, { nullable: true }) serviceId?: string | null;
}

@InputType({
  description:
    'OPEN <-> IN_PROGRESS -> DONE (completedOn, default today) or DROPPED (droppedReason); DONE or DROPPED may be reopened to OPEN ' +
    'or IN_PROGRESS.',
})
export class MoveActionInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'The version you read; a stale one gets CONFLICT.' }) version!: number;
  @Field(() => ActionStatus) status!: ActionStatus;
  @Field(() => String, { nullable: true, description: 'DONE: ISO date it was done (default today).' }) completedOn?: string | null;
  @Field(() => String, { nullable: true, description: 'DROPPED: why.' }) droppedReason?: string | null;
}

@InputType({ description: 'A progress update on an action, by the signed-in person.' })
export class AddActionUpdateInput {
  @Field(() => ID) actionId!: string;
  @Field(() => String) text!: string;
  @Field(() => String, { nullable: true, description: 'ISO date, not in the future (default today).' }) on?: string | null;
}

@ObjectType()
export class ActionPayload {
  @Field(() => ActionNode) action!: ActionNode;
}

@ObjectType()
export class ActionUpdatePayload {
  @Field(() => ActionUpdateNode) update!: ActionUpdateNode;
  @Field(() => ActionNode) action!: ActionNode;
}
