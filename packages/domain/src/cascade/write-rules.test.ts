import { describe, expect, it } from 'vitest';
import {
  validateCommunicatedAfterAgreed,
  validateNonPriorityReason,
  validateOrigin,
  validateParentFacts,
  validateRelink,
  validateReviewDates,
  type RelinkFacts,
} from './write-rules.js';

describe('validateParentFacts', () => {
  const svc = { name: 'Faster reablement', level: 'SERVICE' as const, period: '2024/25', directorateId: 7 };
  const parent = { name: 'More people at home', period: '2024/25', isNonPriority: false, directorateId: 7 };

  it('accepts a parent of the same year and directorate', () => {
    expect(validateParentFacts(svc, parent)).toBeNull();
    expect(validateParentFacts(svc, { ...parent, directorateId: null })).toBeNull();
    expect(validateParentFacts({ ...svc, level: 'DIRECTORATE' }, { ...parent, directorateId: 8 })).toBeNull();
  });

  it('refuses a parent of another year, naming both years', () => {
    const error = validateParentFacts(svc, { ...parent, period: '2023/24' });
    expect(error?.field).toBe('parentId');
    expect(error?.message).toBe(
      "'More people at home' is a priority of 2023/24; 'Faster reablement' is for 2024/25. A priority sits under a priority of the same " +
        'year.',
    );
  });

  it('refuses a non-priority as parent', () => {
    expect(validateParentFacts(svc, { ...parent, isNonPriority: true })?.message).toContain(
      'is recorded as not a priority, so nothing can be placed under it',
    );
  });

  it('refuses, for a service priority, a parent of another directorate', () => {
    expect(validateParentFacts(svc, { ...parent, directorateId: 8 })?.message).toBe(
      "'More people at home' is a priority of another directorate than the service of 'Faster reablement'.",
    );
  });
});

describe('validateNonPriorityReason', () => {
  it('wants a reason exactly for a non-priority', () => {
    expect(validateNonPriorityReason(true, 'Statutory only')).toBeNull();
    expect(validateNonPriorityReason(false, null)).toBeNull();
    expect(validateNonPriorityReason(true, null)?.message).toMatch(/^Say why this is not a priority/);
    expect(validateNonPriorityReason(false, 'Because')?.message).toMatch(/^Only an explicit non-priority/);
    expect(validateNonPriorityReason(false, 'Because')?.field).toBe('nonPriorityReason');
  });
});

describe('validateCommunicatedAfterAgreed', () => {
  it('accepts the same day or later, or a date missing', () => {
    expect(validateCommunicatedAfterAgreed('2024-05-01', '2024-05-01')).toBeNull();
    expect(validateCommunicatedAfterAgreed('2024-05-01', '2024-06-01')).toBeNull();
    expect(validateCommunicatedAfterAgreed(null, '2024-06-01')).toBeNull();
    expect(validateCommunicatedAfterAgreed('2024-05-01', null)).toBeNull();
  });

  it('refuses communicating before agreeing', () => {
    expect(validateCommunicatedAfterAgreed('2024-05-01', '2024-04-30')).toEqual({
      field: 'communicatedOn',
      message: 'A priority is communicated after it is agreed: 2024-04-30 is before 2024-05-01.',
    });
  });
});

describe('validateRelink (the ladder when a priority is deleted)', () => {
  const gone: RelinkFacts = { id: 1, name: 'Old', period: '2024/25', level: 'DIRECTORATE', isNonPriority: false };
  const next: RelinkFacts = { id: 2, name: 'New', period: '2024/25', level: 'DIRECTORATE', isNonPriority: false };
  const why = (successor: RelinkFacts, children = 0) => validateRelink(gone, successor, children)?.message;

  it('accepts a priority of the same year; of another level only while nothing sits under the deleted one', () => {
    expect(validateRelink(gone, next, 3)).toBeNull();
    expect(validateRelink(gone, { ...next, level: 'CORPORATE' }, 0)).toBeNull();
  });

  it('refuses, in this order: itself, another year, a non-priority, another level with priorities under it', () => {
    expect(why({ ...gone, period: '2023/24' })).toBe("'Old''s objectives cannot move to 'Old': it is the priority being deleted.");
    expect(why({ ...next, period: '2023/24', isNonPriority: true })).toBe(
      "'Old''s objectives cannot move to 'New': it is a priority of 2023/24, not 2024/25.",
    );
    expect(why({ ...next, isNonPriority: true, level: 'SERVICE' }, 2)).toBe(
      "'Old''s objectives cannot move to 'New': it is recorded as not a priority.",
    );
    expect(why({ ...next, level: 'SERVICE' }, 1)).toBe(
      "'Old''s objectives cannot move to 'New': a priority sits under 'Old' and can only move to another directorate priority.",
    );
    expect(why({ ...next, level: 'SERVICE' }, 2)).toContain('priorities sit under');
    expect(validateRelink(gone, gone, 0)?.field).toBe('relinkObjectivesTo');
  });
});

describe('validateOrigin', () => {
  it('wants a national agenda for a national priority and none for a local one', () => {
    expect(validateOrigin('NATIONAL', 'ASCOF 1A', false)).toBeNull();
    expect(validateOrigin('NATIONAL', 'ASCOF 1A', true)).toBeNull();
    expect(validateOrigin('LOCAL', null, false)).toBeNull();
    expect(validateOrigin('NATIONAL', null, true)?.field).toBe('nationalAgenda');
    expect(validateOrigin('LOCAL', 'ASCOF 1A', false)?.field).toBe('origin');
    expect(validateOrigin('LOCAL', null, true)?.message).toMatch(/^A local priority translates no national agenda/);
  });
});

describe('validateReviewDates', () => {
  it('wants agreeing before review and review before a rating', () => {
    expect(validateReviewDates(null, null, null)).toBeNull();
    expect(validateReviewDates('2024-05-01', '2024-05-01', 'MET')).toBeNull();
    expect(validateReviewDates(null, '2024-05-01', null)?.field).toBe('reviewedOn');
    expect(validateReviewDates('2024-05-02', '2024-05-01', null)?.message).toBe(
      'The review (2024-05-01) cannot be before the objective was agreed (2024-05-02).',
    );
    expect(validateReviewDates('2024-05-01', null, 'MET')?.field).toBe('rating');
  });
});
