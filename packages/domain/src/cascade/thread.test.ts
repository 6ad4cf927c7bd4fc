import { describe, expect, it } from 'vitest';
import { tracePersonThread } from './thread.js';
import { appraisal, healthyCouncil, objective, priority, snapshot } from './testing.js';

const names = (steps: { name: string }[]) => steps.map((s) => s.name);

describe('tracePersonThread', () => {
  it('traces appraisal objective -> objective -> service -> directorate -> corporate priority', () => {
    const thread = tracePersonThread(healthyCouncil(), 4);
    expect(thread.person).toEqual({ type: 'Person', id: 4, name: 'Dan Officer' });
    expect(thread.hasThread).toBe(true);
    expect(thread.appraisalObjectives).toHaveLength(1);
    const [ao] = thread.appraisalObjectives;
    expect(ao?.complete).toBe(true);
    expect(ao?.agreed).toBe(true);
    expect(ao?.chains).toEqual([
      {
        complete: true,
        steps: [
          { type: 'AppraisalObjective', id: 51, name: 'Lead the reablement pilot' },
          { type: 'Objective', id: 21, name: 'Start reablement within 48 hours' },
          { type: 'Priority', id: 3, name: 'Faster reablement', level: 'SERVICE' },
          { type: 'Priority', id: 2, name: 'More people supported at home', level: 'DIRECTORATE' },
          { type: 'Priority', id: 1, name: 'Help people live independently', level: 'CORPORATE' },
        ],
      },
    ]);
  });

  it('gives one chain per priority an objective delivers', () => {
    const s = healthyCouncil();
    s.objectives[0]!.priorityIds = [2, 3, 404];
    const [ao] = tracePersonThread(s, 3).appraisalObjectives;
    expect(ao?.chains).toHaveLength(3);
    expect(ao?.chains.map((c) => c.complete)).toEqual([true, true, false]);
    expect(ao?.chains[2]?.reason).toBe("The objective 'Reduce waiting lists' is linked to a priority that does not exist (id 404).");
    expect(ao?.chains[2]?.breaksAt).toEqual({ type: 'Objective', id: 20, name: 'Reduce waiting lists' });
    expect(ao?.complete).toBe(true);
  });

  it('breaks at an objective linked to no priority', () => {
    const s = healthyCouncil();
    s.objectives[0]!.priorityIds = [];
    const thread = tracePersonThread(s, 3);
    const chain = thread.appraisalObjectives[0]?.chains[0];
    expect(chain).toEqual({
      complete: false,
      steps: [
        { type: 'AppraisalObjective', id: 50, name: 'Clear the waiting list backlog' },
        { type: 'Objective', id: 20, name: 'Reduce waiting lists' },
      ],
      breaksAt: { type: 'Objective', id: 20, name: 'Reduce waiting lists' },
      reason: "The objective 'Reduce waiting lists' is not linked to any priority.",
    });
    expect(thread.hasThread).toBe(false);
  });

  it('explains every other kind of break', () => {
    const s = healthyCouncil();
    s.priorities.push(
      priority(4, 'Detached', { level: 'SERVICE' }),
      priority(5, 'Dangling', { level: 'DIRECTORATE', parentId: 777 }),
      priority(80, 'Old corporate', { period: '2023-24' }),
    );
    s.objectives.push(objective(22, 'Old objective', [1], { period: '2023-24' }));
    const person = 7;
    s.appraisalObjectives = [
      appraisal(60, person, 'Nothing'),
      appraisal(61, person, 'Missing objective', { objectiveId: 999 }),
      appraisal(62, person, 'Old objective', { objectiveId: 22 }),
      appraisal(63, person, 'Non-priority', { priorityId: 9 }),
      appraisal(64, person, 'Detached', { priorityId: 4 }),
      appraisal(65, person, 'Dangling', { priorityId: 5 }),
      appraisal(66, person, 'Old priority', { priorityId: 80 }),
      appraisal(67, person, 'Missing priority', { priorityId: 998 }),
    ];
    const reasons = tracePersonThread(s, person).appraisalObjectives.map((a) => a.chains[0]?.reason);
    expect(reasons).toEqual([
      "The appraisal objective 'Nothing' is not aimed at any objective or priority.",
      "The appraisal objective 'Missing objective' is aimed at an objective that does not exist (id 999).",
      "The objective 'Old objective' belongs to the 2023-24 plan, not 2024-25.",
      "'New leisure centre' is marked as not a priority (Not affordable this year), so it does not lead to a corporate priority.",
      "The service priority 'Detached' is not placed under a directorate priority.",
      "The directorate priority 'Dangling' sits under a parent priority that does not exist (id 777).",
      "The priority 'Old corporate' belongs to 2023-24, not 2024-25.",
      "The appraisal objective 'Missing priority' is aimed at a priority that does not exist (id 998).",
    ]);
    const breaks = tracePersonThread(s, person).appraisalObjectives.map((a) => a.chains[0]?.breaksAt?.name);
    expect(breaks).toEqual([
      'Nothing',
      'Missing objective',
      'Old objective',
      'New leisure centre',
      'Detached',
      'Dangling',
      'Old corporate',
      'Missing priority',
    ]);
  });

  it('terminates on a loop and says so', () => {
    const s = healthyCouncil();
    s.priorities.push(
      priority(4, 'Alpha', { level: 'SERVICE', parentId: 5 }),
      priority(5, 'Bravo', { level: 'DIRECTORATE', parentId: 6 }),
      priority(6, 'Charlie', { level: 'DIRECTORATE', parentId: 5 }),
    );
    s.objectives.push(objective(22, 'Into the loop', [4]));
    s.appraisalObjectives.push(appraisal(52, 3, 'Loopy', { objectiveId: 22 }));
    const chain = tracePersonThread(s, 3).appraisalObjectives[1]?.chains[0];
    expect(chain?.complete).toBe(false);
    expect(names(chain?.steps ?? [])).toEqual(['Loopy', 'Into the loop', 'Alpha', 'Bravo', 'Charlie']);
    expect(chain?.breaksAt?.name).toBe('Charlie');
    expect(chain?.reason).toBe("The priorities 'Bravo' and 'Charlie' form a loop, so the thread never reaches a corporate priority.");
  });

  it('follows both an objective and a direct priority link', () => {
    const s = healthyCouncil();
    s.appraisalObjectives[0]!.priorityId = 1;
    const [ao] = tracePersonThread(s, 3).appraisalObjectives;
    expect(ao?.chains.map((c) => names(c.steps))).toEqual([
      ['Clear the waiting list backlog', 'Reduce waiting lists', 'More people supported at home', 'Help people live independently'],
      ['Clear the waiting list backlog', 'Help people live independently'],
    ]);
  });

  it('stops at the first corporate priority even if it wrongly has a parent', () => {
    const s = healthyCouncil();
    s.priorities[0]!.parentId = 3; // corporate under service: a loop that contains a corporate priority
    const chain = tracePersonThread(s, 4).appraisalObjectives[0]?.chains[0];
    expect(chain?.complete).toBe(true);
    expect(chain?.steps.at(-1)?.name).toBe('Help people live independently');
  });

  it('counts a complete thread for coverage only when the appraisal objective is agreed', () => {
    const s = healthyCouncil();
    s.appraisalObjectives[1]!.agreedOn = null;
    const thread = tracePersonThread(s, 4);
    expect(thread.appraisalObjectives[0]?.complete).toBe(true);
    expect(thread.appraisalObjectives[0]?.agreed).toBe(false);
    expect(thread.hasThread).toBe(false);
  });

  it('returns no appraisal objectives for someone without any, or in an empty council', () => {
    expect(tracePersonThread(snapshot(), 42)).toEqual({
      person: { type: 'Person', id: 42, name: 'person #42' },
      period: '2024-25',
      appraisalObjectives: [],
      hasThread: false,
    });
    expect(tracePersonThread(healthyCouncil(), 1).appraisalObjectives).toEqual([]);
  });

  it('walks a deep imported chain without recursion', () => {
    const s = snapshot();
    const depth = 10_000;
    s.priorities.push(priority(1, 'Top'));
    for (let i = 2; i <= depth; i++) s.priorities.push(priority(i, `Level ${i}`, { level: 'SERVICE', parentId: i - 1 }));
    s.appraisalObjectives.push(appraisal(1, 1, 'At the bottom', { priorityId: depth }));
    const chain = tracePersonThread(s, 1).appraisalObjectives[0]?.chains[0];
    expect(chain?.complete).toBe(true);
    expect(chain?.steps).toHaveLength(depth + 1);
  });
});
