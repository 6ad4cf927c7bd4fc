import { useApolloClient } from '@apollo/client/react';
import { type Conflict, ConflictPanel } from '../../ui/conflict.js';
import { nodeOf } from '../../ui/conflict-form.js';
import { type FigureValues, figureValues, staleFigureChanges } from './stale-figures.js';
import { StoredFiguresQuery } from './stored.queries.js';
import { figureName, type Row } from './WorkListParts.js';

/** One figure a bulk step refused (extensions.refused); a stale one carries the version stored now. */
export interface Refusal {
  id: string;
  code?: string;
  message: string;
  currentVersion?: number;
}

/** A step refused only for stale figures: the figures chosen, the versions stored now of the stale ones, and their changes. */
export interface StaleStep {
  figures: Row[];
  versions: ReadonlyMap<string, number>;
  conflict: Conflict<Record<string, never>>;
}

/**
 * Reads the stale figures of a refused step as stored (past the cache, so the list keeps what it read), or null when
 * another refusal is among them (do it anyway could not help) or they cannot be read.
 */
export function useStaleStep(): (figures: Row[], refused: readonly Refusal[]) => Promise<StaleStep | null> {
  const client = useApolloClient();
  return async (figures, refused) => {
    const stale = refused.filter((r) => r.code === 'CONFLICT' && typeof r.currentVersion === 'number');
    if (stale.length === 0 || stale.length !== refused.length) return null;
    const res = await client.query({ query: StoredFiguresQuery, variables: { ids: stale.map((r) => r.id) }, fetchPolicy: 'no-cache' });
    const versions = new Map<string, number>();
    const values = new Map<string, FigureValues>();
    for (const node of res.data?.nodes ?? []) {
      const m = nodeOf(node, 'Measurement');
      if (!m || typeof m.version !== 'number') continue;
      versions.set(m.id, m.version);
      values.set(m.id, figureValues({ ...m, value: m.figureValue, status: m.measurementStatus }));
    }
    if (versions.size !== stale.length) return null;
    return { figures, versions, conflict: { changes: staleFigureChanges(figures, values, figureName), mine: {}, theirs: {}, version: 0 } };
  };
}

/**
 * The answer to a stale bulk step or publish: which figures changed and how, then "Do it anyway" (the same figures at
 * the versions stored now, all or nothing) or "Cancel" (nothing is done).
 */
export function StaleStepPanel({
  stale,
  verb,
  busy,
  onAnyway,
  onCancel,
}: {
  stale: StaleStep;
  /** The step, in words ("validate"). */
  verb: string;
  busy: boolean;
  onAnyway: () => void;
  onCancel: () => void;
}) {
  const n = stale.figures.length;
  const what = n === 1 ? figureName(stale.figures[0]!) : `${stale.versions.size} of the ${n} chosen figures`;
  const them = n === 1 ? 'it' : `the ${n} figures`;
  return (
    <ConflictPanel
      conflict={stale.conflict}
      what={what}
      busy={busy}
      seen={{
        keep: 'Do it anyway',
        take: 'Cancel',
        hint: `Do it anyway: ${verb} ${them}, with their change as stored. Cancel: nothing is done; the list shows the stored figures.`,
      }}
      onKeepMine={onAnyway}
      onTakeTheirs={onCancel}
    />
  );
}
