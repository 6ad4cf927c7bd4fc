/** How figures and dates are written in the packs (en-GB, as committee papers write them). */
import type { CellValue, Column, FigurePrecision } from './model.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 2025-03-31 -> 31 March 2025; anything else as given. */
export function longDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

/** An ISO date-time as "2 December 2026, 09:15 UTC". */
export function dateTime(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(iso);
  return m ? `${longDate(m[1])}, ${m[2]}:${m[3]} UTC` : longDate(iso);
}

/** 2024-25 -> { from: 2024-04-01, to: 2025-03-31 }. */
export function financialYear(period: string): { from: string; to: string; start: number } {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (!m) throw new Error(`not a financial year: ${period}`);
  const start = Number(m[1]);
  return { from: `${start}-04-01`, to: `${start + 1}-03-31`, start };
}

/** The financial year `back` years before `period` (2024-25, 2 -> 2022-23). */
export function yearBefore(period: string, back: number): string {
  const start = financialYear(period).start - back;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

// One formatter each (toLocaleString makes a new one on every call, which costs a pack of thousands of figures seconds).
const WHOLE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const ONE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const ANY = new Map<number, Intl.NumberFormat>();

export function number(v: number, decimals = 1): string {
  if (Math.abs(v) >= 100 || decimals === 0) return WHOLE.format(v);
  if (decimals === 1) return ONE.format(v);
  let f = ANY.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat('en-GB', { maximumFractionDigits: decimals });
    ANY.set(decimals, f);
  }
  return f.format(v);
}

const FIGURE = new Map<string, Intl.NumberFormat>();

/**
 * A figure as its measure publishes it (the domain's formatValue, with the formatter kept): 0.41 to 3 decimal
 * places is "0.410", 639.4 to 1 is "639.4", 18231.9 to 0 is "18,232". Without a precision, number().
 */
export function figure(v: number, precision: FigurePrecision | null | undefined): string {
  if (!precision) return number(v);
  const key = `${precision.kind}:${precision.digits}`;
  let f = FIGURE.get(key);
  if (!f) {
    const d = Math.trunc(precision.digits);
    f =
      precision.kind === 'SIGNIFICANT_FIGURES'
        ? new Intl.NumberFormat('en-GB', {
            minimumSignificantDigits: Math.max(1, Math.min(15, d)),
            maximumSignificantDigits: Math.max(1, Math.min(15, d)),
          })
        : new Intl.NumberFormat('en-GB', {
            minimumFractionDigits: Math.max(0, Math.min(10, d)),
            maximumFractionDigits: Math.max(0, Math.min(10, d)),
          });
    FIGURE.set(key, f);
  }
  return f.format(v);
}

/** A table cell as text, by its column's kind (a decimal cell to its row's published precision, when the column has them). */
export function cellText(value: CellValue, column: Column, row = -1): string {
  if (value === null || value === '') return '–';
  if (typeof value === 'string') return column.kind === 'date' ? longDate(value) : value;
  switch (column.kind) {
    case 'integer':
      return WHOLE.format(Math.round(value));
    case 'percent':
      return `${WHOLE.format(value * 100)}%`;
    case 'decimal':
      return figure(value, column.precisions?.[row]);
    default:
      return String(value);
  }
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** UPPER_SNAKE -> "Upper snake". */
export const words = (code: string | null | undefined): string =>
  code ? code.charAt(0) + code.slice(1).toLowerCase().replace(/_/g, ' ') : '';

/** A period as written: 2024-12 -> December 2024; 2024-25 and 2024-25 Q3 as given. */
export function periodLabel(period: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (!m || Number(m[2]) > 12 || Number(m[2]) < 1 || (Number(m[1]) + 1) % 100 === Number(m[2])) return period;
  return `${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}
