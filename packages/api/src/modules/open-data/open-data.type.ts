import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { CouncilType, IndicatorFramework } from '@goldenthread/domain';
import { Connection } from '../../relay/connection.js';
import { MeasurementNode } from '../indicators/indicators.type.js';

@InputType({ description: 'Which published measurements: every list empty or absent means any (README "Bulk open data").' })
export class MeasurementFilterInput {
  @Field(() => [IndicatorFramework], { nullable: true, description: 'Frameworks, e.g. [ASCOF].' })
  framework?: IndicatorFramework[] | null;

  @Field(() => [String], { nullable: true, description: 'Indicator codes as published, e.g. ["2A(2)", "ASC1"].' })
  indicator?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Councils by ONS GSS code, e.g. ["E10000029"].' })
  council?: string[] | null;

  @Field(() => [CouncilType], { nullable: true, description: 'Types of council (county, unitary, metropolitan district...).' })
  areaType?: CouncilType[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Measurements of periods starting on or after the start of this one (2020-21, 2020-21 Q1, 2020-04).',
  })
  periodFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'Measurements of periods starting on or before the end of this one.' })
  periodTo?: string | null;
}

/** What happened to a measurement of the open data. */
export const MeasurementChangeKind = { PUBLISHED: 'PUBLISHED', WITHDRAWN: 'WITHDRAWN' } as const;
export type MeasurementChangeKind = (typeof MeasurementChangeKind)[keyof typeof MeasurementChangeKind];
registerEnumType(MeasurementChangeKind, {
  name: 'MeasurementChangeKind',
  description: 'What happened to a measurement of the open data.',
  valuesConfig: {
    PUBLISHED: { description: 'Published, or republished after a correction: keep the figure given.' },
    WITHDRAWN: { description: 'Taken back from publication (corrected back to a draft): delete your copy until it is published again.' },
  },
});

@ObjectType({
  description:
    'A measurement of the open data that changed: published (or republished after a correction), or withdrawn from publication, ' +
    'with its licence.',
})
export class MeasurementChange {
  @Field(() => MeasurementChangeKind, { description: 'PUBLISHED (keep the figure) or WITHDRAWN (delete your copy).' })
  change!: MeasurementChangeKind;

  @Field(() => ID, { description: "The measurement's id: the one your copy holds, also for a withdrawal." })
  measurementId!: string;

  @Field(() => MeasurementNode, { nullable: true, description: 'The measurement as published now; null when it was withdrawn.' })
  measurement!: MeasurementNode | null;

  @Field(() => Date, { description: 'When it last changed (or was withdrawn): the feed is ordered by this, then by the measurement.' })
  changedAt!: Date;

  @Field(() => String, { description: 'Who to credit: the source of the figure, or the council for its own figures.' })
  attribution!: string;

  @Field(() => String, {
    nullable: true,
    description: 'SPDX identifier of the licence of the source (OGL-UK-3.0); null when the source states none.',
  })
  licence!: string | null;

  @Field(() => String, { nullable: true, description: 'Where the licence can be read.' })
  licenceUrl!: string | null;
}

@ObjectType({ description: 'A page of the published-measurement change feed, oldest change first (Relay connection).' })
export class MeasurementChangeConnection extends Connection(MeasurementChange, 'MeasurementChange') {}
