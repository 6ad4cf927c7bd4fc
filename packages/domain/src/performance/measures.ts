/**
 * The national measures as data: which Oflog measure is the same measure as an ASCOF one, each
 * measure's unit and its published precision, and the check of a unit against its values.
 */
import type { IndicatorFramework } from './enums.js';

export interface MeasureKey {
  framework: IndicatorFramework;
  code: string;
}

/**
 * Oflog's adult social care measures ASC1-ASC5 are ASCOF measures republished (Oflog's own notes and the
 * reference data: the same titles, and the same values for the same council and year). ASC6 and ASC7 are
 * Oflog's own. `ascof` is the ASCOF code as stored (3D1), `display` as published (3D(1)).
 */
export const OFLOG_MEASURES: Readonly<Record<string, { ascof: string | null; display: string | null; unit: string }>> = {
  ASC1: { ascof: '1D', display: '1D', unit: 'score 0-12' },
  ASC2: { ascof: '1J', display: '1J', unit: 'ratio (values ~0.4)' },
  ASC3: { ascof: '3D1', display: '3D(1)', unit: '%' },
  ASC4: { ascof: '3D2', display: '3D(2)', unit: '%' },
  ASC5: { ascof: '2D', display: '2D', unit: '%' },
  // Requests for support from new clients that resulted in a service, per 100,000 adults (SALT STS001
  // over the adult population): values 132 to 18,232, median about 1,600 a year; not a percentage.
  ASC6: { ascof: null, display: null, unit: 'per 100,000 adults' },
  ASC7: { ascof: null, display: null, unit: '%' },
};

/** The measure an indicator is the same as (the ASCOF one for Oflog ASC1-ASC5), or null. */
export function sameMeasureAs(key: MeasureKey): MeasureKey | null {
  if (key.framework !== 'OFLOG') return null;
  const ascof = OFLOG_MEASURES[key.code]?.ascof;
  return ascof ? { framework: 'ASCOF', code: ascof } : null;
}

/** How a value is published: a number of decimal places, or of significant figures. */
export interface Precision {
  kind: 'DECIMAL_PLACES' | 'SIGNIFICANT_FIGURES';
  digits: number;
}

const dp = (digits: number): Precision => ({ kind: 'DECIMAL_PLACES', digits });

/** Published precision of the national measures that differ from their unit's default. */
const PUBLISHED_PRECISION: Readonly<Record<string, Precision>> = {
  'ASCOF:1J': dp(3),
  'OFLOG:ASC2': dp(3),
  'OFLOG:ASC6': dp(0),
};

/**
 * An indicator's published precision: the measure's own (ASCOF 1J and Oflog ASC2 to 3 decimal places,
 * Oflog ASC6, a computed rate, whole numbers), else by unit: a ratio 3 significant figures,
 * a count of people or cases 0 decimal places, anything else (percentages, scores, rates) 1.
 */
export function publishedPrecision(ind: MeasureKey & { unit?: string | null }): Precision {
  const own = PUBLISHED_PRECISION[`${ind.framework}:${ind.code}`];
  if (own) return own;
  const kind = unitKind(ind.unit);
  if (kind === 'RATIO') return { kind: 'SIGNIFICANT_FIGURES', digits: 3 };
  if (kind === 'COUNT') return dp(0);
  return dp(1);
}

/** A value as published: `0.41` to 3 decimal places is "0.410", 18231.9 to 0 is "18,232". */
export function formatValue(value: number | null | undefined, precision: Precision): string | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  if (precision.kind === 'DECIMAL_PLACES') {
    const d = Math.max(0, Math.min(10, Math.trunc(precision.digits)));
    return value.toLocaleString('en-GB', { minimumFractionDigits: d, maximumFractionDigits: d });
  }
  const s = Math.max(1, Math.min(15, Math.trunc(precision.digits)));
  return value.toLocaleString('en-GB', { minimumSignificantDigits: s, maximumSignificantDigits: s });
}

export type UnitKind = 'PERCENT' | 'SCORE' | 'RATIO' | 'RATE' | 'COUNT' | 'OTHER';

/** What a unit text says the values are. */
export function unitKind(unit: string | null | undefined): UnitKind {
  const u = (unit ?? '').trim().toLowerCase();
  if (u === '%' || u === 'percent' || u === 'percentage') return 'PERCENT';
  if (/^score\b/.test(u)) return 'SCORE';
  if (/^ratio\b/.test(u)) return 'RATIO';
  if (/^per [\d,]+/.test(u)) return 'RATE';
  if (/^(people|cases|number|count)\b/.test(u)) return 'COUNT';
  return 'OTHER';
}

/** The range a unit allows: a percentage 0-100, a score 0 to its maximum ("score 0-24"), a ratio 0-1, a rate or count 0 up. */
export function unitRange(unit: string | null | undefined): { min: number; max: number } | null {
  switch (unitKind(unit)) {
    case 'PERCENT':
      return { min: 0, max: 100 };
    case 'SCORE': {
      const m = /(\d+(?:\.\d+)?)\s*-\s*(\d+(?:\.\d+)?)/.exec(unit ?? '');
      return m ? { min: Number(m[1]), max: Number(m[2]) } : { min: 0, max: Number.POSITIVE_INFINITY };
    }
    case 'RATIO':
      return { min: 0, max: 1 };
    case 'RATE':
    case 'COUNT':
      return { min: 0, max: Number.POSITIVE_INFINITY };
    default:
      return null;
  }
}

/** Why values do not fit a unit (empty: they fit): values outside the unit's range, with the extremes. */
export function unitMismatch(unit: string | null | undefined, values: readonly number[]): string | null {
  const range = unitRange(unit);
  if (!range) return unit ? null : 'no unit';
  const out = values.filter((v) => v < range.min || v > range.max);
  if (!out.length) return null;
  return `${out.length} value(s) outside ${range.min} to ${range.max} for unit '${unit}' (from ${Math.min(...out)} to ${Math.max(...out)})`;
}
