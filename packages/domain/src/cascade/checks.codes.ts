/** The golden-thread finding codes and their default severities (checks.ts). */
import type { Severity } from '../findings.js';

export type GoldenThreadCode =
  | 'CYCLE'
  | 'ORPHAN_OBJECTIVE'
  | 'ORPHAN_APPRAISAL_OBJECTIVE'
  | 'UNDELIVERED_PRIORITY'
  | 'ORPHAN_PRIORITY'
  | 'PARENT_LEVEL_MISMATCH'
  | 'UNMEASURED_PRIORITY'
  | 'TOO_MANY_PRIORITIES'
  | 'NOT_ENGAGED'
  | 'NOT_COMMUNICATED'
  | 'UNRESOURCED'
  | 'UNAMBITIOUS_TARGET'
  | 'UNREALISTIC_TARGET';

/** Default severity per code (NOT_COMMUNICATED about a consultation's groups is 'low'). */
export const GOLDEN_THREAD_SEVERITY: Readonly<Record<GoldenThreadCode, Severity>> = {
  CYCLE: 'critical',
  ORPHAN_OBJECTIVE: 'high',
  ORPHAN_APPRAISAL_OBJECTIVE: 'high',
  UNDELIVERED_PRIORITY: 'high',
  ORPHAN_PRIORITY: 'high',
  PARENT_LEVEL_MISMATCH: 'medium',
  UNMEASURED_PRIORITY: 'medium',
  TOO_MANY_PRIORITIES: 'medium',
  NOT_ENGAGED: 'medium',
  NOT_COMMUNICATED: 'medium',
  UNRESOURCED: 'medium',
  UNAMBITIOUS_TARGET: 'medium',
  UNREALISTIC_TARGET: 'medium',
};

/** A target more than this many typical years' change better than the trend projection is unrealistic. */
export const UNREALISTIC_TREND_FACTOR = 3;
