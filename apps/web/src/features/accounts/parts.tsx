/** Pieces the administration's sections share: dates as words, a section's outcome, and asking before a step. */

import { useEffect, useRef } from 'react';
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

/** Asks before a step that ends sessions, changes who may administer or turns a check off; the focus moves to the answer. */
export function Confirm({ question, yes, onYes, onNo }: { question: string; yes: string; onYes: () => void; onNo: () => void }) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <fieldset className="card card--inset" aria-label={`Confirm: ${yes}`}>
      <p>{question}</p>
      <p className="actions">
        <button ref={ref} type="button" className="button button--primary" onClick={onYes}>
          {yes}
        </button>
        <button type="button" className="button" onClick={onNo}>
          No, leave it
        </button>
      </p>
    </fieldset>
  );
}
