import { type ReactNode, useEffect, useRef, useState } from 'react';
import { apiError, withoutField } from '../../ui/errors.js';
import { Field, fieldError, type Outcome, useOutcome } from '../../ui/forms.js';

export { Field, type Outcome };

/** A form's text value, trimmed; a number or null when empty; today's ISO date. */
export const text = (d: FormData, k: string) => String(d.get(k) ?? '').trim();
export const optionalNumber = (d: FormData, k: string) => (text(d, k) === '' ? null : Number(text(d, k)));
export const today = () => new Date().toISOString().slice(0, 10);

/** Props for an input of a form whose server error may name it (ui/forms.tsx's outcome). */
export function inputProps(id: string, field: string, outcome: Outcome | null) {
  const invalid = fieldError(field, outcome ?? undefined) !== null;
  return {
    id,
    name: field,
    'aria-invalid': invalid ? ('true' as const) : undefined,
    'aria-describedby': invalid ? `${id}-error` : undefined,
  };
}

/** The error of a field, when the server's refusal names it. */
export const errorOf = (outcome: Outcome | null, field: string) => fieldError(field, outcome ?? undefined);

/**
 * A form that sends one write (ui/forms.tsx's useOutcome): the server's field errors are shown on
 * their fields (the first one focused), any other error above the buttons; the first field takes the
 * focus when it opens, Escape cancels.
 */
export function InPlaceForm({
  title,
  submitLabel,
  onSubmit,
  onCancel,
  fields,
  children,
  confirm,
}: {
  title: string;
  submitLabel: string;
  /** Asked before the write, with a "Yes" to send it: the form then writes on the second submit only. */
  confirm?: { question: string; yes: string };
  onSubmit: (data: FormData) => Promise<void>;
  onCancel: () => void;
  fields: readonly string[];
  children: (outcome: Outcome | null) => ReactNode;
}) {
  const [outcome, run] = useOutcome();
  const [asking, setAsking] = useState(false);
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);
  const placed = fields.filter((f) => fieldError(f, outcome) !== null);
  const named = useRef(fields);
  named.current = fields;
  // Each refusal focuses the first field it names.
  useEffect(() => {
    const first = named.current.find((f) => fieldError(f, outcome) !== null);
    if (first) ref.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
  }, [outcome]);
  const shown = outcome.error ? outcome : null;
  return (
    <form
      ref={ref}
      className="card card--inset"
      aria-label={title}
      onSubmit={(e) => {
        e.preventDefault();
        if (confirm && !asking) {
          setAsking(true);
          return;
        }
        setAsking(false);
        const data = new FormData(e.currentTarget);
        void run(async () => {
          await onSubmit(data);
          return 'Saved.';
        });
      }}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
      noValidate
    >
      <h4>{title}</h4>
      {children(shown)}
      {outcome.error && placed.length === 0 && (
        <p className="form-error" role="alert">
          {outcome.error}
        </p>
      )}
      {confirm && asking && <p role="alert">{confirm.question}</p>}
      <p className="actions">
        <button type="submit" className="button button--primary" disabled={outcome.busy}>
          {confirm && asking ? confirm.yes : submitLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </p>
    </form>
  );
}

/**
 * A button for a public or destructive step: it asks first, saying what will happen, and moves the
 * focus to the confirming button; the server's refusal is shown beside it.
 */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  onConfirm,
  ariaLabel,
}: {
  label: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => Promise<void>;
  /** The button's name when its words alone are not enough (e.g. which milestone it deletes). */
  ariaLabel?: string;
}) {
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirm.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <span>
        <button type="button" className="button" aria-label={ariaLabel} onClick={() => setAsking(true)}>
          {label}
        </button>
        {error && (
          <span className="form-error" role="alert">
            {error}
          </span>
        )}
      </span>
    );
  }
  return (
    <fieldset className="card card--inset" aria-label={`Confirm: ${ariaLabel ?? label}`}>
      <p>{question}</p>
      <p className="actions">
        <button
          ref={confirm}
          type="button"
          className="button button--primary"
          onClick={async () => {
            setError(null);
            try {
              await onConfirm();
            } catch (e) {
              const refusal = apiError(e);
              setError(withoutField(refusal.message, refusal.field));
            }
            setAsking(false);
          }}
        >
          {confirmLabel}
        </button>
        <button type="button" className="button" onClick={() => setAsking(false)}>
          Cancel
        </button>
      </p>
    </fieldset>
  );
}
