import { Fragment, type ReactNode, useEffect, useRef, useState } from 'react';
import {
  type ConflictField,
  ConflictNotice,
  ConflictPanel,
  notDone,
  type Stored,
  stepWords,
  useVersionConflict,
} from '../../ui/conflict.js';
import { apiError, withoutField } from '../../ui/errors.js';
import { Field, fieldError, type Outcome, useOutcome } from '../../ui/forms.js';

export { Field, type Outcome };

/**
 * A form of a stored record that sends the version it read: a stale one is answered with the other
 * person's change beside mine and a choice (ui/conflict.tsx), keep mine (sent again at the stored
 * version) or take theirs (the fields show the stored values).
 */
export interface Versioned<V> {
  /** The record, in words ("this priority"). */
  what: string;
  fields: ReadonlyArray<ConflictField<V>>;
  /** The values the form was loaded with, and the version it read. */
  base: V;
  version: number;
  /** The values the form sends. */
  values: (data: FormData) => V;
  /** The record as stored: past the cache ('no-cache') while choosing, into it ('network-only') after take theirs. */
  load: (fetchPolicy: 'no-cache' | 'network-only') => Promise<Stored<V> | null>;
  /** After take theirs, for what the form holds outside its inputs (a picker's state). */
  onTheirs?: (theirs: V) => void;
  /** A form that confirms a step, in words ('delete this priority'): the panel's are the step's (do it anyway, cancel). */
  step?: string;
}

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
export function InPlaceForm<V = never>({
  title,
  submitLabel,
  onSubmit,
  onCancel,
  fields,
  children,
  confirm,
  versioned,
}: {
  title: string;
  submitLabel: string;
  /** Asked before the write, with a "Yes" to send it: the form then writes on the second submit only. */
  confirm?: { question: string; yes: string };
  /** Sends the write; `version` is the one to send (see `versioned`). */
  onSubmit: (data: FormData, version: number) => Promise<void>;
  onCancel: () => void;
  fields: readonly string[];
  /** The fields, given the refusal and the values to show (the stored ones after take theirs, else `versioned.base`). */
  children: (outcome: Outcome | null, values: V) => ReactNode;
  versioned?: Versioned<V>;
}) {
  const [raw, run] = useOutcome();
  const c = useVersionConflict<V>(versioned?.fields ?? [], async () => (versioned ? versioned.load('no-cache') : null));
  // After take theirs: the stored values, and a count that remounts the fields with them.
  const [theirs, setTheirs] = useState<{ values: V; n: number } | null>(null);
  const base = (theirs?.values ?? versioned?.base) as V;
  const outcome = c.outcome(raw);
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
    const first = named.current.find((f) => fieldError(f, raw) !== null);
    if (first) ref.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
  }, [raw]);
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
          if (!versioned) await onSubmit(data, 0);
          else {
            const version = c.version(versioned.version);
            await c.guard(base, versioned.values(data), () => onSubmit(data, version));
          }
          return 'Saved.';
        });
      }}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
      noValidate
    >
      <h4>{title}</h4>
      {versioned && c.conflict && (
        <ConflictPanel
          conflict={c.conflict}
          what={versioned.what}
          busy={outcome.busy}
          seen={versioned.step ? stepWords(versioned.step) : undefined}
          onKeepMine={() => {
            c.keepMine();
            ref.current?.requestSubmit();
          }}
          onTakeTheirs={() => {
            const values = c.takeTheirs();
            setTheirs({ values, n: (theirs?.n ?? 0) + 1 });
            versioned.onTheirs?.(values);
            void versioned.load('network-only').catch(() => null);
          }}
        />
      )}
      {c.notice && !c.conflict && <ConflictNotice key={c.notice} text={versioned?.step ? notDone(versioned.step) : c.notice} />}
      <Fragment key={theirs?.n ?? 0}>{children(shown, base)}</Fragment>
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
 * A step confirmed on a stored record that sends the version it read (ConfirmButton): a stale one is
 * answered with what the other person changed and a choice, do it anyway (sent again at the stored
 * version) or cancel (nothing done; the record read again as stored).
 */
export type VersionedStep<V> = Pick<Versioned<V>, 'what' | 'fields' | 'base' | 'version' | 'load'>;

/**
 * A button for a public or destructive step: it asks first, saying what will happen, and moves the
 * focus to the confirming button; the server's refusal is shown beside it. Without a `question` it acts
 * at once (a small step, e.g. marking a milestone done). With `versioned` a stale version is answered
 * with the other person's change and a choice (VersionedStep); the step is never done on it unseen.
 */
export function ConfirmButton<V = never>({
  label,
  question,
  confirmLabel = label,
  onConfirm,
  ariaLabel,
  quiet = false,
  versioned,
}: {
  label: string;
  question?: string;
  confirmLabel?: string;
  /** Does the step; `version` is the one to send (see `versioned`). */
  onConfirm: (version: number) => Promise<void>;
  /** The button's name when its words alone are not enough (e.g. which milestone it deletes). */
  ariaLabel?: string;
  /** A small step beside a record's name (the quiet button). */
  quiet?: boolean;
  versioned?: VersionedStep<V>;
}) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const c = useVersionConflict<V>(versioned?.fields ?? [], async () => (versioned ? versioned.load('no-cache') : null));
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirm.current?.focus();
  }, [asking]);
  const act = async () => {
    setError(null);
    setNotice(null);
    setBusy(true);
    try {
      if (!versioned) await onConfirm(0);
      else {
        const version = c.version(versioned.version);
        await c.guard(versioned.base, versioned.base, () => onConfirm(version));
      }
    } catch (e) {
      const refusal = apiError(e);
      setError(withoutField(refusal.message, refusal.field));
    }
    setBusy(false);
    setAsking(false);
  };
  if (versioned && c.conflict) {
    return (
      <ConflictPanel
        conflict={c.conflict}
        what={versioned.what}
        busy={busy}
        seen={stepWords(label.toLowerCase())}
        onKeepMine={() => {
          c.keepMine();
          void act();
        }}
        onTakeTheirs={() => {
          c.takeTheirs();
          setError(null);
          setNotice(notDone(label.toLowerCase()));
          // Into the cache: the page shows the stored record, and the step asked again sends its version.
          void versioned.load('network-only').catch(() => null);
        }}
      />
    );
  }
  if (!asking) {
    return (
      <span>
        <button
          type="button"
          className={quiet ? 'button button--quiet' : 'button'}
          aria-label={ariaLabel}
          disabled={busy}
          onClick={() => (question ? setAsking(true) : void act())}
        >
          {label}
        </button>
        {error && (
          <span className="form-error" role="alert">
            {error}
          </span>
        )}
        {notice && <ConflictNotice key={notice} text={notice} />}
      </span>
    );
  }
  return (
    <fieldset className="card card--inset" aria-label={`Confirm: ${ariaLabel ?? label}`}>
      <p>{question}</p>
      <p className="actions">
        <button ref={confirm} type="button" className="button button--primary" disabled={busy} onClick={() => void act()}>
          {confirmLabel}
        </button>
        <button type="button" className="button" onClick={() => setAsking(false)}>
          Cancel
        </button>
      </p>
    </fieldset>
  );
}
