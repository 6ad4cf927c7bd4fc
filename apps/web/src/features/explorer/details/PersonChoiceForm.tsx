/**
 * One person chosen for a duty (a service's accountable owner, the council's MI-responsible manager): a button, then a
 * searchable list of the council's officers (prefilled with a suggestion when there is one), a question naming what
 * will change, and only then the write; the server's refusal is shown on the field.
 */
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../../graphql/index.js';
import { ConflictAnswer, type ConflictForm } from '../../../ui/conflict-form.js';
import { Feedback, SearchSelectField, useSubmit } from '../../../ui/forms.js';

export const CouncilOfficersQuery = graphql(`
  query CouncilOfficers($councilId: ID!) {
    council(id: $councilId) {
      id
      people(first: 500, kind: OFFICER) {
        nodes {
          id
          name
          jobTitle
        }
      }
    }
  }
`);

export interface PersonChoiceProps {
  councilId: string;
  /** The button that opens the form, and the form's submit before confirming. */
  label: string;
  /** The form's accessible name. */
  formLabel: string;
  /** The field's label. */
  field: string;
  /** The question asked before writing, naming the person chosen. */
  question: (name: string) => string;
  confirmLabel: string;
  /** Writes the choice; gives the words of success. */
  save: (personId: string, name: string) => Promise<string>;
  /** Chosen when the form opens: the person the finding suggests, or the one recorded. */
  initialId?: string | null;
  /** Told the words of success once the write is done. */
  onDone?: (done: string) => void;
  /** A stale version answered with keep mine / take theirs: the record in words, and the person recorded when read. */
  conflict?: { c: ConflictForm<PersonChoice>; what: string; recorded: string };
}

/** The one value of a PersonChoiceForm, as a stale version compares it. */
export interface PersonChoice {
  personId: string;
}

export function PersonChoiceForm({
  councilId,
  label,
  formLabel,
  field,
  question,
  confirmLabel,
  save,
  initialId,
  onDone,
  conflict,
}: PersonChoiceProps) {
  const [open, setOpen] = useState(false);
  const [personId, setPersonId] = useState(initialId ?? '');
  const [confirming, setConfirming] = useState(false);
  const choices = useQuery(CouncilOfficersQuery, { variables: { councilId }, skip: !open });
  const people = choices.data?.council?.people.nodes ?? [];
  const chosen = people.find((p) => p.id === personId);
  const [answer, submit] = useSubmit(async () => {
    const write = () => save(personId, chosen?.name ?? 'They');
    const done = conflict ? await conflict.c.guard({ personId: conflict.recorded }, { personId }, write) : await write();
    setOpen(false);
    setConfirming(false);
    onDone?.(done);
    return done;
  });
  const outcome = conflict ? conflict.c.outcome(answer) : answer;
  if (!open) {
    return (
      <>
        <Feedback outcome={outcome} />
        <button
          type="button"
          className="button"
          onClick={() => {
            setPersonId(initialId ?? '');
            setOpen(true);
          }}
        >
          {label}
        </button>
      </>
    );
  }
  return (
    <form
      className="card card--inset"
      aria-label={formLabel}
      onSubmit={(e) => {
        e.preventDefault();
        if (!confirming) setConfirming(true);
        else void submit();
      }}
      onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
    >
      {conflict && (
        <ConflictAnswer
          c={conflict.c}
          what={conflict.what}
          busy={outcome.busy}
          submit={submit}
          show={(t) => {
            setPersonId(t.personId);
            setConfirming(false);
          }}
        />
      )}
      <SearchSelectField
        label={field}
        name="personId"
        value={personId}
        onChange={(v) => {
          setPersonId(v);
          setConfirming(false);
        }}
        choices={people.map((p) => ({ value: p.id, label: p.jobTitle ? `${p.name} (${p.jobTitle})` : p.name }))}
        empty={choices.loading ? 'Loading people…' : 'Choose a person'}
        outcome={outcome}
        required
      />
      {confirming && chosen && <p role="alert">{question(chosen.name)}</p>}
      <Feedback outcome={outcome} />
      <p className="actions">
        <button type="submit" className="button button--primary" disabled={!personId || outcome.busy}>
          {confirming ? confirmLabel : label}
        </button>
        <button type="button" className="button" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </p>
    </form>
  );
}

/** A person's name from the council's officers (cached with the form's list), for the conflict panel. */
export function useOfficerName(councilId: string, none: string): (id: string) => string {
  const q = useQuery(CouncilOfficersQuery, { variables: { councilId }, fetchPolicy: 'cache-only' });
  const people = q.data?.council?.people.nodes ?? [];
  return (id) => (id ? (people.find((p) => p.id === id)?.name ?? id) : none);
}
