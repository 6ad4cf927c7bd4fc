/**
 * Exception reporting for scrutiny: indicators that are red against target, deteriorating, or in the
 * bottom quarter of their comparator group; and data that is late or still unvalidated.
 */
import { sortFindings, type Finding, type NodeRef, type Severity } from '../findings.js';
import { periodSortKey, toPeriod, type PeriodLike } from './period.js';
import { describeDate, describePeriod } from './period-labels.js';
import type { MeasurementStatus } from './enums.js';
import { type KnownPolarity, type Rag } from './rag.js';
import { type Direction } from './trend.js';
import { type Quartile } from './compare.js';

export type ExceptionReason = 'RED' | 'BOTTOM_QUARTILE' | 'DETERIORATING';

export const PERFORMANCE_EXCEPTION = 'PERFORMANCE_EXCEPTION';
export const LATE_DATA = 'LATE_DATA';

export interface IndicatorPerformance {
  indicatorId: number;
  name: string;
  polarity: KnownPolarity;
  rag: Rag;
  /** The direction of travel: the change from the previous figure (directionOfTravel in direction.ts). */
  direction: Direction;
  /** The period the latest figure was compared with, for the message ("worse than in 2021-22"). */
  previousPeriod?: string | null;
  quartile: Quartile | null;
  /** The period reported on, for the message (optional). */
  period?: PeriodLike | null;
  /** The comparator group, as it reads after "councils in" (e.g. "the North West"); default "the group". */
  groupName?: string | null;
}

export interface PerformanceException extends Finding {
  code: typeof PERFORMANCE_EXCEPTION;
  indicatorId: number;
  /** Why this is an exception, in the order RED, BOTTOM_QUARTILE, DETERIORATING. */
  reasons: ExceptionReason[];
}

/** The council reported on, added to each finding's nodes when given. */
export interface CouncilRef {
  id: number;
  name: string;
}

function joinPhrases(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function movement(polarity: KnownPolarity): string {
  switch (polarity) {
    case 'HIGHER_IS_BETTER':
      return 'the figure is falling and higher is better';
    case 'LOWER_IS_BETTER':
      return 'the figure is rising and lower is better';
    case 'WITHIN_BAND':
      return 'the figure is moving away from its target range';
  }
}

/**
 * Severity: two or more reasons -> high; RED alone or BOTTOM_QUARTILE alone -> medium; DETERIORATING
 * alone -> low.
 */
export function exceptionSeverity(reasons: readonly ExceptionReason[]): Severity {
  if (reasons.length >= 2) return 'high';
  if (reasons.includes('RED') || reasons.includes('BOTTOM_QUARTILE')) return 'medium';
  return 'low';
}

/**
 * One PERFORMANCE_EXCEPTION finding per indicator that is RED against target, in the bottom quartile
 * (quartile 4) of its group, or DETERIORATING, with every reason that applies; most serious first.
 * AMBER, NONE, STABLE, UNKNOWN and quartile null are not exceptions.
 */
export function exceptionsFor(input: { indicators: readonly IndicatorPerformance[]; council?: CouncilRef | null }): PerformanceException[] {
  const findings: PerformanceException[] = [];
  for (const ind of input.indicators) {
    const reasons: ExceptionReason[] = [];
    if (ind.rag === 'RED') reasons.push('RED');
    if (ind.quartile === 4) reasons.push('BOTTOM_QUARTILE');
    if (ind.direction === 'DETERIORATING') reasons.push('DETERIORATING');
    if (reasons.length === 0) continue;

    const group = ind.groupName?.trim() || 'the group';
    const phrases = reasons.map((r) =>
      r === 'RED'
        ? 'off target by more than the agreed tolerance'
        : r === 'BOTTOM_QUARTILE'
          ? `in the bottom quarter of councils in ${group}`
          : ind.previousPeriod
            ? `worse than in ${ind.previousPeriod}`
            : 'worse than its previous figure',
    );
    const when = ind.period ? `In ${toPeriod(ind.period).text}, ` : '';
    const message = `${when}${ind.name} is ${joinPhrases(phrases)}.`;

    const fixes = reasons.map((r) =>
      r === 'RED'
        ? 'ask the responsible manager for a recovery plan with dates, or review whether the target is still realistic'
        : r === 'BOTTOM_QUARTILE'
          ? `compare practice with the best-performing councils in ${group} and ask what they do differently`
          : `ask why ${movement(ind.polarity)}, and what is being done to turn it round`,
    );
    const nodes: NodeRef[] = [{ type: 'Indicator', id: ind.indicatorId, name: ind.name }];
    if (input.council) nodes.push({ type: 'Council', id: input.council.id, name: input.council.name });
    findings.push({
      code: PERFORMANCE_EXCEPTION,
      severity: exceptionSeverity(reasons),
      nodes,
      message,
      fix: `${capitalise(fixes.join('; '))}.`,
      indicatorId: ind.indicatorId,
      reasons,
    });
  }
  return sortFindings(findings) as PerformanceException[];
}

export type DataStatus = 'NONE' | MeasurementStatus;

export interface PeriodDataStatus {
  indicatorId: number;
  name: string;
  period: PeriodLike;
  status: DataStatus;
}

export interface LateDataFinding extends Finding {
  code: typeof LATE_DATA;
  indicatorId: number;
  /** Canonical period text. */
  period: string;
  /** The last day the data was due: period end + grace days (`YYYY-MM-DD`). */
  dueDate: string;
  /** Days from the due date to today (1 the day after the due date). */
  daysLate: number;
  /** NONE (nothing entered) or DRAFT (entered, not validated). */
  status: 'NONE' | 'DRAFT';
}

const DAY_MS = 86_400_000;

function isoToDays(iso: string, what: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    const t = Date.UTC(y, mo - 1, d);
    const back = new Date(t);
    if (back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d) return t / DAY_MS;
  }
  throw new RangeError(`${what} must be a date written YYYY-MM-DD, not '${iso}'.`);
}

function daysToIso(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * LATE_DATA findings: an indicator's period whose end + `graceDays` is before `today` (strictly) and
 * that has no VALIDATED or PUBLISHED value. Several rows for the same indicator and period (versions)
 * count together: any validated or published row means the data is in. A period with only a DRAFT is
 * reported as unvalidated (low), one with nothing as missing (medium). Most serious first.
 */
export function lateData(input: {
  periods: readonly PeriodDataStatus[];
  /** Today's date, `YYYY-MM-DD` (passed in: the domain has no clock). */
  today: string;
  /** Days allowed after the end of a period for the data to be validated (0 or more, whole days). */
  graceDays: number;
  council?: CouncilRef | null;
}): LateDataFinding[] {
  const today = isoToDays(input.today, 'today');
  if (!Number.isInteger(input.graceDays) || input.graceDays < 0) {
    throw new RangeError(`graceDays must be a whole number of days, zero or more, not ${input.graceDays}.`);
  }

  const groups = new Map<string, { row: PeriodDataStatus; period: ReturnType<typeof toPeriod>; statuses: Set<DataStatus> }>();
  for (const row of input.periods) {
    const period = toPeriod(row.period);
    const key = `${row.indicatorId}|${period.text}`;
    const group = groups.get(key);
    if (group) group.statuses.add(row.status);
    else groups.set(key, { row, period, statuses: new Set([row.status]) });
  }

  const findings: LateDataFinding[] = [];
  // Oldest period first within an indicator (sortFindings below keeps this order: the sort is stable).
  const ordered = [...groups.values()].sort((a, b) => {
    const ka = periodSortKey(a.period);
    const kb = periodSortKey(b.period);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  for (const { row, period, statuses } of ordered) {
    if (statuses.has('VALIDATED') || statuses.has('PUBLISHED')) continue;
    const due = isoToDays(period.end, 'The period end') + input.graceDays;
    if (!(due < today)) continue;
    const status: 'NONE' | 'DRAFT' = statuses.has('DRAFT') ? 'DRAFT' : 'NONE';
    const dueDate = daysToIso(due);
    const daysLate = today - due;
    const when = `It was due by ${describeDate(dueDate)} and is ${daysLate} day${daysLate === 1 ? '' : 's'} late.`;
    const nodes: NodeRef[] = [{ type: 'Indicator', id: row.indicatorId, name: row.name }];
    if (input.council) nodes.push({ type: 'Council', id: input.council.id, name: input.council.name });
    findings.push({
      code: LATE_DATA,
      severity: status === 'NONE' ? 'medium' : 'low',
      nodes,
      message:
        status === 'NONE'
          ? `No value has been entered for ${row.name} for ${describePeriod(period)}. ${when}`
          : `The value for ${row.name} for ${describePeriod(period)} is still a draft and has not been validated. ${when}`,
      fix:
        status === 'NONE'
          ? "The indicator's data owner should enter the value and have it validated; if it cannot be provided, record why."
          : "The indicator's data owner should check and validate the draft value so that it can be reported and published.",
      indicatorId: row.indicatorId,
      period: period.text,
      dueDate,
      daysLate,
      status,
    });
  }
  return sortFindings(findings) as LateDataFinding[];
}
