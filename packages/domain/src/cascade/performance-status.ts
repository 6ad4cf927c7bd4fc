/**
 * A priority's performance status: what its measures and its milestones say together, and which of
 * them drove it. The cascade's `rollupStatus` judges milestones only; this adds the targets' RAG and
 * the indicators' direction of travel (the performance rules in ../performance, reused as they are).
 *
 * Evidence, over the priority's subtree (the same scope as its roll-up):
 * - Measures: one per distinct indicator that a target of the subtree measures (targets on the
 *   priority, its objectives and the priorities under them), plus the national indicator a national
 *   priority of the subtree translates, with or without a target.
 * - The latest value: the latest period with a number, among the values the viewer may see (the API
 *   passes the published values to the public and partners, the validated and published ones to the
 *   council's staff), of periods starting no later than the end of the priority's year. Suppressed and
 *   not-available entries are skipped, never read as zero.
 * - Stale: a latest value whose period ended more than a year before the priority's year began (for
 *   2024-25, anything ending before 1 April 2023) says nothing about this year: no RAG and no direction.
 * - RAG: `ragDetail` of the latest value against each target on the indicator (the target's tolerance,
 *   else the indicator's; WITHIN_BAND indicators against their band); the measure takes its worst.
 * - Direction of travel: `directionOfTravel` over the indicator's values (the latest number against the
 *   one before it, with its no-significant-change band), the same rule as the scrutiny drill-down.
 * - Milestones: `rollupStatusOf` of the subtree's milestone counts.
 *
 * Three components, each RED, AMBER, GREEN or NONE (nothing to say):
 * - targets: RED if any measure is RED (misses by more than the tolerance), else AMBER if any is AMBER
 *   (misses within the tolerance), else GREEN if any is GREEN, else NONE;
 * - direction: AMBER if any measure is DETERIORATING, else GREEN if any is IMPROVING or STABLE, else
 *   NONE. A direction alone never makes a priority RED: only a missed target or an overdue milestone do;
 * - milestones: RED if any overdue, else AMBER if any at risk, else GREEN if any, else NONE.
 *
 * The status is the worst component that has something to say (RED > AMBER > GREEN), or NONE when none
 * has: never a guess. The components with that status drove it; on a tie all of them are named, in the
 * order targets, milestones, direction ("Off target on 2 of 3 measures; milestones overdue (1 of 9)").
 * The other facts (a measure without a target, without a value, with stale data or without a polarity)
 * are drivers that did not decide, and "No target set" is added to the reason when no measure has one.
 *
 * Cost: each node's evidence is its own plus its children's (sets copied up the tree), O(n x depth).
 */
import { directionOfTravel } from '../performance/direction.js';
import type { Precision } from '../performance/measures.js';
import type { Direction, SeriesPoint } from '../performance/trend.js';
import { ragDetail, type Band, type KnownPolarity, type Rag } from '../performance/rag.js';
import { toPeriod, type PeriodKind } from '../performance/period.js';
import type { Polarity, ToleranceKind } from '../performance/enums.js';
import type { MeasuredValue } from '../performance/values.js';
import { rollupStatusOf, type Cascade, type CascadePriorityNode, type MilestoneCounts } from './cascade.js';
import type { TargetRow } from './types.js';

export const PerformanceStatusValue = { RED: 'RED', AMBER: 'AMBER', GREEN: 'GREEN', NONE: 'NONE' } as const;
export type PerformanceStatusValue = (typeof PerformanceStatusValue)[keyof typeof PerformanceStatusValue];

export const PerformanceDriverKind = {
  OFF_TARGET: 'OFF_TARGET',
  NEAR_TARGET: 'NEAR_TARGET',
  ON_TARGET: 'ON_TARGET',
  DETERIORATING: 'DETERIORATING',
  IMPROVING: 'IMPROVING',
  STABLE: 'STABLE',
  MILESTONES_OVERDUE: 'MILESTONES_OVERDUE',
  MILESTONES_AT_RISK: 'MILESTONES_AT_RISK',
  MILESTONES_ON_TRACK: 'MILESTONES_ON_TRACK',
  NO_TARGET: 'NO_TARGET',
  NO_DATA: 'NO_DATA',
  STALE_DATA: 'STALE_DATA',
  NO_POLARITY: 'NO_POLARITY',
} as const;
export type PerformanceDriverKind = (typeof PerformanceDriverKind)[keyof typeof PerformanceDriverKind];

export interface IndicatorRef {
  id: number;
  code: string;
  title: string;
}

/** A value of an indicator for a period; `kind` settles periods such as `2011-12` (month or year). */
export interface MeasureValue {
  period: string;
  kind?: PeriodKind;
  value: MeasuredValue;
}

export interface MeasureTarget {
  id: number;
  value: number;
  /** The target's own tolerance, else the indicator's. */
  tolerance?: number | null;
  toleranceKind?: ToleranceKind | null;
}

/** What is known of one indicator: its settings and the values the viewer may see. */
export interface IndicatorEvidence {
  indicator: IndicatorRef;
  polarity: Polarity;
  band?: Band | null;
  tolerance?: number | null;
  toleranceKind?: ToleranceKind | null;
  /** The published precision: figures equal at it are no change (as the scrutiny series judges). */
  precision?: Precision | null;
  values: readonly MeasureValue[];
}

export interface MeasureInput extends IndicatorEvidence {
  /** The targets in scope on this indicator (none for a national indicator without a target). */
  targets: readonly MeasureTarget[];
}

export interface JudgedMeasure {
  indicator: IndicatorRef;
  hasTarget: boolean;
  /** Worst RAG over the targets; NONE without a target, a value, a polarity, or with stale data. */
  rag: Rag;
  direction: Direction;
  /** The latest number used (null when none). */
  latest: { period: string; value: number } | null;
  stale: boolean;
  /** Set when the RAG was judged: the target that gave it (the worst), the band for WITHIN_BAND. */
  judgedAgainst: { target: number | null; band: Band | null } | null;
  knownPolarity: boolean;
}

export interface PerformanceDriver {
  kind: PerformanceDriverKind;
  /** The status this fact points to (NONE: a fact that cannot decide, e.g. no target). */
  status: PerformanceStatusValue;
  /** True when it drove the status. */
  decisive: boolean;
  text: string;
  indicator: IndicatorRef | null;
}

export interface PerformanceStatus {
  status: PerformanceStatusValue;
  reason: string;
  /** Decisive drivers first (targets, milestones, direction), then the other facts. */
  drivers: PerformanceDriver[];
}

const ORDER: Record<PerformanceStatusValue, number> = { NONE: 0, GREEN: 1, AMBER: 2, RED: 3 };
const worse = (a: PerformanceStatusValue, b: PerformanceStatusValue) => (ORDER[b] > ORDER[a] ? b : a);
const num = (v: number) => String(Number(v.toFixed(2)));
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** A value's period, or null when the text is not a period (such a value is ignored). */
function periodOf(v: MeasureValue) {
  try {
    return toPeriod(v.period, v.kind);
  } catch {
    return null;
  }
}

/**
 * RAG and direction of one indicator for a priority of `year` (a financial year, e.g. '2024-25'):
 * see the module comment for the rules.
 */
export function judgeMeasure(input: MeasureInput, year: string): JudgedMeasure {
  const fy = toPeriod(year, 'YEAR');
  const staleBefore = `${Number(fy.start.slice(0, 4)) - 1}${fy.start.slice(4)}`;
  const polarity: KnownPolarity | null = input.polarity === 'UNKNOWN' ? null : input.polarity;
  const band = input.band ?? null;
  // Values of periods starting by the end of the year, of the latest number's kind of period.
  const dated = input.values
    .map((v) => ({ v, p: periodOf(v) }))
    .filter((x): x is { v: MeasureValue; p: NonNullable<ReturnType<typeof periodOf>> } => x.p !== null && x.p.start <= fy.end);
  const numeric = dated
    .filter((x) => x.v.value.kind === 'VALUE')
    .sort((a, b) => a.p.start.localeCompare(b.p.start) || a.p.end.localeCompare(b.p.end));
  const last = numeric[numeric.length - 1];
  const latest = last ? { period: last.p.text, value: (last.v.value as { value: number }).value } : null;
  const stale = !!last && last.p.end < staleBefore;
  const base: JudgedMeasure = {
    indicator: input.indicator,
    hasTarget: input.targets.length > 0,
    rag: 'NONE',
    direction: 'UNKNOWN',
    latest,
    stale,
    judgedAgainst: null,
    knownPolarity: polarity !== null,
  };
  if (!polarity || !last || stale) return base;

  const seen = new Set<string>();
  const series: SeriesPoint[] = [];
  for (const x of dated) {
    if (x.p.kind !== last.p.kind || seen.has(x.p.text)) continue;
    seen.add(x.p.text);
    series.push({ period: x.p, value: x.v.value });
  }
  const direction = directionOfTravel(series, polarity, {
    band: polarity === 'WITHIN_BAND' ? band : null,
    precision: input.precision ?? null,
  }).direction;

  let rag: Rag = 'NONE';
  let judgedAgainst: JudgedMeasure['judgedAgainst'] = null;
  for (const t of input.targets) {
    const detail = ragDetail({
      actual: latest!.value,
      target: t.value,
      polarity,
      tolerance: t.tolerance ?? input.tolerance ?? 0,
      toleranceKind: t.toleranceKind ?? input.toleranceKind ?? 'ABSOLUTE',
      band,
    });
    if (detail.rag === 'NONE') continue;
    if (rag === 'NONE' || ORDER[detail.rag] > ORDER[rag]) {
      rag = detail.rag;
      judgedAgainst = { target: polarity === 'WITHIN_BAND' ? null : t.value, band: polarity === 'WITHIN_BAND' ? band : null };
    }
  }
  return { ...base, rag, direction, judgedAgainst };
}

function measureText(m: JudgedMeasure): string {
  const latest = m.latest ? `${num(m.latest.value)} in ${m.latest.period}` : '';
  const against = m.judgedAgainst?.band
    ? `the range ${num(m.judgedAgainst.band.low)} to ${num(m.judgedAgainst.band.high)}`
    : `a target of ${num(m.judgedAgainst?.target ?? 0)}`;
  return `${m.indicator.title} (${m.indicator.code}): ${latest} against ${against}`;
}

/** The status of one priority from its judged measures and its milestone counts (module comment). */
export function priorityPerformanceStatus(input: { measures: readonly JudgedMeasure[]; milestones: MilestoneCounts }): PerformanceStatus {
  const { measures, milestones } = input;
  const judged = measures.filter((m) => m.rag !== 'NONE');
  const count = (rag: Rag) => judged.filter((m) => m.rag === rag).length;
  const [red, amber, green] = [count('RED'), count('AMBER'), count('GREEN')];
  const targets: PerformanceStatusValue = red ? 'RED' : amber ? 'AMBER' : green ? 'GREEN' : 'NONE';
  const deteriorating = measures.filter((m) => m.direction === 'DETERIORATING');
  const improving = measures.filter((m) => m.direction === 'IMPROVING');
  const stable = measures.filter((m) => m.direction === 'STABLE');
  const direction: PerformanceStatusValue = deteriorating.length ? 'AMBER' : improving.length + stable.length ? 'GREEN' : 'NONE';
  const milestoneStatus: PerformanceStatusValue = rollupStatusOf(milestones);
  const status = worse(worse(targets, milestoneStatus), direction);
  const decides = (s: PerformanceStatusValue) => s !== 'NONE' && s === status;

  const drivers: PerformanceDriver[] = [];
  const summary: string[] = [];
  const of = `of ${plural(judged.length, 'measure')}`;
  // Targets.
  const ragKind = { RED: 'OFF_TARGET', AMBER: 'NEAR_TARGET', GREEN: 'ON_TARGET' } as const;
  const ragWords = { RED: 'misses the target', AMBER: 'just short of the target, within tolerance', GREEN: 'meets the target' } as const;
  for (const rag of ['RED', 'AMBER', 'GREEN'] as const) {
    for (const m of judged.filter((x) => x.rag === rag)) {
      drivers.push({
        kind: ragKind[rag],
        status: rag,
        decisive: decides(targets) && rag === targets,
        text: `${measureText(m)} (${ragWords[rag]})`,
        indicator: m.indicator,
      });
    }
  }
  if (decides(targets)) {
    summary.push(
      targets === 'RED'
        ? `Off target on ${red} ${of}`
        : targets === 'AMBER'
          ? `Just short of target on ${amber} ${of}`
          : `On target on ${green} ${of}`,
    );
  }
  // Milestones.
  if (milestoneStatus !== 'NONE') {
    const [kind, text] =
      milestoneStatus === 'RED'
        ? (['MILESTONES_OVERDUE', `Milestones overdue (${milestones.overdue} of ${milestones.total})`] as const)
        : milestoneStatus === 'AMBER'
          ? (['MILESTONES_AT_RISK', `Milestones at risk (${milestones.atRisk} of ${milestones.total})`] as const)
          : (['MILESTONES_ON_TRACK', `Milestones on track (${milestones.complete} of ${milestones.total} complete)`] as const);
    drivers.push({ kind, status: milestoneStatus, decisive: decides(milestoneStatus), text, indicator: null });
    if (decides(milestoneStatus)) summary.push(text);
  }
  // Direction of travel.
  const directionDriver = (list: JudgedMeasure[], kind: 'DETERIORATING' | 'IMPROVING' | 'STABLE', s: PerformanceStatusValue) => {
    for (const m of list) {
      drivers.push({
        kind,
        status: s,
        decisive: decides(direction) && s === direction,
        text: `${m.indicator.title} (${m.indicator.code}): ${kind.toLowerCase()} (latest ${num(m.latest!.value)} in ${m.latest!.period})`,
        indicator: m.indicator,
      });
    }
  };
  directionDriver(deteriorating, 'DETERIORATING', 'AMBER');
  directionDriver(improving, 'IMPROVING', 'GREEN');
  directionDriver(stable, 'STABLE', 'GREEN');
  if (decides(direction)) {
    if (direction === 'AMBER') summary.push(`Deteriorating on ${plural(deteriorating.length, 'measure')}`);
    else if (!stable.length) summary.push(`Improving on ${plural(improving.length, 'measure')}`);
    else if (!improving.length) summary.push(`Stable on ${plural(stable.length, 'measure')}`);
    else summary.push(`Improving on ${plural(improving.length, 'measure')}, stable on ${stable.length}`);
  }

  // Facts that cannot decide.
  const notes: string[] = [];
  const fact = (kind: PerformanceDriverKind, m: JudgedMeasure, text: string) =>
    drivers.push({
      kind,
      status: 'NONE',
      decisive: false,
      text: `${m.indicator.title} (${m.indicator.code}): ${text}`,
      indicator: m.indicator,
    });
  const noPolarity = measures.filter((m) => !m.knownPolarity);
  const noData = measures.filter((m) => m.knownPolarity && !m.latest);
  const staleData = measures.filter((m) => m.knownPolarity && m.stale);
  for (const m of measures.filter((x) => !x.hasTarget))
    fact('NO_TARGET', m, 'no target set, so no RAG (its direction of travel still counts)');
  for (const m of noData) fact('NO_DATA', m, 'no value yet');
  for (const m of staleData) fact('STALE_DATA', m, `the latest value is from ${m.latest!.period}, too old to judge this year`);
  for (const m of noPolarity) fact('NO_POLARITY', m, 'no published polarity, so neither RAG nor direction');
  if (!measures.some((m) => m.hasTarget)) notes.push('No target set');
  if (status === 'NONE') {
    if (noData.length) notes.push(`No value yet for ${plural(noData.length, 'measure')}`);
    if (staleData.length)
      notes.push(
        `No recent value for ${plural(staleData.length, 'measure')} (latest ${staleData
          .map((m) => m.latest!.period)
          .sort()
          .pop()})`,
      );
    if (noPolarity.length) notes.push(`No polarity for ${plural(noPolarity.length, 'measure')}`);
    const withoutValue = measures.filter((m) => m.hasTarget && m.rag === 'NONE' && m.latest && !m.stale && m.knownPolarity);
    if (withoutValue.length) notes.push(`No judgement possible on ${plural(withoutValue.length, 'measure')}`);
    if (milestones.total === 0) notes.push('no milestones');
  }
  const parts = [...summary, ...notes];
  const reason = parts.map((p, i) => (i === 0 ? p : lowerFirst(p))).join('; ') || 'Nothing to judge';
  drivers.sort((a, b) => Number(b.decisive) - Number(a.decisive));
  return { status, reason, drivers };
}

export interface CascadePerformanceInput {
  /** Evidence by indicator id: every indicator of the cascade's targets and national priorities. */
  indicators: ReadonlyMap<number, IndicatorEvidence>;
  /** The national indicator each national priority translates, by priority id. */
  nationalIndicators: ReadonlyMap<number, number>;
  /** Tolerances set on targets, by target id (else the indicator's). */
  targetTolerances?: ReadonlyMap<number, { tolerance: number | null; toleranceKind: ToleranceKind | null }>;
}

/**
 * The performance status of every priority of a cascade (corporate and detached trees), by priority id,
 * each over its subtree. Indicators missing from `indicators` are left out (nothing known of them).
 */
export function cascadePerformance(cascade: Cascade, input: CascadePerformanceInput): Map<number, PerformanceStatus> {
  const out = new Map<number, PerformanceStatus>();
  const scope = new Map<CascadePriorityNode, { targets: Map<number, TargetRow>; national: Set<number> }>();
  const judgedCache = new Map<string, JudgedMeasure>();
  const order: CascadePriorityNode[] = [];
  const stack = [...cascade.corporate, ...cascade.detached];
  while (stack.length) {
    const n = stack.pop()!;
    order.push(n);
    stack.push(...n.children);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i]!;
    const targets = new Map<number, TargetRow>();
    const national = new Set<number>();
    for (const child of node.children) {
      const s = scope.get(child)!;
      for (const [id, t] of s.targets) targets.set(id, t);
      for (const id of s.national) national.add(id);
    }
    for (const t of node.targets) targets.set(t.id, t);
    for (const o of node.objectives) for (const t of o.targets) targets.set(t.id, t);
    const own = input.nationalIndicators.get(node.priority.id);
    if (own !== undefined) national.add(own);
    scope.set(node, { targets, national });

    const byIndicator = new Map<number, MeasureTarget[]>();
    for (const id of national) byIndicator.set(id, []);
    for (const t of targets.values()) {
      const tol = input.targetTolerances?.get(t.id);
      const list = byIndicator.get(t.indicatorId) ?? [];
      list.push({ id: t.id, value: t.value, tolerance: tol?.tolerance ?? null, toleranceKind: tol?.toleranceKind ?? null });
      byIndicator.set(t.indicatorId, list);
    }
    const measures: JudgedMeasure[] = [];
    for (const [indicatorId, list] of [...byIndicator.entries()].sort(([a], [b]) => a - b)) {
      const evidence = input.indicators.get(indicatorId);
      if (!evidence) continue;
      const key = `${indicatorId}|${list
        .map((t) => t.id)
        .sort((a, b) => a - b)
        .join(',')}`;
      let judged = judgedCache.get(key);
      if (!judged) {
        judged = judgeMeasure({ ...evidence, targets: list }, cascade.period);
        judgedCache.set(key, judged);
      }
      measures.push(judged);
    }
    out.set(node.priority.id, priorityPerformanceStatus({ measures, milestones: node.rollup.milestones }));
  }
  return out;
}
