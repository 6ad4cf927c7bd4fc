import { describe, expect, it } from 'vitest';
import { delegation, northshire, northshireWith } from './fixtures.js';
import {
  buildAccountabilityIndex,
  effectiveFinancialLimit,
  isDelegationInForce,
  wasDelegationInForce,
  lineManagementChain,
  scopeContains,
  scopeExists,
  servicesInScope,
} from './scope.js';
import type { DelegationScope } from './types.js';

const council: DelegationScope = { kind: 'COUNCIL', id: null };
const dir = (id: number): DelegationScope => ({ kind: 'DIRECTORATE', id });
const svc = (id: number): DelegationScope => ({ kind: 'SERVICE', id });

describe('scopeContains', () => {
  const index = buildAccountabilityIndex(northshire());

  it('COUNCIL contains every directorate and service, and itself', () => {
    for (const inner of [council, { kind: 'COUNCIL', id: 1 } as DelegationScope, dir(10), dir(11), svc(100), svc(101), svc(110)]) {
      expect(scopeContains(council, inner, index)).toBe(true);
    }
    expect(scopeContains({ kind: 'COUNCIL', id: 1 }, svc(101), index)).toBe(true);
  });

  it('a COUNCIL scope naming another council covers nothing here', () => {
    expect(scopeExists({ kind: 'COUNCIL', id: 2 }, index)).toBe(false);
    expect(scopeContains({ kind: 'COUNCIL', id: 2 }, svc(100), index)).toBe(false);
  });

  it('a DIRECTORATE contains its services and their nested teams, nothing else', () => {
    expect(scopeContains(dir(10), dir(10), index)).toBe(true);
    expect(scopeContains(dir(10), svc(100), index)).toBe(true);
    expect(scopeContains(dir(10), svc(101), index)).toBe(true);
    expect(scopeContains(dir(10), svc(110), index)).toBe(false);
    expect(scopeContains(dir(10), dir(11), index)).toBe(false);
    expect(scopeContains(dir(10), council, index)).toBe(false);
  });

  it('a SERVICE contains its descendant teams, not its parent, siblings or directorate', () => {
    expect(scopeContains(svc(100), svc(100), index)).toBe(true);
    expect(scopeContains(svc(100), svc(101), index)).toBe(true);
    expect(scopeContains(svc(101), svc(100), index)).toBe(false);
    expect(scopeContains(svc(100), svc(102), index)).toBe(false);
    expect(scopeContains(svc(100), dir(10), index)).toBe(false);
    expect(scopeContains(svc(100), council, index)).toBe(false);
  });

  it('contains nothing and is contained by nothing when the scope is not on record', () => {
    expect(scopeContains(dir(99), svc(100), index)).toBe(false);
    expect(scopeContains(council, svc(999), index)).toBe(false);
    expect(scopeContains(svc(999), svc(999), index)).toBe(false);
    expect(scopeContains({ kind: 'SERVICE', id: null }, svc(100), index)).toBe(false);
  });

  it('counts a team in the directorate of the service above it, even if recorded elsewhere', () => {
    const snapshot = northshireWith((s) => {
      s.services.push({ id: 103, name: 'Stray Team', directorateId: 11, parentId: 100, accountableOwnerId: 3 });
      s.services.push({ id: 104, name: 'Stray Sub-team', directorateId: 11, parentId: 103, accountableOwnerId: 3 });
    });
    expect(scopeContains(dir(10), svc(104), snapshot)).toBe(true);
    expect(scopeContains(dir(11), svc(104), snapshot)).toBe(true);
    expect(scopeContains(svc(100), svc(104), snapshot)).toBe(true);
  });

  it('accepts the snapshot itself', () => {
    expect(scopeContains(dir(10), svc(101), northshire())).toBe(true);
  });
});

describe('servicesInScope', () => {
  const index = buildAccountabilityIndex(northshire());
  const idsOf = (scope: DelegationScope) => servicesInScope(scope, index).map((s) => s.id);

  it('lists what each kind of scope covers', () => {
    expect(idsOf(council)).toEqual([100, 101, 102, 110]);
    expect(idsOf(dir(10))).toEqual([100, 101, 102]);
    expect(idsOf(dir(11))).toEqual([110]);
    expect(idsOf(svc(100))).toEqual([100, 101]);
    expect(idsOf(svc(101))).toEqual([101]);
    expect(idsOf(dir(99))).toEqual([]);
    expect(idsOf(svc(999))).toEqual([]);
  });

  it('terminates on a service nesting loop', () => {
    const looped = buildAccountabilityIndex(
      northshireWith((_, f) => {
        f.service(100).parentId = 101;
      }),
    );
    expect(servicesInScope(svc(100), looped).map((s) => s.id)).toEqual([100, 101]);
    expect(servicesInScope(svc(101), looped).map((s) => s.id)).toEqual([101, 100]);
    expect(scopeContains(svc(101), svc(100), looped)).toBe(true);
    expect(
      servicesInScope(dir(10), looped)
        .map((s) => s.id)
        .sort(),
    ).toEqual([100, 101, 102]);
  });
});

describe('isDelegationInForce', () => {
  const d = delegation(1, { toPersonId: 1, scope: council, effectiveFrom: '2025-01-01', effectiveTo: '2025-12-31' });
  it('is in force from its first day to its last, unless revoked', () => {
    expect(isDelegationInForce(d, '2024-12-31')).toBe(false);
    expect(isDelegationInForce(d, '2025-01-01')).toBe(true);
    expect(isDelegationInForce(d, '2025-12-31')).toBe(true);
    expect(isDelegationInForce(d, '2026-01-01')).toBe(false);
    expect(isDelegationInForce({ ...d, effectiveTo: null }, '2030-01-01')).toBe(true);
    expect(isDelegationInForce({ ...d, revokedOn: '2025-03-01' }, '2025-06-01')).toBe(false);
  });
});

describe('effectiveFinancialLimit', () => {
  it('is the smallest of its own, its parents’ and the power’s limits', () => {
    const index = buildAccountabilityIndex(northshire());
    const limit = (id: number) => effectiveFinancialLimit(index.delegationsById.get(id)!, index);
    expect(limit(1)).toBe(100_000); // Cara: no own limit, the power's
    expect(limit(2)).toBe(50_000);
    expect(limit(4)).toBe(5_000);
    expect(limit(6)).toBeNull(); // virements: no limit anywhere
  });

  it('inherits the parent’s limit when its own is null, and survives a loop', () => {
    const snapshot = northshireWith((_, f) => {
      f.delegation(4).financialLimit = null;
    });
    expect(effectiveFinancialLimit(snapshot.delegations.find((d) => d.id === 4)!, snapshot)).toBe(20_000);
    const looped = northshireWith((_, f) => {
      f.delegation(3).parentId = 4;
    });
    expect(effectiveFinancialLimit(looped.delegations.find((d) => d.id === 4)!, looped)).toBe(5_000);
  });

  it('works for a proposed row that is not on record yet', () => {
    expect(effectiveFinancialLimit({ powerId: 1, financialLimit: null, parentId: 3 }, northshire())).toBe(20_000);
  });
});

describe('lineManagementChain', () => {
  it('lists managers nearest first and stops at a loop', () => {
    expect(lineManagementChain(5, northshire())).toEqual([4, 3, 2, 1]);
    const looped = northshireWith((_, f) => (f.person(1).lineManagerId = 5));
    expect(lineManagementChain(5, looped)).toEqual([4, 3, 2, 1]);
    expect(lineManagementChain(1, looped)).toEqual([5, 4, 3, 2]);
  });
});

describe('wasDelegationInForce', () => {
  const d = delegation(1, { toPersonId: 1, scope: council, effectiveFrom: '2025-01-01', effectiveTo: '2025-12-31' });
  it('counts a delegation revoked later as in force before its revocation, not on or after it', () => {
    expect(wasDelegationInForce(d, '2024-12-31')).toBe(false);
    expect(wasDelegationInForce(d, '2025-01-01')).toBe(true);
    expect(wasDelegationInForce(d, '2026-01-01')).toBe(false);
    expect(wasDelegationInForce({ ...d, revokedOn: '2025-03-01' }, '2025-02-28')).toBe(true);
    expect(wasDelegationInForce({ ...d, revokedOn: '2025-03-01' }, '2025-03-01')).toBe(false);
    expect(wasDelegationInForce({ ...d, revokedOn: '2025-03-01' }, '2025-06-01')).toBe(false);
  });
});
