import { useEffect, useId, useRef, useState } from 'react';
import { type Change, type ConflictField, changesSince, conflictSummary, staleVersionOf } from './conflict.model.js';
import { apiError } from './errors.js';
import type { Outcome } from './forms.js';
import './conflict.css';

export type { ConflictField } from './conflict.model.js';

/** The record as it is stored now: its version and the form's values of it. */
export interface Stored<V> {
  version: number;
  values: V;
}

/** A stale save, answered: what they changed, my values and theirs, and the version stored now. */
export interface Conflict<V> {
  changes: Change[];
  mine: V;
  theirs: V;
  version: number;
}

export interface VersionConflict<V> {
  /** Shown while the person chooses (the panel); null otherwise. */
  conflict: Conflict<V> | null;
  /** The version to send: the one the form read, or after "keep mine" the stored one it was shown. */
  version: (read: number) => number;
  /**
   * Runs a save that sends the version the form read (`base` the values it was loaded with, `mine` the values
   * it sends). A stale version reads the stored record (`load`) and shows the choice; the error goes on.
   */
  guard: <R>(base: V, mine: V, save: () => Promise<R>) => Promise<R>;
  /** Keep mine: send my values again with the stored version (the caller submits). */
  keepMine: () => void;
  /** Take theirs: the stored values, for the form to show (the caller also reloads the record). */
  takeTheirs: () => V;
  /** The form's outcome without the server's CONFLICT message while the panel answers it. */
  outcome: (o: Outcome) => Outcome;
  /** What the choice did ("the form shows their values"), until the next save. */
  notice: string | null;
}

/**
 * A form's answer to a stale `version`: on CONFLICT it reads the record as stored (`load`, e.g. a query
 * with fetchPolicy 'no-cache', so the form keeps my values) and offers keep mine or take theirs.
 */
export function useVersionConflict<V>(fields: ReadonlyArray<ConflictField<V>>, load: () => Promise<Stored<V> | null>): VersionConflict<V> {
  const [conflict, setConflict] = useState<Conflict<V> | null>(null);
  // After "keep mine": the stored version to send while the form still holds the version it read.
  const kept = useRef<{ read: number; version: number } | null>(null);
  const readRef = useRef<number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  return {
    conflict,
    notice,
    version: (read) => {
      readRef.current = read;
      return kept.current && kept.current.read === read ? kept.current.version : read;
    },
    guard: async (base, mine, save) => {
      const keeping = kept.current !== null;
      setNotice(null);
      try {
        const result = await save();
        if (keeping) setNotice('Your values are saved over their change.');
        kept.current = null;
        setConflict(null);
        return result;
      } catch (err) {
        if (staleVersionOf(apiError(err)) !== null) {
          const stored = await load().catch(() => null);
          if (stored)
            setConflict({ changes: changesSince(base, mine, stored.values, fields), mine, theirs: stored.values, version: stored.version });
        }
        throw err;
      }
    },
    keepMine: () => {
      if (conflict && readRef.current !== null) kept.current = { read: readRef.current, version: conflict.version };
      setConflict(null);
    },
    takeTheirs: () => {
      const theirs = conflict!.theirs;
      kept.current = null;
      setConflict(null);
      setNotice('The form shows the stored values now, with their change. Make your change again if you still need it.');
      return theirs;
    },
    outcome: (o) => (conflict && !o.busy ? { ...o, error: null } : o),
  };
}

/** A confirmed step's words for the panel (ConfirmButton): what the person read, "do it anyway" and "cancel". */
export interface SeenWords {
  /** The button that does the step at the stored version ("Do it anyway"). */
  keep: string;
  /** The button that leaves it and shows the stored record ("Cancel"). */
  take: string;
  /** What each button does. */
  hint: string;
}

/** A step's words for the conflict panel (`what`: the step, e.g. 'delete this priority'). */
export const stepWords = (what: string): SeenWords => ({
  keep: 'Do it anyway',
  take: 'Cancel',
  hint: `Do it anyway: ${what}, with their change as stored. Cancel: nothing is done; the stored record is shown.`,
});

/** What a step's cancel says (ConfirmButton, a versioned form's `step`). */
export const notDone = (what: string) => `Not done (${what}): the stored record is shown, with their change.`;

/**
 * The choice after a stale save: field by field what the other person changed (their value, and mine),
 * then "keep mine" (save my values over theirs) or "take theirs" (the form shows the stored values).
 * With `seen` (a step confirmed on the record as read, e.g. agree or delete) "mine" is what the person
 * read, and the buttons are the step's. Focus moves to its heading when it appears, so a keyboard or
 * screen-reader user lands on it.
 */
export function ConflictPanel<V>({
  conflict,
  what,
  onKeepMine,
  onTakeTheirs,
  busy = false,
  title,
  seen,
}: {
  conflict: Conflict<V>;
  /** The record, in words ("this risk"). */
  what: string;
  /** The panel's heading, when the clash is not an edit overtaken (e.g. a figure already stored for the period). */
  title?: string;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  busy?: boolean;
  seen?: SeenWords;
}) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className={seen ? 'conflict conflict--seen' : 'conflict'} aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`}>
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {title ?? `Someone else changed ${what} ${seen ? 'since you read it' : 'while you were editing it'}`}
      </h3>
      <p id={`${id}-summary`}>
        {seen ? 'Not done yet.' : 'Not saved yet.'} {conflictSummary(conflict.changes, seen ? 'seen' : 'typed')}
      </p>
      {conflict.changes.length > 0 && (
        <dl className="conflict__changes" aria-label="What they changed">
          {conflict.changes.map((c) => (
            <div key={c.key} className="conflict__change">
              <dt>{c.label}</dt>
              <dd>
                <span className="conflict__who">Theirs:</span> <span className="conflict__value">{c.theirs}</span>
              </dd>
              <dd>
                <span className="conflict__who">{seen ? 'You read:' : 'Yours:'}</span>{' '}
                <span className="conflict__value">
                  {c.mine}
                  {c.same && !seen && <span className="muted"> (the same)</span>}
                </span>
              </dd>
            </div>
          ))}
        </dl>
      )}
      <div className="actions">
        <button type="button" className="button button--primary" onClick={onKeepMine} disabled={busy}>
          {seen?.keep ?? 'Keep mine'}
        </button>
        <button type="button" className="button" onClick={onTakeTheirs} disabled={busy}>
          {seen?.take ?? 'Take theirs'}
        </button>
      </div>
      <p className="field__hint">
        {seen?.hint ?? 'Keep mine saves your values over theirs. Take theirs puts the stored values in the form.'}
      </p>
    </section>
  );
}

/** What the choice did, announced and focused (the panel's buttons are gone, so focus lands here). */
export function ConflictNotice({ text }: { text: string }) {
  const p = useRef<HTMLParagraphElement>(null);
  useEffect(() => p.current?.focus(), []);
  return (
    <p className="form-ok conflict__notice" role="status" ref={p} tabIndex={-1}>
      {text}
    </p>
  );
}
