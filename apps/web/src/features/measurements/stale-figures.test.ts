import { describe, expect, it } from 'vitest';
import { figureValues, staleFigureChanges } from './stale-figures.js';

describe('the changes of stale figures in a work list step', () => {
  const a = { id: 'a', value: 12, valueStatus: 'VALUE', note: null, status: 'DRAFT', name: 'Carers for 2025-04' };
  const b = { id: 'b', value: 3, valueStatus: 'VALUE', note: 'As sent', status: 'DRAFT', name: 'Visits for 2025-04' };

  it('names each stale figure field by field (value, note, status), theirs against what the list read', () => {
    const stored = new Map([
      ['a', figureValues({ value: 13, valueStatus: 'VALUE', note: 'Corrected', status: 'DRAFT' })],
      ['b', figureValues({ value: null, valueStatus: 'SUPPRESSED', note: 'As sent', status: 'VALIDATED' })],
    ]);
    expect(staleFigureChanges([a, b], stored, (f) => f.name).map((c) => [c.label, c.theirs, c.mine])).toEqual([
      ['Carers for 2025-04: Value', '13', '12'],
      ['Carers for 2025-04: Note', 'Corrected', '(empty)'],
      ['Visits for 2025-04: Value', 'suppressed', '3'],
      ['Visits for 2025-04: Status', 'Validated', 'Draft'],
    ]);
  });

  it('lists nothing for a figure that is not stale, or whose change is elsewhere', () => {
    const stored = new Map([['b', figureValues(b)]]);
    expect(staleFigureChanges([a, b], stored, (f) => f.name)).toEqual([]);
  });
});
