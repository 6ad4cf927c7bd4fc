import { describe, expect, it } from 'vitest';
// @ts-expect-error text-readability ships no types
import readability from 'text-readability';
import { easyRead, plainChange, plainComplaints, plainFigure, plainPosition, plainStatus, PUBLIC_MEASURES } from './text.js';

describe('public view text', () => {
  it('names the measures that matter to people who use services and carers', () => {
    expect(PUBLIC_MEASURES.map((m) => m.code)).toEqual(['1A', '3A', '4A', '3B', '2B1', 'ASC7']);
  });

  it('writes figures as people read them', () => {
    expect(plainFigure(62.8, '%')).toBe('62.8%');
    expect(plainFigure(19.35, 'score 0-24')).toBe('19.4 out of 24');
    expect(plainFigure(80, '%')).toBe('80%');
    expect(plainFigure(3.25, null)).toBe('3.3');
  });

  it('says where the council stands among similar councils', () => {
    expect(plainPosition(2, 27, true)).toBe('We were 2 of 27 similar councils. That is better than most.');
    expect(plainPosition(22, 25, false)).toBe('We were 22 of 25 similar councils. That is not as good as most.');
    expect(plainPosition(null, 0, null)).toBe('We cannot compare this with similar councils yet.');
  });

  it('makes easy read: one idea a line', () => {
    expect(easyRead('Carers want to be recognised early and to get proper breaks; young carers want their teachers to know.')).toEqual([
      'Carers want to be recognised early and to get proper breaks.',
      'Young carers want their teachers to know.',
    ]);
    expect(easyRead('People want help on time, and the same carers each week. Thank you!')).toEqual([
      'People want help on time.',
      'And the same carers each week.',
      'Thank you!',
    ]);
  });

  it('reads as plain English (Flesch reading ease 60 or more)', () => {
    const text = [...PUBLIC_MEASURES.map((m) => `${m.plain}.`), plainPosition(2, 27, true), plainPosition(22, 25, false)].join(' ');
    expect(readability.fleschReadingEase(text)).toBeGreaterThanOrEqual(60);
  });

  it('says a priority’s status and a figure’s change in words', () => {
    expect(['GREEN', 'AMBER', 'RED', 'NONE'].map(plainStatus)).toEqual(['Going well', 'Some worries', 'Not going well', 'Too soon to say']);
    const now = { period: '2023-24', value: 62.8 };
    expect(plainChange(now, { period: '2022-23', value: 61 }, '%', false)).toBe('That is better than the year before (61%).');
    expect(plainChange(now, { period: '2022-23', value: 61 }, '%', true)).toBe('That is worse than the year before (61%).');
    expect(plainChange(now, { period: '2022-23', value: 62.81 }, '%', false)).toBe('That is the same as the year before (62.8%).');
    expect(plainChange(now, null, '%', false)).toBe('We have no figure for the year before 2023-24.');
  });

  it('says the complaint figures in short sentences', () => {
    expect(plainComplaints('2024-25', { received: 40, upheld: 12, upheldShare: 0.3, withinTimescaleShare: 0.874 })).toEqual([
      'We had 40 complaints in 2024-25.',
      'We said the person was right, or partly right, in 12 of them.',
      'We answered 87 in every 100 on time.',
    ]);
    expect(plainComplaints('2024-25', { received: 0, upheld: 0, upheldShare: null, withinTimescaleShare: null })).toEqual([
      'We had no complaints about adult care in 2024-25.',
    ]);
  });
});
