/** The leadership health check (issue 14): the seven questions, six barriers and eight habits answered from evidence. */
export * from './evidence.js';
export {
  BARRIER_KEYS,
  HABIT_KEYS,
  HEALTH_CHECK_MAX_SCORE,
  QUESTION_KEYS,
  MAX_ANSWER_NODES,
  SHARE_THRESHOLDS,
  meanScore,
  shareScore,
  type HealthCheckAnswer,
  type HealthCheckChange,
  type HealthCheckDirection,
  type HealthCheckFigure,
  type HealthCheckKey,
  type HealthCheckNode,
  type HealthCheckResult,
  type HealthCheckSection,
  type HealthCheckUnanswerable,
} from './model.js';
export { allAnswers, healthCheck, healthCheckTrend, type HealthCheckTrendLine, type HealthCheckTrendPoint } from './health-check.js';
export { isOutcomeFramework } from './habits.js';
