import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { HealthCheckAnswer, HealthCheckResult } from '@goldenthread/domain';
import { toGlobalId } from '../../relay/global-id.js';

export enum HealthCheckSection {
  QUESTION = 'QUESTION',
  BARRIER = 'BARRIER',
  HABIT = 'HABIT',
}
registerEnumType(HealthCheckSection, {
  name: 'HealthCheckSection',
  description:
    "QUESTION: one of the guidance's seven questions; BARRIER: one of the six reasons performance management fails; " +
    'HABIT: one of the eight habits.',
  valuesConfig: {
    BARRIER: { description: 'One of the six reasons performance management fails.' },
    HABIT: { description: 'One of the eight habits of effective performance management.' },
    QUESTION: { description: "One of the guidance's seven questions." },
  },
});

export enum HealthCheckDirection {
  UP = 'UP',
  DOWN = 'DOWN',
  SAME = 'SAME',
}
registerEnumType(HealthCheckDirection, {
  name: 'HealthCheckDirection',
  description: 'How the score moved since the period compared with (UP is better).',
  valuesConfig: {
    DOWN: { description: 'The score fell.' },
    SAME: { description: 'The score did not change.' },
    UP: { description: 'The score rose (better).' },
  },
});

@ObjectType('HealthCheckFigure', { simpleResolvers: true, description: 'One figure of the evidence, with exactly what is counted.' })
export class HealthCheckFigureType {
  @Field(() => String, { description: "The measure's key within the answer." }) key!: string;
  @Field(() => String, { description: 'The figure in words, e.g. "9 of 11 corporate and directorate priorities have a target".' })
  text!: string;
  @Field(() => Int, { description: 'The count; null when the figure is not a count.', nullable: true }) numerator!: number | null;
  @Field(() => Int, { description: 'What the figure is out of; null for a plain count.', nullable: true }) denominator!: number | null;
  @Field(() => String, { description: 'What is counted (docs/methods/health-check.md).' }) definition!: string;
  @Field(() => Int, { nullable: true, description: "The measure's own score 0-4; null when it cannot be computed." }) score!: number | null;
}

@ObjectType('HealthCheckNodeRef', {
  simpleResolvers: true,
  description: 'A record behind an answer, by global id (node(id:) fetches it as the viewer may see it).',
})
export class HealthCheckNodeRefType {
  @Field(() => ID, { description: "The record's global id." }) id!: string;
  @Field(() => String, { description: 'Its GraphQL type, e.g. Priority, Indicator, Action, Risk.' }) type!: string;
  @Field(() => Boolean, { description: 'False when it holds the score down (listed first).' }) ok!: boolean;
}

@ObjectType('HealthCheckChange', { description: "How an answer's score moved since the period compared with.", simpleResolvers: true })
export class HealthCheckChangeType {
  @Field(() => Int, { description: 'The score in the period compared with (0-4).' }) previousScore!: number;
  @Field(() => Int, { description: 'Score minus the previous score (positive is better, for barriers too).' }) delta!: number;
  @Field(() => HealthCheckDirection, { description: 'UP, DOWN or SAME.' }) direction!: HealthCheckDirection;
}

@ObjectType('HealthCheckUnanswerable', {
  simpleResolvers: true,
  description: 'Why the data cannot answer, and what to record so that it can.',
})
export class HealthCheckUnanswerableType {
  @Field(() => String, { description: "Why the council's records cannot answer." }) reason!: string;
  @Field(() => String, { description: 'What to record so that they can.' }) record!: string;
}

@ObjectType('HealthCheckAnswer', {
  simpleResolvers: true,
  description: 'The answer to one question, barrier or habit, scored on 0-4 (or not, when the data cannot tell).',
})
export class HealthCheckAnswerType {
  @Field(() => String, { description: 'e.g. Q1_DIRECTION, B3_TOO_MANY_PRIORITIES, H4_NATIONAL_AGENDAS.' }) key!: string;
  @Field(() => HealthCheckSection, { description: 'QUESTION, BARRIER or HABIT.' }) section!: HealthCheckSection;
  @Field(() => String, { description: "The guidance's words, shortened." }) title!: string;
  @Field(() => Int, { nullable: true, description: '0-4 (for a barrier: how far it is absent); null when the data cannot answer.' }) score!:
    | number
    | null;
  @Field(() => Int, { description: 'The highest score possible (4).' }) maxScore!: number;
  @Field(() => String, { description: 'One sentence a councillor understands.' }) answer!: string;
  @Field(() => [HealthCheckFigureType], { description: 'The figures the score is worked out from, each with what is counted.' })
  evidence!: HealthCheckFigureType[];
  @Field(() => [HealthCheckNodeRefType], { description: 'The records behind the answer, those holding it down first (at most 50).' })
  nodes!: HealthCheckNodeRefType[];
  @Field(() => String, { description: 'What would raise the score.' }) improve!: string;
  @Field(() => HealthCheckChangeType, { nullable: true, description: 'Since the period compared with; null when either score is null.' })
  change!: HealthCheckChangeType | null;
  @Field(() => HealthCheckUnanswerableType, {
    description: 'Why the data cannot answer and what to record; null when it is answered.',
    nullable: true,
  })
  unanswerable!: HealthCheckUnanswerableType | null;
}

@ObjectType('LeadershipHealthCheck', {
  simpleResolvers: true,
  description:
    "The leadership health check of a council for a financial year: the guidance's seven questions, six barriers and eight habits " +
    "answered from the council's own records (docs/methods/health-check.md).",
})
export class LeadershipHealthCheckType {
  @Field(() => ID, { description: "The council's global id." }) councilId!: string;
  @Field(() => String, { description: "The council's name." }) councilName!: string;
  @Field(() => String, { description: 'The financial year checked, e.g. 2024-25.' }) period!: string;
  @Field(() => String, { description: 'The day the records were judged at (today, or the last day of a past year).' }) asOf!: string;
  @Field(() => String, { nullable: true, description: 'The period the changes are against (null: none).' }) comparedWith!: string | null;
  @Field(() => [HealthCheckAnswerType], { description: 'The seven questions, in order.' }) questions!: HealthCheckAnswerType[];
  @Field(() => [HealthCheckAnswerType], { description: 'The six barriers, in order.' }) barriers!: HealthCheckAnswerType[];
  @Field(() => [HealthCheckAnswerType], { description: 'The eight habits, in order.' }) habits!: HealthCheckAnswerType[];
}

/** Domain node kinds that are not GraphQL type names. */
const TYPE_OF_KIND: Record<string, string> = { Body: 'DecisionBody', Power: 'DecisionPower' };
/** Kinds never linked from an answer: an individual complaint is for complaints staff only. */
const HIDDEN_KINDS = new Set(['Complaint']);

function answerOf(a: HealthCheckAnswer): HealthCheckAnswerType {
  return {
    ...a,
    section: a.section as HealthCheckSection,
    nodes: a.nodes
      .filter((n) => !HIDDEN_KINDS.has(n.kind))
      .map((n) => {
        const type = TYPE_OF_KIND[n.kind] ?? n.kind;
        return { id: toGlobalId(type, n.id), type, ok: n.ok };
      }),
    change: a.change && { ...a.change, direction: a.change.direction as HealthCheckDirection },
  };
}

export function healthCheckOf(r: HealthCheckResult, asOf: string, comparedWith: string | null): LeadershipHealthCheckType {
  return {
    councilId: toGlobalId('Council', r.council.id),
    councilName: r.council.name,
    period: r.period,
    asOf,
    comparedWith,
    questions: r.questions.map(answerOf),
    barriers: r.barriers.map(answerOf),
    habits: r.habits.map(answerOf),
  };
}
