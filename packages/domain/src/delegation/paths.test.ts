import { describe, expect, it } from 'vitest';
import { accountabilityFindings } from './checks.js';
import { delegation, northshire, northshireWith } from './fixtures.js';
import { delegationPath, whatPersonAnswersFor, whoIsAccountable } from './paths.js';
import { buildAccountabilityIndex } from './scope.js';
import type { AccountabilitySnapshot } from './types.js';

const pathOf = (s: AccountabilitySnapshot, id: number) => delegationPath(id, s.delegations, s.powers, s.bodies, s.people);

describe('delegationPath', () => {
  it('runs from the source body down to the holder', () => {
    const path = pathOf(northshire(), 4)!;
    expect(path.steps).toEqual([
      { type: 'Body', id: 2, name: 'Executive', kind: 'EXECUTIVE' },
      { type: 'Person', id: 1, name: 'Cara Chief', delegationId: 1 },
      { type: 'Person', id: 2, name: 'Dan Director', delegationId: 2 },
      { type: 'Person', id: 3, name: 'Hana Head', delegationId: 3 },
      { type: 'Person', id: 4, name: 'Tom Team', delegationId: 4 },
    ]);
    expect(path.text).toBe('Executive → Cara Chief → Dan Director → Hana Head → Tom Team');
    expect(path.power).toEqual({ type: 'Power', id: 1, name: 'Approve care packages' });
    expect(path.complete).toBe(true);
    expect(path.problems).toEqual([]);
    expect(pathOf(northshire(), 6)!.text).toBe('Executive → Fin Finch');
  });

  it('accepts maps and returns null for a delegation not on record', () => {
    const index = buildAccountabilityIndex(northshire());
    expect(delegationPath(5, index.delegationsById, index.powersById, index.bodiesById, index.peopleById)!.text).toBe(
      'Executive → Cara Chief → Dan Director → Ria Reable',
    );
    expect(pathOf(northshire(), 999)).toBeNull();
  });

  it('terminates on a delegation loop and says so', () => {
    const looped = northshireWith((_, f) => (f.delegation(3).parentId = 4));
    const path = pathOf(looped, 4)!;
    expect(path.steps.map((s) => s.id)).toEqual([3, 4]);
    expect(path.complete).toBe(false);
    expect(path.problems[0]).toBe('the chain of delegations loops back on itself, so it never reaches a council body');
    const self = pathOf(
      northshireWith((_, f) => (f.delegation(4).parentId = 4)),
      4,
    )!;
    expect(self.steps.map((s) => s.id)).toEqual([4]);
    expect(self.complete).toBe(false);
  });

  it('reports a missing parent, a wrong delegator, a foreign source body and a root without a body', () => {
    expect(
      pathOf(
        northshireWith((_, f) => (f.delegation(3).parentId = 999)),
        4,
      )!.problems,
    ).toEqual(['delegation #3 comes from delegation #999, which is not on record']);
    expect(
      pathOf(
        northshireWith((_, f) => (f.delegation(3).fromPersonId = 1)),
        4,
      )!.problems,
    ).toEqual(["Hana Head's delegation was made by Cara Chief, not by Dan Director who held it"]);
    expect(
      pathOf(
        northshireWith((_, f) => (f.delegation(1).fromBodyId = 3)),
        2,
      )!.problems,
    ).toEqual(['"Approve care packages" belongs to Executive, but it was delegated by Adult Care Committee']);
    const personRoot = pathOf(
      northshireWith((_, f) => {
        f.delegation(1).fromBodyId = null;
        f.delegation(1).fromPersonId = 7;
      }),
      2,
    )!;
    expect(personRoot.text).toBe('Fin Finch → Cara Chief → Dan Director');
    expect(personRoot.steps[0]).toEqual({ type: 'Person', id: 7, name: 'Fin Finch', delegationId: null });
    expect(personRoot.complete).toBe(false);
  });
});

describe('whoIsAccountable', () => {
  it('names the owner, the chain above and everyone who decides, with where their power comes from', () => {
    const answer = whoIsAccountable(101, northshire())!;
    expect(answer.service).toEqual({ type: 'Service', id: 101, name: 'Home Care North' });
    expect(answer.directorate).toEqual({ type: 'Directorate', id: 10, name: 'Adult Social Care' });
    expect(answer.owner).toEqual({ type: 'Person', id: 4, name: 'Tom Team' });
    expect(answer.ownerActive).toBe(true);
    expect(answer.ownerChain.map((p) => p.name)).toEqual(['Hana Head', 'Dan Director', 'Cara Chief']);
    expect(answer.decisionMakers.map((d) => [d.person.name, d.financialLimit, d.accountable, d.path.text])).toEqual([
      ['Cara Chief', 100_000, true, 'Executive → Cara Chief'],
      ['Dan Director', 50_000, true, 'Executive → Cara Chief → Dan Director'],
      ['Hana Head', 20_000, true, 'Executive → Cara Chief → Dan Director → Hana Head'],
      ['Tom Team', 5_000, true, 'Executive → Cara Chief → Dan Director → Hana Head → Tom Team'],
    ]);
    expect(answer.decisionMakers[1]!.scopeLabel).toBe('the Adult Social Care directorate');
  });

  it('flags decision makers who do not answer for the service, and skips delegations not in force', () => {
    const snapshot = northshireWith((s) => {
      s.delegations.push(delegation(20, { powerId: 2, fromBodyId: 2, toPersonId: 8, scope: { kind: 'SERVICE', id: 102 } }));
      s.delegations.push(
        delegation(21, { powerId: 2, fromBodyId: 2, toPersonId: 7, scope: { kind: 'SERVICE', id: 102 }, revokedOn: '2025-01-01' }),
      );
    });
    const answer = whoIsAccountable(102, snapshot)!;
    expect(answer.decisionMakers.map((d) => [d.person.name, d.accountable])).toEqual([
      ['Cara Chief', true],
      ['Pat Perf', false],
      ['Dan Director', true],
      ['Ria Reable', true],
    ]);
  });

  it('handles a vacant owner, a line loop and an unknown service', () => {
    const answer = whoIsAccountable(
      101,
      northshireWith((_, f) => {
        f.person(4).active = false;
        f.person(1).lineManagerId = 4;
      }),
    )!;
    expect(answer.ownerActive).toBe(false);
    expect(answer.ownerChain.map((p) => p.id)).toEqual([3, 2, 1]);
    expect(answer.decisionMakers.every((d) => d.accountable)).toBe(true);
    expect(whoIsAccountable(999, northshire())).toBeNull();
    const unowned = whoIsAccountable(
      102,
      northshireWith((_, f) => (f.service(102).accountableOwnerId = null)),
    )!;
    expect(unowned.owner).toBeNull();
    expect(unowned.ownerChain).toEqual([]);
    expect(unowned.decisionMakers.every((d) => !d.accountable)).toBe(true);
  });
});

describe('whatPersonAnswersFor', () => {
  it('lists the services owned with their teams and the powers held with their paths', () => {
    const hana = whatPersonAnswersFor(3, northshire())!;
    expect(hana.person).toEqual({ type: 'Person', id: 3, name: 'Hana Head' });
    expect(hana.active).toBe(true);
    expect(hana.servicesOwned).toEqual([
      { service: { type: 'Service', id: 100, name: 'Home Care' }, teams: [{ type: 'Service', id: 101, name: 'Home Care North' }] },
    ]);
    expect(hana.directoratesDirected).toEqual([]);
    expect(hana.powersHeld).toHaveLength(1);
    expect(hana.powersHeld[0]!.power).toEqual({ type: 'Power', id: 1, name: 'Approve care packages' });
    expect(hana.powersHeld[0]!.scopeLabel).toBe('the Home Care service');
    expect(hana.powersHeld[0]!.financialLimit).toBe(20_000);
    expect(hana.powersHeld[0]!.path.text).toBe('Executive → Cara Chief → Dan Director → Hana Head');
    expect(hana.indicatorsDataOwned).toEqual([]);
    expect(hana.miResponsible).toBe(false);
    expect(hana.findings).toEqual([]);
  });

  it('lists directorates directed, indicators owned and MI responsibility', () => {
    const dan = whatPersonAnswersFor(2, northshire())!;
    expect(dan.directoratesDirected.map((d) => [d.directorate.name, d.services.map((s) => s.id)])).toEqual([
      ['Adult Social Care', [100, 101, 102]],
    ]);
    expect(whatPersonAnswersFor(8, northshire())!.indicatorsDataOwned.map((i) => i.id)).toEqual([1]);
    const fin = whatPersonAnswersFor(7, northshire())!;
    expect(fin.miResponsible).toBe(true);
    expect(fin.servicesOwned.map((s) => s.service.name)).toEqual(['Finance']);
    expect(fin.powersHeld.map((p) => p.power?.name)).toEqual(['Approve budget virements']);
  });

  it('includes only in-force powers and the findings that name the person', () => {
    const snapshot = northshireWith((s, f) => {
      f.person(8).functionalManagerId = 4;
      f.item(1).ownerId = 8;
      s.delegations.push(
        delegation(20, { powerId: 2, fromBodyId: 2, toPersonId: 8, scope: { kind: 'SERVICE', id: 102 }, revokedOn: '2025-01-01' }),
      );
    });
    const pat = whatPersonAnswersFor(8, snapshot)!;
    expect(pat.powersHeld).toEqual([]);
    expect(pat.findings.map((f) => f.code)).toEqual(['BLURRED_ACCOUNTABILITY', 'DUAL_ACCOUNTABILITY']);
    // Tom is named too (as Pat's functional manager), Ria is not.
    expect(whatPersonAnswersFor(4, snapshot)!.findings.map((f) => f.code)).toEqual(['DUAL_ACCOUNTABILITY']);
    expect(whatPersonAnswersFor(6, snapshot)!.findings).toEqual([]);
    // Precomputed findings are used as given.
    const all = accountabilityFindings(snapshot);
    expect(whatPersonAnswersFor(8, snapshot, all)!.findings).toEqual(pat.findings);
    expect(whatPersonAnswersFor(8, snapshot, [])!.findings).toEqual([]);
  });

  it('is null for a person not on record', () => {
    expect(whatPersonAnswersFor(999, northshire())).toBeNull();
  });
});
