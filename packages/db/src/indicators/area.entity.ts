import { Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { AreaType, PeriodKind, ValueStatus } from '@goldenthread/domain';
import { BaseEntity } from '../shared/base.entity.js';
import type { Indicator } from './indicator.entity.js';

/**
 * An area national statistics publish figures for beside councils: England (E92000001) or one of the
 * nine regions (E12...). Councils name their region by its name (council.region = area.name).
 */
@Entity({ tableName: 'area' })
export class Area extends BaseEntity {
  /** ONS GSS code: E92000001 for England, E12000001..E12000009 for the regions. */
  @Property({ type: 'string', length: 9, unique: true })
  gssCode!: string;

  @Property({ type: 'string', length: 100 })
  name!: string;

  @Enum({ items: () => AreaType })
  type!: AreaType;
}

/**
 * The figure a publisher gives for England or a region (NHS Digital's pooled value, not a median of
 * councils), for one indicator, period and breakdown. Always published: it comes from the publication.
 */
@Entity({ tableName: 'area_figure' })
@Unique({ properties: ['area', 'indicator', 'period', 'disaggregation'] })
@Index({ properties: ['indicator', 'period', 'disaggregation'] })
export class AreaFigure extends BaseEntity<'disaggregation' | 'value' | 'valueStatus' | 'numerator' | 'denominator' | 'note' | 'source'> {
  @ManyToOne({ entity: 'Area', ref: true, deleteRule: 'cascade' })
  area!: Ref<Area>;

  @ManyToOne({ entity: 'Indicator', ref: true, deleteRule: 'cascade' })
  indicator!: Ref<Indicator>;

  @Property({ type: 'string', length: 12 })
  period!: string;

  @Enum({ items: () => PeriodKind })
  periodKind!: PeriodKind;

  @Property({ type: 'string', length: 10 })
  periodStart!: string;

  @Property({ type: 'string', length: 60 })
  disaggregation: string = 'Total';

  @Property({ type: 'double', nullable: true })
  value: number | null = null;

  @Enum({ items: () => ValueStatus })
  valueStatus: ValueStatus = ValueStatus.VALUE;

  @Property({ type: 'double', nullable: true })
  numerator: number | null = null;

  @Property({ type: 'double', nullable: true })
  denominator: number | null = null;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  /** The publication, e.g. "NHS Digital, Measures from ASCOF, England 2020-21 (OGL v3)". */
  @Property({ type: 'string', length: 200, nullable: true })
  source: string | null = null;
}
