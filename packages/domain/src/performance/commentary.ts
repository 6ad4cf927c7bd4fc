/**
 * Commentary on a figure: for a council, an indicator and a period (optionally one service), the short
 * narrative a performance report carries beside a number that needs explaining, in three parts: what
 * happened, why, and what we are doing about it. An exception (RED, bottom quartile, deteriorating)
 * with no commentary is a finding, MISSING_COMMENTARY: nobody has told scrutiny why the figure moved.
 *
 * Rules (README "Commentary"):
 * - "What happened" is required: a commentary that does not say what the figure shows is not one.
 *   "Why" and "What we are doing" may follow later (the cause is often not known on the day the
 *   figure is reported), each at most COMMENTARY_PART_MAX characters; blank counts as not given.
 * - The period is written as the data are (2024-25, 2024-25 Q3, 2025-03) and must have started: nobody
 *   comments on a period before it begins.
 * - Only a council-wide commentary (no service) explains a council's exception: a service's
 *   commentary explains that service's part, not the council's figure.
 */
import { sortFindings, type Finding, type NodeRef, type Severity } from '../findings.js';
import type { FieldError } from '../organisation/validation.js';
import { periodError, toPeriod, type Period, type PeriodKind } from './period.js';
import { describePeriod } from './period-labels.js';
import type { CouncilRef, ExceptionReason, PerformanceException } from './exceptions.js';

export const MISSING_COMMENTARY = 'MISSING_COMMENTARY';

/** What a change to a commentary was (the kind of each of its revisions). */
export enum CommentaryChange {
  RECORDED = 'RECORDED',
  CHANGED = 'CHANGED',
  WITHDRAWN = 'WITHDRAWN',
}

/** Longest part of a commentary, in characters (about 300 words: a paragraph of a report, not an essay). */
export const COMMENTARY_PART_MAX = 2000;

/** The three parts, as a form and the API name them. */
export const COMMENTARY_PARTS = ['whatHappened', 'why', 'whatWeAreDoing'] as const;
export type CommentaryPart = (typeof COMMENTARY_PARTS)[number];

const PART_WORDS: Record<CommentaryPart, string> = {
  whatHappened: 'What happened',
  why: 'Why',
  whatWeAreDoing: 'What we are doing',
};

/** A commentary as stored: what the health check and the MISSING_COMMENTARY check read. */
export interface CommentaryRow {
  id: number;
  councilId: number;
  indicatorId: number;
  /** Canonical period text (`2024-25`, `2024-25 Q3`, `2025-03`). */
  period: string;
  /** The service it is about; null for the council as a whole. */
  serviceId: number | null;
  whatHappened: string;
  why: string | null;
  whatWeAreDoing: string | null;
  /** The person of the council who wrote it (null once they are deleted). */
  authorId: number | null;
  /** The day it was last written, `YYYY-MM-DD`. */
  writtenOn: string;
  /** Withdrawn commentaries are kept (with their history) but explain nothing. */
  withdrawn: boolean;
}

/** What someone typed into the form. */
export interface CommentaryDraft {
  period: string;
  whatHappened: string | null | undefined;
  why?: string | null;
  whatWeAreDoing?: string | null;
}

/** The checked commentary: trimmed parts (null when blank) and the canonical period. */
export interface CheckedCommentary {
  period: Period;
  whatHappened: string;
  why: string | null;
  whatWeAreDoing: string | null;
}

export type CommentaryCheck = { ok: true; value: CheckedCommentary } | { ok: false; errors: FieldError[] };

function part(field: CommentaryPart, value: string | null | undefined, errors: FieldError[]): string | null {
  const v = typeof value === 'string' ? value.trim() : '';
  if (!v) return null;
  if (v.length > COMMENTARY_PART_MAX) {
    errors.push({
      field,
      message: `${PART_WORDS[field]} is ${v.length} characters long; at most ${COMMENTARY_PART_MAX} fit in a report: shorten it.`,
    });
  }
  return v;
}

/**
 * Checks a commentary: the period (written as the data are; of `kind` when given, i.e. the
 * indicator's frequency; started by `today`), "what happened" present, each part at most
 * COMMENTARY_PART_MAX characters. Every error is returned, each naming its field.
 */
export function validateCommentary(draft: CommentaryDraft, options: { today: string; kind?: PeriodKind }): CommentaryCheck {
  const errors: FieldError[] = [];
  let period: Period | null = null;
  const text = typeof draft.period === 'string' ? draft.period.trim() : '';
  const wrong = periodError(text, options.kind);
  if (wrong) errors.push({ field: 'period', message: wrong });
  else {
    period = toPeriod(text, options.kind);
    if (period.start > options.today) {
      errors.push({ field: 'period', message: `${describePeriod(period)} has not started yet: comment on a figure once there is one.` });
    }
  }
  const whatHappened = part('whatHappened', draft.whatHappened, errors);
  if (whatHappened === null) {
    errors.push({ field: 'whatHappened', message: 'Say what happened to the figure: it is the one part a commentary must have.' });
  }
  const why = part('why', draft.why, errors);
  const whatWeAreDoing = part('whatWeAreDoing', draft.whatWeAreDoing, errors);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { period: period!, whatHappened: whatHappened!, why, whatWeAreDoing } };
}

export interface MissingCommentaryFinding extends Finding {
  code: typeof MISSING_COMMENTARY;
  indicatorId: number;
  /** Canonical period text. */
  period: string;
  /** The exception's reasons. */
  reasons: ExceptionReason[];
}

/** The key a commentary and an exception are matched on. */
const keyOf = (indicatorId: number, period: string) => `${indicatorId}|${toPeriod(period).text}`;

/**
 * The council-wide, live commentary of each exception (null where there is none), in the exceptions'
 * order. A withdrawn commentary or one about a single service does not explain the council's figure.
 */
export function commentaryOfExceptions<C extends Pick<CommentaryRow, 'indicatorId' | 'period' | 'serviceId' | 'withdrawn'>>(
  exceptions: ReadonlyArray<{ indicatorId: number }>,
  period: string,
  commentaries: readonly C[],
): Array<C | null> {
  const byKey = new Map<string, C>();
  for (const c of commentaries) if (!c.withdrawn && c.serviceId === null) byKey.set(keyOf(c.indicatorId, c.period), c);
  return exceptions.map((e) => byKey.get(keyOf(e.indicatorId, period)) ?? null);
}

/**
 * MISSING_COMMENTARY findings: one per exception of `period` that has no live council-wide
 * commentary for its indicator and that period. As serious as the exception it leaves unexplained
 * (an unexplained high exception is what a scrutiny committee asks about first); most serious first.
 */
export function missingCommentary(input: {
  exceptions: readonly PerformanceException[];
  period: string;
  commentaries: ReadonlyArray<Pick<CommentaryRow, 'indicatorId' | 'period' | 'serviceId' | 'withdrawn'>>;
  council?: CouncilRef | null;
}): MissingCommentaryFinding[] {
  const period = toPeriod(input.period);
  const found = commentaryOfExceptions(input.exceptions, period.text, input.commentaries);
  const findings: MissingCommentaryFinding[] = [];
  input.exceptions.forEach((e, i) => {
    if (found[i]) return;
    const indicator = e.nodes.find((n) => n.type === 'Indicator') ?? {
      type: 'Indicator',
      id: e.indicatorId,
      name: `indicator ${e.indicatorId}`,
    };
    const nodes: NodeRef[] = [indicator];
    if (input.council) nodes.push({ type: 'Council', id: input.council.id, name: input.council.name });
    const severity: Severity = e.severity;
    findings.push({
      code: MISSING_COMMENTARY,
      severity,
      nodes,
      message: `${indicator.name} is an exception in ${describePeriod(period)} (${reasonWords(e.reasons)}) and nobody has said why.`,
      fix:
        "The indicator's responsible manager or data owner should record a commentary for " +
        `${period.text}: what happened, why, and what is being done about it.`,
      indicatorId: e.indicatorId,
      period: period.text,
      reasons: [...e.reasons],
    });
  });
  return sortFindings(findings) as MissingCommentaryFinding[];
}

function reasonWords(reasons: readonly ExceptionReason[]): string {
  const words = reasons.map((r) =>
    r === 'RED' ? 'off target' : r === 'BOTTOM_QUARTILE' ? 'bottom quarter of its group' : 'worse than its previous figure',
  );
  return words.join(', ');
}
