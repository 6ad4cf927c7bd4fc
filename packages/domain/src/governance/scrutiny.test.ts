import { describe, expect, it } from 'vitest';
import { ExecutiveResponse, ScrutinyTopicStatus as S, ScrutinyTopicReason } from './enums.js';
import {
  defaultResponseDue,
  executiveResponseError,
  isHealthTopic,
  isRecommendationUnanswered,
  monthsAfter,
  needsActions,
  recommendationDatesError,
  topicMoveError,
  topicSubjectError,
} from './scrutiny.js';

describe('topicMoveError', () => {
  it('moves PLANNED -> IN_PROGRESS -> COMPLETE, and drops a live topic', () => {
    expect(topicMoveError(S.PLANNED, S.IN_PROGRESS)).toBeNull();
    expect(topicMoveError(S.IN_PROGRESS, S.COMPLETE)).toBeNull();
    expect(topicMoveError(S.PLANNED, S.DROPPED)).toBeNull();
    expect(topicMoveError(S.IN_PROGRESS, S.DROPPED)).toBeNull();
    expect(topicMoveError(S.COMPLETE, S.COMPLETE)).toBeNull();
  });

  it('refuses skipping, going back and leaving a finished status', () => {
    const skip = topicMoveError(S.PLANNED, S.COMPLETE);
    expect(skip).toMatchObject({ field: 'status', message: 'A PLANNED topic can move to IN_PROGRESS or DROPPED, not COMPLETE.' });
    expect(topicMoveError(S.IN_PROGRESS, S.PLANNED)).toMatchObject({ field: 'status' });
    expect(topicMoveError(S.COMPLETE, S.IN_PROGRESS)?.message).toMatch(/finished/);
    expect(topicMoveError(S.DROPPED, S.PLANNED)?.message).toMatch(/finished/);
  });
});

describe('topics', () => {
  it('examine a priority, service, indicator or partner body', () => {
    expect(topicSubjectError({})).toMatchObject({ field: 'priorityId' });
    expect(topicSubjectError({ priorityId: null, serviceId: undefined })).toMatchObject({ field: 'priorityId' });
    expect(topicSubjectError({ indicatorId: 'i' })).toBeNull();
    expect(topicSubjectError({ partnerBodyId: 'p' })).toBeNull();
  });

  it('are health topics when said, when chosen for health scrutiny, or by default when they examine a partner body', () => {
    expect(isHealthTopic(ScrutinyTopicReason.DETERIORATING, false, true)).toBe(true);
    expect(isHealthTopic(ScrutinyTopicReason.HEALTH_SCRUTINY, false, null)).toBe(true);
    expect(isHealthTopic(ScrutinyTopicReason.PUBLIC_CONCERN, true, undefined)).toBe(true);
    expect(isHealthTopic(ScrutinyTopicReason.PUBLIC_CONCERN, true, false)).toBe(false);
    expect(isHealthTopic(ScrutinyTopicReason.BOTTOM_QUARTILE, false, null)).toBe(false);
  });
});

describe('recommendations', () => {
  it('are due two months after they were made, at the end of a shorter month', () => {
    expect(defaultResponseDue('2025-03-14')).toBe('2025-05-14');
    expect(defaultResponseDue('2025-12-31')).toBe('2026-02-28');
    expect(defaultResponseDue('2023-12-31')).toBe('2024-02-29');
    expect(monthsAfter('2025-11-30', 3)).toBe('2026-02-28');
  });

  it('refuses a response due before the recommendation', () => {
    expect(recommendationDatesError('2025-03-14', '2025-03-13')).toMatchObject({ field: 'responseDue' });
    expect(recommendationDatesError('2025-03-14', '2025-03-14')).toBeNull();
  });

  it('needs a response dated on or after the recommendation, with its text', () => {
    const r = { response: ExecutiveResponse.ACCEPTED, respondedOn: '2025-04-01', text: 'We will fund two more reablement workers.' };
    expect(executiveResponseError('2025-03-14', r)).toBeNull();
    expect(executiveResponseError('2025-04-02', r)).toMatchObject({ field: 'respondedOn' });
    const rejected = { ...r, response: ExecutiveResponse.REJECTED, text: ' ' };
    expect(executiveResponseError('2025-03-14', rejected)?.message).toMatch(/why it is rejected/);
    expect(executiveResponseError('2025-03-14', { ...r, text: null })).toMatchObject({ field: 'text' });
  });

  it('is unanswered from the day after its response was due', () => {
    expect(isRecommendationUnanswered({ responseDue: '2025-05-14', response: null }, '2025-05-14')).toBe(false);
    expect(isRecommendationUnanswered({ responseDue: '2025-05-14', response: null }, '2025-05-15')).toBe(true);
    expect(isRecommendationUnanswered({ responseDue: '2025-05-14', response: ExecutiveResponse.REJECTED }, '2026-01-01')).toBe(false);
  });

  it('become actions when accepted wholly or partly', () => {
    const responses = [ExecutiveResponse.ACCEPTED, ExecutiveResponse.PARTLY_ACCEPTED, ExecutiveResponse.REJECTED, null];
    expect(responses.map(needsActions)).toEqual([true, true, false, false]);
  });
});
