import { describe, expect, it } from 'vitest';
import { validateIndicatorDeletion, validateIndicatorIsLocal, type IndicatorForWrite } from './indicator-writes.js';

const local: IndicatorForWrite = { framework: 'LOCAL', code: 'L1', title: 'Carers assessed within 28 days', councilId: 7 };
const national: IndicatorForWrite = { framework: 'ASCOF', code: '1A', title: 'Social care-related quality of life', councilId: null };

describe('validateIndicatorIsLocal', () => {
  it("accepts a council's local indicator and refuses a national definition, naming it", () => {
    expect(validateIndicatorIsLocal(local)).toBeNull();
    expect(validateIndicatorIsLocal(national)).toEqual({
      field: 'id',
      message: 'ASCOF 1A is a national definition: it is reference data and cannot be changed here.',
    });
    expect(validateIndicatorIsLocal(national, 'indicatorId')?.field).toBe('indicatorId');
  });
});

describe('validateIndicatorDeletion', () => {
  it('lets a local indicator with nothing recorded against it go', () => {
    expect(validateIndicatorDeletion(local, { measurements: 0, targets: 0 })).toBeNull();
  });

  it('refuses a national definition', () => {
    expect(validateIndicatorDeletion(national, { measurements: 0, targets: 0 })?.message).toBe(
      'ASCOF 1A is a national definition: it is reference data and cannot be deleted.',
    );
  });

  it('keeps an indicator with figures, counting them and its targets', () => {
    expect(validateIndicatorDeletion(local, { measurements: 3, targets: 1 })).toEqual({
      field: 'id',
      message:
        '"Carers assessed within 28 days" cannot be deleted: it has 3 figures and 1 target recorded against it, which stay as the ' +
        'record of performance. An indicator with figures is kept; change its title or definition if it is no longer used.',
    });
    expect(validateIndicatorDeletion(local, { measurements: 1, targets: 0 })?.message).toContain('it has 1 figure recorded');
  });

  it('asks for the targets to go first when there are targets and no figures', () => {
    const e = validateIndicatorDeletion(local, { measurements: 0, targets: 2 });
    expect(e?.message).toContain('it has 2 targets recorded against it');
    expect(e?.message).toMatch(/Delete its targets first\.$/);
  });
});
