/**
 * Rules of actions (README "Governance"): what a source names, how the status moves, and when an
 * action is overdue or unowned (findings ACTION_OVERDUE, ACTION_UNOWNED). Each check returns null
 * when the thing is allowed, or a FieldError naming the field and saying why it is refused.
 */
import type { FieldError } from '../organisation/validation.js';
import { ActionSource, ActionStatus } from './enums.js';

/** Which references an action names (present or not); the source's kind says which one it must. */
export interface ActionSourceRefs {
  bestValueRecommendationId?: unknown;
  complaintId?: unknown;
  riskId?: unknown;
  scrutinyRecommendationId?: unknown;
  indicatorId?: unknown;
  commentaryId?: unknown;
  findingCode?: unknown;
  findingKey?: unknown;
}

type RefField = keyof ActionSourceRefs;

/** The reference fields each kind of source needs (and the only ones it may have). */
export const ACTION_SOURCE_FIELDS: Readonly<Record<ActionSource, readonly RefField[]>> = {
  [ActionSource.BEST_VALUE_RECOMMENDATION]: ['bestValueRecommendationId'],
  [ActionSource.COMPLAINT_LESSON]: ['complaintId'],
  [ActionSource.RISK_MITIGATION]: ['riskId'],
  [ActionSource.SCRUTINY_RECOMMENDATION]: ['scrutinyRecommendationId'],
  [ActionSource.EXCEPTION]: ['indicatorId'],
  [ActionSource.FINDING]: ['findingCode', 'findingKey'],
  [ActionSource.COMMENTARY]: ['commentaryId'],
  [ActionSource.OTHER]: [],
};

const ALL_REF_FIELDS: readonly RefField[] = [
  'bestValueRecommendationId',
  'complaintId',
  'riskId',
  'scrutinyRecommendationId',
  'indicatorId',
  'commentaryId',
  'findingCode',
  'findingKey',
];

const present = (v: unknown) => v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '');

/**
 * An action's source is its kind and exactly the reference(s) of that kind: a RISK_MITIGATION names
 * its risk and nothing else, a FINDING its code and key, a COMMENTARY its commentary, OTHER no reference.
 */
export function validateActionSource(source: ActionSource, refs: ActionSourceRefs): FieldError | null {
  const needed = ACTION_SOURCE_FIELDS[source];
  const missing = needed.find((f) => !present(refs[f]));
  if (missing) return { field: missing, message: `An action from ${label(source)} names it: give ${missing}.` };
  const extra = ALL_REF_FIELDS.find((f) => !needed.includes(f) && present(refs[f]));
  if (extra) {
    const fits = (Object.keys(ACTION_SOURCE_FIELDS) as ActionSource[]).find((s) => ACTION_SOURCE_FIELDS[s].includes(extra));
    return {
      field: extra,
      message:
        `${extra} belongs to an action from ${label(fits!)}; this action is from ${label(source)}: leave ${extra} out or ` +
        `change the source.`,
    };
  }
  return null;
}

function label(source: ActionSource): string {
  return source.toLowerCase().replace(/_/g, ' ');
}

const LIVE: ReadonlySet<ActionStatus> = new Set([ActionStatus.OPEN, ActionStatus.IN_PROGRESS]);

/** Is the action still to be done (open or in progress)? */
export function isActionLive(status: ActionStatus): boolean {
  return LIVE.has(status);
}

export interface ActionState {
  status: ActionStatus;
  completedOn: string | null;
  droppedReason: string | null;
}

/**
 * The allowed status moves: OPEN <-> IN_PROGRESS; OPEN or IN_PROGRESS -> DONE (with the date it was
 * done) or DROPPED (with a reason); DONE or DROPPED -> OPEN or IN_PROGRESS (reopening: the work was
 * not finished after all, or a dropped action is taken up again; the completion date or reason is
 * cleared, the audit trail keeps them). DONE <-> DROPPED directly is refused: reopen first. Staying in
 * the same status is always allowed. Also checks that the new state is whole: DONE has completedOn
 * (not before `createdOn` when given), DROPPED a reason, the others neither.
 */
export function validateActionMove(from: ActionStatus, next: ActionState, createdOn?: string): FieldError | null {
  const to = next.status;
  if (from !== to && !LIVE.has(from) && !LIVE.has(to)) {
    return { field: 'status', message: `A ${from} action cannot become ${to} directly: reopen it (OPEN or IN_PROGRESS) first.` };
  }
  if (to === ActionStatus.DONE) {
    if (!next.completedOn) return { field: 'completedOn', message: 'A DONE action says when it was done: give completedOn (YYYY-MM-DD).' };
    if (createdOn && next.completedOn < createdOn.slice(0, 10)) {
      return { field: 'completedOn', message: `${next.completedOn} is before the action was recorded (${createdOn.slice(0, 10)}).` };
    }
  } else if (next.completedOn) {
    return { field: 'completedOn', message: `Only a DONE action has a completion date; this one is ${to}.` };
  }
  if (to === ActionStatus.DROPPED) {
    if (!next.droppedReason?.trim())
      return { field: 'droppedReason', message: 'Say why the action is dropped: a dropped action needs a reason.' };
  } else if (next.droppedReason) {
    return { field: 'droppedReason', message: `Only a DROPPED action has a reason for dropping it; this one is ${to}.` };
  }
  return null;
}

export interface ActionFacts {
  status: ActionStatus;
  due: string | null;
  ownerId: number | null;
}

/** Overdue on `asOf` (YYYY-MM-DD): still open or in progress and due before that day. No due date is never overdue. */
export function isActionOverdue(a: Pick<ActionFacts, 'status' | 'due'>, asOf: string): boolean {
  return LIVE.has(a.status) && a.due !== null && a.due < asOf;
}

/**
 * Unowned: still open or in progress with no owner, or with an owner who has left the council
 * (`ownerLeft`, when known). Done and dropped actions need none.
 */
export function isActionUnowned(a: Pick<ActionFacts, 'status' | 'ownerId'> & { ownerLeft?: boolean }): boolean {
  return LIVE.has(a.status) && (a.ownerId === null || a.ownerLeft === true);
}
