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
