import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Complaint, ComplaintTheme } from '@goldenthread/db';
import { ComplaintOutcome, ComplaintStage } from '@goldenthread/domain';
import { idOf } from '../../loaders.js';
import { Connection } from '../../relay/connection.js';
import { toGlobalId } from '../../relay/global-id.js';
import { Node, type Keyed } from '../../relay/node.js';
import { ServiceNode } from '../organisation/organisation.type.js';

registerEnumType(ComplaintStage, {
  name: 'ComplaintStage',
  description: 'A complaint moves forward only: LOCAL_RESOLUTION -> INVESTIGATION -> REVIEW_PANEL -> OMBUDSMAN.',
  valuesConfig: {
    INVESTIGATION: { description: 'Formally investigated.' },
    LOCAL_RESOLUTION: { description: 'Being resolved by the service.' },
    OMBUDSMAN: { description: 'Referred to the Local Government and Social Care Ombudsman.' },
    REVIEW_PANEL: { description: 'Before the complaints review panel.' },
  },
});
registerEnumType(ComplaintOutcome, {
  name: 'ComplaintOutcome',
  description: 'What a complaint was found to be.',
  valuesConfig: {
    NOT_UPHELD: { description: 'Not upheld: the council was not at fault.' },
    PARTLY_UPHELD: { description: 'Partly upheld: the council was at fault in part.' },
    UPHELD: { description: 'Upheld: the council was at fault.' },
    WITHDRAWN: { description: 'Withdrawn by the complainant.' },
  },
});

@ObjectType('ComplaintTheme', {
  implements: Node,
  description: "A theme of the council's controlled list that complaints are classified by.",
})
export class ComplaintThemeNode implements Node, Keyed {
  @Field(() => ID, { description: 'Global id of the complaint theme.' }) id!: string;
  dbId!: number;
  councilId!: number;
  @Field(() => String, { description: "The theme's name, e.g. 'Communication'." }) name!: string;
  @Field(() => Boolean, { description: 'No longer offered for new complaints; kept on those that name it.' }) retired!: boolean;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back to change it.' }) version!: number;

  static from(t: ComplaintTheme): ComplaintThemeNode {
    return Object.assign(new ComplaintThemeNode(), {
      id: toGlobalId('ComplaintTheme', t.id),
      dbId: t.id,
      councilId: idOf(t.council)!,
      name: t.name,
      retired: t.retired,
      version: t.version,
    });
  }
}

@ObjectType('Complaint', {
  implements: Node,
  description:
    "A formal complaint about a service: the council's case reference, never the complainant's name or contact details. " +
    "Visible only to the council's complaints officers, the service's accountable owner line, the complaint's panel and administrators.",
})
export class ComplaintNode implements Node, Keyed {
  @Field(() => ID, { description: 'Global id of the complaint.' }) id!: string;
  dbId!: number;
  councilId!: number;
  serviceId!: number;

  @Field(() => String, { description: "The council's case reference (its case system holds the complainant's details)." })
  reference!: string;
  @Field(() => String, { description: 'ISO date.' }) receivedOn!: string;
  @Field(() => String, { description: 'What the complaint is about, without personal details; null when not written.', nullable: true })
  summary!: string | null;
  @Field(() => ComplaintStage, { description: 'The stage it has reached.' }) stage!: ComplaintStage;
  @Field(() => String, { nullable: true, description: 'ISO date: when it reached its current stage.' }) stageSince!: string | null;
  @Field(() => ComplaintOutcome, { description: 'The outcome once decided; null while open.', nullable: true })
  outcome!: ComplaintOutcome | null;
  @Field(() => String, { description: "ISO date: when the current stage's response is due." }) responseDue!: string;
  @Field(() => String, { nullable: true, description: 'ISO date.' }) respondedOn!: string | null;
  @Field(() => String, { nullable: true, description: 'Lessons learned.' }) lessons!: string | null;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back to change it.' }) version!: number;

  static from(c: Complaint): ComplaintNode {
    return Object.assign(new ComplaintNode(), {
      id: toGlobalId('Complaint', c.id),
      dbId: c.id,
      councilId: idOf(c.council)!,
      serviceId: idOf(c.service)!,
      reference: c.reference,
      receivedOn: c.receivedOn,
      summary: c.summary,
      stage: c.stage,
      stageSince: c.stageSince,
      outcome: c.outcome,
      responseDue: c.responseDue,
      respondedOn: c.respondedOn,
      lessons: c.lessons,
      version: c.version,
    });
  }
}

@ObjectType({ description: 'A page of complaints (Relay connection).' })
export class ComplaintConnection extends Connection(ComplaintNode, 'Complaint') {}

@ObjectType({ description: 'How many complaints named a theme.' })
export class ComplaintThemeCount {
  @Field(() => ComplaintThemeNode, { description: 'The theme.' }) theme!: ComplaintThemeNode;
  @Field(() => Int, { description: 'How many complaints named the theme.' }) count!: number;
}

@ObjectType({ description: 'Aggregates of complaints received in a period: no individual complaint can be told from them.' })
export class ComplaintFigures {
  @Field(() => Int, { description: 'Complaints received in the period.' }) received!: number;
  @Field(() => Int, { description: 'With an outcome (withdrawn ones included).' }) closed!: number;
  @Field(() => Int, { description: 'Upheld or partly upheld.' }) upheld!: number;
  @Field(() => Float, { nullable: true, description: 'Upheld or partly upheld, of those decided (closed, not withdrawn); null when none.' })
  upheldShare!: number | null;
  @Field(() => Int, { description: 'Responded to, or past due without a response: those the timescale can be judged on.' }) judged!: number;
  @Field(() => Int, { description: 'Responded to on or before the due date.' }) withinTimescale!: number;
  @Field(() => Float, { nullable: true, description: 'withinTimescale of judged; null when none.' }) withinTimescaleShare!: number | null;
  @Field(() => [ComplaintThemeCount], { description: 'The five most frequent themes, most first.' }) topThemes!: ComplaintThemeCount[];
}

@ObjectType({ description: "A service's complaint figures for the period." })
export class ServiceComplaintFigures extends ComplaintFigures {
  @Field(() => ServiceNode, { description: 'The service.' }) service!: ServiceNode;
}

@ObjectType({ description: 'Complaint aggregates of a council for a period (by received date), in total and per service. Public.' })
export class ComplaintStatistics {
  @Field(() => String, { nullable: true, description: 'ISO date: first day of the period (none: from the first complaint).' }) from!:
    | string
    | null;
  @Field(() => String, { nullable: true, description: 'ISO date: last day of the period (none: to the last).' }) to!: string | null;
  @Field(() => ComplaintFigures, { description: "The council's figures in total." }) total!: ComplaintFigures;
  @Field(() => [ServiceComplaintFigures], { description: 'Services with complaints in the period.' }) byService!: ServiceComplaintFigures[];
}

@ObjectType({ description: 'The result of a complaint mutation.' })
export class ComplaintPayload {
  @Field(() => ComplaintNode, { description: 'The complaint as stored after the mutation.' }) complaint!: ComplaintNode;
}

@ObjectType({ description: 'The result of a complaint theme mutation.' })
export class ComplaintThemePayload {
  @Field(() => ComplaintThemeNode, { description: 'The theme as stored after the mutation.' }) theme!: ComplaintThemeNode;
}
