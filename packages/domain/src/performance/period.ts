/**
 * Reporting periods, written as strings the way English councils write them:
 * - financial year `2020-21` (1 April 2020 to 31 March 2021);
 * - quarter of a financial year `2020-21 Q1` (Q1 April-June, Q2 July-September, Q3 October-December,
 *   Q4 January-March of the following calendar year);
 * - calendar month `2020-04`.
 *
 * Harmless variants are accepted and canonicalised (`2020/21`, `2020-2021`, `FY 2020-21`, `2020–21`
 * with an en dash, `2020-21 q1`, `2020-21Q1`, `Q1 2020-21`, `2020-4`, `Apr 2020`, `April 2020`).
 * Anything else is refused with a reason rather than guessed.
 *
 * Ambiguity: `2011-12` is both the financial year 2011-12 and the month December 2011 (the same holds
 * for the twelve strings `2000-01` ... `2011-12`). Without a hint it is read as a financial year, the
 * period the data use. Pass `kind` ('MONTH') to read it as a month; functions that take a series of
 * periods (`periodsBetween`, `parsePeriodSeries`) settle it from the other, unambiguous periods.
 */
import type { PeriodKind } from './enums.js';

export type { PeriodKind };

export interface Period {
  kind: PeriodKind;
  /** Canonical text: `2020-21`, `2020-21 Q1` or `2020-04`. */
  text: string;
  /** First day, `YYYY-MM-DD`. */
  start: string;
  /** Last day (inclusive), `YYYY-MM-DD`. */
  end: string;
  /** The financial year the period falls in, `2020-21`. */
  financialYear: string;
}

/** A period as text or as an already parsed `Period`. */
export type PeriodLike = string | Period;

/** Earliest and latest financial year start accepted (a typo such as `0202-03` is refused). */
export const MIN_PERIOD_YEAR = 1900;
export const MAX_PERIOD_YEAR = 2099;

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const EXAMPLES = 'a financial year like 2020-21, a quarter like 2020-21 Q1 or a month like 2020-04';

const KIND_EXAMPLE: Record<PeriodKind, string> = {
  YEAR: 'a financial year like 2020-21',
  QUARTER: 'a quarter like 2020-21 Q1',
  MONTH: 'a month like 2020-04',
};

interface Analysis {
  period: Period | null;
  error: string | null;
  /** Text that is both a valid financial year and a valid month (`2011-12`). */
  ambiguous: boolean;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one (UTC, so no time-zone surprises).
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function fyText(startYear: number): string {
  return `${startYear}-${pad2((startYear + 1) % 100)}`;
}

function makeYear(y: number): Period {
  return { kind: 'YEAR', text: fyText(y), start: `${y}-04-01`, end: `${y + 1}-03-31`, financialYear: fyText(y) };
}

function makeQuarter(y: number, q: number): Period {
  // Q1 starts in April (month 4), Q2 July, Q3 October, Q4 January of the next calendar year.
  const firstMonth = 4 + 3 * (q - 1); // 4, 7, 10, 13
  const calYear = firstMonth > 12 ? y + 1 : y;
  const m1 = firstMonth > 12 ? firstMonth - 12 : firstMonth;
  const m3 = m1 + 2;
  return {
    kind: 'QUARTER',
    text: `${fyText(y)} Q${q}`,
    start: `${calYear}-${pad2(m1)}-01`,
    end: `${calYear}-${pad2(m3)}-${pad2(daysInMonth(calYear, m3))}`,
    financialYear: fyText(y),
  };
}

function makeMonth(y: number, m: number): Period {
  return {
    kind: 'MONTH',
    text: `${y}-${pad2(m)}`,
    start: `${y}-${pad2(m)}-01`,
    end: `${y}-${pad2(m)}-${pad2(daysInMonth(y, m))}`,
    financialYear: fyText(m >= 4 ? y : y - 1),
  };
}

function fail(error: string): Analysis {
  return { period: null, error, ambiguous: false };
}

function ok(period: Period, ambiguous = false): Analysis {
  return { period, error: null, ambiguous };
}

function yearInRange(y: number): string | null {
  if (y < MIN_PERIOD_YEAR || y > MAX_PERIOD_YEAR) {
    return `the year ${y} is outside the supported range ${MIN_PERIOD_YEAR} to ${MAX_PERIOD_YEAR}`;
  }
  return null;
}

/** Checks the two halves of a financial year (`2020` and `21` or `2021`); returns the start year or an error. */
function financialYearStart(first: string, second: string, shown: string): number | string {
  const y = Number(first);
  const range = yearInRange(y);
  if (range) return `'${shown}': ${range}.`;
  const expectedShort = pad2((y + 1) % 100);
  const expectedLong = String(y + 1);
  if (second === expectedShort || second === expectedLong) return y;
  return (
    `'${shown}' is not a financial year: a financial year runs from April to March, so ${y} must be followed by ${expectedShort} ` +
    `(${fyText(y)}).`
  );
}

function monthByName(name: string): number | null {
  const lower = name.toLowerCase().replace(/\.$/, '');
  if (lower === 'sept') return 9;
  const index = MONTH_NAMES.findIndex((full) => full.toLowerCase() === lower || full.toLowerCase().slice(0, 3) === lower);
  return index < 0 ? null : index + 1;
}

function analyseAny(raw: string): Analysis {
  const shown = raw.trim();
  // One spelling of dashes and spaces; upper case so `q1`/`fy` are accepted.
  const s = shown
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .toUpperCase();
  if (s === '') return fail(`The period is empty: write ${EXAMPLES}.`);

  // Quarter: `2020-21 Q1`, `2020/21 q1`, `2020-21Q1`, `FY2020-21 Q1`, `Q1 2020-21`.
  let m = /^(?:FY ?)?(\d{4}) ?[-/] ?(\d{2}|\d{4}) ?Q ?(\d+)$/.exec(s) ?? null;
  let quarterParts: [string, string, string] | null = m ? [m[1]!, m[2]!, m[3]!] : null;
  if (!quarterParts) {
    m = /^Q ?(\d+) (?:FY ?)?(\d{4}) ?[-/] ?(\d{2}|\d{4})$/.exec(s);
    if (m) quarterParts = [m[2]!, m[3]!, m[1]!];
  }
  if (quarterParts) {
    const [first, second, qText] = quarterParts;
    const y = financialYearStart(first, second, shown);
    if (typeof y === 'string') return fail(y);
    const q = Number(qText);
    if (!(q >= 1 && q <= 4)) {
      return fail(`'${shown}': there is no quarter ${qText}; quarters run from Q1 (April to June) to Q4 (January to March).`);
    }
    return ok(makeQuarter(y, q));
  }
  if (/\bQ ?\d/.test(s)) {
    return fail(`'${shown}' is not a quarter: write the financial year then the quarter, like 2020-21 Q1.`);
  }

  // Month by name: `Apr 2020`, `April 2020`.
  m = /^([A-Z]+\.?) (\d{4})$/.exec(s);
  if (m) {
    const month = monthByName(m[1]!);
    if (month === null) return fail(`'${shown}' is not a period: '${m[1]}' is not the name of a month.`);
    const y = Number(m[2]);
    const range = yearInRange(y);
    if (range) return fail(`'${shown}': ${range}.`);
    return ok(makeMonth(y, month));
  }

  // Year `2020-2021` / `FY 2020-21`, or year-or-month `2020-21` / `2020-04` / `2020-4`.
  m = /^(FY ?)?(\d{4}) ?([-/]) ?(\d{1,2}|\d{4})$/.exec(s);
  if (m) {
    const hasFy = m[1] !== undefined;
    const first = m[2]!;
    const second = m[4]!;
    const y = Number(first);
    const range = yearInRange(y);
    if (range) return fail(`'${shown}': ${range}.`);
    const asYear = second.length === 2 || second.length === 4 ? financialYearStart(first, second, shown) : null;
    const monthNumber = second.length <= 2 && !hasFy ? Number(second) : NaN;
    const monthOk = monthNumber >= 1 && monthNumber <= 12;
    if (typeof asYear === 'number') return ok(makeYear(asYear), monthOk);
    if (monthOk) return ok(makeMonth(y, monthNumber));
    if (second.length === 4 || hasFy) return fail(asYear ?? `'${shown}' is not a financial year.`);
    return fail(
      `'${shown}' is neither a financial year (${y} must be followed by ${pad2((y + 1) % 100)}, as in ${fyText(y)}) nor a month (months ` +
        `run from 01 to 12).`,
    );
  }

  return fail(`'${shown}' is not a period: write ${EXAMPLES}.`);
}

function analyse(text: string, kind?: PeriodKind): Analysis {
  if (typeof text !== 'string') return fail(`The period must be text: write ${EXAMPLES}.`);
  if (kind === 'MONTH') {
    // Read `2011-12` as December 2011 when a month is expected.
    const m = /^(\d{4}) ?[-/] ?(\d{1,2})$/.exec(text.trim());
    if (m) {
      const y = Number(m[1]);
      const month = Number(m[2]);
      const range = yearInRange(y);
      if (range) return fail(`'${text.trim()}': ${range}.`);
      if (month >= 1 && month <= 12) return ok(makeMonth(y, month));
      return fail(`'${text.trim()}' is not a month: months run from 01 to 12.`);
    }
  }
  const result = analyseAny(text);
  if (kind && result.period && result.period.kind !== kind) {
    return fail(`'${text.trim()}' is ${describeKind(result.period.kind)}, but ${KIND_EXAMPLE[kind]} is expected here.`);
  }
  return result;
}

function describeKind(kind: PeriodKind): string {
  return kind === 'YEAR' ? 'a financial year' : kind === 'QUARTER' ? 'a quarter' : 'a month';
}

/**
 * Parses a period. Returns null for anything that is not a valid period (use `periodError` for the
 * reason). `kind`, when given, is the kind expected: other kinds are refused, and `2011-12` is read as
 * a month when `kind` is 'MONTH'.
 */
export function parsePeriod(text: string, kind?: PeriodKind): Period | null {
  return analyse(text, kind).period;
}

/** Why `text` is not a period (a sentence for the person who typed it), or null when it is one. */
export function periodError(text: string, kind?: PeriodKind): string | null {
  return analyse(text, kind).error;
}

/** True for text that reads both as a financial year and as a month (`2011-12`). */
export function isAmbiguousPeriod(text: string): boolean {
  return analyse(text).ambiguous;
}

/**
 * Parses a period or throws a RangeError with the reason. For code paths where the period was
 * validated on the way in; a bad period here is a programming error, not a user's mistake.
 */
export function toPeriod(p: PeriodLike, kind?: PeriodKind): Period {
  if (typeof p !== 'string') {
    if (p && typeof p === 'object' && typeof p.text === 'string') return toPeriod(p.text, p.kind);
    throw new RangeError(`Not a period: ${String(p)}`);
  }
  const a = analyse(p, kind);
  if (!a.period) throw new RangeError(a.error ?? `Not a period: ${p}`);
  return a.period;
}

/**
 * Parses periods that belong together (one series), reading ambiguous text such as `2011-12` the same
 * kind as the others. Throws a RangeError for a bad period or for a mixture of kinds.
 */
export function parsePeriodSeries(periods: readonly PeriodLike[]): Period[] {
  const first = periods.map((p) => (typeof p === 'string' ? analyse(p) : { period: toPeriod(p), error: null, ambiguous: false }));
  first.forEach((a, i) => {
    if (!a.period) throw new RangeError(a.error ?? `Not a period: ${String(periods[i])}`);
  });
  const firm = new Set(first.filter((a) => !a.ambiguous).map((a) => a.period!.kind));
  if (firm.size > 1) throw new RangeError(`A series must use one kind of period; found ${[...firm].map(describeKind).join(' and ')}.`);
  const settled = [...firm][0];
  return first.map((a, i) => {
    const p = periods[i]!;
    if (a.ambiguous && settled && settled !== a.period!.kind && typeof p === 'string') return toPeriod(p, settled);
    return a.period!;
  });
}

/**
 * A number for the period within its kind, consecutive for consecutive periods: the start year of a
 * financial year; 4 x start year + quarter - 1 for a quarter; 12 x calendar year + month - 1 for a month.
 * Differences between indexes count periods, which is what trends are measured in.
 */
export function periodIndex(p: PeriodLike): number {
  const period = toPeriod(p);
  const calYear = Number(period.start.slice(0, 4));
  const month = Number(period.start.slice(5, 7));
  const fyStart = Number(period.financialYear.slice(0, 4));
  switch (period.kind) {
    case 'YEAR':
      return fyStart;
    case 'QUARTER':
      return fyStart * 4 + Math.floor(((month - 4 + 12) % 12) / 3);
    case 'MONTH':
      return calYear * 12 + month - 1;
  }
}

/** The period of the same kind with the given index (the inverse of `periodIndex`). */
export function periodFromIndex(kind: PeriodKind, index: number): Period {
  if (!Number.isInteger(index)) throw new RangeError(`Not a period index: ${index}`);
  let period: Period;
  let year: number;
  if (kind === 'YEAR') {
    year = index;
    period = makeYear(index);
  } else if (kind === 'QUARTER') {
    year = Math.floor(index / 4);
    period = makeQuarter(year, index - year * 4 + 1);
  } else {
    year = Math.floor(index / 12);
    period = makeMonth(year, index - year * 12 + 1);
  }
  const range = yearInRange(year);
  if (range) throw new RangeError(`No such period: ${range}.`);
  return period;
}

/**
 * Sort key: `start/end` (ISO dates), so plain string order is date order. Periods that start on the
 * same day sort shortest first (April 2020, then 2020-21 Q1, then 2020-21).
 */
export function periodSortKey(p: PeriodLike): string {
  const period = toPeriod(p);
  return `${period.start}/${period.end}`;
}

/** Negative when `a` comes first, positive when `b` does, 0 for the same period (any mix of kinds). */
export function comparePeriods(a: PeriodLike, b: PeriodLike): number {
  const ka = periodSortKey(a);
  const kb = periodSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** The period of the same kind immediately before (`2020-21 Q1` -> `2019-20 Q4`). */
export function previousPeriod(p: PeriodLike): string {
  const period = toPeriod(p);
  return periodFromIndex(period.kind, periodIndex(period) - 1).text;
}

/** The period of the same kind immediately after (`2020-21 Q4` -> `2021-22 Q1`). */
export function nextPeriod(p: PeriodLike): string {
  const period = toPeriod(p);
  return periodFromIndex(period.kind, periodIndex(period) + 1).text;
}

/** The period `n` periods after `p` (before, when `n` is negative), of the same kind. */
export function shiftPeriod(p: PeriodLike, n: number): string {
  const period = toPeriod(p);
  return periodFromIndex(period.kind, periodIndex(period) + n).text;
}

/**
 * Every period from `from` to `to` inclusive, in order, as canonical text (for the axis of a series).
 * Both must be the same kind (RangeError otherwise); empty when `to` is before `from`.
 */
export function periodsBetween(from: PeriodLike, to: PeriodLike): string[] {
  const [a, b] = parsePeriodSeries([from, to]) as [Period, Period];
  if (a.kind !== b.kind) {
    throw new RangeError(`periodsBetween needs two periods of the same kind; got ${a.text} and ${b.text}.`);
  }
  const result: string[] = [];
  for (let i = periodIndex(a); i <= periodIndex(b); i++) result.push(periodFromIndex(a.kind, i).text);
  return result;
}

/** Number of periods from `a` to `b` (same kind): 1 for consecutive periods, negative if `b` is earlier. */
export function periodsApart(a: PeriodLike, b: PeriodLike): number {
  const [pa, pb] = parsePeriodSeries([a, b]) as [Period, Period];
  if (pa.kind !== pb.kind) throw new RangeError(`Cannot count periods between ${pa.text} and ${pb.text}: different kinds.`);
  return periodIndex(pb) - periodIndex(pa);
}
