import { describe, expect, it } from 'vitest';
import { delegation } from './fixtures.js';
import {
  duplicateDelegation,
  effectiveDatesOf,
  leftCouncilMessage,
  optionalText,
  powerKindOf,
  validateEffectiveDates,
  validateIsoDate,
  validateLimitWithinPower,
  validateMoney,
  validatePowerKind,
  validateSourceBody,
  validateTextLength,
  validateUniqueName,
} from './writes.js';

describe('validateMoney', () => {
  it('takes no limit, zero, pounds and pence', () => {
    for (const v of [null, undefined, 0, 5, 100000, 19.99, 0.5]) expect(validateMoney('financialLimit', v)).toBeNull();
  });
  it('refuses negative and non-finite amounts, fractions of a penny and absurd amounts', () => {
    expect(validateMoney('financialLimit', -1)).toEqual({
      field: 'financialLimit',
      message: 'the limit must be an amount of money in pounds, zero or more.',
    });
    expect(validateMoney('financialLimit', Number.NaN)?.message).toMatch(/zero or more/);
    expect(validateMoney('financialLimit', Number.POSITIVE_INFINITY)?.message).toMatch(/zero or more/);
    expect(validateMoney('financialLimit', 1.005)).toEqual({
      field: 'financialLimit',
      message: 'the limit can have at most two decimals (pence).',
    });
    expect(validateMoney('financialLimit', 2e12)).toEqual({ field: 'financialLimit', message: 'the limit is too large.' });
  });
});

describe('validateLimitWithinPower and validateSourceBody', () => {
  const power = { name: 'Approve care packages', financialLimit: 100000 };
  it('lets a delegation have the power’s limit or less, or none', () => {
    expect(validateLimitWithinPower('financialLimit', power, 100000)).toBeNull();
    expect(validateLimitWithinPower('financialLimit', power, null)).toBeNull();
    expect(validateLimitWithinPower('financialLimit', { ...power, financialLimit: null }, 5e9)).toBeNull();
  });
  it('refuses a wider limit, naming both amounts', () => {
    expect(validateLimitWithinPower('financialLimit', power, 150000.5)).toEqual({
      field: 'financialLimit',
      message: '"Approve care packages" is limited to £100,000, so it cannot be delegated with a limit of £150,000.50.',
    });
  });
  it('lets only the power’s own body delegate it', () => {
    const cabinet = { id: 1, name: 'Cabinet' };
    expect(validateSourceBody('fromBodyId', power, cabinet, cabinet)).toBeNull();
    expect(validateSourceBody('fromBodyId', power, { id: 2, name: 'Full Council' }, cabinet)).toEqual({
      field: 'fromBodyId',
      message: '"Approve care packages" belongs to Cabinet, so Full Council cannot delegate it.',
    });
    expect(validateSourceBody('fromBodyId', power, cabinet, undefined)?.message).toBe(
      '"Approve care packages" belongs to another body, so Cabinet cannot delegate it.',
    );
  });
});

describe('dates', () => {
  it('starts today and runs open-ended unless told otherwise', () => {
    expect(effectiveDatesOf(null, undefined, '2026-12-02')).toEqual({ effectiveFrom: '2026-12-02', effectiveTo: null });
    expect(effectiveDatesOf(' 2025-04-01 ', '  ', '2026-12-02')).toEqual({ effectiveFrom: '2025-04-01', effectiveTo: null });
    expect(effectiveDatesOf('2025-04-01', '2026-03-31', '2026-12-02')).toEqual({ effectiveFrom: '2025-04-01', effectiveTo: '2026-03-31' });
  });
  it('refuses dates that are not dates, and an end before the start', () => {
    expect(validateEffectiveDates({ effectiveFrom: '2025-04-01', effectiveTo: '2025-04-01' })).toBeNull();
    expect(validateEffectiveDates({ effectiveFrom: '2025-02-30', effectiveTo: null })).toEqual({
      field: 'effectiveFrom',
      message: '"2025-02-30" is not a date (use YYYY-MM-DD).',
    });
    expect(validateEffectiveDates({ effectiveFrom: '2025-04-01', effectiveTo: 'soon' })).toEqual({
      field: 'effectiveTo',
      message: '"soon" is not a date (use YYYY-MM-DD).',
    });
    expect(validateEffectiveDates({ effectiveFrom: '2025-04-01', effectiveTo: '2025-03-31' })).toEqual({
      field: 'effectiveTo',
      message: 'the delegation would end (2025-03-31) before it starts (2025-04-01).',
    });
    expect(validateIsoDate('revokedOn', '2026-12-02')).toBeNull();
  });
});

describe('text, names and kinds', () => {
  it('stores free text trimmed, empty as none, within its length', () => {
    expect(optionalText('  only in term time ')).toBe('only in term time');
    expect(optionalText('   ')).toBeNull();
    expect(optionalText(undefined)).toBeNull();
    expect(validateTextLength('conditions', 'x'.repeat(2000), 2000)).toBeNull();
    expect(validateTextLength('conditions', null, 2000)).toBeNull();
    expect(validateTextLength('conditions', 'x'.repeat(2001), 2000)).toEqual({ field: 'conditions', message: 'at most 2000 characters.' });
  });
  it('says why a leaver cannot be chosen', () => {
    expect(leftCouncilMessage('Lee Leaver', '2026-01-31', 'hold its powers')).toBe(
      'Lee Leaver left the council on 2026-01-31, so cannot hold its powers. Choose someone who works there now.',
    );
    expect(leftCouncilMessage('Lee Leaver', null, 'answer for a service')).toBe(
      'Lee Leaver left the council, so cannot answer for a service. Choose someone who works there now.',
    );
  });
  it('keeps a council’s names unique whatever their case', () => {
    const bodies = [{ name: 'Cabinet' }, { name: 'Full Council' }];
    expect(validateUniqueName('name', 'Audit Committee', bodies, 'Suffolk', 'decision body')).toBeNull();
    expect(validateUniqueName('name', 'CABINET', bodies, 'Suffolk', 'decision body')).toEqual({
      field: 'name',
      message: "Suffolk already has a decision body called 'CABINET'.",
    });
  });
  it('takes a power kind as a code in capitals', () => {
    expect(powerKindOf(' care_package ')).toBe('CARE_PACKAGE');
    expect(validatePowerKind('kind', 'CARE_PACKAGE')).toBeNull();
    expect(validatePowerKind('kind', '1ST')?.field).toBe('kind');
    expect(validatePowerKind('kind', 'CARE PACKAGE')?.message).toBe('a short code in capitals, e.g. CARE_PACKAGE (letters, digits and _).');
    expect(validatePowerKind('kind', `A${'B'.repeat(60)}`)).not.toBeNull();
  });
});

describe('duplicateDelegation', () => {
  const scope = { kind: 'SERVICE' as const, id: 7 };
  const held = delegation(4, { toPersonId: 3, scope, parentId: 2 });
  const today = '2026-12-02';
  it('finds the same power to the same person over the same scope under the same parent', () => {
    expect(duplicateDelegation([held], { powerId: 1, toPersonId: 3, scope, parentId: 2 }, today)).toBe(held);
    // One that ends today is still held today.
    const endsToday = { ...held, effectiveTo: today };
    expect(duplicateDelegation([endsToday], { powerId: 1, toPersonId: 3, scope, parentId: 2 }, today)).toBe(endsToday);
  });
  it('ignores revoked and ended ones, and any other person, scope, power or parent', () => {
    const proposed = { powerId: 1, toPersonId: 3, scope, parentId: 2 };
    expect(duplicateDelegation([{ ...held, revokedOn: '2026-01-01' }], proposed, today)).toBeUndefined();
    expect(duplicateDelegation([{ ...held, effectiveTo: '2026-12-01' }], proposed, today)).toBeUndefined();
    expect(duplicateDelegation([held], { ...proposed, toPersonId: 5 }, today)).toBeUndefined();
    expect(duplicateDelegation([held], { ...proposed, scope: { kind: 'SERVICE', id: 8 } }, today)).toBeUndefined();
    expect(duplicateDelegation([held], { ...proposed, scope: { kind: 'DIRECTORATE', id: 7 } }, today)).toBeUndefined();
    expect(duplicateDelegation([held], { ...proposed, powerId: 2 }, today)).toBeUndefined();
    expect(duplicateDelegation([held], { ...proposed, parentId: null }, today)).toBeUndefined();
  });
});
