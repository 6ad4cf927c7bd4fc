/**
 * Write rules of the priority cascade beyond the shape of the tree (validation.ts): what a parent of
 * the same year is, a non-priority's reason, the dates of agreeing and communicating, which priority
 * may take on a deleted one's links, and a national priority's agenda. Each returns null when the
 * change is allowed, or a CascadeValidationError naming the field and saying why it is refused.
 */
import { q } from './text.js';
import type { PriorityLevel, PriorityOrigin } from './enums.js';
import type { CascadeValidationError } from './validation.js';

export interface PriorityPlacementFacts {
  name: string;
  level: PriorityLevel;
  period: string;
  /** The directorate of the priority's service (service priorities), or its own directorate. */
  directorateId: number | null;
}

export interface ParentFacts {
  name: string;
  period: string;
  isNonPriority: boolean;
  directorateId: number | null;
}

/**
 * Beyond the level and loop checks (validatePriorityParent): a parent is a priority of the same year,
 * not one recorded as not a priority, and a service priority's parent is in the directorate of its
 * service. Errors on field 'parentId'.
 */
export function validateParentFacts(priority: PriorityPlacementFacts, parent: ParentFacts): CascadeValidationError | null {
  const field = 'parentId';
  if (parent.period !== priority.period) {
    return {
      field,
      message:
        `${q(parent.name)} is a priority of ${parent.period}; ${q(priority.name)} is for ${priority.period}. A priority sits ` +
        `under a priority of the same year.`,
    };
  }
  if (parent.isNonPriority) {
    return { field, message: `${q(parent.name)} is recorded as not a priority, so nothing can be placed under it.` };
  }
  if (
    priority.level === 'SERVICE' &&
    priority.directorateId !== null &&
    parent.directorateId !== null &&
    parent.directorateId !== priority.directorateId
  ) {
    return { field, message: `${q(parent.name)} is a priority of another directorate than the service of ${q(priority.name)}.` };
  }
  return null;
}

/** An explicit non-priority says why; only a non-priority has such a reason. Error on 'nonPriorityReason'. */
export function validateNonPriorityReason(isNonPriority: boolean, reason: string | null): CascadeValidationError | null {
  if (isNonPriority && !reason) {
    return { field: 'nonPriorityReason', message: 'Say why this is not a priority: people need the reason as much as the decision.' };
  }
  if (!isNonPriority && reason) {
    return {
      field: 'nonPriorityReason',
      message: 'Only an explicit non-priority (isNonPriority: true) has a reason for not being a priority.',
    };
  }
  return null;
}

/** A priority is communicated on or after the day it is agreed (dates 'YYYY-MM-DD'). Error on 'communicatedOn'. */
export function validateCommunicatedAfterAgreed(agreedOn: string | null, communicatedOn: string | null): CascadeValidationError | null {
  if (agreedOn && communicatedOn && communicatedOn < agreedOn) {
    return { field: 'communicatedOn', message: `A priority is communicated after it is agreed: ${communicatedOn} is before ${agreedOn}.` };
  }
  return null;
}

export interface RelinkFacts {
  id: number;
  name: string;
  period: string;
  level: PriorityLevel;
  isNonPriority: boolean;
}

/**
 * May `successor` take on what hangs from the deleted `priority` (objectives, priorities under it,
 * appraisal objectives)? Not itself, a priority of the same year, not a non-priority, and while
 * priorities sit under it (`childCount`), one of the same level. Error on 'relinkObjectivesTo'.
 */
export function validateRelink(priority: RelinkFacts, successor: RelinkFacts, childCount: number): CascadeValidationError | null {
  const why =
    successor.id === priority.id
      ? 'it is the priority being deleted'
      : successor.period !== priority.period
        ? `it is a priority of ${successor.period}, not ${priority.period}`
        : successor.isNonPriority
          ? 'it is recorded as not a priority'
          : childCount > 0 && successor.level !== priority.level
            ? `${childCount === 1 ? 'a priority sits' : 'priorities sit'} under ${q(priority.name)} and can only move to another ` +
              `${priority.level.toLowerCase()} priority`
            : null;
  if (why === null) return null;
  return { field: 'relinkObjectivesTo', message: `${q(priority.name)}'s objectives cannot move to ${q(successor.name)}: ${why}.` };
}

/**
 * A national priority says which national agenda it translates; a local one translates none (no
 * agenda, no national indicator).
 */
export function validateOrigin(
  origin: PriorityOrigin,
  nationalAgenda: string | null,
  hasIndicator: boolean,
): CascadeValidationError | null {
  if (origin === 'NATIONAL' && !nationalAgenda) {
    return {
      field: 'nationalAgenda',
      message: 'Say which national agenda this national priority translates (for example an ASCOF measure).',
    };
  }
  if (origin !== 'NATIONAL' && (nationalAgenda || hasIndicator)) {
    return {
      field: 'origin',
      message: 'A local priority translates no national agenda: set origin NATIONAL, or leave out nationalAgenda and nationalIndicatorId.',
    };
  }
  return null;
}

/**
 * An appraisal objective is reviewed on or after the day it is agreed, and rated at review. Errors on
 * 'reviewedOn' and 'rating'.
 */
export function validateReviewDates(
  agreedOn: string | null,
  reviewedOn: string | null,
  rating: string | null,
): CascadeValidationError | null {
  if (reviewedOn && !agreedOn)
    return { field: 'reviewedOn', message: 'An appraisal objective is reviewed after it is agreed: set agreedOn too.' };
  if (reviewedOn && agreedOn && reviewedOn < agreedOn) {
    return { field: 'reviewedOn', message: `The review (${reviewedOn}) cannot be before the objective was agreed (${agreedOn}).` };
  }
  if (rating && !reviewedOn) return { field: 'rating', message: 'A rating is given at review: set reviewedOn too.' };
  return null;
}
