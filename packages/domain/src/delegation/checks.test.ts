import { describe, expect, it } from 'vitest';
import type { Finding } from '../findings.js';
import { ACCOUNTABILITY_SEVERITY, accountabilityFindings } from './checks.js';
import { delegation, northshire, northshireWith, person } from './fixtures.js';

const of = (findings: Finding[], code: string) => findings.filter((f) => f.code === code);
const codes = (findings: Finding[]) => findings.map((f) => f.code);
const ids = (f: Finding, type: string) => f.nodes.filter((n) => n.type === type).map((n) => n.id);

describe('accountabilityFindings: the clean council', () => {
  it('raises nothing for a scheme where deciders answer for what they decide', () => {
    expect(accountabilityFindings(northshire())).toEqual([]);
  });
});

describe('UNOWNED_SERVICE', () => {
  it('fires for a service with no accountable owner, suggesting who should appoint', () => {
    const findings = accountabilityFindings(northshireWith((_, f) => (f.service(102).accountableOwnerId = null)));
    expect(codes(findings)).toEqual(['UNOWNED_SERVICE']);
    const [finding] = findings;
    expect(finding!.severity).toBe('high');
    expect(finding!.nodes).toEqual([
      { type: 'Service', id: 102, name: 'Reablement' },
      { type: 'Directorate', id: 10, name: 'Adult Social Care' },
    ]);
    expect(finding!.message).toBe('Reablement has no accountable owner, so nobody answers for its performance.');
    expect(finding!.fix).toContain('Dan Director, director of Adult Social Care, should confirm the appointment');
    // Reablement has no service above it with an owner: nobody to suggest as its owner.
    expect(finding!.suggested).toBeUndefined();
  });

  it('fires for a vacant owner (inactive) and suggests the owner of the service above', () => {
    const findings = accountabilityFindings(northshireWith((_, f) => (f.person(4).active = false)));
    expect(codes(findings)).toEqual(['UNOWNED_SERVICE']);
    expect(ids(findings[0]!, 'Service')).toEqual([101]);
    expect(ids(findings[0]!, 'Person')).toEqual([4]);
    expect(findings[0]!.message).toContain('its accountable owner, Tom Team, who is no longer active');
    expect(findings[0]!.fix).toContain('for example Hana Head, who owns Home Care above it');
    expect(findings[0]!.suggested).toEqual({ type: 'Person', id: 3, name: 'Hana Head' });
  });

  it('fires for an owner who is not on record or belongs to another council', () => {
    const unknown = accountabilityFindings(northshireWith((_, f) => (f.service(101).accountableOwnerId = 999)));
    expect(of(unknown, 'UNOWNED_SERVICE').map((x) => x.message)).toEqual([
      'Nobody answers for the performance of Home Care North: its accountable owner, person #999, who is not on record.',
    ]);
    const foreign = accountabilityFindings(northshireWith((_, f) => (f.person(4).councilId = 2)));
    expect(of(foreign, 'UNOWNED_SERVICE')[0]!.message).toContain('Tom Team, who works for another council');
  });

  it('stays quiet when every service has an active owner in the council', () => {
    expect(of(accountabilityFindings(northshire()), 'UNOWNED_SERVICE')).toHaveLength(0);
  });
});

describe('DECISION_WITHOUT_ACCOUNTABILITY', () => {
  const givePat = (scope: { kind: 'COUNCIL' | 'DIRECTORATE' | 'SERVICE'; id: number | null }, extra = {}) =>
    northshireWith((s) => {
      s.delegations.push(delegation(20, { powerId: 2, fromBodyId: 2, toPersonId: 8, scope, ...extra }));
    });

  it('fires when someone decides on a service they neither own nor sit above', () => {
    const findings = accountabilityFindings(givePat({ kind: 'SERVICE', id: 102 }));
    expect(codes(findings)).toEqual(['DECISION_WITHOUT_ACCOUNTABILITY']);
    const f = findings[0]!;
    expect(f.severity).toBe('high');
    expect(f.nodes.map((n) => `${n.type}:${n.id}`)).toEqual(['Person:8', 'Delegation:20', 'Power:2', 'Service:102']);
    expect(f.message).toBe(
      'Pat Perf can decide "Commission residential care" for Reablement but is not accountable for it: ' +
        "Reablement's accountable owner is Ria Reable, and Pat Perf is not above Ria Reable in line management.",
    );
    expect(f.fix).toContain('Delegate "Commission residential care" for Reablement to Ria Reable');
  });

  it('is aggregated per delegation, counting the services it covers', () => {
    const findings = of(accountabilityFindings(givePat({ kind: 'DIRECTORATE', id: 10 })), 'DECISION_WITHOUT_ACCOUNTABILITY');
    expect(findings).toHaveLength(1);
    expect(ids(findings[0]!, 'Service')).toEqual([100, 101, 102]);
    expect(findings[0]!.message).toContain(
      'is not accountable for 3 of the 3 services it covers (Home Care, Home Care North and Reablement)',
    );
  });

  it('counts only the services the holder does not answer for', () => {
    // Hana Head decides across the directorate: she owns Home Care and is above Tom (Home Care North),
    // but not above Ria (Reablement).
    const snapshot = northshireWith((s) => {
      s.delegations.push(delegation(20, { powerId: 2, fromBodyId: 2, toPersonId: 3, scope: { kind: 'DIRECTORATE', id: 10 } }));
    });
    const findings = of(accountabilityFindings(snapshot), 'DECISION_WITHOUT_ACCOUNTABILITY');
    expect(findings).toHaveLength(1);
    expect(ids(findings[0]!, 'Service')).toEqual([102]);
  });

  it('stays quiet for owners and for managers above the owner', () => {
    // Baseline: Cara (council), Dan (directorate), Hana (Home Care + its team) all sit above the owners.
    expect(of(accountabilityFindings(northshire()), 'DECISION_WITHOUT_ACCOUNTABILITY')).toHaveLength(0);
    // Tom's own delegation over the team he owns.
    const tom = northshireWith((s) => {
      s.delegations.push(delegation(20, { powerId: 2, fromBodyId: 2, toPersonId: 4, scope: { kind: 'SERVICE', id: 101 } }));
    });
    expect(of(accountabilityFindings(tom), 'DECISION_WITHOUT_ACCOUNTABILITY')).toHaveLength(0);
  });

  it('ignores delegations not in force (revoked, ended, not started)', () => {
    for (const extra of [{ revokedOn: '2025-05-01' }, { effectiveTo: '2025-05-31' }, { effectiveFrom: '2025-06-02' }]) {
      expect(of(accountabilityFindings(givePat({ kind: 'SERVICE', id: 102 }, extra)), 'DECISION_WITHOUT_ACCOUNTABILITY')).toHaveLength(0);
    }
    // In force on its first and last day.
    expect(
      of(accountabilityFindings(givePat({ kind: 'SERVICE', id: 102 }, { effectiveFrom: '2025-06-01' })), 'DECISION_WITHOUT_ACCOUNTABILITY'),
    ).toHaveLength(1);
    expect(
      of(accountabilityFindings(givePat({ kind: 'SERVICE', id: 102 }, { effectiveTo: '2025-06-01' })), 'DECISION_WITHOUT_ACCOUNTABILITY'),
    ).toHaveLength(1);
  });

  it('leaves services without an active owner to UNOWNED_SERVICE', () => {
    const snapshot = northshireWith((s, f) => {
      f.service(102).accountableOwnerId = null;
      s.delegations.push(delegation(20, { powerId: 2, fromBodyId: 2, toPersonId: 8, scope: { kind: 'SERVICE', id: 102 } }));
    });
    expect(codes(accountabilityFindings(snapshot))).toEqual(['UNOWNED_SERVICE']);
  });
});

describe('ACCOUNTABILITY_WITHOUT_AUTHORITY', () => {
  it('fires for an owner with no delegated power over their service, naming who could sub-delegate', () => {
    const findings = accountabilityFindings(northshireWith((_, f) => f.remove(5)));
    expect(codes(findings)).toEqual(['ACCOUNTABILITY_WITHOUT_AUTHORITY']);
    const f = findings[0]!;
    expect(f.severity).toBe('medium');
    expect(f.nodes).toEqual([
      { type: 'Person', id: 6, name: 'Ria Reable' },
      { type: 'Service', id: 102, name: 'Reablement' },
    ]);
    expect(f.message).toBe(
      'Ria Reable is the accountable owner of Reablement but holds no delegated power over it, so they answer for decisions they cannot ' +
        'take.',
    );
    expect(f.fix).toContain(
      'Ask Dan Director, who holds "Approve care packages" over the Adult Social Care directorate and may sub-delegate it, to ' +
        'sub-delegate it to Ria Reable for Reablement',
    );
  });

  it("does not count the manager's authority: the owner must hold it (nearest manager suggested)", () => {
    const findings = accountabilityFindings(northshireWith((_, f) => f.remove(4)));
    expect(codes(findings)).toEqual(['ACCOUNTABILITY_WITHOUT_AUTHORITY']);
    expect(ids(findings[0]!, 'Person')).toEqual([4]);
    expect(findings[0]!.fix).toContain('Ask Hana Head');
  });

  it('fires when the only delegation has ended, and aggregates per owner', () => {
    const snapshot = northshireWith((s, f) => {
      f.delegation(5).effectiveTo = '2025-01-01';
      s.services.push({ id: 103, name: 'Day Opportunities', directorateId: 10, parentId: null, accountableOwnerId: 6 });
    });
    const findings = of(accountabilityFindings(snapshot), 'ACCOUNTABILITY_WITHOUT_AUTHORITY');
    expect(findings).toHaveLength(1);
    expect(ids(findings[0]!, 'Service')).toEqual([102, 103]);
    expect(findings[0]!.message).toContain('Ria Reable is the accountable owner of 2 services (Reablement and Day Opportunities)');
  });

  it('stays quiet when a wider delegation the owner holds covers the service', () => {
    const snapshot = northshireWith((_, f) => {
      f.delegation(5).scope = { kind: 'DIRECTORATE', id: 10 };
    });
    const findings = accountabilityFindings(snapshot);
    expect(of(findings, 'ACCOUNTABILITY_WITHOUT_AUTHORITY')).toHaveLength(0);
    // ...though Ria now decides on Home Care, which she does not answer for.
    expect(codes(findings)).toEqual(['DECISION_WITHOUT_ACCOUNTABILITY']);
  });

  it('falls back to a plain fix when nobody could sub-delegate', () => {
    const snapshot = northshireWith((s) => {
      s.services.push({ id: 111, name: 'Payroll', directorateId: 11, parentId: null, accountableOwnerId: 8 });
    });
    const findings = of(accountabilityFindings(snapshot), 'ACCOUNTABILITY_WITHOUT_AUTHORITY');
    // Fin's virement delegation covers Payroll but may be sub-delegated: Fin is suggested.
    expect(findings[0]!.fix).toContain('Ask Fin Finch');
    const none = northshireWith((s, f) => {
      f.delegation(6).maySubDelegate = false;
      f.delegation(1).maySubDelegate = false; // Cara's council-wide delegation would otherwise be suggested
      s.services.push({ id: 111, name: 'Payroll', directorateId: 11, parentId: null, accountableOwnerId: 8 });
    });
    expect(of(accountabilityFindings(none), 'ACCOUNTABILITY_WITHOUT_AUTHORITY')[0]!.fix).toContain('Record a delegation to Pat Perf');
  });
});

describe('BLURRED_ACCOUNTABILITY', () => {
  it('fires for an objective owned by someone in another service and outside the line', () => {
    const findings = accountabilityFindings(northshireWith((_, f) => (f.item(1).ownerId = 8)));
    expect(codes(findings)).toEqual(['BLURRED_ACCOUNTABILITY']);
    const f = findings[0]!;
    expect(f.severity).toBe('medium');
    expect(f.nodes.map((n) => `${n.type}:${n.id}`)).toEqual(['Objective:1', 'Service:100', 'Person:8', 'Person:3']);
    expect(f.message).toBe(
      'The objective "Reduce delayed discharges" of Home Care is owned by Pat Perf, who works in Finance and is not in the line of Home ' +
        'Care ' +
        '(neither reports to nor manages its accountable owner, Hana Head), so it is not clear who answers for it.',
    );
    expect(f.fix).toContain(
      'Make Hana Head (the accountable owner of Home Care) or someone who works in Home Care the owner of "Reduce delayed discharges"',
    );
  });

  it('fires for a peer in a sibling service, and for a target owned by someone who has left', () => {
    expect(codes(accountabilityFindings(northshireWith((_, f) => (f.item(1).ownerId = 6))))).toEqual(['BLURRED_ACCOUNTABILITY']);
    const left = accountabilityFindings(northshireWith((_, f) => (f.person(5).active = false)));
    expect(codes(left)).toEqual(['BLURRED_ACCOUNTABILITY']);
    expect(left[0]!.nodes[0]).toEqual({ type: 'Target', id: 3, name: 'Visits on time' });
    expect(left[0]!.message).toContain('owned by Sam Staff, who is no longer active');
  });

  it('fires for someone in the parent service who is not in the team owner’s line', () => {
    // Val works in Home Care and reports to Hana, not to Tom: not in Home Care North's line.
    const snapshot = northshireWith((s, f) => {
      s.people.push(person(9, 'Val Visitor', { lineManagerId: 3, serviceId: 100, directorateId: 10 }));
      f.item(3).ownerId = 9;
    });
    expect(codes(accountabilityFindings(snapshot))).toEqual(['BLURRED_ACCOUNTABILITY']);
  });

  it(
    'stays quiet for the owner, those above the owner, those working in the service or its teams, and those reporting to the ' + 'owner',
    () => {
      const quiet = (ownerId: number, serviceId = 100, extra?: (s: ReturnType<typeof northshire>) => void) => {
        const snapshot = northshireWith((s, f) => {
          s.people.push(person(9, 'Val Visitor', { lineManagerId: 3, serviceId: null }));
          f.item(1).ownerId = ownerId;
          f.item(1).serviceId = serviceId;
          extra?.(s);
        });
        return of(accountabilityFindings(snapshot), 'BLURRED_ACCOUNTABILITY');
      };
      expect(quiet(3)).toHaveLength(0); // the accountable owner
      expect(quiet(2)).toHaveLength(0); // above the owner
      expect(quiet(1)).toHaveLength(0); // the chief executive, further above
      expect(quiet(5)).toHaveLength(0); // works in Home Care North, a team of Home Care
      expect(quiet(9)).toHaveLength(0); // works nowhere but reports to the owner
      expect(quiet(3, 101)).toHaveLength(0); // Hana is above Tom, who owns Home Care North
    },
  );

  it('ignores items with no owner (not blurred, just unowned)', () => {
    expect(of(accountabilityFindings(northshireWith((_, f) => (f.item(1).ownerId = null))), 'BLURRED_ACCOUNTABILITY')).toHaveLength(0);
  });
});

describe('severity and ordering', () => {
  it('uses the documented severity table and sorts most serious first', () => {
    const findings = accountabilityFindings(
      northshireWith((_, f) => {
        f.person(8).functionalManagerId = 4; // info
        f.indicator(1).dataOwnerId = null; // medium
        f.service(102).accountableOwnerId = null; // high
        f.person(1).lineManagerId = 5; // critical
      }),
    );
    expect(codes(findings)).toEqual(['CYCLE', 'UNOWNED_SERVICE', 'DATA_OWNER_MISSING', 'DUAL_ACCOUNTABILITY']);
    for (const f of findings) expect(f.severity).toBe(ACCOUNTABILITY_SEVERITY[f.code as keyof typeof ACCOUNTABILITY_SEVERITY]);
  });

  it('accepts a prebuilt index and gives the same answer', async () => {
    const { buildAccountabilityIndex } = await import('./scope.js');
    const snapshot = northshireWith((_, f) => (f.item(1).ownerId = 8));
    expect(accountabilityFindings(buildAccountabilityIndex(snapshot))).toEqual(accountabilityFindings(snapshot));
  });
});
