import { describe, expect, it } from 'vitest';
import type { Finding } from '../findings.js';
import { goldenThreadFindings, GOLDEN_THREAD_SEVERITY } from './checks.js';
import { appraisal, context, healthyCouncil, milestone, objective, priority, snapshot, target } from './testing.js';
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
