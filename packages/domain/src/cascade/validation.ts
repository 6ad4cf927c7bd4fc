/**
 * Write-time validators for the priority cascade. Each returns null when the change is allowed, or a
 * CascadeValidationError naming the field and explaining, with the nodes' names, why it is refused.
 */
import { wouldCreateCycle } from '../hierarchy.js';
import { levelWord, list, plural, q, quotedList } from './text.js';
import type { PriorityLevel, PriorityStatus } from './enums.js';

export interface CascadeValidationError {
  field: string;
  message: string;
}

export interface PriorityForParent {
  id: number;
  name: string;
  level: PriorityLevel;
  councilId: number;
}

const PARENT_LEVEL: Record<PriorityLevel, PriorityLevel | null> = {
  CORPORATE: null,
  DIRECTORATE: 'CORPORATE',
  SERVICE: 'DIRECTORATE',
};

/**
 * May `priority` sit under `parent`? A corporate priority has no parent; a directorate priority sits
 * under a corporate one and a service priority under a directorate one (exactly one level up), in the
 * same council; and the move must not close a loop (checked with `parentOf`, the current parent of
 * each priority, so corrupt existing data is still caught). Errors are on field 'parentId'.
 */
export function validatePriorityParent(
  priority: PriorityForParent,
  parent: PriorityForParent | null,
  parentOf: (id: number) => number | null,
): CascadeValidationError | null {
  const expected = PARENT_LEVEL[priority.level];
  const field = 'parentId';
  if (expected === null) {
    return parent === null
      ? null
      : {
          field,
          message:
            `${q(priority.name)} is a corporate priority, so it sits at the top of the cascade and cannot be placed under ` +
            `${q(parent.name)}.`,
        };
  }
  if (parent === null) {
    return {
      field,
      message:
        `${q(priority.name)} is a ${levelWord(priority.level)} priority, so it must be placed under a ${levelWord(expected)} ` +
        `priority.`,
    };
  }
  if (parent.id === priority.id) {
    return { field, message: `${q(priority.name)} cannot be placed under itself.` };
  }
  if (parent.councilId !== priority.councilId) {
    return { field, message: `${q(parent.name)} belongs to another council, so ${q(priority.name)} cannot be placed under it.` };
  }
  if (parent.level !== expected) {
    return {
      field,
      message:
        `${q(priority.name)} is a ${levelWord(priority.level)} priority, so it must sit under a ${levelWord(expected)} priority; ` +
        `${q(parent.name)} is a ${levelWord(parent.level)} priority.`,
    };
  }
  if (wouldCreateCycle(priority.id, parent.id, parentOf)) {
    return {
      field,
      message:
        `Placing ${q(priority.name)} under ${q(parent.name)} would create a loop: ${q(parent.name)} already sits under ` +
        `${q(priority.name)}.`,
    };
  }
  return null;
}

const STATUS_LABEL: Record<PriorityStatus, string> = { DRAFT: 'Draft', AGREED: 'Agreed', COMMUNICATED: 'Communicated' };
const STATUS_RANK: Record<PriorityStatus, number> = { DRAFT: 0, AGREED: 1, COMMUNICATED: 2 };

export interface StatusChangeContext {
  /** The priority's owner after the change. */
  ownerId: number | null;
  /** Communications recorded about the priority. */
  communicationCount: number;
  /** Optional: the priority's name, to name it in messages. */
  name?: string;
}

/**
 * Status moves forward one step at a time: DRAFT -> AGREED -> COMMUNICATED (no going back, no skipping
 * AGREED). Staying at the same status is always allowed (a no-op). AGREED needs an owner (field
 * 'ownerId'); COMMUNICATED needs at least one recorded communication (field 'status').
 */
export function validateStatusChange(
  from: PriorityStatus,
  to: PriorityStatus,
  context: StatusChangeContext,
): CascadeValidationError | null {
  if (from === to) return null;
  const subject = context.name === undefined ? 'A priority' : q(context.name);
  const it = context.name === undefined ? 'the priority' : q(context.name);
  if (STATUS_RANK[to] < STATUS_RANK[from]) {
    return {
      field: 'status',
      message:
        `${subject} cannot go back from ${STATUS_LABEL[from]} to ${STATUS_LABEL[to]}: once agreed, a priority is changed by ` +
        `agreeing a new one or marking it as not a priority.`,
    };
  }
  if (STATUS_RANK[to] - STATUS_RANK[from] > 1) {
    return { field: 'status', message: `${subject} must be agreed before it is communicated.` };
  }
  if (to === 'AGREED' && context.ownerId === null) {
    return {
      field: 'ownerId',
      message: `Name an owner for ${it} before it is agreed: every agreed priority needs someone who answers for it.`,
    };
  }
  if (to === 'COMMUNICATED' && context.communicationCount < 1) {
    return {
      field: 'status',
      message: `Record at least one communication about ${it} (date, channel and groups told) before marking it as communicated.`,
    };
  }
  return null;
}

/**
 * A priority cannot be deleted while objectives deliver it, priorities sit under it or appraisal
 * objectives are aimed at it; the message names them (the first five of each) and says to re-link
 * them first. Error on field 'id'.
 */
export function validatePriorityDeletion(
  priority: { id: number; name: string },
  deliveringObjectives: readonly { id: number; name: string }[],
  childPriorities: readonly { id: number; name: string }[],
  appraisalObjectives: readonly { id: number; name: string }[] = [],
): CascadeValidationError | null {
  if (deliveringObjectives.length === 0 && childPriorities.length === 0 && appraisalObjectives.length === 0) return null;
  const parts: string[] = [];
  if (deliveringObjectives.length > 0) {
    parts.push(
      `${plural(deliveringObjectives.length, 'objective')} deliver${deliveringObjectives.length === 1 ? 's' : ''} it ` +
        `(${quotedList(deliveringObjectives.map((o) => o.name))})`,
    );
  }
  if (childPriorities.length > 0) {
    parts.push(
      `${plural(childPriorities.length, 'priority', 'priorities')} sit${childPriorities.length === 1 ? 's' : ''} under it ` +
        `(${quotedList(childPriorities.map((p) => p.name))})`,
    );
  }
  if (appraisalObjectives.length > 0) {
    parts.push(
      `${plural(appraisalObjectives.length, 'appraisal objective')} ${appraisalObjectives.length === 1 ? 'is' : 'are'} aimed at it ` +
        `(${quotedList(appraisalObjectives.map((a) => a.name))})`,
    );
  }
  return {
    field: 'id',
    message:
      `${q(priority.name)} cannot be deleted while ${list(parts)}. ` +
      `Re-link them to another priority first, or mark ${q(priority.name)} as not a priority instead.`,
  };
}
