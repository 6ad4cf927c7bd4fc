/**
 * Adding a person to a directorate, service or team (administrators: `Council.viewerCan.addPerson`), reporting to whoever
 * answers for it unless changed later, and deleting a person's record (`viewerCan.delete`), asked first; the server
 * refuses to delete someone who still holds duties or has people reporting to them, in its words.
 */
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../../graphql/index.js';
import { Feedback, TextField, useSubmit } from '../../../ui/forms.js';
import { dateShown, useStoredNodeOf } from '../../../ui/conflict-form.js';
import { ConfirmButton } from '../../priorities/forms.js';
import { StoredOrganisationRecordQuery } from './stored.queries.js';

export const CreatePersonMutation = graphql(`
  mutation CreatePerson($input: CreatePersonInput!) {
    createPerson(input: $input) {
      person {
        id
        name
      }
    }
  }
`);
export const DeletePersonMutation = graphql(`
  mutation DeletePerson($id: ID!, $version: Int) {
    deletePerson(id: $id, version: $version) {
      message
    }
  }
`);

export function AddPersonForm({
  councilId,
  unit,
  manager,
  onChanged,
}: {
  councilId: string;
  /** Where they work: a service or team, or a directorate. */
  unit: { id: string; name: string; kind: 'service' | 'directorate' };
  /** Who they report to at first: the unit's accountable owner or director. */
  manager?: { id: string; name: string } | null;
  onChanged?: () => void;
}) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [jobTitle, setJobTitle] = useState('');
  const [email, setEmail] = useState('');
  const [create] = useMutation(CreatePersonMutation, { refetchQueries: ['UnitDetails', 'PeoplePage'], awaitRefetchQueries: true });
  const [outcome, submit] = useSubmit(async () => {
    const place = unit.kind === 'service' ? { serviceId: unit.id } : { directorateId: unit.id };
    const input = {
      councilId,
      ...place,
      name: name.trim(),
      jobTitle: jobTitle.trim() || null,
      email: email.trim() || null,
      lineManagerId: manager?.id ?? null,
    };
    await create({ variables: { input } });
    setOpen(false);
    onChanged?.();
    return `Added ${name.trim()} to ${unit.name}.`;
  });
  if (!open) {
    return (
      <>
        <Feedback outcome={outcome} />
        <button
          type="button"
          className="button"
          onClick={() => {
            setName('');
            setJobTitle('');
            setEmail('');
            setOpen(true);
          }}
        >
          Add a person
        </button>
      </>
    );
  }
  return (
    <form
      className="card card--inset"
      aria-label={`A person in ${unit.name}`}
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
    >
      <TextField label="Name" name="name" value={name} onChange={setName} outcome={outcome} required />
      <TextField label="Job title" name="jobTitle" value={jobTitle} onChange={setJobTitle} outcome={outcome} />
      <TextField label="E-mail" name="email" type="email" value={email} onChange={setEmail} outcome={outcome} />
      <p className="small muted">{manager ? `Reports to ${manager.name} (change it on their record).` : 'No line manager yet.'}</p>
      <Feedback outcome={outcome} besideFields={['name', 'jobTitle', 'email']} />
      <p className="actions">
        <button type="submit" className="button button--primary" disabled={outcome.busy}>
          Add the person
        </button>
        <button type="button" className="button" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </p>
    </form>
  );
}

interface PersonRead {
  jobTitle?: string | null;
  leftOn?: string | null;
}
/** A person's record as the conflict panel of a stale delete compares it. */
const personValues = (p: PersonRead) => ({ jobTitle: p.jobTitle ?? '', leftOn: p.leftOn ?? '' });
const PERSON_FIELDS = [
  { key: 'jobTitle', label: 'Job title' },
  { key: 'leftOn', label: 'Left on', show: dateShown },
] as const;

/**
 * Deletes a person's record after confirming, at the version read: a stale one is answered with their change
 * (ConfirmButton's `versioned`).
 */
export function DeletePersonButton({
  person,
  onChanged,
}: {
  person: PersonRead & { id: string; name: string; version: number };
  onChanged?: () => void;
}) {
  const [remove] = useMutation(DeletePersonMutation, { refetchQueries: ['PersonDetails', 'PeoplePage'], awaitRefetchQueries: true });
  const load = useStoredNodeOf(StoredOrganisationRecordQuery, person.id, 'Person', personValues);
  return (
    <section className="details__section" aria-label={`Delete ${person.name}’s record`}>
      <ConfirmButton
        label="Delete person"
        question={
          `Delete ${person.name}’s record? It goes for good. To keep what they answered for on record, record a leaving date ` +
          'instead; someone who still owns services or has people reporting to them is kept.'
        }
        confirmLabel="Yes, delete the record"
        versioned={{ what: `${person.name}’s record`, fields: PERSON_FIELDS, base: personValues(person), version: person.version, load }}
        onConfirm={async (version) => {
          await remove({ variables: { id: person.id, version } });
          onChanged?.();
        }}
      />
    </section>
  );
}
