import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { apiError, withoutField } from './errors.js';

/**
 * What a form is doing: the server's refusal (its message, the field it names and every field error it
 * lists in `extensions.errors`) or what was done.
 */
export interface Outcome {
  error: string | null;
  field: string | null;
  /** Field errors by field name (without the `input.` prefix), beside the fields they name. */
  errors: Readonly<Record<string, string>>;
  done: string | null;
  busy: boolean;
}

const IDLE: Outcome = { error: null, field: null, errors: {}, done: null, busy: false };
const bare = (field: string) => field.replace(/^input\./, '');

/** The server's coded error as an outcome: its message, and the message of each field it names. */
function refusal(err: unknown): Outcome {
  const a = apiError(err);
  const list = Array.isArray(a.extensions.errors) ? (a.extensions.errors as Array<{ field?: unknown; message?: unknown }>) : [];
  const errors: Record<string, string> = {};
  for (const e of list) if (typeof e.field === 'string' && typeof e.message === 'string') errors[bare(e.field)] = e.message;
  if (a.field && !errors[bare(a.field)]) errors[bare(a.field)] = withoutField(a.message, a.field);
  return { error: a.message, field: a.field, errors, done: null, busy: false };
}

/**
 * Runs any of a form's writes (`run(write)`: the write returns the words of success) and keeps its
 * outcome: the server's coded error (the server is the check) or what was done.
 */
export function useOutcome(): [Outcome, (write: () => Promise<string>) => Promise<boolean>, () => void] {
  const [o, setO] = useState<Outcome>(IDLE);
  const run = async (write: () => Promise<string>) => {
    setO({ ...IDLE, busy: true });
    try {
      const done = await write();
      setO({ ...IDLE, done });
      return true;
    } catch (err) {
      setO(refusal(err));
      return false;
    }
  };
  return [o, run, () => setO(IDLE)];
}

/** A form's one write on submit (see useOutcome); `run` returns the words of success. */
export function useSubmit(run: () => Promise<string>): [Outcome, (e?: FormEvent) => Promise<boolean>, () => void] {
  const [o, write, reset] = useOutcome();
  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    return write(run);
  };
  return [o, submit, reset];
}

/**
 * The server's refusal or what was done, announced. `besideFields`: the form's fields whose errors are
 * shown beside them only (the Commentary form); a refusal naming only those is not repeated here.
 */
export function Feedback({ outcome, besideFields = [] }: { outcome: Outcome; besideFields?: readonly string[] }) {
  const named = Object.keys(outcome.errors);
  const placed = named.length > 0 && named.every((f) => besideFields.includes(f));
  return (
    <div aria-live="polite">
      {outcome.error && !placed && (
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

export interface FieldProps {
  label: string;
  /** The input's field name in the API (errors naming it are shown beside it). */
  name: string;
  outcome?: Outcome;
  hint?: string;
  required?: boolean;
}

/** The error of the field `name` (or of one of its items, `name[2]`) in the outcome. */
export function fieldError(name: string, outcome?: Outcome): string | null {
  if (!outcome) return null;
  for (const [f, message] of Object.entries(outcome.errors)) if (f === name || f.startsWith(`${name}[`)) return message;
  return null;
}

/** The ids a field's input is described by (its hint and its error). */
const describedBy = (id: string, hint?: string, error?: string | null) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

/** A field's label, its input, its hint and its error. */
export function Field({
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
  step,
  ...p
}: FieldProps & { value: string; onChange: (v: string) => void; type?: string; multiline?: boolean; step?: string }) {
  const id = useId();
  const error = fieldError(p.name, p.outcome);
  const common = {
    id,
    name: p.name,
    value,
    required: p.required,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, p.hint, error),
  };
  return (
    <Field id={id} label={p.label} hint={p.hint} error={error}>
      {multiline ? (
        <textarea {...common} onChange={(e) => onChange(e.target.value)} rows={3} />
      ) : (
        <input {...common} type={type} step={step} onChange={(e) => onChange(e.target.value)} />
      )}
    </Field>
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
  const error = fieldError(p.name, p.outcome);
  return (
    <Field id={id} label={p.label} hint={p.hint} error={error}>
      <select
        id={id}
        name={p.name}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        required={p.required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, p.hint, error)}
      >
        {empty !== undefined && <option value="">{empty}</option>}
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** The choices whose label has every word of `search` (any case, any order); the chosen one stays. */
export function matching(choices: readonly Choice[], search: string, keep?: string): Choice[] {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...choices];
  return choices.filter((c) => c.value === keep || words.every((w) => c.label.toLowerCase().includes(w)));
}

/**
 * One of a long list: a search box that narrows the list below it (every word, any order), then the
 * list itself. The search is a filter only: the value is what the list holds.
 */
export function SearchSelectField({
  value,
  onChange,
  choices,
  empty,
  searchLabel,
  ...p
}: FieldProps & { value: string; onChange: (v: string) => void; choices: readonly Choice[]; empty?: string; searchLabel?: string }) {
  const id = useId();
  const [search, setSearch] = useState('');
  const shown = matching(choices, search, value);
  const found = matching(choices, search).length;
  return (
    <div className="search-select">
      <div className="field search-select__search">
        <label htmlFor={`${id}-search`}>{searchLabel ?? `Search: ${p.label.toLowerCase()}`}</label>
        <input
          id={`${id}-search`}
          type="search"
          value={search}
          onChange={(e) => {
            const next = e.target.value;
            setSearch(next);
            // One match left: choose it, so typing is enough.
            const left = matching(choices, next);
            if (left.length === 1 && left[0]!.value !== value) onChange(left[0]!.value);
          }}
          aria-describedby={`${id}-count`}
          autoComplete="off"
        />
        <span className="field__hint" id={`${id}-count`} aria-live="polite">
          {search.trim() ? `${found} of ${choices.length} match` : `${choices.length} to choose from`}
        </span>
      </div>
      <SelectField {...p} value={value} onChange={onChange} choices={shown} empty={empty} />
    </div>
  );
}
