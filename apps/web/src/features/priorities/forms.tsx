import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { apiError, withoutField } from '../../ui/errors.js';

/** A field with its label and the server's error for it, if any. */
export function Field({ id, label, error, children }: { id: string; label: string; error: string | null; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {error && (
        <span className="field__error" id={`${id}-error`}>
          {error}
        </span>
      )}
    </div>
  );
}

/** Props for an input of a form whose server error may name it. */
export function inputProps(id: string, field: string, failure: { field: string | null } | null) {
  const invalid = failure?.field === field;
  return {
    id,
    name: field,
    'aria-invalid': invalid ? ('true' as const) : undefined,
    'aria-describedby': invalid ? `${id}-error` : undefined,
  };
}

export interface Failure {
  field: string | null;
  message: string;
}

/**
 * A form that sends one write: the server's field error is shown on its field, any other error
 * above the buttons; the first field takes the focus when it opens, Escape cancels.
 */
export function InPlaceForm({
  title,
  submitLabel,
  onSubmit,
  onCancel,
  fields,
  children,
}: {
  title: string;
  submitLabel: string;
  onSubmit: (data: FormData) => Promise<void>;
  onCancel: () => void;
  fields: readonly string[];
  children: (failure: Failure | null) => ReactNode;
}) {
  const [failure, setFailure] = useState<Failure | null>(null);
  const [busy, setBusy] = useState(false);
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);
  useEffect(() => {
    if (failure?.field) ref.current?.querySelector<HTMLElement>(`[name="${failure.field}"]`)?.focus();
  }, [failure]);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      await onSubmit(new FormData(e.currentTarget));
    } catch (error) {
      const a = apiError(error);
      const field = a.field && fields.includes(a.field) ? a.field : null;
      setFailure({ field, message: withoutField(a.message, a.field) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      ref={ref}
      className="card card--inset"
      aria-label={title}
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
      noValidate
    >
      <h4>{title}</h4>
      {children(failure)}
      {failure && !failure.field && (
        <p className="form-error" role="alert">
          {failure.message}
        </p>
      )}
      <p className="actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {submitLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </p>
    </form>
  );
}

/** The error of a field, when the failure names it. */
export const errorOf = (failure: Failure | null, field: string) => (failure?.field === field ? failure.message : null);

/**
 * A button for a public or destructive step: it asks first, saying what will happen, and moves the
 * focus to the confirming button; the server's refusal is shown beside it.
 */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  onConfirm,
}: {
  label: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => Promise<void>;
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
        <button type="button" className="button" onClick={() => setAsking(true)}>
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
    <fieldset className="card card--inset" aria-label={`Confirm: ${label}`}>
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
              setError(apiError(e).message);
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
