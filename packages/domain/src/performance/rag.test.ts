import { describe, expect, it } from 'vitest';
import { badness, distanceFromBand, isBetter, rag, ragDetail } from './rag.js';
import { NOT_AVAILABLE, SUPPRESSED } from './values.js';

const v = (value: number) => ({ kind: 'VALUE' as const, value });

describe('rag: higher is better (e.g. ASCOF 2D, % with no ongoing support)', () => {
  // Target 80, amber tolerance 5 percentage points: GREEN >= 80, AMBER 75..80, RED < 75.
  const base = { target: v(80), polarity: 'HIGHER_IS_BETTER' as const, tolerance: 5, toleranceKind: 'ABSOLUTE' as const };

  it('is GREEN when the target is beaten or met exactly', () => {
    expect(rag({ ...base, actual: v(85) })).toBe('GREEN');
    expect(rag({ ...base, actual: v(80) })).toBe('GREEN');
    expect(ragDetail({ ...base, actual: v(80) })).toEqual({ rag: 'GREEN', reason: 'MEETS_TARGET', shortfall: 0, allowed: 5 });
  });

  it('is AMBER within the tolerance, including a miss of exactly the tolerance', () => {
    // 80 - 77 = 3 <= 5
    expect(ragDetail({ ...base, actual: v(77) })).toEqual({ rag: 'AMBER', reason: 'WITHIN_TOLERANCE', shortfall: 3, allowed: 5 });
    // 80 - 75 = 5: exactly at the tolerance is AMBER
    expect(rag({ ...base, actual: v(75) })).toBe('AMBER');
  });

  it('is RED just beyond the tolerance', () => {
    // 80 - 74.9 = 5.1 > 5
    const detail = ragDetail({ ...base, actual: v(74.9) });
    expect(detail.rag).toBe('RED');
    expect(detail.reason).toBe('BEYOND_TOLERANCE');
    expect(detail.shortfall).toBeCloseTo(5.1, 10);
  });

  it('treats 0 as a real value, not as missing', () => {
    // 80 - 0 = 80 > 5
    expect(rag({ ...base, actual: v(0) })).toBe('RED');
    // target 5, tolerance 10: 5 - 0 = 5 <= 10
    expect(rag({ ...base, target: v(5), tolerance: 10, actual: v(0) })).toBe('AMBER');
  });

  it('accepts plain numbers for actual and target', () => {
    expect(rag({ ...base, actual: 77, target: 80 })).toBe('AMBER');
  });
});

describe('rag: lower is better (e.g. ASCOF 2A(2), admissions per 100,000 aged 65+)', () => {
  // Target 500, tolerance 10% of the target = 50: GREEN <= 500, AMBER 500..550, RED > 550.
  const base = { target: v(500), polarity: 'LOWER_IS_BETTER' as const, tolerance: 10, toleranceKind: 'PERCENT' as const };

  it('is GREEN at or below the target', () => {
    expect(rag({ ...base, actual: v(450) })).toBe('GREEN');
    expect(rag({ ...base, actual: v(500) })).toBe('GREEN');
  });

  it('is AMBER above the target by up to 10% of it, inclusive', () => {
    expect(ragDetail({ ...base, actual: v(520) })).toEqual({ rag: 'AMBER', reason: 'WITHIN_TOLERANCE', shortfall: 20, allowed: 50 });
    expect(rag({ ...base, actual: v(550) })).toBe('AMBER'); // 550 - 500 = 50 = 10% of 500
  });

  it('is RED beyond', () => {
    expect(rag({ ...base, actual: v(550.1) })).toBe('RED'); // 50.1 > 50
    expect(rag({ ...base, actual: v(2107) })).toBe('RED');
  });

  it('uses the size of a negative target for a percentage tolerance', () => {
    // target -10, 10% of |-10| = 1: -9 is 1 above (worse) -> AMBER; -8.9 is 1.1 above -> RED; -11 beats it.
    const neg = { target: v(-10), polarity: 'LOWER_IS_BETTER' as const, tolerance: 10, toleranceKind: 'PERCENT' as const };
    expect(rag({ ...neg, actual: v(-9) })).toBe('AMBER');
    expect(rag({ ...neg, actual: v(-8.9) })).toBe('RED');
    expect(rag({ ...neg, actual: v(-11) })).toBe('GREEN');
  });

  it('has no amber zone with a percentage tolerance on a target of zero', () => {
    // 10% of 0 = 0: 0 is GREEN, anything above RED.
    expect(rag({ ...base, target: v(0), actual: v(0) })).toBe('GREEN');
    expect(rag({ ...base, target: v(0), actual: v(1) })).toBe('RED');
  });
});

describe('rag: percentage tolerance with higher is better', () => {
  // Target 80, 5% of 80 = 4: AMBER 76..80, RED below 76.
  const base = { target: v(80), polarity: 'HIGHER_IS_BETTER' as const, tolerance: 5, toleranceKind: 'PERCENT' as const };
  it('puts the edge at 5% of the target', () => {
    expect(ragDetail({ ...base, actual: v(76) })).toMatchObject({ rag: 'AMBER', allowed: 4 });
    expect(rag({ ...base, actual: v(75.9) })).toBe('RED');
  });
});

describe('rag: floating-point edges', () => {
  it('counts 1.1 - 1.0 as exactly the tolerance 0.1 (it is 0.10000000000000009 in binary)', () => {
    expect(1.1 - 1.0).toBeGreaterThan(0.1);
    expect(rag({ actual: 1.0, target: 1.1, polarity: 'HIGHER_IS_BETTER', tolerance: 0.1 })).toBe('AMBER');
  });

  it('counts 0.1 + 0.2 as meeting a target of 0.3 when lower is better', () => {
    expect(0.1 + 0.2).toBeGreaterThan(0.3);
    expect(rag({ actual: 0.1 + 0.2, target: 0.3, polarity: 'LOWER_IS_BETTER' })).toBe('GREEN');
  });

  it('counts 75.3 against 70.3 as a miss of exactly 5', () => {
    expect(rag({ actual: 70.3, target: 75.3, polarity: 'HIGHER_IS_BETTER', tolerance: 5 })).toBe('AMBER');
    expect(rag({ actual: 70.29, target: 75.3, polarity: 'HIGHER_IS_BETTER', tolerance: 5 })).toBe('RED');
  });
});

describe('rag: tolerance defaults and bad settings', () => {
  it('has no amber zone without a tolerance', () => {
    expect(rag({ actual: 79.99, target: 80, polarity: 'HIGHER_IS_BETTER' })).toBe('RED');
    expect(rag({ actual: 79.99, target: 80, polarity: 'HIGHER_IS_BETTER', tolerance: null })).toBe('RED');
    expect(rag({ actual: 80, target: 80, polarity: 'HIGHER_IS_BETTER', tolerance: 0 })).toBe('GREEN');
  });

  it('gives NONE for a negative or non-numeric tolerance rather than guessing', () => {
    expect(ragDetail({ actual: 70, target: 80, polarity: 'HIGHER_IS_BETTER', tolerance: -5 })).toEqual({
      rag: 'NONE',
      reason: 'INVALID_TOLERANCE',
      shortfall: null,
      allowed: null,
    });
    expect(rag({ actual: 70, target: 80, polarity: 'HIGHER_IS_BETTER', tolerance: Number.NaN })).toBe('NONE');
  });
});

describe('rag: missing and suppressed values are never judged', () => {
  const base = { target: v(80), polarity: 'HIGHER_IS_BETTER' as const, tolerance: 5 };
  it('gives NONE for a suppressed or missing actual', () => {
    expect(ragDetail({ ...base, actual: SUPPRESSED })).toMatchObject({ rag: 'NONE', reason: 'ACTUAL_SUPPRESSED' });
    expect(ragDetail({ ...base, actual: NOT_AVAILABLE })).toMatchObject({ rag: 'NONE', reason: 'NO_ACTUAL' });
    expect(ragDetail({ ...base, actual: null })).toMatchObject({ rag: 'NONE', reason: 'NO_ACTUAL' });
    expect(ragDetail({ ...base, actual: undefined })).toMatchObject({ rag: 'NONE', reason: 'NO_ACTUAL' });
  });

  it('gives NONE for a missing or suppressed target', () => {
    expect(ragDetail({ ...base, actual: v(70), target: null })).toMatchObject({ rag: 'NONE', reason: 'NO_TARGET' });
    expect(ragDetail({ ...base, actual: v(70), target: undefined })).toMatchObject({ rag: 'NONE', reason: 'NO_TARGET' });
    expect(ragDetail({ ...base, actual: v(70), target: SUPPRESSED })).toMatchObject({ rag: 'NONE', reason: 'TARGET_SUPPRESSED' });
    expect(ragDetail({ ...base, actual: v(70), target: NOT_AVAILABLE })).toMatchObject({ rag: 'NONE', reason: 'NO_TARGET' });
  });
});

describe('rag: within a band', () => {
  // Band 60..80, tolerance 5: GREEN 60..80, AMBER 55..60 and 80..85, RED beyond.
  const base = { polarity: 'WITHIN_BAND' as const, band: { low: 60, high: 80 }, tolerance: 5 };

  it('is GREEN inside the band, edges included', () => {
    expect(rag({ ...base, actual: 60 })).toBe('GREEN');
    expect(rag({ ...base, actual: 70 })).toBe('GREEN');
    expect(rag({ ...base, actual: 80 })).toBe('GREEN');
  });

  it('is AMBER up to the tolerance outside either edge, inclusive', () => {
    expect(ragDetail({ ...base, actual: 55 })).toEqual({ rag: 'AMBER', reason: 'WITHIN_TOLERANCE', shortfall: 5, allowed: 5 });
    expect(ragDetail({ ...base, actual: 85 })).toEqual({ rag: 'AMBER', reason: 'WITHIN_TOLERANCE', shortfall: 5, allowed: 5 });
    expect(rag({ ...base, actual: 82 })).toBe('AMBER');
  });

  it('is RED just beyond the tolerance on either side', () => {
    expect(rag({ ...base, actual: 54.9 })).toBe('RED');
    expect(rag({ ...base, actual: 85.1 })).toBe('RED');
  });

  it('takes a percentage tolerance from the edge that was missed', () => {
    // 10% of 60 = 6 below; 10% of 80 = 8 above.
    const pct = { ...base, tolerance: 10, toleranceKind: 'PERCENT' as const };
    expect(ragDetail({ ...pct, actual: 54 })).toMatchObject({ rag: 'AMBER', allowed: 6 });
    expect(rag({ ...pct, actual: 53.9 })).toBe('RED');
    expect(ragDetail({ ...pct, actual: 88 })).toMatchObject({ rag: 'AMBER', allowed: 8 });
    expect(rag({ ...pct, actual: 88.1 })).toBe('RED');
  });

  it('ignores a target: the band is the target', () => {
    expect(rag({ ...base, actual: 70, target: 95 })).toBe('GREEN');
  });

  it('gives NONE without a usable band, or without an actual', () => {
    expect(ragDetail({ polarity: 'WITHIN_BAND', actual: 70, target: 70 })).toMatchObject({ rag: 'NONE', reason: 'NO_BAND' });
    expect(ragDetail({ ...base, band: { low: 80, high: 60 }, actual: 70 })).toMatchObject({ rag: 'NONE', reason: 'INVALID_BAND' });
    expect(ragDetail({ ...base, actual: SUPPRESSED })).toMatchObject({ rag: 'NONE', reason: 'ACTUAL_SUPPRESSED' });
  });

  it('accepts a band of a single point', () => {
    expect(rag({ ...base, band: { low: 50, high: 50 }, actual: 50 })).toBe('GREEN');
    expect(rag({ ...base, band: { low: 50, high: 50 }, actual: 55 })).toBe('AMBER');
  });
});

describe('comparison helpers', () => {
  it('measures distance from a band', () => {
    expect(distanceFromBand(70, { low: 60, high: 80 })).toBe(0);
    expect(distanceFromBand(52, { low: 60, high: 80 })).toBe(8);
    expect(distanceFromBand(85, { low: 60, high: 80 })).toBe(5);
  });

  it('says which value is better for each polarity', () => {
    expect(isBetter(80, 70, 'HIGHER_IS_BETTER')).toBe(true);
    expect(isBetter(80, 70, 'LOWER_IS_BETTER')).toBe(false);
    expect(isBetter(70, 70, 'LOWER_IS_BETTER')).toBe(false);
    expect(isBetter(85, 52, 'WITHIN_BAND', { low: 60, high: 80 })).toBe(true); // 5 from the band against 8
    expect(badness(7, 'HIGHER_IS_BETTER')).toBe(-7);
    expect(() => badness(7, 'WITHIN_BAND')).toThrow(RangeError);
  });
});
