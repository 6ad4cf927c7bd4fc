/**
 * Measured values as published: a number, or a marker saying why there is no number.
 *
 * The Government Statistical Service shorthand used by NHS Digital and Oflog is followed:
 * `[c]` is confidential (suppressed to protect small numbers), `[x]` not available, `[z]` not
 * applicable, `[w]` no data. A value that is not a number is never turned into zero: it is SUPPRESSED,
 * NOT_AVAILABLE, or an error the person importing the data has to fix.
 */

export type MeasuredValue = { kind: 'VALUE'; value: number } | { kind: 'SUPPRESSED' } | { kind: 'NOT_AVAILABLE' };

export type MeasuredValueKind = MeasuredValue['kind'];

export const SUPPRESSED: MeasuredValue = Object.freeze({ kind: 'SUPPRESSED' }) as MeasuredValue;
export const NOT_AVAILABLE: MeasuredValue = Object.freeze({ kind: 'NOT_AVAILABLE' }) as MeasuredValue;

/** A numeric measured value. Throws a RangeError for NaN or an infinity, which are not measurements. */
export function measured(value: number): MeasuredValue {
  if (!Number.isFinite(value)) throw new RangeError(`A measured value must be a finite number, not ${value}.`);
  return { kind: 'VALUE', value };
}

export type ParsedMeasuredValue =
  | {
      ok: true;
      value: MeasuredValue;
      /** Annotation markers that followed the number, lower case without brackets: `12.3 [p]` -> ['p']. */
      markers: string[];
    }
  | { ok: false; error: string };

/** Text meaning "suppressed" (compared in lower case after trimming). `*` is the older NHS Digital marker. */
export const SUPPRESSED_MARKERS: readonly string[] = ['[c]', '*'];

/** Text meaning "no value" (compared in lower case after trimming); the empty cell is one of them. */
export const NOT_AVAILABLE_MARKERS: readonly string[] = [
  '',
  '[x]',
  'x',
  '[z]',
  '[w]',
  '..',
  '.',
  '-',
  'n/a',
  'na',
  'n.a.',
  'not available',
];

/**
 * GSS annotations that may follow a number without changing it: provisional, revised, estimated, low reliability,
 * break in series, forecast.
 */
const NUMBER_ANNOTATIONS = /^(.*?)\s*((?:\[(?:p|r|e|u|b|f)\]\s*)+)$/i;

function okValue(value: MeasuredValue, markers: string[] = []): ParsedMeasuredValue {
  return { ok: true, value, markers };
}

/**
 * Reads one cell of published or imported data.
 *
 * - `[c]` (and `*`) -> SUPPRESSED.
 * - empty, `[x]`, `x`, `[z]`, `[w]`, `..`, `.`, `-`, `N/A`, `NA`, `n.a.`, `not available`, null and undefined
 *   -> NOT_AVAILABLE. (A dash is read as "not available", never as nil.)
 * - numbers, with surrounding or non-breaking spaces, a sign (`-`, `+` or the Unicode minus), a leading `£`,
 *   a trailing `%`, and commas only as thousands separators in groups of three: `1,234.5`, `45.2%`, ` 7.6 `.
 *   A percent sign is dropped, not divided by: `45.2%` is 45.2 (the unit of ASCOF percentage measures).
 *   Trailing annotation markers `[p]`, `[r]`, `[e]`, `[u]`, `[b]`, `[f]` are kept in `markers`.
 * - anything else (`abc`, `12..5`, `1,23`, `1e3`, `12abc`) -> an error; never zero.
 *
 * A JavaScript number is accepted as it is when finite (spreadsheet cells); NaN or infinity is an error.
 */
export function parseMeasuredValue(input: string | number | null | undefined): ParsedMeasuredValue {
  if (input === null || input === undefined) return okValue(NOT_AVAILABLE);
  if (typeof input === 'number') {
    return Number.isFinite(input) ? okValue(measured(input)) : { ok: false, error: `${input} is not a number that can be measured.` };
  }
  if (typeof input !== 'string') return { ok: false, error: 'A value must be text or a number.' };

  const shown = input.replace(/[\u00a0\u2007\u2009\u202f]/g, ' ').trim();
  const lower = shown.toLowerCase();
  if (SUPPRESSED_MARKERS.includes(lower)) return okValue(SUPPRESSED);
  if (NOT_AVAILABLE_MARKERS.includes(lower) || /^[\u2013\u2014]$/.test(lower)) return okValue(NOT_AVAILABLE);

  let s = shown;
  const markers: string[] = [];
  const annotated = NUMBER_ANNOTATIONS.exec(s);
  if (annotated && annotated[1] !== '') {
    s = annotated[1]!;
    for (const m of annotated[2]!.matchAll(/\[([a-z])\]/gi)) markers.push(m[1]!.toLowerCase());
  }

  const notNumber = (why: string): ParsedMeasuredValue => ({
    ok: false,
    error: `'${shown}' is not a value: ${why} Write a number, [c] for a suppressed value or [x] for one that is not available.`,
  });

  s = s.replace(/\u2212/g, '-');
  let sign = '';
  const signMatch = /^([+-])\s*(.*)$/.exec(s);
  if (signMatch) {
    sign = signMatch[1] === '-' ? '-' : '';
    s = signMatch[2]!;
  }
  if (s.startsWith('£')) s = s.slice(1).trim();
  if (s.endsWith('%')) s = s.slice(0, -1).trim();

  if (s.includes(',')) {
    if (!/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return notNumber('commas are only allowed between groups of three digits (1,234.5).');
    s = s.replace(/,/g, '');
  }
  if (!/^(\d+(\.\d+)?|\.\d+)$/.test(s)) return notNumber('it is not a number.');
  const value = Number(sign + s);
  if (!Number.isFinite(value)) return notNumber('it is too large.');
  // -0 and 0 are the same measurement.
  return okValue(measured(value === 0 ? 0 : value), markers);
}

/** The number, or null when suppressed or not available. */
export function numericValue(v: MeasuredValue | null | undefined): number | null {
  return v && v.kind === 'VALUE' ? v.value : null;
}

/** True when the value is a number. */
export function isNumeric(v: MeasuredValue | null | undefined): v is { kind: 'VALUE'; value: number } {
  return !!v && v.kind === 'VALUE';
}

/**
 * Accepts a MeasuredValue, a plain number (treated as a VALUE), or null/undefined (NOT_AVAILABLE), so
 * callers holding plain numbers do not need to wrap them. Non-finite numbers are NOT_AVAILABLE.
 */
export function asMeasuredValue(v: MeasuredValue | number | null | undefined): MeasuredValue {
  if (v === null || v === undefined) return NOT_AVAILABLE;
  if (typeof v === 'number') return Number.isFinite(v) ? { kind: 'VALUE', value: v } : NOT_AVAILABLE;
  return v;
}

/** Back to the published shorthand: the number as text, `[c]` or `[x]`. */
export function formatMeasuredValue(v: MeasuredValue): string {
  switch (v.kind) {
    case 'VALUE':
      return String(v.value);
    case 'SUPPRESSED':
      return '[c]';
    case 'NOT_AVAILABLE':
      return '[x]';
  }
}
