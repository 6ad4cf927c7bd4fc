/** Governance checks on actions, Best Value reviews and scrutiny recommendations (see checks.ts for the rules). */
import type { Finding, NodeRef } from '../findings.js';
import { isActionOverdue, isActionUnowned } from './actions.js';
import { daysBetween, hasReached, isReviewStalled, missingFourCs, STALLED_AFTER_DAYS } from './best-value.js';
import { day, finding, flat, type GovernanceIndex, late, q, short } from './checks-model.js';
import { ActionStatus, BestValueFindingKind, BestValueStatus, ExecutiveResponse } from './enums.js';
import { isRecommendationUnanswered, needsActions } from './scrutiny.js';
import type { ActionRow, BestValueReviewRow } from './snapshot.js';

const STATUS_WORDS: Record<BestValueStatus, string> = {
  [BestValueStatus.SCOPING]: 'scoping',
  [BestValueStatus.EVIDENCE]: 'evidence',
  [BestValueStatus.OPTIONS]: 'options',
  [BestValueStatus.RECOMMENDATIONS_AGREED]: 'recommendations agreed',
  [BestValueStatus.IMPLEMENTING]: 'implementing',
  [BestValueStatus.CLOSED]: 'closed',
};

const actionRef = (a: ActionRow): NodeRef => ({ type: 'Action', id: a.id, name: a.title });

export function actionsOverdue(ix: GovernanceIndex): Finding[] {
  return ix.snapshot.actions
    .filter((a) => isActionOverdue(a, ix.asOf))
    .map((a) =>
      finding(
        'ACTION_OVERDUE',
        [actionRef(a), ...ix.personRefs(a.ownerId)],
        `The action ${q(a.title)} was due on ${day(a.due!)} and is still ${a.status === ActionStatus.OPEN ? 'open' : 'in progress'} ` +
          `(${late(a.due!, ix.asOf)}).`,
        `${a.ownerId !== null && ix.isActivePerson(a.ownerId) ? `Ask ${ix.personName(a.ownerId)} to finish it` : 'Finish it'}, ` +
          `record progress and a new due date, or drop it with a reason if it is no longer needed.`,
      ),
    );
}

export function actionsUnowned(ix: GovernanceIndex): Finding[] {
  const out: Finding[] = [];
  for (const a of ix.snapshot.actions) {
    const problem = ix.ownerProblem(a.ownerId, 'owner');
    const ownerLeft = a.ownerId !== null && !ix.isActivePerson(a.ownerId);
    if (problem === null || !isActionUnowned({ ...a, ownerLeft })) continue;
    out.push(
      finding(
        'ACTION_UNOWNED',
        [actionRef(a), ...ix.personRefs(a.ownerId)],
        `The action ${q(a.title)} ${problem}, so nobody is answerable for getting it done.`,
        `Name a current member of staff as the owner of ${q(a.title)}, with a due date.`,
      ),
    );
  }
  return out;
}

/** Actions that count for a recommendation: any not dropped. */
const counted = (actions: ActionRow[] | undefined) => (actions ?? []).filter((a) => a.status !== ActionStatus.DROPPED);

export function recommendationsWithoutAction(ix: GovernanceIndex): Finding[] {
  const out: Finding[] = [];
  const reviews = new Map(ix.snapshot.bestValueReviews.map((r) => [r.id, r]));
  for (const r of ix.snapshot.bestValueRecommendations) {
    if (r.agreedOn === null || r.agreedOn > ix.asOf || counted(ix.actionsByBestValue.get(r.id)).length > 0) continue;
    const review = reviews.get(r.reviewId);
    out.push(
      finding(
        'RECOMMENDATION_WITHOUT_ACTION',
        [{ type: 'BestValueRecommendation', id: r.id, name: short(r.text) }, ...(review ? [reviewRef(review)] : [])],
        `The recommendation ${q(flat(r.text))} of the Best Value review ${q(review?.title ?? `review ${r.reviewId}`)} ` +
          `was agreed on ${day(r.agreedOn)}, but no action carries it out.`,
        `Create an action for the recommendation, with an owner and a due date, so that its delivery can be followed.`,
      ),
    );
  }
  for (const r of ix.snapshot.scrutinyRecommendations) {
    if (
      !needsActions(r.response) ||
      (r.respondedOn !== null && r.respondedOn > ix.asOf) ||
      counted(ix.actionsByScrutiny.get(r.id)).length > 0
    )
      continue;
    const how = r.response === ExecutiveResponse.ACCEPTED ? 'accepted' : 'partly accepted';
    out.push(
      finding(
        'RECOMMENDATION_WITHOUT_ACTION',
        [
          { type: 'ScrutinyRecommendation', id: r.id, name: short(r.text) },
          { type: 'DecisionBody', id: r.committeeId, name: r.committeeName },
        ],
        `The executive ${how} the ${r.committeeName}'s recommendation ${q(flat(r.text))}` +
          `${r.respondedOn ? ` on ${day(r.respondedOn)}` : ''}, but no action carries it out.`,
        `Create an action for what the executive agreed to do, with an owner and a due date, and report its progress to the committee.`,
      ),
    );
  }
  return out;
}

function reviewRef(r: BestValueReviewRow): NodeRef {
  return { type: 'BestValueReview', id: r.id, name: r.title };
}

function reviewSubject(ix: GovernanceIndex, r: BestValueReviewRow): NodeRef[] {
  const nodes = [reviewRef(r)];
  if (r.serviceId !== null) nodes.push(ix.serviceRef(r.serviceId));
  else if (r.directorateId !== null) nodes.push(ix.directorateRef(r.directorateId));
  return nodes;
}

export function stalledReviews(ix: GovernanceIndex): Finding[] {
  return ix.snapshot.bestValueReviews
    .filter((r) => isReviewStalled(r, ix.asOf))
    .map((r) =>
      finding(
        'BEST_VALUE_REVIEW_STALLED',
        reviewSubject(ix, r),
        `The Best Value review ${q(r.title)} has been at the ${STATUS_WORDS[r.status]} stage since ${day(r.statusSince)} ` +
          `(${daysBetween(r.statusSince, ix.asOf)} days; a stage should take at most ${STALLED_AFTER_DAYS}).`,
        `Agree with the review's panel and lead officer what is holding it up and a date for the next stage, ` +
          `or close the review with the reason.`,
      ),
    );
}

/**
 * REVIEW_WITHOUT_COMPARISON / REVIEW_WITHOUT_CONSULTATION: a review whose evidence stage is over
 * (it has moved past EVIDENCE) or overdue (stalled at EVIDENCE) with no COMPARE / CONSULT finding.
 */
export function reviewsMissingEvidence(ix: GovernanceIndex): Finding[] {
  const out: Finding[] = [];
  for (const r of ix.snapshot.bestValueReviews) {
    const past = hasReached(r.status, BestValueStatus.OPTIONS);
    if (!past && !(r.status === BestValueStatus.EVIDENCE && isReviewStalled(r, ix.asOf))) continue;
    const missing = missingFourCs(r.findingKinds.map((kind) => ({ kind })));
    const when = past ? `has reached the ${STATUS_WORDS[r.status]} stage` : `has been gathering evidence since ${day(r.statusSince)}`;
    if (missing.includes(BestValueFindingKind.COMPARE)) {
      out.push(
        finding(
          'REVIEW_WITHOUT_COMPARISON',
          reviewSubject(ix, r),
          `The Best Value review ${q(r.title)} ${when} without recording how the service compares with other councils or providers ` +
            `(no "compare" finding): its conclusions cannot show the service gives value for money.`,
          `Compare the service's costs and performance with similar councils (unit cost, quartile position) ` +
            `and record the comparison as a "compare" finding.`,
        ),
      );
    }
    if (missing.includes(BestValueFindingKind.CONSULT)) {
      out.push(
        finding(
          'REVIEW_WITHOUT_CONSULTATION',
          reviewSubject(ix, r),
          `The Best Value review ${q(r.title)} ${when} without recording what service users, residents or partners think ` +
            `(no "consult" finding).`,
          `Consult the people who use the service and those who pay for it, and record what they said as a "consult" finding.`,
        ),
      );
    }
  }
  return out;
}

export function scrutinyUnanswered(ix: GovernanceIndex): Finding[] {
  return ix.snapshot.scrutinyRecommendations
    .filter((r) => isRecommendationUnanswered(r, ix.asOf))
    .map((r) =>
      finding(
        'SCRUTINY_RECOMMENDATION_UNANSWERED',
        [
          { type: 'ScrutinyRecommendation', id: r.id, name: short(r.text) },
          { type: 'DecisionBody', id: r.committeeId, name: r.committeeName },
        ],
        `The ${r.committeeName} recommended ${q(flat(r.text))} on ${day(r.madeOn)}; the executive's response was due by ` +
          `${day(r.responseDue)} and none is recorded (${late(r.responseDue, ix.asOf)}).`,
        `The executive should respond to the committee (accept, partly accept or reject, with reasons), and the response be recorded.`,
      ),
    );
}
