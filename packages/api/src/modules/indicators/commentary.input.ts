import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { COMMENTARY_PART_MAX } from '@goldenthread/domain';
import { CommentaryNode } from './commentary.type.js';

const PART = `At most ${COMMENTARY_PART_MAX} characters.`;

@InputType({
  description:
    "A commentary on a council's figure for an indicator and a period (optionally one service). Who may: the indicator's data " +
    "owner or responsible manager, the manager responsible for management information, the service's line (for a service's " +
    'commentary) and administrators of the council. One per council, indicator, period and service: change it with updateCommentary.',
})
export class RecordCommentaryInput {
  @Field(() => ID, { description: 'The council whose figure it is about.' }) councilId!: string;
  @Field(() => ID, { description: 'The indicator whose figure it is about.' }) indicatorId!: string;
  @Field(() => String, { description: "Of the indicator's frequency: 2024-25, 2024-25 Q3 or 2025-03; started already." }) period!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'The service it is about; none for the council as a whole (what explains an exception).',
  })
  serviceId?: string | null;
  @Field(() => String, { description: `What happened to the figure (required). ${PART}` }) whatHappened!: string;
  @Field(() => String, { nullable: true, description: `Why. ${PART}` }) why?: string | null;
  @Field(() => String, { nullable: true, description: `What we are doing about it. ${PART}` }) whatWeAreDoing?: string | null;
}

@InputType({
  description: 'Fields left out are unchanged; null clears why or whatWeAreDoing. The writer becomes its author, today its date.',
})
export class UpdateCommentaryInput {
  @Field(() => ID, { description: "The commentary's global id." }) id!: string;
  @Field(() => Int, { description: 'The version you read; a stale one gets CONFLICT.' }) version!: number;
  @Field(() => String, { description: 'What happened to the figure (cannot be cleared).', nullable: true }) whatHappened?: string | null;
  @Field(() => String, { description: 'Why it happened.', nullable: true }) why?: string | null;
  @Field(() => String, { description: 'What the council is doing about it.', nullable: true }) whatWeAreDoing?: string | null;
}

@ObjectType({ description: 'The result of a commentary mutation.' })
export class CommentaryPayload {
  @Field(() => CommentaryNode, { description: 'The commentary as stored after the mutation.' }) commentary!: CommentaryNode;
}
