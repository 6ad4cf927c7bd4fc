import { describe, expect, it } from 'vitest';
import { northshire, northshireWith, person } from './fixtures.js';
import { buildAccountabilityIndex } from './scope.js';
import type { AccountabilitySnapshot, DelegationRow } from './types.js';
import {
  revocationSet,
  validateDelegationLoop,
  validateDelegationParent,
  validateLineManager,
  validateSubDelegation,
  type ProposedSubDelegation,
  type SubDelegationParent,
} from './validation.js';

function parentOf(snapshot: AccountabilitySnapshot, id: number, edit: Partial<DelegationRow> = {}): SubDelegationParent {
  const row = snapshot.delegations.find((d) => d.id === id)!;
  const holder = snapshot.people.find((p) => p.id === row.toPersonId)!;
  const power = snapshot.powers.find((p) => p.id === row.powerId)!;
  return { ...row, ...edit, powerName: power.name, toPersonName: holder.name };
}

// Hana Head (3) holds "Approve care packages" over Home Care up to £20,000 (delegation 3), from 2024-04-01.
const snapshot = northshireWith((s) => {
  s.people.push(person(9, 'Lee Leaver', { active: false }));
});
const index = buildAccountabilityIndex(snapshot);
const hana = parentOf(snapshot, 3);
const good: ProposedSubDelegation = {
  fromPersonId: 3,
  toPersonId: 5,
  scope: { kind: 'SERVICE', id: 101 },
  financialLimit: 1_000,
  effectiveFrom: '2025-06-01',
  effectiveTo: null,
};

describe('validateSubDelegation', () => {
  it('allows a narrower sub-delegation by the holder, within the parent’s scope, limit and dates', () => {
    expect(validateSubDelegation(hana, good, index)).toBeNull();
    expect(validateSubDelegation(hana, { ...good, scope: { kind: 'SERVICE', id: 100 }, financialLimit: 20_000 }, index)).toBeNull();
    expect(validateSubDelegation(hana, { ...good, financialLimit: null }, index)).toBeNull(); // inherits £20,000
    expect(validateSubDelegation(hana, { ...good, powerId: 1 }, snapshot)).toBeNull();
  });

  it('refuses a scope wider than the parent’s', () => {
    expect(validateSubDelegation(hana, { ...good, scope: { kind: 'DIRECTORATE', id: 10 } }, index)).toEqual({
      field: 'scope',
      message:
        'Hana Head holds "Approve care packages" only over the Home Care service, so cannot sub-delegate it to Sam Staff over the Adult ' +
        'Social Care directorate.',
    });
    expect(validateSubDelegation(hana, { ...good, scope: { kind: 'SERVICE', id: 102 } }, index)?.field).toBe('scope');
    expect(validateSubDelegation(hana, { ...good, scope: { kind: 'COUNCIL', id: null } }, index)?.field).toBe('scope');
    expect(validateSubDelegation(hana, { ...good, scope: { kind: 'SERVICE', id: 999 } }, index)?.message).toContain(
      'a service not on record (#999)',
    );
  });

  it('refuses a limit above the parent’s (effective) limit', () => {
    expect(validateSubDelegation(hana, { ...good, financialLimit: 25_000 }, index)).toEqual({
      field: 'financialLimit',
      message: 'Hana Head may approve "Approve care packages" only up to £20,000, so cannot give Sam Staff a limit of £25,000.',
    });
    // Parent with no own limit: its parent's £50,000 binds.
    const unlimitedHana = parentOf(snapshot, 3, { financialLimit: null });
    expect(validateSubDelegation(unlimitedHana, { ...good, financialLimit: 50_000 }, index)).toBeNull();
    expect(validateSubDelegation(unlimitedHana, { ...good, financialLimit: 50_001 }, index)?.message).toContain('only up to £50,000');
    expect(validateSubDelegation(hana, { ...good, financialLimit: -1 }, index)?.field).toBe('financialLimit');
  });

  it('refuses when the parent may not be sub-delegated', () => {
    const tom = parentOf(snapshot, 4);
    expect(validateSubDelegation(tom, { ...good, fromPersonId: 4 }, index)).toEqual({
      field: 'parentId',
      message: 'Tom Team\'s delegation of "Approve care packages" may not be sub-delegated, so Tom Team cannot pass it to Sam Staff.',
    });
  });

  it('refuses when the delegator is not the parent’s holder', () => {
    expect(validateSubDelegation(hana, { ...good, fromPersonId: 2 }, index)).toEqual({
      field: 'fromPersonId',
      message: 'Only Hana Head, who holds "Approve care packages", can sub-delegate it; Dan Director does not hold this delegation.',
    });
    expect(validateSubDelegation(hana, { ...good, fromPersonId: null }, index)?.field).toBe('fromPersonId');
    expect(validateSubDelegation(hana, { ...good, fromBodyId: 2 }, index)?.field).toBe('fromBodyId');
  });

  it('refuses when the parent is not in force', () => {
    expect(validateSubDelegation(parentOf(snapshot, 3, { revokedOn: '2025-05-01' }), good, index)).toEqual({
      field: 'parentId',
      message: 'Hana Head\'s delegation of "Approve care packages" was revoked on 2025-05-01, so it cannot be sub-delegated.',
    });
    expect(validateSubDelegation(parentOf(snapshot, 3, { effectiveTo: '2025-05-31' }), good, index)?.message).toContain(
      'ended on 2025-05-31',
    );
    expect(validateSubDelegation(parentOf(snapshot, 3, { effectiveFrom: '2025-07-01' }), good, index)?.message).toContain(
      'does not start until 2025-07-01',
    );
  });

  it('refuses dates outside the parent’s', () => {
    expect(validateSubDelegation(hana, { ...good, effectiveFrom: '2024-01-01' }, index)).toEqual({
      field: 'effectiveFrom',
      message:
        'Sam Staff\'s delegation of "Approve care packages" cannot start on 2024-01-01, before Hana Head\'s own delegation starts ' +
        '(2024-04-01).',
    });
    const ending = parentOf(snapshot, 3, { effectiveTo: '2026-03-31' });
    expect(validateSubDelegation(ending, good, index)).toEqual({
      field: 'effectiveTo',
      message: 'Sam Staff\'s delegation of "Approve care packages" must end by 2026-03-31, when Hana Head\'s own delegation ends.',
    });
    expect(validateSubDelegation(ending, { ...good, effectiveTo: '2026-04-30' }, index)?.field).toBe('effectiveTo');
    expect(validateSubDelegation(ending, { ...good, effectiveTo: '2026-03-31' }, index)).toBeNull();
    expect(validateSubDelegation(hana, { ...good, effectiveTo: '2025-05-01' }, index)?.message).toContain(
      'would end (2025-05-01) before it starts (2025-06-01)',
    );
    expect(validateSubDelegation(hana, { ...good, effectiveFrom: '2025-02-30' }, index)?.field).toBe('effectiveFrom');
  });

  it('refuses a different power and a delegatee who cannot hold it', () => {
    expect(validateSubDelegation(hana, { ...good, powerId: 2 }, index)).toEqual({
      field: 'powerId',
      message:
        'Hana Head holds "Approve care packages", not "Commission residential care", so can only sub-delegate "Approve care packages".',
    });
    expect(validateSubDelegation(hana, { ...good, toPersonId: 9 }, index)).toEqual({
      field: 'toPersonId',
      message: '"Approve care packages" cannot be delegated to Lee Leaver, who is no longer active (has left or is absent).',
    });
    expect(validateSubDelegation(hana, { ...good, toPersonId: 999 }, index)?.message).toContain('person #999, who is not on record');
  });
});

describe('validateLineManager', () => {
  const managers = new Map<number, number | null>([
    [1, null], // Ann Lee
    [2, 1], // Bob Cox reports to Ann
    [3, 2], // Cy Day reports to Bob
    [4, null], // Di Eve
  ]);
  const names = new Map([
    [1, 'Ann Lee'],
    [2, 'Bob Cox'],
    [3, 'Cy Day'],
    [4, 'Di Eve'],
  ]);

  it('refuses a direct loop, naming both people', () => {
    // Ann Lee reports to Bob Cox: making Ann Bob's manager would close the loop.
    const annReportsToBob = new Map<number, number | null>([
      [1, 2],
      [2, null],
    ]);
    expect(validateLineManager(2, 1, annReportsToBob, names)).toEqual({
      field: 'lineManagerId',
      message: 'Making Ann Lee the line manager of Bob Cox would create a loop: Ann Lee already reports to Bob Cox',
    });
  });

  it('refuses an indirect loop, showing the chain', () => {
    expect(validateLineManager(1, 3, managers, names)).toEqual({
      field: 'lineManagerId',
      message: 'Making Cy Day the line manager of Ann Lee would create a loop: Cy Day already reports to Ann Lee (through Bob Cox)',
    });
  });

  it('refuses being one’s own line manager', () => {
    expect(validateLineManager(4, 4, managers, names)?.message).toBe('Di Eve cannot be their own line manager');
  });

  it('allows moves that close no loop, and clearing the manager', () => {
    expect(validateLineManager(3, 4, managers, names)).toBeNull();
    expect(validateLineManager(4, 3, managers, names)).toBeNull();
    expect(validateLineManager(1, null, managers, names)).toBeNull();
  });

  it('accepts lookup functions and terminates on data that already loops', () => {
    const looped = new Map<number, number | null>([
      [1, 2],
      [2, 1],
    ]);
    expect(
      validateLineManager(
        3,
        1,
        (id) => looped.get(id),
        (id) => names.get(id),
      ),
    ).toBeNull();
    expect(
      validateLineManager(
        1,
        2,
        (id) => looped.get(id),
        () => undefined,
      )?.message,
    ).toBe('Making person #2 the line manager of person #1 would create a loop: person #2 already reports to person #1');
  });
});

describe('validateDelegationParent', () => {
  it('refuses re-linking a delegation under one of its own sub-delegations', () => {
    const rows = northshire().delegations;
    expect(validateDelegationParent(3, 4, rows)?.field).toBe('parentId');
    expect(validateDelegationParent(3, 3, rows)?.message).toBe('Delegation #3 cannot come from itself.');
    expect(validateDelegationParent(5, 3, rows)).toBeNull();
    expect(validateDelegationParent(5, null, rows)).toBeNull();
  });
});

describe('revocationSet', () => {
  const rows = northshire().delegations;

  it('takes the delegation and every sub-delegation below it', () => {
    expect(revocationSet(2, rows)).toEqual([2, 3, 5, 4]);
    expect(revocationSet(1, rows)).toEqual([1, 2, 3, 5, 4]);
    expect(revocationSet(4, rows)).toEqual([4]);
    expect(revocationSet(6, rows)).toEqual([6]);
  });

  it('is empty for a delegation not on record, and accepts a map', () => {
    expect(revocationSet(999, rows)).toEqual([]);
    expect(revocationSet(3, new Map(rows.map((d) => [d.id, d])))).toEqual([3, 4]);
  });

  it('terminates on a delegation loop', () => {
    const looped = northshireWith((_, f) => {
      f.delegation(3).parentId = 4;
    }).delegations;
    expect(revocationSet(3, looped)).toEqual([3, 4]);
    expect(revocationSet(4, looped)).toEqual([4, 3]);
    expect(revocationSet(2, looped)).toEqual([2, 5]);
  });
});

describe('validateDelegationLoop', () => {
  it('allows passing a power down to someone not already in its chain', () => {
    expect(validateDelegationLoop(3, 5, index)).toBeNull();
  });
  it('refuses passing it back to someone who already holds it higher up the chain', () => {
    // Hana (3) holds delegation 3 from Dan (2): giving it back to Dan would loop.
    const error = validateDelegationLoop(3, 2, index);
    expect(error?.field).toBe('toPersonId');
    expect(error?.message).toContain('Dan Director already holds it higher up the same chain');
  });
  it('refuses delegating to oneself', () => {
    expect(validateDelegationLoop(3, 3, index)?.message).toContain('to themself');
  });
});
