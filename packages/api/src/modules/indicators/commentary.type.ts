import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Commentary, CommentaryRevision } from '@goldenthread/db';
import { CommentaryChange, type CommentaryRow } from '@goldenthread/domain';
import { idOf } from '../../loaders.js';
import { Connection } from '../../relay/connection.js';
import { toGlobalId } from '../../relay/global-id.js';
import { Node, type Keyed } from '../../relay/node.js';

registerEnumType(CommentaryChange, {
  name: 'CommentaryChange',
  description: 'RECORDED, CHANGED or WITHDRAWN.',
  valuesConfig: {
    CHANGED: { description: 'The text was changed (updateCommentary).' },
    RECORDED: { description: 'The commentary was first written (recordCommentary).' },
    WITHDRAWN: { description: 'The commentary was withdrawn (withdrawCommentary); it no longer shows as live.' },
  },
});

@ObjectType('Commentary', {
  implements: Node,
  description:
    "A council's commentary on an indicator's figure for a period (optionally one service): what happened, why, and what is " +
    "being done, by a person of the council on a date. The council's own people see every one; others only those of a period " +
    'whose figure is published.',
})
export class CommentaryNode implements Node, Keyed {
  @Field(() => ID, { description: 'Global id of the commentary (for node(id:), updateCommentary and withdrawCommentary).' }) id!: string;
  dbId!: number;
  councilId!: number;
  indicatorDbId!: number;
  serviceDbId!: number | null;
  authorDbId!: number | null;
  withdrawnByDbId!: number | null;
  @Field(() => String, { description: 'The period, as the data are written: 2024-25, 2024-25 Q3 or 2025-03.' }) period!: string;
  @Field(() => String, { description: 'What happened to the figure (always given).' }) whatHappened!: string;
  @Field(() => String, { nullable: true, description: 'Why it happened, once known.' }) why!: string | null;
  @Field(() => String, { nullable: true, description: 'What the council is doing about it.' }) whatWeAreDoing!: string | null;
  @Field(() => String, { description: 'ISO date the current text was written.' }) writtenOn!: string;
  @Field(() => String, { nullable: true, description: 'ISO date it was withdrawn (it then explains nothing).' }) withdrawnOn!:
    | string
    | null;
  @Field(() => Int, { description: 'Send it back to change or withdraw the commentary; a stale one gets CONFLICT.' }) version!: number;

  static from(c: Commentary): CommentaryNode {
    return Object.assign(new CommentaryNode(), {
      id: toGlobalId('Commentary', c.id),
      dbId: c.id,
      councilId: idOf(c.council)!,
      indicatorDbId: idOf(c.indicator)!,
      serviceDbId: idOf(c.service),
      authorDbId: idOf(c.author),
      withdrawnByDbId: idOf(c.withdrawnBy),
      period: c.period,
      whatHappened: c.whatHappened,
      why: c.why,
      whatWeAreDoing: c.whatWeAreDoing,
      writtenOn: c.writtenOn,
      withdrawnOn: c.withdrawnOn,
      version: c.version,
    });
  }
}

/** The domain's row of a stored commentary (what the checks and the health check read). */
export function commentaryRowOf(c: Commentary): CommentaryRow {
  return {
    id: c.id,
    councilId: idOf(c.council)!,
    indicatorId: idOf(c.indicator)!,
    period: c.period,
    serviceId: idOf(c.service),
    whatHappened: c.whatHappened,
    why: c.why,
    whatWeAreDoing: c.whatWeAreDoing,
    authorId: idOf(c.author),
    writtenOn: c.writtenOn,
    withdrawn: c.withdrawnOn !== null,
  };
}

@ObjectType('CommentaryRevision', { description: 'One version of a commentary: its text after a change, who made it and when.' })
export class CommentaryRevisionNode {
  changedByDbId!: number | null;
  /** The commentary's council (revisions are for its own people only). */
  councilId!: number;
  @Field(() => Int, { description: "The commentary's version after this change (1 for the first text)." }) version!: number;
  @Field(() => CommentaryChange, { description: 'What this version did: RECORDED, CHANGED or WITHDRAWN.' }) change!: CommentaryChange;
  @Field(() => String, { description: 'What happened to the figure, as written in this version.' }) whatHappened!: string;
  @Field(() => String, { description: 'Why it happened, as written in this version; null when left empty.', nullable: true }) why!:
    | string
    | null;
  @Field(() => String, {
    description: 'What the council is doing about it, as written in this version; null when left empty.',
    nullable: true,
  })
  whatWeAreDoing!: string | null;
  @Field(() => Date, { description: 'When the change was made (ISO 8601, UTC).' }) changedAt!: Date;

  static from(r: CommentaryRevision, councilId: number): CommentaryRevisionNode {
    return Object.assign(new CommentaryRevisionNode(), {
      changedByDbId: idOf(r.changedBy),
      councilId,
      version: r.version,
      change: r.change,
      whatHappened: r.whatHappened,
      why: r.why,
      whatWeAreDoing: r.whatWeAreDoing,
      changedAt: r.changedAt,
    });
  }
}

@ObjectType({ description: 'A page of commentaries (Relay connection).' })
export class CommentaryConnection extends Connection(CommentaryNode, 'Commentary') {}
