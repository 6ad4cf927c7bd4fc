/**
 * The indicators' and measurements' controlled values, defined once here and used by the database
 * entities and the GraphQL schema alike: a read-only object and a union type of the same name each.
 */

export const IndicatorFramework = {
  ASCOF: 'ASCOF',
  PAF: 'PAF',
  OFLOG: 'OFLOG',
  LOCAL: 'LOCAL',
} as const;
export type IndicatorFramework = (typeof IndicatorFramework)[keyof typeof IndicatorFramework];

/** Which way is better, as an indicator is stored. The rules take a `KnownPolarity` (rag.ts). */
export const Polarity = {
  HIGHER_IS_BETTER: 'HIGHER_IS_BETTER',
  LOWER_IS_BETTER: 'LOWER_IS_BETTER',
  WITHIN_BAND: 'WITHIN_BAND',
  /** Published without a polarity (e.g. old PAF indicators): no RAG or ranking direction. */
  UNKNOWN: 'UNKNOWN',
} as const;
export type Polarity = (typeof Polarity)[keyof typeof Polarity];

export const IndicatorFrequency = {
  ANNUAL: 'ANNUAL',
  QUARTERLY: 'QUARTERLY',
  MONTHLY: 'MONTHLY',
} as const;
export type IndicatorFrequency = (typeof IndicatorFrequency)[keyof typeof IndicatorFrequency];

/**
 * How an indicator's monthly or quarterly figures make its financial year's figure: SUM (counts: the
 * year's total), MEAN (rates, percentages: the mean of the periods), LAST (stocks, snapshots: the last
 * period of the year) or NONE (not rolled up: the periods do not make a year).
 */
export const YearRollup = {
  SUM: 'SUM',
  MEAN: 'MEAN',
  LAST: 'LAST',
  NONE: 'NONE',
} as const;
export type YearRollup = (typeof YearRollup)[keyof typeof YearRollup];

/** ABSOLUTE (in the indicator's unit) or PERCENT of the target. */
export const ToleranceKind = {
  ABSOLUTE: 'ABSOLUTE',
  PERCENT: 'PERCENT',
} as const;
export type ToleranceKind = (typeof ToleranceKind)[keyof typeof ToleranceKind];

/** Whether a measurement is a number, or why there is none. Never stored as zero. */
export const ValueStatus = {
  VALUE: 'VALUE',
  /** `[c]`: confidential, suppressed to protect small numbers. */
  SUPPRESSED: 'SUPPRESSED',
  /** `[x]` and friends: not available. */
  NOT_AVAILABLE: 'NOT_AVAILABLE',
} as const;
export type ValueStatus = (typeof ValueStatus)[keyof typeof ValueStatus];

/** DRAFT (entered) -> VALIDATED (by the data owner) -> PUBLISHED (by the MI-responsible manager or delegate). */
export const MeasurementStatus = {
  DRAFT: 'DRAFT',
  VALIDATED: 'VALIDATED',
  PUBLISHED: 'PUBLISHED',
} as const;
export type MeasurementStatus = (typeof MeasurementStatus)[keyof typeof MeasurementStatus];

/** What a measurement history row records. */
export const MeasurementAction = {
  CREATED: 'CREATED',
  CHANGED: 'CHANGED',
  VALIDATED: 'VALIDATED',
  PUBLISHED: 'PUBLISHED',
} as const;
export type MeasurementAction = (typeof MeasurementAction)[keyof typeof MeasurementAction];

/** A financial year, a quarter of one, or a calendar month (period.ts reads and writes them). */
export const PeriodKind = {
  YEAR: 'YEAR',
  QUARTER: 'QUARTER',
  MONTH: 'MONTH',
} as const;
export type PeriodKind = (typeof PeriodKind)[keyof typeof PeriodKind];
