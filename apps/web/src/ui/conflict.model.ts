import type { ApiError } from './errors.js';

/**
 * A stale `version` answered with a choice (issue 16 item 3): what the other person changed, field by
 * field, beside what this person typed. Pure, so the panel (conflict.tsx) only renders it.
 */

/** A form field the panel may name: its key in the form's values, its label, and how a value reads. */
export interface ConflictField<V> {
  key: keyof V & string;
  label: string;
  /** The words for a value (a name for an id, 'Open' for OPEN); default: the value, or "(empty)". */
  show?: (value: string) => string;
}

/** One field the other person changed since this person loaded the form. */
export interface Change {
  key: string;
  label: string;
  /** Their value, as it is stored now. */
  theirs: string;
  /** This person's value, as the form holds it. */
  mine: string;
  /** This person typed the same value: keeping theirs loses nothing of this field. */
  same: boolean;
}

export const EMPTY_VALUE = '(empty)';

/** The server's answer to a stale version (packages/api/src/errors.ts staleVersion): CONFLICT with the stored version. */
export function staleVersionOf(error: ApiError): number | null {
  const v = error.extensions.currentVersion;
  return error.code === 'CONFLICT' && typeof v === 'number' ? v : null;
}

const asText = (value: unknown): string => (value === null || value === undefined ? '' : String(value));
const shown = (value: string, show?: (value: string) => string): string => (show ? show(value) : value.trim() === '' ? EMPTY_VALUE : value);

/**
 * The fields the other person changed: those whose stored value (`theirs`) is not the one the form was
 * loaded with (`base`), each with their value and this person's (`mine`), in the order of `fields`.
 * Values are compared as the form holds them (strings, trimmed); a field this person alone changed is
 * not a conflict and is not listed.
 */
export function changesSince<V>(base: V, mine: V, theirs: V, fields: ReadonlyArray<ConflictField<V>>): Change[] {
  const changes: Change[] = [];
  for (const f of fields) {
    const was = asText(base[f.key]).trim();
    const now = asText(theirs[f.key]).trim();
    if (was === now) continue;
    const typed = asText(mine[f.key]).trim();
    changes.push({ key: f.key, label: f.label, theirs: shown(now, f.show), mine: shown(typed, f.show), same: typed === now });
  }
  return changes;
}

/**
 * What the panel says above the list: how many fields they changed, and whether keeping theirs loses anything.
 * For a step confirmed on what this person read (`seen`: agree, delete), only what they changed.
 */
export function conflictSummary(changes: readonly Change[], mine: 'typed' | 'seen' = 'typed'): string {
  if (changes.length === 0)
    return `They changed nothing ${mine === 'seen' ? 'shown here' : 'this form shows'} (the change was elsewhere in the record).`;
  const fields = changes.length === 1 ? '1 field' : `${changes.length} fields`;
  if (mine === 'seen') return `They changed ${fields} since you read it.`;
  const differ = changes.filter((c) => !c.same).length;
  if (differ === 0) return `They changed ${fields}, to the values you have too.`;
  const which = differ === changes.length ? 'each differs' : differ === 1 ? '1 differs' : `${differ} differ`;
  return `They changed ${fields}; ${which} from yours.`;
}
