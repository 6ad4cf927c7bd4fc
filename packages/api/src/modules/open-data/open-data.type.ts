import { Field, InputType, ObjectType } from 'type-graphql';
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

@ObjectType({ description: 'A published measurement that changed (was published, or republished after a correction), with its licence.' })
export class MeasurementChange {
  @Field(() => MeasurementNode, { description: 'The measurement as published now.' })
  measurement!: MeasurementNode;

  @Field(() => Date, { description: 'When it last changed: the feed is ordered by this, then by the measurement.' })
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
