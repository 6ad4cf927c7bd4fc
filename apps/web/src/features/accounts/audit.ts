/** How the audit trail view words one event: the record's name and what the change did to each field. */

type Row = Readonly<Record<string, unknown>> | null | undefined;

/** Bookkeeping every write touches: not part of what a person changed. */
const BOOKKEEPING = new Set(['id', 'version', 'createdAt', 'updatedAt', 'changeStamp']);
/** The fields that name a record, best first. */
const NAMING = ['name', 'title', 'email', 'code', 'reference', 'caseReference', 'period'];

export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

/** A stored value as words: null and empty as null, lists and objects as compact JSON. */
export function shown(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** The record's name as it was last known (after a change, or before a deletion), or null. */
export function recordName(before: Row, after: Row): string | null {
  for (const row of [after, before]) {
    if (!row) continue;
    for (const key of NAMING) {
      const v = shown(row[key]);
      if (v) return v;
    }
  }
  return null;
}

/** "camelCase" -> "camel case" for a field's label. */
export function fieldLabel(field: string): string {
  return field
    .replace(/Id$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase();
}

/**
 * The fields the event changed, in the record's order: for a creation the fields it set, for a
 * deletion those it held, for an update those whose value differs. Bookkeeping fields are left out.
 */
export function fieldChanges(before: Row, after: Row): FieldChange[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter((k) => !BOOKKEEPING.has(k));
  const out: FieldChange[] = [];
  for (const field of keys) {
    const b = before ? shown(before[field]) : null;
    const a = after ? shown(after[field]) : null;
    if (b === a) continue;
    out.push({ field, before: b, after: a });
  }
  return out;
}

/** "Service" / "ApiKey" -> "service" / "API key": a kind of record in a sentence. */
export function typeLabel(type: string): string {
  if (type === 'ApiKey') return 'API key';
  return type.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/** The verb of an event's action: CREATE -> created. */
export function actionVerb(action: string): string {
  return action === 'CREATE' ? 'created' : action === 'DELETE' ? 'deleted' : action === 'UPDATE' ? 'changed' : action.toLowerCase();
}
