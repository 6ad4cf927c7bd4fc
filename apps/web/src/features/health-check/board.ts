/** The health check board's words and links, pure: where each record behind an answer is shown, how a score and its change read. */
import { routePath } from '../../app/router.js';
import { governancePath } from '../governance/paths.js';

export interface NodeRef {
  id: string;
  type: string;
}

/** The address of the app's page for a record behind an answer, or null when it has none (shown as text). */
export function nodeHref(gss: string, node: NodeRef, period: string): string | null {
  switch (node.type) {
    case 'Priority':
      return routePath(gss, 'priorities', node.id, { period });
    case 'Indicator':
      return routePath(gss, 'indicator', node.id);
    case 'Person':
      return routePath(gss, 'thread', node.id, { period });
    case 'Service':
    case 'Directorate':
    case 'DecisionBody':
      return routePath(gss, 'explorer', node.id);
    case 'Risk':
      return governancePath(gss, 'risks', node.id);
    case 'BestValueReview':
      return governancePath(gss, 'reviews', node.id);
    case 'BestValueRecommendation':
      return governancePath(gss, 'reviews');
    case 'Action':
      return governancePath(gss, 'actions');
    case 'ScrutinyRecommendation':
      return governancePath(gss, 'scrutiny');
    default:
      return null;
  }
}

/** "BestValueReview" -> "Best Value review", for the kind shown beside a record. */
export function typeWords(type: string): string {
  const words = type.replace(/([a-z])([A-Z])/g, '$1 $2').split(' ');
  return words.map((w, i) => (i === 0 || w === 'Value' ? w : w.toLowerCase())).join(' ');
}

/** "B2_NO_TIME_TO_LEARN" -> "B2 No time to learn": an answer's short name. */
export function shortName(key: string): string {
  const [code, ...rest] = key.split('_');
  const words = rest.join(' ').toLowerCase();
  return words ? `${code} ${words.charAt(0).toUpperCase()}${words.slice(1)}` : (code ?? key);
}

export interface Change {
  previousScore: number;
  delta: number;
  direction: 'UP' | 'DOWN' | 'SAME';
}

/** The change since the period compared with, in words with its arrow (never the arrow alone). */
export function changeWords(change: Change | null | undefined, comparedWith: string | null, scored: boolean): string {
  if (!comparedWith) return 'No earlier year to compare with';
  if (!change) return scored ? `No score for ${comparedWith} to compare with` : `Not compared with ${comparedWith}`;
  const was = `(${change.previousScore} of 4 in ${comparedWith})`;
  if (change.direction === 'UP') return `▲ Up ${change.delta} since ${comparedWith} ${was}`;
  if (change.direction === 'DOWN') return `▼ Down ${-change.delta} since ${comparedWith} ${was}`;
  return `= No change since ${comparedWith} ${was}`;
}

/** The score as read out and shown: "3 of 4", or "Cannot tell yet". */
export function scoreWords(score: number | null, maxScore: number): string {
  return score === null ? 'Cannot tell yet' : `${score} of ${maxScore}`;
}

/** The band a score is drawn in (its colour follows the words, never alone). */
export function scoreBand(score: number | null, maxScore: number): 'good' | 'fair' | 'poor' | 'unknown' {
  if (score === null) return 'unknown';
  if (score >= maxScore - 1) return 'good';
  return score >= maxScore / 2 ? 'fair' : 'poor';
}

/** The periods the picker offers: every period the history has, newest first, and the one shown. */
export function pickerPeriods(history: readonly string[], shown: string): string[] {
  return [...new Set([...history, shown])].sort().reverse();
}
