import { Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import type { Council } from '../organisation/council.entity.js';
import { BaseEntity } from '../shared/base.entity.js';
import { IndicatorFramework, IndicatorFrequency, Polarity, ToleranceKind, YearRollup } from '@goldenthread/domain';

/**
 * An indicator definition: a national measure (ASCOF, PAF, Oflog; council null) or a local indicator
 * a council creates (council set).
 */
@Entity({ tableName: 'indicator' })
@Unique({ properties: ['framework', 'code', 'council'] })
@Index({ properties: ['council'] })
export class Indicator extends BaseEntity<
  | 'council'
  | 'definition'
  | 'unit'
  | 'polarity'
  | 'frequency'
  | 'tolerance'
  | 'toleranceKind'
  | 'bandLow'
  | 'bandHigh'
  | 'domain'
  | 'source'
  | 'displayCode'
  | 'polaritySourced'
  | 'dataCollection'
  | 'successorCode'
  | 'yearRollup'
> {
  @Enum({ items: () => IndicatorFramework })
  framework!: IndicatorFramework;

  /** The framework's code, e.g. ASCOF 2A(2), PAF C32, Oflog ASC1, or a council's local code. */
  @Property({ type: 'string', length: 40 })
  code!: string;

  @Property({ type: 'string', length: 40, nullable: true })
  displayCode: string | null = null;

  @Property({ type: 'string', length: 500 })
  title!: string;

  @Property({ type: 'text', nullable: true })
  definition: string | null = null;

  @Property({ type: 'string', length: 60, nullable: true })
  unit: string | null = null;

  @Enum({ items: () => Polarity })
  polarity: Polarity = Polarity.HIGHER_IS_BETTER;

  @Enum({ items: () => IndicatorFrequency })
  frequency: IndicatorFrequency = IndicatorFrequency.ANNUAL;

  /** How monthly or quarterly figures make the financial year's (SUM, MEAN, LAST; NONE: not rolled up). */
  @Enum({ items: () => YearRollup, default: YearRollup.NONE })
  yearRollup: YearRollup = YearRollup.NONE;

  /** How far from target still counts as amber. */
  @Property({ type: 'double', nullable: true })
  tolerance: number | null = null;

  @Enum({ items: () => ToleranceKind })
  toleranceKind: ToleranceKind = ToleranceKind.ABSOLUTE;

  /** For WITHIN_BAND indicators: the band that counts as good. */
  @Property({ type: 'double', nullable: true })
  bandLow: number | null = null;

  @Property({ type: 'double', nullable: true })
  bandHigh: number | null = null;

  /** ASCOF domain (1-4) or another grouping. */
  @Property({ type: 'string', length: 60, nullable: true })
  domain: string | null = null;

  /** Where the definition comes from (publisher, licence). */
  @Property({ type: 'string', length: 500, nullable: true })
  source: string | null = null;

  /** True when the polarity was taken from a published source, false when inferred from the definition. */
  @Property({ type: 'boolean' })
  polaritySourced: boolean = false;

  /** The statutory return or survey the data comes from (SALT, ASCS, SACE...). */
  @Property({ type: 'string', length: 200, nullable: true })
  dataCollection: string | null = null;

  /** The code that replaces this measure in a later framework (ASCOF 2023-24 renumbering). */
  @Property({ type: 'string', length: 100, nullable: true })
  successorCode: string | null = null;

  /** Set for a council's local indicator; null for national frameworks. */
  @ManyToOne({ entity: 'Council', ref: true, nullable: true, deleteRule: 'cascade' })
  council: Ref<Council> | null = null;
}
