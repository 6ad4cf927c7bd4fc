import { describe, expect, it } from 'vitest';
import {
  amountError,
  bestValueMoveError,
  chosenOptionError,
  closedReviewError,
  daysBetween,
  isBestValueReviewPublic,
  isReviewStalled,
  missingFourCs,
  removeOptionError,
  reviewSubjectError,
  STALLED_AFTER_DAYS,
} from './best-value.js';
import { BestValueFindingKind as C, DeliveryOption as D, BestValueStatus as S } from './enums.js';

describe('bestValueMoveError', () => {
  const chosen = { chosenOption: D.SHARE, appraised: [D.KEEP_IN_HOUSE, D.SHARE] };
  const none = { chosenOption: null, appraised: [] };

  it('lets a review move forward, one stage or several', () => {
    expect(bestValueMoveError(S.SCOPING, S.EVIDENCE, none)).toBeNull();
    expect(bestValueMoveError(S.SCOPING, S.OPTIONS, none)).toBeNull();
    expect(bestValueMoveError(S.OPTIONS, S.RECOMMENDATIONS_AGREED, chosen)).toBeNull();
    expect(bestValueMoveError(S.IMPLEMENTING, S.CLOSED, chosen)).toBeNull();
  });

  it('refuses going back, naming both stages', () => {
    expect(bestValueMoveError(S.OPTIONS, S.EVIDENCE, none)).toEqual({
      field: 'status',
      message: 'A Best Value review moves forward only: it is at options, so it cannot go back to evidence.',
    });
    expect(bestValueMoveError(S.CLOSED, S.SCOPING, chosen)?.field).toBe('status');
  });

  it('refuses a move to where it is', () => {
    expect(bestValueMoveError(S.EVIDENCE, S.EVIDENCE, none)?.message).toBe('The review is already at evidence.');
  });

  it('needs a chosen option that was appraised from recommendations agreed on', () => {
    expect(bestValueMoveError(S.OPTIONS, S.RECOMMENDATIONS_AGREED, none)?.message).toBe(
      'Choose one of the options appraised (and say why) before the review moves to recommendations agreed.',
    );
    expect(bestValueMoveError(S.SCOPING, S.CLOSED, none)?.field).toBe('status');
    expect(bestValueMoveError(S.OPTIONS, S.IMPLEMENTING, { chosenOption: D.STOP, appraised: [D.SHARE] })?.message).toContain(
      '(stop) was not appraised',
    );
  });
});

describe('chosenOptionError', () => {
  it('accepts an appraised option with a reason, or nothing chosen', () => {
    expect(chosenOptionError(D.SHARE, 'Cheaper with Norfolk.', [D.SHARE])).toBeNull();
    expect(chosenOptionError(null, null, [D.SHARE])).toBeNull();
  });
  it('refuses an option not appraised, listing those that were', () => {
    expect(chosenOptionError(D.STOP, 'x', [D.SHARE, D.CHANGE])).toEqual({
      field: 'chosenOption',
      message: 'Only an option the review appraised can be chosen; stop was not appraised (appraised: share, change).',
    });
    expect(chosenOptionError(D.STOP, 'x', [])?.message).toContain('(appraised: none)');
  });
  it('needs a reason with a choice, and none without', () => {
    expect(chosenOptionError(D.SHARE, null, [D.SHARE])?.field).toBe('chosenReason');
    expect(chosenOptionError(null, 'because', [])?.field).toBe('chosenReason');
  });
  it('keeps a choice once recommendations are agreed', () => {
    expect(chosenOptionError(null, null, [D.SHARE], S.IMPLEMENTING)?.field).toBe('chosenOption');
    expect(chosenOptionError(null, null, [D.SHARE], S.OPTIONS)).toBeNull();
    expect(chosenOptionError(D.SHARE, 'Cheaper.', [D.SHARE], S.CLOSED)).toBeNull();
  });
});

describe('removeOptionError', () => {
  it('refuses removing the chosen option only', () => {
    expect(removeOptionError(D.SHARE, D.SHARE)?.field).toBe('option');
    expect(removeOptionError(D.STOP, D.SHARE)).toBeNull();
    expect(removeOptionError(D.STOP, null)).toBeNull();
  });
});

describe('isReviewStalled', () => {
  it('is stalled after more than the threshold at one stage, never when closed', () => {
    expect(STALLED_AFTER_DAYS).toBe(120);
    const r = { status: S.EVIDENCE, statusSince: '2025-01-01' };
    expect(isReviewStalled(r, '2025-05-01')).toBe(false); // 120 days
    expect(isReviewStalled(r, '2025-05-02')).toBe(true); // 121 days
    expect(isReviewStalled({ ...r, status: S.CLOSED }, '2026-01-01')).toBe(false);
    expect(isReviewStalled(r, '2025-01-31', 29)).toBe(true);
    expect(isReviewStalled(r, '2025-01-30', 29)).toBe(false);
  });
  it('counts days across a change of clocks', () => {
    expect(daysBetween('2025-03-01', '2025-04-01')).toBe(31);
    expect(daysBetween('2025-10-01', '2025-11-01')).toBe(31);
  });
});

describe('missingFourCs', () => {
  it('lists the Cs with no finding, in order', () => {
    expect(missingFourCs([])).toEqual([C.CHALLENGE, C.COMPARE, C.CONSULT, C.COMPETE]);
    expect(missingFourCs([{ kind: C.CONSULT }, { kind: C.CHALLENGE }, { kind: C.CONSULT }])).toEqual([C.COMPARE, C.COMPETE]);
    expect(missingFourCs([{ kind: C.CHALLENGE }, { kind: C.COMPARE }, { kind: C.CONSULT }, { kind: C.COMPETE }])).toEqual([]);
  });
});

describe('review facts', () => {
  it('is public from recommendations agreed on', () => {
    expect([S.SCOPING, S.EVIDENCE, S.OPTIONS].map(isBestValueReviewPublic)).toEqual([false, false, false]);
    expect([S.RECOMMENDATIONS_AGREED, S.IMPLEMENTING, S.CLOSED].map(isBestValueReviewPublic)).toEqual([true, true, true]);
  });
  it('is of exactly one service or directorate', () => {
    expect(reviewSubjectError({ serviceId: 1, directorateId: null })).toBeNull();
    expect(reviewSubjectError({ serviceId: null, directorateId: 2 })).toBeNull();
    expect(reviewSubjectError({ serviceId: 1, directorateId: 2 })?.field).toBe('serviceId');
    expect(reviewSubjectError({ serviceId: null, directorateId: null })?.field).toBe('serviceId');
  });
  it('takes amounts of zero or more', () => {
    expect(amountError('unitCost', 0)).toBeNull();
    expect(amountError('unitCost', null)).toBeNull();
    expect(amountError('unitCost', -1)).toEqual({ field: 'unitCost', message: 'An amount in pounds is zero or more (got -1).' });
    expect(amountError('unitCost', Number.NaN)?.field).toBe('unitCost');
  });
});

describe('closedReviewError', () => {
  const closed = { title: 'Reablement 2025', status: S.CLOSED, closedOn: '2025-11-28' };

  it('lets every stage before CLOSED change', () => {
    for (const status of [S.SCOPING, S.EVIDENCE, S.OPTIONS, S.RECOMMENDATIONS_AGREED, S.IMPLEMENTING]) {
      expect(closedReviewError({ ...closed, status, closedOn: null }, 'title')).toBeNull();
      expect(closedReviewError({ ...closed, status, closedOn: null }, 'findings')).toBeNull();
    }
  });

  it('refuses a change to a closed review, naming the review, the day and what was touched', () => {
    expect(closedReviewError(closed, 'findings')).toEqual({
      field: 'findings',
      message:
        "The Best Value review 'Reablement 2025' was closed on 2025-11-28: it is the record of what was decided, so its findings " +
        'cannot change. Carry on through the actions of its recommendations, or start a new review.',
    });
    expect(closedReviewError(closed, 'options')?.message).toContain('so its option appraisal cannot change');
    expect(closedReviewError(closed, 'recommendations')?.message).toContain('so its recommendations cannot change');
  });

  it("words the review's own fields, and says a closed review does not reopen", () => {
    expect(closedReviewError(closed, 'leadOfficerId')?.message).toContain('so its lead officer cannot change');
    expect(closedReviewError(closed, 'panelIds')?.message).toContain('so its panel cannot change');
    expect(closedReviewError(closed, 'comparatorUnitCost')?.message).toContain('so its comparator unit cost cannot change');
    expect(closedReviewError(closed, 'status')).toMatchObject({ field: 'status' });
    expect(closedReviewError(closed, 'status')?.message).toContain('its status (a closed review does not reopen)');
  });

  it('leaves the day out when it is not known', () => {
    const message = closedReviewError({ ...closed, closedOn: null }, 'scope')?.message;
    expect(message).toMatch(/^The Best Value review 'Reablement 2025' was closed: /);
  });
});
