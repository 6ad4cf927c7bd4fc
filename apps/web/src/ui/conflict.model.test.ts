import { describe, expect, it } from 'vitest';
import { changesSince, conflictSummary, staleVersionOf } from './conflict.model.js';

interface V {
  title: string;
  ownerId: string;
  status: string;
  cause: string;
}
const fields = [
  { key: 'title', label: 'Title' },
  { key: 'ownerId', label: 'Owner', show: (id: string) => ({ p1: 'Ada Lovelace', p2: 'Alan Turing' })[id] ?? 'Nobody yet' },
  { key: 'status', label: 'Status' },
  { key: 'cause', label: 'Cause' },
] as const;
const base: V = { title: 'Late go-live', ownerId: 'p1', status: 'OPEN', cause: '' };

describe('changesSince: what the other person changed, beside my value', () => {
  it('lists only the fields whose stored value moved from the loaded one, in the order of the fields', () => {
    const theirs = { ...base, status: 'CLOSED', title: 'Very late go-live' };
    const mine = { ...base, title: 'Late go-live (supplier)', cause: 'Supplier slipped' };
    expect(changesSince(base, mine, theirs, fields)).toEqual([
      { key: 'title', label: 'Title', theirs: 'Very late go-live', mine: 'Late go-live (supplier)', same: false },
      { key: 'status', label: 'Status', theirs: 'CLOSED', mine: 'OPEN', same: false },
    ]);
  });

  it('shows values in words (an id as a name) and an empty value as (empty)', () => {
    const theirs = { ...base, ownerId: 'p2', cause: 'Budget cut' };
    const changes = changesSince(base, base, theirs, fields);
    expect(changes.map((c) => [c.label, c.theirs, c.mine])).toEqual([
      ['Owner', 'Alan Turing', 'Ada Lovelace'],
      ['Cause', 'Budget cut', '(empty)'],
    ]);
    const cleared = changesSince(base, base, { ...base, ownerId: '' }, fields);
    expect(cleared[0]).toMatchObject({ theirs: 'Nobody yet', mine: 'Ada Lovelace' });
  });

  it('marks a field where I typed what they stored, and ignores spaces around a value', () => {
    const theirs = { ...base, status: 'CLOSED', title: 'Late go-live ' };
    const mine = { ...base, status: 'CLOSED' };
    expect(changesSince(base, mine, theirs, fields)).toEqual([
      { key: 'status', label: 'Status', theirs: 'CLOSED', mine: 'CLOSED', same: true },
    ]);
  });

  it('is empty when they changed nothing the form holds', () => {
    expect(changesSince(base, { ...base, title: 'Mine' }, { ...base }, fields)).toEqual([]);
  });
});

describe('conflictSummary', () => {
  const c = (same: boolean) => ({ key: 'k', label: 'K', theirs: 'a', mine: same ? 'a' : 'b', same });
  it('says how many fields they changed and how many differ from mine', () => {
    expect(conflictSummary([])).toMatch(/changed nothing this form shows/);
    expect(conflictSummary([c(false)])).toBe('They changed 1 field; each differs from yours.');
    expect(conflictSummary([c(false), c(true)])).toBe('They changed 2 fields; 1 differs from yours.');
    expect(conflictSummary([c(true), c(true)])).toBe('They changed 2 fields, to the values you have too.');
  });
  it('says only what they changed for a step confirmed on what the person read', () => {
    expect(conflictSummary([], 'seen')).toMatch(/^They changed nothing shown here/);
    expect(conflictSummary([c(false)], 'seen')).toBe('They changed 1 field since you read it.');
    expect(conflictSummary([c(false), c(false)], 'seen')).toBe('They changed 2 fields since you read it.');
  });
});

describe('staleVersionOf: the server answer to a stale version', () => {
  const e = (code: string | null, extensions: Record<string, unknown>) => ({ message: 'm', code, field: null, extensions });
  it('is the stored version of a CONFLICT that carries it, and null otherwise', () => {
    expect(staleVersionOf(e('CONFLICT', { code: 'CONFLICT', currentVersion: 4 }))).toBe(4);
    expect(staleVersionOf(e('CONFLICT', { code: 'CONFLICT' }))).toBeNull();
    expect(staleVersionOf(e('BAD_USER_INPUT', { currentVersion: 4 }))).toBeNull();
    expect(staleVersionOf(e(null, {}))).toBeNull();
  });
});
