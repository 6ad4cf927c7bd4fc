/**
 * The leadership health check (issue 14; rules in docs/methods/health-check.md): the seven questions,
 * the six barriers and the eight habits answered from one council's evidence for one period, each with
 * a 0-4 score (null when the data cannot answer), a sentence, the figures behind it, the nodes, what
 * would raise it and the change since `previous` (the result of the period before).
 */
import type { HealthCheckEvidence } from './evidence.js';
import { factsOf } from './facts.js';
import { barriers } from './barriers.js';
import { habits } from './habits.js';
import { changeOf, type HealthCheckAnswer, type HealthCheckResult } from './model.js';
import { questions } from './questions.js';

function withChange(answers: HealthCheckAnswer[], previous: readonly HealthCheckAnswer[] | undefined): HealthCheckAnswer[] {
  const before = new Map((previous ?? []).map((a) => [a.key, a]));
  return answers.map((a) => ({ ...a, change: changeOf(a.score, before.get(a.key)) }));
}

export function healthCheck(evidence: HealthCheckEvidence, previous?: HealthCheckResult | null): HealthCheckResult {
  const f = factsOf(evidence);
  return {
    council: { id: evidence.council.id, name: evidence.council.name },
    period: evidence.period,
    questions: withChange(questions(f), previous?.questions),
    barriers: withChange(barriers(f), previous?.barriers),
    habits: withChange(habits(f), previous?.habits),
  };
}

/** Every answer of a result, questions then barriers then habits. */
export function allAnswers(result: HealthCheckResult): HealthCheckAnswer[] {
  return [...result.questions, ...result.barriers, ...result.habits];
}

export interface HealthCheckTrendPoint {
  period: string;
  score: number | null;
}

export interface HealthCheckTrendLine {
  key: HealthCheckAnswer['key'];
  section: HealthCheckAnswer['section'];
  title: string;
  /** One point per period of the series, in the order given. */
  points: HealthCheckTrendPoint[];
  /** The last score minus the first non-null score before it; null with fewer than two scores. */
  overallChange: number | null;
}

/**
 * The answers over time: one line per answer key (in the order of the latest result), a point per
 * period of `series` (which should be in period order, oldest first; give `healthCheck` each period's
 * predecessor as `previous` to fill every result's `change`).
 */
export function healthCheckTrend(series: readonly { period: string; result: HealthCheckResult }[]): HealthCheckTrendLine[] {
  const last = series[series.length - 1];
  if (!last) return [];
  return allAnswers(last.result).map((a) => {
    const points = series.map((s) => ({ period: s.period, score: allAnswers(s.result).find((x) => x.key === a.key)?.score ?? null }));
    const scored = points.filter((p) => p.score !== null);
    const first = scored[0];
    const end = points[points.length - 1];
    const overallChange =
      scored.length >= 2 && first && end && end.score !== null && first !== end ? end.score - (first.score as number) : null;
    return { key: a.key, section: a.section, title: a.title, points, overallChange };
  });
}
