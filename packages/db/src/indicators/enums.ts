export enum IndicatorFramework {
  ASCOF = 'ASCOF',
  PAF = 'PAF',
  OFLOG = 'OFLOG',
  LOCAL = 'LOCAL',
}

export enum Polarity {
  HIGHER_IS_BETTER = 'HIGHER_IS_BETTER',
  LOWER_IS_BETTER = 'LOWER_IS_BETTER',
  WITHIN_BAND = 'WITHIN_BAND',
  /** Published without a polarity (e.g. old PAF indicators): no RAG or ranking direction. */
  UNKNOWN = 'UNKNOWN',
}

export enum IndicatorFrequency {
  ANNUAL = 'ANNUAL',
  QUARTERLY = 'QUARTERLY',
  MONTHLY = 'MONTHLY',
}

export enum ToleranceKind {
  ABSOLUTE = 'ABSOLUTE',
  PERCENT = 'PERCENT',
}

/** Whether a measurement is a number, or why there is none. Never stored as zero. */
export enum ValueStatus {
  VALUE = 'VALUE',
  /** `[c]`: confidential, suppressed to protect small numbers. */
  SUPPRESSED = 'SUPPRESSED',
  /** `[x]` and friends: not available. */
  NOT_AVAILABLE = 'NOT_AVAILABLE',
}

/** DRAFT (entered) -> VALIDATED (by the data owner) -> PUBLISHED (by the MI-responsible manager or delegate). */
export enum MeasurementStatus {
  DRAFT = 'DRAFT',
  VALIDATED = 'VALIDATED',
  PUBLISHED = 'PUBLISHED',
}

/** What a measurement history row records. */
export enum MeasurementAction {
  CREATED = 'CREATED',
  CHANGED = 'CHANGED',
  VALIDATED = 'VALIDATED',
  PUBLISHED = 'PUBLISHED',
}

export enum PeriodKind {
  YEAR = 'YEAR',
  QUARTER = 'QUARTER',
  MONTH = 'MONTH',
}
