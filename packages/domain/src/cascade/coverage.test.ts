import { describe, expect, it } from 'vitest';
import { goldenThreadCoverage } from './coverage.js';
import { buildCascade } from './cascade.js';
import { goldenThreadFindings } from './checks.js';
import { appraisal, healthyCouncil, objective, priority, snapshot, target } from './testing.js';

describe('goldenThreadCoverage', () => {
  it('is complete for a healthy council', () => {
    expect(goldenThreadCoverage(healthyCouncil())).toEqual({
      staffWithThread: { count: 2, total: 2, share: 1, missingIds: [] },
      prioritiesWithTarget: { count: 3, total: 3, share: 1, missingIds: [] },
      servicesWithPlan: { count: 2, total: 2, share: 1, missingIds: [] },
    });
  });

  it('gives null shares for an empty council', () => {
    const empty = { count: 0, total: 0, share: null, missingIds: [] };
    expect(goldenThreadCoverage(snapshot())).toEqual({ staffWithThread: empty, prioritiesWithTarget: empty, servicesWithPlan: empty });
  });

  it('counts only agreed appraisal objectives of the period', () => {
    const s = healthyCouncil();
    s.appraisalObjectives[0]!.agreedOn = null;
    s.appraisalObjectives[1]!.period = '2023-24';
    s.staff.push({ id: 5, name: 'Eve Newstarter' });
    const { staffWithThread } = goldenThreadCoverage(s);
    expect(staffWithThread).toEqual({ count: 0, total: 3, share: 0, missingIds: [3, 4, 5] });
  });

  it('needs the thread to reach a corporate priority, not just any priority', () => {
    const s = healthyCouncil();
    s.priorities.push(priority(4, 'Detached service priority', { level: 'SERVICE' }));
    s.objectives.push(objective(22, 'Objective under a detached priority', [4]));
    s.staff.push({ id: 5, name: 'Eve' }, { id: 6, name: 'Fay' }, { id: 7, name: 'Gus' });
    s.appraisalObjectives.push(
      appraisal(52, 5, 'Via detached', { objectiveId: 22 }),
      appraisal(53, 6, 'Direct to corporate', { priorityId: 1 }),
      appraisal(54, 7, 'At a non-priority', { priorityId: 9 }),
    );
    const { staffWithThread } = goldenThreadCoverage(s);
    expect(staffWithThread.missingIds).toEqual([5, 7]);
    expect(staffWithThread.count).toBe(3);
    expect(staffWithThread.share).toBeCloseTo(3 / 5);
  });

  it('counts a person once however often they are listed or however many objectives they have', () => {
    const s = healthyCouncil();
    s.staff.push({ id: 3, name: 'Carol Officer' });
    s.appraisalObjectives.push(appraisal(52, 3, 'Another one', { objectiveId: 21 }));
    expect(goldenThreadCoverage(s).staffWithThread).toMatchObject({ count: 2, total: 2 });
  });

  it('does not credit a thread that runs into a loop', () => {
    const s = healthyCouncil();
    s.priorities.push(priority(4, 'A', { level: 'SERVICE', parentId: 5 }), priority(5, 'B', { level: 'DIRECTORATE', parentId: 4 }));
    s.objectives.push(objective(22, 'Loop objective', [4]));
    s.staff.push({ id: 5, name: 'Eve' });
    s.appraisalObjectives.push(appraisal(52, 5, 'Into the loop', { objectiveId: 22 }));
    expect(goldenThreadCoverage(s).staffWithThread.missingIds).toEqual([5]);
  });

  it('counts priorities measured directly, through objectives or through descendants; not non-priorities', () => {
    const s = healthyCouncil();
    s.targets = [target(41, { objectiveId: 20 })];
    s.priorities.push(priority(4, 'Unmeasured corporate'));
    const { prioritiesWithTarget } = goldenThreadCoverage(s);
    expect(prioritiesWithTarget).toEqual({ count: 2, total: 4, share: 0.5, missingIds: [3, 4] });
  });

  it('counts services with at least one objective of the period', () => {
    const s = healthyCouncil();
    s.services.push({ id: 12, name: 'Day Services' }, { id: 13, name: 'Meals' });
    s.objectives.push(objective(22, 'Last year plan', [1], { serviceId: 12, period: '2023-24' }));
    const { servicesWithPlan } = goldenThreadCoverage(s);
    expect(servicesWithPlan).toEqual({ count: 2, total: 4, share: 0.5, missingIds: [12, 13] });
  });
});

describe('targets measuring several things', () => {
  it('counts every link of a target that repeats its id once per objective or priority it measures', () => {
    const s = healthyCouncil();
    // Target 40 measures objective 21 and, through a second row with the same id, objective 20.
    const first = s.targets[0]!;
    s.targets.push({ ...first, objectiveId: 20, serviceId: 10 });
    s.priorities.push(priority(4, 'Second corporate priority', { ownerId: 1 }));
    s.objectives.push(objective(22, 'Third objective', [4]));
    s.targets.push({ ...first, objectiveId: 22, serviceId: 10 });
    const coverage = goldenThreadCoverage(s);
    expect(coverage.prioritiesWithTarget).toMatchObject({ count: 4, total: 4, missingIds: [] });
    const cascade = buildCascade(s);
    expect(cascade.rollup.targets).toBe(1);
    const home = cascade.corporate.find((c) => c.priority.id === 1)!;
    const objective20 = home.children[0]!.objectives.find((o) => o.objective.id === 20)!;
    expect(objective20.targets.map((t) => t.id)).toEqual([40]);
    expect(home.rollup.targets).toBe(1);
  });
});

describe('units that are not expected to have a plan', () => {
  it('names them in findings without counting them in servicesWithPlan', () => {
    const s = healthyCouncil();
    s.otherUnits = [{ id: 12, name: 'Night Reablement Team' }];
    s.objectives.push(objective(23, 'Cover every night shift', [], { serviceId: 12 }));
    expect(goldenThreadCoverage(s).servicesWithPlan).toMatchObject({ count: 2, total: 2 });
    const orphan = goldenThreadFindings(s).find((f) => f.code === 'ORPHAN_OBJECTIVE');
    expect(orphan?.message).toContain('in the Night Reablement Team plan');
  });
});
