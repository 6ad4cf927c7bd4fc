import { describe, expect, it } from 'vitest';
import { DATA_OWNER_NEVER_UPDATED, dataOwnersNeverUpdating } from './owners.js';

const ann = { id: 1, name: 'Ann Owner' };
const bob = { id: 2, name: 'Bob Keeper' };
const cat = { id: 3, name: 'Cat New' };
const months = ['2024-10', '2024-11', '2024-12'];

describe('data owners who never update', () => {
  const owned = [
    { indicatorId: 10, name: 'Assessments', owner: ann, duePeriods: months, enteredByOwner: new Set<string>() },
    { indicatorId: 11, name: 'Reviews', owner: ann, duePeriods: months, enteredByOwner: new Set(['2024-01']) },
    { indicatorId: 12, name: 'Waiting list', owner: bob, duePeriods: months, enteredByOwner: new Set(['2024-12']) },
    { indicatorId: 13, name: 'Caseload', owner: cat, duePeriods: [], enteredByOwner: new Set<string>() },
  ];

  it('finds an owner with no figure in the last N due periods of everything they own', () => {
    const r = dataOwnersNeverUpdating({ owned, periods: 3, council: { id: 7, name: 'Suffolk' } });
    expect(r.findings).toHaveLength(1);
    const f = r.findings[0]!;
    expect(f.code).toBe(DATA_OWNER_NEVER_UPDATED);
    expect(f.ownerId).toBe(1);
    expect(f.indicatorIds).toEqual([10, 11]);
    expect(f.severity).toBe('medium');
    expect(f.message).toBe(
      'Ann Owner owns the data for 2 indicators (Assessments, Reviews) and has entered no figure in the last 3 period(s) due.',
    );
    expect(f.nodes.map((n) => n.type)).toEqual(['Person', 'Indicator', 'Indicator', 'Council']);
    // Cat has nothing due yet: not counted. Ann of Ann and Bob never updates.
    expect(r.assignedOwners).toBe(2);
    expect(r.neverUpdating).toBe(1);
    expect(r.share).toBe(0.5);
  });

  it('looks only at the last N periods: an update before the window does not count', () => {
    const r = dataOwnersNeverUpdating({ owned, periods: 1 });
    expect(r.findings.map((f) => f.ownerId)).toEqual([1]);
    const bobOld = [{ ...owned[2]!, enteredByOwner: new Set(['2024-10']) }];
    expect(dataOwnersNeverUpdating({ owned: bobOld, periods: 2 }).neverUpdating).toBe(1);
    expect(dataOwnersNeverUpdating({ owned: bobOld, periods: 3 }).neverUpdating).toBe(0);
  });

  it('gives no share when nobody had anything due, and refuses a window under one', () => {
    expect(dataOwnersNeverUpdating({ owned: [owned[3]!], periods: 3 }).share).toBeNull();
    expect(() => dataOwnersNeverUpdating({ owned, periods: 0 })).toThrow(RangeError);
  });
});
