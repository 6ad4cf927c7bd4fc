/**
 * Complaints: the order of their stages, what may be recorded at which stage, the rule that a
 * complaint holds no contact details, when one is overdue, the public statistics and the themes upheld
 * again and again for one service. Checks return null when allowed, or a FieldError saying why not.
 */
import type { FieldError } from '../organisation/validation.js';
import { ComplaintOutcome, ComplaintStage } from './enums.js';
import { monthsAfter } from './scrutiny.js';

/** The stages in the only order a complaint moves through them. */
export const COMPLAINT_STAGE_ORDER: readonly ComplaintStage[] = [
  ComplaintStage.LOCAL_RESOLUTION,
  ComplaintStage.INVESTIGATION,
  ComplaintStage.REVIEW_PANEL,
  ComplaintStage.OMBUDSMAN,
];

const words = (s: string) => s.toLowerCase().replace(/_/g, ' ');
const rank = (s: ComplaintStage) => COMPLAINT_STAGE_ORDER.indexOf(s);

/**
 * May a complaint move from `from` to `to`? Only forward (a complainant may go from local resolution
 * straight to the ombudsman), never back or to where it is. Error on 'stage'.
 */
export function complaintMoveError(from: ComplaintStage, to: ComplaintStage): FieldError | null {
  if (from === to) return { field: 'stage', message: `The complaint is already at ${words(to)}.` };
  if (rank(to) < rank(from))
    return { field: 'stage', message: `A complaint moves forward only: it is at ${words(from)}, so it cannot go back to ${words(to)}.` };
  return null;
}

/** A complaint has a review panel from the review panel stage on. Error on 'panelIds'. */
export function panelStageError(stage: ComplaintStage, panelSize: number): FieldError | null {
  if (panelSize > 0 && rank(stage) < rank(ComplaintStage.REVIEW_PANEL)) {
    return { field: 'panelIds', message: `A complaint has a review panel from the review panel stage on; this one is at ${words(stage)}.` };
  }
  return null;
}

export interface ComplaintDates {
  receivedOn: string;
  /** The day it reached its current stage (null: the day it was received). */
  stageSince: string | null;
  responseDue: string;
  respondedOn: string | null;
}

/**
 * A complaint's dates in order: its stage starts on or after it was received, and the stage's
 * response is due and given on or after the stage started. Errors on the later date's field.
 */
export function complaintDatesError(d: ComplaintDates): FieldError | null {
  const since = d.stageSince ?? d.receivedOn;
  if (since < d.receivedOn) {
    return { field: 'stageSince', message: `The complaint was received on ${d.receivedOn}; its stage cannot start before that.` };
  }
  if (d.responseDue < since) {
    return { field: 'responseDue', message: `The response cannot be due (${d.responseDue}) before the stage started (${since}).` };
  }
  if (d.respondedOn !== null && d.respondedOn < since) {
    return { field: 'respondedOn', message: `The response (${d.respondedOn}) cannot come before the stage started (${since}).` };
  }
  return null;
}

const EMAIL = /[^\s@<>()]+@[^\s@<>()]+\.[A-Za-z]{2,}/;
/** UK numbers (07700 900123, +44 20 7946 0958, (01473) 123456): a 0 or +44 then 9 or 10 more digits, spaced or not. */
const PHONE = /(?:\+\s?4\s?4|\(?\b0)[\d\s().-]{9,16}/g;

/**
 * A complaint holds no contact details: the council's case system keeps them. Refuses text with
 * something that looks like an e-mail address or a telephone number. Error on `field`.
 */
export function contactDetailsError(field: string, text: string | null): FieldError | null {
  if (!text) return null;
  if (EMAIL.test(text))
    return {
      field,
      message:
        'This looks like it holds an e-mail address. Record no contact details here: they stay in the case system, under the reference.',
    };
  for (const m of text.match(PHONE) ?? []) {
    const digits = m.replace(/\D/g, '');
    const national = digits.startsWith('44') ? digits.slice(2) : digits.slice(1);
    if (national.length >= 9 && national.length <= 10) {
      return {
        field,
        message:
          'This looks like it holds a telephone number. Record no contact details here: they stay in the case system, under the reference.',
      };
    }
  }
  return null;
}

/** The facts of a complaint the checks and statistics need. */
export interface ComplaintFacts {
  id: number;
  serviceId: number;
  receivedOn: string;
  outcome: ComplaintOutcome | null;
  responseDue: string;
  respondedOn: string | null;
  themeIds: readonly number[];
}

/** Not responded to, no outcome, and past its response date on `asOf` (ISO dates). */
export function isComplaintOverdue(c: Pick<ComplaintFacts, 'outcome' | 'responseDue' | 'respondedOn'>, asOf: string): boolean {
  return c.respondedOn === null && c.outcome === null && c.responseDue < asOf;
}

const isUpheld = (o: ComplaintOutcome | null) => o === ComplaintOutcome.UPHELD || o === ComplaintOutcome.PARTLY_UPHELD;

export interface ThemeCount {
  themeId: number;
  count: number;
}

export interface ComplaintFigures {
  received: number;
  /** With an outcome (any, withdrawn included). */
  closed: number;
  upheld: number;
  /** Upheld and partly upheld, of those closed with a decision (withdrawn ones are not decided); null when none. */
  upheldShare: number | null;
  /** Responded to, or past due without a response on `asOf`: those the timescale can be judged on. */
  judged: number;
  withinTimescale: number;
  /** Responded on or before the due date, of those judged; null when none. */
  withinTimescaleShare: number | null;
  /** The most frequent themes, most first (then by id). */
  topThemes: ThemeCount[];
}

export interface ComplaintStatistics {
  total: ComplaintFigures;
  /** One per service with complaints, by service id. */
  byService: Array<{ serviceId: number } & ComplaintFigures>;
}

function figures(rows: readonly ComplaintFacts[], asOf: string, topThemes: number): ComplaintFigures {
  const closed = rows.filter((c) => c.outcome !== null);
  const decided = closed.filter((c) => c.outcome !== ComplaintOutcome.WITHDRAWN);
  const upheld = decided.filter((c) => isUpheld(c.outcome)).length;
  const judged = rows.filter((c) => c.respondedOn !== null || c.responseDue < asOf);
  const within = judged.filter((c) => c.respondedOn !== null && c.respondedOn <= c.responseDue).length;
  const themes = new Map<number, number>();
  for (const c of rows) for (const t of new Set(c.themeIds)) themes.set(t, (themes.get(t) ?? 0) + 1);
  return {
    received: rows.length,
    closed: closed.length,
    upheld,
    upheldShare: decided.length ? upheld / decided.length : null,
    judged: judged.length,
    withinTimescale: within,
    withinTimescaleShare: judged.length ? within / judged.length : null,
    topThemes: [...themes]
      .map(([themeId, count]) => ({ themeId, count }))
      .sort((a, b) => b.count - a.count || a.themeId - b.themeId)
      .slice(0, topThemes),
  };
}

/**
 * Aggregates of complaints received in a period (the caller passes those received in it), for the
 * council and per service: received, closed, the upheld share and the within-timescale share, and
 * the top themes. `asOf` decides which unanswered complaints are already late.
 */
export function complaintStatistics(rows: readonly ComplaintFacts[], asOf: string, topThemes = 5): ComplaintStatistics {
  const byService = new Map<number, ComplaintFacts[]>();
  for (const c of rows) {
    const list = byService.get(c.serviceId);
    if (list) list.push(c);
    else byService.set(c.serviceId, [c]);
  }
  return {
    total: figures(rows, asOf, topThemes),
    byService: [...byService].sort(([a], [b]) => a - b).map(([serviceId, list]) => ({ serviceId, ...figures(list, asOf, topThemes) })),
  };
}

/** The day `months` months after an ISO date, clamped to the month's last day (the scrutiny rules' monthsAfter). */
export const addMonths: (date: string, months: number) => string = monthsAfter;

export interface RepeatedTheme {
  serviceId: number;
  themeId: number;
  /** Upheld (or partly upheld) complaints with the theme in the window. */
  count: number;
  complaintIds: number[];
  /** The window: the first and the last complaint's received dates. */
  from: string;
  to: string;
}

/**
 * Themes upheld (or partly upheld) at least `minUpheld` times for one service within any
 * `windowMonths` months (received dates; a sliding window). For each service and theme, the window
 * with the most such complaints (the latest of equals). Ordered by service, then theme.
 */
export function repeatedThemes(complaints: readonly ComplaintFacts[], minUpheld = 3, windowMonths = 12): RepeatedTheme[] {
  const groups = new Map<string, ComplaintFacts[]>();
  for (const c of complaints) {
    if (!isUpheld(c.outcome)) continue;
    for (const t of new Set(c.themeIds)) {
      const key = `${c.serviceId}:${t}`;
      const list = groups.get(key);
      if (list) list.push(c);
      else groups.set(key, [c]);
    }
  }
  const found: RepeatedTheme[] = [];
  for (const [key, list] of groups) {
    if (list.length < minUpheld) continue;
    const sorted = [...list].sort((a, b) => a.receivedOn.localeCompare(b.receivedOn) || a.id - b.id);
    let best: { start: number; end: number } | null = null;
    let start = 0;
    for (let end = 0; end < sorted.length; end++) {
      while (sorted[end]!.receivedOn >= addMonths(sorted[start]!.receivedOn, windowMonths)) start++;
      if (!best || end - start >= best.end - best.start) best = { start, end };
    }
    const window = sorted.slice(best!.start, best!.end + 1);
    if (window.length < minUpheld) continue;
    const [serviceId, themeId] = key.split(':').map(Number) as [number, number];
    found.push({
      serviceId,
      themeId,
      count: window.length,
      complaintIds: window.map((c) => c.id),
      from: window[0]!.receivedOn,
      to: window[window.length - 1]!.receivedOn,
    });
  }
  return found.sort((a, b) => a.serviceId - b.serviceId || a.themeId - b.themeId);
}
