/**
 * Rules of scrutiny work programmes (README "Governance"): how a topic's status moves, what a topic
 * examines, when the executive's response to a recommendation is due and what a response holds, and
 * when a recommendation is unanswered (finding SCRUTINY_RECOMMENDATION_UNANSWERED). Each check
 * returns null when the thing is allowed, or a FieldError naming the field and saying why it is refused.
 */
import type { FieldError } from '../organisation/validation.js';
import { ExecutiveResponse, ScrutinyTopicReason, ScrutinyTopicStatus } from './enums.js';

/** The moves a topic may make: PLANNED -> IN_PROGRESS -> COMPLETE, and PLANNED or IN_PROGRESS -> DROPPED. */
const TOPIC_MOVES: Readonly<Record<ScrutinyTopicStatus, readonly ScrutinyTopicStatus[]>> = {
  [ScrutinyTopicStatus.PLANNED]: [ScrutinyTopicStatus.IN_PROGRESS, ScrutinyTopicStatus.DROPPED],
  [ScrutinyTopicStatus.IN_PROGRESS]: [ScrutinyTopicStatus.COMPLETE, ScrutinyTopicStatus.DROPPED],
  [ScrutinyTopicStatus.COMPLETE]: [],
  [ScrutinyTopicStatus.DROPPED]: [],
};

/** Staying in the same status is always allowed; COMPLETE and DROPPED are final. */
export function topicMoveError(from: ScrutinyTopicStatus, to: ScrutinyTopicStatus): FieldError | null {
  if (from === to || TOPIC_MOVES[from].includes(to)) return null;
  const next = TOPIC_MOVES[from];
  return {
    field: 'status',
    message: next.length
      ? `A ${from} topic can move to ${next.join(' or ')}, not ${to}.`
      : `A ${from} topic is finished: it cannot become ${to}. Add a new topic to look at it again.`,
  };
}

/** What a topic examines (present or not). */
export interface TopicSubject {
  priorityId?: unknown;
  serviceId?: unknown;
  indicatorId?: unknown;
  partnerBodyId?: unknown;
}

const present = (v: unknown) => v !== undefined && v !== null;

/** A topic examines something in the graph: a priority, a service, an indicator or (health scrutiny) a partner body. */
export function topicSubjectError(subject: TopicSubject): FieldError | null {
  if ([subject.priorityId, subject.serviceId, subject.indicatorId, subject.partnerBodyId].some(present)) return null;
  return { field: 'priorityId', message: 'Say what the topic examines: give a priorityId, serviceId, indicatorId or partnerBodyId.' };
}

/** A topic is a health scrutiny topic when said so, when chosen for health scrutiny, or when it examines an NHS partner body. */
export function isHealthTopic(reason: ScrutinyTopicReason, hasPartnerBody: boolean, health: boolean | null | undefined): boolean {
  return health === true || reason === ScrutinyTopicReason.HEALTH_SCRUTINY || (health == null && hasPartnerBody);
}

/** The executive's usual time to respond to a scrutiny recommendation, in months. */
export const RESPONSE_MONTHS = 2;

/** The day `months` months after an ISO date, clamped to the month's last day (31 Dec + 2 months: 28 or 29 Feb). */
export function monthsAfter(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** When the executive must respond by, unless the committee said otherwise: two months after it was made. */
export function defaultResponseDue(madeOn: string): string {
  return monthsAfter(madeOn, RESPONSE_MONTHS);
}

/** The response is due, and given, on or after the day the recommendation was made. */
export function recommendationDatesError(madeOn: string, responseDue: string): FieldError | null {
  if (responseDue < madeOn) return { field: 'responseDue', message: `${responseDue} is before the recommendation was made (${madeOn}).` };
  return null;
}

export interface ResponseFacts {
  response: ExecutiveResponse;
  respondedOn: string;
  text: string | null;
}

/** The executive's response: a date not before the recommendation was made, and words saying what it will do (or why not). */
export function executiveResponseError(madeOn: string, r: ResponseFacts): FieldError | null {
  if (r.respondedOn < madeOn) {
    return { field: 'respondedOn', message: `${r.respondedOn} is before the recommendation was made (${madeOn}).` };
  }
  if (!r.text?.trim()) {
    const why = r.response === ExecutiveResponse.REJECTED ? 'why it is rejected' : 'what the executive will do';
    return { field: 'text', message: `Say ${why}: a response needs its text.` };
  }
  return null;
}

export interface RecommendationFacts {
  responseDue: string;
  response: ExecutiveResponse | null;
}

/** Unanswered on `asOf` (YYYY-MM-DD): no response yet, and it was due before that day. */
export function isRecommendationUnanswered(rec: RecommendationFacts, asOf: string): boolean {
  return rec.response === null && rec.responseDue < asOf;
}

/** Accepted recommendations (wholly or partly) become actions (finding RECOMMENDATION_WITHOUT_ACTION otherwise). */
export function needsActions(response: ExecutiveResponse | null): boolean {
  return response === ExecutiveResponse.ACCEPTED || response === ExecutiveResponse.PARTLY_ACCEPTED;
}
