import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Risk, RiskAssessment } from '@goldenthread/db';
import { RiskRating, RiskStatus, riskRating, riskScore, type HeatMapCell } from '@goldenthread/domain';
import type { GqlContext } from '../../context.js';
import { idOf } from '../../loaders.js';
import { Connection } from '../../relay/connection.js';
import { toGlobalId } from '../../relay/global-id.js';
import { Node, type Keyed } from '../../relay/node.js';

registerEnumType(RiskStatus, {
  name: 'RiskStatus',
  description: 'OPEN, TOLERATED (accepted at its residual score) or CLOSED; any move is allowed.',
  valuesConfig: {
    CLOSED: { description: 'No longer a risk.' },
    OPEN: { description: 'Live and managed.' },
    TOLERATED: { description: 'Accepted at its residual score.' },
  },
});
registerEnumType(RiskRating, {
  name: 'RiskRating',
  description: 'The band of a score (likelihood x impact): 1-4 LOW, 5-9 MEDIUM, 10-14 HIGH, 15-25 VERY_HIGH.',
  valuesConfig: {
    HIGH: { description: 'Score 10 to 14.' },
    LOW: { description: 'Score 1 to 4.' },
    MEDIUM: { description: 'Score 5 to 9.' },
    VERY_HIGH: { description: 'Score 15 to 25.' },
  },
});

const gid = (type: string, id: number | null) => (id === null ? null : toGlobalId(type, id));

@ObjectType('Risk', {
  implements: Node,
  description: "A risk in a council's register (a directorate's, or the corporate register), scored before and after controls.",
})
export class RiskNode implements Node, Keyed {
  @Field(() => ID, { description: 'Global id of the risk.' }) id!: string;
  dbId!: number;
  councilId!: number;
  directorateDbId!: number | null;
  priorityDbId!: number | null;
  objectiveDbId!: number | null;
  serviceDbId!: number | null;
  ownerDbId!: number | null;

  @Field(() => String, { description: 'Its reference in the register, unique in the council, e.g. CR-04.' }) reference!: string;
  @Field(() => String, { description: 'The risk in a line.' }) title!: string;
  @Field(() => String, { description: 'What could cause it; null when not recorded.', nullable: true }) cause!: string | null;
  @Field(() => String, { description: 'What would happen; null when not recorded.', nullable: true }) effect!: string | null;
  @Field(() => Boolean, { description: 'In the corporate register (no directorate).' }) corporate!: boolean;
  @Field(() => ID, {
    nullable: true,
    description: 'Global id of the Directorate whose register it is in; null for the corporate register.',
  })
  directorateId!: string | null;
  @Field(() => ID, { description: 'The global id of that priority; null when none.', nullable: true }) priorityId!: string | null;
  @Field(() => ID, { description: 'The global id of that objective; null when none.', nullable: true }) objectiveId!: string | null;
  @Field(() => ID, { description: 'The global id of that service; null when none.', nullable: true }) serviceId!: string | null;
  @Field(() => String, { nullable: true, description: 'With the service: the year of the service plan it is in, e.g. 2026/27.' })
  servicePlanPeriod!: string | null;
  @Field(() => ID, { description: 'The global id of its owner; null while unassigned.', nullable: true }) ownerId!: string | null;
  @Field(() => Int, { description: 'Before controls, 1 to 5.' }) inherentLikelihood!: number;
  @Field(() => Int, { description: 'Before controls, 1 to 5.' }) inherentImpact!: number;
  @Field(() => Int, { description: 'inherentLikelihood x inherentImpact.' }) inherentScore!: number;
  @Field(() => RiskRating, { description: 'The band of the score before controls.' }) inherentRating!: RiskRating;
  @Field(() => Int, { description: 'After controls, 1 to 5, not above the inherent one.' }) residualLikelihood!: number;
  @Field(() => Int, { description: 'After controls, 1 to 5, not above the inherent one.' }) residualImpact!: number;
  @Field(() => Int, { description: 'residualLikelihood x residualImpact.' }) residualScore!: number;
  @Field(() => RiskRating, { description: 'The band of the score after controls.' }) residualRating!: RiskRating;
  @Field(() => String, { nullable: true, description: 'The controls in place.' }) controls!: string | null;
  @Field(() => RiskStatus, { description: 'OPEN, TOLERATED or CLOSED.' }) status!: RiskStatus;
  @Field(() => String, { nullable: true, description: 'ISO date of the next review.' }) reviewDue!: string | null;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back to change it.' }) version!: number;

  static from(r: Risk): RiskNode {
    const ids = {
      directorateDbId: idOf(r.directorate),
      priorityDbId: idOf(r.priority),
      objectiveDbId: idOf(r.objective),
      serviceDbId: idOf(r.service),
      ownerDbId: idOf(r.owner),
    };
    const inherentScore = riskScore(r.inherentLikelihood, r.inherentImpact);
    const residualScore = riskScore(r.residualLikelihood, r.residualImpact);
    return Object.assign(new RiskNode(), {
      id: toGlobalId('Risk', r.id),
      dbId: r.id,
      councilId: idOf(r.council)!,
      ...ids,
      reference: r.reference,
      title: r.title,
      cause: r.cause,
      effect: r.effect,
      corporate: ids.directorateDbId === null,
      directorateId: gid('Directorate', ids.directorateDbId),
      priorityId: gid('Priority', ids.priorityDbId),
      objectiveId: gid('Objective', ids.objectiveDbId),
      serviceId: gid('Service', ids.serviceDbId),
      servicePlanPeriod: r.servicePlanPeriod,
      ownerId: gid('Person', ids.ownerDbId),
      inherentLikelihood: r.inherentLikelihood,
      inherentImpact: r.inherentImpact,
      inherentScore,
      inherentRating: riskRating(inherentScore),
      residualLikelihood: r.residualLikelihood,
      residualImpact: r.residualImpact,
      residualScore,
      residualRating: riskRating(residualScore),
      controls: r.controls,
      status: r.status,
      reviewDue: r.reviewDue,
      version: r.version,
    });
  }
}

@ObjectType({ description: 'A page of risks (Relay connection).' })
export class RiskConnection extends Connection(RiskNode, 'Risk') {}

@ObjectType('RiskAssessment', {
  implements: Node,
  description: "One assessment of a risk's scores: written whenever they change (its history).",
})
export class RiskAssessmentNode implements Node, Keyed {
  @Field(() => ID, { description: 'Global id of the risk assessment.' }) id!: string;
  dbId!: number;
  riskDbId!: number;
  /** The risk's council when known (the assessment's visibility follows the risk's); null when read alone. */
  councilId!: number | null;
  byDbId!: number | null;

  @Field(() => String, { description: 'ISO date.' }) assessedOn!: string;
  @Field(() => Int, { description: 'Likelihood before controls, 1 to 5.' }) inherentLikelihood!: number;
  @Field(() => Int, { description: 'Impact before controls, 1 to 5.' }) inherentImpact!: number;
  @Field(() => Int, { description: 'Likelihood x impact before controls, 1 to 25.' }) inherentScore!: number;
  @Field(() => Int, { description: 'Likelihood after controls, 1 to 5.' }) residualLikelihood!: number;
  @Field(() => Int, { description: 'Impact after controls, 1 to 5.' }) residualImpact!: number;
  @Field(() => Int, { description: 'Likelihood x impact after controls, 1 to 25.' }) residualScore!: number;
  @Field(() => RiskRating, { description: 'The band of the residual score.' }) residualRating!: RiskRating;
  @Field(() => String, { description: 'Why the scores changed; null when not said.', nullable: true }) note!: string | null;
  @Field(() => Int, { description: 'Optimistic-lock version: send it back to change it.' }) version!: number;

  static from(a: RiskAssessment, councilId: number | null = null): RiskAssessmentNode {
    const residualScore = riskScore(a.residualLikelihood, a.residualImpact);
    return Object.assign(new RiskAssessmentNode(), {
      id: toGlobalId('RiskAssessment', a.id),
      dbId: a.id,
      riskDbId: idOf(a.risk)!,
      councilId,
      byDbId: idOf(a.by),
      assessedOn: a.assessedOn,
      inherentLikelihood: a.inherentLikelihood,
      inherentImpact: a.inherentImpact,
      inherentScore: riskScore(a.inherentLikelihood, a.inherentImpact),
      residualLikelihood: a.residualLikelihood,
      residualImpact: a.residualImpact,
      residualScore,
      residualRating: riskRating(residualScore),
      note: a.note,
      version: a.version,
    });
  }
}

@ObjectType('RiskHeatMapCell', {
  description: 'One cell of the 5x5 heat map: a likelihood and an impact, the risks in it and the band of its score.',
})
export class RiskHeatMapCell {
  @Field(() => Int, { description: 'Likelihood, 1 to 5.' }) likelihood!: number;
  @Field(() => Int, { description: 'Impact, 1 to 5.' }) impact!: number;
  @Field(() => Int, { description: 'Likelihood x impact.' }) score!: number;
  @Field(() => RiskRating, { description: "The band of the cell's score." }) band!: RiskRating;
  @Field(() => Int, { description: 'Risks in the cell.' }) count!: number;
  @Field(() => [ID], { description: 'Global ids of the risks in the cell.' }) riskIds!: string[];

  static from(c: HeatMapCell): RiskHeatMapCell {
    return Object.assign(new RiskHeatMapCell(), { ...c, riskIds: c.riskIds.map((id) => toGlobalId('Risk', id)) });
  }
}

/** Who may see a risk or an assessment: the council's own staff and councillors (README "What each viewer sees"). */
export const canSeeRisk = (ctx: GqlContext, r: { councilId: number }): boolean => ctx.access.canReadUnpublished(r.councilId);
