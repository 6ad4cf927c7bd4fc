import { describe, expect, it } from 'vitest';
import { actionVerb, fieldChanges, fieldLabel, recordName, shown, typeLabel } from './audit.js';

describe('the audit trail view words', () => {
  it('names a record by its name, title, e-mail or code, as last known', () => {
    expect(recordName({ name: 'Place' }, { name: 'Place and Economy' })).toBe('Place and Economy');
    expect(recordName({ title: 'Delayed discharges' }, null)).toBe('Delayed discharges');
    expect(recordName(null, { email: 'kim@example.org', version: 1 })).toBe('kim@example.org');
    expect(recordName(null, { value: 3 })).toBeNull();
    expect(recordName(null, { name: '', code: 'ASC' })).toBe('ASC');
  });

  it('lists the fields an update changed, leaving out bookkeeping', () => {
    const before = { id: 4, name: 'Place', code: 'PL', version: 1, updatedAt: '2026-01-01', budget: null };
    const after = { id: 4, name: 'Place and Economy', code: 'PL', version: 2, updatedAt: '2026-02-01', budget: 2500 };
    expect(fieldChanges(before, after)).toEqual([
      { field: 'name', before: 'Place', after: 'Place and Economy' },
      { field: 'budget', before: null, after: '2500' },
    ]);
  });

  it('lists what a creation set and what a deletion removed', () => {
    expect(fieldChanges(null, { id: 1, name: 'Adults', admin: false, tags: ['a'], note: '' })).toEqual([
      { field: 'name', before: null, after: 'Adults' },
      { field: 'admin', before: null, after: 'false' },
      { field: 'tags', before: null, after: '["a"]' },
    ]);
    expect(fieldChanges({ name: 'Gritting', version: 3 }, null)).toEqual([{ field: 'name', before: 'Gritting', after: null }]);
    expect(fieldChanges({ name: 'Same' }, { name: 'Same' })).toEqual([]);
  });

  it('words values, fields, kinds of record and actions', () => {
    expect(shown(undefined)).toBeNull();
    expect(shown(true)).toBe('true');
    expect(shown({ a: 1 })).toBe('{"a":1}');
    expect(fieldLabel('accountableOwnerId')).toBe('accountable owner');
    expect(fieldLabel('passwordHash')).toBe('password hash');
    expect(typeLabel('ApiKey')).toBe('API key');
    expect(typeLabel('AppraisalObjective')).toBe('appraisal objective');
    expect(actionVerb('CREATE')).toBe('created');
    expect(actionVerb('UPDATE')).toBe('changed');
    expect(actionVerb('DELETE')).toBe('deleted');
  });
});
