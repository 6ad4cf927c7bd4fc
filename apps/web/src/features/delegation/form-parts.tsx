/** What the scheme's forms share: their buttons, their props and pounds typed in a box. */
import type { Outcome } from '../../ui/forms.js';

/** Pounds typed in a box: null when empty, NaN (refused by the server on the field) when not a number. */
export const pounds = (s: string): number | null => (s.trim() === '' ? null : Number(s.replace(/[£,\s]/g, '')));
export const poundsText = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));

export function Buttons({ outcome, label, onCancel }: { outcome: Outcome; label: string; onCancel: () => void }) {
  return (
    <p className="actions">
      <button type="submit" className="button button--primary" disabled={outcome.busy}>
        {label}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
    </p>
  );
}

export interface FormProps {
  councilId: string;
  onSaved: () => Promise<void>;
  onCancel: () => void;
}
