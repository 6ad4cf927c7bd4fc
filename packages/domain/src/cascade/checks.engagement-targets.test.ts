import { describe, expect, it } from 'vitest';
import type { Finding } from '../findings.js';
import { goldenThreadFindings } from './checks.js';
import { consultation, context, healthyCouncil, objective, priority, target } from './testing.js';
import type { CascadeSnapshot } from './types.js';

const of = (s: CascadeSnapshot, code: string): Finding[] => goldenThreadFindings(s).filter((f) => f.code === code);
const ids = (f: Finding | undefined, type: string) => (f?.nodes ?? []).filter((n) => n.type === type).map((n) => n.id);

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
