import { BV_STATUS, BV_STATUSES, words } from './format.js';

/** A review's stages in order, those passed ticked and the current one marked (stages move forward only). */
export function StatusTimeline({
  status,
  compact = false,
  dates,
}: {
  status: string;
  compact?: boolean;
  dates?: Partial<Record<string, string>>;
}) {
  const at = BV_STATUSES.indexOf(status as (typeof BV_STATUSES)[number]);
  return (
    <ol className={`timeline${compact ? ' timeline--compact' : ''}`} aria-label="Stages of the review">
      {BV_STATUSES.map((s, i) => {
        const state = i < at || status === 'CLOSED' ? 'done' : i === at ? 'current' : 'todo';
        return (
          <li key={s} className={`timeline__step timeline__step--${state}`} aria-current={i === at ? 'step' : undefined}>
            <span className="timeline__mark" aria-hidden="true">
              {state === 'done' ? '✓' : i + 1}
            </span>
            <span className="timeline__label">
              {words(s, BV_STATUS)}
              <span className="visually-hidden">{state === 'done' ? ' (done)' : state === 'current' ? ' (now)' : ' (to come)'}</span>
              {dates?.[s] && <span className="timeline__date">{dates[s]}</span>}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
