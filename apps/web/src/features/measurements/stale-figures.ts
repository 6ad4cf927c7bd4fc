import type { ConflictField } from '../../ui/conflict.js';
import { type Change, changesSince } from '../../ui/conflict.model.js';

/**
 * A figure as the conflict panel of a stale validate or publish compares it (issue 16): its value (or why
 * there is none), its note and its status, as the page read it and as it is stored now. Pure.
 */
export interface FigureRead {
  value?: number | null;
  valueStatus: string;
  note?: string | null;
  status?: string | null;
}

export interface FigureValues {
  value: string;
  note: string;
  status: string;
}

const STATUS: Record<string, string> = { DRAFT: 'Draft', VALIDATED: 'Validated', PUBLISHED: 'Published' };

export const figureValues = (m: FigureRead): FigureValues => ({
  value: m.valueStatus === 'VALUE' ? String(m.value ?? '') : m.valueStatus.toLowerCase().replace('_', ' '),
  note: m.note ?? '',
  status: m.status ? (STATUS[m.status] ?? m.status) : '',
});

/** What a single validate's panel names (ValidateButton): the figure is a draft before and after. */
export const FIGURE_FIELDS: ReadonlyArray<ConflictField<FigureValues>> = [
  { key: 'value', label: 'Value' },
  { key: 'note', label: 'Note' },
];
/** What a work list's step names: a figure may also have moved on (validated or published by someone else). */
export const FIGURE_STEP_FIELDS: ReadonlyArray<ConflictField<FigureValues>> = [...FIGURE_FIELDS, { key: 'status', label: 'Status' }];

/**
 * The changes of each stale figure of a step since the list read it, in the order of `figures`, each field labelled
 * with its figure ("Carers assessed for 2025-04: Value"); a figure not in `stored` (not stale) adds none.
 */
export function staleFigureChanges<R extends FigureRead & { id: string }>(
  figures: readonly R[],
  stored: ReadonlyMap<string, FigureValues>,
  name: (figure: R) => string,
): Change[] {
  return figures.flatMap((f) => {
    const theirs = stored.get(f.id);
    if (!theirs) return [];
    const read = figureValues(f);
    return changesSince(read, read, theirs, FIGURE_STEP_FIELDS).map((c) => ({
      ...c,
      key: `${f.id}:${c.key}`,
      label: `${name(f)}: ${c.label}`,
    }));
  });
}
