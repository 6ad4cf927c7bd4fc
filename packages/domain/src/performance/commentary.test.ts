import { describe, expect, it } from 'vitest';
import { COMMENTARY_PART_MAX, commentaryOfExceptions, missingCommentary, validateCommentary, type CommentaryRow } from './commentary.js';
import { exceptionsFor, type IndicatorPerformance } from './exceptions.js';

const today = '2025-04-20';

describe('validateCommentary', () => {
  it('accepts "what happened" alone, trimmed, with the period written as the data are', () => {
    const r = validateCommentary(
      { period: ' 2024/25 ', whatHappened: '  Admissions rose by 12.  ', why: '   ', whatWeAreDoing: null },
      { today },
    );
    expect(r).toEqual({
      ok: true,
      value: {
        period: expect.objectContaining({ text: '2024-25', kind: 'YEAR' }),
        whatHappened: 'Admissions rose by 12.',
        why: null,
        whatWeAreDoing: null,
      },
    });
  });

  it('refuses a commentary without "what happened", naming the field', () => {
    const r = validateCommentary({ period: '2024-25', whatHappened: ' ', why: 'Winter pressures.' }, { today });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual([{ field: 'whatHappened', message: expect.stringMatching(/Say what happened/) }]);
  });

  it('allows exactly the longest part and refuses one character more, in the part that is too long', () => {
    const longest = 'x'.repeat(COMMENTARY_PART_MAX);
    expect(validateCommentary({ period: '2024-25', whatHappened: longest, why: longest, whatWeAreDoing: longest }, { today }).ok).toBe(
      true,
    );
    const r = validateCommentary({ period: '2024-25', whatHappened: 'Fell.', whatWeAreDoing: `${longest}y` }, { today });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.field)).toEqual(['whatWeAreDoing']);
  });

  it("refuses a period that is not one, or not of the indicator's kind, and one that has not started", () => {
    const bad = validateCommentary({ period: '2024-26', whatHappened: 'x' }, { today });
    expect(!bad.ok && bad.errors[0]).toMatchObject({ field: 'period', message: expect.stringMatching(/neither a financial year/) });
    const kind = validateCommentary({ period: '2024-25', whatHappened: 'x' }, { today, kind: 'MONTH' });
    expect(!kind.ok && kind.errors[0]!.field).toBe('period');
    // The month that starts today may be commented on; the next one may not.
    expect(validateCommentary({ period: '2025-04', whatHappened: 'x' }, { today: '2025-04-01', kind: 'MONTH' }).ok).toBe(true);
    const early = validateCommentary({ period: '2025-05', whatHappened: 'x' }, { today: '2025-04-30', kind: 'MONTH' });
    expect(!early.ok && early.errors[0]!.message).toMatch(/has not started/);
  });

  it('returns every error at once', () => {
    const r = validateCommentary({ period: 'soon', whatHappened: '', why: 'y'.repeat(COMMENTARY_PART_MAX + 1) }, { today });
    expect(!r.ok && r.errors.map((e) => e.field)).toEqual(['period', 'whatHappened', 'why']);
  });
});

const ind = (indicatorId: number, name: string, over: Partial<IndicatorPerformance>): IndicatorPerformance => ({
  indicatorId,
  name,
  polarity: 'HIGHER_IS_BETTER',
  rag: 'GREEN',
  direction: 'STABLE',
  quartile: 2,
  ...over,
});

const exceptions = exceptionsFor({
  council: { id: 9, name: 'Suffolk' },
  indicators: [
    ind(1, 'Direct payments', { rag: 'RED', direction: 'DETERIORATING' }),
    ind(2, 'Carers assessed', { direction: 'DETERIORATING' }),
    ind(3, 'Reablement', { quartile: 4 }),
    ind(4, 'On target', {}),
  ],
});

const row = (indicatorId: number, period: string, over: Partial<CommentaryRow> = {}): CommentaryRow => ({
  id: indicatorId * 10,
  councilId: 9,
  indicatorId,
  period,
  serviceId: null,
  whatHappened: 'It moved.',
  why: null,
  whatWeAreDoing: null,
  authorId: 5,
  writtenOn: '2025-04-02',
  withdrawn: false,
  ...over,
});

describe('missingCommentary', () => {
  it('is one finding per exception without a commentary, as serious as the exception, naming the indicator and council', () => {
    const findings = missingCommentary({ exceptions, period: '2024-25', commentaries: [], council: { id: 9, name: 'Suffolk' } });
    expect(findings.map((f) => [f.indicatorId, f.severity])).toEqual([
      [1, 'high'],
      [3, 'medium'],
      [2, 'low'],
    ]);
    expect(findings[0]).toMatchObject({
      code: 'MISSING_COMMENTARY',
      period: '2024-25',
      reasons: ['RED', 'DETERIORATING'],
      nodes: [
        { type: 'Indicator', id: 1, name: 'Direct payments' },
        { type: 'Council', id: 9, name: 'Suffolk' },
      ],
      message:
        'Direct payments is an exception in 2024-25 (April 2024 to March 2025) (off target, worse than its previous figure) ' +
        'and nobody has said why.',
    });
    expect(findings[0]!.fix).toMatch(/what happened, why, and what is being done/);
  });

  it('clears when a council-wide commentary of the same period exists (any spelling of the period)', () => {
    const findings = missingCommentary({ exceptions, period: '2024/25', commentaries: [row(1, '2024-25'), row(3, '2024-25')] });
    expect(findings.map((f) => f.indicatorId)).toEqual([2]);
  });

  it('is not cleared by a commentary of another period, of one service only, or withdrawn', () => {
    const commentaries = [row(1, '2023-24'), row(2, '2024-25', { serviceId: 12 }), row(3, '2024-25', { withdrawn: true })];
    expect(missingCommentary({ exceptions, period: '2024-25', commentaries }).map((f) => f.indicatorId)).toEqual([1, 3, 2]);
  });

  it('has nothing to report without exceptions', () => {
    expect(missingCommentary({ exceptions: [], period: '2024-25', commentaries: [row(1, '2024-25')] })).toEqual([]);
  });
});

describe('commentaryOfExceptions', () => {
  it('pairs each exception with its commentary, null where there is none, keeping the order', () => {
    const c1 = row(1, '2024-25');
    expect(
      commentaryOfExceptions([{ indicatorId: 2 }, { indicatorId: 1 }], '2024-25', [c1, row(2, '2024-25', { withdrawn: true })]),
    ).toEqual([null, c1]);
  });
});
