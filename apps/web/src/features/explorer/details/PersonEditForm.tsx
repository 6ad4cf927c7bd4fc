/**
 * Changing a person's record where it is shown, for those the server allows (`viewerCan.update`: their managers and
 * administrators): job title, line manager and functional manager. A line-management loop is refused on its field.
 */
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../../graphql/index.js';
import { ConflictAnswer, useConflictForm, useStoredNodeOf } from '../../../ui/conflict-form.js';
import { type ConflictField, ConflictNotice } from '../../../ui/conflict.js';
import { Feedback, SearchSelectField, TextField, useSubmit } from '../../../ui/forms.js';
import { StoredOrganisationRecordQuery } from './stored.queries.js';

export const ManagerChoicesQuery = graphql(`
  query ManagerChoices($id: ID!) {
    person(id: $id) {
      id
      council {
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
  }
`);

export const UpdatePersonRecordMutation = graphql(`
  mutation UpdatePersonRecord($input: UpdatePersonInput!) {
    updatePerson(input: $input) {
      person {
        id
        version
        jobTitle
      }
    }
  }
`);

interface Editable {
  id: string;
  name: string;
  version: number;
  jobTitle?: string | null;
  lineManager?: { id: string } | null;
  functionalManager?: { id: string } | null;
}

/** The form's values of a person's record. */
export interface PersonRecordValues {
  jobTitle: string;
  lineManagerId: string;
  functionalManagerId: string;
}

export const personRecordValues = (p: Omit<Editable, 'id' | 'name' | 'version'>): PersonRecordValues => ({
  jobTitle: p.jobTitle ?? '',
  lineManagerId: p.lineManager?.id ?? '',
  functionalManagerId: p.functionalManager?.id ?? '',
});

export function PersonEditForm({ person, onChanged }: { person: Editable; onChanged?: () => void }) {
  const [open, setOpen] = useState(false);
  const [jobTitle, setJobTitle] = useState(person.jobTitle ?? '');
  const [lineManagerId, setLine] = useState(person.lineManager?.id ?? '');
  const [functionalManagerId, setFunctional] = useState(person.functionalManager?.id ?? '');
  const choices = useQuery(ManagerChoicesQuery, { variables: { id: person.id }, skip: !open });
  const [save] = useMutation(UpdatePersonRecordMutation, {
    refetchQueries: ['PersonDetails', 'PeoplePage'],
    awaitRefetchQueries: true,
  });
  const people = (choices.data?.person?.council.people.nodes ?? []).filter((p) => p.id !== person.id);
  const list = people.map((p) => ({ value: p.id, label: p.jobTitle ? `${p.name} (${p.jobTitle})` : p.name }));
  const nameOf = (id: string) => (id ? (people.find((p) => p.id === id)?.name ?? id) : 'Nobody');
  const fields: ConflictField<PersonRecordValues>[] = [
    { key: 'jobTitle', label: 'Job title' },
    { key: 'lineManagerId', label: 'Line manager', show: nameOf },
    { key: 'functionalManagerId', label: 'Functional manager', show: nameOf },
  ];
  const read = useStoredNodeOf(StoredOrganisationRecordQuery, person.id, 'Person', (n) => personRecordValues(n));
  const c = useConflictForm(fields, read);
  const [outcome, submit] = useSubmit(async () => {
    const mine = { jobTitle, lineManagerId, functionalManagerId };
    const input = {
      id: person.id,
      version: c.version(person.version),
      jobTitle: jobTitle.trim() || null,
      lineManagerId: lineManagerId || null,
      functionalManagerId: functionalManagerId || null,
    };
    await c.guard(personRecordValues(person), mine, () => save({ variables: { input } }));
    setOpen(false);
    onChanged?.();
    return `${person.name}’s record is saved.`;
  });
  const shown = c.outcome(outcome);
  const empty = choices.loading ? 'Loading people…' : 'Nobody';
  if (!open) {
    return (
      <section className="details__section" aria-label={`Change ${person.name}’s record`}>
        {c.notice && !c.conflict && <ConflictNotice key={c.notice} text={c.notice} />}
        <Feedback outcome={outcome} />
        <button
          type="button"
          className="button"
          onClick={() => {
            setJobTitle(person.jobTitle ?? '');
            setLine(person.lineManager?.id ?? '');
            setFunctional(person.functionalManager?.id ?? '');
            setOpen(true);
          }}
        >
          Edit record
        </button>
      </section>
    );
  }
  return (
    <form
      className="card card--inset"
      aria-label={`Edit ${person.name}’s record`}
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
    >
      <ConflictAnswer
        c={c}
        what={`${person.name}’s record`}
        busy={outcome.busy}
        submit={submit}
        show={(t) => {
          setJobTitle(t.jobTitle);
          setLine(t.lineManagerId);
          setFunctional(t.functionalManagerId);
        }}
      />
      <TextField label="Job title" name="jobTitle" value={jobTitle} onChange={setJobTitle} outcome={shown} />
      <SearchSelectField
        label="Line manager"
        name="lineManagerId"
        value={lineManagerId}
        onChange={setLine}
        choices={list}
        empty={empty}
        outcome={shown}
      />
      <SearchSelectField
        label="Functional manager"
        name="functionalManagerId"
        value={functionalManagerId}
        onChange={setFunctional}
        choices={list}
        empty={empty}
        outcome={shown}
        hint="A corporate manager as well as the line manager: dual accountability."
      />
      <Feedback outcome={shown} besideFields={['jobTitle', 'lineManagerId', 'functionalManagerId']} />
      <p className="actions">
        <button type="submit" className="button button--primary" disabled={outcome.busy}>
          Save
        </button>
        <button type="button" className="button" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </p>
    </form>
  );
}
