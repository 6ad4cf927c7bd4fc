import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { apiError, withoutField } from '../../ui/errors.js';
import { words } from './format.js';
import { useLookups, usePeopleOf } from './useGovernance.js';

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

type StringKeys<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T] & string;

/** What `field(k)` gives a field: its API name, value, setter and the form's outcome. */
export interface Bound {
  name: string;
  value: string;
  onChange: (v: string) => void;
  outcome: Outcome;
}

export interface Form<T> {
  v: T;
  setV: (f: (old: T) => T) => void;
  set: <K extends keyof T>(k: K) => (value: T[K]) => void;
  /** A field's props; `name` is the API's input field when it differs from the value's key. */
  field: (k: StringKeys<T>, name?: string) => Bound;
  outcome: Outcome;
  submit: (e?: FormEvent) => Promise<boolean>;
}

/**
 * A form's values with a setter per key, and its submit (`run` returns the words of success, see useSubmit).
 * When `resetOn` changes (the record's version after a save), the values start again from `initial`
 * while the form stays open with the server's answer.
 */
export function useForm<T extends object>(initial: T | (() => T), run: (v: T) => Promise<string>, resetOn?: unknown): Form<T> {
  const [v, setV] = useState<T>(initial);
  const [seen, setSeen] = useState(resetOn);
  if (seen !== resetOn) {
    setSeen(resetOn);
    setV(typeof initial === 'function' ? (initial as () => T)() : initial);
  }
  const [outcome, submit] = useSubmit(() => run(v));
  const set =
    <K extends keyof T>(k: K) =>
    (value: T[K]) =>
      setV((old) => ({ ...old, [k]: value }));
  const field = (k: StringKeys<T>, name: string = k): Bound => ({
    name,
    value: v[k] as string,
    onChange: set(k) as (value: string) => void,
    outcome,
  });
  return { v, setV, set, field, outcome, submit };
}

/**
 * A governance form: its fields, the server's answer and the submit button; behind a FormPanel
 * button when `panel` names one.
 */
export function GovForm({
  label,
  form,
  submit,
  primary = false,
  panel,
  open,
  className = 'gov-form',
  children,
}: {
  label: string;
  form: { outcome: Outcome; submit: (e?: FormEvent) => Promise<boolean> };
  /** The button's words. */
  submit: string;
  primary?: boolean;
  panel?: string;
  open?: boolean;
  className?: string;
  children?: ReactNode;
}) {
  const body = (
    <form aria-label={label} onSubmit={(e) => void form.submit(e)} className={className}>
      {children}
      <Feedback outcome={form.outcome} />
      <div className="actions">
        <button type="submit" className={primary ? 'button button--primary' : 'button'} disabled={form.outcome.busy}>
          {submit}
        </button>
      </div>
    </form>
  );
  return panel ? (
    <FormPanel title={panel} open={open}>
      {body}
    </FormPanel>
  ) : (
    body
  );
}

/** Fields side by side (stacked on a phone). */
export function Row({ children }: { children: ReactNode }) {
  return <div className="gov-form__row">{children}</div>;
}

type Props = FieldProps & { value: string; onChange: (v: string) => void };

export function DateField(p: Props) {
  return <TextField {...p} type="date" />;
}

/** Codes as choices, in the words of `table` (format.ts). */
export const codeChoices = (codes: readonly string[], table?: Record<string, string>): Choice[] =>
  codes.map((c) => ({ value: c, label: words(c, table) }));

/** One of the council's officers or councillors (owners, lead officers), by name. */
export function PersonPicker({
  kind = 'OFFICER',
  empty = 'Nobody yet',
  withTitle = false,
  ...p
}: Props & { kind?: 'OFFICER' | 'COUNCILLOR'; empty?: string; withTitle?: boolean }) {
  const people = usePeopleOf(kind);
  const choices = people.map((x) => ({ value: x.id, label: withTitle && x.jobTitle ? `${x.name} (${x.jobTitle})` : x.name }));
  return <SelectField {...p} empty={empty} choices={choices} />;
}

/** Several of the council's councillors at once (a panel). */
export function PeopleChecks({
  kind = 'COUNCILLOR',
  ...p
}: {
  legend: string;
  name: string;
  values: readonly string[];
  onChange: (v: string[]) => void;
  outcome?: Outcome;
  kind?: 'OFFICER' | 'COUNCILLOR';
}) {
  const people = usePeopleOf(kind);
  return <CheckList {...p} choices={people.map((x) => ({ value: x.id, label: x.name }))} />;
}

/** One of the council's services, with its directorate unless `bare`. */
export function ServicePicker({ empty = 'None', bare = false, ...p }: Props & { empty?: string; bare?: boolean }) {
  const { services } = useLookups();
  const choices = services.map((s) => ({ value: s.id, label: bare ? s.name : `${s.name} (${s.directorate})` }));
  return <SelectField {...p} empty={empty} choices={choices} />;
}

export const numberOrNull = (s: string): number | null => (s.trim() === '' ? null : Number(s));
export const textOrNull = (s: string): string | null => (s.trim() === '' ? null : s.trim());
