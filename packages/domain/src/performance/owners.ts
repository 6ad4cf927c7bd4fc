/**
 * Data owners who never update: an indicator's data owner who has entered (or, under four eyes on data,
 * validated) no figure for any of the indicators they own in the last N periods that were due (ClearPoint
 * finds most assigned KPI owners never do). One finding per owner, and the council's share of assigned owners who never update.
 */
import { sortFindings, type Finding, type NodeRef } from '../findings.js';

export const DATA_OWNER_NEVER_UPDATED = 'DATA_OWNER_NEVER_UPDATED';

export interface OwnedIndicator {
  indicatorId: number;
  name: string;
  owner: { id: number; name: string };
  /** The periods that were due for it (ended before today, with grace), newest last. */
  duePeriods: readonly string[];
  /** The periods for which the owner entered or validated a figure (any status, any value status). */
  enteredByOwner: ReadonlySet<string>;
}

export interface DataOwnerNeverUpdated extends Finding {
  code: typeof DATA_OWNER_NEVER_UPDATED;
  ownerId: number;
  indicatorIds: number[];
}

export interface OwnerUpdateSummary {
  findings: DataOwnerNeverUpdated[];
  /** Data owners with at least one owned indicator due in the window. */
  assignedOwners: number;
  neverUpdating: number;
  /** neverUpdating / assignedOwners (null: no owner had anything due). */
  share: number | null;
}

/**
 * An owner "never updates" when, over the last `periods` due periods of every indicator they own, they
 * entered nothing. Owners with nothing due yet are not counted. Severity: medium; high when it is three
 * or more indicators.
 */
export function dataOwnersNeverUpdating(input: {
  owned: readonly OwnedIndicator[];
  periods: number;
  council?: { id: number; name: string } | null;
}): OwnerUpdateSummary {
  if (!Number.isInteger(input.periods) || input.periods < 1) throw new RangeError('periods must be a whole number of at least 1');
  const byOwner = new Map<number, { name: string; due: OwnedIndicator[]; updated: boolean }>();
  for (const o of input.owned) {
    const window = o.duePeriods.slice(-input.periods);
    if (!window.length) continue;
    const entry = byOwner.get(o.owner.id) ?? { name: o.owner.name, due: [], updated: false };
    entry.due.push(o);
    if (window.some((p) => o.enteredByOwner.has(p))) entry.updated = true;
    byOwner.set(o.owner.id, entry);
  }
  const findings: DataOwnerNeverUpdated[] = [];
  for (const [ownerId, e] of byOwner) {
    if (e.updated) continue;
    const names = e.due.map((d) => d.name).sort((a, b) => a.localeCompare(b));
    const nodes: NodeRef[] = [{ type: 'Person', id: ownerId, name: e.name }];
    for (const d of e.due) nodes.push({ type: 'Indicator', id: d.indicatorId, name: d.name });
    if (input.council) nodes.push({ type: 'Council', id: input.council.id, name: input.council.name });
    const what = names.length === 1 ? names[0] : `${names.length} indicators (${names.join(', ')})`;
    findings.push({
      code: DATA_OWNER_NEVER_UPDATED,
      severity: names.length >= 3 ? 'high' : 'medium',
      nodes,
      message: `${e.name} owns the data for ${what} and has entered no figure in the last ${input.periods} period(s) due.`,
      fix: `Ask ${e.name} to enter the missing figures, or name a data owner who will.`,
      ownerId,
      indicatorIds: e.due.map((d) => d.indicatorId),
    });
  }
  const assignedOwners = byOwner.size;
  return {
    findings: sortFindings(findings) as DataOwnerNeverUpdated[],
    assignedOwners,
    neverUpdating: findings.length,
    share: assignedOwners ? findings.length / assignedOwners : null,
  };
}
