import { describe, expect, it } from 'vitest';
import {
  asMeasuredValue,
  formatMeasuredValue,
  isNumeric,
  measured,
  NOT_AVAILABLE,
  numericValue,
  parseMeasuredValue,
  SUPPRESSED,
  type MeasuredValue,
} from './values.js';

function readValue(text: string | number | null | undefined): MeasuredValue {
  const parsed = parseMeasuredValue(text);
  if (!parsed.ok) throw new Error(`expected a value for ${String(text)}, got error: ${parsed.error}`);
  return parsed.value;
}

describe('parseMeasuredValue: markers', () => {
  it.each(['[c]', '[C]', ' [c] ', '*'])('reads %j as SUPPRESSED', (text) => {
    expect(readValue(text)).toEqual({ kind: 'SUPPRESSED' });
  });

  it.each(['[x]', '[X]', 'x', '', '   ', '..', '.', '-', '–', '—', 'N/A', 'n/a', 'NA', 'n.a.', '[z]', '[w]', 'Not available'])(
    'reads %j as NOT_AVAILABLE',
    (text) => {
      expect(readValue(text)).toEqual({ kind: 'NOT_AVAILABLE' });
    },
  );

  it('reads null and undefined (an empty spreadsheet cell) as NOT_AVAILABLE', () => {
    expect(readValue(null)).toEqual({ kind: 'NOT_AVAILABLE' });
    expect(readValue(undefined)).toEqual({ kind: 'NOT_AVAILABLE' });
  });
});

describe('parseMeasuredValue: numbers', () => {
  it.each([
    ['73.6', 73.6],
    ['0', 0],
    ['0.408', 0.408],
    ['.5', 0.5],
    [' 7.6 ', 7.6],
    ['\u00a07.6\u00a0', 7.6], // non-breaking spaces from a web page
    ['1,234', 1234],
    ['1,234.5', 1234.5],
    ['12,345,678', 12345678],
    ['45.2%', 45.2], // the percent sign is dropped: ASCOF percentages are stored as 45.2, not 0.452
    ['45.2 %', 45.2],
    ['100%', 100],
    ['-3.5', -3.5],
    ['\u22123.5', -3.5], // Unicode minus
    ['+2', 2],
    ['£1,250', 1250],
    ['-0', 0],
    ['1598.632568783579', 1598.632568783579], // an Oflog ASC6 median, full precision kept
  ])('reads %j as %d', (text, expected) => {
    expect(readValue(text)).toEqual({ kind: 'VALUE', value: expected });
  });

  it('keeps GSS annotation markers after a number', () => {
    expect(parseMeasuredValue('12.3 [p]')).toEqual({ ok: true, value: { kind: 'VALUE', value: 12.3 }, markers: ['p'] });
    expect(parseMeasuredValue('12.3[r][e]')).toEqual({ ok: true, value: { kind: 'VALUE', value: 12.3 }, markers: ['r', 'e'] });
    expect(parseMeasuredValue('12.3')).toEqual({ ok: true, value: { kind: 'VALUE', value: 12.3 }, markers: [] });
  });

  it('accepts finite JavaScript numbers from spreadsheet cells', () => {
    expect(readValue(42)).toEqual({ kind: 'VALUE', value: 42 });
    expect(readValue(0)).toEqual({ kind: 'VALUE', value: 0 });
  });
});

describe('parseMeasuredValue: errors, never zero', () => {
  it.each([
    'abc',
    '12..5',
    '1.2.3',
    '12abc',
    'abc12',
    '1,23',
    '12,34.5',
    '1e3',
    'Infinity',
    'NaN',
    '12.',
    '[p]',
    '[q]',
    '+',
    '1 234',
    '(12)',
    '%',
    '£',
  ])('refuses %j', (text) => {
    const parsed = parseMeasuredValue(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error).toContain(`'${text.trim()}'`);
      expect(parsed.error).toContain('[c]');
    }
  });

  it('explains a misplaced comma', () => {
    const parsed = parseMeasuredValue('1,23');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain('groups of three digits');
  });

  it('refuses NaN and infinite numbers', () => {
    expect(parseMeasuredValue(Number.NaN).ok).toBe(false);
    expect(parseMeasuredValue(Number.POSITIVE_INFINITY).ok).toBe(false);
  });
});

describe('helpers', () => {
  it('gives the number only for a VALUE', () => {
    expect(numericValue({ kind: 'VALUE', value: 0 })).toBe(0);
    expect(numericValue(SUPPRESSED)).toBeNull();
    expect(numericValue(NOT_AVAILABLE)).toBeNull();
    expect(numericValue(null)).toBeNull();
    expect(isNumeric({ kind: 'VALUE', value: 3 })).toBe(true);
    expect(isNumeric(SUPPRESSED)).toBe(false);
  });

  it('wraps plain numbers and nulls', () => {
    expect(asMeasuredValue(5)).toEqual({ kind: 'VALUE', value: 5 });
    expect(asMeasuredValue(null)).toEqual({ kind: 'NOT_AVAILABLE' });
    expect(asMeasuredValue(Number.NaN)).toEqual({ kind: 'NOT_AVAILABLE' });
    expect(asMeasuredValue(SUPPRESSED)).toEqual({ kind: 'SUPPRESSED' });
  });

  it('refuses to make a measurement of NaN', () => {
    expect(() => measured(Number.NaN)).toThrow(RangeError);
    expect(measured(1.5)).toEqual({ kind: 'VALUE', value: 1.5 });
  });

  it('formats back to the published shorthand', () => {
    expect(formatMeasuredValue({ kind: 'VALUE', value: 73.6 })).toBe('73.6');
    expect(formatMeasuredValue(SUPPRESSED)).toBe('[c]');
    expect(formatMeasuredValue(NOT_AVAILABLE)).toBe('[x]');
  });
});
