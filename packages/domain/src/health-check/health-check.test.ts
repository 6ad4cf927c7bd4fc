import { describe, expect, it } from 'vitest';
import { snapshot } from '../cascade/testing.js';
import type { HealthCheckEvidence } from './evidence.js';
import { HC, healthyEvidence } from './fixtures.js';
import { allAnswers, healthCheck, healthCheckTrend } from './health-check.js';
import { BARRIER_KEYS, HABIT_KEYS, QUESTION_KEYS } from './model.js';

function emptyEvidence(): HealthCheckEvidence {
  const e = healthyEvidence();
  return {
    ...e,
    cascade: snapshot({ today: e.today }),
    governance: {
      ...e.governance,
      people: [],
      services: [],
      priorities: [],
      portfolios: [],
      risks: [],
      actions: [],
      bestValueReviews: [],
      bestValueRecommendations: [],
      scrutinyRecommendations: [],
      complaints: [],
      wardEnquiries: [],
    },
    indicators: [],
    miOwnerIds: [],
    leaders: [],
    complaintIdsWithLessons: [],
    priorityPerformance: [],
    nationalIndicatorLinks: [],
    accountabilityFindingCounts: null,
  };
}

describe('healthCheck', () => {
  it('answers the seven questions, six barriers and eight habits, each once, on a 0-4 scale', () => {
    const r = healthCheck(healthyEvidence());
    expect(r.questions.map((a) => a.key)).toEqual([...QUESTION_KEYS]);
    expect(r.barriers.map((a) => a.key)).toEqual([...BARRIER_KEYS]);
    expect(r.habits.map((a) => a.key)).toEqual([...HABIT_KEYS]);
    expect([QUESTION_KEYS.length, BARRIER_KEYS.length, HABIT_KEYS.length]).toEqual([7, 6, 8]);
    expect(r.questions.every((a) => a.section === 'QUESTION')).toBe(true);
    expect(r.barriers.every((a) => a.section === 'BARRIER')).toBe(true);
    expect(r.habits.every((a) => a.section === 'HABIT')).toBe(true);
    for (const a of allAnswers(r)) {
      expect(a.maxScore).toBe(4);
      expect(a.evidence.length).toBeGreaterThan(0);
      for (const f of a.evidence) expect(f.definition.length, `${a.key}.${f.key}`).toBeGreaterThan(20);
    }
    expect(r.council).toEqual({ id: 1, name: 'Northshire County Council' });
    expect(r.period).toBe('2024-25');
  });

  it('never invents a score for a council with no records: every answer is null and says what to record', () => {
    for (const a of allAnswers(healthCheck(emptyEvidence()))) {
      expect(a.score, a.key).toBeNull();
      expect(a.unanswerable?.record, a.key).toMatch(/^(Record|Mark|Name)/);
      expect(a.improve, a.key).toBe(a.unanswerable?.record);
      expect(a.answer, a.key).toMatch(/^The records cannot tell yet whether /);
    }
  });

  it('gives the change against the previous period, answer by answer', () => {
    const before = healthyEvidence();
    before.period = '2023-24';
    before.miOwnerIds = [];
    before.cascade.council.priorityLimits = { CORPORATE: null, DIRECTORATE: null, SERVICE: null };
    const previous = healthCheck(before);
    const now = healthyEvidence();
    now.cascade.staff.push({ id: 20, name: 'New Starter' }, { id: 21, name: 'Other Starter' });
    const r = healthCheck(now, previous);
    const change = (key: string) => allAnswers(r).find((a) => a.key === key)!.change;
    expect(change('Q3_MEASUREMENT')).toEqual({ previousScore: 3, delta: 1, direction: 'UP' });
    expect(change('Q4_STAFF_EXPECTATIONS')).toEqual({ previousScore: 4, delta: -1, direction: 'DOWN' });
    expect(change('Q1_DIRECTION')).toEqual({ previousScore: 4, delta: 0, direction: 'SAME' });
    expect(change('B3_TOO_MANY_PRIORITIES')).toBeNull(); // no limits before: no score to compare with
    expect(healthCheck(now).questions.every((a) => a.change === null)).toBe(true);
  });
});

describe('healthCheckTrend', () => {
  it('gives each answer a point per period and the change from its first score to the last', () => {
    const y1 = healthyEvidence();
    y1.period = '2022-23';
    y1.indicators = [];
    const y2 = healthyEvidence();
    y2.period = '2023-24';
    y2.miOwnerIds = [];
    const y3 = healthyEvidence();
    const r1 = healthCheck(y1);
    const r2 = healthCheck(y2, r1);
    const r3 = healthCheck(y3, r2);
    const lines = healthCheckTrend([
      { period: '2022-23', result: r1 },
      { period: '2023-24', result: r2 },
      { period: '2024-25', result: r3 },
    ]);
    expect(lines).toHaveLength(21);
    const q7 = lines.find((l) => l.key === 'Q7_DIFFERENCE')!;
    expect(q7.points).toEqual([
      { period: '2022-23', score: null },
      { period: '2023-24', score: 4 },
      { period: '2024-25', score: 4 },
    ]);
    expect(q7.overallChange).toBe(0);
    const b5 = lines.find((l) => l.key === 'B5_SYSTEM_DOES_NOT_HELP')!;
    expect(b5.points.map((p) => p.score)).toEqual([null, 3, 4]);
    expect(b5.overallChange).toBe(1);
    expect(b5.section).toBe('BARRIER');
  });

  it('has no change with fewer than two scores, and nothing for an empty series', () => {
    const r = healthCheck(healthyEvidence());
    expect(healthCheckTrend([{ period: '2024-25', result: r }]).every((l) => l.overallChange === null)).toBe(true);
    expect(healthCheckTrend([])).toEqual([]);
  });
});

describe('nodes', () => {
  it('names people only by id and kind, so the API can apply visibility', () => {
    const e = healthyEvidence();
    e.miOwnerIds = [HC.miOwner, HC.director];
    const q3 = healthCheck(e).questions.find((a) => a.key === 'Q3_MEASUREMENT')!;
    const people = q3.nodes.filter((n) => n.kind === 'Person');
    expect(people.map((n) => Object.keys(n).sort())).toEqual([
      ['id', 'kind', 'ok'],
      ['id', 'kind', 'ok'],
    ]);
  });
});
