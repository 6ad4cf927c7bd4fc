import { useId } from 'react';

/** Today as an ISO date (the browser's day). */
export const today = () => new Date().toISOString().slice(0, 10);

/** An ISO date in words, e.g. 1 March 2025. */
export const longDate = (iso: string) =>
  new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The day the scheme is shown as at: empty for today's scheme, with a button back to it. */
export function AsAtField({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const id = useId();
  return (
    <div className="sod-asat">
      <label htmlFor={id}>Show the scheme as at</label>
      <input id={id} type="date" value={value} max={today()} onChange={(e) => onChange(e.target.value)} aria-describedby={`${id}-hint`} />
      {value !== '' && (
        <button type="button" className="button" onClick={() => onChange('')}>
          Back to today
        </button>
      )}
      <p id={`${id}-hint`} className="field__hint">
        The delegations in force on that day, including those revoked or ended since.
      </p>
    </div>
  );
}
