/**
 * Which indicators a council may change or delete, and when a deletion is refused. National
 * definitions (ASCOF, PAF, Oflog) are reference data; a council's own local indicator is its to change,
 * and to delete while nothing has been recorded against it (its figures and targets are the record of
 * performance, so an indicator with either stays).
 */
import type { FieldError } from '../organisation/validation.js';

export interface IndicatorForWrite {
  framework: string;
  code: string;
  title: string;
  /** The council whose local indicator it is; null for a national definition. */
  councilId: number | null;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Null when the indicator is a council's own local one; otherwise why it cannot be changed or deleted. */
export function validateIndicatorIsLocal(
  indicator: IndicatorForWrite,
  field = 'id',
  action: 'changed here' | 'deleted' = 'changed here',
): FieldError | null {
  if (indicator.councilId !== null) return null;
  return {
    field,
    message: `${indicator.framework} ${indicator.code} is a national definition: it is reference data and cannot be ${action}.`,
  };
}

/**
 * Null when the local indicator may be deleted; otherwise why not: it is national, or it has measurements
 * (any status) or targets.
 */
export function validateIndicatorDeletion(
  indicator: IndicatorForWrite,
  held: { measurements: number; targets: number },
): FieldError | null {
  const national = validateIndicatorIsLocal(indicator, 'id', 'deleted');
  if (national) return national;
  const parts: string[] = [];
  if (held.measurements > 0) parts.push(plural(held.measurements, 'figure'));
  if (held.targets > 0) parts.push(plural(held.targets, 'target'));
  if (parts.length === 0) return null;
  const what = parts.join(' and ');
  return {
    field: 'id',
    message:
      `"${indicator.title}" cannot be deleted: it has ${what} recorded against it, which stay as the record of performance. ` +
      (held.measurements > 0
        ? 'An indicator with figures is kept; change its title or definition if it is no longer used.'
        : 'Delete its targets first.'),
  };
}
