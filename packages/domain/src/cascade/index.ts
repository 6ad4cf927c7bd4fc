/** The golden thread: pure rules over a snapshot of a council's priority cascade. */
export * from './enums.js';
export * from './types.js';
/** A name in quotes, as messages show it: 'Reduce waiting lists'. */
export { q } from './text.js';
export { goldenThreadFindings, GOLDEN_THREAD_SEVERITY, UNREALISTIC_TREND_FACTOR, type GoldenThreadCode } from './checks.js';
export { goldenThreadCoverage, type CoverageFigure, type GoldenThreadCoverage } from './coverage.js';
export {
  tracePersonThread,
  type AppraisalObjectiveThread,
  type PersonThread,
  type ThreadChain,
  type ThreadStep,
} from './thread.js';
export {
  buildCascade,
  rollupStatusOf,
  type Cascade,
  type CascadeMilestone,
  type CascadeObjectiveNode,
  type CascadePriorityNode,
  type MilestoneCounts,
  type NonPriorityEntry,
  type CascadeRollup,
} from './cascade.js';
export {
  validatePriorityDeletion,
  validatePriorityParent,
  validateStatusChange,
  type PriorityForParent,
  type StatusChangeContext,
  type CascadeValidationError,
} from './validation.js';
export {
  validateCommunicatedAfterAgreed,
  validateNonPriorityReason,
  validateOrigin,
  validateParentFacts,
  validateRelink,
  validateReviewDates,
  type ParentFacts,
  type PriorityPlacementFacts,
  type RelinkFacts,
} from './write-rules.js';
export {
  cascadePerformance,
  judgeMeasure,
  priorityPerformanceStatus,
  PerformanceDriverKind,
  PerformanceStatusValue,
  type CascadePerformanceInput,
  type IndicatorEvidence,
  type IndicatorRef,
  type JudgedMeasure,
  type MeasureInput,
  type MeasureTarget,
  type MeasureValue,
  type PerformanceDriver,
  type PerformanceStatus,
} from './performance-status.js';
