import { type FormEvent, type ReactNode, useState } from 'react';
import { type Choice, Feedback, type FieldProps, fieldError, type Outcome, SelectField, TextField, useSubmit } from '../../ui/forms.js';
import { words } from './format.js';
import { useLookups, usePeopleOf } from './useGovernance.js';

// The app's form pieces (ui/forms.tsx), for the governance forms to import from one place.
export {
  type Choice,
  Feedback,
  type Outcome,
  SearchSelectField,
  SelectField,
  TextField,
  useOutcome,
  useSubmit,
} from '../../ui/forms.js';

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
  const error = fieldError(name, outcome);
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
  /** Forgets the server's last answer (e.g. after the person chose how to answer a stale version). */
  reset: () => void;
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
  const [outcome, submit, reset] = useSubmit(() => run(v));
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
  return { v, setV, set, field, outcome, submit, reset };
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

/** One button that removes or ends something (`run` returns the words of success), with the server's answer beside it. */
export function RemoveForm({ label, submit, run }: { label: string; submit: string; run: () => Promise<string> }) {
  const [outcome, go] = useSubmit(run);
  return <GovForm label={label} form={{ outcome, submit: go }} submit={submit} className="gov-form gov-form--remove" />;
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
