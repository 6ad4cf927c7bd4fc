import { describe, expect, it } from 'vitest';
import type { Finding } from '../findings.js';
import { accountabilityFindings } from './checks.js';
import { northshire, northshireWith } from './fixtures.js';

const of = (findings: Finding[], code: string) => findings.filter((f) => f.code === code);
const codes = (findings: Finding[]) => findings.map((f) => f.code);
const ids = (f: Finding, type: string) => f.nodes.filter((n) => n.type === type).map((n) => n.id);

describe('SUBDELEGATION_OUT_OF_SCOPE', () => {
  const sub = (edit: Parameters<typeof northshireWith>[0]) =>
    of(accountabilityFindings(northshireWith(edit)), 'SUBDELEGATION_OUT_OF_SCOPE');

  it('fires for a sub-delegation wider in scope than its parent', () => {
    const findings = sub((_, f) => (f.delegation(5).scope = { kind: 'COUNCIL', id: null }));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.severity).toBe('critical');
    expect(findings[0]!.nodes.map((n) => `${n.type}:${n.id}`)).toEqual(['Delegation:5', 'Person:6', 'Delegation:2', 'Person:2', 'Power:1']);
    expect(findings[0]!.message).toBe(
      'Ria Reable\'s sub-delegation of "Approve care packages" from Dan Director goes beyond what it comes from: it covers the whole of ' +
        "Northshire County Council, which is not within Dan Director's own scope (the Adult Social Care directorate).",
    );
    expect(findings[0]!.fix).toContain('narrow it to the Adult Social Care directorate or part of it');
  });

  it('fires for a service-level parent sub-delegated to a sibling service', () => {
    const findings = sub((_, f) => (f.delegation(4).scope = { kind: 'SERVICE', id: 102 }));
    expect(findings.map((x) => x.nodes[0]!.id)).toEqual([4]);
  });

  it('fires for a limit above the parent’s effective limit, and stays quiet within it', () => {
    const higher = sub((_, f) => (f.delegation(3).financialLimit = 60_000));
    expect(higher).toHaveLength(1);
    expect(higher[0]!.message).toContain('it allows decisions up to £60,000, above the £50,000 Dan Director may approve');
    expect(higher[0]!.fix).toContain('lower its limit to £50,000 or less');
    // Dan's own limit removed: the power's £100,000 binds, so £60,000 is fine...
    expect(
      sub((_, f) => {
        f.delegation(2).financialLimit = null;
        f.delegation(3).financialLimit = 60_000;
      }),
    ).toHaveLength(0);
    // ...but £150,000 is not.
    expect(
      sub((_, f) => {
        f.delegation(2).financialLimit = null;
        f.delegation(3).financialLimit = 150_000;
      })[0]!.message,
    ).toContain('above the £100,000 Dan Director may approve');
    // A null child limit inherits: never higher.
    expect(sub((_, f) => (f.delegation(4).financialLimit = null))).toHaveLength(0);
  });

  it('fires for every sub-delegation under a parent that may not be sub-delegated', () => {
    const findings = sub((_, f) => (f.delegation(2).maySubDelegate = false));
    expect(findings.map((x) => x.nodes[0]!.id).sort()).toEqual([3, 5]);
    expect(findings[0]!.message).toContain("Dan Director's delegation may not be sub-delegated");
  });

  it('fires for a different power than the parent', () => {
    const findings = sub((_, f) => (f.delegation(5).powerId = 2));
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain(
      'it is for "Commission residential care" but comes from a delegation of "Approve care packages"',
    );
  });

  it('fires when the delegator is not the parent’s holder', () => {
    const wrong = sub((_, f) => (f.delegation(5).fromPersonId = 1));
    expect(wrong).toHaveLength(1);
    expect(wrong[0]!.message).toContain('it was made by Cara Chief, but the delegation it comes from is held by Dan Director');
    const missing = sub((_, f) => (f.delegation(5).fromPersonId = null));
    expect(missing[0]!.message).toContain('it does not record Dan Director, who holds the parent delegation, as the person who made it');
  });

  it('fires for a parent not on record', () => {
    const findings = sub((_, f) => (f.delegation(5).parentId = 999));
    expect(findings[0]!.message).toContain('the delegation it is recorded as coming from (#999) is not on record');
  });

  it('fires for periods outside the parent’s', () => {
    expect(
      sub((_, f) => (f.delegation(2).revokedOn = '2025-05-01'))
        .map((x) => x.nodes[0]!.id)
        .sort(),
    ).toEqual([3, 5]);
    expect(sub((_, f) => (f.delegation(5).effectiveFrom = '2024-01-01'))[0]!.message).toContain(
      'it starts on 2024-01-01, before the delegation it comes from (2024-04-01)',
    );
    expect(
      sub((_, f) => (f.delegation(2).effectiveTo = '2026-03-31'))
        .map((x) => x.nodes[0]!.id)
        .sort(),
    ).toEqual([3, 5]);
    const pastEnd = sub((_, f) => (f.delegation(3).effectiveTo = '2026-03-31'));
    expect(pastEnd.map((x) => x.nodes[0]!.id)).toEqual([4]); // Tom's open-ended delegation outlives Hana's
    expect(pastEnd[0]!.message).toContain('it runs past 2026-03-31, when the delegation it comes from ends');
    expect(
      sub((_, f) => {
        f.delegation(2).effectiveTo = '2026-03-31';
        f.delegation(3).effectiveTo = '2026-03-31';
        f.delegation(4).effectiveTo = '2026-03-31';
        f.delegation(5).effectiveTo = '2025-12-31';
      }),
    ).toHaveLength(0);
  });

  it('lists every reason in one finding per sub-delegation', () => {
    const findings = sub((_, f) => {
      f.delegation(5).scope = { kind: 'COUNCIL', id: null };
      f.delegation(5).financialLimit = 200_000;
      f.delegation(5).fromPersonId = 3;
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message.split('; ')).toHaveLength(3);
  });

  it('ignores revoked and ended sub-delegations, and roots', () => {
    expect(
      sub((_, f) => {
        f.delegation(5).scope = { kind: 'COUNCIL', id: null };
        f.delegation(5).revokedOn = '2025-01-01';
      }),
    ).toHaveLength(0);
    expect(
      sub((_, f) => {
        f.delegation(5).scope = { kind: 'COUNCIL', id: null };
        f.delegation(5).effectiveTo = '2025-01-01';
      }),
    ).toHaveLength(0);
    expect(sub(() => undefined)).toHaveLength(0);
  });
});

describe('CYCLE', () => {
  it('reports a line-management loop once, naming its members in order', () => {
    const findings = accountabilityFindings(northshireWith((_, f) => (f.person(1).lineManagerId = 5)));
    const cycles = of(findings, 'CYCLE');
    expect(cycles).toHaveLength(1);
    expect(cycles[0]!.severity).toBe('critical');
    expect(ids(cycles[0]!, 'Person')).toEqual([1, 5, 4, 3, 2]);
    expect(cycles[0]!.message).toBe(
      'Line management goes round in a loop: Cara Chief reports to Sam Staff, who reports to Tom Team, who reports to Hana Head, ' +
        'who reports to Dan Director, who reports to Cara Chief. Nobody above them answers for their work.',
    );
  });

  it('reports a self-loop, separate loops, and not the people hanging below a loop', () => {
    const self = of(accountabilityFindings(northshireWith((_, f) => (f.person(8).lineManagerId = 8))), 'CYCLE');
    expect(self.map((x) => x.message)).toEqual([
      'Pat Perf is recorded as their own line manager, so nobody above Pat Perf answers for their work.',
    ]);

    const two = of(
      accountabilityFindings(
        northshireWith((_, f) => {
          f.person(3).lineManagerId = 4; // Hana <-> Tom (Sam hangs below)
          f.person(7).lineManagerId = 8; // Fin <-> Pat
        }),
      ),
      'CYCLE',
    );
    // Sorted by first node name: Fin Finch before Hana Head.
    expect(two.map((x) => ids(x, 'Person'))).toEqual([
      [7, 8],
      [3, 4],
    ]);
  });

  it('reports a delegation loop once, and the other checks still terminate', () => {
    const findings = accountabilityFindings(northshireWith((_, f) => (f.delegation(3).parentId = 4)));
    const cycles = of(findings, 'CYCLE');
    expect(cycles).toHaveLength(1);
    expect(ids(cycles[0]!, 'Delegation')).toEqual([3, 4]);
    expect(cycles[0]!.message).toContain(
      'Delegations go round in a loop: "Approve care packages" delegated to Hana Head comes from "Approve care packages" delegated to ' +
        'Tom Team',
    );
    // The loop also breaks the sub-delegation rules (Tom may not sub-delegate; delegator mismatch).
    expect(of(findings, 'SUBDELEGATION_OUT_OF_SCOPE').map((x) => x.nodes[0]!.id)).toEqual([3]);
  });

  it('reports a service nesting loop once', () => {
    const cycles = of(accountabilityFindings(northshireWith((_, f) => (f.service(100).parentId = 101))), 'CYCLE');
    expect(cycles).toHaveLength(1);
    expect(ids(cycles[0]!, 'Service')).toEqual([100, 101]);
    expect(cycles[0]!.message).toContain(
      'Services are nested in a loop: Home Care is a team of Home Care North, which is a team of Home Care',
    );
  });

  it('stays quiet without loops', () => {
    expect(of(accountabilityFindings(northshire()), 'CYCLE')).toHaveLength(0);
  });
});

describe('DUAL_ACCOUNTABILITY', () => {
  it('shows both chains to the top and names both managers', () => {
    const findings = accountabilityFindings(northshireWith((_, f) => (f.person(8).functionalManagerId = 4)));
    expect(codes(findings)).toEqual(['DUAL_ACCOUNTABILITY']);
    const f = findings[0]!;
    expect(f.severity).toBe('info');
    expect(f.nodes).toEqual([
      { type: 'Person', id: 8, name: 'Pat Perf' },
      { type: 'Person', id: 7, name: 'Fin Finch' },
      { type: 'Person', id: 4, name: 'Tom Team' },
    ]);
    expect(f.message).toBe(
      'Pat Perf answers to two managers. Line management: Fin Finch → Cara Chief. ' +
        'Functional (corporate) management: Tom Team → Hana Head → Dan Director → Cara Chief.',
    );
    expect(f.fix).toContain('between Fin Finch and Tom Team');
  });

  it('stays quiet with one manager, the same manager twice, or for someone who has left', () => {
    expect(of(accountabilityFindings(northshire()), 'DUAL_ACCOUNTABILITY')).toHaveLength(0);
    expect(of(accountabilityFindings(northshireWith((_, f) => (f.person(8).functionalManagerId = 7))), 'DUAL_ACCOUNTABILITY')).toHaveLength(
      0,
    );
    expect(
      of(
        accountabilityFindings(
          northshireWith((_, f) => {
            f.person(5).functionalManagerId = 7;
            f.person(5).active = false;
            f.item(3).ownerId = 4;
          }),
        ),
        'DUAL_ACCOUNTABILITY',
      ),
    ).toHaveLength(0);
  });
});
