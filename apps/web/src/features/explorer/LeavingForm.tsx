import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '../../graphql/index.js';
import { ConflictAnswer, dateShown, useConflictForm, useStoredNodeOf } from '../../ui/conflict-form.js';
import { apiError } from '../../ui/errors.js';
import { StoredOrganisationRecordQuery } from './details/stored.queries.js';

export const RecordLeavingMutation = graphql(`
  mutation RecordLeaving($input: UpdatePersonInput!) {
    updatePerson(input: $input) {
      person {
        id
        version
        leftOn
      }
    }
  }
`);

const today = () => new Date().toISOString().slice(0, 10);

/**
 * For administrators: record the day a person leaves the council (or will), or take the date back.
 * The record stays; from that day the checks show what they answered for as needing someone else.
 */
export function LeavingForm({
  person,
  onChanged,
}: {
  person: { id: string; name: string; version: number; leftOn?: string | null };
  onChanged?: () => void;
}) {
  const [date, setDate] = useState(today());
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [save, { loading }] = useMutation(RecordLeavingMutation, {
    refetchQueries: ['PersonDetails', 'WhatPersonAnswersFor'],
    awaitRefetchQueries: true,
  });
  const read = useStoredNodeOf(StoredOrganisationRecordQuery, person.id, 'Person', (n) => ({ leftOn: n.leftOn ?? '' }));
  const c = useConflictForm([{ key: 'leftOn', label: 'Leaving date', show: (v) => (v ? dateShown(v) : 'None recorded') }], read);
  const [last, setLast] = useState<string | null>(null);
  const send = async (leftOn: string | null) => {
    setError(null);
    setDone(null);
    setLast(leftOn);
    try {
      const version = c.version(person.version);
      const base = { leftOn: person.leftOn ?? '' };
      await c.guard(base, { leftOn: leftOn ?? '' }, () => save({ variables: { input: { id: person.id, version, leftOn } } }));
      setDone(leftOn ? `Recorded: ${person.name} leaves the council on ${leftOn}.` : `The leaving date of ${person.name} is taken back.`);
      onChanged?.();
    } catch (e) {
      setError(apiError(e).message);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void send(date);
  };
  return (
    <section className="details__section" aria-labelledby="leaving-title">
      <h3 id="leaving-title">Leaving the council</h3>
      <ConflictAnswer
        c={c}
        what={`${person.name}’s leaving date`}
        busy={loading}
        submit={() => send(last)}
        show={(t) => setDate(t.leftOn || today())}
      />
      {error && !c.conflict && (
        <p className="form-error" role="alert">
          <strong>⚠ Not saved</strong> <span>{error}</span>
        </p>
      )}
      {done && (
        <p className="form-ok" role="status">
          ✓ {done}
        </p>
      )}
      {person.leftOn ? (
        <p>
          <span className="small">Leaving date recorded: {person.leftOn}. </span>
          <button type="button" className="button" disabled={loading} onClick={() => void send(null)}>
            Take the leaving date back
          </button>
        </p>
      ) : (
        <form onSubmit={submit} aria-label={`Record when ${person.name} leaves the council`}>
          <div className="field">
            <label htmlFor="leaving-date">Leaves on</label>
            <input id="leaving-date" type="date" value={date} required onChange={(e) => setDate(e.target.value)} />
          </div>
          <button type="submit" className="button button--primary" disabled={loading}>
            Record leaving
          </button>
        </form>
      )}
    </section>
  );
}
