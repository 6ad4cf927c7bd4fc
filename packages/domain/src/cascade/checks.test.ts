import { describe, expect, it } from 'vitest';
import type { Finding } from '../findings.js';
import { goldenThreadFindings, GOLDEN_THREAD_SEVERITY } from './checks.js';
import { appraisal, consultation, context, healthyCouncil, milestone, objective, priority, snapshot, target } from './testing.js';
import type { CascadeSnapshot } from './types.js';

const of = (s: CascadeSnapshot, code: string): Finding[] => goldenThreadFindings(s).filter((f) => f.code === code);
const ids = (f: Finding | undefined, type: string) => (f?.nodes ?? []).filter((n) => n.type === type).map((n) => n.id);

describe('goldenThreadFindings: baselines', () => {
  it('finds nothing wrong with a healthy council', () => {
    expect(goldenThreadFindings(healthyCouncil())).toEqual([]);
  });

  it('finds nothing for an empty council', () => {
    expect(goldenThreadFindings(snapshot())).toEqual([]);
  });

  it('ignores rows of other periods entirely', () => {
    const s = healthyCouncil();
    s.priorities.push(priority(80, 'Old priority', { period: '2023-24', budget: null, fte: null, status: 'AGREED' }));
    s.objectives.push(objective(81, 'Old objective', []));
    s.objectives[s.objectives.length - 1]!.period = '2023-24';
    s.appraisalObjectives.push(appraisal(82, 3, 'Old appraisal objective', { period: '2023-24' }));
    s.targets.push(target(83, { period: '2023-24', value: 1, context: context({ currentValue: 100 }) }));
    expect(goldenThreadFindings(s)).toEqual([]);
  });

  it('gives every finding a severity from the table, a subject node, a message and a fix', () => {
    const s = healthyCouncil();
    s.priorities.push(priority(5, 'Loose priority', { level: 'SERVICE', budget: 0, fte: 0, status: 'AGREED' }));
    s.objectives.push(objective(22, 'Floating objective', []));
    s.appraisalObjectives.push(appraisal(52, 3, 'Something', {}));
    const findings = goldenThreadFindings(s);
    expect(findings.length).toBeGreaterThan(4);
    for (const f of findings) {
      expect(f.nodes.length).toBeGreaterThan(0);
      expect(f.message.length).toBeGreaterThan(20);
      expect(f.fix.length).toBeGreaterThan(20);
      if (f.code !== 'NOT_COMMUNICATED') expect(f.severity).toBe(GOLDEN_THREAD_SEVERITY[f.code as keyof typeof GOLDEN_THREAD_SEVERITY]);
    }
  });

  it('sorts most serious first, then by code and subject name', () => {
    const s = healthyCouncil();
    s.priorities.push(
      priority(6, 'Zebra', { level: 'DIRECTORATE', parentId: 7 }),
      priority(7, 'Yak', { level: 'DIRECTORATE', parentId: 6 }),
    );
    s.objectives.push(objective(22, 'Beta objective', []), objective(23, 'Alpha objective', []));
    s.priorities[0]!.budget = null;
    s.priorities[0]!.fte = null;
    const findings = goldenThreadFindings(s);
    expect(findings[0]?.code).toBe('CYCLE');
    const orphanNames = findings.filter((f) => f.code === 'ORPHAN_OBJECTIVE').map((f) => f.nodes[0]?.name);
    expect(orphanNames).toEqual(['Alpha objective', 'Beta objective']);
    const severities = findings.map((f) => ['critical', 'high', 'medium', 'low', 'info'].indexOf(f.severity));
    expect(severities).toEqual([...severities].sort((a, b) => a - b));
  });
});

describe('CYCLE', () => {
  it('reports a loop in imported priority parents once, naming its members, without hanging', () => {
    const s = healthyCouncil();
    s.priorities.push(
      priority(4, 'Alpha', { level: 'DIRECTORATE', parentId: 5 }),
      priority(5, 'Bravo', { level: 'DIRECTORATE', parentId: 6 }),
      priority(6, 'Charlie', { level: 'SERVICE', parentId: 4 }),
    );
    const cycles = of(s, 'CYCLE');
    expect(cycles).toHaveLength(1);
    expect(cycles[0]?.severity).toBe('critical');
    expect(ids(cycles[0], 'Priority').sort()).toEqual([4, 5, 6]);
    expect(cycles[0]?.message).toContain("'Alpha' sits under 'Bravo'");
    expect(cycles[0]?.message).toContain("'Charlie' sits under 'Alpha'");
    // The loop is not also reported as level mismatches or orphan priorities.
    const others = goldenThreadFindings(s).filter((f) => ['PARENT_LEVEL_MISMATCH', 'ORPHAN_PRIORITY'].includes(f.code));
    expect(others).toEqual([]);
  });

  it('reports a priority that is its own parent, and each separate loop', () => {
    const s = healthyCouncil();
    s.priorities.push(
      priority(4, 'Self', { level: 'SERVICE', parentId: 4 }),
      priority(5, 'Left', { level: 'SERVICE', parentId: 6 }),
      priority(6, 'Right', { level: 'SERVICE', parentId: 5 }),
    );
    const cycles = of(s, 'CYCLE');
    expect(cycles).toHaveLength(2);
    expect(cycles.find((f) => f.nodes.length === 1)?.message).toContain("'Self' is recorded as its own parent");
  });

  it('does not report a priority hanging below a loop as an orphan', () => {
    const s = healthyCouncil();
    s.priorities.push(
      priority(4, 'Alpha', { level: 'DIRECTORATE', parentId: 5 }),
      priority(5, 'Bravo', { level: 'DIRECTORATE', parentId: 4 }),
      priority(6, 'Below the loop', { level: 'SERVICE', parentId: 4 }),
    );
    expect(of(s, 'CYCLE')).toHaveLength(1);
    expect(of(s, 'ORPHAN_PRIORITY')).toEqual([]);
  });

  it('handles a large imported ring quickly', () => {
    const s = snapshot();
    const n = 20_000;
    for (let i = 1; i <= n; i++) s.priorities.push(priority(i, `P${i}`, { level: 'SERVICE', parentId: i === n ? 1 : i + 1 }));
    const start = performance.now();
    const cycles = of(s, 'CYCLE');
    expect(performance.now() - start).toBeLessThan(5000);
    expect(cycles).toHaveLength(1);
    expect(cycles[0]?.nodes).toHaveLength(n);
    expect(cycles[0]?.message).toContain('more');
  });
});

describe('ORPHAN_PRIORITY and PARENT_LEVEL_MISMATCH', () => {
  it('stays quiet for a well-formed cascade', () => {
    const s = healthyCouncil();
    expect(of(s, 'ORPHAN_PRIORITY')).toEqual([]);
    expect(of(s, 'PARENT_LEVEL_MISMATCH')).toEqual([]);
  });

  it('reports a directorate or service priority with no parent', () => {
    const s = healthyCouncil();
    s.priorities.push(priority(4, 'Carers breaks', { level: 'SERVICE' }));
    const [f] = of(s, 'ORPHAN_PRIORITY');
    expect(f?.severity).toBe('high');
    expect(f?.message).toBe(
      "The service priority 'Carers breaks' is not placed under a directorate priority, so the golden thread breaks there: nobody can " +
        'see which corporate priority it serves.',
    );
  });

  it('reports a missing parent, a parent of another period and a non-priority parent', () => {
    const s = healthyCouncil();
    s.priorities.push(
      priority(80, 'Last year', { period: '2023-24' }),
      priority(4, 'Dangling', { level: 'DIRECTORATE', parentId: 999 }),
      priority(5, 'Stale', { level: 'DIRECTORATE', parentId: 80 }),
      priority(6, 'Under a non-priority', { level: 'DIRECTORATE', parentId: 9 }),
    );
    const byName = new Map(of(s, 'ORPHAN_PRIORITY').map((f) => [f.nodes[0]?.name, f.message]));
    expect(byName.get('Dangling')).toContain('a parent priority that does not exist (id 999)');
    expect(byName.get('Stale')).toContain("'Last year', a priority of 2023-24 rather than 2024-25");
    expect(byName.get('Under a non-priority')).toContain("'New leisure centre', which the council has said is not a priority");
  });

  it('reports a parent at the wrong level and a corporate priority with a parent', () => {
    const s = healthyCouncil();
    s.priorities.push(
      priority(4, 'Skips a level', { level: 'SERVICE', parentId: 1 }),
      priority(5, 'Corporate under directorate', { level: 'CORPORATE', parentId: 2 }),
    );
    const found = of(s, 'PARENT_LEVEL_MISMATCH');
    expect(found.map((f) => f.nodes[0]?.name).sort()).toEqual(['Corporate under directorate', 'Skips a level']);
    expect(found.find((f) => f.nodes[0]?.id === 4)?.message).toBe(
      "The service priority 'Skips a level' sits under the corporate priority 'Help people live independently'; it should sit under a " +
        'directorate priority.',
    );
    expect(found.every((f) => f.severity === 'medium')).toBe(true);
  });

  it('does not check explicit non-priorities', () => {
    const s = healthyCouncil();
    s.priorities.push(priority(4, 'Not this year', { level: 'SERVICE', isNonPriority: true }));
    expect(of(s, 'ORPHAN_PRIORITY')).toEqual([]);
  });
});

describe('ORPHAN_OBJECTIVE', () => {
  it('reports an objective linked to no priority, naming it and its service', () => {
    const s = healthyCouncil();
    s.objectives.push(objective(22, 'Reduce agency spend', [], { serviceId: 10 }));
    const [f] = of(s, 'ORPHAN_OBJECTIVE');
    expect(f?.severity).toBe('high');
    expect(f?.nodes.slice(0, 2)).toEqual([
      { type: 'Objective', id: 22, name: 'Reduce agency spend' },
      { type: 'Service', id: 10, name: 'Home Care' },
    ]);
    expect(f?.message).toBe(
      "The objective 'Reduce agency spend' in the Home Care plan is not linked to any priority, so nobody can see which of the council's " +
        'priorities it serves.',
    );
    expect(f?.fix).toContain("Link 'Reduce agency spend' to the 2024-25 priority it delivers");
  });

  it('reports objectives linked only to missing, other-period or non-priorities, saying which', () => {
    const s = healthyCouncil();
    s.priorities.push(priority(80, 'Last year', { period: '2023-24' }));
    s.objectives.push(
      objective(22, 'Missing link', [404]),
      objective(23, 'Stale link', [80]),
      objective(24, 'Non-priority link', [9]),
      objective(25, 'Everything wrong', [404, 405, 80, 9]),
    );
    const byName = new Map(of(s, 'ORPHAN_OBJECTIVE').map((f) => [f.nodes[0]?.name, f.message]));
    expect(byName.size).toBe(4);
    expect(byName.get('Missing link')).toContain('linked only to a priority that does not exist (id 404)');
    expect(byName.get('Stale link')).toContain("linked only to 'Last year' (a priority of 2023-24).");
    expect(byName.get('Non-priority link')).toContain("'New leisure centre' (which the council has said is not a priority)");
    expect(byName.get('Everything wrong')).toContain('priorities that do not exist (ids 404, 405)');
  });

  it('stays quiet when at least one link reaches an active priority', () => {
    const s = healthyCouncil();
    s.objectives.push(objective(22, 'Mixed links', [404, 9, 3]));
    expect(of(s, 'ORPHAN_OBJECTIVE')).toEqual([]);
  });
});

describe('ORPHAN_APPRAISAL_OBJECTIVE', () => {
  it('reports one aimed at nothing, naming the person', () => {
    const s = healthyCouncil();
    s.appraisalObjectives.push(appraisal(52, 3, 'Be more proactive'));
    const [f] = of(s, 'ORPHAN_APPRAISAL_OBJECTIVE');
    expect(f?.severity).toBe('high');
    expect(f?.nodes.slice(0, 2)).toEqual([
      { type: 'AppraisalObjective', id: 52, name: 'Be more proactive' },
      { type: 'Person', id: 3, name: 'Carol Officer' },
    ]);
    expect(f?.message).toBe(
      "Carol Officer's appraisal objective 'Be more proactive' is not aimed at any objective or priority, so it does not trace to any of " +
        "the council's priorities.",
    );
  });

  it('reports missing, other-period and orphan objectives and bad priority links', () => {
    const s = healthyCouncil();
    s.objectives.push(objective(22, 'Orphan objective', []), objective(23, 'Old objective', [1], { period: '2023-24' }));
    s.appraisalObjectives.push(
      appraisal(52, 3, 'Missing objective', { objectiveId: 999 }),
      appraisal(53, 3, 'Via orphan', { objectiveId: 22 }),
      appraisal(54, 3, 'Via old objective', { objectiveId: 23 }),
      appraisal(55, 4, 'At a non-priority', { priorityId: 9 }),
      appraisal(56, 4, 'At a missing priority', { priorityId: 998 }),
    );
    const byName = new Map(of(s, 'ORPHAN_APPRAISAL_OBJECTIVE').map((f) => [f.nodes[0]?.name, f.message]));
    expect(byName.size).toBe(5);
    expect(byName.get('Missing objective')).toContain('is aimed at an objective that does not exist (id 999)');
    expect(byName.get('Via orphan')).toContain(
      "is aimed at the objective 'Orphan objective', which is not linked to any current priority, so",
    );
    expect(byName.get('Via old objective')).toContain("is aimed at 'Old objective', an objective of the 2023-24 plan");
    expect(byName.get('At a non-priority')).toContain("is aimed at 'New leisure centre' (which the council has said is not a priority)");
    expect(byName.get('At a missing priority')).toContain('a priority that does not exist (id 998)');
  });

  it('stays quiet for a direct priority link, or when either of two links reaches a priority', () => {
    const s = healthyCouncil();
    s.objectives.push(objective(22, 'Orphan objective', []));
    s.appraisalObjectives.push(
      appraisal(52, 3, 'Direct', { priorityId: 1 }),
      appraisal(53, 3, 'Orphan objective but good priority', { objectiveId: 22, priorityId: 3 }),
      appraisal(54, 3, 'Good objective but missing priority', { objectiveId: 20, priorityId: 998 }),
    );
    expect(of(s, 'ORPHAN_APPRAISAL_OBJECTIVE')).toEqual([]);
  });

  it('does not treat a draft (unagreed) appraisal objective differently', () => {
    const s = healthyCouncil();
    s.appraisalObjectives.push(appraisal(52, 3, 'Draft and aimed at nothing', { agreedOn: null }));
    expect(of(s, 'ORPHAN_APPRAISAL_OBJECTIVE')).toHaveLength(1);
  });
});

describe('UNDELIVERED_PRIORITY', () => {
  it('reports an active priority with no child priority and no objective', () => {
    const s = healthyCouncil();
    s.priorities.push(priority(4, 'Tackle loneliness', { ownerId: 1 }));
    const [f] = of(s, 'UNDELIVERED_PRIORITY');
    expect(f?.severity).toBe('high');
    expect(f?.message).toBe(
      "No directorate priority and no service-plan objective delivers the corporate priority 'Tackle loneliness', so nothing in the " +
        'plans shows how it will be achieved.',
    );
    expect(f?.fix).toContain('(owner: Alice Director)');
  });

  it('reports the service priority once its only objective is removed', () => {
    const s = healthyCouncil();
    s.objectives = s.objectives.filter((o) => o.id !== 21);
    s.targets = [];
    expect(of(s, 'UNDELIVERED_PRIORITY').map((f) => f.nodes[0]?.id)).toEqual([3]);
    expect(of(s, 'UNDELIVERED_PRIORITY')[0]?.message).toMatch(
      /^No service-plan objective delivers the service priority 'Faster reablement'/,
    );
  });

  it('does not count non-priority children or objectives of another period as delivery', () => {
    const s = healthyCouncil();
    s.priorities.push(
      priority(4, 'Tackle loneliness'),
      priority(5, 'Befriending (dropped)', { level: 'DIRECTORATE', parentId: 4, isNonPriority: true }),
    );
    s.objectives.push(objective(22, 'Old befriending scheme', [4], { period: '2023-24' }));
    expect(of(s, 'UNDELIVERED_PRIORITY').map((f) => f.nodes[0]?.id)).toEqual([4]);
  });

  it('never reports explicit non-priorities', () => {
    expect(of(healthyCouncil(), 'UNDELIVERED_PRIORITY')).toEqual([]);
  });
});

describe('UNMEASURED_PRIORITY', () => {
  it('reports every priority when the only target goes', () => {
    const s = healthyCouncil();
    s.targets = [];
    const found = of(s, 'UNMEASURED_PRIORITY');
    expect(found.map((f) => f.nodes[0]?.id).sort()).toEqual([1, 2, 3]);
    expect(found[0]?.severity).toBe('medium');
  });

  it('counts a target on a descendant or on a delivering objective, not on an ancestor', () => {
    const s = healthyCouncil();
    s.targets = [target(41, { priorityId: 1 })];
    expect(
      of(s, 'UNMEASURED_PRIORITY')
        .map((f) => f.nodes[0]?.id)
        .sort(),
    ).toEqual([2, 3]);
    s.targets = [target(42, { objectiveId: 20 })];
    expect(of(s, 'UNMEASURED_PRIORITY').map((f) => f.nodes[0]?.id)).toEqual([3]);
  });

  it('ignores targets of another period', () => {
    const s = healthyCouncil();
    s.targets = [target(41, { objectiveId: 21, period: '2023-24' })];
    expect(of(s, 'UNMEASURED_PRIORITY')).toHaveLength(3);
  });

  it('terminates and reports loop members when nothing in the loop is measured', () => {
    const s = healthyCouncil();
    s.priorities.push(priority(4, 'A', { level: 'SERVICE', parentId: 5 }), priority(5, 'B', { level: 'SERVICE', parentId: 4 }));
    s.objectives.push(objective(22, 'Loop objective', [4]));
    expect(
      of(s, 'UNMEASURED_PRIORITY')
        .map((f) => f.nodes[0]?.id)
        .sort(),
    ).toEqual([4, 5]);
    s.targets.push(target(41, { objectiveId: 22 }));
    expect(of(s, 'UNMEASURED_PRIORITY')).toEqual([]);
  });
});

describe('TOO_MANY_PRIORITIES', () => {
  it('stays quiet at exactly the limit and with no limit', () => {
    const s = healthyCouncil();
    s.council.priorityLimits.CORPORATE = 1;
    expect(of(s, 'TOO_MANY_PRIORITIES')).toEqual([]);
    s.council.priorityLimits.CORPORATE = null;
    for (let i = 0; i < 30; i++) s.priorities.push(priority(100 + i, `Extra ${i}`));
    expect(of(s, 'TOO_MANY_PRIORITIES')).toEqual([]);
  });

  it('counts draft corporate priorities but not explicit non-priorities', () => {
    const s = healthyCouncil();
    s.council.priorityLimits.CORPORATE = 2;
    s.priorities.push(priority(4, 'Draft one', { status: 'DRAFT' }), priority(5, 'Not one', { isNonPriority: true }));
    expect(of(s, 'TOO_MANY_PRIORITIES')).toEqual([]);
    s.priorities.push(priority(6, 'Agreed one', { status: 'AGREED' }));
    const [f] = of(s, 'TOO_MANY_PRIORITIES');
    expect(f?.message).toBe(
      "The council has 3 corporate priorities for 2024-25 ('Help people live independently', 'Draft one' and 'Agreed one'), more than " +
        "the council's limit of 2. Too many priorities blur the focus of staff and partners.",
    );
    expect(f?.fix).toMatch(/^Agree which priority matters least and drop it/);
    expect(ids(f, 'Priority')).toEqual([1, 4, 6]);
  });

  it('counts directorate priorities per directorate and names it', () => {
    const s = healthyCouncil();
    s.directorates = [
      { id: 100, name: 'Adult Social Care' },
      { id: 101, name: "Children's Services" },
    ];
    s.council.priorityLimits.DIRECTORATE = 2;
    s.priorities.push(
      priority(4, 'Second ASC', { level: 'DIRECTORATE', parentId: 1, directorateId: 100 }),
      priority(5, 'First CS', { level: 'DIRECTORATE', parentId: 1, directorateId: 101 }),
      priority(6, 'Second CS', { level: 'DIRECTORATE', parentId: 1, directorateId: 101 }),
    );
    expect(of(s, 'TOO_MANY_PRIORITIES')).toEqual([]);
    s.priorities.push(priority(7, 'Third CS', { level: 'DIRECTORATE', parentId: 1, directorateId: 101 }));
    const found = of(s, 'TOO_MANY_PRIORITIES');
    expect(found).toHaveLength(1);
    expect(found[0]?.nodes[0]).toEqual({ type: 'Directorate', id: 101, name: "Children's Services" });
    expect(found[0]?.message).toMatch(/^Children's Services has 3 directorate priorities for 2024-25 .* limit of 2 per directorate\./);
  });

  it('counts service priorities per service and falls back to an id when a directorate is not named', () => {
    const s = healthyCouncil();
    s.council.priorityLimits.SERVICE = 1;
    s.council.priorityLimits.DIRECTORATE = 0;
    s.priorities.push(priority(4, 'Second reablement', { level: 'SERVICE', parentId: 2, serviceId: 11 }));
    s.directorates = undefined;
    const found = of(s, 'TOO_MANY_PRIORITIES');
    const service = found.find((f) => f.nodes[0]?.type === 'Service');
    expect(service?.message).toMatch(/^Reablement has 2 service priorities/);
    const directorate = found.find((f) => f.nodes[0]?.type === 'Directorate');
    expect(directorate?.message).toMatch(/^directorate #100 has 1 directorate priority/);
  });
});

describe('NOT_ENGAGED', () => {
  const users = { kind: 'SERVICE_USERS' as const, name: 'Users', hardToReach: false };
  const staffGroup = { kind: 'STAFF' as const, name: 'Front-line staff', hardToReach: false };
  const deaf = { kind: 'COMMUNITY' as const, name: 'Deaf community', hardToReach: true };

  it('reports a corporate priority with no consultation at all', () => {
    const s = healthyCouncil();
    s.priorities.push(priority(4, 'Tackle loneliness'));
    s.objectives.push(objective(22, 'Befriending', [4]));
    const [f] = of(s, 'NOT_ENGAGED');
    expect(f?.severity).toBe('medium');
    expect(f?.message).toBe(
      "No consultation is recorded for the corporate priority 'Tackle loneliness': there is no evidence it was set with service users, " +
        'carers or hard-to-reach groups.',
    );
  });

  it('says which group is missing', () => {
    const s = healthyCouncil();
    s.priorities.push(priority(4, 'No users'), priority(5, 'No hard to reach'), priority(6, 'Neither'));
    s.consultations.push(
      consultation(61, 'Staff survey', [4], [staffGroup, deaf]),
      consultation(62, 'User panel', [5], [users]),
      consultation(63, 'Staff away day', [6], [staffGroup]),
    );
    const byName = new Map(of(s, 'NOT_ENGAGED').map((f) => [f.nodes[0]?.name, f]));
    expect(byName.get('No users')?.message).toBe(
      "The consultation that informed the corporate priority 'No users' ('Staff survey') did not include service users or carers.",
    );
    expect(byName.get('No hard to reach')?.message).toMatch(/did not include any hard-to-reach group\.$/);
    expect(byName.get('Neither')?.message).toMatch(/did not include service users or carers, nor any hard-to-reach group\.$/);
    expect(ids(byName.get('Neither'), 'Consultation')).toEqual([63]);
  });

  it('is satisfied across several consultations together', () => {
    const s = healthyCouncil();
    s.priorities.push(priority(4, 'Split engagement'));
    s.consultations.push(consultation(61, 'Users', [4], [users]), consultation(62, 'Deaf forum', [4], [deaf]));
    expect(of(s, 'NOT_ENGAGED').filter((f) => f.nodes[0]?.id === 4)).toEqual([]);
  });

  it('checks non-corporate priorities only when a consultation informed them', () => {
    const s = healthyCouncil();
    s.priorities.push(priority(4, 'Quiet service priority', { level: 'SERVICE', parentId: 2 }));
    expect(of(s, 'NOT_ENGAGED')).toEqual([]);
    s.consultations.push(consultation(61, 'Staff survey', [4], [staffGroup]));
    expect(of(s, 'NOT_ENGAGED').map((f) => f.nodes[0]?.id)).toEqual([4]);
  });
});

describe('NOT_COMMUNICATED', () => {
  it('reports an agreed priority never communicated, and a communicated one with no record', () => {
    const s = healthyCouncil();
    s.priorities.push(
      priority(4, 'Agreed, untold', { status: 'AGREED', agreedOn: '2024-05-02' }),
      priority(5, 'Claims told', { status: 'COMMUNICATED' }),
      priority(6, 'Still a draft', { status: 'DRAFT' }),
    );
    const byName = new Map(of(s, 'NOT_COMMUNICATED').map((f) => [f.nodes[0]?.name, f]));
    expect([...byName.keys()].sort()).toEqual(['Agreed, untold', 'Claims told']);
    expect(byName.get('Agreed, untold')?.message).toBe(
      "The corporate priority 'Agreed, untold' was agreed on 2024-05-02 but has not been communicated back to staff, partners or the " +
        'people who were consulted.',
    );
    expect(byName.get('Agreed, untold')?.severity).toBe('medium');
    expect(byName.get('Claims told')?.message).toContain('is marked as communicated, but no communication about it is recorded');
  });

  it('reports consulted groups that were never told back, as low', () => {
    const s = healthyCouncil();
    s.consultations[0]!.groups.push({ kind: 'CARERS', name: 'Young carers', hardToReach: true });
    const [f] = of(s, 'NOT_COMMUNICATED');
    expect(f?.severity).toBe('low');
    expect(f?.nodes[0]).toEqual({ type: 'Consultation', id: 60, name: 'Living well at home survey' });
    expect(f?.message).toMatch(
      /^The group 'Young carers' was consulted in 'Living well at home survey' \(2024-01-15\) but has not been told/,
    );
  });

  it('does not count a communication dated before the consultation', () => {
    const s = healthyCouncil();
    s.communications[0]!.date = '2024-01-01';
    const groupFinding = of(s, 'NOT_COMMUNICATED').find((f) => f.nodes[0]?.type === 'Consultation');
    expect(groupFinding?.message).toMatch(
      /^The groups 'Home care users', 'Carers forum' and 'Gypsy and Traveller community' were consulted/,
    );
  });

  it('matches group names ignoring case and punctuation, but not across kinds', () => {
    const s = healthyCouncil();
    s.communications[0]!.groups = [
      { kind: 'SERVICE_USERS', name: 'HOME-CARE users' },
      { kind: 'CARERS', name: ' carers  forum ' },
      { kind: 'COMMUNITY', name: 'Gypsy & Traveller community' },
    ];
    const found = of(s, 'NOT_COMMUNICATED');
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toMatch(/^The group 'Gypsy and Traveller community' was consulted/);
    s.communications[0]!.groups.push({ kind: 'STAFF', name: 'Gypsy and Traveller community' });
    expect(of(s, 'NOT_COMMUNICATED')).toHaveLength(1);
  });

  it('waits until a priority the consultation informed is agreed', () => {
    const s = healthyCouncil();
    s.priorities.push(priority(4, 'Draft idea', { status: 'DRAFT' }));
    s.consultations.push(consultation(61, 'Early chat', [4], [{ kind: 'CARERS', name: 'Carers forum', hardToReach: true }]));
    expect(of(s, 'NOT_COMMUNICATED')).toEqual([]);
  });
});

describe('UNRESOURCED', () => {
  it('reports a priority whose budget and FTE are null or zero', () => {
    const s = healthyCouncil();
    s.priorities[0]!.budget = 0;
    s.priorities[0]!.fte = null;
    s.priorities[1]!.budget = null;
    s.priorities[1]!.fte = 0;
    const found = of(s, 'UNRESOURCED');
    expect(found.map((f) => f.nodes[0]?.id).sort()).toEqual([1, 2]);
    expect(found.find((f) => f.nodes[0]?.id === 1)?.message).toBe(
      "No budget and no staff time (FTE) are recorded for the corporate priority 'Help people live independently', so there is no " +
        'evidence the council has the capacity to deliver it.',
    );
  });

  it('is satisfied by either budget or FTE, and ignores non-priorities', () => {
    const s = healthyCouncil();
    s.priorities[0]!.budget = 0;
    s.priorities[0]!.fte = 0.5;
    s.priorities[1]!.budget = 5000;
    s.priorities[1]!.fte = null;
    expect(of(s, 'UNRESOURCED')).toEqual([]);
  });
});

describe('UNAMBITIOUS_TARGET', () => {
  const withTarget = (t: ReturnType<typeof target>) => {
    const s = healthyCouncil();
    s.targets.push(t);
    return s;
  };

  it('reports a higher-is-better target below current performance', () => {
    const s = withTarget(
      target(41, { objectiveId: 20, indicatorName: 'People helped at home', value: 60, context: context({ currentValue: 65 }) }),
    );
    const [f] = of(s, 'UNAMBITIOUS_TARGET');
    expect(f?.severity).toBe('medium');
    expect(f?.nodes.map((n) => n.type)).toEqual(['Target', 'Objective']);
    expect(f?.message).toBe(
      "The 2024-25 target of 60 for 'People helped at home' (objective 'Reduce waiting lists') is worse than current performance (65; " +
        'higher is better): meeting it would mean getting worse.',
    );
  });

  it('reports a lower-is-better target above current performance', () => {
    const s = withTarget(target(41, { priorityId: 1, value: 12, context: context({ polarity: 'LOWER_IS_BETTER', currentValue: 10 }) }));
    expect(of(s, 'UNAMBITIOUS_TARGET')[0]?.message).toContain("(priority 'Help people live independently')");
  });

  it('points the fix towards the best comparator only when it is better than current performance', () => {
    const better = withTarget(target(41, { value: 60, context: context({ currentValue: 65, bestComparatorValue: 80 }) }));
    expect(of(better, 'UNAMBITIOUS_TARGET')[0]?.fix).toBe(
      'Set the target at or beyond current performance (65), moving towards the best comparator council (80).',
    );
    const worse = withTarget(target(41, { value: 60, context: context({ currentValue: 65, bestComparatorValue: 62 }) }));
    expect(of(worse, 'UNAMBITIOUS_TARGET')[0]?.fix).toBe('Set the target at or beyond current performance (65).');
  });

  it('stays quiet for a target equal to current performance, or without a current value or context', () => {
    expect(of(withTarget(target(41, { value: 65, context: context({ currentValue: 65 }) })), 'UNAMBITIOUS_TARGET')).toEqual([]);
    expect(of(withTarget(target(41, { value: 1, context: context({ currentValue: null }) })), 'UNAMBITIOUS_TARGET')).toEqual([]);
    expect(of(withTarget(target(41, { value: 1 })), 'UNAMBITIOUS_TARGET')).toEqual([]);
  });
});

describe('UNREALISTIC_TARGET', () => {
  const withContext = (value: number, ctx: Parameters<typeof context>[0]) => {
    const s = healthyCouncil();
    s.targets.push(target(41, { serviceId: 10, indicatorName: 'Reviews on time (%)', value, context: context(ctx) }));
    return s;
  };

  it('reports a target beyond the best comparator', () => {
    const [f] = of(withContext(99, { bestComparatorValue: 92 }), 'UNREALISTIC_TARGET');
    expect(f?.message).toBe(
      "The 2024-25 target of 99 for 'Reviews on time (%)' (Home Care) is unlikely to be achievable (higher is better): it is better than " +
        'the best comparator council achieves (92).',
    );
  });

  it('stays quiet at exactly the best comparator', () => {
    expect(of(withContext(92, { bestComparatorValue: 92 }), 'UNREALISTIC_TARGET')).toEqual([]);
  });

  it('reports a target more than three typical years beyond the trend, not one exactly three', () => {
    expect(of(withContext(72 + 12, { trendProjection: 72, typicalAnnualChange: -4 }), 'UNREALISTIC_TARGET')).toEqual([]);
    const [f] = of(withContext(72 + 12.5, { trendProjection: 72, typicalAnnualChange: -4 }), 'UNREALISTIC_TARGET');
    expect(f?.message).toContain("more than 3 years' typical change (4 a year) beyond where the current trend leads (72)");
  });

  it('uses polarity for lower-is-better indicators', () => {
    expect(of(withContext(5, { polarity: 'LOWER_IS_BETTER', bestComparatorValue: 8 }), 'UNREALISTIC_TARGET')).toHaveLength(1);
    expect(of(withContext(9, { polarity: 'LOWER_IS_BETTER', bestComparatorValue: 8 }), 'UNREALISTIC_TARGET')).toEqual([]);
    expect(
      of(withContext(20, { polarity: 'LOWER_IS_BETTER', trendProjection: 40, typicalAnnualChange: 5 }), 'UNREALISTIC_TARGET'),
    ).toHaveLength(1);
  });

  it('skips the trend test when the typical change is unknown or zero', () => {
    expect(of(withContext(1000, { trendProjection: 72, typicalAnnualChange: 0 }), 'UNREALISTIC_TARGET')).toEqual([]);
    expect(of(withContext(1000, { trendProjection: 72, typicalAnnualChange: null }), 'UNREALISTIC_TARGET')).toEqual([]);
  });

  it('gives both reasons in one finding', () => {
    const found = of(withContext(100, { bestComparatorValue: 90, trendProjection: 70, typicalAnnualChange: 2 }), 'UNREALISTIC_TARGET');
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('better than the best comparator');
    expect(found[0]?.message).toContain('beyond where the current trend leads');
  });
});

describe('scale', () => {
  it('handles a large council in well under a second per thousand objectives', () => {
    const s = snapshot({ council: { id: 1, name: 'Big', priorityLimits: { CORPORATE: 10, DIRECTORATE: 10, SERVICE: 10 } } });
    s.priorities.push(priority(1, 'Corporate'));
    let id = 2;
    for (let d = 0; d < 20; d++) {
      const dirId = id++;
      s.priorities.push(priority(dirId, `Dir ${d}`, { level: 'DIRECTORATE', parentId: 1, directorateId: d }));
      for (let sv = 0; sv < 10; sv++) {
        s.priorities.push(priority(id++, `Svc ${d}.${sv}`, { level: 'SERVICE', parentId: dirId, serviceId: d * 100 + sv }));
      }
    }
    const servicePriorityIds = s.priorities.filter((p) => p.level === 'SERVICE').map((p) => p.id);
    for (let o = 0; o < 5000; o++) {
      s.objectives.push(objective(10_000 + o, `Objective ${o}`, [servicePriorityIds[o % servicePriorityIds.length]!]));
      s.milestones.push(milestone(20_000 + o, 10_000 + o));
      s.appraisalObjectives.push(appraisal(30_000 + o, 40_000 + o, `AO ${o}`, { objectiveId: 10_000 + o }));
    }
    const start = performance.now();
    const findings = goldenThreadFindings(s);
    expect(performance.now() - start).toBeLessThan(3000);
    expect(findings.filter((f) => f.code === 'UNMEASURED_PRIORITY')).toHaveLength(s.priorities.length);
    expect(findings.filter((f) => f.code === 'ORPHAN_OBJECTIVE')).toEqual([]);
  });
});
