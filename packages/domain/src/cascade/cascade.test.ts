import { describe, expect, it } from 'vitest';
import { buildCascade, rollupStatusOf, type CascadePriorityNode } from './cascade.js';
import { appraisal, healthyCouncil, milestone, objective, priority, snapshot, target } from './testing.js';

const names = (nodes: CascadePriorityNode[]) => nodes.map((n) => n.priority.name);

describe('buildCascade', () => {
  it('builds corporate -> directorate -> service -> objectives with milestones, targets and appraisal counts', () => {
    const cascade = buildCascade(healthyCouncil());
    expect(names(cascade.corporate)).toEqual(['Help people live independently']);
    const corp = cascade.corporate[0]!;
    const dir = corp.children[0]!;
    const svc = dir.children[0]!;
    expect([corp.level, dir.level, svc.level]).toEqual(['CORPORATE', 'DIRECTORATE', 'SERVICE']);
    expect(corp.owner).toEqual({ type: 'Person', id: 1, name: 'Alice Director' });
    expect(dir.objectives.map((o) => o.objective.name)).toEqual(['Reduce waiting lists']);
    const reablement = svc.objectives[0]!;
    expect(reablement.service).toEqual({ type: 'Service', id: 11, name: 'Reablement' });
    expect(reablement.milestones.map((m) => m.name)).toEqual(['Pilot in the north']);
    expect(reablement.targets.map((t) => t.id)).toEqual([40]);
    expect(reablement.appraisalObjectiveCount).toBe(1);
    expect(corp.rollup).toEqual({
      priorities: { total: 3, DRAFT: 0, AGREED: 0, COMMUNICATED: 3 },
      objectives: 2,
      milestones: { total: 2, complete: 1, overdue: 0, atRisk: 0 },
      targets: 1,
      appraisalObjectives: 2,
      rollupStatus: 'GREEN',
    });
    expect(svc.rollup.milestones).toEqual({ total: 1, complete: 0, overdue: 0, atRisk: 0 });
    expect(cascade.detached).toEqual([]);
    expect(cascade.orphanObjectives).toEqual([]);
  });

  it('lists explicit non-priorities separately, with their reason', () => {
    const cascade = buildCascade(healthyCouncil());
    expect(cascade.nonPriorities).toEqual([
      {
        priority: { type: 'Priority', id: 9, name: 'New leisure centre' },
        level: 'CORPORATE',
        reason: 'Not affordable this year',
        parent: null,
      },
    ]);
    expect(JSON.stringify(cascade.corporate)).not.toContain('New leisure centre');
  });

  it('lists orphan objectives separately, and includes them in the council roll-up', () => {
    const s = healthyCouncil();
    s.objectives.push(objective(22, 'Floating', [9]));
    s.milestones.push(milestone(32, 22, { due: '2024-09-01' }));
    const cascade = buildCascade(s);
    expect(cascade.orphanObjectives.map((o) => o.objective.name)).toEqual(['Floating']);
    expect(cascade.orphanObjectives[0]?.rollup.rollupStatus).toBe('RED');
    expect(cascade.corporate[0]?.rollup.rollupStatus).toBe('GREEN');
    expect(cascade.rollup.objectives).toBe(3);
    expect(cascade.rollup.milestones.overdue).toBe(1);
    expect(cascade.rollup.rollupStatus).toBe('RED');
  });

  it('rolls up RED for an overdue or missed milestone, AMBER for at risk, GREEN otherwise, NONE with nothing', () => {
    const s = healthyCouncil();
    s.milestones = [
      milestone(30, 20, { due: '2024-09-30', status: 'ON_TRACK' }), // overdue (today is 2024-10-01)
      milestone(31, 21, { due: '2025-01-31', status: 'AT_RISK' }),
    ];
    let corp = buildCascade(s).corporate[0]!;
    expect(corp.rollup.milestones).toEqual({ total: 2, complete: 0, overdue: 1, atRisk: 1 });
    expect(corp.rollup.rollupStatus).toBe('RED');
    expect(corp.children[0]?.children[0]?.rollup.rollupStatus).toBe('AMBER');

    s.milestones = [milestone(30, 20, { due: '2025-09-30', status: 'MISSED' })];
    corp = buildCascade(s).corporate[0]!;
    expect(corp.rollup.milestones.overdue).toBe(1);
    expect(corp.rollup.rollupStatus).toBe('RED');

    s.milestones = [];
    corp = buildCascade(s).corporate[0]!;
    expect(corp.rollup.rollupStatus).toBe('NONE');

    expect(rollupStatusOf({ total: 3, complete: 3, overdue: 0, atRisk: 0 })).toBe('GREEN');
  });

  it('does not count a milestone due today as overdue, nor a completed one that was late', () => {
    const s = healthyCouncil();
    s.milestones = [
      milestone(30, 20, { due: '2024-10-01', status: 'ON_TRACK' }),
      milestone(31, 21, { due: '2024-01-01', status: 'MISSED', completedOn: '2024-02-01' }),
    ];
    const corp = buildCascade(s).corporate[0]!;
    expect(corp.rollup.milestones).toEqual({ total: 2, complete: 1, overdue: 0, atRisk: 0 });
    expect(corp.rollup.rollupStatus).toBe('GREEN');
    const ms = corp.children[0]!.objectives[0]!.milestones[0]!;
    expect(ms).toMatchObject({ complete: false, overdue: false });
  });

  it('counts an objective delivering two priorities once at their common ancestor', () => {
    const s = healthyCouncil();
    s.objectives[1]!.priorityIds = [2, 3];
    const corp = buildCascade(s).corporate[0]!;
    const dir = corp.children[0]!;
    expect(dir.objectives.map((o) => o.objective.id)).toEqual([20, 21]);
    expect(dir.children[0]?.objectives.map((o) => o.objective.id)).toEqual([21]);
    expect(dir.objectives[1]).toBe(dir.children[0]?.objectives[0]);
    expect(dir.rollup.objectives).toBe(2);
    expect(dir.rollup.milestones.total).toBe(2);
    expect(dir.rollup.targets).toBe(1);
    expect(corp.rollup.appraisalObjectives).toBe(2);
  });

  it('counts priorities by status and direct targets and appraisal objectives on priorities', () => {
    const s = healthyCouncil();
    s.priorities.push(
      priority(4, 'Draft directorate', { level: 'DIRECTORATE', parentId: 1, status: 'DRAFT' }),
      priority(5, 'Agreed service', { level: 'SERVICE', parentId: 4, status: 'AGREED' }),
    );
    s.targets.push(target(41, { priorityId: 5 }), target(42, { priorityId: 1 }));
    s.appraisalObjectives.push(appraisal(52, 3, 'Direct', { priorityId: 5 }));
    const corp = buildCascade(s).corporate[0]!;
    expect(corp.rollup.priorities).toEqual({ total: 5, DRAFT: 1, AGREED: 1, COMMUNICATED: 3 });
    expect(corp.targets.map((t) => t.id)).toEqual([42]);
    expect(corp.rollup.targets).toBe(3);
    expect(corp.rollup.appraisalObjectives).toBe(3);
    const draft = corp.children.find((c) => c.priority.id === 4)!;
    expect(draft.children[0]?.appraisalObjectiveCount).toBe(1);
    expect(draft.rollup).toMatchObject({ targets: 1, appraisalObjectives: 1, rollupStatus: 'NONE' });
  });

  it('sorts siblings by name, ties by id', () => {
    const s = healthyCouncil();
    s.priorities.push(
      priority(8, 'Zeta'),
      priority(7, 'Alpha'),
      priority(6, 'Alpha'),
      priority(5, 'Mid', { level: 'DIRECTORATE', parentId: 1 }),
      priority(4, 'Aardvark', { level: 'DIRECTORATE', parentId: 1 }),
    );
    const cascade = buildCascade(s);
    expect(cascade.corporate.map((n) => n.priority.id)).toEqual([6, 7, 1, 8]);
    expect(names(cascade.corporate.find((n) => n.priority.id === 1)!.children)).toEqual([
      'Aardvark',
      'Mid',
      'More people supported at home',
    ]);
  });

  it('puts priorities that do not reach a corporate priority in `detached`, under their top-most ancestor', () => {
    const s = healthyCouncil();
    s.priorities.push(
      priority(4, 'Lost directorate', { level: 'DIRECTORATE', parentId: 404 }),
      priority(5, 'Under lost', { level: 'SERVICE', parentId: 4 }),
      priority(6, 'Under a non-priority', { level: 'DIRECTORATE', parentId: 9 }),
    );
    s.objectives.push(objective(22, 'Under lost objective', [5]));
    const cascade = buildCascade(s);
    expect(names(cascade.detached)).toEqual(['Lost directorate', 'Under a non-priority']);
    expect(names(cascade.detached[0]!.children)).toEqual(['Under lost']);
    expect(cascade.detached[0]!.rollup.objectives).toBe(1);
    expect(cascade.orphanObjectives).toEqual([]);
  });

  it('terminates on imported loops and shows each looped priority once', () => {
    const s = healthyCouncil();
    s.priorities.push(
      priority(4, 'Alpha', { level: 'DIRECTORATE', parentId: 6 }),
      priority(5, 'Bravo', { level: 'SERVICE', parentId: 4 }),
      priority(6, 'Charlie', { level: 'SERVICE', parentId: 5 }),
      priority(7, 'Hanger-on', { level: 'SERVICE', parentId: 5 }),
    );
    const cascade = buildCascade(s);
    expect(cascade.detached).toHaveLength(1);
    const seen: string[] = [];
    const walk = (n: CascadePriorityNode) => {
      seen.push(n.priority.name);
      n.children.forEach(walk);
    };
    cascade.detached.forEach(walk);
    expect(seen.sort()).toEqual(['Alpha', 'Bravo', 'Charlie', 'Hanger-on']);
    expect(cascade.detached[0]!.rollup.priorities.total).toBe(4);
  });

  it('keeps a loop through a corporate priority finite', () => {
    const s = healthyCouncil();
    s.priorities[0]!.parentId = 3;
    const cascade = buildCascade(s);
    expect(names(cascade.corporate)).toEqual(['Help people live independently']);
    expect(cascade.corporate[0]!.rollup.priorities.total).toBe(3);
    expect(cascade.detached).toEqual([]);
  });

  it('is empty for an empty council', () => {
    expect(buildCascade(snapshot())).toEqual({
      council: { id: 1, name: 'Northshire County Council' },
      period: '2024-25',
      today: '2024-10-01',
      corporate: [],
      detached: [],
      nonPriorities: [],
      orphanObjectives: [],
      rollup: {
        priorities: { total: 0, DRAFT: 0, AGREED: 0, COMMUNICATED: 0 },
        objectives: 0,
        milestones: { total: 0, complete: 0, overdue: 0, atRisk: 0 },
        targets: 0,
        appraisalObjectives: 0,
        rollupStatus: 'NONE',
      },
    });
  });

  it('ignores rows of other periods', () => {
    const s = healthyCouncil();
    s.priorities.push(priority(80, 'Old corporate', { period: '2023-24' }));
    s.objectives.push(objective(81, 'Old objective', [1], { period: '2023-24' }));
    const cascade = buildCascade(s);
    expect(names(cascade.corporate)).toEqual(['Help people live independently']);
    expect(cascade.corporate[0]!.objectives).toEqual([]);
    expect(cascade.rollup.objectives).toBe(2);
  });

  it('builds a deep imported chain without overflowing the stack', () => {
    const s = snapshot();
    const depth = 20_000;
    s.priorities.push(priority(1, 'Top'));
    for (let i = 2; i <= depth; i++) s.priorities.push(priority(i, `Level ${i}`, { level: 'SERVICE', parentId: i - 1 }));
    s.objectives.push(objective(1, 'At the bottom', [depth]));
    s.milestones.push(milestone(1, 1, { due: '2020-01-01' }));
    const start = performance.now();
    const cascade = buildCascade(s);
    expect(performance.now() - start).toBeLessThan(5000);
    expect(cascade.corporate[0]!.rollup).toMatchObject({ priorities: { total: depth }, objectives: 1, rollupStatus: 'RED' });
  });

  it('handles thousands of objectives spread over many priorities', () => {
    const s = snapshot();
    s.priorities.push(priority(1, 'Corporate'));
    for (let d = 0; d < 10; d++) {
      s.priorities.push(priority(100 + d, `Dir ${d}`, { level: 'DIRECTORATE', parentId: 1 }));
      for (let v = 0; v < 20; v++)
        s.priorities.push(priority(1000 + d * 100 + v, `Svc ${d}.${v}`, { level: 'SERVICE', parentId: 100 + d }));
    }
    for (let o = 0; o < 6000; o++) {
      const d = o % 10;
      s.objectives.push(objective(10_000 + o, `Obj ${o}`, [1000 + d * 100 + (o % 20), 100 + d]));
      s.milestones.push(milestone(20_000 + o, 10_000 + o, { status: o % 3 === 0 ? 'AT_RISK' : 'ON_TRACK' }));
    }
    const cascade = buildCascade(s);
    expect(cascade.corporate[0]!.rollup.objectives).toBe(6000);
    expect(cascade.corporate[0]!.rollup.milestones).toEqual({ total: 6000, complete: 0, overdue: 0, atRisk: 2000 });
    expect(cascade.corporate[0]!.children[0]!.rollup.objectives).toBe(600);
  });
});
