import { describe, expect, it } from 'vitest';
import {
  decisionBodyDeletionRefusal,
  decisionPowerDeletionRefusal,
  decisionPowerUpdateRefusal,
  isLiveDelegation,
  type DelegationOfPower,
} from './scheme-edits.js';

const TODAY = '2026-06-01';
const row = (over: Partial<DelegationOfPower> = {}): DelegationOfPower => ({
  effectiveFrom: '2026-01-01',
  effectiveTo: null,
  revokedOn: null,
  financialLimit: null,
  fromBodyId: 1,
  ...over,
});

describe('isLiveDelegation', () => {
  it('is live when in force or starting later, not when revoked or ended', () => {
    expect(isLiveDelegation(row(), TODAY)).toBe(true);
    expect(isLiveDelegation(row({ effectiveFrom: '2027-01-01' }), TODAY)).toBe(true);
    expect(isLiveDelegation(row({ effectiveTo: TODAY }), TODAY)).toBe(true);
    expect(isLiveDelegation(row({ effectiveTo: '2026-05-31' }), TODAY)).toBe(false);
    expect(isLiveDelegation(row({ revokedOn: '2026-03-01' }), TODAY)).toBe(false);
  });
});

describe('decisionBodyDeletionRefusal', () => {
  const none = { powers: 0, delegations: 0, committeeRecords: 0 };
  it('lets a body with nothing on it go', () => {
    expect(decisionBodyDeletionRefusal({ name: 'Cabinet' }, none)).toBeNull();
  });
  it('refuses a body that still holds powers, naming how many', () => {
    expect(decisionBodyDeletionRefusal({ name: 'Cabinet' }, { ...none, powers: 2, delegations: 3 })).toEqual({
      field: 'id',
      code: 'BODY_HOLDS_POWERS',
      message: 'Cabinet cannot be deleted: it still holds 2 powers. Move them to another body or delete them first.',
    });
  });
  it('refuses a body whose delegations are on record, then one named by committee records', () => {
    expect(decisionBodyDeletionRefusal({ name: 'Cabinet' }, { ...none, delegations: 1 })).toMatchObject({
      code: 'BODY_HAS_DELEGATIONS',
      message: expect.stringMatching(/made 1 delegation,/),
    });
    expect(decisionBodyDeletionRefusal({ name: 'Scrutiny' }, { ...none, committeeRecords: 3 })).toMatchObject({
      code: 'BODY_HAS_COMMITTEE_RECORDS',
      message: expect.stringMatching(/3 scrutiny records or councillor seats name it/),
    });
  });
});

describe('decisionPowerDeletionRefusal', () => {
  it('lets a power never delegated go', () => {
    expect(decisionPowerDeletionRefusal({ name: 'Grants' }, [], TODAY)).toBeNull();
  });
  it('refuses a power with delegations in force or to come', () => {
    expect(decisionPowerDeletionRefusal({ name: 'Grants' }, [row(), row({ revokedOn: '2026-02-01' })], TODAY)).toEqual({
      field: 'id',
      code: 'POWER_DELEGATED',
      message: '"Grants" cannot be deleted: 1 delegation of it is in force or to come. Revoke it first.',
    });
    expect(decisionPowerDeletionRefusal({ name: 'Grants' }, [row({ effectiveFrom: '2027-01-01' }), row()], TODAY)?.message).toMatch(
      /2 delegations of it are in force or to come\. Revoke them first\./,
    );
  });
  it('refuses a power whose past delegations keep the record of the scheme', () => {
    expect(decisionPowerDeletionRefusal({ name: 'Grants' }, [row({ revokedOn: '2026-02-01' })], TODAY)).toMatchObject({
      code: 'POWER_HAS_PAST_DELEGATIONS',
      message: expect.stringMatching(/1 past delegation of it is kept/),
    });
  });
});

describe('decisionPowerUpdateRefusal', () => {
  const power = { name: 'Grants', sourceBodyId: 1 };
  it('lets a power be renamed, limited above its delegations, or moved when nothing its body made is live', () => {
    expect(decisionPowerUpdateRefusal(power, { sourceBodyId: 1, financialLimit: 5000 }, [row({ financialLimit: 5000 })], TODAY)).toBeNull();
    expect(
      decisionPowerUpdateRefusal(power, { sourceBodyId: 2, financialLimit: null }, [row({ revokedOn: '2026-02-01' })], TODAY),
    ).toBeNull();
    expect(decisionPowerUpdateRefusal(power, { sourceBodyId: 2, financialLimit: null }, [row({ fromBodyId: null })], TODAY)).toBeNull();
  });
  it('refuses moving a power to another body while its body’s delegations are live', () => {
    expect(decisionPowerUpdateRefusal(power, { sourceBodyId: 2, financialLimit: null }, [row()], TODAY)).toMatchObject({
      field: 'sourceBodyId',
      code: 'POWER_MOVED_WHILE_DELEGATED',
    });
  });
  it('refuses a limit below a live delegation’s own limit, naming both amounts', () => {
    const refused = decisionPowerUpdateRefusal(
      power,
      { sourceBodyId: 1, financialLimit: 1000 },
      [row({ financialLimit: 2500 }), row({ financialLimit: 9000, revokedOn: '2026-02-01' })],
      TODAY,
    );
    expect(refused).toEqual({
      field: 'financialLimit',
      code: 'POWER_LIMIT_BELOW_DELEGATION',
      message:
        '"Grants" is delegated in force with a limit of £2,500, so its own limit cannot be £1,000. Revoke that delegation first, ' +
        'or keep a limit of at least £2,500.',
    });
  });
});
