import { describe, expect, it } from 'vitest';
import { validatePriorityDeletion, validatePriorityParent, validateStatusChange, type PriorityForParent } from './validation.js';

const corp: PriorityForParent = { id: 1, name: 'Help people live independently', level: 'CORPORATE', councilId: 1 };
const dir: PriorityForParent = { id: 2, name: 'More people supported at home', level: 'DIRECTORATE', councilId: 1 };
const svc: PriorityForParent = { id: 3, name: 'Faster reablement', level: 'SERVICE', councilId: 1 };
const parents = new Map<number, number | null>([
  [1, null],
  [2, 1],
  [3, 2],
]);
const parentOf = (id: number) => parents.get(id) ?? null;

describe('validatePriorityParent', () => {
  it('accepts a parent exactly one level up in the same council, and no parent for a corporate priority', () => {
    expect(validatePriorityParent(dir, corp, parentOf)).toBeNull();
    expect(validatePriorityParent(svc, dir, parentOf)).toBeNull();
    expect(validatePriorityParent(corp, null, parentOf)).toBeNull();
  });

  it('refuses a parent for a corporate priority', () => {
    expect(validatePriorityParent(corp, dir, parentOf)).toEqual({
      field: 'parentId',
      message:
        "'Help people live independently' is a corporate priority, so it sits at the top of the cascade and cannot be placed under 'More " +
        "people supported at home'.",
    });
  });

  it('requires a parent below corporate level', () => {
    expect(validatePriorityParent(svc, null, parentOf)?.message).toBe(
      "'Faster reablement' is a service priority, so it must be placed under a directorate priority.",
    );
    expect(validatePriorityParent(dir, null, parentOf)?.message).toContain('under a corporate priority');
  });

  it('refuses a parent at the wrong level', () => {
    expect(validatePriorityParent(svc, corp, parentOf)?.message).toBe(
      "'Faster reablement' is a service priority, so it must sit under a directorate priority; 'Help people live independently' is a " +
        'corporate priority.',
    );
    expect(validatePriorityParent(dir, { ...svc, id: 9 }, parentOf)?.field).toBe('parentId');
  });

  it('refuses a parent of another council', () => {
    expect(validatePriorityParent(dir, { ...corp, councilId: 2 }, parentOf)?.message).toBe(
      "'Help people live independently' belongs to another council, so 'More people supported at home' cannot be placed under it.",
    );
  });

  it('refuses itself as parent', () => {
    expect(validatePriorityParent(dir, dir, parentOf)?.message).toBe("'More people supported at home' cannot be placed under itself.");
  });

  it('refuses a move that would close a loop, using the current parents', () => {
    // Imported data where the would-be parent already sits under the priority being moved.
    const moving: PriorityForParent = { id: 2, name: 'Moving', level: 'DIRECTORATE', councilId: 1 };
    const target: PriorityForParent = { id: 4, name: 'Below it', level: 'CORPORATE', councilId: 1 };
    const looping = new Map<number, number | null>([
      [4, 2],
      [2, 1],
      [1, null],
    ]);
    expect(validatePriorityParent(moving, target, (id) => looping.get(id) ?? null)).toEqual({
      field: 'parentId',
      message: "Placing 'Moving' under 'Below it' would create a loop: 'Below it' already sits under 'Moving'.",
    });
    const clean = new Map<number, number | null>([
      [4, null],
      [2, 1],
      [1, null],
    ]);
    expect(validatePriorityParent(moving, target, (id) => clean.get(id) ?? null)).toBeNull();
  });
});

describe('validateStatusChange', () => {
  const ok = { ownerId: 7, communicationCount: 1 };

  it('allows the same status and each forward step', () => {
    expect(validateStatusChange('DRAFT', 'DRAFT', { ownerId: null, communicationCount: 0 })).toBeNull();
    expect(validateStatusChange('COMMUNICATED', 'COMMUNICATED', { ownerId: null, communicationCount: 0 })).toBeNull();
    expect(validateStatusChange('DRAFT', 'AGREED', ok)).toBeNull();
    expect(validateStatusChange('AGREED', 'COMMUNICATED', ok)).toBeNull();
  });

  it('refuses going back', () => {
    expect(validateStatusChange('AGREED', 'DRAFT', { ...ok, name: 'Faster reablement' })).toEqual({
      field: 'status',
      message:
        "'Faster reablement' cannot go back from Agreed to Draft: once agreed, a priority is changed by agreeing a new one or marking it " +
        'as not a priority.',
    });
    expect(validateStatusChange('COMMUNICATED', 'AGREED', ok)?.message).toMatch(/^A priority cannot go back from Communicated to Agreed/);
  });

  it('refuses skipping agreement', () => {
    expect(validateStatusChange('DRAFT', 'COMMUNICATED', ok)).toEqual({
      field: 'status',
      message: 'A priority must be agreed before it is communicated.',
    });
  });

  it('needs an owner to agree', () => {
    expect(validateStatusChange('DRAFT', 'AGREED', { ownerId: null, communicationCount: 0, name: 'Faster reablement' })).toEqual({
      field: 'ownerId',
      message: "Name an owner for 'Faster reablement' before it is agreed: every agreed priority needs someone who answers for it.",
    });
  });

  it('needs a recorded communication to be marked communicated', () => {
    expect(validateStatusChange('AGREED', 'COMMUNICATED', { ownerId: 7, communicationCount: 0 })?.message).toBe(
      'Record at least one communication about the priority (date, channel and groups told) before marking it as communicated.',
    );
  });
});

describe('validatePriorityDeletion', () => {
  const p = { id: 3, name: 'Faster reablement' };

  it('allows deleting a priority nothing hangs under', () => {
    expect(validatePriorityDeletion(p, [], [])).toBeNull();
  });

  it('names the objectives and child priorities to re-link first', () => {
    expect(
      validatePriorityDeletion(
        p,
        [
          { id: 20, name: 'Reduce waiting lists' },
          { id: 21, name: 'Start within 48 hours' },
        ],
        [{ id: 4, name: 'Night reablement' }],
      ),
    ).toEqual({
      field: 'id',
      message:
        "'Faster reablement' cannot be deleted while 2 objectives deliver it ('Reduce waiting lists' and 'Start within 48 hours') and 1 " +
        "priority sits under it ('Night reablement'). " +
        "Re-link them to another priority first, or mark 'Faster reablement' as not a priority instead.",
    });
  });

  it('handles one objective, or only children, and shortens long lists', () => {
    expect(validatePriorityDeletion(p, [{ id: 20, name: 'Only one' }], [])?.message).toContain("1 objective delivers it ('Only one')");
    const many = Array.from({ length: 8 }, (_, i) => ({ id: i, name: `Child ${i}` }));
    const message = validatePriorityDeletion(p, [], many)?.message ?? '';
    expect(message).toContain("8 priorities sit under it ('Child 0', 'Child 1', 'Child 2', 'Child 3', 'Child 4' and 3 more)");
    expect(message).not.toContain('objective');
  });
});

describe('validatePriorityDeletion: appraisal objectives', () => {
  const p = { id: 3, name: 'Faster reablement' };

  it('refuses while appraisal objectives are aimed at the priority, naming them', () => {
    const error = validatePriorityDeletion(p, [], [], [{ id: 50, name: 'Lead the reablement pilot' }]);
    expect(error?.field).toBe('id');
    expect(error?.message).toContain("1 appraisal objective is aimed at it ('Lead the reablement pilot')");
  });

  it('lists objectives, child priorities and appraisal objectives together', () => {
    const error = validatePriorityDeletion(
      p,
      [{ id: 20, name: 'A' }],
      [{ id: 4, name: 'B' }],
      [
        { id: 50, name: 'C' },
        { id: 51, name: 'D' },
      ],
    );
    expect(error?.message).toContain(
      "1 objective delivers it ('A'), 1 priority sits under it ('B') and 2 appraisal objectives are aimed at it ('C' and 'D')",
    );
  });
});
