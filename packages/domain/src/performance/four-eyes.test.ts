import { describe, expect, it } from 'vitest';
import { fourEyesRefusal, validatedByEnterer } from './four-eyes.js';

describe('four eyes on data', () => {
  it('refuses the enterer while the rule is on', () => {
    expect(fourEyesRefusal({ enteredById: 7 }, 7, true)).toMatch(/you entered it/);
  });
  it('lets a second person validate, and the enterer when the council turned the rule off', () => {
    expect(fourEyesRefusal({ enteredById: 7 }, 8, true)).toBeNull();
    expect(fourEyesRefusal({ enteredById: 7 }, 7, false)).toBeNull();
  });
  it('does not refuse figures nobody entered (imports) or a validator who is not a person (system)', () => {
    expect(fourEyesRefusal({ enteredById: null }, 7, true)).toBeNull();
    expect(fourEyesRefusal({ enteredById: 7 }, null, true)).toBeNull();
  });
  it('flags a figure validated by its enterer only', () => {
    expect(validatedByEnterer({ enteredById: 3, validatedById: 3 })).toBe(true);
    expect(validatedByEnterer({ enteredById: 3, validatedById: 4 })).toBe(false);
    expect(validatedByEnterer({ enteredById: 3, validatedById: null })).toBe(false);
    expect(validatedByEnterer({ enteredById: null, validatedById: 4 })).toBe(false);
  });
});
