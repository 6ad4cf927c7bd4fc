/**
 * Best Value reviews: the order of their stages, what a review needs before it moves on, when one is
 * stalled and which of the four Cs (challenge, compare, consult, compete) it has no finding for.
 * Each check returns null when the change is allowed, or a FieldError saying why it is refused.
 */
import type { FieldError } from '../organisation/validation.js';
import { BestValueFindingKind, BestValueStatus, type DeliveryOption } from './enums.js';

/** The stages in the only order a review moves through them. */
export const BEST_VALUE_ORDER: readonly BestValueStatus[] = [
  BestValueStatus.SCOPING,
  BestValueStatus.EVIDENCE,
  BestValueStatus.OPTIONS,
  BestValueStatus.RECOMMENDATIONS_AGREED,
  BestValueStatus.IMPLEMENTING,
  BestValueStatus.CLOSED,
];

const FOUR_CS: readonly BestValueFindingKind[] = [
  BestValueFindingKind.CHALLENGE,
  BestValueFindingKind.COMPARE,
  BestValueFindingKind.CONSULT,
  BestValueFindingKind.COMPETE,
];

const words = (s: string) => s.toLowerCase().replace(/_/g, ' ');
const rank = (s: BestValueStatus) => BEST_VALUE_ORDER.indexOf(s);

/** Has the review reached `status` (or gone past it)? */
export function hasReached(current: BestValueStatus, status: BestValueStatus): boolean {
  return rank(current) >= rank(status);
}

/** A review is published (visible to everyone) once its recommendations are agreed. */
export function isBestValueReviewPublic(status: BestValueStatus): boolean {
  return hasReached(status, BestValueStatus.RECOMMENDATIONS_AGREED);
}

export interface BestValueMoveFacts {
  /** The delivery option chosen, if any. */
  chosenOption: DeliveryOption | null;
  /** The options appraised. */
  appraised: readonly DeliveryOption[];
}

/**
 * May a review move from `from` to `to`? Only forward (skipping stages is allowed: a review that
 * gathered its evidence while scoping may go straight to options), never back or to where it is.
 * From RECOMMENDATIONS_AGREED on, a review has chosen one of the options it appraised. Error on 'status'.
 */
export function bestValueMoveError(from: BestValueStatus, to: BestValueStatus, facts: BestValueMoveFacts): FieldError | null {
  const field = 'status';
  if (from === to) return { field, message: `The review is already at ${words(to)}.` };
  if (rank(to) < rank(from)) {
    return { field, message: `A Best Value review moves forward only: it is at ${words(from)}, so it cannot go back to ${words(to)}.` };
  }
  if (hasReached(to, BestValueStatus.RECOMMENDATIONS_AGREED)) {
    if (facts.chosenOption === null) {
      return { field, message: `Choose one of the options appraised (and say why) before the review moves to ${words(to)}.` };
    }
    if (!facts.appraised.includes(facts.chosenOption)) {
      return {
        field,
        message: `The chosen option (${words(facts.chosenOption)}) was not appraised: appraise it before the review moves to ${words(to)}.`,
      };
    }
  }
  return null;
}

/**
 * The chosen option is one the review appraised, and comes with a reason; from RECOMMENDATIONS_AGREED
 * on (`status`), one is chosen. Errors on 'chosenOption' and 'chosenReason'.
 */
export function chosenOptionError(
  chosen: DeliveryOption | null,
  reason: string | null,
  appraised: readonly DeliveryOption[],
  status = BestValueStatus.SCOPING,
): FieldError | null {
  if (chosen === null && hasReached(status, BestValueStatus.RECOMMENDATIONS_AGREED)) {
    return { field: 'chosenOption', message: `The review is at ${words(status)}: its chosen option can be changed but not removed.` };
  }
  if (chosen === null) return reason ? { field: 'chosenReason', message: 'A reason is given only with a chosen option.' } : null;
  if (!appraised.includes(chosen)) {
    return {
      field: 'chosenOption',
      message:
        `Only an option the review appraised can be chosen; ${words(chosen)} was not appraised ` +
        `(appraised: ${appraised.map(words).join(', ') || 'none'}).`,
    };
  }
  if (!reason) return { field: 'chosenReason', message: `Say why ${words(chosen)} was chosen over the other options.` };
  return null;
}

/** An appraised option can be removed unless it is the chosen one. Error on 'option'. */
export function removeOptionError(option: DeliveryOption, chosen: DeliveryOption | null): FieldError | null {
  if (option === chosen)
    return { field: 'option', message: `${words(option)} is the review's chosen option: choose another (or none) before removing it.` };
  return null;
}

/**
 * Days without a move after which a review is stalled: one threshold for every stage (120 days,
 * about four months: long enough for a stage's work, short enough to show a review that lost its way).
 */
export const STALLED_AFTER_DAYS = 120;

const DAY = 24 * 60 * 60 * 1000;

/** Whole days from `from` to `to` (ISO dates). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

/** A review not closed that has been at the same stage for more than `thresholdDays` days on `asOf`. */
export function isReviewStalled(
  review: { status: BestValueStatus; statusSince: string },
  asOf: string,
  thresholdDays = STALLED_AFTER_DAYS,
): boolean {
  return review.status !== BestValueStatus.CLOSED && daysBetween(review.statusSince, asOf) > thresholdDays;
}

/** The Cs the findings do not cover, in the order challenge, compare, consult, compete. */
export function missingFourCs(findings: ReadonlyArray<{ kind: BestValueFindingKind }>): BestValueFindingKind[] {
  const present = new Set(findings.map((f) => f.kind));
  return FOUR_CS.filter((c) => !present.has(c));
}

export interface BestValueReviewSubject {
  serviceId: number | null;
  directorateId: number | null;
}

/** A review is of a service or of a directorate: exactly one. Error on 'serviceId'. */
export function reviewSubjectError(subject: BestValueReviewSubject): FieldError | null {
  if ((subject.serviceId === null) === (subject.directorateId === null)) {
    return {
      field: 'serviceId',
      message: 'A Best Value review is of one service or one directorate: give serviceId or directorateId, not both or neither.',
    };
  }
  return null;
}

/** Efficiency evidence in pounds: zero or more when known. */
export function amountError(field: string, value: number | null): FieldError | null {
  if (value === null) return null;
  if (!Number.isFinite(value) || value < 0) return { field, message: `An amount in pounds is zero or more (got ${value}).` };
  return null;
}

/** What a change to a review touches: one of its own fields (by input name) or its parts. */
export type BestValueReviewPart = 'findings' | 'options' | 'recommendations';

const PART_WORDS: Record<BestValueReviewPart, string> = {
  findings: 'its findings',
  options: 'its option appraisal',
  recommendations: 'its recommendations',
};

/** How a message names a review's own field: 'leadOfficerId' -> 'its lead officer'. */
function fieldWords(field: string): string {
  if (field === 'status' || field === 'statusSince') return 'its status (a closed review does not reopen)';
  return `its ${field
    .replace(/Ids?$/, '')
    .replace(/([A-Z])/g, ' $1')
    .toLowerCase()}`;
}

/**
 * A CLOSED review is the record of what was decided: nothing of it changes any more, neither its own
 * fields (title, scope, lead officer, panel, efficiency evidence, chosen option and reason, status: it
 * does not reopen) nor its findings, option appraisal or recommendations, whatever the values sent. What
 * follows from it goes on in the actions its recommendations became, which stay open to change.
 * `change` names what is touched: an input field of the review or one of its parts. Null while the
 * review is not closed; otherwise an error on `change` naming the review and the day it closed.
 */
export function closedReviewError(
  review: { title: string; status: BestValueStatus; closedOn: string | null },
  change: string,
): FieldError | null {
  if (review.status !== BestValueStatus.CLOSED) return null;
  const what = change in PART_WORDS ? PART_WORDS[change as BestValueReviewPart] : fieldWords(change);
  const on = review.closedOn ? ` on ${review.closedOn}` : '';
  return {
    field: change,
    message:
      `The Best Value review '${review.title}' was closed${on}: it is the record of what was decided, so ${what} cannot ` +
      'change. Carry on through the actions of its recommendations, or start a new review.',
  };
}
