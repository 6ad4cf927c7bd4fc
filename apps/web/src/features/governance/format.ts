/** Words for the governance records' codes, dates and periods. Pure. */

import { formatDate } from '../../ui/dates.js';
/** SOME_CODE -> "Some code", unless the table has better words. */
export function words(code: string | null | undefined, table: Record<string, string> = {}): string {
  if (!code) return '—';
  return table[code] ?? code.charAt(0) + code.slice(1).toLowerCase().replace(/_/g, ' ');
}

export const BAND: Record<string, string> = { LOW: 'Low', MEDIUM: 'Medium', HIGH: 'High', VERY_HIGH: 'Very high' };
export const ACTION_SOURCE: Record<string, string> = {
  BEST_VALUE_RECOMMENDATION: 'Best Value recommendation',
  COMPLAINT_LESSON: "A complaint's lesson",
  RISK_MITIGATION: 'Risk mitigation',
  SCRUTINY_RECOMMENDATION: 'Scrutiny recommendation',
  EXCEPTION: 'Performance exception',
  FINDING: 'A finding',
  COMMENTARY: 'Commentary',
  OTHER: 'Other',
};
export const BV_STATUSES = ['SCOPING', 'EVIDENCE', 'OPTIONS', 'RECOMMENDATIONS_AGREED', 'IMPLEMENTING', 'CLOSED'] as const;
export const BV_STATUS: Record<string, string> = { RECOMMENDATIONS_AGREED: 'Recommendations agreed' };
export const FOUR_CS = ['CHALLENGE', 'COMPARE', 'CONSULT', 'COMPETE'] as const;
export const FOUR_C_QUESTION: Record<string, string> = {
  CHALLENGE: 'Is the service needed, in this form?',
  COMPARE: 'How does it compare with other councils?',
  CONSULT: 'What do the people who use it say?',
  COMPETE: 'Could others deliver it better?',
};
export const OPTION: Record<string, string> = {
  KEEP_IN_HOUSE: 'Keep in house',
  CHANGE: 'Change',
  SHARE: 'Share',
  COMMISSION_EXTERNALLY: 'Commission externally',
  STOP: 'Stop',
};
export const COMPLAINT_STAGES = ['LOCAL_RESOLUTION', 'INVESTIGATION', 'REVIEW_PANEL', 'OMBUDSMAN'] as const;
export const STAGE: Record<string, string> = { REVIEW_PANEL: 'Review panel' };
export const REASON: Record<string, string> = { BOTTOM_QUARTILE: 'Bottom quartile', HEALTH_SCRUTINY: 'Health scrutiny' };

/** The stages (or statuses) a record may move to: itself and those after it, forward only. */
export function forwardFrom<T extends string>(order: readonly T[], current: string): T[] {
  const i = order.indexOf(current as T);
  return i < 0 ? [...order] : order.slice(i);
}

/** "2025-03-04" -> "4 Mar 2025"; null -> "—". */
export const day = formatDate;

export const todayIso = () => new Date().toISOString().slice(0, 10);

/** A share (0..1) as a whole percentage, or "—". */
export function percent(share: number | null | undefined): string {
  return share === null || share === undefined ? '—' : `${Math.round(share * 100)}%`;
}

export interface Quarter {
  label: string;
  from: string;
  to: string;
}

/** The quarters of the financial years ending with `year` (e.g. "2024-25"), `years` of them, oldest first. */
export function financialQuarters(year: string, years = 2): Quarter[] {
  const end = Number.parseInt(year.slice(0, 4), 10);
  const out: Quarter[] = [];
  for (let y = end - years + 1; y <= end; y++) {
    const fy = `${y}-${String((y + 1) % 100).padStart(2, '0')}`;
    const q = [
      [`${y}-04-01`, `${y}-06-30`],
      [`${y}-07-01`, `${y}-09-30`],
      [`${y}-10-01`, `${y}-12-31`],
      [`${y + 1}-01-01`, `${y + 1}-03-31`],
    ];
    for (const [i, [from, to]] of q.entries()) out.push({ label: `Q${i + 1} ${fy}`, from: from!, to: to! });
  }
  return out;
}

/** The first and last day of a financial year "2024-25". */
export function financialYear(year: string): { from: string; to: string } {
  const y = Number.parseInt(year.slice(0, 4), 10);
  return { from: `${y}-04-01`, to: `${y + 1}-03-31` };
}
