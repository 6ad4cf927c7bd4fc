/** England and the regions over the API, and the figures their publisher gives for them. */
import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { AreaType, publishedLabel } from '@goldenthread/domain';
import type { Area, AreaFigure } from '@goldenthread/db';

registerEnumType(AreaType, {
  name: 'AreaType',
  description: 'An area national statistics publish figures for beside councils.',
  valuesConfig: {
    ENGLAND: { description: 'England as a whole (GSS E92000001).' },
    REGION: { description: 'One of the nine English regions (GSS E12000001 to E12000009).' },
  },
});

@ObjectType({ description: 'England or one of the nine regions: an area with published figures of its own, not a council.' })
export class ReferenceAreaNode {
  @Field(() => String, { description: 'ONS GSS code: E92000001 for England, E12... for a region.' }) gssCode!: string;
  @Field(() => String, { description: 'The name, as councils name their region (Council.region).' }) name!: string;
  @Field(() => AreaType, { description: 'ENGLAND or REGION.' }) type!: AreaType;

  static from(a: Pick<Area, 'gssCode' | 'name' | 'type'>): ReferenceAreaNode {
    return Object.assign(new ReferenceAreaNode(), { gssCode: a.gssCode, name: a.name, type: a.type });
  }
}

@ObjectType({
  description:
    "The figure the publisher gives for England or a region (NHS Digital's pooled value over every council, those with no " +
    'published value included), for one indicator, period and breakdown. It is not a median of councils and cannot be rebuilt from them.',
})
export class PublishedFigure {
  @Field(() => ReferenceAreaNode, { description: 'England or the region.' }) area!: ReferenceAreaNode;
  @Field(() => String, { description: 'How it is labelled beside a median: "England (published)", "North West (published)".' })
  label!: string;
  @Field(() => String, { description: 'The period, e.g. 2020-21.' }) period!: string;
  @Field(() => String, { description: 'The breakdown: Total, Male, 65 and over...' }) disaggregation!: string;
  @Field(() => Float, { nullable: true, description: 'The published value; null unless valueStatus is VALUE.' }) value!: number | null;
  @Field(() => String, { description: 'VALUE, SUPPRESSED or NOT_AVAILABLE, as published.' }) valueStatus!: string;
  @Field(() => Float, { nullable: true, description: 'The published numerator, when the publication gives one.' })
  numerator!: number | null;
  @Field(() => Float, { nullable: true, description: 'The published denominator, when the publication gives one.' })
  denominator!: number | null;
  @Field(() => String, { nullable: true, description: 'The publication it comes from, with its licence.' }) source!: string | null;

  static from(f: AreaFigure, area: Pick<Area, 'gssCode' | 'name' | 'type'>): PublishedFigure {
    return Object.assign(new PublishedFigure(), {
      area: ReferenceAreaNode.from(area),
      label: publishedLabel(area.name),
      period: f.period,
      disaggregation: f.disaggregation,
      value: f.value,
      valueStatus: f.valueStatus,
      numerator: f.numerator,
      denominator: f.denominator,
      source: f.source,
    });
  }
}
