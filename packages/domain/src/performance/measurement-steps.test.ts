import { describe, expect, it } from 'vitest';
import { bulkRefusalCode, bulkStepRefusals, stepStatusError, type StepCandidate } from './measurement-steps.js';

const figure = (id: string, over: Partial<StepCandidate> = {}): StepCandidate => ({
  id,
  label: `1A for 202${id}-2${Number(id) + 1}`,
  status: 'DRAFT',
  version: 1,
  sentVersion: 1,
  allowed: true,
  ...over,
});

describe('measurement steps', () => {
  it('lets a draft be validated and a validated figure be published, nothing else', () => {
    expect(stepStatusError('DRAFT', 'VALIDATED')).toBeNull();
    expect(stepStatusError('VALIDATED', 'PUBLISHED')).toBeNull();
    expect(stepStatusError('VALIDATED', 'VALIDATED')).toBe('it is already validated.');
    expect(stepStatusError('DRAFT', 'PUBLISHED')).toMatch(/only a validated measurement can be published/);
    expect(stepStatusError('PUBLISHED', 'VALIDATED')).toMatch(/never goes back from published/);
  });

  it('refuses a bulk step figure by figure, naming each refused figure, and accepts one with none refused', () => {
    const found = new Map([
      ['1', figure('1')],
      ['2', figure('2', { allowed: false })],
      ['3', figure('3', { version: 4, sentVersion: 3 })],
      ['4', figure('4', { status: 'PUBLISHED' })],
    ]);
    const refusals = bulkStepRefusals(['1', '2', '3', '4', '5', '1'], found, 'VALIDATED', 'only its data owner may.');
    expect(refusals).toEqual([
      { id: '2', code: 'FORBIDDEN', message: '1A for 2022-23 cannot be validated by you: only its data owner may.' },
      {
        id: '3',
        code: 'CONFLICT',
        message: '1A for 2023-24 was changed by someone else (version 4 now, you sent 3): reload it.',
        currentVersion: 4,
      },
      { id: '4', code: 'CONFLICT', message: expect.stringMatching(/^1A for 2024-25 cannot be validated: it is published/) },
      { id: '5', code: 'NOT_FOUND', message: 'No measurement with id 5 exists.' },
      { id: '1', code: 'BAD_USER_INPUT', message: 'The measurement 1 is listed twice.' },
    ]);
    expect(bulkRefusalCode(refusals)).toBe('BAD_USER_INPUT');
    expect(bulkRefusalCode(refusals.slice(0, 2))).toBe('FORBIDDEN');
    expect(bulkStepRefusals(['1'], found, 'VALIDATED', '')).toEqual([]);
    expect(bulkStepRefusals(['1'], found, 'PUBLISHED', '')[0]!.message).toMatch(/only a validated measurement can be published/);
  });
});

describe('four eyes in a bulk step', () => {
  it('refuses, by name, the figures the viewer entered', () => {
    const found = new Map([
      ['1', figure('1')],
      ['2', figure('2', { fourEyes: 'you entered it.' })],
    ]);
    expect(bulkStepRefusals(['1', '2'], found, 'VALIDATED', '')).toEqual([
      { id: '2', code: 'FORBIDDEN', message: '1A for 2022-23 cannot be validated by you: you entered it.' },
    ]);
  });
});
