import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { apiError, withoutField } from '../../ui/errors.js';

/** What a form is doing: the server's refusal (with the field it names) or what was done. */
export interface Outcome {
  error: string | null;
  field: string | null;
  done: string | null;
  busy: boolean;
}

/**
 * Runs a form's mutation: shows the server's coded error (the server is the check) or what was done.
 * `run` returns the words of success.
 */
export function useSubmit(run: () => Promise<string>): [Outcome, (e?: FormEvent) => Promise<boolean>, () => void] {
  const [o, setO] = useState<Outcome>({ error: null, field: null, done: null, busy: false });
  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    setO({ error: null, field: null, done: null, busy: true });
    try {
      const done = await run();
      setO({ error: null, field: null, done, busy: false });
      return true;
    } catch (err) {
      const a = apiError(err);
      setO({ error: a.message, field: a.field, done: null, busy: false });
      return false;
    }
  };
  return [o, submit, () => setO({ error: null, field: null, done: null, busy: false })];
}

export function Feedback({ outcome }: { outcome: Outcome }) {
  return (
    <div aria-live="polite">
      {outcome.error && (
        <p className="form-error" role="alert">
          <strong>⚠ Not saved</strong> <span>{outcome.error}</span>
        </p>
      )}
      {outcome.done && (
        <p className="form-ok" role="status">
          ✓ {outcome.done}
        </p>
      )}
    </div>
  );
}

interface FieldProps {
  label: string;
  /** The input's field name in the API (errors naming it are shown beside it). */
  name: string;
  outcome?: Outcome;
  hint?: string;
  required?: boolean;
}

function useFieldError(name: string, outcome?: Outcome): string | null {
  if (!outcome?.error || !outcome.field) return null;
  const f = outcome.field.replace(/^input\./, '');
  return f === name || f.startsWith(`${name}[`) ? withoutField(outcome.error, outcome.field) : null;
}

function Wrap({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error: string | null;
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && (
        <span className="field__hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="field__error" id={`${id}-error`}>
          {error}
        </span>
      )}
    </div>
  );
}

export function TextField({
  value,
  onChange,
  type = 'text',
  multiline = false,
  ...p
}: FieldProps & { value: string; onChange: (v: string) => void; type?: string; multiline?: boolean }) {
  const id = useId();
  const error = useFieldError(p.name, p.outcome);
  const describedBy = [p.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <Wrap id={id} label={p.label} hint={p.hint} error={error}>
      {multiline ? (
        <textarea
          id={id}
          name={p.name}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          rows={3}
          required={p.required}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
      ) : (
        <input
          id={id}
          name={p.name}
          type={type}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          required={p.required}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
      )}
    </Wrap>
  );
}

export interface Choice {
  value: string;
  label: string;
}

export function SelectField({
  value,
  onChange,
  choices,
  empty,
  ...p
}: FieldProps & { value: string; onChange: (v: string) => void; choices: readonly Choice[]; empty?: string }) {
  const id = useId();
  const error = useFieldError(p.name, p.outcome);
  return (
    <Wrap id={id} label={p.label} hint={p.hint} error={error}>
      <select
        id={id}
        name={p.name}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        required={p.required}
        aria-invalid={error ? true : undefined}
      >
        {empty !== undefined && <option value="">{empty}</option>}
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </Wrap>
  );
}

/** Several choices at once (panels, themes): checkboxes in a fieldset. */
export function CheckList({
  legend,
  values,
  onChange,
  choices,
  name,
  outcome,
}: {
  legend: string;
  values: readonly string[];
  onChange: (v: string[]) => void;
  choices: readonly Choice[];
  name: string;
  outcome?: Outcome;
}) {
  const error = useFieldError(name, outcome);
  const toggle = (v: string) => onChange(values.includes(v) ? values.filter((x) => x !== v) : [...values, v]);
  return (
    <fieldset className="checklist">
      <legend>{legend}</legend>
      {choices.map((c) => (
        <label key={c.value} className="checkbox">
          <input type="checkbox" checked={values.includes(c.value)} onChange={() => toggle(c.value)} /> {c.label}
        </label>
      ))}
      {error && <span className="field__error">{error}</span>}
    </fieldset>
  );
}

/** A form behind a button, so lists stay readable; open by default when asked. */
export function FormPanel({ title, children, open = false }: { title: string; children: ReactNode; open?: boolean }) {
  return (
    <details className="form-panel" open={open}>
      <summary>{title}</summary>
      <div className="form-panel__body">{children}</div>
    </details>
  );
}

export const numberOrNull = (s: string): number | null => (s.trim() === '' ? null : Number(s));
export const textOrNull = (s: string): string | null => (s.trim() === '' ? null : s.trim());
