import { describe, expect, it } from 'vitest';
import { matching } from './forms.js';

const choices = [
  { value: '1', label: 'L-ASC-01 Care Act assessments completed within 28 days' },
  { value: '2', label: '2B1 Older people at home 91 days after discharge into reablement' },
  { value: '3', label: 'Recognise and support unpaid carers (corporate, 2024-25)' },
];

describe('matching: the choices a search box leaves', () => {
  it('keeps every choice for an empty or blank search', () => {
    expect(matching(choices, '')).toEqual(choices);
    expect(matching(choices, '   ')).toEqual(choices);
  });

  it('keeps the choices with every word, in any case and any order', () => {
    expect(matching(choices, 'care act 28').map((c) => c.value)).toEqual(['1']);
    expect(matching(choices, 'REABLEMENT older').map((c) => c.value)).toEqual(['2']);
    expect(matching(choices, 'car').map((c) => c.value)).toEqual(['1', '3']);
    expect(matching(choices, 'care hospital')).toEqual([]);
  });

  it('keeps the chosen one whatever the search, so the list never loses the value', () => {
    expect(matching(choices, 'reablement', '3').map((c) => c.value)).toEqual(['2', '3']);
  });
});
