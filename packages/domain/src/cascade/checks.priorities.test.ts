import { describe, expect, it } from 'vitest';
import type { Finding } from '../findings.js';
import { goldenThreadFindings } from './checks.js';
import { healthyCouncil, objective, priority, target } from './testing.js';
import type { CascadeSnapshot } from './types.js';

const of = (s: CascadeSnapshot, code: string): Finding[] => goldenThreadFindings(s).filter((f) => f.code === code);
const ids = (f: Finding | undefined, type: string) => (f?.nodes ?? []).filter((n) => n.type === type).map((n) => n.id);

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
