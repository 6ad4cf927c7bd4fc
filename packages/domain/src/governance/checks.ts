/**
 * Governance checks: are the risks to the council's priorities assessed and managed, is what must be
 * done owned and done on time, do Best Value reviews and scrutiny recommendations lead somewhere, are
 * complaints and councillors' enquiries answered, and does every directorate and corporate priority
 * have a portfolio holder? Pure: the snapshot (snapshot.ts) is judged at `snapshot.asOf`.
 *
 * "Overdue" is always a due date strictly before asOf (due today is not late). "Live" actions are
 * OPEN or IN_PROGRESS (isActionLive). A person "has left" when their leftOn is on or before asOf
 * (hasLeftBy). The area rules (actions.ts, best-value.ts, complaints.ts, roles.ts, scrutiny.ts) decide
 * what is overdue, stalled or unanswered; these checks word the findings.
 *
 * | Code                               | Severity | Fires when (one finding per problem)                                      |
 * |------------------------------------|----------|---------------------------------------------------------------------------|
 * | PRIORITY_RISKS_NOT_ASSESSED        | high     | a corporate or directorate priority of `period` (not a non-priority) has   |
 * |                                    |          | no risk linked to it that is OPEN or TOLERATED (CLOSED risks do not count)  |
 * | HIGH_RISK_WITHOUT_MITIGATION       | high     | an OPEN risk with residual likelihood x impact >= HIGH_RISK_SCORE (15) has   |
 * |                                    |          | no live action of source RISK_MITIGATION (TOLERATED risks are accepted)    |
 * | RISK_OWNER_INACTIVE                | high     | an OPEN or TOLERATED risk has no owner, an owner not on record, or an owner |
 * |                                    |          | who has left                                                              |
 * | COMPLAINT_OVERDUE                  | high     | a complaint with no response and no outcome recorded, past responseDue      |
 * | REVIEW_PANEL_WITHOUT_COUNCILLORS   | high     | a complaint (not withdrawn) at REVIEW_PANEL with no panel member who has    |
 * |                                    |          | not left                                                                  |
 * | RISK_REVIEW_OVERDUE                | medium   | an OPEN or TOLERATED risk whose reviewDue is past (no date: not reported)   |
 * | ACTION_OVERDUE                     | medium   | a live action past its due date (no due date: not reported)                |
 * | ACTION_UNOWNED                     | medium   | a live action with no owner, an owner not on record, or one who has left    |
 * | RECOMMENDATION_WITHOUT_ACTION      | medium   | a Best Value recommendation agreed on or before asOf, or a scrutiny         |
 * |                                    |          | recommendation the executive ACCEPTED or PARTLY_ACCEPTED, with no action    |
 * |                                    |          | (of any status but DROPPED) naming it                                     |
 * | BEST_VALUE_REVIEW_STALLED          | medium   | a review not CLOSED that has been at its status for more than              |
 * |                                    |          | STALLED_AFTER_DAYS (120) days (isReviewStalled)                           |
 * | REVIEW_WITHOUT_COMPARISON          | medium   | a review past EVIDENCE (OPTIONS or later, CLOSED included), or stalled at   |
 * |                                    |          | EVIDENCE (its evidence is overdue), with no COMPARE finding               |
 * | REVIEW_WITHOUT_CONSULTATION        | medium   | the same, with no CONSULT finding                                         |
 * | REPEATED_COMPLAINT_THEME           | medium   | REPEAT_THRESHOLD (3) or more upheld or partly upheld complaints about one   |
 * |                                    |          | service sharing a theme, received in the 12 months up to and including     |
 * |                                    |          | asOf (repeatedThemes); one finding per service and theme                  |
 * | SCRUTINY_RECOMMENDATION_UNANSWERED | medium   | a scrutiny recommendation with no executive response, past responseDue      |
 * | PORTFOLIO_GAP                      | medium   | a directorate no portfolio names (neither it nor any of its services), or a |
 * |                                    |          | corporate priority of `period` (not a non-priority) no portfolio names     |
 * | ENQUIRY_OVERDUE                    | low      | an OPEN ward enquiry with no response recorded, past responseDue           |
 * |                                    |          | (isEnquiryOverdue)                                                        |
 *
 * Why these severities: "high" is a statutory or leadership duty not met (risks to priorities
 * assessed, serious risks managed and owned, complaints answered in time and heard by a panel);
 * "medium" is governance that has slipped and will hide problems if left; "low" is casework late.
 * Findings are sorted with sortFindings. The first node of each finding is its subject.
 */
import { type Finding, sortFindings } from '../findings.js';
import { complaintsOverdue, enquiriesOverdue, panelsWithoutCouncillors, repeatedComplaintThemes } from './checks-cases.js';
import { GovernanceIndex } from './checks-model.js';
import {
  highRisksWithoutMitigation,
  portfolioGaps,
  prioritiesWithoutRisks,
  riskOwnersInactive,
  riskReviewsOverdue,
} from './checks-risks.js';
import {
  actionsOverdue,
  actionsUnowned,
  recommendationsWithoutAction,
  reviewsMissingEvidence,
  scrutinyUnanswered,
  stalledReviews,
} from './checks-work.js';
import type { GovernanceSnapshot } from './snapshot.js';

export { REPEAT_THRESHOLD, REPEAT_WINDOW_MONTHS } from './checks-cases.js';
export { GOVERNANCE_SEVERITY, type GovernanceCode } from './checks-model.js';

export interface GovernanceFindingsOptions {
  /**
   * The complaints the viewer may read one by one (complaints hold personal data: README "What each
   * viewer sees"). A finding never names another complaint, by reference or node: COMPLAINT_OVERDUE
   * and REVIEW_PANEL_WITHOUT_COUNCILLORS count those per service ("3 complaints about Home care are
   * past their response date"), REPEATED_COMPLAINT_THEME lists only the readable ones among its nodes.
   * Left out: every complaint is readable.
   */
  readableComplaintIds?: ReadonlySet<number>;
}

/** Every governance finding of the snapshot, most serious first. */
export function governanceFindings(snapshot: GovernanceSnapshot, options: GovernanceFindingsOptions = {}): Finding[] {
  const ix = new GovernanceIndex(snapshot, options.readableComplaintIds);
  return sortFindings([
    ...prioritiesWithoutRisks(ix),
    ...riskReviewsOverdue(ix),
    ...highRisksWithoutMitigation(ix),
    ...riskOwnersInactive(ix),
    ...actionsOverdue(ix),
    ...actionsUnowned(ix),
    ...recommendationsWithoutAction(ix),
    ...stalledReviews(ix),
    ...reviewsMissingEvidence(ix),
    ...complaintsOverdue(ix),
    ...panelsWithoutCouncillors(ix),
    ...repeatedComplaintThemes(ix),
    ...scrutinyUnanswered(ix),
    ...portfolioGaps(ix),
    ...enquiriesOverdue(ix),
  ]);
}
