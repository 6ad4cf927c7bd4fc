/**
 * Who may write the indicators feature's council-wide records: the write target each mutation's
 * `requireWrite` asks for, in one place, so `viewerCan` (indicators.permissions.ts) asks the same.
 * Measurements have their own targets (data owner, MI-responsible manager); targets theirs
 * (cascade-writes.ts `targetWriteTarget`).
 */
import type { WriteTarget } from '../../access/access.js';

/** Creating, changing or deleting a council's local indicator: the council's writers (chief executive, administrators). */
export function localIndicatorWriteTarget(councilId: number): WriteTarget {
  return { kind: 'council', councilId };
}

/** Naming the data owner and responsible manager of an indicator in a council. */
export function ownershipWriteTarget(councilId: number): WriteTarget {
  return { kind: 'council', councilId };
}

/** Creating, changing or deleting a council's comparator group. */
export function comparatorGroupWriteTarget(councilId: number): WriteTarget {
  return { kind: 'council', councilId };
}
