import type { RiskRowFragment } from '../../graphql/graphql.js';
import { BAND, words } from './format.js';

/** A score with its band in words and colour, e.g. "16 Very high". */
export function Score({ score, rating }: { score: number; rating: string }) {
  return (
    <span className={`score score--${rating}`}>
      <strong>{score}</strong> {words(rating, BAND)}
    </span>
  );
}

export const registerOf = (r: Pick<RiskRowFragment, 'corporate' | 'directorate'>) =>
  r.corporate ? 'Corporate' : (r.directorate?.name ?? '—');
