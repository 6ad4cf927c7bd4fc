/**
 * The health check's answers and the one way every answer is scored (docs/methods/health-check.md):
 * - Each answer is made of two to five measures. A measure is a count of things that meet a rule
 *   (numerator) out of the things it applies to (denominator), scored by SHARE_THRESHOLDS: a share of
 *   at least 90% scores 4, 75% scores 3, 50% scores 2, 25% scores 1, less scores 0. A few measures are
 *   yes/no (4 or 0) or have their own stated rule.
 * - A measure whose denominator is 0 cannot be computed: it does not count, and the answer says what to
 *   record. The answer's score is the mean of the scores of the measures that can be computed, rounded
 *   down to a whole number. The score is null (never a guess) when no measure can be computed, or when
 *   a lead measure (the one the answer cannot do without) cannot.
 * - Barriers are scored as how far the barrier is ABSENT: 4 means it is not present. Their measures
 *   are worded the healthy way round (the share of leaders' due actions done, not overdue).
 * - Change: the score minus the previous period's score for the same key; null when either is null.
 */

export type HealthCheckSection = 'QUESTION' | 'BARRIER' | 'HABIT';

/** The answers' keys, in the order the result lists them (stable: the API's enum and the trend use them). */
export const QUESTION_KEYS = [
  'Q1_DIRECTION',
  'Q2_ENGAGEMENT',
  'Q3_MEASUREMENT',
  'Q4_STAFF_EXPECTATIONS',
  'Q5_RISK',
  'Q6_VALUE_FOR_MONEY',
  'Q7_DIFFERENCE',
] as const;
export const BARRIER_KEYS = [
  'B1_NOT_INTERESTED',
  'B2_NO_TIME_TO_LEARN',
  'B3_TOO_MANY_PRIORITIES',
  'B4_NOT_UNDERSTOOD',
  'B5_SYSTEM_DOES_NOT_HELP',
  'B6_SOME_DO_NOT_PERFORM',
] as const;
export const HABIT_KEYS = [
  'H1_SHOW_PERFORMANCE_MATTERS',
  'H2_JOIN_UP_THINKING',
  'H3_ACT_ON_WHAT_MATTERS',
  'H4_NATIONAL_AGENDAS',
  'H5_OWN_FRAMEWORK',
  'H6_MEASURE_OUTCOMES',
  'H7_HELP_PEOPLE_PERFORM',
  'H8_REVIEW_ARRANGEMENTS',
] as const;
export type HealthCheckKey = (typeof QUESTION_KEYS)[number] | (typeof BARRIER_KEYS)[number] | (typeof HABIT_KEYS)[number];

export const HEALTH_CHECK_MAX_SCORE = 4 as const;

/** Share of the denominator (0..1) needed for each score, highest first: >= 0.9 -> 4 ... >= 0.25 -> 1, else 0. */
export const SHARE_THRESHOLDS: readonly { share: number; score: number }[] = [
  { share: 0.9, score: 4 },
  { share: 0.75, score: 3 },
  { share: 0.5, score: 2 },
  { share: 0.25, score: 1 },
];

/** At most this many nodes are listed per answer (the ones holding the score down first). */
export const MAX_ANSWER_NODES = 50;

/** A node behind an answer: its entity kind and database id; `ok` false when it holds the score down. */
export interface HealthCheckNode {
  kind: string;
  id: number;
  ok: boolean;
}

/** One figure of an answer's evidence: "9 of 11 corporate and directorate priorities have a target". */
export interface HealthCheckFigure {
  /** The measure's key within the answer, e.g. 'agreed'. */
  key: string;
  text: string;
  /** Null for a figure that is not a count (never for a share measure that could be computed). */
  numerator: number | null;
  denominator: number | null;
  /** Exactly what is counted. */
  definition: string;
  /** The measure's own score 0-4, null when it cannot be computed. */
  score: number | null;
}

export type HealthCheckDirection = 'UP' | 'DOWN' | 'SAME';

export interface HealthCheckChange {
  previousScore: number;
  /** score - previousScore (positive is better, barriers included: their score is how far they are absent). */
  delta: number;
  direction: HealthCheckDirection;
}

export interface HealthCheckUnanswerable {
  /** Why the data cannot answer. */
  reason: string;
  /** What to record so that it can. */
  record: string;
}

export interface HealthCheckAnswer {
  key: HealthCheckKey;
  section: HealthCheckSection;
  title: string;
  /** 0..4, or null when the data cannot answer (see `unanswerable`). */
  score: number | null;
  maxScore: typeof HEALTH_CHECK_MAX_SCORE;
  /** One sentence a councillor understands. */
  answer: string;
  evidence: HealthCheckFigure[];
  nodes: HealthCheckNode[];
  /** What would raise the score. */
  improve: string;
  change: HealthCheckChange | null;
  unanswerable: HealthCheckUnanswerable | null;
}

export interface HealthCheckResult {
  council: { id: number; name: string };
  period: string;
  questions: HealthCheckAnswer[];
  barriers: HealthCheckAnswer[];
  habits: HealthCheckAnswer[];
}

/** A measure as the answers build it (internal). */
export interface Measure {
  key: string;
  numerator: number | null;
  denominator: number | null;
  /** Null when the measure cannot be computed. */
  score: number | null;
  text: string;
  definition: string;
  improve: string;
  /** What to record when it cannot be computed. */
  record: string;
  nodes: HealthCheckNode[];
  lead: boolean;
}

/** The score of a share (numerator / denominator, 0..1) by SHARE_THRESHOLDS. */
export function shareScore(share: number): number {
  for (const t of SHARE_THRESHOLDS) if (share >= t.share - 1e-9) return t.score;
  return 0;
}

/** The mean of whole scores rounded down: (4 + 3) / 2 = 3.5 -> 3. */
export function meanScore(scores: readonly number[]): number {
  return Math.floor(scores.reduce((a, b) => a + b, 0) / scores.length + 1e-9);
}

export interface ShareSpec<T> {
  key: string;
  items: readonly T[];
  ok: (item: T) => boolean;
  node: (item: T) => { kind: string; id: number } | null;
  /** The figure, e.g. (n, d) => `${n} of ${d} priorities have a target`. */
  text: (n: number, d: number) => string;
  /** The figure when there is nothing to count. */
  none: string;
  definition: string;
  improve: string;
  record: string;
  lead?: boolean;
}

/** A share measure: items meeting `ok` out of all items (0 items: cannot be computed). */
export function share<T>(spec: ShareSpec<T>): Measure {
  const d = spec.items.length;
  // At most MAX_ANSWER_NODES of each kind are kept: an answer lists no more (a large council has 20,000 staff).
  const bad: HealthCheckNode[] = [];
  const good: HealthCheckNode[] = [];
  let n = 0;
  for (const item of spec.items) {
    const ok = spec.ok(item);
    if (ok) n++;
    const list = ok ? good : bad;
    if (list.length >= MAX_ANSWER_NODES) continue;
    const ref = spec.node(item);
    if (ref) list.push({ kind: ref.kind, id: ref.id, ok });
  }
  const nodes = [...bad, ...good];
  return {
    key: spec.key,
    numerator: d === 0 ? null : n,
    denominator: d === 0 ? null : d,
    score: d === 0 ? null : shareScore(n / d),
    text: d === 0 ? spec.none : spec.text(n, d),
    definition: spec.definition,
    improve: spec.improve,
    record: spec.record,
    nodes,
    lead: spec.lead ?? false,
  };
}

export interface AnswerSpec {
  key: HealthCheckKey;
  section: HealthCheckSection;
  title: string;
  /** The healthy state in words, e.g. 'councillors and managers have a clear, agreed direction'. */
  claim: string;
  measures: Measure[];
}

const WORDS: Record<HealthCheckSection, readonly string[]> = {
  QUESTION: ['No', 'Hardly', 'Partly', 'Mostly', 'Yes'],
  BARRIER: ['A severe barrier', 'A marked barrier', 'A barrier', 'A slight barrier', 'Not a barrier here'],
  HABIT: ['Not yet', 'Rarely', 'Partly', 'Mostly', 'Yes, consistently'],
};

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

function mergeNodes(measures: readonly Measure[]): HealthCheckNode[] {
  const byKey = new Map<string, HealthCheckNode>();
  for (const m of measures) {
    for (const n of m.nodes) {
      const k = `${n.kind}:${n.id}`;
      const had = byKey.get(k);
      if (!had) byKey.set(k, { ...n });
      else if (!n.ok) had.ok = false;
    }
  }
  const all = [...byKey.values()];
  return [...all.filter((n) => !n.ok), ...all.filter((n) => n.ok)].slice(0, MAX_ANSWER_NODES);
}

/** The distinct, non-empty things to record of measures that cannot be computed. */
function records(measures: readonly Measure[]): string {
  return [...new Set(measures.map((m) => m.record).filter((r) => r !== ''))].join(' ');
}

/** Scores an answer from its measures by the rule at the top of this file (change is filled in later). */
export function buildAnswer(spec: AnswerSpec): HealthCheckAnswer {
  const computed = spec.measures.filter((m) => m.score !== null);
  const missing = spec.measures.filter((m) => m.score === null);
  const leadMissing = missing.some((m) => m.lead);
  const score = computed.length === 0 || leadMissing ? null : meanScore(computed.map((m) => m.score as number));
  const evidence: HealthCheckFigure[] = spec.measures.map((m) => ({
    key: m.key,
    text: m.text,
    numerator: m.numerator,
    denominator: m.denominator,
    definition: m.definition,
    score: m.score,
  }));
  const base = { key: spec.key, section: spec.section, title: spec.title, maxScore: HEALTH_CHECK_MAX_SCORE, evidence, change: null };

  if (score === null) {
    const blocking = leadMissing ? missing.filter((m) => m.lead) : missing;
    const reason = blocking.map((m) => m.text).join('; ');
    const record = records(missing);
    return {
      ...base,
      score: null,
      answer: `The records cannot tell yet whether ${spec.claim}: ${lowerFirst(reason)}.`,
      nodes: mergeNodes(spec.measures),
      improve: record,
      unanswerable: { reason, record },
    };
  }

  const ranked = [...computed].sort((a, b) => (a.score as number) - (b.score as number));
  const weakest = ranked[0] as Measure;
  const word = WORDS[spec.section][score] as string;
  const answer =
    score === HEALTH_CHECK_MAX_SCORE
      ? `${word}: ${spec.claim} (${lowerFirst((computed.find((m) => m.lead) ?? (computed[0] as Measure)).text)}).`
      : score === 3 && spec.section !== 'BARRIER'
        ? `${word}: ${spec.claim}, but ${lowerFirst(weakest.text)}.`
        : `${word}: ${lowerFirst(weakest.text)}.`;
  const raise = ranked.filter((m) => (m.score as number) < HEALTH_CHECK_MAX_SCORE).slice(0, 2);
  const extra = records(missing) === '' ? '' : ` Also: ${lowerFirst(records(missing))}`;
  const improve =
    raise.length === 0 ? `Nothing to raise: keep the records up to date.${extra}` : `${raise.map((m) => m.improve).join(' ')}${extra}`;
  return { ...base, score, answer, nodes: mergeNodes(computed), improve, unanswerable: null };
}

/** The change of each answer against the previous result's answer of the same key. */
export function changeOf(score: number | null, previous: HealthCheckAnswer | undefined): HealthCheckChange | null {
  if (score === null || !previous || previous.score === null) return null;
  const delta = score - previous.score;
  return { previousScore: previous.score, delta, direction: delta > 0 ? 'UP' : delta < 0 ? 'DOWN' : 'SAME' };
}
