import { describe, expect, it } from 'vitest';
import { buildAnswer, changeOf, MAX_ANSWER_NODES, type Measure, meanScore, share, shareScore } from './model.js';

function measure(key: string, score: number | null, over: Partial<Measure> = {}): Measure {
  return {
    key,
    numerator: score === null ? null : score,
    denominator: score === null ? null : 4,
    score,
    text: `${key} figure`,
    definition: `${key} definition`,
    improve: `Improve ${key}.`,
    record: `Record ${key}.`,
    nodes: [],
    lead: false,
    ...over,
  };
}

describe('shareScore', () => {
  it.each([
    [1, 4],
    [0.9, 4],
    [0.8999, 3],
    [0.75, 3],
    [0.7499, 2],
    [0.5, 2],
    [0.4999, 1],
    [0.25, 1],
    [0.2499, 0],
    [0, 0],
  ])('a share of %s scores %s', (s, score) => {
    expect(shareScore(s)).toBe(score);
  });

  it('scores exact fractions on the threshold up (9 of 10, 3 of 4, 1 of 2, 1 of 4)', () => {
    expect([9 / 10, 3 / 4, 1 / 2, 1 / 4].map(shareScore)).toEqual([4, 3, 2, 1]);
  });
});

describe('meanScore', () => {
  it('rounds the mean down', () => {
    expect(meanScore([4, 3])).toBe(3);
    expect(meanScore([4, 4, 3])).toBe(3);
    expect(meanScore([4, 4])).toBe(4);
    expect(meanScore([0, 1])).toBe(0);
    expect(meanScore([2, 2, 3])).toBe(2);
  });
});

describe('share', () => {
  it('counts the items meeting the rule, with a node each, failing ones first', () => {
    const m = share({
      key: 'k',
      items: [1, 2, 3, 4],
      ok: (n) => n !== 2,
      node: (n) => ({ kind: 'Priority', id: n }),
      text: (n, d) => `${n} of ${d}`,
      none: 'none',
      definition: 'd',
      improve: 'i',
      record: 'r',
    });
    expect(m).toMatchObject({ numerator: 3, denominator: 4, score: 3, text: '3 of 4' });
    expect(m.nodes).toEqual([
      { kind: 'Priority', id: 2, ok: false },
      { kind: 'Priority', id: 1, ok: true },
      { kind: 'Priority', id: 3, ok: true },
      { kind: 'Priority', id: 4, ok: true },
    ]);
  });

  it('counts every item but keeps at most MAX_ANSWER_NODES nodes of each kind, failing ones first', () => {
    const m = share({
      key: 'k',
      items: Array.from({ length: 200 }, (_, i) => i),
      ok: (n) => n >= 120,
      node: (n) => ({ kind: 'Person', id: n }),
      text: (n, d) => `${n} of ${d}`,
      none: 'none',
      definition: 'd',
      improve: 'i',
      record: 'r',
    });
    expect(m).toMatchObject({ numerator: 80, denominator: 200, score: 1 });
    expect(m.nodes).toHaveLength(2 * MAX_ANSWER_NODES);
    expect(m.nodes.slice(0, MAX_ANSWER_NODES).every((n) => !n.ok)).toBe(true);
    expect(m.nodes[MAX_ANSWER_NODES]).toEqual({ kind: 'Person', id: 120, ok: true });
  });

  it('cannot be computed with nothing to count', () => {
    const m = share({
      key: 'k',
      items: [],
      ok: () => true,
      node: () => null,
      text: () => 'x',
      none: 'Nothing',
      definition: '',
      improve: '',
      record: 'r',
    });
    expect(m).toMatchObject({ numerator: null, denominator: null, score: null, text: 'Nothing' });
  });
});

describe('buildAnswer', () => {
  const spec = (measures: Measure[]) => ({
    key: 'Q1_DIRECTION' as const,
    section: 'QUESTION' as const,
    title: 'T',
    claim: 'all is well',
    measures,
  });

  it('scores the mean of the computable measures, rounded down, and names the weakest', () => {
    const a = buildAnswer(spec([measure('a', 4), measure('b', 3), measure('c', null)]));
    expect(a.score).toBe(3);
    expect(a.answer).toBe('Mostly: all is well, but b figure.');
    expect(a.improve).toBe('Improve b. Also: record c.');
    expect(a.unanswerable).toBeNull();
    expect(a.maxScore).toBe(4);
    expect(a.evidence.map((e) => [e.key, e.score])).toEqual([
      ['a', 4],
      ['b', 3],
      ['c', null],
    ]);
  });

  it('is null when no measure can be computed, saying what to record', () => {
    const a = buildAnswer(spec([measure('a', null), measure('b', null)]));
    expect(a.score).toBeNull();
    expect(a.unanswerable).toEqual({ reason: 'a figure; b figure', record: 'Record a. Record b.' });
    expect(a.answer).toBe('The records cannot tell yet whether all is well: a figure; b figure.');
    expect(a.improve).toBe('Record a. Record b.');
  });

  it('is null when a lead measure cannot be computed, even if another can', () => {
    const a = buildAnswer(spec([measure('a', null, { lead: true }), measure('b', 4)]));
    expect(a.score).toBeNull();
    expect(a.unanswerable?.reason).toBe('a figure');
  });

  it('words each score of each section', () => {
    const words = (section: 'QUESTION' | 'BARRIER' | 'HABIT') =>
      [0, 1, 2, 3, 4].map((s) => buildAnswer({ ...spec([measure('a', s)]), section }).answer.split(':')[0]);
    expect(words('QUESTION')).toEqual(['No', 'Hardly', 'Partly', 'Mostly', 'Yes']);
    expect(words('BARRIER')).toEqual(['A severe barrier', 'A marked barrier', 'A barrier', 'A slight barrier', 'Not a barrier here']);
    expect(words('HABIT')).toEqual(['Not yet', 'Rarely', 'Partly', 'Mostly', 'Yes, consistently']);
  });

  it('lists the nodes holding the score down first, once each, at most MAX_ANSWER_NODES', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ kind: 'Person', id: i + 1, ok: true }));
    const a = buildAnswer(
      spec([
        measure('a', 3, { nodes: [{ kind: 'Priority', id: 1, ok: true }, ...many] }),
        measure('b', 2, { nodes: [{ kind: 'Priority', id: 1, ok: false }] }),
      ]),
    );
    expect(a.nodes[0]).toEqual({ kind: 'Priority', id: 1, ok: false });
    expect(a.nodes).toHaveLength(MAX_ANSWER_NODES);
    expect(new Set(a.nodes.map((n) => `${n.kind}:${n.id}`)).size).toBe(MAX_ANSWER_NODES);
  });

  it('asks for nothing more at the top score', () => {
    expect(buildAnswer(spec([measure('a', 4)])).improve).toBe('Nothing to raise: keep the records up to date.');
  });
});

describe('changeOf', () => {
  const prev = (score: number | null) =>
    buildAnswer({ key: 'Q1_DIRECTION', section: 'QUESTION', title: 'T', claim: 'c', measures: [measure('a', score)] });

  it('is the difference with the previous score and its direction', () => {
    expect(changeOf(3, prev(1))).toEqual({ previousScore: 1, delta: 2, direction: 'UP' });
    expect(changeOf(1, prev(3))).toEqual({ previousScore: 3, delta: -2, direction: 'DOWN' });
    expect(changeOf(2, prev(2))).toEqual({ previousScore: 2, delta: 0, direction: 'SAME' });
  });

  it('is null without a previous answer or when either score is null', () => {
    expect(changeOf(3, undefined)).toBeNull();
    expect(changeOf(null, prev(2))).toBeNull();
    expect(changeOf(2, prev(null))).toBeNull();
  });
});
