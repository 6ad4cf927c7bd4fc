/** Pieces the administration's sections share: dates as words, and a section's outcome. */

import { formatDate, formatDateTime } from '../../ui/dates.js';
export const when = (iso: string | null | undefined) => (iso ? formatDateTime(iso) : 'never');
export const day = formatDate;

export function Feedback({ error, done }: { error: string | null; done: string | null }) {
  return (
    <div aria-live="polite">
      {error && (
        <p className="form-error" role="alert">
          <strong>⚠ Not done</strong> <span>{error}</span>
        </p>
      )}
      {done && (
        <p className="form-ok" role="status">
          ✓ {done}
        </p>
      )}
    </div>
  );
}
