import { describe, expect, it } from 'vitest';
import { firstError, hasLeftBy, normaliseGssCode, validateEmail, validateGssCode, validateName } from './validation.js';

describe('organisation validation', () => {
  it('accepts GSS codes of English social services councils', () => {
    for (const code of ['E10000029', 'E06000001', 'E08000003', 'E09000033', ' e10000029 ']) {
      expect(validateGssCode('gssCode', code)).toBeNull();
    }
    expect(normaliseGssCode(' e10000029 ')).toBe('E10000029');
  });

  it('names the field and the problem for a bad GSS code', () => {
    expect(validateGssCode('gssCode', 'E07000123')).toMatchObject({ field: 'gssCode', message: expect.stringContaining('E07000123') });
    expect(validateGssCode('gssCode', 'W06000001')?.message).toContain('English council');
    expect(validateGssCode('gssCode', 'E1000002')?.field).toBe('gssCode');
    expect(validateGssCode('gssCode', '')?.message).toContain('required');
  });

  it('refuses empty, over-long and control-character names', () => {
    expect(validateName('name', '   ')).toEqual({ field: 'name', message: 'The name must not be empty.' });
    expect(validateName('name', 'x'.repeat(201))?.message).toContain('201');
    expect(validateName('name', 'Safeguarding\tAdults')?.message).toContain('control');
    expect(validateName('name', 'Safeguarding Adults')).toBeNull();
  });

  it('checks e-mail addresses the way people get them wrong', () => {
    for (const bad of [
      'ann.lee',
      'ann lee@x.gov.uk',
      'ann@localhost',
      'ann@@x.gov.uk',
      '.ann@x.gov.uk',
      'ann@x.gov.uk.',
      'ann@-x.gov.uk',
    ]) {
      expect(validateEmail('email', bad), bad).toMatchObject({ field: 'email' });
    }
    for (const good of ['ann.lee@suffolk.gov.uk', "o'brien+adults@nhs.net", 'A.B@sub.domain.org']) {
      expect(validateEmail('email', good), good).toBeNull();
    }
  });

  it('returns the first error of several', () => {
    expect(firstError(null, validateName('name', ''), validateEmail('email', 'x'))?.field).toBe('name');
    expect(firstError(null, null)).toBeNull();
  });
});

describe('hasLeftBy', () => {
  it('counts the leaving day as gone, the day before as still there, and no date as never left', () => {
    expect(hasLeftBy('2025-03-31', '2025-03-31')).toBe(true);
    expect(hasLeftBy('2025-03-31', '2025-04-01')).toBe(true);
    expect(hasLeftBy('2025-03-31', '2025-03-30')).toBe(false);
    expect(hasLeftBy(null, '2025-03-30')).toBe(false);
    expect(hasLeftBy(undefined, '2025-03-30')).toBe(false);
  });
});
