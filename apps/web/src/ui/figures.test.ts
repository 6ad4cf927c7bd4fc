import { describe, expect, it } from 'vitest';
import { formatFigure } from './figures.js';

describe('formatFigure', () => {
  it('writes a value to its published decimal places or significant figures', () => {
    expect(formatFigure(0.41, null, { kind: 'DECIMAL_PLACES', digits: 3 })).toBe('0.410');
    expect(formatFigure(18231.9, null, { kind: 'DECIMAL_PLACES', digits: 0 })).toBe('18,232');
    expect(formatFigure(0.123456, null, { kind: 'SIGNIFICANT_FIGURES', digits: 3 })).toBe('0.123');
    expect(formatFigure(85.25, '%', { kind: 'DECIMAL_PLACES', digits: 1 })).toBe('85.3%');
  });

  it('keeps short units, drops long ones, and writes a missing value as a dash', () => {
    expect(formatFigure(540, 'per 100,000', { kind: 'DECIMAL_PLACES', digits: 0 })).toBe('540');
    expect(formatFigure(null, '%', { kind: 'DECIMAL_PLACES', digits: 1 })).toBe('—');
    expect(formatFigure(Number.NaN)).toBe('—');
  });

  it('without a precision, at most one decimal place', () => {
    expect(formatFigure(0.41)).toBe('0.4');
    expect(formatFigure(12)).toBe('12');
  });
});
