/**
 * Snapshots for tests and benchmarks (not exported from the package): a small, clean council whose
 * scheme of delegation raises no finding, and a generated large council with planted problems.
 */
import type {
  AccountabilityPerson,
  AccountabilityService,
  AccountabilityServiceItem,
  AccountabilitySnapshot,
  DelegationRow,
  DelegationScope,
} from './types.js';

export const TODAY = '2025-06-01';

/** A snapshot whose lists can be edited in place (tests only). */
export type SnapshotDraft = {
  -readonly [K in keyof AccountabilitySnapshot]: AccountabilitySnapshot[K] extends readonly (infer T)[] ? T[] : AccountabilitySnapshot[K];
};

/** Northshire with an edit applied, plus finders for its rows. */
export function northshireWith(edit: (s: SnapshotDraft, find: ReturnType<typeof finders>) => void): AccountabilitySnapshot {
  const s = northshire() as SnapshotDraft;
  edit(s, finders(s));
  return s;
}

export function finders(s: SnapshotDraft) {
  const must = <T>(row: T | undefined, what: string): T => {
    if (row === undefined) throw new Error(`fixture has no ${what}`);
    return row;
  };
  return {
    service: (id: number) =>
      must(
        s.services.find((x) => x.id === id),
        `service ${id}`,
      ),
    person: (id: number) =>
      must(
        s.people.find((x) => x.id === id),
        `person ${id}`,
      ),
    delegation: (id: number) =>
      must(
        s.delegations.find((x) => x.id === id),
        `delegation ${id}`,
      ),
    item: (id: number) =>
      must(
        s.serviceItems.find((x) => x.id === id),
        `item ${id}`,
      ),
    indicator: (id: number) =>
      must(
        s.indicatorsInUse.find((x) => x.id === id),
        `indicator ${id}`,
      ),
    remove: (id: number) => {
      const i = s.delegations.findIndex((x) => x.id === id);
      must(s.delegations[i], `delegation ${id}`);
      s.delegations.splice(i, 1);
    },
  };
}

export function person(id: number, name: string, extra: Partial<AccountabilityPerson> = {}): AccountabilityPerson {
  return {
    id,
    name,
    councilId: 1,
    lineManagerId: null,
    functionalManagerId: null,
    serviceId: null,
    directorateId: null,
    active: true,
    ...extra,
  };
}

export function delegation(id: number, extra: Partial<DelegationRow> & { toPersonId: number; scope: DelegationScope }): DelegationRow {
  return {
    id,
    powerId: 1,
    fromBodyId: null,
    fromPersonId: null,
    financialLimit: null,
    conditions: null,
    maySubDelegate: true,
    parentId: null,
    effectiveFrom: '2024-04-01',
    effectiveTo: null,
    revokedOn: null,
    ...extra,
  };
}

/**
 * Northshire: a clean council (no finding at all).
 *
 *   Cara Chief (1, chief executive)
 *   ├── Dan Director (2), director of Adult Social Care (10)
 *   │   ├── Hana Head (3) owns Home Care (100)
 *   │   │   └── Tom Team (4) owns Home Care North (101, a team of Home Care)
 *   │   │       └── Sam Staff (5) works in Home Care North
 *   │   └── Ria Reable (6) owns Reablement (102)
 *   └── Fin Finch (7), director of Resources (11), owns Finance (110), MI-responsible
 *       └── Pat Perf (8) works in Finance, data owner of the ASCOF indicator
 *
 * "Approve care packages" (power 1, Executive, limit £100,000):
 *   Executive → Cara (council, no limit) → Dan (Adults, £50,000) → Hana (Home Care, £20,000)
 *   → Tom (Home Care North, £5,000, may not sub-delegate); Dan → Ria (Reablement, £20,000).
 * "Approve budget virements" (power 3): Executive → Fin (Resources).
 */
export function northshire(): AccountabilitySnapshot {
  return {
    council: { id: 1, name: 'Northshire County Council', miResponsibleId: 7 },
    today: TODAY,
    directorates: [
      { id: 10, name: 'Adult Social Care', directorId: 2 },
      { id: 11, name: 'Resources', directorId: 7 },
    ],
    services: [
      { id: 100, name: 'Home Care', directorateId: 10, parentId: null, accountableOwnerId: 3 },
      { id: 101, name: 'Home Care North', directorateId: 10, parentId: 100, accountableOwnerId: 4 },
      { id: 102, name: 'Reablement', directorateId: 10, parentId: null, accountableOwnerId: 6 },
      { id: 110, name: 'Finance', directorateId: 11, parentId: null, accountableOwnerId: 7 },
    ],
    people: [
      person(1, 'Cara Chief'),
      person(2, 'Dan Director', { lineManagerId: 1, directorateId: 10 }),
      person(3, 'Hana Head', { lineManagerId: 2, serviceId: 100, directorateId: 10 }),
      person(4, 'Tom Team', { lineManagerId: 3, serviceId: 101, directorateId: 10 }),
      person(5, 'Sam Staff', { lineManagerId: 4, serviceId: 101, directorateId: 10 }),
      person(6, 'Ria Reable', { lineManagerId: 2, serviceId: 102, directorateId: 10 }),
      person(7, 'Fin Finch', { lineManagerId: 1, serviceId: 110, directorateId: 11 }),
      person(8, 'Pat Perf', { lineManagerId: 7, serviceId: 110, directorateId: 11 }),
    ],
    bodies: [
      { id: 1, name: 'Full Council', kind: 'FULL_COUNCIL' },
      { id: 2, name: 'Executive', kind: 'EXECUTIVE' },
      { id: 3, name: 'Adult Care Committee', kind: 'COMMITTEE' },
    ],
    powers: [
      { id: 1, name: 'Approve care packages', kind: 'care', sourceBodyId: 2, financialLimit: 100_000 },
      { id: 2, name: 'Commission residential care', kind: 'commissioning', sourceBodyId: 2, financialLimit: null },
      { id: 3, name: 'Approve budget virements', kind: 'finance', sourceBodyId: 2, financialLimit: null },
    ],
    delegations: [
      delegation(1, { fromBodyId: 2, toPersonId: 1, scope: { kind: 'COUNCIL', id: null } }),
      delegation(2, { parentId: 1, fromPersonId: 1, toPersonId: 2, scope: { kind: 'DIRECTORATE', id: 10 }, financialLimit: 50_000 }),
      delegation(3, { parentId: 2, fromPersonId: 2, toPersonId: 3, scope: { kind: 'SERVICE', id: 100 }, financialLimit: 20_000 }),
      delegation(4, {
        parentId: 3,
        fromPersonId: 3,
        toPersonId: 4,
        scope: { kind: 'SERVICE', id: 101 },
        financialLimit: 5_000,
        maySubDelegate: false,
      }),
      delegation(5, { parentId: 2, fromPersonId: 2, toPersonId: 6, scope: { kind: 'SERVICE', id: 102 }, financialLimit: 20_000 }),
      delegation(6, { powerId: 3, fromBodyId: 2, toPersonId: 7, scope: { kind: 'DIRECTORATE', id: 11 } }),
    ],
    serviceItems: [
      { kind: 'Objective', id: 1, name: 'Reduce delayed discharges', serviceId: 100, ownerId: 3 },
      { kind: 'Target', id: 2, name: '80% at home 91 days after reablement', serviceId: 102, ownerId: 6 },
      { kind: 'Target', id: 3, name: 'Visits on time', serviceId: 101, ownerId: 5 },
    ],
    indicatorsInUse: [{ id: 1, name: 'ASCOF 2B: older people at home 91 days after discharge', dataOwnerId: 8 }],
  };
}

/**
 * A generated council of 20,000 people and 2,000 services with planted problems (counts in the test):
 * 5 directorates × 40 top services × (1 + 9 teams); chief executive 1, directors 2..6, one head per
 * top service, one manager per team, the rest staff spread over the teams. The scheme delegates
 * "Approve care packages" Executive → chief executive (council) → director (directorate) → head
 * (service) → team manager (team).
 *
 * Planted (team index t = global team number 0..1799, staff index k = 0..17993):
 * - t % 100 === 0: team has no accountable owner (18 teams).
 * - t % 150 === 7: team manager holds no delegation (12 owners).
 * - 3 staff given delegations over things they do not answer for (directorate 0; two top services of directorate 1).
 * - k % 40 === 0: staff with a functional manager (director of directorate 4): 450 people.
 * - the last 3 staff manage each other in a loop; 2 revoked delegations are each other's parent.
 * - 5 objectives owned by a staff member of another directorate.
 * - the team delegation of team 1101 has a limit above the power's; the head of top service 10 in
 *   directorate 2 may not sub-delegate, yet its 9 teams hold sub-delegations.
 * - every 50th of 300 indicators has no data owner (6).
 */
export function generateLargeCouncil(): AccountabilitySnapshot {
  const DIRECTORATES = 5;
  const TOPS = 40;
  const TEAMS = 9;
  const PEOPLE = 20_000;

  const people: AccountabilityPerson[] = [];
  const services: AccountabilityService[] = [];
  const delegations: DelegationRow[] = [];
  const serviceItems: AccountabilityServiceItem[] = [];
  let nextPerson = 1;
  let nextService = 1;
  let nextDelegation = 1;
  let nextItem = 1;

  const ceo = nextPerson++;
  people.push(person(ceo, 'Chief Executive'));
  const ceoDelegation = nextDelegation++;
  delegations.push(delegation(ceoDelegation, { fromBodyId: 1, toPersonId: ceo, scope: { kind: 'COUNCIL', id: null } }));

  const teamRows: { serviceId: number; managerId: number; directorateId: number }[] = [];
  const directorates = [];
  const directorIds: number[] = [];
  const headDelegations: number[][] = [];
  for (let d = 0; d < DIRECTORATES; d++) {
    const directorateId = d + 1;
    const director = nextPerson++;
    directorIds.push(director);
    people.push(person(director, `Director ${d}`, { lineManagerId: ceo, directorateId }));
    directorates.push({ id: directorateId, name: `Directorate ${d}`, directorId: director });
    const directorDelegation = nextDelegation++;
    delegations.push(
      delegation(directorDelegation, {
        parentId: ceoDelegation,
        fromPersonId: ceo,
        toPersonId: director,
        scope: { kind: 'DIRECTORATE', id: directorateId },
      }),
    );
    headDelegations.push([]);
    for (let s = 0; s < TOPS; s++) {
      const topId = nextService++;
      const head = nextPerson++;
      people.push(person(head, `Head ${d}.${s}`, { lineManagerId: director, serviceId: topId, directorateId }));
      services.push({ id: topId, name: `Service ${d}.${s}`, directorateId, parentId: null, accountableOwnerId: head });
      serviceItems.push({ kind: 'Objective', id: nextItem++, name: `Objective of service ${d}.${s}`, serviceId: topId, ownerId: head });
      const headDelegation = nextDelegation++;
      headDelegations[d]!.push(headDelegation);
      delegations.push(
        delegation(headDelegation, {
          parentId: directorDelegation,
          fromPersonId: director,
          toPersonId: head,
          scope: { kind: 'SERVICE', id: topId },
          maySubDelegate: !(d === 2 && s === 10),
        }),
      );
      for (let t = 0; t < TEAMS; t++) {
        const teamIndex = teamRows.length;
        const teamId = nextService++;
        const manager = nextPerson++;
        people.push(person(manager, `Team manager ${d}.${s}.${t}`, { lineManagerId: head, serviceId: teamId, directorateId }));
        services.push({
          id: teamId,
          name: `Team ${d}.${s}.${t}`,
          directorateId,
          parentId: topId,
          accountableOwnerId: teamIndex % 100 === 0 ? null : manager,
        });
        teamRows.push({ serviceId: teamId, managerId: manager, directorateId });
        if (teamIndex % 150 !== 7) {
          delegations.push(
            delegation(nextDelegation++, {
              parentId: headDelegation,
              fromPersonId: head,
              toPersonId: manager,
              scope: { kind: 'SERVICE', id: teamId },
              financialLimit: teamIndex === 1101 ? 2_000_000 : null,
            }),
          );
        }
      }
    }
  }

  const staffStart = nextPerson;
  const staffCount = PEOPLE - (staffStart - 1);
  for (let k = 0; k < staffCount; k++) {
    const team = teamRows[k % teamRows.length]!;
    const id = nextPerson++;
    people.push(
      person(id, `Staff ${k}`, {
        lineManagerId: team.managerId,
        serviceId: team.serviceId,
        directorateId: team.directorateId,
        functionalManagerId: k % 40 === 0 ? directorIds[4]! : null,
      }),
    );
    if (k < 100) {
      serviceItems.push({ kind: 'Target', id: nextItem++, name: `Target ${k}`, serviceId: team.serviceId, ownerId: id });
    }
  }
  // A line-management loop among the last three staff.
  const last = people.length;
  people[last - 3]!.lineManagerId = people[last - 2]!.id;
  people[last - 2]!.lineManagerId = people[last - 1]!.id;
  people[last - 1]!.lineManagerId = people[last - 3]!.id;

  // Staff 0 works in directorate 0 (team 0); staff 360 in directorate 1; staff 361 in directorate 1.
  const staff = (k: number) => people[staffStart - 1 + k]!;
  const directorDelegationOf = (d: number) => delegations.find((x) => x.toPersonId === directorIds[d] && x.parentId === ceoDelegation)!.id;
  delegations.push(
    delegation(nextDelegation++, {
      parentId: directorDelegationOf(0),
      fromPersonId: directorIds[0]!,
      toPersonId: staff(0).id,
      scope: { kind: 'DIRECTORATE', id: 1 },
    }),
  );
  for (const [k, s] of [
    [360, 5],
    [361, 6],
  ] as const) {
    const topId = services.find((x) => x.name === `Service 1.${s}`)!.id;
    delegations.push(
      delegation(nextDelegation++, {
        parentId: directorDelegationOf(1),
        fromPersonId: directorIds[1]!,
        toPersonId: staff(k).id,
        scope: { kind: 'SERVICE', id: topId },
      }),
    );
  }
  // Two revoked delegations that are each other's parent.
  const loopA = nextDelegation++;
  const loopB = nextDelegation++;
  delegations.push(
    delegation(loopA, {
      parentId: loopB,
      fromPersonId: staff(5).id,
      toPersonId: staff(6).id,
      scope: { kind: 'SERVICE', id: 2 },
      revokedOn: '2025-01-01',
    }),
    delegation(loopB, {
      parentId: loopA,
      fromPersonId: staff(6).id,
      toPersonId: staff(5).id,
      scope: { kind: 'SERVICE', id: 2 },
      revokedOn: '2025-01-01',
    }),
  );
  // Five objectives of directorate-0 top services owned by a staff member of directorate 3.
  const outsider = staff(3 * 360 + 1).id;
  for (let s = 0; s < 5; s++) {
    const topId = services.find((x) => x.name === `Service 0.${s}`)!.id;
    serviceItems.push({ kind: 'Objective', id: nextItem++, name: `Borrowed objective ${s}`, serviceId: topId, ownerId: outsider });
  }

  const heads = services.filter((s) => s.parentId === null).map((s) => s.accountableOwnerId!);
  const indicatorsInUse = Array.from({ length: 300 }, (_, i) => ({
    id: i + 1,
    name: `Indicator ${i}`,
    dataOwnerId: i % 50 === 0 ? null : heads[i % heads.length]!,
  }));

  return {
    council: { id: 1, name: 'Generated Metropolitan Borough Council', miResponsibleId: ceo },
    today: TODAY,
    directorates,
    services,
    people,
    bodies: [{ id: 1, name: 'Executive', kind: 'EXECUTIVE' }],
    powers: [{ id: 1, name: 'Approve care packages', kind: 'care', sourceBodyId: 1, financialLimit: 1_000_000 }],
    delegations,
    serviceItems,
    indicatorsInUse,
  };
}
